// Console benchmark: a rep's console holding 100k leads. (a) cold start: from opening a local
// store of 100k cached leads to the main window painted with its queue, and the memory that
// took; (b) the event loop while the desk applies 1,000 lead updates a second. A plain
// program (not Qt Test): figures are printed, see docs/benchmarks.md.

#include "client/consolestore.h"
#include "client/feedclient.h"
#include "client/repdesk.h"
#include "clock/clock.h"
#include "mainwindow.h"
#include "models/alertqueuemodel.h"
#include "models/queuefiltermodel.h"
#include "protocol/messages.h"
#include "rules/rules.h"
#include "scoring/scorereport.h"
#include "widgets/cacheupgradedialog.h"
#include "widgets/queueview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;
const QString kMe = QStringLiteral("alice");

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// A field of /proc/self/status in MiB (VmRSS, VmHWM).
double statusMiB(QLatin1StringView field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    // Read whole: files in /proc have no size, so atEnd() holds from the start.
    const QStringList lines = QString::fromLatin1(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(field) && line.mid(field.size()).startsWith(u':'))
            return line.mid(field.size() + 1).trimmed().section(u' ', 0, 0).toDouble() / 1024.0;
    }
    return 0;
}

QString memory()
{
    return QStringLiteral("RSS %1 MiB, peak (VmHWM) %2 MiB")
        .arg(statusMiB(QLatin1StringView("VmRSS")), 0, 'f', 0)
        .arg(statusMiB(QLatin1StringView("VmHWM")), 0, 'f', 0);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 1) + QStringLiteral(" ms");
}

qint64 percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

quint16 unusedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again: the console's connection attempts are refused
}

struct Options
{
    int leads = 100'000;
    int rate = 1000;
    double seconds = 10;
    QString store;
};

// What the bench remembers of a lead to send its next version: everything else is derived
// from its number, so that 100k leads cost the bench little memory of its own.
struct LeadSpec
{
    qint64 bornAtMs = 0;   // 0: alerted before the bench's epoch
    qint64 bumpedAtMs = 0; // when the newest of `bumps` fresh signals came
    quint8 bumps = 0;
    enum Status : quint8
    {
        AsGenerated,
        ClaimedByMe,
        Done
    } status = AsGenerated;
    bool escalated = false;
};

// Leads shaped as the feed sends them (LeadState::toJson with AlertDesk::contactCard's card).
class LeadFactory
{
public:
    LeadFactory(const Rules &rules, qint64 epochMs)
        : m_rules(rules)
        , m_epochMs(epochMs)
    {
        for (qsizetype i = 0; i < rules.signalTypes.size(); ++i) {
            if (rules.signalTypes.at(i).scope == SignalScope::Contact)
                m_contactTypes.append(int(i));
        }
    }

    QJsonObject lead(int n, const LeadSpec &spec, qint64 nowMs) const
    {
        static const char *first[] = {"Ada",   "Ben",   "Chloé", "Dmitri", "Elena", "Farid", "Grace", "Hiro",
                                      "Ines",  "Jonas", "Kofi",  "Lena",   "Mateo", "Nora",  "Omar",  "Priya",
                                      "Quinn", "Rosa",  "Sven",  "Tara",   "Umar",  "Vera",  "Wei",   "Yara"};
        static const char *last[] = {"Novak",  "Okafor",   "Schmidt",  "García", "Tanaka",
                                     "Dubois", "Kowalski", "Haddad",   "Larsen", "Moreau",
                                     "Silva",  "Fischer",  "Nakamura", "Rossi",  "Andersson",
                                     "Petrov", "Byrne",    "Costa",    "Weber",  "Iyer"};
        static const char *companies[] = {
            "Acme",   "Globex",    "Initech", "Umbrella", "Hooli",    "Vandelay", "Stark",  "Wayne",
            "Tyrell", "Cyberdyne", "Soylent", "Wonka",    "Aperture", "Massive",  "Oscorp", "Pied Piper"};
        static const char *suffixes[] = {"Inc.", "GmbH", "Ltd", "SA", "Labs", "Systems", "Group", "Cloud"};
        static const char *titles[] = {"VP Sales",
                                       "Head of RevOps",
                                       "CTO",
                                       "Engineering Manager",
                                       "Director of Marketing",
                                       "Procurement Lead",
                                       "CFO",
                                       "Product Manager",
                                       "Sales Operations Analyst",
                                       "Chief Executive Officer"};
        static const char *pages[] = {"/pricing", "/docs/api", "/customers", "/blog/speed-to-lead",
                                      "/compare"};

        QRandomGenerator rng(quint32(n) * 2654435761u + 17u);
        const auto pick = [&rng](const auto &list) {
            return QString::fromUtf8(list[rng.bounded(int(std::size(list)))]);
        };
        const QString id =
            QStringLiteral("contact:usr_%1").arg(quint32(n) * 2654435761u, 8, 16, QLatin1Char('0'));
        const QString firstName = pick(first);
        const QString lastName = pick(last);
        const QString name = firstName + u' ' + lastName;
        const QString company = pick(companies) + u' ' + pick(suffixes);
        const QString title = pick(titles);
        const QString email = firstName.toLower() + u'.' + lastName.toLower() + u'@';
        const QString domain = company.section(u' ', 0, 0).toLower() + QStringLiteral(".example");
        const qint64 alertAt =
            spec.bornAtMs > 0 ? spec.bornAtMs : m_epochMs - rng.bounded(int(3 * kDay / 1000)) * 1000LL;

        QList<QPair<int, qint64>> signalList; // type, at
        const int base = 2 + rng.bounded(4);
        for (int i = 0; i < base; ++i)
            signalList.append({m_contactTypes.at(rng.bounded(int(m_contactTypes.size()))),
                               alertAt - rng.bounded(int(7 * kDay / 1000)) * 1000LL});
        for (int i = 0; i < spec.bumps; ++i)
            signalList.append(
                {m_contactTypes.at((n + i) % m_contactTypes.size()), spec.bumpedAtMs - i * kMinute});
        std::sort(signalList.begin(), signalList.end(),
                  [](const auto &a, const auto &b) { return a.second > b.second; });

        QJsonArray signalsJson;
        double sum = 0;
        for (const auto &[type, at] : std::as_const(signalList)) {
            const SignalType &t = m_rules.signalTypes.at(type);
            const double age = double(nowMs - at) / 1000.0;
            const double value = t.valueAt(age, m_rules.rollingWindowSeconds);
            sum += value;
            signalsJson.append(QJsonObject{{QStringLiteral("type"), t.id},
                                           {QStringLiteral("label"), t.label},
                                           {QStringLiteral("at"), formatInstant(at)},
                                           {QStringLiteral("ageHours"), roundScore(age / kSecondsPerHour)},
                                           {QStringLiteral("points"), t.points},
                                           {QStringLiteral("value"), roundScore(value)},
                                           {QStringLiteral("contact"), id}});
        }
        const double score = std::min(sum, m_rules.contactCap.value_or(sum));
        const int bandIndex = m_rules.bandFor(score);
        int tier = m_rules.bands.at(bandIndex).tier;
        if (tier == 0)
            tier = std::max(3, m_rules.alert.minTier);
        const Band &band = m_rules.bands.at(std::max(0, m_rules.bandForTier(tier)));

        QJsonArray history;
        for (qsizetype i = 0; i < signalList.size() && history.size() < 6; ++i) {
            const SignalType &t = m_rules.signalTypes.at(signalList.at(i).first);
            history.append(QJsonObject{{QStringLiteral("at"), formatInstant(signalList.at(i).second)},
                                       {QStringLiteral("kind"), QStringLiteral("track")},
                                       {QStringLiteral("name"), t.label},
                                       {QStringLiteral("signal"), t.id},
                                       {QStringLiteral("label"), t.label},
                                       {QStringLiteral("value"),
                                        roundScore(t.valueAt(double(nowMs - signalList.at(i).second) / 1000.0,
                                                             m_rules.rollingWindowSeconds))}});
        }
        for (int i = 0; i < 2; ++i)
            history.append(
                QJsonObject{{QStringLiteral("at"), formatInstant(alertAt - (i + 1) * 37 * kMinute)},
                            {QStringLiteral("kind"), QStringLiteral("page")},
                            {QStringLiteral("name"), pick(pages)}});

        const QString summary = ScoreReport::summary(signalsJson);
        const QJsonObject card{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("title"), title},
            {QStringLiteral("account"), QStringLiteral("account:%1").arg(domain)},
            {QStringLiteral("accountName"), company},
            {QStringLiteral("score"), roundScore(score)},
            {QStringLiteral("rawScore"), roundScore(sum)},
            {QStringLiteral("capped"), sum > score},
            {QStringLiteral("alert"), true},
            {QStringLiteral("alertReasons"), QJsonArray{QStringLiteral("score")}},
            {QStringLiteral("band"), band.name},
            {QStringLiteral("temperature"), band.temperature},
            {QStringLiteral("tier"), tier},
            {QStringLiteral("tierReason"), QStringLiteral("score")},
            {QStringLiteral("action"), band.action},
            {QStringLiteral("sla"), QJsonObject{{QStringLiteral("claimMinutes"), band.claimSlaSeconds / 60},
                                                {QStringLiteral("callMinutes"), band.callSlaSeconds / 60},
                                                {QStringLiteral("label"), band.slaLabel}}},
            {QStringLiteral("cadence"), band.cadence.label},
            {QStringLiteral("explanation"),
             QJsonObject{
                 {QStringLiteral("signals"), signalsJson},
                 {QStringLiteral("sum"), roundScore(sum)},
                 {QStringLiteral("cap"), m_rules.contactCap ? QJsonValue(*m_rules.contactCap) : QJsonValue()},
                 {QStringLiteral("pattern"), QJsonValue()}}},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("phone"),
             QStringLiteral("+1 415 555 %1").arg(n % 10'000, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("email"), QString(email + domain)},
            {QStringLiteral("company"), company},
            {QStringLiteral("history"), history},
        };

        // Mostly open and unclaimed, a fifth claimed by this rep (others' claims are not shown).
        const bool claimed = spec.status == LeadSpec::ClaimedByMe || rng.bounded(5) == 0;
        const qint64 claimDeadline =
            band.claimSlaSeconds > 0 ? alertAt + qint64(band.claimSlaSeconds * 1000) : 0;
        const qint64 callDeadline =
            band.callSlaSeconds > 0 ? alertAt + qint64(band.callSlaSeconds * 1000) : 0;
        const qint64 firstCall = claimed && rng.bounded(2) == 0 ? alertAt + 9 * kMinute : 0;
        const bool breach = firstCall == 0 && callDeadline > 0 && callDeadline < nowMs;
        const QString status = spec.status == LeadSpec::Done ? QStringLiteral("done")
                               : claimed                     ? QStringLiteral("claimed")
                                                             : QStringLiteral("open");
        const auto instant = [](qint64 at) { return at > 0 ? QJsonValue(formatInstant(at)) : QJsonValue(); };
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("alertId"), double(n + 1)},
            {QStringLiteral("source"), QStringLiteral("website")},
            {QStringLiteral("kind"), QStringLiteral("contact")},
            {QStringLiteral("status"), status},
            {QStringLiteral("alertAt"), formatInstant(alertAt)},
            {QStringLiteral("owner"), rng.bounded(3) == 0 ? QJsonValue(kMe) : QJsonValue()},
            {QStringLiteral("claimedBy"), claimed ? QJsonValue(kMe) : QJsonValue()},
            {QStringLiteral("claimedAt"), instant(claimed ? alertAt + 2 * kMinute : 0)},
            {QStringLiteral("escalation"),
             spec.escalated ? QStringLiteral("backup") : QStringLiteral("primary")},
            {QStringLiteral("assignedTo"),
             spec.escalated ? QJsonValue(kMe) : QJsonValue(QStringLiteral("bob"))},
            {QStringLiteral("claimDeadline"), instant(claimDeadline)},
            {QStringLiteral("callDeadline"), instant(callDeadline)},
            {QStringLiteral("claimWindowSeconds"), band.claimSlaSeconds},
            {QStringLiteral("breach"), breach},
            {QStringLiteral("firstCallAt"), instant(firstCall)},
            {QStringLiteral("doneAt"), instant(spec.status == LeadSpec::Done ? nowMs : 0)},
            {QStringLiteral("tier"), tier},
            {QStringLiteral("score"), roundScore(score)},
            {QStringLiteral("card"), card},
            {QStringLiteral("segments"), QJsonObject{{QStringLiteral("region"), QStringLiteral("EMEA")}}},
        };
    }

private:
    const Rules &m_rules;
    qint64 m_epochMs;
    QList<int> m_contactTypes;
};

std::optional<Rules> hotRules()
{
    QString error;
    auto rules = Rules::load(QStringLiteral("hot"), &error);
    if (!rules)
        out() << "cannot load the hot rules: " << error << Qt::endl;
    return rules;
}

// Writes `count` leads to a new console store in batches, as the feed's snapshot would.
bool buildStore(const QString &path, int count)
{
    const auto rules = hotRules();
    if (!rules)
        return false;
    QString error;
    const auto store = ConsoleStore::open(path, &error);
    if (!store) {
        out() << error << Qt::endl;
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 epoch = QDateTime::currentMSecsSinceEpoch();
    const LeadFactory factory(*rules, epoch);
    qint64 bytes = 0; // of one lead in a thousand
    int sampled = 0;
    for (int first = 0; first < count; first += 1000) {
        QList<QPair<LeadState, qint64>> batch;
        for (int n = first; n < std::min(count, first + 1000); ++n) {
            const QJsonObject json = factory.lead(n, LeadSpec{}, epoch);
            batch.append({*protocol::leadFromJson(json), n + 1});
            if (n % 1000 == 0) {
                bytes += QJsonDocument(json).toJson(QJsonDocument::Compact).size();
                ++sampled;
            }
        }
        const qint64 lastSeq = batch.constLast().second;
        store->saveLeads(std::move(batch), lastSeq);
        if (!store->waitForWrites()) { // one batch at a time: the JSON waiting would take memory
            out() << "cannot write the leads" << Qt::endl;
            return false;
        }
    }
    store->setMeta(QStringLiteral("rep"), kMe);
    store->setMeta(QStringLiteral("role"), QStringLiteral("sdr"));
    store->setMeta(QStringLiteral("rules_json"),
                   QString::fromUtf8(rules->json)); // as the feed's hello left it
    store->setMeta(QStringLiteral("bench_epoch"), QString::number(epoch));
    store->setMeta(QStringLiteral("bench_leads"), QString::number(count));
    out() << "store: " << count << " leads (about " << bytes / std::max(1, sampled)
          << " bytes of JSON each) written in " << timer.elapsed() << " ms, batches of 1000" << Qt::endl;
    return true;
}

// A cache as the console wrote it at schema version 1 (the lead's JSON in the queue's own
// table), with `count` leads: what an upgrade finds on a rep's machine.
bool buildSchema1Store(const QString &path, int count)
{
    const auto rules = hotRules();
    if (!rules)
        return false;
    QString error;
    QElapsedTimer timer;
    timer.start();
    {
        const auto database =
            Database::open(path, Database::Migrations{ConsoleStore::migrations().constFirst()}, &error);
        if (!database) {
            out() << error << Qt::endl;
            return false;
        }
        const qint64 epoch = QDateTime::currentMSecsSinceEpoch();
        const LeadFactory factory(*rules, epoch);
        const bool ok = database->transaction([&] {
            QSqlQuery insert(database->connection());
            insert.prepare(QStringLiteral(
                "INSERT INTO leads (id, seq, name, company, title, phone, summary, owner, claimed_by, "
                "assigned_to, status, escalation, tier, score, alert_at, claim_deadline, call_deadline, "
                "first_call_at, breach, signals, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, "
                "?, ?, ?, ?, ?)"));
            for (int n = 0; n < count; ++n) {
                const QJsonObject json = factory.lead(n, LeadSpec{}, epoch);
                const LeadState lead = *protocol::leadFromJson(json);
                for (const QVariant &value :
                     QVariantList{lead.id,
                                  n + 1,
                                  lead.card.name,
                                  lead.card.company,
                                  lead.card.title,
                                  lead.card.phone,
                                  lead.card.summary,
                                  lead.owner,
                                  lead.claimedBy,
                                  lead.assignedTo,
                                  int(lead.status),
                                  lead.escalation,
                                  lead.tier,
                                  lead.score,
                                  lead.alertAtMs,
                                  lead.claimDeadlineMs,
                                  lead.callDeadlineMs,
                                  lead.firstCallAtMs,
                                  0,
                                  QStringLiteral(""),
                                  QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))})
                    insert.addBindValue(value);
                if (!insert.exec())
                    return false;
            }
            QSqlQuery meta(database->connection());
            return meta.exec(
                QStringLiteral("INSERT INTO meta (name, value) VALUES ('last_seq', '%1')").arg(count));
        });
        if (!ok) {
            out() << "cannot write the schema-1 cache" << Qt::endl;
            return false;
        }
        QSqlQuery(database->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    out() << "schema-1 store: " << count << " leads written in " << timer.elapsed() << " ms, "
          << QFileInfo(path).size() / (1024 * 1024) << " MiB" << Qt::endl;
    return true;
}

qint64 freePages(const QString &path)
{
    qint64 pages = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-probe"));
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("PRAGMA freelist_count")) && query.next())
            pages = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-probe"));
    return pages;
}

// The one-time migration of an old cache at start, as the console runs it: the progress
// dialog on this thread, the migration and the reclaim on a worker. How long it takes, how
// often the bar moves, the longest the event loop went without a turn, and the file's size.
int runMigration(const QString &path)
{
    out() << "migration process: " << QCoreApplication::applicationPid() << ", load average " << loadAverage()
          << Qt::endl;
    const qint64 sizeBefore = QFileInfo(path).size();
    out() << "  before: " << sizeBefore / (1024 * 1024) << " MiB, pending migrations "
          << ConsoleStore::pendingMigrations(path) << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    qint64 lastTickNs = 0;
    qint64 longestGapNs = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    CacheUpgradeDialog dialog;
    QStringList steps; // when the bar reached each value
    int shown = -1;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = timer.nsecsElapsed();
        longestGapNs = std::max(longestGapNs, now - lastTickNs);
        lastTickNs = now;
        if (dialog.value() != shown && dialog.value() > 0) {
            shown = dialog.value();
            steps.append(
                QStringLiteral("%1/%2 at %3 ms").arg(shown).arg(dialog.maximum()).arg(now / 1'000'000));
        }
    });
    ticker.start();
    QString error;
    const bool ok = dialog.upgrade(path, &error) == CacheUpgradeDialog::Result::Upgraded;
    const qint64 tookNs = timer.nsecsElapsed();
    ticker.stop();
    if (!ok) {
        out() << "  migration failed: " << error << Qt::endl;
        return 1;
    }
    const qint64 sizeAfter = QFileInfo(path).size();
    out() << "  migrated and reclaimed in " << ms(tookNs) << "; the bar moved " << dialog.reports()
          << " times (to " << dialog.value() << " of " << dialog.maximum() << "); longest event-loop gap "
          << ms(longestGapNs) << Qt::endl;
    out() << "  the bar: " << steps.join(QStringLiteral(", ")) << Qt::endl;
    out() << "  after: " << sizeAfter / (1024 * 1024) << " MiB, free pages " << freePages(path) << Qt::endl;
    QElapsedTimer opening;
    opening.start();
    const auto store = ConsoleStore::open(path, &error);
    if (!store) {
        out() << error << Qt::endl;
        return 1;
    }
    out() << "  then ConsoleStore::open " << ms(opening.nsecsElapsed()) << ", "
          << store->loadQueue(nullptr).size() << " leads" << Qt::endl;
    return 0;
}

// Notices the first paint of the queue with rows in it, and ends a wait once it is done.
class PaintProbe final : public QObject
{
public:
    PaintProbe(QWidget *viewport, const QAbstractItemModel *rows, QEventLoop *loop)
        : m_rows(rows)
        , m_loop(loop)
    {
        viewport->installEventFilter(this);
    }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted && m_rows->rowCount() > 0) {
            m_painted = true;
            // Quits once this paint has finished.
            QTimer::singleShot(0, m_loop, &QEventLoop::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QAbstractItemModel *m_rows;
    QEventLoop *m_loop;
    bool m_painted = false;
};

// The console on a cached store: cold start, then a stream of updates.
int runConsole(const Options &options, const QElapsedTimer &sinceMain)
{
    const auto rules = hotRules();
    if (!rules)
        return 1;
    const double rssBefore = statusMiB(QLatin1StringView("VmRSS"));
    out() << "console process: " << QCoreApplication::applicationPid() << ", load average " << loadAverage()
          << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto store = ConsoleStore::open(options.store, &error);
    if (!store) {
        out() << error << Qt::endl;
        return 1;
    }
    const qint64 openedNs = timer.nsecsElapsed();
    SystemClock clock;
    FeedClient client(clock);
    client.setServer(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/feed").arg(unusedPort())),
                     QStringLiteral("bench"));
    RepDesk desk(*store, client, clock);
    qint64 loadedNs = 0;
    // Connected before the window's models, so these run first: once the cache is loaded, and
    // at each flush once the store has the batch, before the models hear of the changes.
    QObject::connect(&desk, &RepDesk::leadsReset, &desk, [&] { loadedNs = timer.nsecsElapsed(); });
    QElapsedTimer run; // the update run's clock
    qint64 lastBeat = 0;
    qint64 announceStart = 0;
    QObject::connect(&desk, &RepDesk::leadsChanged, &desk, [&] {
        if (run.isValid())
            announceStart = run.nsecsElapsed();
    });
    QSettings settings(QFileInfo(options.store).dir().filePath(QStringLiteral("console.ini")),
                       QSettings::IniFormat);
    MainWindow window(desk, client, clock, settings);
    const qint64 windowNs = timer.nsecsElapsed();
    desk.start();
    const qint64 startedNs = timer.nsecsElapsed();
    QEventLoop waitForPaint;
    const PaintProbe probe(window.queueView()->viewport(), window.queueProxy(), &waitForPaint);
    window.show();
    QTimer::singleShot(60'000, &waitForPaint, &QEventLoop::quit);
    waitForPaint.exec();
    const qint64 paintedNs = timer.nsecsElapsed();
    if (!probe.painted()) {
        out() << "the queue was not painted within 60 s" << Qt::endl;
        return 1;
    }
    const int rows = window.queueProxy()->rowCount();
    out() << "(a) cold start, " << desk.leads().size() << " leads in the desk, " << rows
          << " rows in the queue:" << Qt::endl;
    out() << "  open store to queue painted: " << ms(paintedNs)
          << " (process start to painted: " << ms(sinceMain.nsecsElapsed()) << ")" << Qt::endl;
    out() << "    ConsoleStore::open " << ms(openedNs) << ", window built " << ms(windowNs - openedNs)
          << ", loadQueue + desk " << ms(loadedNs - windowNs) << ", model reset + proxy sorts "
          << ms(startedNs - loadedNs) << ", show + first paint " << ms(paintedNs - startedNs) << Qt::endl;
    out() << "  memory after start: " << memory() << " (" << QString::number(rssBefore, 'f', 0)
          << " MiB before opening the store)" << Qt::endl;

    // (b) updates through the desk's batch entry point, as the feed delivers them.
    const LeadFactory factory(*rules, store->meta(QStringLiteral("bench_epoch")).toLongLong());
    const int generated = store->meta(QStringLiteral("bench_leads")).toInt();
    std::vector<LeadSpec> specs(static_cast<size_t>(generated));
    std::vector<int> live(static_cast<size_t>(generated));
    for (int n = 0; n < generated; ++n)
        live[size_t(n)] = n;
    QRandomGenerator rng(7);
    qint64 seq = store->lastSeq();
    int bumps = 0, claims = 0, added = 0, done = 0;

    std::vector<qint64> gaps;
    gaps.reserve(size_t(options.seconds * 1000 * 1.2) + 100);
    std::vector<std::pair<qint64, qint64>> worst; // gap, when
    std::vector<qint64> tickCosts, applyCosts, saveCosts, announceCosts;
    qint64 rescoreCost = 0;
    qint64 sent = 0;
    int changedIds = 0;
    int largestFlush = 0;

    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        const qint64 now = run.nsecsElapsed();
        const qint64 gap = now - lastBeat;
        lastBeat = now;
        gaps.push_back(gap);
        worst.emplace_back(gap, now - gap);
        if (worst.size() > 64) {
            std::sort(worst.begin(), worst.end(), std::greater<>());
            worst.resize(8);
        }
    });
    // Connected last: the models, proxies and window have handled the flush's changes.
    QObject::connect(&desk, &RepDesk::leadsChanged, &desk, [&](const LeadBatch &batch) {
        // The flush began after the last beat: handing the batch to the store (its writer
        // thread writes it) is most of that time.
        saveCosts.push_back(announceStart - lastBeat);
        announceCosts.push_back(run.nsecsElapsed() - announceStart);
        changedIds += int(batch.size());
        largestFlush = std::max(largestFlush, int(batch.size()));
    });
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(10);
    QObject::connect(&feeder, &QTimer::timeout, &feeder, [&] {
        const qint64 start = run.nsecsElapsed();
        // Catch up after a stall: the feed keeps sending while the console is busy.
        const qint64 due = qint64(double(start) / 1e9 * options.rate) - sent;
        const qint64 now = clock.nowMs();
        QList<QPair<QJsonObject, qint64>> batch;
        for (qint64 i = 0; i < due; ++i) {
            const int roll = rng.bounded(100);
            int n = 0;
            if (roll < 10 || live.empty()) { // a new alert
                n = int(specs.size());
                specs.push_back(LeadSpec{now, 0, 0, LeadSpec::AsGenerated, false});
                live.push_back(n);
                ++added;
            } else {
                const size_t at = size_t(rng.bounded(int(live.size())));
                n = live[at];
                LeadSpec &spec = specs[size_t(n)];
                if (roll < 80) { // a fresh signal: score, summary and maybe tier change
                    spec.bumps = quint8(std::min(spec.bumps + 1, 12));
                    spec.bumpedAtMs = now;
                    ++bumps;
                } else if (roll < 90) { // claimed, or escalated to this rep
                    if (spec.status == LeadSpec::AsGenerated)
                        spec.status = LeadSpec::ClaimedByMe;
                    else
                        spec.escalated = true;
                    ++claims;
                } else { // worked: leaves the queue
                    spec.status = LeadSpec::Done;
                    live[at] = live.back();
                    live.pop_back();
                    ++done;
                }
            }
            batch.append({factory.lead(n, specs[size_t(n)], now), ++seq});
        }
        sent += due;
        const qint64 built = run.nsecsElapsed();
        // What the feed client does with each lead message, then what the desk does.
        QList<QPair<LeadState, qint64>> decoded;
        decoded.reserve(batch.size());
        for (const auto &[json, leadSeq] : std::as_const(batch))
            decoded.append({*protocol::leadFromJson(json), leadSeq});
        desk.applyLeads(decoded);
        const qint64 end = run.nsecsElapsed();
        tickCosts.push_back(end - start);
        applyCosts.push_back(end - built);
    });
    // The desk rescores every lead every 15 s; a 10 s run would miss it, so do it once here.
    // It goes in slices; measured: the first slice (in the call) and the whole pass.
    qint64 rescorePass = 0;
    QElapsedTimer rescoreClock;
    QTimer rescoreWatch;
    rescoreWatch.setInterval(1);
    QObject::connect(&rescoreWatch, &QTimer::timeout, &desk, [&] {
        if (!desk.isRescoring()) {
            rescorePass = rescoreClock.nsecsElapsed();
            rescoreWatch.stop();
        }
    });
    QTimer::singleShot(int(options.seconds * 500), &desk, [&] {
        rescoreClock.start();
        desk.rescore();
        rescoreCost = rescoreClock.nsecsElapsed();
        rescoreWatch.start();
    });
    QEventLoop loop;
    QTimer::singleShot(int(options.seconds * 1000), &loop, &QEventLoop::quit);
    const QString loadBefore = loadAverage();
    run.start();
    heartbeat.start();
    feeder.start();
    loop.exec();
    heartbeat.stop();
    feeder.stop();
    const double wall = double(run.nsecsElapsed()) / 1e9;

    std::vector<qint64> stalls;
    stalls.reserve(gaps.size());
    for (const qint64 gap : gaps)
        stalls.push_back(std::max<qint64>(0, gap - 1'000'000));
    std::sort(worst.begin(), worst.end(), std::greater<>());
    worst.resize(std::min<size_t>(worst.size(), 5));
    QStringList worstText;
    for (const auto &[gap, when] : worst)
        worstText.append(
            QStringLiteral("%1 at %2 s").arg(ms(gap - 1'000'000)).arg(double(when) / 1e9, 0, 'f', 2));
    const qint64 over16 =
        std::count_if(stalls.cbegin(), stalls.cend(), [](qint64 s) { return s > 16'000'000; });

    out() << "(b) " << sent << " updates in " << QString::number(wall, 'f', 1) << " s ("
          << QString::number(double(sent) / wall, 'f', 0) << "/s: " << bumps << " new signals, " << claims
          << " claims or escalations, " << added << " new alerts, " << done << " done), load average before "
          << loadBefore << ", after " << loadAverage() << Qt::endl;
    out() << "  event-loop stall (1 ms heartbeat, gap - 1 ms) over " << gaps.size() << " beats: p50 "
          << ms(percentile(stalls, 0.5)) << ", p99 " << ms(percentile(stalls, 0.99)) << ", p99.9 "
          << ms(percentile(stalls, 0.999)) << ", max " << ms(percentile(stalls, 1.0)) << "; " << over16
          << " stalls over 16 ms" << Qt::endl;
    out() << "  worst: " << worstText.join(QStringLiteral(", ")) << Qt::endl;
    out() << "  feeder tick (build JSON + applyLeads): p50 " << ms(percentile(tickCosts, 0.5)) << ", max "
          << ms(percentile(tickCosts, 1.0)) << "; applyLeads alone p50 " << ms(percentile(applyCosts, 0.5))
          << ", max " << ms(percentile(applyCosts, 1.0)) << Qt::endl;
    out() << "  flushes: " << announceCosts.size() << ", " << changedIds << " ids announced (at most "
          << largestFlush << " at once); store write p50 " << ms(percentile(saveCosts, 0.5)) << ", max "
          << ms(percentile(saveCosts, 1.0)) << "; leadsChanged handled (models, proxies, window) p50 "
          << ms(percentile(announceCosts, 0.5)) << ", max " << ms(percentile(announceCosts, 1.0)) << Qt::endl;
    out() << "  RepDesk::rescore() of every lead at " << QString::number(options.seconds / 2, 'f', 1)
          << " s: first slice " << ms(rescoreCost) << ", whole pass " << ms(rescorePass) << " ("
          << RepDesk::kRescoreSlice << " leads an event-loop turn)" << Qt::endl;
    out() << "  memory after: " << memory() << Qt::endl;

    // Once the last batch is announced, the queue must show what the desk holds, in order.
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();
    QList<QueueLead> expected;
    for (const QueueLead &lead : desk.leads()) {
        if (queueAccepts(lead, QueueScope::All, desk.me(), {}))
            expected.append(lead);
    }
    std::sort(expected.begin(), expected.end(), queueLessThan);
    const QAbstractItemModel *queue = window.queueProxy();
    int wrong = queue->rowCount() == expected.size()
                    ? -1
                    : int(std::min(qsizetype(queue->rowCount()), expected.size()));
    for (int row = 0; wrong < 0 && row < queue->rowCount(); ++row) {
        if (queue->index(row, 0).data(AlertQueueModel::LeadIdRole).toString() != expected.at(row).id)
            wrong = row;
    }
    out() << "  queue after the run: " << queue->rowCount() << " rows, "
          << (wrong < 0 ? QStringLiteral("in the desk's order")
                        : QStringLiteral("WRONG from row %1").arg(wrong))
          << Qt::endl;
    return wrong < 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Console benchmark: cold start on a cache of many leads, and event-loop stalls "
                       "while lead updates stream in. Runs the console in a child process."));
    parser.addHelpOption();
    const QCommandLineOption leads(QStringLiteral("leads"), QStringLiteral("Cached leads (default 100000)."),
                                   QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  QStringLiteral("Updates per second (default 1000)."), QStringLiteral("N"),
                                  QStringLiteral("1000"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Update run length (default 10)."), QStringLiteral("S"),
                                     QStringLiteral("10"));
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QStringLiteral(
            "Keep the generated store here and reuse it when it exists (each run works on a copy)."),
        QStringLiteral("PATH"));
    const QCommandLineOption child(QStringLiteral("console"),
                                   QStringLiteral("Internal: run the console on PATH."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption migration(
        QStringLiteral("migration"),
        QStringLiteral(
            "Instead: time the one-time migration of a schema-1 cache of --leads leads at start."));
    parser.addOptions({leads, rate, seconds, storeOption, child, migration});
    parser.process(app);
    Options options;
    options.leads = std::clamp(parser.value(leads).toInt(), 1, 10'000'000);
    options.rate = std::max(1, parser.value(rate).toInt());
    options.seconds = std::clamp(parser.value(seconds).toDouble(), 0.1, 600.0);

    if (parser.isSet(child)) {
        options.store = parser.value(child);
        return runConsole(options, sinceMain);
    }
    if (parser.isSet(migration)) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old-cache.db"));
        if (!buildSchema1Store(path, options.leads))
            return 1;
        return runMigration(path);
    }

    QTemporaryDir dir;
    QString templatePath = parser.value(storeOption);
    if (templatePath.isEmpty())
        templatePath = dir.filePath(QStringLiteral("template.db"));
    if (QFile::exists(templatePath)) {
        out() << "store: reusing " << templatePath << Qt::endl;
    } else if (!buildStore(templatePath, options.leads)) {
        return 1;
    }
    // The console writes to its store: give it a copy, in a fresh process (cold start).
    const QString copy = dir.filePath(QStringLiteral("console.db"));
    if (!QFile::copy(templatePath, copy)) {
        out() << "cannot copy " << templatePath << Qt::endl;
        return 1;
    }
    QProcess console;
    console.setProcessChannelMode(QProcess::ForwardedChannels);
    console.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--console"), copy, QStringLiteral("--rate"), QString::number(options.rate),
                   QStringLiteral("--seconds"), QString::number(options.seconds)});
    if (!console.waitForStarted() || !console.waitForFinished(-1)) {
        out() << "the console process failed: " << console.errorString() << Qt::endl;
        return 1;
    }
    return console.exitStatus() == QProcess::NormalExit ? console.exitCode() : 1;
}
