#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

class Database;
class QCommandLineParser;
class SqlFeedStore;
class TeamStore;
struct Rep;

// `firstcall-feed rep ...`: manages the team directory in the server's database (add, list,
// remove, rotate a token). Access tokens are printed once, as the last line of output.
class RepCommand final
{
    Q_DECLARE_TR_FUNCTIONS(RepCommand)

public:
    RepCommand(QTextStream &out, QTextStream &err);

    // `arguments` as given to the program: {"firstcall-feed", "rep", SUBCOMMAND, ...}.
    // Returns the exit status: 0 done, 2 nothing was done (usage, validation or database error).
    int run(const QStringList &arguments);

private:
    int add(const QStringList &arguments);
    int edit(const QStringList &arguments);
    int list(const QStringList &arguments);
    // The options add and edit share, and what they do to a rep; false after reporting a problem.
    QList<QCommandLineOption> repOptions() const;
    bool applyOptions(const QCommandLineParser &parser, Rep *rep);
    // What add and edit read first: the rep options, --db and the one NAME. The name, or empty
    // when the command is over (help, a problem reported) with its exit status in `status`.
    QString parseRepArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &about,
                              const QString &nameHelp, const QString &usage, int *status);
    int remove(const QStringList &arguments);
    int token(const QStringList &arguments);

    // Adds --db and --help, parses the arguments of one subcommand; false when the command is over
    // (help, an error, no --db) with its exit status in `status`.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, int *status);
    // The one NAME argument, or empty after reporting the problem.
    QString singleName(const QCommandLineParser &parser);
    std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, bool create);
    // The team in the database --db names, open; nullptr after reporting why not.
    struct Team;
    std::unique_ptr<Team> openTeam(const QCommandLineParser &parser, bool create);
    void printUsage(QTextStream &stream) const;

    QTextStream &m_out;
    QTextStream &m_err;
};
