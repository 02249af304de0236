#include "store/sqlitefeedstore.h"
#include "team/teamstore.h"
#include "testutils.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// What one run of the real firstcall-feed program produced.
struct Run : ProgramRun
{
    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QString lastLine() const { return outLines().value(outLines().size() - 1); }
};

Run runFeed(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return Run{runProgram(QStringLiteral(FIRSTCALL_FEED_BIN), arguments, {}, environment)};
}

bool isToken(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^fc_[A-Za-z0-9_-]{43}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

class TestRepCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void addPrintsTokenOnLastLine();
    void tokenAuthenticatesAgainstTheSameFile();
    void listShowsTheTeamButNoToken();
    void listAsJson();
    void listOfEmptyTeam();
    void removeRep();
    void addAndEditRoutingOptions();
    void editRefused_data();
    void editRefused();
    void tokenRotationInvalidatesOldToken();
    void refusedChanges_data();
    void refusedChanges();
    void missingDb_data();
    void missingDb();
    void databaseFileMustExist_data();
    void databaseFileMustExist();
    void usageErrors_data();
    void usageErrors();
    void help_data();
    void help();
    void translated_data();
    void translated();
    void version();
    void serveHelpAndUnknownRules();

private:
    QStringList withDb(QStringList arguments) const;
    // Runs `rep add`, failing the test unless it worked; returns the token.
    QString add(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestRepCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("team.db"));
}

QStringList TestRepCommand::withDb(QStringList arguments) const
{
    arguments.prepend(QStringLiteral("rep"));
    arguments << QStringLiteral("--db") << m_db;
    return arguments;
}

QString TestRepCommand::add(const QStringList &arguments)
{
    const Run run = runFeed(withDb(QStringList{QStringLiteral("add")} + arguments));
    if (run.exitCode != 0 || !isToken(run.lastLine())) {
        qWarning("rep add %s failed:\n%s", qPrintable(arguments.join(u' ')), run.describe().constData());
        return {};
    }
    return run.lastLine();
}

void TestRepCommand::addPrintsTokenOnLastLine()
{
    const Run run =
        runFeed(withDb({QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"),
                        QStringLiteral("sdr"), QStringLiteral("--segment"), QStringLiteral("region=EMEA"),
                        QStringLiteral("--segment"), QStringLiteral("industry=Software")}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.describe().constData());
    QVERIFY2(run.out.endsWith(u'\n'), run.describe().constData());
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("Added alice (sdr). Access token (shown once, store it now):"));
    QVERIFY2(isToken(lines.at(1)), qPrintable(lines.at(1)));
    QVERIFY(QFile::exists(m_db));
}

void TestRepCommand::tokenAuthenticatesAgainstTheSameFile()
{
    const QString token = add({QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("ae"),
                               QStringLiteral("--segment"), QStringLiteral("region=EMEA")});
    QVERIFY(!token.isEmpty());

    QString error;
    const auto database = Database::open(m_db, &error);
    QVERIFY2(database, qPrintable(error));
    SqliteFeedStore store(*database);
    TeamStore team(store);
    const auto rep = team.authenticate(token);
    QVERIFY(rep);
    QCOMPARE(rep->name, QStringLiteral("alice"));
    QCOMPARE(rep->role, Rep::Role::Ae);
    QCOMPARE(rep->segments,
             (QList<QPair<QString, QString>>{{QStringLiteral("region"), QStringLiteral("EMEA")}}));
    QVERIFY(!team.authenticate(TeamStore::newToken()));
}

void TestRepCommand::listShowsTheTeamButNoToken()
{
    const QString alice = add({QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("manager")});
    const QString bob =
        add({QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("sdr"),
             QStringLiteral("--segment"), QStringLiteral("region=EMEA"), QStringLiteral("--segment"),
             QStringLiteral("industry=Software"), QStringLiteral("--backup"), QStringLiteral("alice")});
    QVERIFY(!alice.isEmpty() && !bob.isEmpty());

    const Run run = runFeed(withDb({QStringLiteral("list")}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.describe().constData());
    QVERIFY2(!run.out.contains(QLatin1StringView("fc_")), run.describe().constData());
    QVERIFY(!run.out.contains(alice.mid(3)) && !run.out.contains(bob.mid(3)));
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 3);
    static const QRegularExpression spaces(QStringLiteral("\\s{2,}"));
    QCOMPARE(lines.at(0).split(spaces),
             (QStringList{QStringLiteral("NAME"), QStringLiteral("ROLE"), QStringLiteral("SEGMENTS"),
                          QStringLiteral("BACKUP"), QStringLiteral("AVAILABILITY"), QStringLiteral("WEIGHT"),
                          QStringLiteral("HOURS"), QStringLiteral("TIME ZONE")}));
    QCOMPARE(lines.at(1).split(spaces),
             (QStringList{QStringLiteral("alice"), QStringLiteral("manager"), QStringLiteral("-"),
                          QStringLiteral("-"), QStringLiteral("available"), QStringLiteral("1"),
                          QStringLiteral("-"), QStringLiteral("-")}));
    QCOMPARE(lines.at(2).split(spaces),
             (QStringList{QStringLiteral("bob"), QStringLiteral("sdr"),
                          QStringLiteral("region=EMEA, industry=Software"), QStringLiteral("alice"),
                          QStringLiteral("available"), QStringLiteral("1"), QStringLiteral("-"),
                          QStringLiteral("-")}));
    // Aligned: every column starts at the same place on every line.
    for (const char *column : {"ROLE", "SEGMENTS", "BACKUP", "AVAILABILITY"}) {
        const qsizetype at = lines.at(0).indexOf(QLatin1StringView(column));
        QVERIFY(at > 0);
        for (const QString &line : lines.mid(1))
            QVERIFY2(line.at(at - 1) == u' ' && line.at(at) != u' ', qPrintable(line));
    }
}

void TestRepCommand::listAsJson()
{
    const QString alice = add({QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("ae"),
                               QStringLiteral("--segment"), QStringLiteral("region=EMEA")});
    QVERIFY(!alice.isEmpty());
    QVERIFY(!add({QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("sdr"),
                  QStringLiteral("--backup"), QStringLiteral("alice")})
                 .isEmpty());

    const Run run =
        runFeed(withDb({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains(QLatin1StringView("fc_")));
    QVERIFY(!run.out.contains(QLatin1StringView("token")));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
    QVERIFY2(!document.isNull(), qPrintable(parseError.errorString()));
    const QJsonArray reps = document.object().value(QLatin1StringView("reps")).toArray();
    QCOMPARE(reps.size(), 2);
    const QJsonObject first = reps.at(0).toObject();
    QCOMPARE(first.value(QLatin1StringView("name")).toString(), QStringLiteral("alice"));
    QCOMPARE(first.value(QLatin1StringView("role")).toString(), QStringLiteral("ae"));
    QCOMPARE(first.value(QLatin1StringView("availability")).toString(), QStringLiteral("available"));
    QVERIFY(first.value(QLatin1StringView("backup")).isNull());
    const QJsonArray segments = first.value(QLatin1StringView("segments")).toArray();
    QCOMPARE(segments.size(), 1);
    QCOMPARE(segments.at(0).toObject().value(QLatin1StringView("key")).toString(), QStringLiteral("region"));
    QCOMPARE(segments.at(0).toObject().value(QLatin1StringView("value")).toString(), QStringLiteral("EMEA"));
    QCOMPARE(reps.at(1).toObject().value(QLatin1StringView("backup")).toString(), QStringLiteral("alice"));
}

void TestRepCommand::listOfEmptyTeam()
{
    QVERIFY(!add({QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("sdr")}).isEmpty());
    QCOMPARE(runFeed(withDb({QStringLiteral("remove"), QStringLiteral("alice")})).exitCode, 0);
    const Run table = runFeed(withDb({QStringLiteral("list")}));
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(QLatin1StringView("rep add")), table.describe().constData());
    const Run json =
        runFeed(withDb({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1StringView("reps")).toArray().size(),
        0);
}

void TestRepCommand::removeRep()
{
    const QString alice = add({QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("ae")});
    QVERIFY(!alice.isEmpty());
    QVERIFY(!add({QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("sdr"),
                  QStringLiteral("--backup"), QStringLiteral("alice")})
                 .isEmpty());

    const Run run = runFeed(withDb({QStringLiteral("remove"), QStringLiteral("alice")}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1StringView("Removed alice.")), run.describe().constData());
    QVERIFY2(run.out.contains(QLatin1StringView("bob")), run.describe().constData());

    const Run listed =
        runFeed(withDb({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}));
    const QJsonArray reps =
        QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QLatin1StringView("reps")).toArray();
    QCOMPARE(reps.size(), 1);
    QCOMPARE(reps.at(0).toObject().value(QLatin1StringView("name")).toString(), QStringLiteral("bob"));
    QVERIFY(reps.at(0).toObject().value(QLatin1StringView("backup")).isNull());

    QString error;
    const auto database = Database::open(m_db, &error);
    QVERIFY2(database, qPrintable(error));
    SqliteFeedStore store(*database);
    QVERIFY(!TeamStore(store).authenticate(alice));
}

void TestRepCommand::addAndEditRoutingOptions()
{
    const auto u = [](const char *text) { return QString::fromUtf8(text); };
    QVERIFY(!add({u("ann"), u("--role"), u("sdr")}).isEmpty());
    QVERIFY(!add({u("bo"), u("--role"), u("sdr")}).isEmpty());
    const QString sam = add({u("sam"), u("--role"), u("sdr"), u("--backup"), u("bo"), u("--backup"), u("ann"),
                             u("--weight"), u("2"), u("--hours"), u("Mon-Fri 09:00-17:30"), u("--timezone"),
                             u("Europe/Berlin"), u("--email"), u("sam@example.com")});
    QVERIFY(!sam.isEmpty());
    const auto reps = [this] {
        const Run listed =
            runFeed(withDb({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}));
        QJsonObject byName;
        for (const QJsonValue &rep :
             QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QLatin1StringView("reps")).toArray())
            byName.insert(rep.toObject().value(QLatin1StringView("name")).toString(), rep);
        return byName;
    };
    QJsonObject s = reps().value(u("sam")).toObject();
    QCOMPARE(s.value(u("backups")).toArray(), (QJsonArray{u("bo"), u("ann")}));
    QCOMPARE(s.value(u("backup")).toString(), u("bo"));
    QCOMPARE(s.value(u("weight")).toDouble(), 2.0);
    QCOMPARE(s.value(u("hours")).toString(), u("Mon-Fri 09:00-17:30"));
    QCOMPARE(s.value(u("timeZone")).toString(), u("Europe/Berlin"));
    QCOMPARE(s.value(u("email")).toString(), u("sam@example.com"));

    // Only what is given changes; the token stays.
    const Run edited = runFeed(withDb({u("edit"), u("sam"), u("--role"), u("ae"), u("--backup"), u("ann"),
                                       u("--hours"), u("always"), u("--segment"), u("region=EMEA")}));
    QCOMPARE(edited.exitCode, 0);
    QVERIFY2(edited.out.contains(u("Changed sam.")), edited.describe().constData());
    s = reps().value(u("sam")).toObject();
    QCOMPARE(s.value(u("role")).toString(), u("ae"));
    QCOMPARE(s.value(u("backups")).toArray(), QJsonArray{u("ann")});
    QCOMPARE(s.value(u("hours")).toString(), QString());
    QCOMPARE(s.value(u("weight")).toDouble(), 2.0);
    QCOMPARE(s.value(u("timeZone")).toString(), u("Europe/Berlin"));
    QCOMPARE(s.value(u("segments")).toArray().size(), 1);
    QString error;
    const auto database = Database::open(m_db, &error);
    QVERIFY2(database, qPrintable(error));
    SqliteFeedStore store(*database);
    QCOMPARE(TeamStore(store).authenticate(sam)->name, u("sam"));

    // "" clears the backups.
    QCOMPARE(runFeed(withDb({u("edit"), u("sam"), u("--backup"), QString()})).exitCode, 0);
    QVERIFY(reps().value(u("sam")).toObject().value(u("backups")).toArray().isEmpty());
}

void TestRepCommand::editRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    const auto u = [](const char *text) { return QString::fromUtf8(text); };
    QTest::addRow("unknown rep") << QStringList{u("zoe"), u("--weight"), u("2")} << u("no rep named zoe");
    QTest::addRow("unknown backup") << QStringList{u("ann"), u("--backup"), u("zoe")} << u("the backup zoe");
    QTest::addRow("own backup") << QStringList{u("ann"), u("--backup"), u("ann")} << u("own backup");
    QTest::addRow("zero weight") << QStringList{u("ann"), u("--weight"), u("0")} << u("--weight");
    QTest::addRow("weight not a number") << QStringList{u("ann"), u("--weight"), u("lots")} << u("--weight");
    QTest::addRow("bad hours") << QStringList{u("ann"), u("--hours"), u("9 to 5")} << u("--hours");
    QTest::addRow("bad time zone") << QStringList{u("ann"), u("--timezone"), u("Mars/Olympus")}
                                   << u("unknown time zone \"Mars/Olympus\"");
    QTest::addRow("bad email") << QStringList{u("ann"), u("--email"), u("ann at example")}
                               << u("not an email address");
    QTest::addRow("bad role") << QStringList{u("ann"), u("--role"), u("ceo")} << u("--role");
}

void TestRepCommand::editRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QVERIFY(!add({QStringLiteral("ann"), QStringLiteral("--role"), QStringLiteral("sdr")}).isEmpty());
    const Run run = runFeed(withDb(QStringList{QStringLiteral("edit")} + arguments));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(error), run.describe().constData());
}

void TestRepCommand::tokenRotationInvalidatesOldToken()
{
    const QString old = add({QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("sdr")});
    QVERIFY(!old.isEmpty());
    const Run run = runFeed(withDb({QStringLiteral("token"), QStringLiteral("alice")}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.describe().constData());
    const QString fresh = run.lastLine();
    QVERIFY2(isToken(fresh), run.describe().constData());
    QVERIFY(fresh != old);
    QCOMPARE(run.out.count(QLatin1StringView("fc_")), 1);

    QString error;
    const auto database = Database::open(m_db, &error);
    QVERIFY2(database, qPrintable(error));
    SqliteFeedStore store(*database);
    TeamStore team(store);
    QVERIFY(!team.authenticate(old));
    const auto rep = team.authenticate(fresh);
    QVERIFY(rep);
    QCOMPARE(rep->name, QStringLiteral("alice"));
}

void TestRepCommand::refusedChanges_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");

    const QString role = QStringLiteral("--role");
    const QString sdr = QStringLiteral("sdr");
    QTest::addRow("duplicate name") << QStringList{QStringLiteral("add"), QStringLiteral("alice"), role, sdr}
                                    << QStringLiteral("a rep named alice already exists");
    QTest::addRow("unknown backup")
        << QStringList{QStringLiteral("add"),      QStringLiteral("bob"), role, sdr,
                       QStringLiteral("--backup"), QStringLiteral("zoe")}
        << QStringLiteral("zoe");
    QTest::addRow("own backup") << QStringList{QStringLiteral("add"),      QStringLiteral("bob"), role, sdr,
                                               QStringLiteral("--backup"), QStringLiteral("bob")}
                                << QStringLiteral("own backup");
    QTest::addRow("bad segment") << QStringList{QStringLiteral("add"),       QStringLiteral("bob"), role, sdr,
                                                QStringLiteral("--segment"), QStringLiteral("EMEA")}
                                 << QStringLiteral("KEY=VALUE");
    QTest::addRow("bad role") << QStringList{QStringLiteral("add"), QStringLiteral("bob"), role,
                                             QStringLiteral("ceo")}
                              << QStringLiteral("sdr, ae or manager");
    QTest::addRow("missing role") << QStringList{QStringLiteral("add"), QStringLiteral("bob")}
                                  << QStringLiteral("--role is required");
    QTest::addRow("missing name") << QStringList{QStringLiteral("add"), role, sdr} << QStringLiteral("NAME");
    QTest::addRow("two names") << QStringList{QStringLiteral("add"), QStringLiteral("bob"),
                                              QStringLiteral("smith"), role, sdr}
                               << QStringLiteral("quote a name");
    QTest::addRow("remove unknown") << QStringList{QStringLiteral("remove"), QStringLiteral("zoe")}
                                    << QStringLiteral("no rep named zoe");
    QTest::addRow("rotate unknown") << QStringList{QStringLiteral("token"), QStringLiteral("zoe")}
                                    << QStringLiteral("no rep named zoe");
    QTest::addRow("bad format") << QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << QStringLiteral("table or json");
}

void TestRepCommand::refusedChanges()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const QString token = add({QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("sdr")});
    QVERIFY(!token.isEmpty());

    const Run run = runFeed(withDb(arguments));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
    QVERIFY2(run.err.contains(error), run.describe().constData());

    // The team is as it was.
    QString openError;
    const auto database = Database::open(m_db, &openError);
    QVERIFY2(database, qPrintable(openError));
    SqliteFeedStore store(*database);
    TeamStore team(store);
    QCOMPARE(team.list().size(), 1);
    QVERIFY(team.authenticate(token));
}

void TestRepCommand::missingDb_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("add") << QStringList{QStringLiteral("rep"), QStringLiteral("add"), QStringLiteral("alice"),
                                        QStringLiteral("--role"), QStringLiteral("sdr")};
    QTest::addRow("list") << QStringList{QStringLiteral("rep"), QStringLiteral("list")};
    QTest::addRow("remove") << QStringList{QStringLiteral("rep"), QStringLiteral("remove"),
                                           QStringLiteral("alice")};
    QTest::addRow("token") << QStringList{QStringLiteral("rep"), QStringLiteral("token"),
                                          QStringLiteral("alice")};
}

void TestRepCommand::missingDb()
{
    QFETCH(QStringList, arguments);
    const Run run = runFeed(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
    QVERIFY2(run.err.contains(QLatin1StringView("--db FILE is required")), run.describe().constData());
}

void TestRepCommand::databaseFileMustExist_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("list") << QStringList{QStringLiteral("list")};
    QTest::addRow("remove") << QStringList{QStringLiteral("remove"), QStringLiteral("alice")};
    QTest::addRow("token") << QStringList{QStringLiteral("token"), QStringLiteral("alice")};
}

// Only `rep add` creates a database; a typo in --db must not leave an empty one behind.
void TestRepCommand::databaseFileMustExist()
{
    QFETCH(QStringList, arguments);
    const Run run = runFeed(withDb(arguments));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(m_db), run.describe().constData());
    QVERIFY(!QFile::exists(m_db));
}

void TestRepCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::addRow("no arguments") << QStringList() << QStringLiteral("Usage:");
    QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("unknown command \"frobnicate\"");
    QTest::addRow("rep without command")
        << QStringList{QStringLiteral("rep")} << QStringLiteral("add, edit, list");
    QTest::addRow("unknown rep command") << QStringList{QStringLiteral("rep"), QStringLiteral("fire")}
                                         << QStringLiteral("unknown command \"fire\"");
    QTest::addRow("unknown option") << QStringList{QStringLiteral("rep"), QStringLiteral("list"),
                                                   QStringLiteral("--colour")}
                                    << QStringLiteral("colour");
}

void TestRepCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const Run run = runFeed(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(error), run.describe().constData());
}

void TestRepCommand::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("program") << QStringList{QStringLiteral("--help")}
                             << QStringList{QStringLiteral("rep"), QStringLiteral("serve")};
    QTest::addRow("rep") << QStringList{QStringLiteral("rep"), QStringLiteral("--help")}
                         << QStringList{QStringLiteral("add NAME"), QStringLiteral("list"),
                                        QStringLiteral("remove NAME"), QStringLiteral("token NAME")};
    QTest::addRow("add") << QStringList{QStringLiteral("rep"), QStringLiteral("add"),
                                        QStringLiteral("--help")}
                         << QStringList{QStringLiteral("firstcall-feed rep add"), QStringLiteral("--role"),
                                        QStringLiteral("--segment"), QStringLiteral("--backup"),
                                        QStringLiteral("--db")};
    QTest::addRow("list") << QStringList{QStringLiteral("rep"), QStringLiteral("list"), QStringLiteral("-h")}
                          << QStringList{QStringLiteral("firstcall-feed rep list"),
                                         QStringLiteral("--format")};
    QTest::addRow("remove") << QStringList{QStringLiteral("rep"), QStringLiteral("remove"),
                                           QStringLiteral("--help")}
                            << QStringList{QStringLiteral("firstcall-feed rep remove"),
                                           QStringLiteral("NAME")};
    QTest::addRow("token") << QStringList{QStringLiteral("rep"), QStringLiteral("token"),
                                          QStringLiteral("--help")}
                           << QStringList{QStringLiteral("firstcall-feed rep token"), QStringLiteral("NAME")};
}

void TestRepCommand::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const Run run = runFeed(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.describe().constData());
    for (const QString &text : expected)
        QVERIFY2(run.out.contains(text), qPrintable(text + u'\n' + run.out));
    QVERIFY(!QFile::exists(m_db));
}

void TestRepCommand::translated_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("arguments"); // "DB" stands for the test's database file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected"); // in stdout or stderr
    QTest::addColumn<QString>("english");      // what the same run prints in English, not there

    QTest::addRow("de: --help") << QStringLiteral("de_DE") << QStringList{QStringLiteral("--help")} << 0
                                << QStringList{QStringLiteral("Aufruf: firstcall-feed BEFEHL [Optionen]")}
                                << QStringLiteral("The Firstcall feed server");
    QTest::addRow("de: serve --help")
        << QStringLiteral("de_DE") << QStringList{QStringLiteral("serve"), QStringLiteral("--help")} << 0
        << QStringList{QStringLiteral("Startet den Feed-Server: Annahme von Segment-Spec-Events über HTTP"),
                       QStringLiteral("--write-key <SCHLÜSSEL>")}
        << QStringLiteral("Runs the feed server");
    QTest::addRow("de: serve without --write-key")
        << QStringLiteral("de_DE")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--db"), QStringLiteral("DB")} << 2
        << QStringList{QStringLiteral("--write-key ist erforderlich")} << QStringLiteral("is required");
    QTest::addRow("de: rep add with a bad name")
        << QStringLiteral("de_DE")
        << QStringList{QStringLiteral("rep"),    QStringLiteral("add"), QStringLiteral(" Ann"),
                       QStringLiteral("--role"), QStringLiteral("sdr"), QStringLiteral("--db"),
                       QStringLiteral("DB")}
        << 2 << QStringList{QStringLiteral("beginnt oder endet mit Leerzeichen")}
        << QStringLiteral("whitespace");
    QTest::addRow("es: rep --help") << QStringLiteral("es_ES")
                                    << QStringList{QStringLiteral("rep"), QStringLiteral("--help")} << 0
                                    << QStringList{QStringLiteral("Uso: firstcall-feed rep COMANDO")}
                                    << QStringLiteral("Manages the sales team");
    QTest::addRow("es: report --help")
        << QStringLiteral("es_ES") << QStringList{QStringLiteral("report"), QStringLiteral("--help")} << 0
        << QStringList{QStringLiteral("Imprime métricas de speed-to-lead"),
                       QStringLiteral("--db <ARCHIVO|URI>")}
        << QStringLiteral("Prints speed-to-lead");
}

// Strings that lupdate cannot see are English in every language; a few known lines guard that.
void TestRepCommand::translated()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    QFETCH(QString, english);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), m_db);

    const Run run = runFeed(arguments, localeEnvironment(locale));
    QCOMPARE(run.exitCode, exitCode);
    const QString output = run.out + run.err;
    for (const QString &text : expected)
        QVERIFY2(output.contains(text), run.describe().constData());
    QVERIFY2(!output.contains(english), run.describe().constData());
}

void TestRepCommand::version()
{
    const Run run = runFeed({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    static const QRegularExpression pattern(QStringLiteral("^firstcall-feed \\d+\\.\\d+(\\.\\d+)?\\n$"));
    QVERIFY2(pattern.match(run.out).hasMatch(), qPrintable(run.out));
}

void TestRepCommand::serveHelpAndUnknownRules()
{
    // serve --help names the command, not the path the binary was built at.
    const Run help = runFeed({QStringLiteral("serve"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage: firstcall-feed serve")), qPrintable(help.out));
    QVERIFY2(!help.out.contains(QFileInfo(QStringLiteral(FIRSTCALL_FEED_BIN)).absolutePath()),
             qPrintable(help.out));

    // --rules nosuch lists the presets.
    const Run rules =
        runFeed({QStringLiteral("serve"), QStringLiteral("--db"), m_dir->filePath(QStringLiteral("feed.db")),
                 QStringLiteral("--http-port"), QStringLiteral("0"), QStringLiteral("--ws-port"),
                 QStringLiteral("0"), QStringLiteral("--write-key"), QStringLiteral("k"),
                 QStringLiteral("--rules"), QStringLiteral("nosuch")});
    QCOMPARE(rules.exitCode, 2);
    QVERIFY2(rules.err.contains(QStringLiteral("hot, warm")), qPrintable(rules.err));
}

QTEST_GUILESS_MAIN(TestRepCommand)
#include "tst_repcommand.moc"
