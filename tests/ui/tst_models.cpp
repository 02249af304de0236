#include "client/consolestore.h"
#include "client/feedclient.h"
#include "client/repdesk.h"
#include "clock/clock.h"
#include "models/alertqueuemodel.h"
#include "models/ledgermodel.h"
#include "models/managerfiltermodel.h"
#include "models/queuefiltermodel.h"
#include "models/syncsmodel.h"
#include "models/tasklistmodel.h"
#include "models/teammodel.h"
#include "protocol/messages.h"
#include "routing/leadrules.h"
#include "routing/leadstate.h"
#include "scoring/scorereport.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QFont>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

namespace {

const qint64 kNow = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kTimeout = 5'000;

// One lead as the feed sends it, built through the server's own LeadState::toJson.
struct LeadSpec
{
    QString id;
    QString name;
    QString company;
    int tier = 2;
    double score = 30;
    QString summary;
    QStringList signalItems; // "type@hoursAgo"
    LeadState::Status status = LeadState::Status::Open;
    QString claimedBy;
    QString assignedTo;
    int escalation = LeadState::Primary;
    qint64 claimDeadlineMs = 0;
    qint64 callDeadlineMs = 0;
    bool breach = false;

    // The lead as the feed sends it, read as the console reads it.
    LeadState state() const
    {
        LeadState s;
        s.id = id;
        s.status = status;
        s.alertAtMs = kNow - 10 * kMinute;
        s.claimedBy = claimedBy;
        s.owner = claimedBy;
        s.assignedTo = assignedTo;
        s.escalation = escalation;
        s.claimDeadlineMs = claimDeadlineMs;
        s.callDeadlineMs = callDeadlineMs;
        s.breach = breach;
        s.tier = tier;
        s.score = score;
        QJsonArray signalsJson;
        for (const QString &item : signalItems) {
            const QStringList parts = item.split(u'@');
            signalsJson.append(QJsonObject{
                {QStringLiteral("type"), parts.at(0)},
                {QStringLiteral("at"), formatInstant(kNow - qint64(parts.at(1).toDouble() * double(kHour)))},
                {QStringLiteral("points"), 0}});
        }
        s.card = LeadCard::fromJson(QJsonObject{
            {QStringLiteral("id"), leadSubject(id)},
            {QStringLiteral("name"), name},
            {QStringLiteral("company"), company},
            {QStringLiteral("title"), QStringLiteral("VP Sales")},
            {QStringLiteral("phone"), QStringLiteral("+1 555 0100")},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("explanation"), QJsonObject{{QStringLiteral("signals"), signalsJson}}}});
        return *protocol::leadFromJson(protocol::leadToJson(s));
    }
};

LeadSpec spec(const QString &id, const QString &name, const QString &company, int tier, double score,
              const QString &summary)
{
    LeadSpec lead;
    lead.id = id;
    lead.name = name;
    lead.company = company;
    lead.tier = tier;
    lead.score = score;
    lead.summary = summary;
    return lead;
}

// The fixed queue the dump is about: every owner state and SLA kind, a lead whose score has
// decayed since the server scored it, and leads this rep may not see.
QList<LeadSpec> fixedLeads()
{
    QList<LeadSpec> leads;
    LeadSpec ann = spec(QStringLiteral("contact:ann"), QStringLiteral("Ann Lee"), QStringLiteral("Acme"), 1,
                        95, QStringLiteral("Demo request + Contact sales"));
    ann.signalItems = {QStringLiteral("demo_request@1"), QStringLiteral("contact_sales@1"),
                       QStringLiteral("pricing_page_visit@2"), QStringLiteral("case_study_download@3")};
    ann.claimDeadlineMs = kNow + 4 * kMinute;
    ann.callDeadlineMs = kNow + 14 * kMinute;
    leads.append(ann);

    LeadSpec bo = spec(QStringLiteral("contact:bo"), QStringLiteral("Bo Chen"), QStringLiteral("Globex"), 3,
                       25, QStringLiteral("Pricing page visit"));
    bo.signalItems = {QStringLiteral("pricing_page_visit@168")}; // 80 % of 25 a week later
    bo.callDeadlineMs = kNow + 23 * kHour;
    leads.append(bo);

    LeadSpec cy = spec(QStringLiteral("contact:cy"), QStringLiteral("Cy Diaz"), QStringLiteral("Initech"), 2,
                       60, QStringLiteral("Demo request + 2× Pricing page visit"));
    cy.status = LeadState::Status::Claimed;
    cy.claimedBy = QStringLiteral("you");
    cy.callDeadlineMs = kNow + 45 * kMinute;
    leads.append(cy);

    LeadSpec di = spec(QStringLiteral("contact:di"), QStringLiteral("Di Fox"), QStringLiteral("Hooli"), 1, 80,
                       QStringLiteral("Free trial start"));
    di.escalation = LeadState::Backup;
    di.assignedTo = QStringLiteral("you");
    di.claimDeadlineMs = kNow + 90'000;
    leads.append(di);

    LeadSpec acme = spec(QStringLiteral("account:acme"), QStringLiteral("Acme"), QStringLiteral("Acme"), 1,
                         300, QStringLiteral("2 engaged contacts"));
    acme.claimDeadlineMs = kNow + 5 * kMinute;
    leads.append(acme);

    LeadSpec ed = spec(QStringLiteral("contact:ed"), QStringLiteral("Ed Gray"), QStringLiteral("Umbrella"), 3,
                       45, QStringLiteral("Webinar attendance"));
    ed.escalation = LeadState::ManagerQueue;
    ed.callDeadlineMs = kNow - 10 * kMinute;
    ed.breach = true;
    leads.append(ed);

    LeadSpec fay = spec(QStringLiteral("contact:fay"), QStringLiteral("Fay Hu"), QStringLiteral("Acme"), 1,
                        90, QStringLiteral("Demo request"));
    fay.status = LeadState::Status::Claimed;
    fay.claimedBy = QStringLiteral("Priya"); // a colleague's: not in this rep's queue
    leads.append(fay);

    LeadSpec gus = spec(QStringLiteral("contact:gus"), QStringLiteral("Gus Ito"), QStringLiteral("Stark"), 2,
                        70, QStringLiteral("Demo request"));
    gus.status = LeadState::Status::Done;
    gus.claimedBy = QStringLiteral("you");
    leads.append(gus);
    return leads;
}

// A message as the feed would send it, decoded as the console decodes it.
template<typename Message>
Message serverMessage(const QJsonObject &json)
{
    return std::get<Message>(*protocol::decodeServerMessage(QJsonDocument(json).toJson(), nullptr));
}

QList<protocol::TeamMember> teamOf(const QJsonArray &members)
{
    QList<protocol::TeamMember> out;
    for (const QJsonValue &v : members)
        out.append(protocol::TeamMember::fromJson(v.toObject()));
    return out;
}

QList<LeadState> toArray(const QList<LeadSpec> &leads)
{
    QList<LeadState> out;
    for (const LeadSpec &lead : leads)
        out.append(lead.state());
    return out;
}

LeadSpec find(const QString &id)
{
    const QList<LeadSpec> leads = fixedLeads();
    return *std::find_if(leads.cbegin(), leads.cend(), [&id](const LeadSpec &l) { return l.id == id; });
}

// A printModel() in the manner of hotspot's tests: header and rows of the chosen columns.
QString dump(const QAbstractItemModel &model, const QList<int> &columns)
{
    QStringList lines;
    QStringList header;
    for (int column : columns)
        header.append(model.headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(QStringLiteral(" | ")));
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column : columns)
            cells.append(model.index(row, column).data().toString());
        lines.append(cells.join(QStringLiteral(" | ")));
    }
    return lines.join(u'\n') + u'\n';
}

// The wiring the window makes: the desk's values pushed into the models.
void feed(RepDesk &desk, AlertQueueModel &queue)
{
    queue.reset(desk.leads());
    QObject::connect(&desk, &RepDesk::leadsReset, &queue, &AlertQueueModel::reset);
    QObject::connect(&desk, &RepDesk::leadsChanged, &queue, &AlertQueueModel::apply);
}

void feed(RepDesk &desk, TaskListModel &tasks)
{
    tasks.setTasks(desk.tasks());
    QObject::connect(&desk, &RepDesk::tasksChanged, &tasks, &TaskListModel::setTasks);
}

void feed(RepDesk &desk, TeamModel &team)
{
    const auto load = [&desk, &team] {
        if (desk.isManager())
            team.setLoad(claimedLoad(desk.leads()));
    };
    team.setTeam(desk.team());
    QObject::connect(&desk, &RepDesk::teamChanged, &team,
                     [&team, load](const QList<protocol::TeamMember> &members) {
                         team.setTeam(members);
                         load();
                     });
    QObject::connect(&desk, &RepDesk::leadsReset, &team, load);
    QObject::connect(&desk, &RepDesk::leadsChanged, &team, load);
    load();
}

QStringList idsOf(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(AlertQueueModel::LeadIdRole).toString());
    return ids;
}

} // namespace

class TestModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void dumpOfAFixedQueue();
    void liveChangesInBatches();
    void aBatchOfWholeValues();
    void filteredByScopeAndSearch();
    void localDecayResorts();
    void rescoreGoesInSlices();
    void theDesksOwnTimerRescores();
    void tiesKeepArrivalOrder();
    void tasksFromTheCadence();
    void managerViewModels();
    void aHeldQueueKeepsItsRows();
    void syncsModelRows_data();
    void syncsModelRows();
    void ledgerModelRows();

private:
    // The feed's messages, delivered by the FeedClient as it does from its socket.
    void hello();
    void snapshot(const QList<LeadSpec> &leads, qint64 seq);
    void update(const LeadSpec &lead, qint64 seq);
    bool waitForBatch();
    // What the proxy should show: the desk's leads it accepts, in the queue's order.
    QStringList expectedOrder(QueueScope scope = QueueScope::All, const QString &search = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ConsoleStore> m_store;
    std::unique_ptr<FeedClient> m_client;
    std::unique_ptr<RepDesk> m_desk;
    std::unique_ptr<AlertQueueModel> m_queue;
    std::unique_ptr<QueueFilterModel> m_proxy;
    std::unique_ptr<TaskListModel> m_tasks;
    std::unique_ptr<QSignalSpy> m_batches;
};

void TestModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(kNow);
    QString error;
    m_store = ConsoleStore::open(m_dir->filePath(QStringLiteral("console.db")), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_client = std::make_unique<FeedClient>(*m_clock);
    m_desk = std::make_unique<RepDesk>(*m_store, *m_client, *m_clock);
    m_queue = std::make_unique<AlertQueueModel>();
    feed(*m_desk, *m_queue);
    m_proxy = std::make_unique<QueueFilterModel>();
    m_proxy->setSourceQueue(m_queue.get());
    m_tasks = std::make_unique<TaskListModel>();
    feed(*m_desk, *m_tasks);
    // Every change below is checked by a tester per model, owned by its model.
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_queue.get()), static_cast<QAbstractItemModel *>(m_proxy.get()),
          static_cast<QAbstractItemModel *>(m_tasks.get())})
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    m_batches = std::make_unique<QSignalSpy>(m_desk.get(), &RepDesk::leadsChanged);
    m_queue->setNow(kNow);
    m_tasks->setNow(kNow);
    hello();
    m_proxy->setMe(m_desk->me());
}

void TestModels::cleanup()
{
    m_batches.reset();
    m_tasks.reset();
    m_proxy.reset();
    m_queue.reset();
    m_desk.reset();
    m_client.reset();
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestModels::managerViewModels()
{
    // The manager's list (unclaimed and breached, oldest first) and the team table, each under
    // its own tester, through a snapshot, live changes and availability updates.
    ManagerFilterModel attention;
    attention.setSourceQueue(m_queue.get());
    new QAbstractItemModelTester(&attention, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &attention);
    TeamModel team;
    feed(*m_desk, team);
    new QAbstractItemModelTester(&team, QAbstractItemModelTester::FailureReportingMode::QtTest, &team);

    const auto spec = [](const char *id, const char *name, const char *company) {
        LeadSpec lead;
        lead.id = QLatin1StringView(id);
        lead.name = QLatin1StringView(name);
        lead.company = QLatin1StringView(company);
        return lead;
    };
    LeadSpec open = spec("contact:op", "Ola Open", "Acme");
    LeadSpec taken = spec("contact:tk", "Tia Taken", "Globex");
    taken.status = LeadState::Status::Claimed;
    taken.claimedBy = QStringLiteral("priya");
    LeadSpec breached = spec("contact:br", "Ben Breach", "Initech");
    breached.status = LeadState::Status::Claimed;
    breached.claimedBy = QStringLiteral("priya");
    breached.breach = true;
    const QJsonArray members{QJsonObject{{QStringLiteral("name"), QStringLiteral("priya")},
                                         {QStringLiteral("role"), QStringLiteral("sdr")},
                                         {QStringLiteral("availability"), QStringLiteral("available")}},
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("you")},
                                         {QStringLiteral("role"), QStringLiteral("sdr")},
                                         {QStringLiteral("availability"), QStringLiteral("away")}}};
    // A manager's console: it holds every lead, claimed ones included.
    QFile rules(QStringLiteral(":/rules/hot.json"));
    QVERIFY(rules.open(QIODevice::ReadOnly));
    Q_EMIT m_client->hello(serverMessage<protocol::Hello>(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                    {QStringLiteral("rep"), QStringLiteral("dana")},
                    {QStringLiteral("role"), QStringLiteral("manager")},
                    {QStringLiteral("rulesJson"), QString::fromUtf8(rules.readAll())}}));
    QVERIFY(m_desk->isManager());
    m_client->setLastSeq(10);
    Q_EMIT m_client->snapshot(toArray({open, taken, breached}), teamOf(members), 10);

    const auto shown = [&attention] {
        QStringList ids;
        for (int row = 0; row < attention.rowCount(); ++row)
            ids.append(attention.index(row, 0).data(AlertQueueModel::LeadIdRole).toString());
        return ids;
    };
    // Same alert time: oldest first falls back to the id.
    QCOMPARE(shown(), (QStringList{QStringLiteral("contact:br"), QStringLiteral("contact:op")}));
    QCOMPARE(team.rowCount(), 2);
    QCOMPARE(team.index(0, TeamModel::NameColumn).data().toString(), QStringLiteral("priya"));
    QCOMPARE(team.index(0, TeamModel::LoadColumn).data().toInt(), 2);
    QCOMPARE(team.index(1, TeamModel::AvailabilityColumn).data().toString(), QStringLiteral("away"));

    // Claimed, the open lead leaves the manager's list; priya's load grows.
    LeadSpec claimed = open;
    claimed.status = LeadState::Status::Claimed;
    claimed.claimedBy = QStringLiteral("you");
    update(claimed, 11);
    QVERIFY(waitForBatch());
    QCOMPARE(shown(), QStringList{QStringLiteral("contact:br")});
    QCOMPARE(team.index(1, TeamModel::LoadColumn).data().toInt(), 1);

    // Availability changes arrive as rep messages.
    Q_EMIT m_client->repChanged(protocol::TeamMember::fromJson(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("you")},
                    {QStringLiteral("availability"), QStringLiteral("available")}}));
    QCOMPARE(team.index(1, TeamModel::AvailabilityColumn).data().toString(), QStringLiteral("available"));

    // Detached (a rep's console), the list is empty and costs nothing.
    attention.setSourceQueue(nullptr);
    QCOMPARE(attention.rowCount(), 0);
}

void TestModels::hello()
{
    // The feed hands the console its rules, so that scores decay here as they do there.
    QFile rules(QStringLiteral(":/rules/hot.json"));
    QVERIFY(rules.open(QIODevice::ReadOnly));
    Q_EMIT m_client->hello(serverMessage<protocol::Hello>(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                    {QStringLiteral("rep"), QStringLiteral("you")},
                    {QStringLiteral("role"), QStringLiteral("sdr")},
                    {QStringLiteral("rules"), QStringLiteral("hot")},
                    {QStringLiteral("rulesJson"), QString::fromUtf8(rules.readAll())}}));
    QVERIFY(m_desk->rules());
}

void TestModels::snapshot(const QList<LeadSpec> &leads, qint64 seq)
{
    m_client->setLastSeq(seq);
    Q_EMIT m_client->snapshot(toArray(leads), {}, seq);
}

void TestModels::update(const LeadSpec &lead, qint64 seq)
{
    m_client->setLastSeq(seq);
    Q_EMIT m_client->leadChanged(lead.state(), seq);
}

bool TestModels::waitForBatch()
{
    const qsizetype before = m_batches->size();
    return QTest::qWaitFor([&] { return m_batches->size() > before; }, kTimeout);
}

QStringList TestModels::expectedOrder(QueueScope scope, const QString &search) const
{
    QList<QueueLead> accepted;
    for (const QueueLead &lead : m_desk->leads()) {
        if (queueAccepts(lead, scope, m_desk->me(), search))
            accepted.append(lead);
    }
    std::sort(accepted.begin(), accepted.end(), queueLessThan);
    QStringList ids;
    for (const QueueLead &lead : std::as_const(accepted))
        ids.append(lead.id);
    return ids;
}

void TestModels::dumpOfAFixedQueue()
{
    QSignalSpy resets(m_queue.get(), &QAbstractItemModel::modelReset);
    snapshot(fixedLeads(), 10);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_queue->rowCount(), 6); // not the colleague's, not the worked one
    QCOMPARE(m_proxy->rowCount(), 6);
    // The local cache holds the whole snapshot, leads without live signals included.
    QCOMPARE(m_store->loadQueue(m_desk->rules()).size(), 8);
    QCOMPARE(m_store->lastSeq(), 10);
    const QString expected = QStringLiteral(
        "Tier | Name | Company | Score | Signals | Owner | SLA\n"
        "Tier 1 | Ann Lee | Acme | 95 | Demo request + Contact sales | unclaimed | 4:00\n"
        "Tier 1 | Di Fox | Hooli | 80 | Free trial start | unclaimed → you | 1:30\n"
        "Tier 1 | Acme | Account | 300 acct. | 2 engaged contacts | unclaimed | 5:00\n"
        "Tier 2 | Cy Diaz | Initech | 60 | Demo request + 2× Pricing page visit | you | 45:00\n"
        "Tier 3 | Ed Gray | Umbrella | 45 | Webinar attendance | manager queue | SLA breached\n"
        "Tier 3 | Bo Chen | Globex | 20 | Pricing page visit | unclaimed | 23h 00m\n");
    const QList<int> columns = {AlertQueueModel::TierColumn,    AlertQueueModel::NameColumn,
                                AlertQueueModel::CompanyColumn, AlertQueueModel::ScoreColumn,
                                AlertQueueModel::SignalsColumn, AlertQueueModel::OwnerColumn,
                                AlertQueueModel::SlaColumn};
    if (dump(*m_proxy, columns) != expected)
        qWarning().noquote() << dump(*m_proxy, columns);
    QCOMPARE(dump(*m_proxy, columns), expected);
    QCOMPARE(idsOf(*m_proxy), expectedOrder());

    // The roles the delegate paints with.
    const QModelIndex ann = m_proxy->index(0, AlertQueueModel::SlaColumn);
    QCOMPARE(ann.data(AlertQueueModel::LeadIdRole).toString(), QStringLiteral("contact:ann"));
    QCOMPARE(ann.data(AlertQueueModel::TierRole).toInt(), 1);
    QCOMPARE(ann.data(AlertQueueModel::SlaDeadlineRole).toLongLong(), kNow + 4 * kMinute);
    QCOMPARE(ann.data(AlertQueueModel::UrgencyRole).toInt(), 0);
    QCOMPARE(m_proxy->index(1, 0).data(AlertQueueModel::UrgencyRole).toInt(), 1); // under 2 minutes left
    QCOMPARE(m_proxy->index(4, 0).data(AlertQueueModel::UrgencyRole).toInt(), 2); // breached
    QVERIFY(m_proxy->index(4, 0).data(AlertQueueModel::BreachRole).toBool());
    QCOMPARE(m_proxy->index(2, AlertQueueModel::TitleColumn).data().toString(), QStringLiteral("Account"));
    QCOMPARE(m_proxy->index(0, AlertQueueModel::TitleColumn).data().toString(), QStringLiteral("VP Sales"));
    QVERIFY(m_proxy->index(0, AlertQueueModel::NameColumn).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(m_proxy->index(0, AlertQueueModel::SlaColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Time left to claim"));
    QCOMPARE(m_proxy->index(3, AlertQueueModel::SlaColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Time left to make the first call"));

    // The countdown follows the clock it is given; nothing re-sorts.
    m_queue->setNow(kNow + 5 * kMinute);
    QCOMPARE(m_proxy->index(0, AlertQueueModel::SlaColumn).data().toString(), QStringLiteral("1:00 over"));
    QCOMPARE(m_proxy->index(0, 0).data(AlertQueueModel::UrgencyRole).toInt(), 2);
}

void TestModels::aHeldQueueKeepsItsRows()
{
    snapshot(fixedLeads(), 10);
    const QStringList before = idsOf(*m_proxy);
    QSignalSpy layouts(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy held(m_proxy.get(), &QueueFilterModel::heldCountChanged);
    m_proxy->setHeld(true);

    // One batch: a new Tier 1 lead, Bo becomes Tier 1, a colleague takes Ann.
    LeadSpec hana = spec(QStringLiteral("contact:hana"), QStringLiteral("Hana Ota"), QStringLiteral("Wayne"),
                         1, 99, QStringLiteral("Demo request"));
    LeadSpec bo = find(QStringLiteral("contact:bo"));
    bo.tier = 1;
    bo.score = 85;
    bo.signalItems = {QStringLiteral("demo_request@1"), QStringLiteral("contact_sales@1"),
                      QStringLiteral("free_trial_start@1")};
    LeadSpec ann = find(QStringLiteral("contact:ann"));
    ann.status = LeadState::Status::Claimed;
    ann.claimedBy = QStringLiteral("Priya");
    update(hana, 11);
    update(bo, 12);
    update(ann, 13);
    QVERIFY(waitForBatch());

    // Nothing moved: Ann's row stays, greyed and not selectable; Bo shows his new score where
    // he was; Hana waits.
    QCOMPARE(idsOf(*m_proxy), before);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(m_proxy->heldCount(), 1);
    QCOMPARE(held.count(), 1);
    const int annRow = int(before.indexOf(ann.id));
    QCOMPARE(m_proxy->flags(m_proxy->index(annRow, 0)), Qt::NoItemFlags);
    QCOMPARE(m_proxy->index(annRow, AlertQueueModel::NameColumn).data().toString(),
             QStringLiteral("Ann Lee"));
    const int boRow = int(before.indexOf(bo.id));
    QCOMPARE(m_proxy->index(boRow, AlertQueueModel::TierColumn).data().toString(), QStringLiteral("Tier 1"));
    QVERIFY(m_proxy->flags(m_proxy->index(boRow, 0)) & Qt::ItemIsSelectable);

    // The hold ends: one layout change places everything.
    m_proxy->setHeld(false);
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(m_proxy->heldCount(), 0);
    QCOMPARE(idsOf(*m_proxy), expectedOrder());
    QCOMPARE(idsOf(*m_proxy).first(), hana.id);
    QVERIFY(!idsOf(*m_proxy).contains(ann.id));
}

void TestModels::liveChangesInBatches()
{
    snapshot(fixedLeads(), 10);
    QCOMPARE(idsOf(*m_proxy), expectedOrder());
    QSignalSpy inserted(m_queue.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_queue.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy taken(m_desk.get(), &RepDesk::leadTaken);
    QSignalSpy hot(m_desk.get(), &RepDesk::hotLead);

    // Added: a new Tier 1 alert goes to the top.
    LeadSpec hana = spec(QStringLiteral("contact:hana"), QStringLiteral("Hana Ota"), QStringLiteral("Wayne"),
                         1, 99, QStringLiteral("Demo request"));
    update(hana, 11);
    QVERIFY(waitForBatch());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(hot.count(), 1);
    QCOMPARE(m_queue->rowCount(), 7);
    QCOMPARE(idsOf(*m_proxy).first(), hana.id);
    QCOMPARE(idsOf(*m_proxy), expectedOrder());

    // Changed: Bo becomes Tier 1 and moves up; one dataChanged, no rows added or removed.
    QSignalSpy dataChanged(m_queue.get(), &QAbstractItemModel::dataChanged);
    LeadSpec bo = find(QStringLiteral("contact:bo"));
    bo.tier = 1;
    bo.score = 85;
    bo.signalItems = {QStringLiteral("demo_request@1"), QStringLiteral("contact_sales@1"),
                      QStringLiteral("free_trial_start@1")};
    update(bo, 12);
    QVERIFY(waitForBatch());
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(m_queue->rowCount(), 7);
    QCOMPARE(idsOf(*m_proxy), expectedOrder());
    QCOMPARE(idsOf(*m_proxy).indexOf(bo.id), 2); // after Hana (99) and Ann (95)

    // Removed: a colleague claims Ann.
    LeadSpec ann = find(QStringLiteral("contact:ann"));
    ann.status = LeadState::Status::Claimed;
    ann.claimedBy = QStringLiteral("Priya");
    update(ann, 13);
    QVERIFY(waitForBatch());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(taken.count(), 1);
    QCOMPARE(taken.at(0).at(1).toString(), QStringLiteral("Priya"));
    QCOMPARE(m_queue->rowCount(), 6);
    QCOMPARE(m_queue->rowOf(ann.id), -1);
    QCOMPARE(idsOf(*m_proxy), expectedOrder());

    // One batch: two added, two gone (worked, taken), one changed; one announcement, which the
    // proxy applies as one layout change.
    const qsizetype batches = m_batches->size();
    QSignalSpy layouts(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy proxyInserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy proxyRemoved(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
    LeadSpec ivy = spec(QStringLiteral("contact:ivy"), QStringLiteral("Ivy Park"), QStringLiteral("Tyrell"),
                        2, 62, QStringLiteral("Demo request"));
    LeadSpec jon = spec(QStringLiteral("contact:jon"), QStringLiteral("Jon Roe"), QStringLiteral("Cyberdyne"),
                        3, 41, QStringLiteral("Webinar attendance"));
    LeadSpec cy = find(QStringLiteral("contact:cy"));
    cy.status = LeadState::Status::Done;
    LeadSpec di = find(QStringLiteral("contact:di"));
    di.status = LeadState::Status::Claimed;
    di.claimedBy = QStringLiteral("Marcus");
    di.escalation = LeadState::Primary;
    di.assignedTo.clear();
    LeadSpec ed = find(QStringLiteral("contact:ed"));
    ed.score = 58;
    update(ivy, 14);
    update(cy, 15);
    update(jon, 16);
    update(di, 17);
    update(ed, 18);
    QVERIFY(waitForBatch());
    QCOMPARE(m_batches->size(), batches + 1);
    QCOMPARE(m_batches->last().at(0).value<LeadBatch>().size(), 5);
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(proxyInserted.count() + proxyRemoved.count(), 0);
    QCOMPARE(m_queue->rowCount(), 6);
    QVERIFY(!idsOf(*m_proxy).contains(cy.id));
    QVERIFY(!idsOf(*m_proxy).contains(di.id));
    QCOMPARE(idsOf(*m_proxy), expectedOrder());
    // The source's row lookup stays right after removals in the middle.
    for (int row = 0; row < m_queue->rowCount(); ++row)
        QCOMPARE(m_queue->rowOf(m_queue->index(row, 0).data(AlertQueueModel::LeadIdRole).toString()), row);

    // Reset: a snapshot replaces everything.
    QSignalSpy resets(m_proxy.get(), &QAbstractItemModel::modelReset);
    snapshot({find(QStringLiteral("contact:bo")), jon, ivy}, 30);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_queue->rowCount(), 3);
    QCOMPARE(idsOf(*m_proxy), (QStringList{ivy.id, jon.id, QStringLiteral("contact:bo")}));
    QCOMPARE(idsOf(*m_proxy), expectedOrder());

    // An empty snapshot empties the queue.
    snapshot({}, 31);
    QCOMPARE(m_queue->rowCount(), 0);
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestModels::aBatchOfWholeValues()
{
    // The queue model needs no desk: whole values in, rows out. One batch adds, changes and
    // removes; the proxy applies it as one layout change and the selection stays on its lead.
    const Rules *rules = m_desk->rules();
    qint64 ordinal = 0;
    const auto value = [rules, &ordinal](const LeadSpec &spec) {
        QueueLead lead = QueueLead::fromLead(spec.state(), 10, rules);
        lead.rescore(kNow, rules);
        lead.ordinal = ++ordinal;
        return lead;
    };
    QHash<QString, QueueLead> leads;
    for (const LeadSpec &spec : fixedLeads()) {
        if (spec.id != u"contact:fay" && spec.id != u"contact:gus")
            leads.insert(spec.id, value(spec));
    }
    const auto expected = [&leads] {
        QList<QueueLead> sorted = leads.values();
        std::sort(sorted.begin(), sorted.end(), queueLessThan);
        QStringList ids;
        for (const QueueLead &lead : std::as_const(sorted))
            ids.append(lead.id);
        return ids;
    };

    AlertQueueModel queue;
    QueueFilterModel proxy;
    proxy.setSourceQueue(&queue);
    proxy.setMe(QStringLiteral("you"));
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(&queue), static_cast<QAbstractItemModel *>(&proxy)})
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    queue.reset(leads);
    QCOMPARE(queue.rowCount(), 6);
    QCOMPARE(idsOf(proxy), expected());

    // The rep is on Bo, at the bottom.
    LeadSpec bo = find(QStringLiteral("contact:bo"));
    QItemSelectionModel selection(&proxy);
    selection.setCurrentIndex(proxy.index(int(idsOf(proxy).indexOf(bo.id)), AlertQueueModel::NameColumn),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(selection.currentIndex().row(), 5);

    // Bo becomes Tier 1, Hana and Ivy come, Ann is taken and Ed worked: one batch.
    bo.tier = 1;
    bo.score = 85;
    bo.signalItems = {QStringLiteral("demo_request@1"), QStringLiteral("contact_sales@1"),
                      QStringLiteral("free_trial_start@1")};
    QueueLead boNow = value(bo);
    boNow.ordinal = leads.value(bo.id).ordinal;
    const QueueLead hana = value(spec(QStringLiteral("contact:hana"), QStringLiteral("Hana Ota"),
                                      QStringLiteral("Wayne"), 1, 99, QStringLiteral("Demo request")));
    const QueueLead ivy = value(spec(QStringLiteral("contact:ivy"), QStringLiteral("Ivy Park"),
                                     QStringLiteral("Tyrell"), 3, 41, QStringLiteral("Webinar attendance")));
    const LeadBatch batch{{boNow, hana, ivy}, {QStringLiteral("contact:ann"), QStringLiteral("contact:ed")}};
    QVERIFY(batch.contains(bo.id) && batch.contains(QStringLiteral("contact:ed")) &&
            !batch.contains(QStringLiteral("contact:cy")));
    leads.insert(bo.id, boNow);
    leads.insert(hana.id, hana);
    leads.insert(ivy.id, ivy);
    leads.remove(QStringLiteral("contact:ann"));
    leads.remove(QStringLiteral("contact:ed"));

    QSignalSpy inserted(&queue, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&queue, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&queue, &QAbstractItemModel::dataChanged);
    QSignalSpy applied(&queue, &AlertQueueModel::batchApplied);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy proxyInserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy proxyRemoved(&proxy, &QAbstractItemModel::rowsRemoved);
    queue.apply(batch);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(inserted.count(), 1); // the new rows appended at once
    QCOMPARE(changed.count(), 1);
    QVERIFY(removed.count() >= 1);
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(proxyInserted.count() + proxyRemoved.count(), 0);
    QCOMPARE(queue.rowCount(), 6);
    QCOMPARE(queue.rowOf(QStringLiteral("contact:ann")), -1);
    for (int row = 0; row < queue.rowCount(); ++row)
        QCOMPARE(queue.rowOf(queue.index(row, 0).data(AlertQueueModel::LeadIdRole).toString()), row);
    QCOMPARE(idsOf(proxy), expected());
    QVERIFY(idsOf(proxy).indexOf(bo.id) < 3); // up among the Tier 1s
    QCOMPARE(selection.currentIndex().data(AlertQueueModel::LeadIdRole).toString(), bo.id);
    QVERIFY(selection.isRowSelected(selection.currentIndex().row()));
    QCOMPARE(selection.currentIndex().siblingAtColumn(AlertQueueModel::TierColumn).data().toString(),
             QStringLiteral("Tier 1"));

    // Gone leads the model never held, and an empty batch, change nothing.
    queue.apply(LeadBatch{{}, {QStringLiteral("contact:nobody")}});
    queue.apply(LeadBatch{});
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(idsOf(proxy), expected());
}

void TestModels::filteredByScopeAndSearch()
{
    snapshot(fixedLeads(), 10);
    const auto shown = [this](QueueScope scope, const QString &search) {
        m_proxy->setScope(scope);
        m_proxy->setSearch(search);
        const QStringList expected = expectedOrder(scope, search.trimmed());
        const QStringList ids = idsOf(*m_proxy);
        if (ids != expected)
            qWarning() << "shown" << ids << "expected" << expected;
        return ids == expected ? ids : QStringList{QStringLiteral("<mismatch>")};
    };
    QCOMPARE(shown(QueueScope::All, {}).size(), 6);
    QCOMPARE(shown(QueueScope::Mine, {}),
             (QStringList{QStringLiteral("contact:di"), QStringLiteral("contact:cy")}));
    QCOMPARE(shown(QueueScope::Unclaimed, {}).size(), 5);
    QVERIFY(!shown(QueueScope::Unclaimed, {}).contains(QStringLiteral("contact:cy")));
    QCOMPARE(shown(QueueScope::All, QStringLiteral("ACME")),
             (QStringList{QStringLiteral("contact:ann"), QStringLiteral("account:acme")}));
    QCOMPARE(shown(QueueScope::All, QStringLiteral("  chen ")), QStringList{QStringLiteral("contact:bo")});
    QCOMPARE(shown(QueueScope::Mine, QStringLiteral("acme")), QStringList());
    QCOMPARE(shown(QueueScope::All, QStringLiteral("nobody")), QStringList());

    // Live changes pass through the filter: a claim by me enters Mine.
    QCOMPARE(shown(QueueScope::Mine, {}).size(), 2);
    LeadSpec bo = find(QStringLiteral("contact:bo"));
    bo.status = LeadState::Status::Claimed;
    bo.claimedBy = QStringLiteral("you");
    update(bo, 11);
    QVERIFY(waitForBatch());
    QCOMPARE(shown(QueueScope::Mine, {}).size(), 3);
    QVERIFY(!shown(QueueScope::Unclaimed, {}).contains(bo.id));

    // And a claim made in this console shows at once.
    m_proxy->setScope(QueueScope::Mine);
    m_desk->claim(QStringLiteral("contact:ann"));
    QVERIFY(idsOf(*m_proxy).contains(QStringLiteral("contact:ann")));
    QCOMPARE(shown(QueueScope::Mine, {}).size(), 4);
    QCOMPARE(shown(QueueScope::All, {}).size(), 6);
}

void TestModels::localDecayResorts()
{
    // Bo (pricing, a week old) and Cy (no live signals: the server's 60 stands) trade places
    // once a pricing visit makes Bo's score the higher one and time then decays it.
    LeadSpec bo = find(QStringLiteral("contact:bo"));
    bo.tier = 2;
    bo.score = 75;
    bo.signalItems = {QStringLiteral("pricing_page_visit@0"), QStringLiteral("pricing_page_visit@0"),
                      QStringLiteral("pricing_page_visit@0")};
    snapshot({find(QStringLiteral("contact:cy")), bo}, 10);
    QCOMPARE(idsOf(*m_proxy), (QStringList{bo.id, QStringLiteral("contact:cy")}));
    QCOMPARE(m_proxy->index(0, AlertQueueModel::ScoreColumn).data().toString(), QStringLiteral("75"));

    QSignalSpy dataChanged(m_queue.get(), &QAbstractItemModel::dataChanged);
    m_clock->advance(7 * kDay);
    m_desk->rescore();
    QVERIFY(waitForBatch());
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(m_desk->leads().value(bo.id).score, 60.0); // 3 × 20
    m_clock->advance(kDay);
    m_desk->rescore();
    QVERIFY(waitForBatch());
    QVERIFY(m_desk->leads().value(bo.id).score < 60.0);
    QCOMPARE(idsOf(*m_proxy), (QStringList{QStringLiteral("contact:cy"), bo.id}));
    QCOMPARE(idsOf(*m_proxy), expectedOrder());
}

void TestModels::rescoreGoesInSlices()
{
    // More leads than one slice: the rescore spans event-loop turns, every lead is rescored at
    // the same instant, and the models get it as one batch after the last slice.
    QList<LeadSpec> leads;
    const int count = int(RepDesk::kRescoreSlice) * 2 + 7;
    for (int i = 0; i < count; ++i) {
        LeadSpec lead;
        lead.id = QStringLiteral("contact:r%1").arg(i);
        lead.name = QStringLiteral("Rep %1").arg(i);
        lead.company = QStringLiteral("Co %1").arg(i % 97);
        lead.score = 75;
        lead.signalItems = {QStringLiteral("pricing_page_visit@0"), QStringLiteral("pricing_page_visit@0"),
                            QStringLiteral("pricing_page_visit@0")};
        leads.append(lead);
    }
    snapshot(leads, 10);
    QCOMPARE(m_proxy->rowCount(), count);

    const qsizetype batches = m_batches->size();
    m_clock->advance(7 * kDay);
    m_desk->rescore();
    QVERIFY(m_desk->isRescoring()); // the first slice ran, the rest are to come
    m_clock->advance(kDay);         // later slices still use the rescore's instant
    QVERIFY(waitForBatch());
    QVERIFY(!m_desk->isRescoring());
    QCOMPARE(m_batches->size(), batches + 1);
    for (const QueueLead &lead : m_desk->leads())
        QCOMPARE(lead.score, 60.0); // 3 × 20 a week later, for every one of them
    QCOMPARE(idsOf(*m_proxy), expectedOrder());
}

void TestModels::theDesksOwnTimerRescores()
{
    // Scores decay as the desk's clock moves, with no window to drive it: the desk's own timer
    // rescores at its clock's time and announces the changes as one batch.
    LeadSpec bo = find(QStringLiteral("contact:bo"));
    bo.tier = 2;
    bo.score = 75;
    bo.signalItems = {QStringLiteral("pricing_page_visit@0"), QStringLiteral("pricing_page_visit@0"),
                      QStringLiteral("pricing_page_visit@0")};
    const QString cy = QStringLiteral("contact:cy");
    snapshot({find(cy), bo}, 10);
    m_desk->setDecayIntervalMs(5);
    m_desk->start(); // the cache again, then the feed, which is not there
    m_client->stop();
    QCOMPARE(idsOf(*m_proxy), (QStringList{bo.id, cy}));

    // Ticks while the clock stands still change nothing and announce nothing.
    const qsizetype batches = m_batches->size();
    QTest::qWait(60);
    QCOMPARE(m_batches->size(), batches);

    m_clock->advance(7 * kDay);
    QVERIFY(waitForBatch());
    QCOMPARE(m_desk->leads().value(bo.id).score, 60.0); // 3 × 20
    QCOMPARE(m_proxy->index(0, AlertQueueModel::ScoreColumn).data().toString(), QStringLiteral("60"));
    m_clock->advance(kDay);
    QVERIFY(waitForBatch());
    QVERIFY(m_desk->leads().value(bo.id).score < 60.0);
    QCOMPARE(idsOf(*m_proxy), (QStringList{cy, bo.id}));
    QCOMPARE(idsOf(*m_proxy), expectedOrder());
}

void TestModels::tiesKeepArrivalOrder()
{
    // Same tier, score and deadline: the lead that came first stays first, whatever its id.
    LeadSpec zed = spec(QStringLiteral("contact:zed"), QStringLiteral("Zed Ames"), QStringLiteral("Acme"), 2,
                        50, QStringLiteral("Demo request"));
    const LeadSpec abe = spec(QStringLiteral("contact:abe"), QStringLiteral("Abe Zorn"),
                              QStringLiteral("Globex"), 2, 50, QStringLiteral("Demo request"));
    snapshot({zed}, 10);
    update(abe, 11);
    QVERIFY(waitForBatch());
    QCOMPARE(idsOf(*m_proxy), (QStringList{zed.id, abe.id}));
    QCOMPARE(idsOf(*m_proxy), expectedOrder());

    // A change does not make a lead new.
    zed.summary = QStringLiteral("Demo request + Webinar attendance");
    update(zed, 12);
    QVERIFY(waitForBatch());
    QCOMPARE(idsOf(*m_proxy), (QStringList{zed.id, abe.id}));

    // Nor does a restart: the cache keeps leads in the order they came.
    FeedClient client(*m_clock);
    RepDesk desk(*m_store, client, *m_clock);
    desk.start();
    client.stop();
    AlertQueueModel queue;
    feed(desk, queue);
    QueueFilterModel proxy;
    proxy.setSourceQueue(&queue);
    proxy.setMe(desk.me());
    QCOMPARE(idsOf(proxy), (QStringList{zed.id, abe.id}));
}

void TestModels::tasksFromTheCadence()
{
    // Monday noon: no answer starts the Tier 2 cadence (call and email now, then call +1, call
    // +3, email +5, call +7 business days); the call was step 1, the email is due now.
    snapshot(fixedLeads(), 10);
    QCOMPARE(m_tasks->rowCount(), 0);
    QSignalSpy resets(m_tasks.get(), &QAbstractItemModel::modelReset);
    const QString cy = QStringLiteral("contact:cy");
    const QTimeZone zone = RepDesk::taskZone();
    const auto bd = [&zone](int days) { return LeadRules::addBusinessDays(kNow, days, zone); };

    m_desk->logCall(RepDesk::CallLog{cy, kNow, 20, QStringLiteral("no_answer"), {}, {}});
    QCOMPARE(resets.count(), 1);
    const auto when = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("ddd d MMM HH:mm"));
    };
    const auto rows = [this] {
        QStringList out;
        for (int row = 0; row < m_tasks->rowCount(); ++row)
            out.append(m_tasks->index(row).data().toString());
        return out;
    };
    QCOMPARE(rows(), (QStringList{QStringLiteral("Email Cy Diaz — due today, 12:00"),
                                  QStringLiteral("Call Cy Diaz — ") + when(bd(1)),
                                  QStringLiteral("Call Cy Diaz — ") + when(bd(3)),
                                  QStringLiteral("Email Cy Diaz — ") + when(bd(5)),
                                  QStringLiteral("Call Cy Diaz — ") + when(bd(7))}));
    // Never on a Saturday or Sunday.
    for (int days : {1, 3, 5, 7})
        QVERIFY(QDateTime::fromMSecsSinceEpoch(bd(days), zone).date().dayOfWeek() <= 5);
    QCOMPARE(m_tasks->index(0).data(TaskListModel::LeadIdRole).toString(), cy);

    // An hour later the email is overdue; the call of tomorrow is not due yet.
    QSignalSpy dataChanged(m_tasks.get(), &QAbstractItemModel::dataChanged);
    m_tasks->setNow(kNow + kHour);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(m_tasks->dueCount(), 1);
    QCOMPARE(m_tasks->index(0).data().toString(),
             QStringLiteral("Email Cy Diaz — overdue since %1").arg(when(bd(0))));
    QVERIFY(m_tasks->index(0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!m_tasks->index(1).data(TaskListModel::DueRole).toBool());
    m_tasks->setNow(kNow + kHour + kMinute);
    QCOMPARE(dataChanged.count(), 1); // nothing changed

    // The next business day, early: the call is due today, not overdue.
    const qint64 morning = bd(1) - 2 * kHour;
    m_tasks->setNow(morning);
    QCOMPARE(dataChanged.count(), 2);
    QCOMPARE(m_tasks->index(1).data(TaskListModel::StateRole).toInt(), int(LeadRules::TaskState::Due));
    QVERIFY(m_tasks->index(1).data().toString().contains(QStringLiteral("due today")));
    QCOMPARE(m_tasks->dueCount(), 2);

    // Logging that call completes the step.
    m_clock->setNowMs(morning);
    m_desk->logCall(RepDesk::CallLog{cy, m_clock->nowMs(), 35, QStringLiteral("left_voicemail"), {}, {}});
    QCOMPARE(resets.count(), 2);
    QCOMPARE(m_tasks->rowCount(), 4);

    // Done, snoozed and rescheduled here at once, and through the outbox.
    const int pending = m_desk->pendingCount();
    QVERIFY(!m_desk->completeTask(cy, m_tasks->index(0).data(TaskListModel::TaskIdRole).toInt()).isEmpty());
    QCOMPARE(m_tasks->rowCount(), 3);
    QCOMPARE(m_tasks->index(0).data().toString(), QStringLiteral("Call Cy Diaz — ") + when(bd(3)));
    QVERIFY(!m_desk->snoozeTask(cy, m_tasks->index(0).data(TaskListModel::TaskIdRole).toInt()).isEmpty());
    QCOMPARE(m_tasks->index(0).data(TaskListModel::DueAtRole).toLongLong(), bd(4));
    const int last = m_tasks->index(2).data(TaskListModel::TaskIdRole).toInt();
    QVERIFY(!m_desk->rescheduleTask(cy, last, bd(2)).isEmpty());
    QCOMPARE(m_tasks->index(0).data(TaskListModel::TaskIdRole).toInt(), last);
    QCOMPARE(m_desk->pendingCount(), pending + 3);
    // No such open task: nothing sent.
    QVERIFY(m_desk->completeTask(cy, 99).isEmpty());
    QCOMPARE(m_desk->pendingCount(), pending + 3);
}

void TestModels::syncsModelRows_data()
{
    // One item of a `syncs` answer, and what its row says.
    QTest::addColumn<QJsonObject>("item");
    QTest::addColumn<QString>("lead");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("failed");
    const auto item = [](const QJsonObject &extra) {
        QJsonObject o{{QStringLiteral("id"), QStringLiteral("call_1")},
                      {QStringLiteral("target"), QStringLiteral("crm")},
                      {QStringLiteral("to"), QStringLiteral("HubSpot")},
                      {QStringLiteral("type"), QStringLiteral("call.logged")},
                      {QStringLiteral("lead"), QStringLiteral("contact:u1")},
                      {QStringLiteral("name"), QStringLiteral("Ada Byron")},
                      {QStringLiteral("company"), QStringLiteral("Acme")},
                      {QStringLiteral("rep"), QStringLiteral("ann")},
                      {QStringLiteral("state"), QStringLiteral("failed")},
                      {QStringLiteral("error"), QStringLiteral("HTTP 400: bad")},
                      {QStringLiteral("attempts"), 3},
                      {QStringLiteral("lastTryAt"), QStringLiteral("2026-03-05T09:00:03Z")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    QTest::newRow("a call HubSpot refused") << item({}) << QStringLiteral("Ada Byron, Acme")
                                            << QStringLiteral("HubSpot") << QStringLiteral("Failed") << true;
    QTest::newRow("the lead status in Salesforce")
        << item({{QStringLiteral("to"), QStringLiteral("Salesforce")},
                 {QStringLiteral("type"), QStringLiteral("lead.qualified")}})
        << QStringLiteral("Ada Byron, Acme") << QStringLiteral("Salesforce (lead status)")
        << QStringLiteral("Failed") << true;
    QTest::newRow("a webhook being retried")
        << item({{QStringLiteral("target"), QStringLiteral("webhook")},
                 {QStringLiteral("to"), QStringLiteral("hooks.example.com")},
                 {QStringLiteral("type"), QStringLiteral("lead.claimed")},
                 {QStringLiteral("state"), QStringLiteral("retrying")},
                 {QStringLiteral("nextTryAt"), QStringLiteral("2026-03-05T09:05:00Z")}})
        << QStringLiteral("Ada Byron, Acme") << QStringLiteral("Webhook hooks.example.com (claimed)")
        << QStringLiteral("Retrying at ") << false;
    QTest::newRow("an account, named once")
        << item({{QStringLiteral("name"), QStringLiteral("Acme")}}) << QStringLiteral("Acme")
        << QStringLiteral("HubSpot") << QStringLiteral("Failed") << true;
    QTest::newRow("no name: the lead id")
        << item({{QStringLiteral("name"), QString()}}) << QStringLiteral("contact:u1")
        << QStringLiteral("HubSpot") << QStringLiteral("Failed") << true;
    QTest::newRow("no CRM name") << item({{QStringLiteral("to"), QString()}})
                                 << QStringLiteral("Ada Byron, Acme") << QStringLiteral("CRM")
                                 << QStringLiteral("Failed") << true;
}

void TestModels::syncsModelRows()
{
    QFETCH(QJsonObject, item);
    QFETCH(QString, lead);
    QFETCH(QString, target);
    QFETCH(QString, status);
    QFETCH(bool, failed);
    SyncsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Items without an id are not shown.
    model.setItems({protocol::SyncItem::fromJson(item),
                    protocol::SyncItem::fromJson({{QStringLiteral("state"), QStringLiteral("failed")}})});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, SyncsModel::LeadColumn).data().toString(), lead);
    QCOMPARE(model.index(0, SyncsModel::TargetColumn).data().toString(), target);
    QVERIFY2(model.index(0, SyncsModel::StateColumn).data().toString().startsWith(status),
             qPrintable(model.index(0, SyncsModel::StateColumn).data().toString()));
    QCOMPARE(model.index(0, SyncsModel::RepColumn).data().toString(), QStringLiteral("ann"));
    QCOMPARE(model.index(0, SyncsModel::AttemptsColumn).data().toInt(), 3);
    QCOMPARE(model.index(0, SyncsModel::ReasonColumn).data().toString(), QStringLiteral("HTTP 400: bad"));
    QCOMPARE(model.index(0, SyncsModel::ReasonColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("HTTP 400: bad"));
    QCOMPARE(model.index(0, 0).data(SyncsModel::IdRole).toString(), QStringLiteral("call_1"));
    QCOMPARE(model.index(0, 0).data(SyncsModel::FailedRole).toBool(), failed);
    QCOMPARE(model.failedCount(), failed ? 1 : 0);
    QCOMPARE(model.index(0, SyncsModel::CallColumn).data().toString(), QStringLiteral("–"));
    QCOMPARE(model.index(0, SyncsModel::LastTryColumn).data(SyncsModel::SortRole).toLongLong(),
             QDateTime::fromString(QStringLiteral("2026-03-05T09:00:03Z"), Qt::ISODate).toMSecsSinceEpoch());
    model.setItems({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::ledgerModelRows()
{
    // A `ledger` answer as the wire carries it: reps without a name are not shown.
    const QJsonArray reps{QJsonObject{{QStringLiteral("rep"), QStringLiteral("Sam")},
                                      {QStringLiteral("offered"), 41},
                                      {QStringLiteral("claimed"), 37},
                                      {QStringLiteral("escalatedTo"), 3},
                                      {QStringLiteral("skipped"), QJsonObject{{QStringLiteral("away"), 4},
                                                                              {QStringLiteral("at_cap"), 1}}},
                                      {QStringLiteral("medianToClaimMs"), 90'000},
                                      {QStringLiteral("medianToFirstCallMs"), 0},
                                      {QStringLiteral("firstCalls"), 0}},
                          QJsonObject{{QStringLiteral("offered"), 2}},
                          QJsonObject{{QStringLiteral("rep"), QStringLiteral("Ann")}}};
    QList<protocol::LedgerRow> rows;
    for (const QJsonValue &rep : reps)
        rows.append(protocol::LedgerRow::fromJson(rep.toObject()));
    LedgerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLedger(rows);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, LedgerModel::RepColumn).data().toString(), QStringLiteral("Sam"));
    QCOMPARE(model.index(0, LedgerModel::OfferedColumn).data().toInt(), 41);
    QCOMPARE(model.index(0, LedgerModel::ClaimedColumn).data().toInt(), 37);
    QCOMPARE(model.index(0, LedgerModel::EscalatedColumn).data().toInt(), 3);
    QCOMPARE(model.index(0, LedgerModel::SkippedColumn).data(LedgerModel::SortRole).toInt(), 5);
    QCOMPARE(model.index(0, LedgerModel::ClaimMedianColumn).data().toString(),
             QLocale().toString(1.5, 'f', 1));
    // No first calls: no median.
    QCOMPARE(model.index(0, LedgerModel::CallMedianColumn).data().toString(), QStringLiteral("–"));
    QCOMPARE(model.index(1, LedgerModel::RepColumn).data().toString(), QStringLiteral("Ann"));
    QCOMPARE(model.index(1, LedgerModel::SkippedColumn).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(1, LedgerModel::ClaimMedianColumn).data().toString(), QStringLiteral("–"));
    model.setLedger({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
