#include "clock/clock.h"
#include "integration/feedharness.h"
#include "integrations/fakecrm.h"
#include "integrations/integrations.h"
#include "integrations/webhook.h"
#include "store/sqlitefeedstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <chrono>

namespace {

qint64 percentile(QList<qint64> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0
                            : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

} // namespace

// The integrations' outbox: how many items a second it delivers to a local webhook receiver
// from a SQLite feed database, and how long a logged call takes to reach the CRM (a local
// HubSpot stand-in) through the real feed: console request, transaction, outbox, HTTP.
class BenchOutbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void throughput();
    void callToCrmLatency();
};

void BenchOutbox::throughput()
{
    const int items = qEnvironmentVariableIntValue("FIRSTCALL_BENCH_OUTBOX_ITEMS") > 0
                          ? qEnvironmentVariableIntValue("FIRSTCALL_BENCH_OUTBOX_ITEMS")
                          : 5000;
    FakeCrm receiver(FakeCrm::Kind::Webhook);
    QVERIFY(receiver.listen());
    QTemporaryDir dir;
    QString error;
    const auto database =
        Database::open(*StoreLocation::parse(dir.filePath(QStringLiteral("feed.db")), &error), &error);
    QVERIFY2(database, qPrintable(error));
    SqliteFeedStore store(*database);
    SystemClock clock;
    IntegrationsConfig config;
    config.webhooks.append({receiver.baseUrl(), "secret"});
    TeamStore team(store);
    Integrations integrations(config, store, team, clock);
    const QString target = WebhookTarget::targetName(receiver.baseUrl());
    const qint64 now = clock.nowMs();
    QVERIFY(store.transaction([&] {
        for (int i = 0; i < items; ++i) {
            FeedStore::OutboxRow row;
            row.id = QStringLiteral("evt_%1").arg(i);
            row.target = target;
            row.type = QStringLiteral("lead.alerted");
            row.leadId = QStringLiteral("contact:u%1").arg(i);
            row.payload =
                R"({"id":"evt","type":"lead.alerted","at":"2026-12-06T00:00:00.000Z","data":{"leadId":"x"}})";
            row.nextAtMs = now;
            row.createdAtMs = now;
            row.updatedAtMs = now;
            if (!store.addOutbox(row, nullptr))
                return false;
        }
        return true;
    }));
    int sent = 0;
    connect(&integrations.outbox(), &Outbox::attempted, this, [&](const FeedStore::OutboxRow &item) {
        if (item.state == FeedStore::OutboxState::Sent)
            ++sent;
    });
    QElapsedTimer timer;
    timer.start();
    integrations.start();
    QTRY_VERIFY_WITH_TIMEOUT(sent == items, 600'000);
    const double seconds = timer.nsecsElapsed() / 1e9;
    qInfo().noquote() << QStringLiteral(
                             "outbox: %1 webhook items delivered in %2 s: %3 items/s (%4 in flight)")
                             .arg(items)
                             .arg(seconds, 0, 'f', 2)
                             .arg(items / seconds, 0, 'f', 0)
                             .arg(Outbox::Options().maxInFlight);
}

void BenchOutbox::callToCrmLatency()
{
    const int calls = qEnvironmentVariableIntValue("FIRSTCALL_BENCH_OUTBOX_CALLS") > 0
                          ? qEnvironmentVariableIntValue("FIRSTCALL_BENCH_OUTBOX_CALLS")
                          : 300;
    FakeCrm hubspot(FakeCrm::Kind::HubSpot);
    QVERIFY(hubspot.listen());
    hubspot.addOwner(QStringLiteral("502"), QStringLiteral("ana@firstcall.test"));
    hubspot.addContact(QStringLiteral("9001"), QStringLiteral("u1@acme.test"), QStringLiteral("502"));
    FeedHarness h;
    QVERIFY(!h.addRep(QStringLiteral("ana"), Rep::Role::Sdr).isEmpty());
    Rep ana = *h.team().find(QStringLiteral("ana"));
    ana.email = QStringLiteral("ana@firstcall.test");
    QVERIFY(h.team().update(ana, nullptr));
    IntegrationsConfig config;
    config.crm = IntegrationsConfig::Crm::HubSpot;
    config.crmBaseUrl = hubspot.baseUrl();
    config.crmToken = FakeCrm::hubSpotToken();
    SystemClock clock; // the outbox on real time, the desk on the harness's
    Integrations integrations(config, h.store(), h.team(), clock);
    h.setBeforeStart([&](AlertDesk &desk) { integrations.attach(desk); });
    QVERIFY2(h.start(), qPrintable(h.error()));
    integrations.start();
    auto console = h.console(QStringLiteral("ana"));
    QVERIFY(console);
    QVERIFY(
        h.raiseAlert(QStringLiteral("u1"), 1, {{QStringLiteral("email"), QStringLiteral("u1@acme.test")}}));
    const QString lead = contactLeadId(QStringLiteral("u1"));
    QTRY_VERIFY(console->hasLead(lead));

    const auto nowNs = [] {
        return qint64(std::chrono::duration_cast<std::chrono::nanoseconds>(
                          std::chrono::steady_clock::now().time_since_epoch())
                          .count());
    };
    QList<qint64> latencies;
    qsizetype seen = 0;
    for (int i = 0; i < calls; ++i) {
        const qint64 before = nowNs();
        const QJsonObject result =
            console->request(QJsonObject{{QStringLiteral("type"), QStringLiteral("call")},
                                         {QStringLiteral("lead"), lead},
                                         {QStringLiteral("disposition"), QStringLiteral("no_answer")},
                                         {QStringLiteral("durationSeconds"), 20}});
        QCOMPARE(result.value(QStringLiteral("ok")), QJsonValue(true));
        QVERIFY(QTest::qWaitFor(
            [&] { return hubspot.requestsTo("POST", QStringLiteral("/crm/v3/objects/calls")).size() > seen; },
            30'000));
        const auto creates = hubspot.requestsTo("POST", QStringLiteral("/crm/v3/objects/calls"));
        latencies.append((creates.constLast().receivedAtNs - before) / 1000);
        seen = creates.size();
    }
    QVERIFY(hubspot.problems().isEmpty());
    qInfo().noquote()
        << QStringLiteral("logged call -> HubSpot create request, %1 calls: p50 %2 ms, p99 %3 ms, max %4 ms")
               .arg(calls)
               .arg(percentile(latencies, 0.50) / 1000.0, 0, 'f', 1)
               .arg(percentile(latencies, 0.99) / 1000.0, 0, 'f', 1)
               .arg(percentile(latencies, 1.0) / 1000.0, 0, 'f', 1);
}

QTEST_MAIN(BenchOutbox)
#include "bench_outbox.moc"
