#include "demofeed.h"

#include "client/feedclient.h"
#include "clock/clock.h"
#include "feed/feedserver.h"
#include "routing/alertdesk.h"
#include "rules/rules.h"
#include "signalsimulator.h"
#include "store/database.h"
#include "store/sqlfeedstore.h"
#include "store/storelocation.h"
#include "team/teamstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDemo, "firstcall.demo")

DemoFeed::DemoFeed(QObject *parent)
    : QObject(parent)
{}

DemoFeed::~DemoFeed()
{
    qDeleteAll(m_colleagues);
    m_colleagues.clear();
    delete m_simulator;
    m_server.reset();
    m_desk.reset();
}

QString DemoFeed::token(const QString &rep) const
{
    return m_tokens.value(rep);
}

QString DemoFeed::consoleStorePath() const
{
    return m_dir.filePath(QStringLiteral("console.db"));
}

QUrl DemoFeed::feedUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_server->wsPort()));
}

QUrl DemoFeed::ingestUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1/batch").arg(m_server->httpPort()));
}

bool DemoFeed::start(QString *error, bool simulate)
{
    if (!m_dir.isValid()) {
        *error = tr("cannot create a temporary directory for the demo");
        return false;
    }
    auto rules = Rules::load(QStringLiteral("hot"), error);
    if (!rules)
        return false;
    m_rules = std::make_unique<Rules>(*rules);
    const auto location = StoreLocation::parse(
        m_databaseLocation.isEmpty() ? m_dir.filePath(QStringLiteral("feed.db")) : m_databaseLocation, error);
    if (!location)
        return false;
    m_database = Database::open(*location, error);
    if (!m_database || !m_database->checkpointInBackground(1000, error))
        return false;
    m_store = SqlFeedStore::create(*m_database);
    m_team = std::make_unique<TeamStore>(*m_store);
    struct Member
    {
        const char *name;
        Rep::Role role;
    };
    for (const Member &m : {Member{"Priya", Rep::Role::Sdr}, Member{"Marcus", Rep::Role::Ae},
                            Member{"Dana", Rep::Role::Manager}, Member{kUserName, Rep::Role::Sdr}}) {
        Rep rep;
        rep.name = QLatin1StringView(m.name);
        rep.role = m.role;
        if (rep.name == userName())
            rep.backups = {QStringLiteral("Priya")};
        const auto added = m_team->add(rep, error);
        if (!added)
            return false;
        m_tokens.insert(rep.name, added->token);
    }
    if (simulate && !seedHistory(error))
        return false;
    m_clock = std::make_unique<SystemClock>();
    AlertDesk::Options options;
    options.visibility = Visibility::AllRecords;
    options.maxUncalledClaims = m_maxUncalledClaims;
    m_desk = std::make_unique<AlertDesk>(*m_store, *m_team, *m_rules, *m_clock, options);
    if (!m_desk->start(error))
        return false;
    FeedServerConfig config;
    config.writeKey = writeKey();
    m_server = std::make_unique<FeedServer>(config, *m_desk, *m_team);
    if (!m_server->listen(error))
        return false;
    qCInfo(lcDemo).noquote() << "demo feed on" << feedUrl().toString() << "ingest on"
                             << ingestUrl().toString();
    if (!simulate)
        return true;
    m_simulator = new SignalSimulator(ingestUrl(), writeKey(), QRandomGenerator::global()->generate());
    connect(m_simulator, &SignalSimulator::failed, this,
            [](const QString &message) { qCWarning(lcDemo).noquote() << "simulator:" << message; });
    m_simulator->start();
    startColleague(QStringLiteral("Priya"), 0.35);
    startColleague(QStringLiteral("Marcus"), 0.25);
    return true;
}

void DemoFeed::startColleague(const QString &name, double claimChance)
{
    // A colleague is a real console connection that claims some unclaimed leads after a while
    // and logs a call on them.
    auto *client = new FeedClient(*m_clock);
    client->setServer(feedUrl(), m_tokens.value(name));
    connect(
        client, &FeedClient::leadChanged, client, [this, client, claimChance](const LeadState &lead, qint64) {
            if (lead.status != LeadState::Status::Open || !lead.claimedBy.isEmpty() ||
                QRandomGenerator::global()->generateDouble() > claimChance)
                return;
            const QString id = lead.id;
            const auto request = [id](protocol::Request::Kind kind) {
                protocol::Request r;
                r.kind = kind;
                r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                r.leadId = id;
                return r;
            };
            const int delay = 8'000 + int(QRandomGenerator::global()->bounded(40'000));
            QTimer::singleShot(delay, client,
                               [client, request] { client->send(request(protocol::Request::Kind::Claim)); });
            QTimer::singleShot(
                delay + 20'000 + int(QRandomGenerator::global()->bounded(40'000)), client, [client, request] {
                    static const char *outcomes[] = {"left_voicemail", "no_answer", "connected",
                                                     "meeting_booked"};
                    protocol::Request call = request(protocol::Request::Kind::Call);
                    call.durationSeconds = 30 + QRandomGenerator::global()->bounded(400);
                    call.disposition = QLatin1StringView(outcomes[QRandomGenerator::global()->bounded(4)]);
                    client->send(call);
                });
        });
    Q_UNUSED(this)
    client->start();
    m_colleagues.append(client);
}

bool DemoFeed::seedHistory(QString *error)
{
    // Two weeks of simulated past alerts and calls, so that the dashboard has a story to tell:
    // Priya answers fast, Marcus later, some leads wait too long or are never called.
    struct Caller
    {
        const char *name;
        double medianMinutes;
    };
    const Caller callers[] = {{"Priya", 3.5}, {"Marcus", 22}, {kUserName, 9}};
    const char *sources[] = {"Paid search", "Webinar", "Organic", "Referral", "Events"};
    QHash<QString, qint64> repIds;
    for (const Rep &rep : m_team->list())
        repIds.insert(rep.name, rep.id);
    QRandomGenerator random(20261124);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24LL * 3600 * 1000;
    return m_store->transaction([&] {
        for (int i = 0; i < 160; ++i) {
            const qint64 id = m_store->nextAlertId();
            const qint64 at = now - 14 * day + qint64(random.generateDouble() * 13.5 * day);
            const Caller &c = callers[random.bounded(3)];
            const bool never = random.bounded(100) < 8;
            const bool claimed = !never || random.bounded(2) == 0;
            // Log-normal around the rep's median.
            const double minutes = c.medianMinutes * std::exp((random.generateDouble() - 0.5) * 2.2);
            const qint64 first = at + qint64(minutes * 60'000);
            const int tier = random.bounded(10) < 3 ? 1 : 2;
            const bool breach = never || minutes > (tier == 1 ? 15 : 60);
            const QString lead = QStringLiteral("contact:history-%1").arg(i);
            FeedStore::AlertRow alert;
            alert.id = id;
            alert.leadId = lead;
            alert.alertAtMs = at;
            alert.tier = tier;
            alert.score = 60 + random.bounded(40);
            alert.source = QLatin1StringView(sources[random.bounded(5)]);
            if (claimed) {
                alert.claimedBy = QLatin1StringView(c.name);
                alert.claimedAtMs = at + qint64(minutes * 30'000);
            }
            alert.escalation = never ? 2 : 0;
            alert.breach = breach;
            alert.closedAtMs = never ? 0 : first + 600'000;
            if (!m_store->upsertAlert(alert, error))
                return false;
            if (never)
                continue;
            // Faster calls connect and convert more often, as the seeds say.
            const double connectChance = minutes <= 5 ? 0.62 : minutes <= 30 ? 0.41 : 0.22;
            const bool connected = random.generateDouble() < connectChance;
            const bool qualified = connected && random.generateDouble() < (minutes <= 5 ? 0.55 : 0.3);
            const QString disposition = !connected  ? QStringLiteral("left_voicemail")
                                        : qualified ? QStringLiteral("meeting_booked")
                                                    : QStringLiteral("connected");
            const FeedStore::CallRow call{lead,
                                          repIds.value(QLatin1StringView(c.name)),
                                          QStringLiteral("history-%1").arg(i),
                                          first,
                                          60 + random.bounded(600),
                                          disposition,
                                          QString(),
                                          qualified ? "{\"qualified\":true}" : "{\"qualified\":false}",
                                          first + 900'000,
                                          id};
            if (!m_store->addCall(call, error))
                return false;
        }
        return true;
    });
}
