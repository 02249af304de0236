#include "store/sqlfeedstore.h"

#ifdef FIRSTCALL_TEST_POSTGRES
#include "postgrestest.h"
#endif

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

namespace {

Rep namedRep(const QString &name, Rep::Role role = Rep::Role::Sdr)
{
    Rep rep;
    rep.name = name;
    rep.role = role;
    return rep;
}

QVariant scalar(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<failed>");
    return query.value(0);
}

FeedStore::AlertRow alertRow(qint64 id, const QString &leadId, qint64 at)
{
    FeedStore::AlertRow row;
    row.id = id;
    row.leadId = leadId;
    row.alertAtMs = at;
    row.tier = 1;
    row.score = 87.5;
    row.source = QStringLiteral("Webinar");
    return row;
}

QByteArrayList bodies(const QList<FeedStore::JournalRow> &rows)
{
    QByteArrayList out;
    for (const FeedStore::JournalRow &row : rows)
        out.append(row.body);
    return out;
}

} // namespace

// Each FeedStore statement on a temporary SQLite file (tst_feedstore) or a fresh database on
// the test run's PostgreSQL server (tst_feedstore_postgres): one source, both dialects.
class TestFeedStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void transactionCommitsRollsBackAndNests();
    void eventsInOrderAndByTimeReceived();
    void eventMessageIdsAreUnique();
    void leadsAreUpserted();
    void journalAppendReadAndTrim();
    void emptyJournalHasNoOldest();
    void alertIdsComeFromTheStore();
    void alertUpsert_data();
    void alertUpsert();
    void alertsAndCallsRaisedInPeriod();
    void actionsAreAnsweredOnce();
    void auditIsAppended();
    void auditIsReadPerLead();
    void repRoutingFieldsRoundTrip();
    void repsAddFindChangeRemove();
    void repNamesAreUnique();
    void settingsAreUpserted();
    void outboxItemsAreDueInOrderAndSettled();
    void outboxRollsBackWithItsChange();
    void reopenedSchemaIsCurrent();
    void claimMovesOnlyFromItsHolder();
    void eventsAfterAndHeads();
#ifdef FIRSTCALL_TEST_POSTGRES
    void alertIdsAreSharedBetweenConnections();
    void connectionFailureNamesTheDatabaseNotThePassword();
    void newsReadAlongWithOwnStatementsIsNoticed();
    void newsAfterAOneRowReadIsNoticed_data();
    void newsAfterAOneRowReadIsNoticed();
    void heldBackWritesThatFailRollBackTheWholeTransaction();
#endif

private:
    static QString textTypeOf(const QString &column, const QString &table)
    {
#ifdef FIRSTCALL_TEST_POSTGRES
        return QStringLiteral("SELECT pg_typeof(%1)::text FROM %2 LIMIT 1").arg(column, table);
#else
        return QStringLiteral("SELECT typeof(%1) FROM %2 LIMIT 1").arg(column, table);
#endif
    }

    StoreLocation m_location;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlFeedStore> m_store;
};

void TestFeedStore::init()
{
    QString error;
#ifdef FIRSTCALL_TEST_POSTGRES
    const QString uri = PostgresTest::createDatabase(&error);
    QVERIFY2(!uri.isEmpty(), qPrintable(error));
    m_location = StoreLocation::parse(uri, &error).value_or(StoreLocation());
    QCOMPARE(m_location.dialect, StoreLocation::Dialect::Postgres);
#else
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = StoreLocation::sqlite(m_dir->filePath(QStringLiteral("feed.db")));
#endif
    m_database = Database::open(m_location, &error);
    QVERIFY2(m_database, qPrintable(error));
    m_store = SqlFeedStore::create(*m_database);
}

void TestFeedStore::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
#ifdef FIRSTCALL_TEST_POSTGRES
    QString error;
    if (m_location.dialect == StoreLocation::Dialect::Postgres) {
        QVERIFY2(
            PostgresTest::dropDatabase(
                PostgresTest::withDatabase(PostgresTest::serverUri(&error), m_location.databaseName), &error),
            qPrintable(error));
    }
#endif
}

void TestFeedStore::transactionCommitsRollsBackAndNests()
{
    const auto set = [&](const char *name) {
        return m_store->setSetting(QString::fromLatin1(name), QStringLiteral("x"), nullptr);
    };
    QVERIFY(m_store->transaction([&] { return set("committed"); }));
    QVERIFY(!m_store->transaction([&] { return set("rolled-back") && false; }));
    // An inner transaction joins the outer one: its failure fails the whole.
    QVERIFY(
        !m_store->transaction([&] { return set("outer") && m_store->transaction([&] { return false; }); }));
    QVERIFY(m_store->transaction(
        [&] { return set("outer-ok") && m_store->transaction([&] { return set("inner-ok"); }); }));
    QCOMPARE(m_store->setting(QStringLiteral("committed"), nullptr).value_or(QString()), QStringLiteral("x"));
    QVERIFY(!m_store->setting(QStringLiteral("rolled-back"), nullptr));
    QVERIFY(!m_store->setting(QStringLiteral("outer"), nullptr));
    QCOMPARE(m_store->setting(QStringLiteral("inner-ok"), nullptr).value_or(QString()), QStringLiteral("x"));
    QVERIFY(m_store->connectionError().isEmpty());
}

void TestFeedStore::eventsInOrderAndByTimeReceived()
{
    QString error;
    QVERIFY2(m_store->addEvent({QStringLiteral("m1"), 1000, R"({"userId":"u1"})"}, &error),
             qPrintable(error));
    QVERIFY2(m_store->addEvent({QString(), 2000, R"({"userId":"u2"})"}, &error), qPrintable(error));
    QVERIFY2(m_store->addEvent({QStringLiteral("m3"), 3000, R"({"userId":"u3"})"}, &error),
             qPrintable(error));
    QByteArrayList all;
    QVERIFY(m_store->readEvents([&](const QByteArray &body) { all.append(body); }, &error));
    QCOMPARE(all, QByteArrayList({R"({"userId":"u1"})", R"({"userId":"u2"})", R"({"userId":"u3"})"}));
    // Stored as text; no message id is NULL, not empty.
    QCOMPARE(scalar(*m_database, textTypeOf(QStringLiteral("body"), QStringLiteral("events"))).toString(),
             QStringLiteral("text"));
    QCOMPARE(
        scalar(*m_database, QStringLiteral("SELECT COUNT(*) FROM events WHERE message_id IS NULL")).toInt(),
        1);

    QByteArrayList period;
    QVERIFY(m_store->readEventsReceived(
        2000, 3000, [&](const QByteArray &body) { period.append(body); }, &error));
    QCOMPARE(period, QByteArrayList({R"({"userId":"u2"})"})); // from included, to not
}

void TestFeedStore::eventMessageIdsAreUnique()
{
    QString error;
    QVERIFY(m_store->addEvent({QStringLiteral("m1"), 1000, "{}"}, &error));
    QVERIFY(!m_store->addEvent({QStringLiteral("m1"), 2000, "{}"}, &error));
    QVERIFY(!error.isEmpty());
    // Calls without an id never collide.
    QVERIFY(m_store->addEvent({QString(), 1000, "{}"}, nullptr));
    QVERIFY(m_store->addEvent({QString(), 1000, "{}"}, nullptr));
}

void TestFeedStore::leadsAreUpserted()
{
    QString error;
    QVERIFY(m_store->leadStates(&error)->isEmpty());
    QVERIFY2(m_store->upsertLead(QStringLiteral("contact:a"), R"({"v":1})", 1, &error), qPrintable(error));
    QVERIFY2(m_store->upsertLead(QStringLiteral("contact:b"), R"({"v":2})", 2, &error), qPrintable(error));
    QVERIFY2(m_store->upsertLead(QStringLiteral("contact:a"), R"({"v":3})", 3, &error), qPrintable(error));
    auto states = m_store->leadStates(&error);
    QVERIFY(states);
    std::sort(states->begin(), states->end());
    QCOMPARE(*states, QByteArrayList({R"({"v":2})", R"({"v":3})"}));
    QCOMPARE(
        scalar(*m_database, QStringLiteral("SELECT updated_seq FROM leads WHERE id = 'contact:a'")).toInt(),
        3);
}

void TestFeedStore::journalAppendReadAndTrim()
{
    QString error;
    for (qint64 seq = 1; seq <= 5; ++seq) {
        FeedStore::JournalRow row{seq,
                                  QStringLiteral("contact:%1").arg(seq),
                                  seq * 100,
                                  seq == 2 ? QStringList()
                                           : QStringList{QStringLiteral("ann"), QStringLiteral("bob")},
                                  QByteArray("{\"seq\":") + QByteArray::number(seq) + '}',
                                  seq == 4 ? QStringList{QStringLiteral("cat")} : QStringList()};
        QVERIFY2(m_store->appendJournal(row, &error), qPrintable(error));
    }
    // An empty audience is stored as empty text, never NULL.
    QCOMPARE(scalar(*m_database, QStringLiteral("SELECT COUNT(*) FROM journal WHERE audience IS NULL OR "
                                                "departed IS NULL"))
                 .toInt(),
             0);
    QVERIFY(!m_store->appendJournal({3, QStringLiteral("contact:x"), 0, {}, "{}", {}}, &error)); // seq taken

    const auto tail = m_store->journalTail(3, &error);
    QVERIFY(tail);
    QCOMPARE(bodies(*tail), QByteArrayList({"{\"seq\":3}", "{\"seq\":4}", "{\"seq\":5}"}));
    QCOMPARE(tail->at(1).leadId, QStringLiteral("contact:4"));
    QCOMPARE(tail->at(1).atMs, 400);
    QCOMPARE(tail->at(1).audience, QStringList({QStringLiteral("ann"), QStringLiteral("bob")}));
    QCOMPARE(tail->at(1).departed, QStringList({QStringLiteral("cat")}));
    QCOMPARE(tail->at(0).departed, QStringList());

    const auto after = m_store->journalAfter(1, &error);
    QVERIFY(after);
    QCOMPARE(after->size(), 4);
    QCOMPARE(after->constFirst().seq, 2);
    QCOMPARE(after->constFirst().audience, QStringList());
    QCOMPARE(m_store->oldestJournalSeq(&error).value_or(-1), 1);

    QVERIFY2(m_store->trimJournal(2, &error), qPrintable(error));
    QCOMPARE(m_store->oldestJournalSeq(&error).value_or(-1), 3);
    QCOMPARE(m_store->journalTail(100, &error)->size(), 3);
    QVERIFY(m_store->journalAfter(5, &error)->isEmpty());
}

void TestFeedStore::emptyJournalHasNoOldest()
{
    QString error;
    QVERIFY(!m_store->oldestJournalSeq(&error));
    QVERIFY(error.isEmpty()); // absent, not failed
    QVERIFY(m_store->journalTail(10, &error)->isEmpty());
}

void TestFeedStore::alertIdsComeFromTheStore()
{
    QCOMPARE(m_store->nextAlertId(), 1);
    QCOMPARE(m_store->nextAlertId(), 2);
    // Like a sequence: an id taken in a transaction that rolled back is not given again.
    QVERIFY(!m_store->transaction([&] {
        return m_store->upsertAlert(alertRow(m_store->nextAlertId(), QStringLiteral("contact:a"), 10),
                                    nullptr) &&
               false;
    }));
    QCOMPARE(m_store->nextAlertId(), 4);
    QVERIFY(m_store->upsertAlert(alertRow(41, QStringLiteral("contact:b"), 10), nullptr));
    QCOMPARE(m_store->nextAlertId(), 42);

#ifdef FIRSTCALL_TEST_POSTGRES
    // Another store on the same database goes on with the sequence, shared by every server.
    QCOMPARE(SqlFeedStore::create(*m_database)->nextAlertId(), 43);
#else
    // Another store on the same database goes on after the highest stored id.
    QCOMPARE(SqlFeedStore::create(*m_database)->nextAlertId(), 42);
#endif
}

void TestFeedStore::alertUpsert_data()
{
    QTest::addColumn<int>("firstEscalation");
    QTest::addColumn<int>("secondEscalation");
    QTest::addColumn<int>("storedEscalation");

    QTest::addRow("rises") << 0 << 1 << 1;
    QTest::addRow("to the manager queue") << 1 << 2 << 2;
    QTest::addRow("never goes down") << 2 << 0 << 2;
    QTest::addRow("stays") << 1 << 1 << 1;
}

void TestFeedStore::alertUpsert()
{
    QFETCH(int, firstEscalation);
    QFETCH(int, secondEscalation);
    QFETCH(int, storedEscalation);

    QString error;
    FeedStore::AlertRow row = alertRow(7, QStringLiteral("contact:a"), 1000);
    row.escalation = firstEscalation;
    QVERIFY2(m_store->upsertAlert(row, &error), qPrintable(error));
    // Later versions change what happened to the alert, not what raised it.
    row.escalation = secondEscalation;
    row.tier = 3;
    row.score = 1;
    row.source = QStringLiteral("changed");
    row.alertAtMs = 5000;
    row.claimedBy = QStringLiteral("ann");
    row.claimedAtMs = 1500;
    row.breach = true;
    row.closedAtMs = 2000;
    QVERIFY2(m_store->upsertAlert(row, &error), qPrintable(error));

    const auto alerts = m_store->alertsRaised(0, 10'000, &error);
    QVERIFY2(alerts, qPrintable(error));
    QCOMPARE(alerts->size(), 1);
    const FeedStore::AlertRow &stored = alerts->constFirst();
    QCOMPARE(stored.id, 7);
    QCOMPARE(stored.leadId, QStringLiteral("contact:a"));
    QCOMPARE(stored.alertAtMs, 1000);
    QCOMPARE(stored.tier, 1);
    QCOMPARE(stored.score, 87.5);
    QCOMPARE(stored.source, QStringLiteral("Webinar"));
    QCOMPARE(stored.claimedBy, QStringLiteral("ann"));
    QCOMPARE(stored.claimedAtMs, 1500);
    QCOMPARE(stored.escalation, storedEscalation);
    QCOMPARE(stored.breach, true);
    QCOMPARE(stored.closedAtMs, 2000);
}

void TestFeedStore::alertsAndCallsRaisedInPeriod()
{
    QString error;
    const auto ann = m_store->addRep(namedRep(QStringLiteral("ann")), QStringLiteral("h1"), 0, &error);
    QVERIFY2(ann, qPrintable(error));
    for (const auto &[id, at] :
         {std::pair{1, 500}, std::pair{2, 1000}, std::pair{3, 1500}, std::pair{4, 2000}})
        QVERIFY(m_store->upsertAlert(alertRow(id, QStringLiteral("contact:%1").arg(id), at), &error));
    const auto call = [&](qint64 alertId, qint64 repId, const char *client, const QByteArray &qualification) {
        return m_store->addCall({QStringLiteral("contact:%1").arg(alertId), repId,
                                 QString::fromLatin1(client), alertId * 1000 + 60, 30,
                                 QStringLiteral("connected"), QStringLiteral("notes"), qualification,
                                 alertId * 1000 + 120, alertId},
                                &error);
    };
    QVERIFY2(call(2, *ann, "c1", R"({"qualified":true})"), qPrintable(error));
    QVERIFY2(call(2, 999, "c2", "{}"), qPrintable(error));  // a rep since removed
    QVERIFY2(call(1, *ann, "c3", "{}"), qPrintable(error)); // before the period
    QVERIFY2(call(4, *ann, "c4", "{}"), qPrintable(error)); // at its end: excluded

    const auto alerts = m_store->alertsRaised(1000, 2000, &error);
    QVERIFY2(alerts, qPrintable(error));
    QCOMPARE(alerts->size(), 2);
    QCOMPARE(alerts->at(0).id, 2);
    QCOMPARE(alerts->at(1).id, 3);

    auto calls = m_store->callsOnAlertsRaised(1000, 2000, &error);
    QVERIFY2(calls, qPrintable(error));
    QCOMPARE(calls->size(), 2);
    std::sort(calls->begin(), calls->end(), [](const auto &a, const auto &b) { return a.rep > b.rep; });
    QCOMPARE(calls->at(0).alertId, 2);
    QCOMPARE(calls->at(0).rep, QStringLiteral("ann"));
    QCOMPARE(calls->at(0).startedAtMs, 2060);
    QCOMPARE(calls->at(0).disposition, QStringLiteral("connected"));
    QCOMPARE(calls->at(0).qualification, QByteArray(R"({"qualified":true})"));
    QCOMPARE(calls->at(1).rep, QString());
    QCOMPARE(
        scalar(*m_database, QStringLiteral("SELECT duration_s || '/' || notes || '/' || logged_at || '/' || "
                                           "client_id FROM calls WHERE client_id = 'c1'"))
            .toString(),
        QStringLiteral("30/notes/2120/c1"));
}

void TestFeedStore::actionsAreAnsweredOnce()
{
    QString error;
    QVERIFY(!m_store->actionResult(1, QStringLiteral("req-1"), &error));
    QVERIFY(error.isEmpty());
    QVERIFY2(m_store->recordAction(
                 {QStringLiteral("req-1"), 1, QStringLiteral("claim"), 10, R"({"ok":true})"}, &error),
             qPrintable(error));
    QCOMPARE(m_store->actionResult(1, QStringLiteral("req-1"), &error).value_or(QByteArray()),
             QByteArray(R"({"ok":true})"));
    QVERIFY(!m_store->actionResult(2, QStringLiteral("req-1"), &error)); // another rep's id space
    QVERIFY(!m_store->recordAction({QStringLiteral("req-1"), 1, QStringLiteral("claim"), 11, "{}"}, &error));
    QVERIFY(m_store->recordAction({QStringLiteral("req-1"), 2, QStringLiteral("claim"), 11, "{}"}, &error));
}

void TestFeedStore::auditIsAppended()
{
    QString error;
    QVERIFY2(m_store->addAudit({10,
                                3,
                                QStringLiteral("reassign"),
                                QStringLiteral("contact:a"),
                                R"({"from":"ann","to":"bob"})",
                                0,
                                {}},
                               &error),
             qPrintable(error));
    QCOMPARE(
        scalar(*m_database, QStringLiteral("SELECT at || '/' || rep_id || '/' || action || '/' || lead_id || "
                                           "'/' || detail FROM audit"))
            .toString(),
        QStringLiteral(R"(10/3/reassign/contact:a/{"from":"ann","to":"bob"})"));
}

void TestFeedStore::auditIsReadPerLead()
{
    QString error;
    const auto ann = m_store->addRep(namedRep(QStringLiteral("ann")), QStringLiteral("h-ann"), 0, &error);
    QVERIFY2(ann, qPrintable(error));
    const QList<FeedStore::AuditRow> rows{
        {20, 0, QStringLiteral("offered"), QStringLiteral("contact:a"), R"({"to":"ann"})", 7, {}},
        {30, *ann, QStringLiteral("claimed"), QStringLiteral("contact:a"), R"({"rep":"ann"})", 7, {}},
        {25, 0, QStringLiteral("offered"), QStringLiteral("contact:b"), "{}", 8, {}},
        {30, 0, QStringLiteral("escalated"), QStringLiteral("contact:a"), "{}", 7, {}}, // same time: in order
    };
    for (const FeedStore::AuditRow &row : rows)
        QVERIFY2(m_store->addAudit(row, &error), qPrintable(error));
    const auto read = m_store->auditFor(QStringLiteral("contact:a"), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->size(), 3);
    QCOMPARE(read->at(0).action, QStringLiteral("offered"));
    QCOMPARE(read->at(0).repName, QString()); // the server
    QCOMPARE(read->at(0).alertId, 7);
    QCOMPARE(read->at(1).action, QStringLiteral("claimed"));
    QCOMPARE(read->at(1).repName, QStringLiteral("ann"));
    QCOMPARE(read->at(1).detail, QByteArray(R"({"rep":"ann"})"));
    QCOMPARE(read->at(2).action, QStringLiteral("escalated"));
    QVERIFY(m_store->auditFor(QStringLiteral("contact:none"), &error)->isEmpty());
    // Every lead's, in a period: [25, 30) holds contact:b's offer only.
    const auto period = m_store->auditBetween(25, 30, &error);
    QVERIFY2(period, qPrintable(error));
    QCOMPARE(period->size(), 1);
    QCOMPARE(period->at(0).leadId, QStringLiteral("contact:b"));
    QCOMPARE(m_store->auditBetween(0, 100, &error)->size(), 4);
}

void TestFeedStore::repRoutingFieldsRoundTrip()
{
    QString error;
    for (const char *name : {"bea", "cai", "dan"})
        QVERIFY(m_store->addRep(namedRep(QString::fromLatin1(name)), QString::fromLatin1(name), 0, &error));
    Rep sam = namedRep(QStringLiteral("sam"));
    sam.backups = {QStringLiteral("dan"), QStringLiteral("bea")}; // in this order
    sam.weight = 2.5;
    sam.hours = *WorkingHours::parse(QStringLiteral("Mon-Fri 09:00-17:30"));
    sam.timeZone = QStringLiteral("Europe/Berlin");
    sam.email = QStringLiteral("sam@example.com");
    const auto id = m_store->addRep(sam, QStringLiteral("h-sam"), 0, &error);
    QVERIFY2(id, qPrintable(error));
    sam.id = *id;
    auto read = m_store->repNamed(QStringLiteral("sam"));
    QCOMPARE(read->backups, sam.backups);
    QCOMPARE(read->weight, 2.5);
    QCOMPARE(read->hours, sam.hours);
    QCOMPARE(read->timeZone, sam.timeZone);
    QCOMPARE(read->email, sam.email);

    sam.role = Rep::Role::Ae;
    sam.segments = {{QStringLiteral("region"), QStringLiteral("EMEA")}};
    sam.backups = {QStringLiteral("cai"), QStringLiteral("dan"), QStringLiteral("bea")};
    sam.weight = 0.5;
    sam.hours = {};
    sam.timeZone = QStringLiteral("America/New_York");
    sam.email.clear();
    QCOMPARE(m_store->updateRep(sam, &error).value_or(-1), 1);
    read = m_store->repNamed(QStringLiteral("sam"));
    QCOMPARE(read->role, Rep::Role::Ae);
    QCOMPARE(read->segments, sam.segments);
    QCOMPARE(read->backups, sam.backups);
    QCOMPARE(read->weight, 0.5);
    QVERIFY(read->hours.isAlways());
    QCOMPARE(read->timeZone, sam.timeZone);
    QCOMPARE(read->email, QString());
    QCOMPARE(read->availability, Rep::Availability::Available); // not the update's to change

    // Removing a backup keeps the others, in order.
    QVERIFY2(m_store->removeRep(QStringLiteral("dan"), &error), qPrintable(error));
    QCOMPARE(m_store->repNamed(QStringLiteral("sam"))->backups,
             (QStringList{QStringLiteral("cai"), QStringLiteral("bea")}));
    Rep nobody = sam;
    nobody.id = 12345;
    QCOMPARE(m_store->updateRep(nobody, &error).value_or(-1), 0);
}

void TestFeedStore::repsAddFindChangeRemove()
{
    QString error;
    Rep bob = namedRep(QStringLiteral("bob"), Rep::Role::Ae);
    bob.segments = {{QStringLiteral("region"), QStringLiteral("EMEA")}};
    bob.availability = Rep::Availability::Away;
    const auto bobId = m_store->addRep(bob, QStringLiteral("hash-bob"), 100, &error);
    QVERIFY2(bobId, qPrintable(error));
    Rep ann = namedRep(QStringLiteral("Ann"), Rep::Role::Manager);
    ann.backups = {QStringLiteral("bob")};
    const auto annId = m_store->addRep(ann, QStringLiteral("hash-ann"), 200, &error);
    QVERIFY2(annId, qPrintable(error));
    QVERIFY(*annId != *bobId);

    const auto reps = m_store->reps(&error);
    QVERIFY(reps);
    QCOMPARE(reps->size(), 2);
    QCOMPARE(reps->at(0).name, QStringLiteral("Ann")); // ignoring case
    QCOMPARE(reps->at(0).id, *annId);
    QCOMPARE(reps->at(0).role, Rep::Role::Manager);
    QCOMPARE(reps->at(0).backups, QStringList{QStringLiteral("bob")});
    QCOMPARE(reps->at(1).segments, bob.segments);
    QCOMPARE(reps->at(1).availability, Rep::Availability::Away);

    QCOMPARE(m_store->repNamed(QStringLiteral("bob"))->id, *bobId);
    QCOMPARE(m_store->repWithId(*annId)->name, QStringLiteral("Ann"));
    QCOMPARE(m_store->repWithTokenHash(QStringLiteral("hash-bob"))->name, QStringLiteral("bob"));
    QVERIFY(!m_store->repNamed(QStringLiteral("nobody")));
    QVERIFY(!m_store->repWithId(12345));
    QVERIFY(!m_store->repWithTokenHash(QStringLiteral("nope")));

    QCOMPARE(
        m_store->setRepTokenHash(QStringLiteral("bob"), QStringLiteral("hash-bob-2"), &error).value_or(-1),
        1);
    QCOMPARE(m_store->setRepTokenHash(QStringLiteral("nobody"), QStringLiteral("x"), &error).value_or(-1), 0);
    QVERIFY(!m_store->repWithTokenHash(QStringLiteral("hash-bob")));
    QCOMPARE(m_store->repWithTokenHash(QStringLiteral("hash-bob-2"))->id, *bobId);

    QCOMPARE(m_store->setRepAvailability(*bobId, Rep::Availability::Available, &error).value_or(-1), 1);
    QCOMPARE(m_store->setRepAvailability(12345, Rep::Availability::Away, &error).value_or(-1), 0);
    QCOMPARE(m_store->repWithId(*bobId)->availability, Rep::Availability::Available);

    QVERIFY2(m_store->removeRep(QStringLiteral("bob"), &error), qPrintable(error));
    QVERIFY(!m_store->repNamed(QStringLiteral("bob")));
    QVERIFY(m_store->repNamed(QStringLiteral("Ann"))->backups.isEmpty()); // no longer anyone's backup
    const auto carl =
        m_store->addRep(namedRep(QStringLiteral("carl")), QStringLiteral("hash-carl"), 300, &error);
    QVERIFY2(carl, qPrintable(error));
    QCOMPARE(m_store->repNamed(QStringLiteral("carl"))->id, *carl);
}

void TestFeedStore::repNamesAreUnique()
{
    QString error;
    QVERIFY(m_store->addRep(namedRep(QStringLiteral("ann")), QStringLiteral("h1"), 0, &error));
    QVERIFY(!m_store->addRep(namedRep(QStringLiteral("ann")), QStringLiteral("h2"), 0, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!m_store->addRep(namedRep(QStringLiteral("bob")), QStringLiteral("h1"), 0,
                             &error)); // the same token hash
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_store->reps(&error)->size(), 1);
}

void TestFeedStore::settingsAreUpserted()
{
    QString error;
    QVERIFY(!m_store->setting(QStringLiteral("rotation.last"), &error));
    QVERIFY(error.isEmpty());
    QVERIFY2(m_store->setSetting(QStringLiteral("rotation.last"), QStringLiteral("3"), &error),
             qPrintable(error));
    QVERIFY2(m_store->setSetting(QStringLiteral("rotation.last"), QStringLiteral("4"), &error),
             qPrintable(error));
    QCOMPARE(m_store->setting(QStringLiteral("rotation.last"), &error).value_or(QString()),
             QStringLiteral("4"));
    QCOMPARE(scalar(*m_database, QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 1);
}

void TestFeedStore::outboxItemsAreDueInOrderAndSettled()
{
    const auto item = [](const QString &id, qint64 nextAt) {
        FeedStore::OutboxRow row;
        row.id = id;
        row.target = QStringLiteral("crm");
        row.type = QStringLiteral("call.logged");
        row.leadId = QStringLiteral("contact:ada");
        row.callId = id + QStringLiteral("-call");
        row.payload = R"({"n":1})";
        row.nextAtMs = nextAt;
        row.createdAtMs = 100;
        row.updatedAtMs = 100;
        return row;
    };
    QString error;
    QVERIFY(!m_store->nextOutboxAtMs(&error));
    QVERIFY2(m_store->addOutbox(item(QStringLiteral("b"), 300), &error), qPrintable(error));
    QVERIFY2(m_store->addOutbox(item(QStringLiteral("a"), 200), &error), qPrintable(error));
    QVERIFY2(m_store->addOutbox(item(QStringLiteral("c"), 900), &error), qPrintable(error));
    QVERIFY(!m_store->addOutbox(item(QStringLiteral("a"), 200), &error)); // ids are unique
    QCOMPARE(m_store->nextOutboxAtMs(&error).value_or(-1), 200);
    auto due = m_store->dueOutbox(500, 10, &error);
    QVERIFY2(due, qPrintable(error));
    QCOMPARE(due->size(), 2);
    QCOMPARE(due->at(0).id, QStringLiteral("a"));
    QCOMPARE(due->at(0).payload, QByteArray(R"({"n":1})"));
    QCOMPARE(due->at(0).callId, QStringLiteral("a-call"));
    QCOMPARE(due->at(1).id, QStringLiteral("b"));

    FeedStore::OutboxRow sent = due->at(0);
    sent.attempts = 2;
    sent.state = FeedStore::OutboxState::Sent;
    sent.reference = QStringLiteral("https://crm.example/calls/7");
    sent.updatedAtMs = 600;
    QVERIFY2(m_store->updateOutbox(sent, &error), qPrintable(error));
    FeedStore::OutboxRow failed = due->at(1);
    failed.attempts = 3;
    failed.state = FeedStore::OutboxState::Failed;
    failed.lastError = QStringLiteral("400: hs_call_duration must be a number");
    failed.unsure = true;
    failed.updatedAtMs = 700;
    QVERIFY2(m_store->updateOutbox(failed, &error), qPrintable(error));

    QCOMPARE(m_store->dueOutbox(500, 10, &error)->size(), 0);
    QCOMPARE(m_store->nextOutboxAtMs(&error).value_or(-1), 900);
    const auto back = m_store->outboxItem(QStringLiteral("b"), &error);
    QVERIFY(back);
    QCOMPARE(back->state, FeedStore::OutboxState::Failed);
    QCOMPARE(back->attempts, 3);
    QCOMPARE(back->lastError, failed.lastError);
    QVERIFY(back->unsure);
    QCOMPARE(m_store->outboxItem(QStringLiteral("a"), &error)->reference, sent.reference);
    const auto failures = m_store->outboxInState(FeedStore::OutboxState::Failed, 10, &error);
    QVERIFY(failures);
    QCOMPARE(failures->size(), 1);
    QCOMPARE(failures->constFirst().id, QStringLiteral("b"));
    QCOMPARE(m_store->outboxForLead(QStringLiteral("contact:ada"), &error)->size(), 3);
}

void TestFeedStore::outboxRollsBackWithItsChange()
{
    FeedStore::OutboxRow row;
    row.id = QStringLiteral("rolled-back");
    row.target = QStringLiteral("crm");
    row.type = QStringLiteral("call.logged");
    row.payload = "{}";
    QVERIFY(!m_store->transaction([&] { return m_store->addOutbox(row, nullptr) && false; }));
    QVERIFY(!m_store->outboxItem(row.id, nullptr));
}

void TestFeedStore::reopenedSchemaIsCurrent()
{
    QVERIFY(m_store->setSetting(QStringLiteral("kept"), QStringLiteral("yes"), nullptr));
    m_store.reset();
    m_database.reset();
    QString error;
    m_database = Database::open(m_location, &error); // migrations find nothing to do
    QVERIFY2(m_database, qPrintable(error));
    QCOMPARE(m_database->dialect(), m_location.dialect);
    QCOMPARE(m_database->schemaVersion(), Database::latestSchemaVersion(m_location.dialect));
    m_store = SqlFeedStore::create(*m_database);
    QCOMPARE(m_store->setting(QStringLiteral("kept"), &error).value_or(QString()), QStringLiteral("yes"));
}

void TestFeedStore::claimMovesOnlyFromItsHolder()
{
    QString error;
    const qint64 id = m_store->nextAlertId();
    QVERIFY(m_store->upsertAlert(
        {id, QStringLiteral("contact:a"), 1000, 1, 90, QStringLiteral("web"), {}, 0, 0, false, 0}, &error));
    // Nobody holds it: ann takes it; bob's claim from nobody then changes nothing.
    QCOMPARE(m_store->moveClaim(id, QString(), QStringLiteral("ann"), 2000, &error).value_or(-1), 1);
    QCOMPARE(m_store->moveClaim(id, QString(), QStringLiteral("bob"), 2001, &error).value_or(-1), 0);
    QCOMPARE(m_store->moveClaim(id, QStringLiteral("bob"), QString(), 2002, &error).value_or(-1), 0);
    // Released by its holder, then free again.
    QCOMPARE(m_store->moveClaim(id, QStringLiteral("ann"), QString(), 2003, &error).value_or(-1), 1);
    QCOMPARE(m_store->moveClaim(id, QString(), QStringLiteral("bob"), 2004, &error).value_or(-1), 1);
    const auto alerts = m_store->alertsRaised(0, 5000, &error);
    QVERIFY2(alerts && alerts->size() == 1, qPrintable(error));
    QCOMPARE(alerts->constFirst().claimedBy, QStringLiteral("bob"));
}

void TestFeedStore::eventsAfterAndHeads()
{
    QString error;
    QCOMPARE(m_store->heads(&error).value_or(std::pair<qint64, qint64>{-1, -1}),
             (std::pair<qint64, qint64>{0, 0}));
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_store->addEvent({QString(), 1000 + i, QByteArray("{\"n\":") + QByteArray::number(i) + '}'},
                                  &error));
    const qint64 last = m_store->lastEventId(&error).value_or(0);
    QVERIFY(last > 0);
    QList<qint64> ids;
    QList<QByteArray> bodies;
    QVERIFY(m_store->eventsAfter(
        0,
        [&](qint64 id, const QByteArray &body) {
            ids.append(id);
            bodies.append(body);
        },
        &error));
    QCOMPARE(bodies, (QList<QByteArray>{"{\"n\":0}", "{\"n\":1}", "{\"n\":2}"}));
    QCOMPARE(ids.constLast(), last);
    bodies.clear();
    QVERIFY(m_store->eventsAfter(
        ids.at(1), [&](qint64, const QByteArray &body) { bodies.append(body); }, &error));
    QCOMPARE(bodies, (QList<QByteArray>{"{\"n\":2}"}));
    QVERIFY(m_store->appendJournal({7, QStringLiteral("contact:a"), 1, {}, "{}", {}}, &error));
    QCOMPARE(m_store->heads(&error).value_or(std::pair<qint64, qint64>{-1, -1}),
             (std::pair<qint64, qint64>{last, 7}));
}

#ifdef FIRSTCALL_TEST_POSTGRES
void TestFeedStore::alertIdsAreSharedBetweenConnections()
{
    // Two servers on one database: ids from the sequence never collide.
    QString error;
    const auto other = Database::open(m_location, &error);
    QVERIFY2(other, qPrintable(error));
    const auto otherStore = SqlFeedStore::create(*other);
    QSet<qint64> ids;
    for (int i = 0; i < 50; ++i) {
        ids.insert(m_store->nextAlertId());
        ids.insert(otherStore->nextAlertId());
    }
    QCOMPARE(ids.size(), 100);
    QVERIFY(!ids.contains(0));
}

void TestFeedStore::connectionFailureNamesTheDatabaseNotThePassword()
{
    StoreLocation wrong = m_location;
    wrong.databaseName = QStringLiteral("no_such_database");
    wrong.password = QStringLiteral("s3cret-pw");
    QString error;
    QVERIFY(!Database::open(wrong, &error));
    QVERIFY2(error.contains(QLatin1StringView("no_such_database")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1StringView("does not exist")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1StringView("s3cret")), qPrintable(error));
}

void TestFeedStore::newsReadAlongWithOwnStatementsIsNoticed()
{
    // Another server's notification that arrives while this one is busy with its own
    // statement is taken off the socket by libpq with that statement's results; it must still
    // reach the callback at once, not with the next notification or poll. (A guard: this simple
    // case passes with Qt 6.4's driver alone too; the 1 s waits bench_feed saw are gone with
    // Database::setPollNotifications, docs/benchmarks.md.)
    int notified = 0;
    m_store->onJournalNotified([&notified] { ++notified; });
    QString error;
    const auto other = Database::open(m_location, &error);
    QVERIFY2(other, qPrintable(error));
    const auto otherStore = SqlFeedStore::create(*other);
    QVERIFY(otherStore->exclusive([&] { return otherStore->notifyJournal(1, nullptr); }));
    QThread::msleep(100);                  // it is on this connection's socket now; nothing has read it
    QVERIFY(m_store->lastEventId(&error)); // this server's own statement reads it along
    QTRY_COMPARE_WITH_TIMEOUT(notified, 1, 300);
}

void TestFeedStore::newsAfterAOneRowReadIsNoticed_data()
{
    QTest::addColumn<QString>("read");
    QTest::newRow("a setting (the team's version, polled by every server)") << u"setting"_qs;
    QTest::newRow("the heads") << u"heads"_qs;
    QTest::newRow("an action's result") << u"action"_qs;
}

void TestFeedStore::newsAfterAOneRowReadIsNoticed()
{
    // A kept statement that reads one row must leave the connection idle. One left with its
    // end unread (forward-only, in libpq's single-row mode) held every notification that came
    // after it in libpq's buffer, unparsed, until this server's next statement: followers
    // missed a second of alerts when the team poll read its version between two commits.
    QFETCH(QString, read);
    QString error;
    QVERIFY(m_store->setSetting(u"team.version"_qs, u"7"_qs, &error));
    QVERIFY(m_store->recordAction({u"client-1"_qs, 1, u"claim"_qs, 1, "{}"}, &error));
    int notified = 0;
    m_store->onJournalNotified([&notified] { ++notified; });
    if (read == u"setting")
        QCOMPARE(m_store->setting(u"team.version"_qs, &error), u"7"_qs);
    else if (read == u"heads")
        QVERIFY(m_store->heads(&error));
    else
        QVERIFY(m_store->actionResult(1, u"client-1"_qs, &error));
    QTest::qWait(50); // the driver's own look after the statement has run: nothing to find yet
    const auto other = Database::open(m_location, &error);
    QVERIFY2(other, qPrintable(error));
    const auto otherStore = SqlFeedStore::create(*other);
    QVERIFY(otherStore->exclusive([&] { return otherStore->notifyJournal(1, nullptr); }));
    // No statement of this server's follows: only the socket can tell it.
    QTRY_COMPARE_WITH_TIMEOUT(notified, 1, 1000);
}

void TestFeedStore::heldBackWritesThatFailRollBackTheWholeTransaction()
{
    // Inside exclusive() the writes go in one string with the COMMIT: a write that fails in the
    // middle of it (not the first statement) fails the transaction, and nothing of it is stored.
    QVERIFY(m_store->addEvent({QStringLiteral("taken"), 1, "{}"}, nullptr));
    const bool committed = m_store->exclusive([&] {
        return m_store->addEvent({QStringLiteral("first"), 2, "{}"}, nullptr) &&
               m_store->appendJournal({1, QStringLiteral("contact:a"), 2, {}, "{}", {}}, nullptr) &&
               m_store->addEvent({QStringLiteral("taken"), 3, "{}"}, nullptr) && // a duplicate message id
               m_store->notifyJournal(1, nullptr);
    });
    QVERIFY(!committed);
    QVERIFY(!m_store->connectionError().isEmpty());
    QString error;
    QCOMPARE(m_store->heads(&error), (std::pair<qint64, qint64>{1, 0}));
    // The connection is usable: the next transaction commits.
    QVERIFY(m_store->exclusive([&] {
        return m_store->addEvent({QStringLiteral("second"), 4, "{}"}, nullptr);
    }));
    const auto heads = m_store->heads(&error);
    QVERIFY2(heads, qPrintable(error));
    QVERIFY(heads->first > 1);
    QCOMPARE(heads->second, qint64(0));
}
#endif

QTEST_GUILESS_MAIN(TestFeedStore)
#include "tst_feedstore.moc"
