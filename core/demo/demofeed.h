#pragma once

#include <QList>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class AlertDesk;
class Database;
class FeedClient;
class FeedServer;
class Rules;
class SignalSimulator;
class SqlFeedStore;
class SystemClock;
class TeamStore;

// `firstcall --demo`: the real feed server on loopback with a temporary database, a small
// team, simulated traffic, and simulated colleagues who claim some leads, so that a new user
// sees a living queue within seconds.
class DemoFeed final : public QObject
{
    Q_OBJECT

public:
    explicit DemoFeed(QObject *parent = nullptr);
    ~DemoFeed() override;

    // The demo team's SDR who sits at the console: the user, by a real first name so that
    // their voicemail and email scripts read as a person's ("this is Alex"). The console still
    // shows the user's own claims as "you".
    static constexpr const char *kUserName = "Alex";
    static QString userName() { return QString::fromLatin1(kUserName); }

    // `simulate`: start the traffic and the colleagues (tests drive traffic themselves).
    bool start(QString *error, bool simulate = true);

    QUrl feedUrl() const;
    QUrl ingestUrl() const;
    QString writeKey() const { return QStringLiteral("demo-write-key"); }
    QString token(const QString &rep) const;
    void setConsoleRep(const QString &rep) { m_consoleRep = rep; }
    // Before start(): the feed's database as `serve --db` takes it, a SQLite file or a
    // PostgreSQL URI of an empty database (tests run the demo on both); by default a new SQLite
    // file in a temporary directory.
    void setDatabase(const QString &location) { m_databaseLocation = location; }
    // Before start(): serve --max-uncalled-claims (3 by default, as the server).
    void setMaxUncalledClaims(int max) { m_maxUncalledClaims = max; }
    QString consoleRep() const { return m_consoleRep; }
    QStringList reps() const { return m_tokens.keys(); }
    QString consoleStorePath() const;
    AlertDesk &desk() const { return *m_desk; }
    TeamStore &team() const { return *m_team; }
    SqlFeedStore &store() const { return *m_store; }

private:
    void startColleague(const QString &name, double claimChance);
    bool seedHistory(QString *error);

    QTemporaryDir m_dir;
    std::unique_ptr<Rules> m_rules;
    std::unique_ptr<Database> m_database;
    QString m_databaseLocation;
    std::unique_ptr<SqlFeedStore> m_store;
    std::unique_ptr<TeamStore> m_team;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<AlertDesk> m_desk;
    std::unique_ptr<FeedServer> m_server;
    SignalSimulator *m_simulator = nullptr;
    QHash<QString, QString> m_tokens;
    QString m_consoleRep = userName();
    int m_maxUncalledClaims = 3;
    QList<FeedClient *> m_colleagues;
};
