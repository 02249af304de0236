#include "fakecrm.h"
#include "integration/feedharness.h"
#include "integrations/crmclient.h"
#include "integrations/eventrecorder.h"
#include "integrations/hubspotclient.h"
#include "integrations/integrations.h"
#include "integrations/webhook.h"
#include "store/sqlfeedstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(LeadState)
Q_DECLARE_METATYPE(IntegrationsConfig::Crm)

namespace {

// The CRM record most tests use: ana@firstcall.test (owner 502) owns the contact u1@acme.test
// (9001), so u1's leads go to the rep with ana's email.
void anaOwnsU1(FakeCrm &crm)
{
    crm.addOwner(QStringLiteral("502"), QStringLiteral("ana@firstcall.test"));
    crm.addContact(QStringLiteral("9001"), QStringLiteral("u1@acme.test"), QStringLiteral("502"));
}

const QByteArray kSecret = "whsec_test-secret";

// A receiver's check, written from docs/integrations.md: split the header into t and v1,
// HMAC-SHA256 the string "<t>.<raw body>" with the secret, compare the hex in constant time,
// and refuse a t more than five minutes from now.
bool verifySignature(const QByteArray &secret, const QByteArray &header, const QByteArray &body)
{
    QByteArray t;
    QByteArray v1;
    for (const QByteArray &part : header.split(',')) {
        if (part.startsWith("t="))
            t = part.mid(2);
        else if (part.startsWith("v1="))
            v1 = part.mid(3);
    }
    bool ok = false;
    const qint64 seconds = t.toLongLong(&ok);
    if (!ok || v1.isEmpty() || std::abs(QDateTime::currentSecsSinceEpoch() - seconds) > 300)
        return false;
    const QByteArray expected =
        QMessageAuthenticationCode::hash(t + '.' + body, secret, QCryptographicHash::Sha256).toHex();
    if (expected.size() != v1.size())
        return false;
    int diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= expected.at(i) ^ v1.at(i);
    return diff == 0;
}

QStringList types(const QList<QJsonObject> &events)
{
    QStringList out;
    for (const QJsonObject &event : events)
        out.append(event.value(QStringLiteral("type")).toString());
    return out;
}

QJsonObject callRequest(const QString &lead, const QString &disposition, int seconds,
                        const QString &notes = {})
{
    return {{QStringLiteral("type"), QStringLiteral("call")},
            {QStringLiteral("lead"), lead},
            {QStringLiteral("disposition"), disposition},
            {QStringLiteral("durationSeconds"), seconds},
            {QStringLiteral("notes"), notes}};
}

} // namespace

// The integrations end to end: the feed server (in-process on a real SQLite file, or the real
// firstcall-feed binary) against a local stand-in for each vendor's documented API (FakeCrm).
class TestIntegrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leadEvents_data();
    void leadEvents();
    void backoffStaysWithinItsStep_data();
    void backoffStaysWithinItsStep();
    void errorsNeverQuoteCallNotes_data();
    void errorsNeverQuoteCallNotes();
    void soqlQuoted_data();
    void soqlQuoted();
    void signatureIsHmacOfTimeAndBody();
    void webhookEventsAreSignedAndVerified();
    void webhookRetriesKeepTheIdAndHonourRetryAfter();
    void rejectedItemFailsAfterThreeAttemptsWithoutHoldingOthers();
    void hubSpotCallWriteBack_data();
    void hubSpotCallWriteBack();
    void hubSpotRetries429And500();
    void hubSpotOwnerRoutesTheLead();
    void unansweredCreateIsLookedUpBeforeRetrying();
    void qualifiedConnectSetsTheLeadStatus_data();
    void qualifiedConnectSetsTheLeadStatus();
    void salesforceRefreshesOn401AndWritesTheTask_data();
    void salesforceRefreshesOn401AndWritesTheTask();
    void callCrmStateReachesTheConsoles_data();
    void callCrmStateReachesTheConsoles();
    void managersSeeAndRetryFailedSyncs();
    void webhookSecretsStayOutOfSyncsAndLogs();
    void retryDuringAnAttemptStands();
    void outboxSurvivesRestart();
    void killedMidSendMakesExactlyOneRecord();
    void serveRefusesBadIntegrationOptions_data();
    void serveRefusesBadIntegrationOptions();

private:
    struct Setup
    {
        std::unique_ptr<FeedHarness> harness;
        std::unique_ptr<Integrations> integrations;
        std::unique_ptr<TestConsole> ana;
        std::unique_ptr<TestConsole> bea;
        std::unique_ptr<TestConsole> mo;
    };
    // A harness with these integrations attached; reps ana and bea (with emails).
    // With `manager`, also mo, a manager (with a console in `mo`).
    static Setup setUp(IntegrationsConfig config, Visibility visibility = Visibility::AllRecords,
                       bool manager = false);
};

void TestIntegrations::leadEvents_data()
{
    QTest::addColumn<bool>("fresh");
    QTest::addColumn<LeadState>("before");
    QTest::addColumn<LeadState>("after");
    QTest::addColumn<QStringList>("events");
    LeadState open;
    open.id = QStringLiteral("contact:u1");
    open.alertId = 7;
    const auto with = [&](const std::function<void(LeadState &)> &change) {
        LeadState lead = open;
        change(lead);
        return lead;
    };
    const LeadState claimed = with([](LeadState &l) {
        l.claimedBy = QStringLiteral("ana");
        l.status = LeadState::Status::Claimed;
    });
    const LeadState backup = with([](LeadState &l) {
        l.escalation = LeadState::Backup;
        l.assignedTo = QStringLiteral("bea");
    });
    QTest::newRow("new alert") << true << LeadState{} << open << QStringList{QStringLiteral("lead.alerted")};
    QTest::newRow("new alert, straight to the manager queue")
        << true << LeadState{} << with([](LeadState &l) { l.escalation = LeadState::ManagerQueue; })
        << QStringList{QStringLiteral("lead.alerted"), QStringLiteral("lead.escalated")};
    QTest::newRow("a fresh alert of a worked lead") << false << with([](LeadState &l) { l.alertId = 3; })
                                                    << open << QStringList{QStringLiteral("lead.alerted")};
    QTest::newRow("rescored: nothing")
        << false << open << with([](LeadState &l) { l.score = 99; }) << QStringList{};
    QTest::newRow("claimed") << false << open << claimed << QStringList{QStringLiteral("lead.claimed")};
    QTest::newRow("reassigned") << false << claimed
                                << with([](LeadState &l) { l.claimedBy = QStringLiteral("bea"); })
                                << QStringList{QStringLiteral("lead.claimed")};
    QTest::newRow("to a backup") << false << open << backup << QStringList{QStringLiteral("lead.escalated")};
    QTest::newRow("to the next backup") << false << backup << with([](LeadState &l) {
        l.escalation = LeadState::Backup;
        l.assignedTo = QStringLiteral("cy");
    }) << QStringList{QStringLiteral("lead.escalated")};
    QTest::newRow("to the manager queue")
        << false << backup << with([](LeadState &l) { l.escalation = LeadState::ManagerQueue; })
        << QStringList{QStringLiteral("lead.escalated")};
    QTest::newRow("breached") << false << claimed << with([](LeadState &l) {
        l.claimedBy = QStringLiteral("ana");
        l.breach = true;
    }) << QStringList{QStringLiteral("lead.breached")};
    QTest::newRow("claimed by calling and done") << false << open << with([](LeadState &l) {
        l.claimedBy = QStringLiteral("ana");
        l.status = LeadState::Status::Done;
    }) << QStringList{QStringLiteral("lead.claimed"), QStringLiteral("lead.done")};
    QTest::newRow("no alert: nothing") << true << LeadState{} << LeadState{} << QStringList{};
}

void TestIntegrations::leadEvents()
{
    QFETCH(bool, fresh);
    QFETCH(LeadState, before);
    QFETCH(LeadState, after);
    QFETCH(QStringList, events);
    QCOMPARE(EventRecorder::leadEvents(fresh ? nullptr : &before, after), events);
}

void TestIntegrations::backoffStaysWithinItsStep_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<qint64>("least");
    QTest::addColumn<qint64>("most");
    QTest::newRow("after the first") << 1 << qint64(500) << qint64(1000);
    QTest::newRow("after the second") << 2 << qint64(1000) << qint64(2000);
    QTest::newRow("after the fifth") << 5 << qint64(8000) << qint64(16000);
    QTest::newRow("capped") << 30 << qint64(300'000) << qint64(600'000);
}

void TestIntegrations::errorsNeverQuoteCallNotes_data()
{
    // A CRM's validation error may echo the values it refused; the error is shown to managers
    // (the syncs list) and travels with the lead (the call's CRM state), the notes must not.
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("shown");
    const QByteArray call = R"({"callId":"c1","notes":"Wants EUR pricing\nCFO is Anna, budget 40k"})";
    QTest::newRow("no notes in the answer")
        << call << u"HTTP 400: {\"message\":\"hs_call_disposition is not valid\"}"_qs
        << u"HTTP 400: {\"message\":\"hs_call_disposition is not valid\"}"_qs;
    QTest::newRow("quoted as sent, JSON-escaped")
        << call
        << u"HTTP 400: {\"message\":\"value Wants EUR pricing\\nCFO is Anna, budget 40k too long\"}"_qs
        << u"HTTP 400: {\"message\":\"value [notes] too long\"}"_qs;
    QTest::newRow("one line quoted")
        << call << u"HTTP 400: invalid value 'CFO is Anna, budget 40k' for hs_call_body"_qs
        << u"HTTP 400: invalid value '[notes]' for hs_call_body"_qs;
    QTest::newRow("cut at the end of the answer")
        << call << u"HTTP 400: invalid value 'Wants EUR pri"_qs << u"HTTP 400: invalid value '[notes]"_qs;
    QTest::newRow("a webhook's event")
        << QByteArray(R"({"type":"call.logged","data":{"notes":"secret plan"}})")
        << u"HTTP 422: bad notes: secret plan"_qs << u"HTTP 422: bad notes: [notes]"_qs;
    QTest::newRow("no notes in the item")
        << QByteArray(R"({"callId":"c1","notes":""})") << u"HTTP 500: oops"_qs << u"HTTP 500: oops"_qs;
}

void TestIntegrations::errorsNeverQuoteCallNotes()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, error);
    QFETCH(QString, shown);
    QCOMPARE(Outbox::withoutNotes(error, payload), shown);
}

void TestIntegrations::backoffStaysWithinItsStep()
{
    QFETCH(int, attempts);
    QFETCH(qint64, least);
    QFETCH(qint64, most);
    const Outbox::Options options; // 1 s, doubling, at most 10 min, half of each step jittered
    QSet<qint64> seen;
    for (int i = 0; i < 200; ++i) {
        const qint64 delay = Outbox::backoffMs(attempts, options);
        QVERIFY2(delay >= least && delay <= most, qPrintable(QString::number(delay)));
        seen.insert(delay);
    }
    QVERIFY(seen.size() > 1); // jittered
}

void TestIntegrations::soqlQuoted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("ana@acme.com") << QStringLiteral("'ana@acme.com'");
    QTest::newRow("quote") << QStringLiteral("o'neil@acme.com") << QStringLiteral("'o\\'neil@acme.com'");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("'a\\\\b'");
    QTest::newRow("injection") << QStringLiteral("x' OR Email != '")
                               << QStringLiteral("'x\\' OR Email != \\''");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("'a\\nb'");
}

void TestIntegrations::soqlQuoted()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(::soqlQuoted(text), quoted);
}

void TestIntegrations::signatureIsHmacOfTimeAndBody()
{
    // HMAC-SHA256("whsec_test-secret", "1765012443.{}") computed independently (openssl dgst).
    QCOMPARE(WebhookTarget::signature(kSecret, 1765012443, "{}"),
             QByteArray("t=1765012443,v1=") +
                 QByteArray("ad210330e7b32d7f8f2b607eca9d24c6004f6b16b89b7174e8d87161a735a952"));
}

TestIntegrations::Setup TestIntegrations::setUp(IntegrationsConfig config, Visibility visibility,
                                                bool manager)
{
    Setup s;
    FeedHarness::Options options;
    options.visibility = visibility;
    s.harness = std::make_unique<FeedHarness>(options);
    FeedHarness &h = *s.harness;
    if (h.addRep(QStringLiteral("ana"), Rep::Role::Sdr).isEmpty() ||
        h.addRep(QStringLiteral("bea"), Rep::Role::Sdr).isEmpty() ||
        (manager && h.addRep(QStringLiteral("mo"), Rep::Role::Manager).isEmpty()))
        return {};
    for (const QString &name : {QStringLiteral("ana"), QStringLiteral("bea")}) {
        Rep rep = *h.team().find(name);
        rep.email = name + QStringLiteral("@firstcall.test");
        if (!h.team().update(rep, nullptr))
            return {};
    }
    config.outbox.baseBackoffMs = 1000;
    s.integrations = std::make_unique<Integrations>(config, h.store(), h.team(), h.clock());
    Integrations *integrations = s.integrations.get();
    h.setBeforeStart([integrations](AlertDesk &desk) { integrations->attach(desk); });
    if (!h.start())
        return {};
    s.integrations->start();
    s.ana = h.console(QStringLiteral("ana"));
    s.bea = h.console(QStringLiteral("bea"));
    if (!s.ana || !s.bea)
        return {};
    if (manager && !(s.mo = h.console(QStringLiteral("mo"))))
        return {};
    return s;
}

void TestIntegrations::webhookEventsAreSignedAndVerified()
{
    FakeCrm receiver(FakeCrm::Kind::Webhook);
    QVERIFY(receiver.listen());
    IntegrationsConfig config;
    config.webhooks.append({receiver.baseUrl().resolved(QUrl(QStringLiteral("/hooks/firstcall"))), kSecret});
    Setup s = setUp(config);
    QVERIFY(s.harness);
    FeedHarness &h = *s.harness;
    QVERIFY2(
        h.raiseAlert(QStringLiteral("u1"), 1, {{QStringLiteral("email"), QStringLiteral("u1@acme.test")}}),
        qPrintable(h.error()));
    TestConsole *ana = s.ana.get();
    const QString lead = contactLeadId(QStringLiteral("u1"));
    QTRY_VERIFY(ana->hasLead(lead));
    QCOMPARE(ana->request(QJsonObject{{QStringLiteral("type"), QStringLiteral("claim")},
                                      {QStringLiteral("lead"), lead}})
                 .value(QStringLiteral("ok")),
             QJsonValue(true));
    QCOMPARE(
        ana->request(callRequest(lead, QStringLiteral("meeting_booked"), 300, QStringLiteral("Demo Tue")))
            .value(QStringLiteral("ok")),
        QJsonValue(true));
    // Sent a few at a time: in any order.
    const auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };
    QList<QJsonObject> events; // of the contact (its account alerts too)
    const auto contactEvents = [&] {
        events.clear();
        for (const QJsonObject &event : receiver.records()) {
            if (event.value(QStringLiteral("data")).toObject().value(QStringLiteral("leadId")).toString() ==
                lead)
                events.append(event);
        }
        return events;
    };
    QTRY_COMPARE(sorted(types(contactEvents())),
                 sorted({QStringLiteral("lead.alerted"), QStringLiteral("lead.claimed"),
                         QStringLiteral("lead.done"), QStringLiteral("call.logged")}));
    QSet<QString> ids;
    for (const FakeCrm::Request &request : receiver.requests()) {
        QCOMPARE(request.path, QStringLiteral("/hooks/firstcall"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY2(verifySignature(kSecret, request.headers.value("firstcall-signature"), request.body),
                 request.headers.value("firstcall-signature").constData());
        QVERIFY(
            !verifySignature("another secret", request.headers.value("firstcall-signature"), request.body));
        const QJsonObject event = request.json;
        QCOMPARE(QStringList(event.keys()), (QStringList{QStringLiteral("at"), QStringLiteral("data"),
                                                         QStringLiteral("id"), QStringLiteral("type")}));
        QVERIFY(
            QDateTime::fromString(event.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
        ids.insert(event.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(ids.size(), receiver.requests().size()); // one id per event
    QJsonObject call;
    for (const QJsonObject &event : std::as_const(events)) {
        if (event.value(QStringLiteral("type")).toString() == u"call.logged")
            call = event.value(QStringLiteral("data")).toObject();
    }
    QCOMPARE(call.value(QStringLiteral("disposition")).toString(), QStringLiteral("meeting_booked"));
    QCOMPARE(call.value(QStringLiteral("durationSeconds")).toInt(), 300);
    QCOMPARE(call.value(QStringLiteral("notes")).toString(), QStringLiteral("Demo Tue"));
    QCOMPARE(call.value(QStringLiteral("rep")).toString(), QStringLiteral("ana"));
    QCOMPARE(call.value(QStringLiteral("repEmail")).toString(), QStringLiteral("ana@firstcall.test"));
    QCOMPARE(call.value(QStringLiteral("email")).toString(), QStringLiteral("u1@acme.test"));
    QVERIFY(!call.value(QStringLiteral("callId")).toString().isEmpty());
    QVERIFY(receiver.problems().isEmpty());
}

void TestIntegrations::webhookRetriesKeepTheIdAndHonourRetryAfter()
{
    FakeCrm receiver(FakeCrm::Kind::Webhook);
    QVERIFY(receiver.listen());
    const QByteArrayList first{"lead.alerted", "\"leadId\":\"contact:u1\""};
    receiver.fault(QStringLiteral("/"), {429, "120", false, first});
    receiver.fault(QStringLiteral("/"), {500, {}, false, first});
    IntegrationsConfig config;
    config.webhooks.append({receiver.baseUrl(), kSecret});
    Setup s = setUp(config);
    QVERIFY(s.harness);
    FeedHarness &h = *s.harness;
    // The contact's alert, its attempts and its requests (its account alerts too).
    const QString lead = contactLeadId(QStringLiteral("u1"));
    QList<FeedStore::OutboxRow> attempts;
    connect(&s.integrations->outbox(), &Outbox::attempted, this, [&](const FeedStore::OutboxRow &item) {
        if (item.leadId == lead && item.type == u"lead.alerted")
            attempts.append(item);
    });
    const auto requests = [&] {
        QList<FakeCrm::Request> out;
        for (const FakeCrm::Request &request : receiver.requests()) {
            const QJsonObject data = request.json.value(QStringLiteral("data")).toObject();
            if (data.value(QStringLiteral("leadId")).toString() == lead &&
                request.json.value(QStringLiteral("type")).toString() == u"lead.alerted")
                out.append(request);
        }
        return out;
    };
    const qint64 t0 = h.nowMs();
    QVERIFY(h.raiseAlert(QStringLiteral("u1"), 1));
    QTRY_COMPARE(attempts.size(), 1);
    FeedStore::OutboxRow item = attempts.at(0);
    QCOMPARE(item.state, FeedStore::OutboxState::Waiting);
    QVERIFY2(item.nextAtMs >= t0 + 120'000, qPrintable(QString::number(item.nextAtMs - t0)));
    QVERIFY(item.lastError.startsWith(u"HTTP 429"));

    h.clock().setNowMs(item.nextAtMs - 1); // never sooner than Retry-After
    QTest::qWait(50);
    QCOMPARE(requests().size(), 1);
    h.clock().setNowMs(item.nextAtMs);
    QTRY_COMPARE(attempts.size(), 2); // the 500
    item = attempts.at(1);
    QCOMPARE(item.state, FeedStore::OutboxState::Waiting);
    QCOMPARE(item.attempts, 2);
    h.clock().setNowMs(item.nextAtMs);
    QTRY_COMPARE(attempts.size(), 3);
    QCOMPARE(attempts.at(2).state, FeedStore::OutboxState::Sent);
    QCOMPARE(requests().size(), 3);
    const QString id = requests().at(0).json.value(QStringLiteral("id")).toString();
    for (const FakeCrm::Request &request : requests()) {
        QCOMPARE(request.json.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(request.body, requests().at(0).body);
    }
}

void TestIntegrations::rejectedItemFailsAfterThreeAttemptsWithoutHoldingOthers()
{
    FakeCrm receiver(FakeCrm::Kind::Webhook);
    QVERIFY(receiver.listen());
    receiver.fault(QStringLiteral("/"), {422, {}, false, {"lead.alerted", "\"leadId\":\"contact:u1\""}}, 10);
    IntegrationsConfig config;
    config.webhooks.append({receiver.baseUrl(), kSecret});
    Setup s = setUp(config);
    QVERIFY(s.harness);
    FeedHarness &h = *s.harness;
    const QString lead = contactLeadId(QStringLiteral("u1"));
    QList<FeedStore::OutboxRow> attempts; // of the contact's alert
    connect(&s.integrations->outbox(), &Outbox::attempted, this, [&](const FeedStore::OutboxRow &item) {
        if (item.leadId == lead && item.type == u"lead.alerted")
            attempts.append(item);
    });
    QVERIFY(h.raiseAlert(QStringLiteral("u1"), 1));
    QTRY_COMPARE(attempts.size(), 1);
    // The claim behind the refused alert goes out at once.
    TestConsole *ana = s.ana.get();
    QTRY_VERIFY(ana->hasLead(lead));
    QCOMPARE(ana->request(QJsonObject{{QStringLiteral("type"), QStringLiteral("claim")},
                                      {QStringLiteral("lead"), lead}})
                 .value(QStringLiteral("ok")),
             QJsonValue(true));
    QTRY_VERIFY(types(receiver.records()).contains(QStringLiteral("lead.claimed")));
    QCOMPARE(attempts.size(), 1);
    for (int attempt = 2; attempt <= 3; ++attempt) {
        h.clock().setNowMs(attempts.constLast().nextAtMs);
        QTRY_COMPARE(attempts.size(), attempt);
    }
    const FeedStore::OutboxRow item = attempts.constLast();
    QCOMPARE(item.state, FeedStore::OutboxState::Failed);
    QCOMPARE(item.attempts, 3);
    QVERIFY(item.lastError.startsWith(u"HTTP 422"));
    QCOMPARE(h.store().outboxItem(item.id, nullptr)->state, FeedStore::OutboxState::Failed);
    h.clock().advance(3600'000); // failed stays failed
    QTest::qWait(50);
    QCOMPARE(attempts.size(), 3);
}

void TestIntegrations::hubSpotCallWriteBack_data()
{
    QTest::addColumn<QString>("disposition");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("guid");
    // HubSpot's documented default outcomes (docs/integrations.md has the table).
    const QString connected = QStringLiteral("f240bbac-87c9-4f6e-bf70-924b57d47db7");
    QTest::newRow("connected") << QStringLiteral("connected") << 95 << connected;
    QTest::newRow("meeting booked") << QStringLiteral("meeting_booked") << 600 << connected;
    QTest::newRow("not interested") << QStringLiteral("not_interested") << 42 << connected;
    QTest::newRow("left voicemail") << QStringLiteral("left_voicemail") << 31
                                    << QStringLiteral("b2cf5968-551e-4856-9783-52b3da59a7d0");
    QTest::newRow("no answer") << QStringLiteral("no_answer") << 0
                               << QStringLiteral("73a0d17f-1163-4015-bdd5-ec830791da20");
    QTest::newRow("wrong number") << QStringLiteral("wrong_number") << 7
                                  << QStringLiteral("17b47fee-58de-441e-a44c-c6300d46f273");
}

void TestIntegrations::hubSpotCallWriteBack()
{
    QFETCH(QString, disposition);
    QFETCH(int, seconds);
    QFETCH(QString, guid);
    FakeCrm hubspot(FakeCrm::Kind::HubSpot);
    QVERIFY(hubspot.listen());
    hubspot.addOwner(QStringLiteral("501"), QStringLiteral("someone@firstcall.test"));
    hubspot.addOwner(QStringLiteral("502"), QStringLiteral("ANA@firstcall.test"));
    hubspot.addContact(QStringLiteral("9001"), QStringLiteral("u1@acme.test"), QStringLiteral("501"));
    IntegrationsConfig config;
    config.crm = IntegrationsConfig::Crm::HubSpot;
    config.crmBaseUrl = hubspot.baseUrl();
    config.crmToken = FakeCrm::hubSpotToken();
    Setup s = setUp(config);
    QVERIFY(s.harness);
    FeedHarness &h = *s.harness;
    QVERIFY(
        h.raiseAlert(QStringLiteral("u1"), 1, {{QStringLiteral("email"), QStringLiteral("u1@acme.test")}}));
    TestConsole *ana = s.ana.get();
    const QString lead = contactLeadId(QStringLiteral("u1"));
    QTRY_VERIFY(ana->hasLead(lead));
    QCOMPARE(ana->request(callRequest(lead, disposition, seconds, QStringLiteral("Talked pricing")))
                 .value(QStringLiteral("ok")),
             QJsonValue(true));
    QTRY_COMPARE(hubspot.records().size(), 1);
    QVERIFY2(hubspot.problems().isEmpty(), qPrintable(hubspot.problems().join(u'\n')));
    const QJsonObject properties =
        hubspot.records().constFirst().value(QStringLiteral("properties")).toObject();
    QCOMPARE(properties.value(QStringLiteral("hs_call_duration")).toString(),
             QString::number(seconds * 1000));
    QCOMPARE(properties.value(QStringLiteral("hs_call_disposition")).toString(), guid);
    QCOMPARE(properties.value(QStringLiteral("hubspot_owner_id")).toString(), QStringLiteral("502"));
    QCOMPARE(properties.value(QStringLiteral("hs_call_status")).toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(properties.value(QStringLiteral("hs_call_direction")).toString(), QStringLiteral("OUTBOUND"));
    QVERIFY(properties.value(QStringLiteral("hs_call_body")).toString().contains(u"Talked pricing"));
    QCOMPARE(
        QDateTime::fromString(properties.value(QStringLiteral("hs_timestamp")).toString(), Qt::ISODateWithMs)
            .toMSecsSinceEpoch(),
        h.nowMs());
    const auto items = h.store().outboxForLead(lead, nullptr);
    QCOMPARE(items->size(), 1);
    QTRY_COMPARE(h.store().outboxForLead(lead, nullptr)->constFirst().state, FeedStore::OutboxState::Sent);
    const FeedStore::OutboxRow item = h.store().outboxForLead(lead, nullptr)->constFirst();
    QVERIFY(properties.value(QStringLiteral("hs_call_title")).toString().contains(item.callId));
    // The link opens the contact (HubSpot shows the call on its timeline); the portal was read once.
    QCOMPARE(item.reference, FakeCrm::hubSpotContactUrl(QStringLiteral("9001")));
    QCOMPARE(hubspot.requestsTo("GET", QStringLiteral("/account-info/v3/details")).size(), 1);
    QCOMPARE(hubspot.requestsTo("POST", QStringLiteral("/crm/v3/objects/calls/search")).size(), 0);
}

void TestIntegrations::hubSpotRetries429And500()
{
    FakeCrm hubspot(FakeCrm::Kind::HubSpot);
    QVERIFY(hubspot.listen());
    anaOwnsU1(hubspot);
    hubspot.fault(QStringLiteral("/crm/v3/objects/calls"), {429, "10", false, {}});
    hubspot.fault(QStringLiteral("/crm/v3/objects/calls"), {503, {}, false, {}});
    IntegrationsConfig config;
    config.crm = IntegrationsConfig::Crm::HubSpot;
    config.crmBaseUrl = hubspot.baseUrl();
    config.crmToken = FakeCrm::hubSpotToken();
    Setup s = setUp(config);
    QVERIFY(s.harness);
    FeedHarness &h = *s.harness;
    QSignalSpy attempts(&s.integrations->outbox(), &Outbox::attempted);
    QVERIFY(
        h.raiseAlert(QStringLiteral("u1"), 1, {{QStringLiteral("email"), QStringLiteral("u1@acme.test")}}));
    TestConsole *ana = s.ana.get();
    const QString lead = contactLeadId(QStringLiteral("u1"));
    QTRY_VERIFY(ana->hasLead(lead));
    QCOMPARE(ana->request(callRequest(lead, QStringLiteral("connected"), 60)).value(QStringLiteral("ok")),
             QJsonValue(true));
    const qint64 t0 = h.nowMs();
    QTRY_COMPARE(attempts.size(), 1);
    auto item = attempts.at(0).at(0).value<FeedStore::OutboxRow>();
    QVERIFY(item.nextAtMs >= t0 + 10'000);
    h.clock().setNowMs(item.nextAtMs);
    QTRY_COMPARE(attempts.size(), 2);
    item = attempts.at(1).at(0).value<FeedStore::OutboxRow>();
    QVERIFY(item.lastError.startsWith(u"HTTP 503"));
    h.clock().setNowMs(item.nextAtMs);
    QTRY_COMPARE(attempts.size(), 3);
    QCOMPARE(attempts.at(2).at(0).value<FeedStore::OutboxRow>().state, FeedStore::OutboxState::Sent);
    QCOMPARE(hubspot.records().size(), 1);
    QVERIFY2(hubspot.problems().isEmpty(), qPrintable(hubspot.problems().join(u'\n')));
}

void TestIntegrations::hubSpotOwnerRoutesTheLead()
{
    FakeCrm hubspot(FakeCrm::Kind::HubSpot);
    QVERIFY(hubspot.listen());
    // Paged: bea is the third owner, on the third page.
    hubspot.addOwner(QStringLiteral("501"), QStringLiteral("nobody@firstcall.test"));
    hubspot.addOwner(QStringLiteral("502"), QStringLiteral("ana@firstcall.test"));
    hubspot.addOwner(QStringLiteral("503"), QStringLiteral("Bea@Firstcall.test"));
    hubspot.addContact(QStringLiteral("9001"), QStringLiteral("u1@acme.test"), QStringLiteral("503"));
    hubspot.addContact(QStringLiteral("9002"), QStringLiteral("u2@acme.test"), QStringLiteral("501"));
    IntegrationsConfig config;
    config.crm = IntegrationsConfig::Crm::HubSpot;
    config.crmBaseUrl = hubspot.baseUrl();
    config.crmToken = FakeCrm::hubSpotToken();
    Setup s = setUp(config, Visibility::OwnedRecords);
    QVERIFY(s.harness);
    FeedHarness &h = *s.harness;
    QSignalSpy learned(s.integrations->crm(), &CrmClient::ownerLearned);
    const QString u1 = contactLeadId(QStringLiteral("u1"));
    const QString u2 = contactLeadId(QStringLiteral("u2"));

    // Not known yet: today's rule decides at once, and the audit says why.
    const QJsonObject u1Email{{QStringLiteral("email"), QStringLiteral("u1@acme.test")}};
    QVERIFY(h.raiseAlert(QStringLiteral("u1"), 1, u1Email));
    const auto firstAudit = h.desk().auditFor(u1, nullptr);
    const QJsonObject offered = QJsonDocument::fromJson(firstAudit->constFirst().detail).object();
    QCOMPARE(offered.value(QStringLiteral("reason")).toString(), QStringLiteral("rotation"));
    QVERIFY(offered.value(QStringLiteral("crmOwner")).toString().contains(u"not known yet"));
    QTRY_COMPARE(learned.size(), 1);
    QCOMPARE(hubspot.requestsTo("GET", QStringLiteral("/crm/v3/owners")).size(), 3);

    // The next alert of the lead goes to its CRM owner.
    TestConsole *owner = h.desk().lead(u1)->owner == u"ana" ? s.ana.get() : s.bea.get();
    QCOMPARE(owner->request(callRequest(u1, QStringLiteral("connected"), 60)).value(QStringLiteral("ok")),
             QJsonValue(true));
    QCOMPARE(h.desk().lead(u1)->status, LeadState::Status::Done);
    h.clock().advance(60'000);
    QCOMPARE(h.post(QStringLiteral("/v1/batch"),
                    FeedHarness::alertBatchAt(QStringLiteral("u1"), 1, h.nowMs(), u1Email))
                 .status,
             200);
    QTRY_COMPARE(h.desk().lead(u1)->status, LeadState::Status::Open);
    QCOMPARE(h.desk().lead(u1)->owner, QStringLiteral("bea"));
    const QJsonObject second =
        QJsonDocument::fromJson(h.desk().auditFor(u1, nullptr)->constLast().detail).object();
    QCOMPARE(second.value(QStringLiteral("reason")).toString(), QStringLiteral("crm_owner"));

    // An owner who is no rep: the fallback says so.
    QVERIFY(
        h.raiseAlert(QStringLiteral("u2"), 1, {{QStringLiteral("email"), QStringLiteral("u2@acme.test")}}));
    QTRY_COMPARE(learned.size(), 2);
    const auto answer = s.integrations->crm()->ownerOf(*h.desk().lead(u2));
    QVERIFY(answer.rep.isEmpty());
    QVERIFY2(answer.reason.contains(u"nobody@firstcall.test"), qPrintable(answer.reason));
    QVERIFY2(hubspot.problems().isEmpty(), qPrintable(hubspot.problems().join(u'\n')));
}

void TestIntegrations::unansweredCreateIsLookedUpBeforeRetrying()
{
    FakeCrm hubspot(FakeCrm::Kind::HubSpot);
    QVERIFY(hubspot.listen());
    anaOwnsU1(hubspot);
    // HubSpot stores the call and never answers: the attempt times out.
    hubspot.fault(QStringLiteral("/crm/v3/objects/calls"), {0, {}, true, {"hs_call_title"}});
    IntegrationsConfig config;
    config.crm = IntegrationsConfig::Crm::HubSpot;
    config.crmBaseUrl = hubspot.baseUrl();
    config.crmToken = FakeCrm::hubSpotToken();
    config.requestTimeoutMs = 300;
    Setup s = setUp(config);
    QVERIFY(s.harness);
    FeedHarness &h = *s.harness;
    QList<QPair<FeedStore::OutboxRow, OutboxResult>> attempts;
    connect(&s.integrations->outbox(), &Outbox::attempted, this,
            [&](const FeedStore::OutboxRow &item, const OutboxResult &result) {
                attempts.append({item, result});
            });
    QVERIFY(
        h.raiseAlert(QStringLiteral("u1"), 1, {{QStringLiteral("email"), QStringLiteral("u1@acme.test")}}));
    const QString lead = contactLeadId(QStringLiteral("u1"));
    QTRY_VERIFY(s.ana->hasLead(lead));
    QCOMPARE(s.ana->request(callRequest(lead, QStringLiteral("connected"), 45)).value(QStringLiteral("ok")),
             QJsonValue(true));
    QTRY_COMPARE(attempts.size(), 1);
    QCOMPARE(attempts.at(0).second.kind, OutboxResult::Kind::Unknown);
    QVERIFY(attempts.at(0).first.unsure);
    QCOMPARE(attempts.at(0).first.state, FeedStore::OutboxState::Waiting);
    QCOMPARE(hubspot.records().size(), 1); // it did arrive

    h.clock().setNowMs(attempts.at(0).first.nextAtMs);
    QTRY_COMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(1).first.state, FeedStore::OutboxState::Sent);
    QCOMPARE(hubspot.requestsTo("POST", QStringLiteral("/crm/v3/objects/calls/search")).size(), 1);
    QCOMPARE(hubspot.requestsTo("POST", QStringLiteral("/crm/v3/objects/calls")).size(), 1);
    QCOMPARE(hubspot.records().size(), 1);
    QCOMPARE(attempts.at(1).first.reference, FakeCrm::hubSpotContactUrl(QStringLiteral("9001")));
    QVERIFY2(hubspot.problems().isEmpty(), qPrintable(hubspot.problems().join(u'\n')));
}

void TestIntegrations::qualifiedConnectSetsTheLeadStatus_data()
{
    QTest::addColumn<IntegrationsConfig::Crm>("crm");
    QTest::addColumn<QString>("object"); // Salesforce: the record the email finds
    QTest::addColumn<QString>("disposition");
    QTest::addColumn<bool>("qualified");
    QTest::addColumn<bool>("set");
    const auto hubspot = IntegrationsConfig::Crm::HubSpot;
    const auto salesforce = IntegrationsConfig::Crm::Salesforce;
    QTest::newRow("hubspot, qualified connect")
        << hubspot << QString() << QStringLiteral("connected") << true << true;
    QTest::newRow("hubspot, qualified meeting")
        << hubspot << QString() << QStringLiteral("meeting_booked") << true << true;
    QTest::newRow("hubspot, connect not qualified")
        << hubspot << QString() << QStringLiteral("connected") << false << false;
    QTest::newRow("hubspot, voicemail")
        << hubspot << QString() << QStringLiteral("left_voicemail") << true << false;
    QTest::newRow("salesforce lead, qualified connect")
        << salesforce << QStringLiteral("Lead") << QStringLiteral("connected") << true << true;
    QTest::newRow("salesforce contact: no status")
        << salesforce << QStringLiteral("Contact") << QStringLiteral("connected") << true << false;
}

void TestIntegrations::qualifiedConnectSetsTheLeadStatus()
{
    QFETCH(IntegrationsConfig::Crm, crm);
    QFETCH(QString, object);
    QFETCH(QString, disposition);
    QFETCH(bool, qualified);
    QFETCH(bool, set);
    const bool isHubSpot = crm == IntegrationsConfig::Crm::HubSpot;
    FakeCrm fake(isHubSpot ? FakeCrm::Kind::HubSpot : FakeCrm::Kind::Salesforce);
    QVERIFY(fake.listen());
    IntegrationsConfig config;
    config.crm = crm;
    config.crmBaseUrl = fake.baseUrl();
    if (isHubSpot) {
        anaOwnsU1(fake);
        config.crmToken = FakeCrm::hubSpotToken();
        config.crmQualifiedStatus = QStringLiteral("OPEN_DEAL");
    } else {
        fake.addUser(QStringLiteral("005A"), QStringLiteral("ana@firstcall.test"));
        fake.addPerson(object, QStringLiteral("00QX"), QStringLiteral("u1@acme.test"),
                       QStringLiteral("005A"));
        config.crmAuthUrl = fake.baseUrl();
        config.crmClientId = FakeCrm::clientId();
        config.crmClientSecret = FakeCrm::clientSecret();
        config.crmRefreshToken = FakeCrm::refreshToken();
        config.crmQualifiedStatus = QStringLiteral("Qualified");
    }
    Setup s = setUp(config);
    QVERIFY(s.harness);
    FeedHarness &h = *s.harness;
    QVERIFY(
        h.raiseAlert(QStringLiteral("u1"), 1, {{QStringLiteral("email"), QStringLiteral("u1@acme.test")}}));
    const QString lead = contactLeadId(QStringLiteral("u1"));
    QTRY_VERIFY(s.ana->hasLead(lead));
    QJsonObject call = callRequest(lead, disposition, 300);
    call.insert(QStringLiteral("qualification"), QJsonObject{{QStringLiteral("qualified"), qualified}});
    QCOMPARE(s.ana->request(call).value(QStringLiteral("ok")), QJsonValue(true));
    const auto settled = [&] {
        const auto items = h.store().outboxForLead(lead, nullptr);
        return items && std::all_of(items->cbegin(), items->cend(), [](const FeedStore::OutboxRow &item) {
                   return item.state == FeedStore::OutboxState::Sent;
               });
    };
    QTRY_VERIFY(settled());
    // One item for the call, and one for the status on a qualified connect.
    const bool qualifiedConnect =
        qualified && (disposition == u"connected" || disposition == u"meeting_booked");
    QCOMPARE(h.store().outboxForLead(lead, nullptr)->size(), qualifiedConnect ? 2 : 1);
    QCOMPARE(fake.records().size(), 1);
    const QString id = isHubSpot ? QStringLiteral("9001") : QStringLiteral("00QX");
    QCOMPARE(fake.leadStatuses().value(id), set ? config.crmQualifiedStatus : QString());
    QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join(u'\n')));
}

void TestIntegrations::salesforceRefreshesOn401AndWritesTheTask_data()
{
    QTest::addColumn<QString>("object");
    QTest::newRow("contact") << QStringLiteral("Contact");
    QTest::newRow("lead") << QStringLiteral("Lead");
}

void TestIntegrations::salesforceRefreshesOn401AndWritesTheTask()
{
    QFETCH(QString, object);
    FakeCrm salesforce(FakeCrm::Kind::Salesforce);
    QVERIFY(salesforce.listen());
    salesforce.addUser(QStringLiteral("005A"), QStringLiteral("ana@firstcall.test"));
    salesforce.addUser(QStringLiteral("005B"), QStringLiteral("bea@firstcall.test"));
    // An email with a quote: the SOQL must escape it.
    const QString email = QStringLiteral("o'neil@acme.test");
    salesforce.addPerson(object, QStringLiteral("003X"), email, QStringLiteral("005B"));
    IntegrationsConfig config;
    config.crm = IntegrationsConfig::Crm::Salesforce;
    config.crmBaseUrl = salesforce.baseUrl();
    config.crmAuthUrl = salesforce.baseUrl();
    config.crmClientId = FakeCrm::clientId();
    config.crmClientSecret = FakeCrm::clientSecret();
    config.crmRefreshToken = FakeCrm::refreshToken();
    Setup s = setUp(config, Visibility::OwnedRecords);
    QVERIFY(s.harness);
    FeedHarness &h = *s.harness;
    QSignalSpy learned(s.integrations->crm(), &CrmClient::ownerLearned);
    const QString lead = contactLeadId(QStringLiteral("u1"));
    QVERIFY(h.raiseAlert(QStringLiteral("u1"), 1, {{QStringLiteral("email"), email}}));
    QTRY_COMPARE(learned.size(), 1);
    QCOMPARE(salesforce.tokenRefreshes(), 1);
    QCOMPARE(s.integrations->crm()->ownerOf(*h.desk().lead(lead)).rep, QStringLiteral("bea"));

    salesforce.expireAccessToken(); // the next request is refused with 401: one refresh, one repeat
    const QString callerName = h.desk().lead(lead)->owner;
    QVERIFY(!callerName.isEmpty());
    TestConsole *caller = callerName == u"ana" ? s.ana.get() : s.bea.get();
    QCOMPARE(
        caller->request(callRequest(lead, QStringLiteral("left_voicemail"), 95, QStringLiteral("VM left")))
            .value(QStringLiteral("ok")),
        QJsonValue(true));
    QTRY_COMPARE(salesforce.records().size(), 1);
    QVERIFY2(salesforce.problems().isEmpty(), qPrintable(salesforce.problems().join(u'\n')));
    QCOMPARE(salesforce.tokenRefreshes(), 2);
    const QJsonObject task = salesforce.records().constFirst();
    QCOMPARE(task.value(QStringLiteral("WhoId")).toString(), QStringLiteral("003X"));
    QCOMPARE(task.value(QStringLiteral("OwnerId")).toString(),
             callerName == u"ana" ? QStringLiteral("005A") : QStringLiteral("005B"));
    QCOMPARE(task.value(QStringLiteral("CallDurationInSeconds")).toInt(), 95);
    QCOMPARE(task.value(QStringLiteral("CallDisposition")).toString(), QStringLiteral("Left voicemail"));
    QCOMPARE(task.value(QStringLiteral("TaskSubtype")).toString(), QStringLiteral("Call"));
    QCOMPARE(task.value(QStringLiteral("ActivityDate")).toString(),
             QDateTime::fromMSecsSinceEpoch(h.nowMs(), Qt::UTC).date().toString(Qt::ISODate));
    QVERIFY(task.value(QStringLiteral("Description")).toString().contains(u"VM left"));
    QTRY_COMPARE(h.store().outboxForLead(lead, nullptr)->constFirst().state, FeedStore::OutboxState::Sent);
    QVERIFY(h.store()
                .outboxForLead(lead, nullptr)
                ->constFirst()
                .reference.endsWith(QStringLiteral("/lightning/r/Task/%1/view")
                                        .arg(task.value(QStringLiteral("Id")).toString())));
}

void TestIntegrations::callCrmStateReachesTheConsoles_data()
{
    QTest::addColumn<IntegrationsConfig::Crm>("crm");
    QTest::addColumn<int>("rejectWith"); // 0: the CRM takes the call
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("callUrl"); // after the base URL for Salesforce
    QTest::addColumn<QString>("leadUrl");
    QTest::newRow("HubSpot, logged") << IntegrationsConfig::Crm::HubSpot << 0 << QStringLiteral("logged")
                                     << FakeCrm::hubSpotContactUrl(QStringLiteral("9001"))
                                     << FakeCrm::hubSpotContactUrl(QStringLiteral("9001"));
    QTest::newRow("HubSpot, refused")
        << IntegrationsConfig::Crm::HubSpot << 422 << QStringLiteral("failed") << QString() << QString();
    QTest::newRow("Salesforce Lead, logged")
        << IntegrationsConfig::Crm::Salesforce << 0 << QStringLiteral("logged")
        << QStringLiteral("/lightning/r/Task/%1/view")
        << QStringLiteral("/lightning/r/Lead/00Q000000000001AAA/view");
}

void TestIntegrations::callCrmStateReachesTheConsoles()
{
    QFETCH(IntegrationsConfig::Crm, crm);
    QFETCH(int, rejectWith);
    QFETCH(QString, state);
    QFETCH(QString, callUrl);
    QFETCH(QString, leadUrl);
    const bool hubSpot = crm == IntegrationsConfig::Crm::HubSpot;
    FakeCrm fake(hubSpot ? FakeCrm::Kind::HubSpot : FakeCrm::Kind::Salesforce);
    QVERIFY(fake.listen());
    IntegrationsConfig config;
    config.crm = crm;
    config.crmBaseUrl = fake.baseUrl();
    if (hubSpot) {
        anaOwnsU1(fake);
        config.crmToken = FakeCrm::hubSpotToken();
    } else {
        fake.addUser(QStringLiteral("005000000000001AAA"), QStringLiteral("ana@firstcall.test"));
        fake.addPerson(QStringLiteral("Lead"), QStringLiteral("00Q000000000001AAA"),
                       QStringLiteral("u1@acme.test"), QStringLiteral("005000000000001AAA"));
        config.crmAuthUrl = fake.baseUrl();
        config.crmClientId = FakeCrm::clientId();
        config.crmClientSecret = FakeCrm::clientSecret();
        config.crmRefreshToken = FakeCrm::refreshToken();
        leadUrl = fake.baseUrl().toString() + leadUrl;
    }
    if (rejectWith)
        fake.fault(QStringLiteral("/crm/v3/objects/calls"), {rejectWith, {}, false, {}}, 3);
    Setup s = setUp(config);
    QVERIFY(s.harness);
    FeedHarness &h = *s.harness;
    QSignalSpy attempts(&s.integrations->outbox(), &Outbox::attempted);
    QVERIFY(
        h.raiseAlert(QStringLiteral("u1"), 1, {{QStringLiteral("email"), QStringLiteral("u1@acme.test")}}));
    const QString lead = contactLeadId(QStringLiteral("u1"));
    QTRY_VERIFY(s.ana->hasLead(lead));
    const QJsonObject result = s.ana->request(callRequest(lead, QStringLiteral("connected"), 60));
    QCOMPARE(result.value(QStringLiteral("ok")), QJsonValue(true));
    // The call goes out as waiting to the consoles that see the lead (ana: her call claimed it),
    // then its outcome, live.
    const auto crmOf = [&lead](const TestConsole &console) {
        return console.lead(lead)
            .value(QStringLiteral("calls"))
            .toArray()
            .last()
            .toObject()
            .value(QStringLiteral("crm"))
            .toObject();
    };
    const auto sawWaiting = [&lead](const TestConsole &console) {
        for (const QJsonObject &message : console.leadMessages()) {
            const QJsonArray calls =
                message.value(QStringLiteral("lead")).toObject().value(QStringLiteral("calls")).toArray();
            if (!calls.isEmpty() && calls.last()
                                            .toObject()
                                            .value(QStringLiteral("crm"))
                                            .toObject()
                                            .value(QStringLiteral("state"))
                                            .toString() == u"waiting")
                return true;
        }
        return false;
    };
    QTRY_VERIFY(sawWaiting(*s.ana));
    // A refusal is tried three times in all, each after its backoff.
    while (rejectWith && attempts.size() < 3) {
        const int seen = int(attempts.size());
        QTRY_VERIFY(attempts.size() > seen);
        const auto item = attempts.constLast().at(0).value<FeedStore::OutboxRow>();
        if (item.state == FeedStore::OutboxState::Waiting)
            h.clock().setNowMs(item.nextAtMs);
    }
    for (TestConsole *console : {s.ana.get()}) {
        QTRY_COMPARE(crmOf(*console).value(QStringLiteral("state")).toString(), state);
        const QJsonObject crmState = crmOf(*console);
        if (rejectWith) {
            QVERIFY2(crmState.value(QStringLiteral("error")).toString().startsWith(u"HTTP 422"),
                     qPrintable(crmState.value(QStringLiteral("error")).toString()));
            QVERIFY(crmState.value(QStringLiteral("url")).isNull());
            QVERIFY(!console->lead(lead).contains(QStringLiteral("crmUrl")));
            continue;
        }
        QString expected = callUrl;
        if (!hubSpot)
            expected = fake.baseUrl().toString() +
                       callUrl.arg(fake.records().constFirst().value(QStringLiteral("Id")).toString());
        QCOMPARE(crmState.value(QStringLiteral("url")).toString(), expected);
        QVERIFY(crmState.value(QStringLiteral("error")).isNull());
        QCOMPARE(console->lead(lead).value(QStringLiteral("crmUrl")).toString(), leadUrl);
    }
    // As stored: a server started again sends the same.
    QCOMPARE(h.desk().lead(lead)->calls.constLast().crm.state, state);
    QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join(u'\n')));
}

void TestIntegrations::managersSeeAndRetryFailedSyncs()
{
    // HubSpot refuses a call three times: the manager's console learns of it live, lists it
    // with HubSpot's reason, and queues it again once it is fixed; it then goes through once.
    FakeCrm fake(FakeCrm::Kind::HubSpot);
    QVERIFY(fake.listen());
    anaOwnsU1(fake);
    fake.fault(QStringLiteral("/crm/v3/objects/calls"), {400, {}, false, {}}, 3);
    IntegrationsConfig config;
    config.crm = IntegrationsConfig::Crm::HubSpot;
    config.crmBaseUrl = fake.baseUrl();
    config.crmToken = FakeCrm::hubSpotToken();
    Setup s = setUp(config, Visibility::AllRecords, true);
    QVERIFY(s.harness);
    FeedHarness &h = *s.harness;
    QSignalSpy attempts(&s.integrations->outbox(), &Outbox::attempted);
    QVERIFY(
        h.raiseAlert(QStringLiteral("u1"), 1, {{QStringLiteral("email"), QStringLiteral("u1@acme.test")}}));
    const QString lead = contactLeadId(QStringLiteral("u1"));
    QTRY_VERIFY(s.ana->hasLead(lead));
    QTRY_VERIFY(s.mo->hasLead(lead));
    QCOMPARE(s.ana->request(callRequest(lead, QStringLiteral("connected"), 60)).value(QStringLiteral("ok")),
             QJsonValue(true));
    const auto crmOf = [&lead](const TestConsole &console) {
        const QJsonArray calls = console.lead(lead).value(QStringLiteral("calls")).toArray();
        return calls.isEmpty() ? QJsonObject()
                               : calls.last().toObject().value(QStringLiteral("crm")).toObject();
    };
    const auto syncs = [](TestConsole &console) {
        return console.request(QJsonObject{{QStringLiteral("type"), QStringLiteral("syncs")}});
    };
    // The first refusal: still waiting, with HubSpot's reason, in the manager's lead (live) and list.
    QTRY_COMPARE(attempts.size(), 1);
    QTRY_VERIFY(crmOf(*s.mo).value(QStringLiteral("error")).toString().startsWith(u"HTTP 400"));
    QCOMPARE(crmOf(*s.mo).value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    QJsonArray items = syncs(*s.mo).value(QStringLiteral("syncs")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("retrying"));
    while (attempts.size() < 3) {
        const int seen = int(attempts.size());
        h.clock().setNowMs(attempts.constLast().at(0).value<FeedStore::OutboxRow>().nextAtMs);
        QTRY_VERIFY(attempts.size() > seen);
    }
    QTRY_COMPARE(crmOf(*s.mo).value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    items = syncs(*s.mo).value(QStringLiteral("syncs")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.at(0).toObject();
    QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(item.value(QStringLiteral("to")).toString(), QStringLiteral("HubSpot"));
    QCOMPARE(item.value(QStringLiteral("type")).toString(), QStringLiteral("call.logged"));
    QCOMPARE(item.value(QStringLiteral("lead")).toString(), lead);
    QCOMPARE(item.value(QStringLiteral("rep")).toString(), QStringLiteral("ana"));
    QCOMPARE(item.value(QStringLiteral("attempts")).toInt(), 3);
    QVERIFY(!item.value(QStringLiteral("callAt")).toString().isEmpty());
    QVERIFY2(item.value(QStringLiteral("error")).toString().startsWith(u"HTTP 400"),
             qPrintable(item.value(QStringLiteral("error")).toString()));

    // Reps may neither see the list nor retry.
    const QJsonObject retry{{QStringLiteral("type"), QStringLiteral("retry_sync")},
                            {QStringLiteral("item"), item.value(QStringLiteral("id"))}};
    for (const QJsonObject &refused : {syncs(*s.ana), s.ana->request(retry)})
        QCOMPARE(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("forbidden"));
    QVERIFY(fake.records().isEmpty());

    // Fixed in HubSpot (the fault is spent): the manager queues it again; it goes out at once,
    // and every console sees the call logged.
    const QJsonObject retried = s.mo->request(retry);
    QVERIFY2(retried.value(QStringLiteral("ok")).toBool(), QJsonDocument(retried).toJson().constData());
    QTRY_COMPARE(crmOf(*s.ana).value(QStringLiteral("state")).toString(), QStringLiteral("logged"));
    QCOMPARE(fake.records().size(), 1);
    QTRY_VERIFY(syncs(*s.mo).value(QStringLiteral("syncs")).toArray().isEmpty());
    QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join(u'\n')));
}

namespace {
QStringList g_logged;
QMutex g_loggedLock; // messages come from other threads too
QtMessageHandler g_previousHandler = nullptr;
void keepMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_loggedLock);
        g_logged.append(message);
    }
    g_previousHandler(type, context, message);
}
} // namespace

void TestIntegrations::webhookSecretsStayOutOfSyncsAndLogs()
{
    // A webhook's path and query are often its secret (a Zapier catch hook): the managers' list
    // of failed syncs and the server's log name its host only, whatever went wrong with it.
    FakeCrm receiver(FakeCrm::Kind::Webhook);
    QVERIFY(receiver.listen());
    receiver.fault(QStringLiteral("/"), {400, {}, false, {}}, 1000);
    IntegrationsConfig config;
    config.webhooks.append(
        {receiver.baseUrl().resolved(QUrl(QStringLiteral("/hooks/catch/123/s3cr3tpath?key=t0ken"))),
         kSecret});
    Setup s = setUp(config, Visibility::AllRecords, true);
    QVERIFY(s.harness);
    FeedHarness &h = *s.harness;
    QLoggingCategory::setFilterRules(QStringLiteral("firstcall.*=true"));
    g_logged.clear();
    g_previousHandler = qInstallMessageHandler(keepMessage);
    const auto restore = qScopeGuard([] {
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules({});
    });
    // An event for a webhook taken out of the configuration since.
    FeedStore::OutboxRow gone;
    gone.id = QStringLiteral("evt_gone");
    gone.target =
        QStringLiteral("webhook:https://user:passw0rd@hooks.example.test/catch/456/0ldsecret?key=0ldt0ken");
    gone.type = QStringLiteral("lead.claimed");
    gone.leadId = contactLeadId(QStringLiteral("u9"));
    gone.payload = R"({"id":"evt_gone","type":"lead.claimed","data":{"name":"Ann Lee","claimedBy":"ana"}})";
    gone.nextAtMs = h.clock().nowMs();
    gone.createdAtMs = gone.updatedAtMs = gone.nextAtMs;
    QString error;
    QVERIFY2(h.store().addOutbox(gone, &error), qPrintable(error));
    QVERIFY(h.raiseAlert(QStringLiteral("u1"), 1)); // lead.alerted: refused by the receiver
    s.integrations->outbox().wake();
    const auto syncs = [&s] {
        return s.mo->request(QJsonObject{{QStringLiteral("type"), QStringLiteral("syncs")}})
            .value(QStringLiteral("syncs"))
            .toArray();
    };
    QTRY_VERIFY(syncs().size() >= 2); // the gone one failed, the receiver's retrying
    const QJsonObject retried =
        s.mo->request(QJsonObject{{QStringLiteral("type"), QStringLiteral("retry_sync")},
                                  {QStringLiteral("item"), QStringLiteral("evt_gone")}});
    QVERIFY2(retried.value(QStringLiteral("ok")).toBool(), QJsonDocument(retried).toJson().constData());
    QTRY_VERIFY(syncs().size() >= 2);
    const QJsonArray items = syncs();
    bool goneListed = false;
    for (const QJsonValue &item : items) {
        goneListed = goneListed || item.toObject().value(QStringLiteral("id")).toString() == u"evt_gone";
        QVERIFY(!item.toObject().value(QStringLiteral("error")).toString().isEmpty());
    }
    QVERIFY(goneListed);
    const QString listed = QString::fromUtf8(QJsonDocument(items).toJson());
    g_loggedLock.lock();
    const QString log = g_logged.join(u'\n');
    g_loggedLock.unlock();
    QVERIFY2(log.contains(u"evt_gone"), qPrintable(log)); // the log did speak of them
    for (const char *secret : {"s3cr3tpath", "t0ken", "0ldsecret", "0ldt0ken", "passw0rd"}) {
        QVERIFY2(!listed.contains(QLatin1StringView(secret)), qPrintable(listed));
        QVERIFY2(!log.contains(QLatin1StringView(secret)), qPrintable(log));
    }
}

void TestIntegrations::retryDuringAnAttemptStands()
{
    // A manager queues an item again while an attempt of it is still out (the receiver does not
    // answer): when that attempt times out, the retry stands and the item goes out at once,
    // rather than the old attempt's outcome putting it back on its backoff.
    FakeCrm receiver(FakeCrm::Kind::Webhook);
    QVERIFY(receiver.listen());
    receiver.fault(QStringLiteral("/"), {0, {}, false, {}}, 1);
    IntegrationsConfig config;
    config.webhooks.append({receiver.baseUrl(), kSecret});
    config.requestTimeoutMs = 1'500;
    Setup s = setUp(config, Visibility::AllRecords, true);
    QVERIFY(s.harness);
    FeedHarness &h = *s.harness;
    QVERIFY(h.raiseAlert(QStringLiteral("u1"), 1));
    QTRY_VERIFY(!receiver.requests().isEmpty()); // out, and no answer comes
    const QString id = receiver.requests().constFirst().json.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const QJsonObject retried = s.mo->request(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("retry_sync")}, {QStringLiteral("item"), id}});
    QVERIFY2(retried.value(QStringLiteral("ok")).toBool(), QJsonDocument(retried).toJson().constData());
    // The clock stands still: only an item due now goes out again.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QJsonObject &event : receiver.records()) {
                if (event.value(QStringLiteral("id")).toString() == id)
                    return true;
            }
            return false;
        }(),
        10'000);
}

void TestIntegrations::outboxSurvivesRestart()
{
    FakeCrm receiver(FakeCrm::Kind::Webhook);
    QVERIFY(receiver.listen());
    receiver.fault(QStringLiteral("/"), {500, {}, false, {}}, 1000);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("feed.db"));
    const QString secretFile = dir.filePath(QStringLiteral("secret"));
    QFile secret(secretFile);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write(kSecret + "\n");
    secret.close();
    FeedProcess server(QStringLiteral(FIRSTCALL_FEED_BIN), db, FeedHarness::defaultWriteKey());
    server.setExtraArguments({QStringLiteral("--webhook"), receiver.baseUrl().toString(),
                              QStringLiteral("--webhook-secret-file"), secretFile});
    const QString log = dir.filePath(QStringLiteral("serve.log"));
    server.setLogFile(log);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QNetworkAccessManager network;
    const auto post = [&](quint16 port) {
        return httpRequest(network, QUrl(QStringLiteral("http://127.0.0.1:%1/v1/batch").arg(port)), "POST",
                           QJsonDocument(FeedHarness::alertBatchAt(QStringLiteral("u1"), 1,
                                                                   QDateTime::currentMSecsSinceEpoch()))
                               .toJson(),
                           basicAuthorization(FeedHarness::defaultWriteKey()));
    };
    QCOMPARE(post(server.httpPort()).status, 200);
    QTRY_VERIFY(!receiver.requests().isEmpty()); // refused with 500: still waiting
    // Killed once the server has taken the refusal in; killed while an attempt is unanswered,
    // it would (rightly) wait out the attempt's 30 s timeout after the restart.
    const auto settled = [&log] {
        QFile file(log);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains("attempt 1 failed, again in");
    };
    QTRY_VERIFY(settled());
    server.kill();
    const QString id = receiver.requests().constFirst().json.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(receiver.records().isEmpty());

    receiver.clearFaults();
    QVERIFY2(server.start(&error), qPrintable(error)); // the same database file
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QJsonObject &event : receiver.records()) {
                if (event.value(QStringLiteral("id")).toString() == id)
                    return true;
            }
            return false;
        }(),
        15'000);
    server.kill();
    for (const FakeCrm::Request &request : receiver.requests()) {
        if (request.json.value(QStringLiteral("type")) ==
            receiver.requests().constFirst().json.value(QStringLiteral("type")))
            QCOMPARE(request.json.value(QStringLiteral("id")).toString(), id);
    }
}

void TestIntegrations::killedMidSendMakesExactlyOneRecord()
{
    FakeCrm hubspot(FakeCrm::Kind::HubSpot);
    QVERIFY(hubspot.listen());
    anaOwnsU1(hubspot);
    // HubSpot stores the call and never answers.
    hubspot.fault(QStringLiteral("/crm/v3/objects/calls"), {0, {}, true, {"hs_call_title"}});
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("feed.db"));
    const QString tokenFile = dir.filePath(QStringLiteral("token"));
    QFile token(tokenFile);
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write(FakeCrm::hubSpotToken() + "  \n");
    token.close();
    const QString program = QStringLiteral(FIRSTCALL_FEED_BIN);
    QString out;
    QCOMPARE(FeedProcess::run(program,
                              {QStringLiteral("rep"), QStringLiteral("add"), QStringLiteral("ana"),
                               QStringLiteral("--role"), QStringLiteral("sdr"), QStringLiteral("--email"),
                               QStringLiteral("ana@firstcall.test"), QStringLiteral("--db"), db},
                              &out),
             0);
    const QString repToken = out.split(u'\n', Qt::SkipEmptyParts).constLast().trimmed();
    QVERIFY(repToken.startsWith(u"fc_"));
    FeedProcess server(program, db, FeedHarness::defaultWriteKey());
    server.setExtraArguments({QStringLiteral("--crm"), QStringLiteral("hubspot"),
                              QStringLiteral("--crm-token-file"), tokenFile, QStringLiteral("--crm-base-url"),
                              hubspot.baseUrl().toString()});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString lead = contactLeadId(QStringLiteral("u1"));
    TestConsole console;
    console.open(server.wsPort(), repToken);
    QVERIFY(console.waitReady());
    QNetworkAccessManager network;
    QCOMPARE(httpRequest(network, QUrl(QStringLiteral("http://127.0.0.1:%1/v1/batch").arg(server.httpPort())),
                         "POST",
                         QJsonDocument(FeedHarness::alertBatchAt(
                                           QStringLiteral("u1"), 1, QDateTime::currentMSecsSinceEpoch(),
                                           {{QStringLiteral("email"), QStringLiteral("u1@acme.test")}}))
                             .toJson(),
                         basicAuthorization(FeedHarness::defaultWriteKey()))
                 .status,
             200);
    QTRY_VERIFY(console.hasLead(lead));
    QCOMPARE(console.request(callRequest(lead, QStringLiteral("connected"), 120)).value(QStringLiteral("ok")),
             QJsonValue(true));
    QTRY_COMPARE(hubspot.records().size(), 1); // stored, and no answer
    server.kill();

    QVERIFY2(server.start(&error), qPrintable(error));
    // The item is due again after its attempt's timeout (30 s) at the latest; the restarted
    // server finds the call by its title and does not create it again.
    QTRY_VERIFY_WITH_TIMEOUT(
        !hubspot.requestsTo("POST", QStringLiteral("/crm/v3/objects/calls/search")).isEmpty(), 60'000);
    std::unique_ptr<Database> database;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            database = Database::open(*StoreLocation::parse(db, nullptr), nullptr);
            const auto items = SqlFeedStore::create(*database)->outboxForLead(lead, nullptr);
            return items && items->size() == 1 && items->constFirst().state == FeedStore::OutboxState::Sent;
        }(),
        10'000);
    server.kill();
    QCOMPARE(hubspot.records().size(), 1);
    QCOMPARE(hubspot.requestsTo("POST", QStringLiteral("/crm/v3/objects/calls")).size(), 1);
    QVERIFY2(hubspot.problems().isEmpty(), qPrintable(hubspot.problems().join(u'\n')));
}

void TestIntegrations::serveRefusesBadIntegrationOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("webhook without secret")
        << QStringList{QStringLiteral("--webhook"), QStringLiteral("https://hooks.example/a")}
        << QStringLiteral("--webhook and --webhook-secret-file go in pairs: 1 webhooks, 0 secret files");
    QTest::newRow("unreadable secret")
        << QStringList{QStringLiteral("--webhook"), QStringLiteral("https://hooks.example/a"),
                       QStringLiteral("--webhook-secret-file"), QStringLiteral("/nonexistent/secret")}
        << QStringLiteral("--webhook-secret-file: /nonexistent/secret: cannot read the secret");
    QTest::newRow("not a url") << QStringList{QStringLiteral("--webhook"), QStringLiteral("hooks"),
                                              QStringLiteral("--webhook-secret-file"),
                                              QStringLiteral("SECRET")}
                               << QStringLiteral("--webhook: not an http(s) URL: \"hooks\"");
    QTest::newRow("unknown crm") << QStringList{QStringLiteral("--crm"), QStringLiteral("pipedrive")}
                                 << QStringLiteral(
                                        "--crm: expected hubspot or salesforce, got \"pipedrive\"");
    QTest::newRow("hubspot without token") << QStringList{QStringLiteral("--crm"), QStringLiteral("hubspot")}
                                           << QStringLiteral("--crm hubspot needs --crm-token-file");
    QTest::newRow("salesforce without auth")
        << QStringList{QStringLiteral("--crm"), QStringLiteral("salesforce"),
                       QStringLiteral("--crm-base-url"), QStringLiteral("https://acme.my.salesforce.com")}
        << QStringLiteral("--crm salesforce needs --crm-base-url, --crm-auth-url, --crm-client-id");
}

void TestIntegrations::serveRefusesBadIntegrationOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString secretFile = dir.filePath(QStringLiteral("secret"));
    QFile secret(secretFile);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("s3cret-value\n");
    secret.close();
    arguments.replaceInStrings(QStringLiteral("SECRET"), secretFile);
    QProcess process;
    process.start(QStringLiteral(FIRSTCALL_FEED_BIN),
                  QStringList{QStringLiteral("serve"), QStringLiteral("--db"),
                              dir.filePath(QStringLiteral("f.db")), QStringLiteral("--write-key"),
                              QStringLiteral("k")} +
                      arguments);
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(!err.contains(u"s3cret-value"));
}

QTEST_MAIN(TestIntegrations)
#include "tst_integrations.moc"
