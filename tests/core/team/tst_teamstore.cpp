#include "store/sqlitefeedstore.h"
#include "team/teamstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using Segments = QList<QPair<QString, QString>>;

namespace {

Rep makeRep(const QString &name, Rep::Role role = Rep::Role::Sdr, const Segments &segments = {},
            const QString &backup = {})
{
    Rep rep;
    rep.name = name;
    rep.role = role;
    rep.segments = segments;
    if (!backup.isEmpty())
        rep.backups = {backup};
    return rep;
}

QStringList names(const QList<Rep> &reps)
{
    QStringList out;
    for (const Rep &rep : reps)
        out.append(rep.name);
    return out;
}

} // namespace

class TestTeamStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void roleAndAvailabilityNames();
    void parseSegment_data();
    void parseSegment();

    void newTokenFormat();
    void addAndFind();
    void listIsSortedByNameIgnoringCase();
    void segmentsAreStoredAsJson();
    void tokenIsNeverStoredInClear();
    void authenticate();
    void rotateToken();
    void rotateTokenOfUnknownRep();
    void removeRep();
    void removeUnknownRep();
    void removeClearsBackups();
    void setAvailability();
    void longestNameIsAccepted();
    void addValidation_data();
    void addValidation();
    void persistsAcrossReopen();

private:
    // Adds `rep`, failing the test on error; returns the token.
    QString addOrFail(const Rep &rep);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqliteFeedStore> m_store;
    std::unique_ptr<TeamStore> m_team;
};

void TestTeamStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_database = Database::open(m_dir->filePath(QStringLiteral("team.db")), &error);
    QVERIFY2(m_database, qPrintable(error));
    m_store = std::make_unique<SqliteFeedStore>(*m_database);
    m_team = std::make_unique<TeamStore>(*m_store);
}

void TestTeamStore::cleanup()
{
    m_team.reset();
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

QString TestTeamStore::addOrFail(const Rep &rep)
{
    QString error;
    const auto added = m_team->add(rep, &error);
    if (!added)
        qWarning("add(%s) failed: %s", qPrintable(rep.name), qPrintable(error));
    return added ? added->token : QString();
}

void TestTeamStore::roleAndAvailabilityNames()
{
    for (const Rep::Role role : {Rep::Role::Sdr, Rep::Role::Ae, Rep::Role::Manager})
        QVERIFY(Rep::parseRole(Rep::roleName(role)) == role);
    QCOMPARE(Rep::roleName(Rep::Role::Ae), QStringLiteral("ae"));
    QVERIFY(Rep::parseRole(QStringLiteral("SDR")) == Rep::Role::Sdr);
    QVERIFY(!Rep::parseRole(QStringLiteral("ceo")));
    QVERIFY(!Rep::parseRole(QString()));
    for (const auto availability :
         {Rep::Availability::Available, Rep::Availability::Away, Rep::Availability::Offline})
        QVERIFY(Rep::parseAvailability(Rep::availabilityName(availability)) == availability);
    QVERIFY(!Rep::parseAvailability(QStringLiteral("busy")));
}

void TestTeamStore::parseSegment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::addRow("key=value") << QStringLiteral("region=EMEA") << true << QStringLiteral("region")
                               << QStringLiteral("EMEA");
    QTest::addRow("value with =") << QStringLiteral("product=a=b") << true << QStringLiteral("product")
                                  << QStringLiteral("a=b");
    QTest::addRow("spaces trimmed") << QStringLiteral(" industry = Software ") << true
                                    << QStringLiteral("industry") << QStringLiteral("Software");
    QTest::addRow("no =") << QStringLiteral("region") << false << QString() << QString();
    QTest::addRow("empty key") << QStringLiteral("=EMEA") << false << QString() << QString();
    QTest::addRow("empty value") << QStringLiteral("region=") << false << QString() << QString();
    QTest::addRow("blank value") << QStringLiteral("region=  ") << false << QString() << QString();
    QTest::addRow("empty") << QString() << false << QString() << QString();
}

void TestTeamStore::parseSegment()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const auto segment = Rep::parseSegment(text);
    QCOMPARE(segment.has_value(), valid);
    if (valid) {
        QCOMPARE(segment->first, key);
        QCOMPARE(segment->second, value);
    }
}

void TestTeamStore::newTokenFormat()
{
    static const QRegularExpression pattern(QStringLiteral("^fc_[A-Za-z0-9_-]{43}$"));
    const QString first = TeamStore::newToken();
    const QString second = TeamStore::newToken();
    QVERIFY2(pattern.match(first).hasMatch(), qPrintable(first));
    QVERIFY2(pattern.match(second).hasMatch(), qPrintable(second));
    QVERIFY(first != second);

    const QString hash = TeamStore::hashToken(first);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(hash).hasMatch(), qPrintable(hash));
    QCOMPARE(TeamStore::hashToken(first), hash);
    QVERIFY(TeamStore::hashToken(second) != hash);
    // SHA-256 of "abc", so that the hash is the documented one.
    QCOMPARE(TeamStore::hashToken(QStringLiteral("abc")),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestTeamStore::addAndFind()
{
    const Segments segments = {{QStringLiteral("region"), QStringLiteral("EMEA")},
                               {QStringLiteral("industry"), QStringLiteral("Software")},
                               {QStringLiteral("region"), QStringLiteral("APAC")}};
    QString error;
    QVERIFY(addOrFail(makeRep(QStringLiteral("alice"))).size() > 0);
    const auto added =
        m_team->add(makeRep(QStringLiteral("bob"), Rep::Role::Ae, segments, QStringLiteral("alice")), &error);
    QVERIFY2(added, qPrintable(error));
    QVERIFY(added->rep.id > 0);
    QCOMPARE(added->rep.name, QStringLiteral("bob"));

    const auto found = m_team->find(QStringLiteral("bob"));
    QVERIFY(found);
    QCOMPARE(found->id, added->rep.id);
    QCOMPARE(found->name, QStringLiteral("bob"));
    QCOMPARE(found->role, Rep::Role::Ae);
    QCOMPARE(found->segments, segments);
    QCOMPARE(found->backups, QStringList{QStringLiteral("alice")});
    QCOMPARE(found->availability, Rep::Availability::Available);
    QVERIFY(!found->isManager());

    const auto byId = m_team->findById(added->rep.id);
    QVERIFY(byId);
    QCOMPARE(byId->name, QStringLiteral("bob"));

    QVERIFY(!m_team->find(QStringLiteral("zoe")));
    QVERIFY(!m_team->find(QStringLiteral("Bob")));
    QVERIFY(!m_team->findById(added->rep.id + 1000));
}

void TestTeamStore::listIsSortedByNameIgnoringCase()
{
    QVERIFY(m_team->list().isEmpty());
    for (const char *name : {"carol", "alice", "Dave", "bob"})
        QVERIFY(!addOrFail(makeRep(QLatin1StringView(name))).isEmpty());
    QCOMPARE(names(m_team->list()), (QStringList{QStringLiteral("alice"), QStringLiteral("bob"),
                                                 QStringLiteral("carol"), QStringLiteral("Dave")}));
}

void TestTeamStore::segmentsAreStoredAsJson()
{
    QVERIFY(!addOrFail(makeRep(QStringLiteral("alice"), Rep::Role::Sdr,
                               {{QStringLiteral("region"), QStringLiteral("EMEA")},
                                {QStringLiteral("industry"), QStringLiteral("Software")}}))
                 .isEmpty());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT segments, role, availability, backup FROM reps")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral(R"([["region","EMEA"],["industry","Software"]])"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("sdr"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("available"));
    QVERIFY(query.value(3).isNull());
}

void TestTeamStore::tokenIsNeverStoredInClear()
{
    const QString token = addOrFail(makeRep(QStringLiteral("alice")));
    QVERIFY(!token.isEmpty());
    const QString rotated = *m_team->rotateToken(QStringLiteral("alice"), nullptr);
    const QString secret = token.mid(3); // without the fc_ prefix

    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT * FROM reps")));
    int rows = 0;
    while (query.next()) {
        ++rows;
        for (int column = 0; column < query.record().count(); ++column) {
            const QString value = query.value(column).toString();
            QVERIFY2(!value.contains(secret), qPrintable(query.record().fieldName(column)));
            QVERIFY2(!value.contains(rotated.mid(3)), qPrintable(query.record().fieldName(column)));
        }
        QCOMPARE(query.value(QStringLiteral("token_hash")).toString(), TeamStore::hashToken(rotated));
    }
    QCOMPARE(rows, 1);

    // Nor in the bytes on disk: the database file, its WAL and anything else SQLite left there.
    query.finish();
    int files = 0;
    for (QDirIterator it(m_dir->path(), QDir::Files); it.hasNext();) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(secret.toLatin1()), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains(rotated.mid(3).toLatin1()), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files >= 1);
}

void TestTeamStore::authenticate()
{
    const QString alice = addOrFail(makeRep(QStringLiteral("alice")));
    const QString bob = addOrFail(makeRep(QStringLiteral("bob"), Rep::Role::Manager));
    QVERIFY(!alice.isEmpty() && !bob.isEmpty());

    const auto asAlice = m_team->authenticate(alice);
    QVERIFY(asAlice);
    QCOMPARE(asAlice->name, QStringLiteral("alice"));
    const auto asBob = m_team->authenticate(bob);
    QVERIFY(asBob);
    QCOMPARE(asBob->name, QStringLiteral("bob"));
    QVERIFY(asBob->isManager());

    QVERIFY(!m_team->authenticate(QString()));
    QVERIFY(!m_team->authenticate(TeamStore::newToken()));
    QVERIFY(!m_team->authenticate(TeamStore::hashToken(alice))); // the stored hash is no token
    QVERIFY(!m_team->authenticate(alice.chopped(1)));
    QVERIFY(!m_team->authenticate(alice.toUpper()));
}

void TestTeamStore::rotateToken()
{
    const QString old = addOrFail(makeRep(QStringLiteral("alice")));
    const QString other = addOrFail(makeRep(QStringLiteral("bob")));
    QString error;
    const auto fresh = m_team->rotateToken(QStringLiteral("alice"), &error);
    QVERIFY2(fresh, qPrintable(error));
    QVERIFY(*fresh != old);
    QVERIFY(!m_team->authenticate(old));
    const auto rep = m_team->authenticate(*fresh);
    QVERIFY(rep);
    QCOMPARE(rep->name, QStringLiteral("alice"));
    // Other reps keep their tokens.
    QVERIFY(m_team->authenticate(other));
}

void TestTeamStore::rotateTokenOfUnknownRep()
{
    QString error;
    QVERIFY(!m_team->rotateToken(QStringLiteral("zoe"), &error));
    QVERIFY2(error.contains(QLatin1StringView("no rep named zoe")), qPrintable(error));
}

void TestTeamStore::removeRep()
{
    const QString token = addOrFail(makeRep(QStringLiteral("alice")));
    QVERIFY(!addOrFail(makeRep(QStringLiteral("bob"))).isEmpty());
    QString error;
    QVERIFY2(m_team->remove(QStringLiteral("alice"), &error), qPrintable(error));
    QVERIFY(!m_team->find(QStringLiteral("alice")));
    QVERIFY(!m_team->authenticate(token));
    QCOMPARE(names(m_team->list()), QStringList{QStringLiteral("bob")});
    // The name is free again.
    QVERIFY(!addOrFail(makeRep(QStringLiteral("alice"))).isEmpty());
}

void TestTeamStore::removeUnknownRep()
{
    QVERIFY(!addOrFail(makeRep(QStringLiteral("alice"))).isEmpty());
    QString error;
    QVERIFY(!m_team->remove(QStringLiteral("zoe"), &error));
    QVERIFY2(error.contains(QLatin1StringView("no rep named zoe")), qPrintable(error));
    QCOMPARE(m_team->list().size(), 1);
}

void TestTeamStore::removeClearsBackups()
{
    QVERIFY(!addOrFail(makeRep(QStringLiteral("alice"))).isEmpty());
    QVERIFY(!addOrFail(makeRep(QStringLiteral("dave"))).isEmpty());
    QVERIFY(
        !addOrFail(makeRep(QStringLiteral("bob"), Rep::Role::Sdr, {}, QStringLiteral("alice"))).isEmpty());
    QVERIFY(
        !addOrFail(makeRep(QStringLiteral("carol"), Rep::Role::Ae, {}, QStringLiteral("alice"))).isEmpty());
    QVERIFY(!addOrFail(makeRep(QStringLiteral("erin"), Rep::Role::Ae, {}, QStringLiteral("dave"))).isEmpty());

    QString error;
    QVERIFY2(m_team->remove(QStringLiteral("alice"), &error), qPrintable(error));
    QVERIFY(m_team->find(QStringLiteral("bob"))->backups.isEmpty());
    QVERIFY(m_team->find(QStringLiteral("carol"))->backups.isEmpty());
    QCOMPARE(m_team->find(QStringLiteral("erin"))->backups, QStringList{QStringLiteral("dave")});

    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM reps WHERE backup = 'alice'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestTeamStore::setAvailability()
{
    QVERIFY(!addOrFail(makeRep(QStringLiteral("alice"))).isEmpty());
    const qint64 id = m_team->find(QStringLiteral("alice"))->id;
    QString error;
    QVERIFY2(m_team->setAvailability(id, Rep::Availability::Away, &error), qPrintable(error));
    QCOMPARE(m_team->find(QStringLiteral("alice"))->availability, Rep::Availability::Away);
    QVERIFY(!m_team->setAvailability(id + 1000, Rep::Availability::Offline, &error));
    QVERIFY2(error.contains(QString::number(id + 1000)), qPrintable(error));
}

void TestTeamStore::longestNameIsAccepted()
{
    const QString name(200, u'n');
    QVERIFY(!addOrFail(makeRep(name)).isEmpty());
    QCOMPARE(m_team->find(name)->name, name);
    const QString spaced = QStringLiteral("Ana María de la Cruz");
    QVERIFY(!addOrFail(makeRep(spaced)).isEmpty());
}

void TestTeamStore::addValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Segments>("segments");
    QTest::addColumn<QString>("backup");
    QTest::addColumn<QString>("error");

    const QString bob = QStringLiteral("bob");
    const Segments none;
    const Segments ok = {{QStringLiteral("region"), QStringLiteral("EMEA")}};
    QTest::addRow("empty name") << QString() << ok << QString() << QStringLiteral("name is empty");
    QTest::addRow("leading space") << QStringLiteral(" bob") << ok << QString()
                                   << QStringLiteral("whitespace");
    QTest::addRow("trailing tab") << QStringLiteral("bob\t") << ok << QString()
                                  << QStringLiteral("whitespace");
    QTest::addRow("name too long") << QString(201, u'b') << ok << QString() << QStringLiteral("at most 200");
    QTest::addRow("line break in name")
        << QStringLiteral("bo\nb") << ok << QString() << QStringLiteral("control character");
    QTest::addRow("duplicate name") << QStringLiteral("alice") << ok << QString()
                                    << QStringLiteral("a rep named alice already exists");
    QTest::addRow("own backup") << bob << none << bob << QStringLiteral("bob cannot be their own backup");
    QTest::addRow("unknown backup") << bob << none << QStringLiteral("zoe")
                                    << QStringLiteral("the backup zoe is not on the team");
    QTest::addRow("segment without key") << bob << Segments{{QString(), QStringLiteral("EMEA")}} << QString()
                                         << QStringLiteral("needs both a key and a value");
    QTest::addRow("segment without value") << bob << Segments{{QStringLiteral("region"), QString()}}
                                           << QString() << QStringLiteral("needs both a key and a value");
    QTest::addRow("blank segment value") << bob << Segments{{QStringLiteral("region"), QStringLiteral("  ")}}
                                         << QString() << QStringLiteral("needs both a key and a value");
    QTest::addRow("= in segment key") << bob << Segments{{QStringLiteral("a=b"), QStringLiteral("c")}}
                                      << QString() << QStringLiteral("contains \"=\"");
}

void TestTeamStore::addValidation()
{
    QFETCH(QString, name);
    QFETCH(Segments, segments);
    QFETCH(QString, backup);
    QFETCH(QString, error);

    const QString aliceToken = addOrFail(makeRep(QStringLiteral("alice")));
    QVERIFY(!aliceToken.isEmpty());
    QString actual;
    QVERIFY(!m_team->add(makeRep(name, Rep::Role::Sdr, segments, backup), &actual));
    QVERIFY2(actual.contains(error), qPrintable(actual));
    // Nothing changed.
    QCOMPARE(names(m_team->list()), QStringList{QStringLiteral("alice")});
    QVERIFY(m_team->authenticate(aliceToken));
}

void TestTeamStore::persistsAcrossReopen()
{
    const QString token = addOrFail(makeRep(QStringLiteral("alice"), Rep::Role::Manager,
                                            {{QStringLiteral("region"), QStringLiteral("EMEA")}}));
    QVERIFY(!token.isEmpty());
    m_team.reset();
    m_store.reset();
    m_database.reset();

    QString error;
    m_database = Database::open(m_dir->filePath(QStringLiteral("team.db")), &error);
    QVERIFY2(m_database, qPrintable(error));
    m_store = std::make_unique<SqliteFeedStore>(*m_database);
    m_team = std::make_unique<TeamStore>(*m_store);
    const auto rep = m_team->authenticate(token);
    QVERIFY(rep);
    QCOMPARE(rep->name, QStringLiteral("alice"));
    QCOMPARE(rep->role, Rep::Role::Manager);
    QCOMPARE(rep->segments, (Segments{{QStringLiteral("region"), QStringLiteral("EMEA")}}));
}

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
