#include "repcommand.h"

#include "store/sqlfeedstore.h"
#include "team/teamstore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString segmentsText(const Rep &rep)
{
    QStringList parts;
    for (const auto &[key, value] : rep.segments)
        parts.append(key + u'=' + value);
    return parts.join(QStringLiteral(", "));
}

QString formatTable(const QList<Rep> &reps)
{
    const QStringList header = {RepCommand::tr("NAME"),         RepCommand::tr("ROLE"),
                                RepCommand::tr("SEGMENTS"),     RepCommand::tr("BACKUP"),
                                RepCommand::tr("AVAILABILITY"), RepCommand::tr("WEIGHT"),
                                RepCommand::tr("HOURS"),        RepCommand::tr("TIME ZONE")};
    const auto orDash = [](const QString &text) { return text.isEmpty() ? QStringLiteral("-") : text; };
    QList<QStringList> rows;
    for (const Rep &rep : reps) {
        rows.append({rep.name, Rep::roleName(rep.role), orDash(segmentsText(rep)),
                     orDash(rep.backups.join(QStringLiteral(", "))), Rep::availabilityName(rep.availability),
                     QString::number(rep.weight), orDash(rep.hours.toString()), orDash(rep.timeZone)});
    }
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths.append(title.size());
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    QString text;
    const auto line = [&](const QStringList &row) {
        for (qsizetype c = 0; c + 1 < row.size(); ++c)
            text += row.at(c).leftJustified(widths[c]) + QStringLiteral("  ");
        text += row.constLast() + u'\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return text;
}

QJsonObject toJson(const Rep &rep)
{
    QJsonArray segments;
    for (const auto &[key, value] : rep.segments)
        segments.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    return {
        {QStringLiteral("id"), rep.id},
        {QStringLiteral("name"), rep.name},
        {QStringLiteral("role"), Rep::roleName(rep.role)},
        {QStringLiteral("segments"), segments},
        {QStringLiteral("backup"),
         rep.backups.isEmpty() ? QJsonValue() : QJsonValue(rep.backups.constFirst())},
        {QStringLiteral("backups"), QJsonArray::fromStringList(rep.backups)},
        {QStringLiteral("availability"), Rep::availabilityName(rep.availability)},
        {QStringLiteral("weight"), rep.weight},
        {QStringLiteral("hours"), rep.hours.toString()},
        {QStringLiteral("timeZone"), rep.timeZone},
        {QStringLiteral("email"), rep.email},
    };
}

} // namespace

RepCommand::RepCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

void RepCommand::printUsage(QTextStream &stream) const
{
    stream << tr(
        "Usage: firstcall-feed rep COMMAND [options] --db FILE|URI\n"
        "\n"
        "Manages the sales team known to the feed server.\n"
        "\n"
        "Commands:\n"
        "  add NAME --role sdr|ae|manager [--segment KEY=VALUE]... [--backup NAME]...\n"
        "      [--weight W] [--hours \"Mon-Fri 09:00-17:30\"] [--timezone Area/City] [--email ADDR]\n"
        "                Adds a team member and prints their access token once.\n"
        "  edit NAME [the options of add]\n"
        "                Changes a team member; a running server applies it at once.\n"
        "  list [--format table|json]\n"
        "                Lists the team (never the tokens).\n"
        "  remove NAME   Removes a team member; reps they backed up have no backup after.\n"
        "  token NAME    Gives a team member a new access token; the old one stops working.\n"
        "\n"
        "Run firstcall-feed rep COMMAND --help for a command's options.\n"
        "Exit status: 0 done, 2 nothing was done (the reason is on standard error).\n");
    stream.flush();
}

int RepCommand::run(const QStringList &arguments)
{
    const QString command = arguments.value(2);
    // Each subcommand parses its own options; the program name stays first for QCommandLineParser.
    const QStringList rest = QStringList{arguments.value(0)} + arguments.mid(3);
    if (command == u"add")
        return add(rest);
    if (command == u"list")
        return list(rest);
    if (command == u"edit")
        return edit(rest);
    if (command == u"remove")
        return remove(rest);
    if (command == u"token")
        return token(rest);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printUsage(m_out);
        return 0;
    }
    if (command.isEmpty())
        m_err << tr("firstcall-feed rep: a command is missing: add, edit, list, remove or token") << Qt::endl;
    else
        m_err << tr("firstcall-feed rep: unknown command \"%1\"; expected add, edit, list, remove or token")
                     .arg(command)
              << Qt::endl;
    m_err << tr("Try firstcall-feed rep --help.") << Qt::endl;
    return 2;
}

bool RepCommand::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
                       int *status)
{
    parser.addOption(QCommandLineOption(QStringLiteral("db"),
                                        tr("The team database: a SQLite file or a PostgreSQL URI "
                                           "(postgresql://[user@][host][:port]/dbname). Required."),
                                        tr("FILE|URI")));
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl
              << tr("Try %1 --help.").arg(usage.section(u' ', 0, 2)) << Qt::endl;
        *status = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names only the program in its usage line; name the subcommand too.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(u'\n'), tr("Usage: %1").arg(usage));
        m_out << help;
        m_out.flush();
        *status = 0;
        return false;
    }
    if (parser.value(QStringLiteral("db")).isEmpty()) {
        m_err << tr("--db FILE is required: the team database to use, a SQLite file (rep add creates it if "
                    "needed) or a postgresql:// URI")
              << Qt::endl;
        *status = 2;
        return false;
    }
    return true;
}

QString RepCommand::singleName(const QCommandLineParser &parser)
{
    const QStringList names = parser.positionalArguments();
    if (names.isEmpty()) {
        m_err << tr("the rep's NAME is missing; try --help") << Qt::endl;
        return {};
    }
    if (names.size() > 1) {
        m_err << tr("expected one NAME, got %1: %2; quote a name that contains spaces")
                     .arg(names.size())
                     .arg(names.join(QStringLiteral(", ")))
              << Qt::endl;
        return {};
    }
    if (names.constFirst().isEmpty())
        m_err << tr("the rep's NAME is empty") << Qt::endl;
    return names.constFirst();
}

std::unique_ptr<Database> RepCommand::openDatabase(const QCommandLineParser &parser, bool create)
{
    QString error;
    const auto location = StoreLocation::parse(parser.value(QStringLiteral("db")), &error);
    if (!location) {
        m_err << tr("--db: %1").arg(error) << Qt::endl;
        return nullptr;
    }
    if (!create && location->dialect == StoreLocation::Dialect::Sqlite &&
        !QFileInfo::exists(location->path)) {
        m_err << tr("%1: no such database; rep add creates one").arg(location->path) << Qt::endl;
        return nullptr;
    }
    std::unique_ptr<Database> database = Database::open(*location, &error);
    if (!database)
        m_err << error << Qt::endl;
    return database;
}

struct RepCommand::Team
{
    std::unique_ptr<Database> database;
    std::unique_ptr<SqlFeedStore> store;
    std::unique_ptr<TeamStore> team;

    // "DATABASE: ERROR", as every subcommand reports a refusal of the store.
    QString failure(const QString &error) const { return tr("%1: %2").arg(database->path(), error); }
};

std::unique_ptr<RepCommand::Team> RepCommand::openTeam(const QCommandLineParser &parser, bool create)
{
    auto team = std::make_unique<Team>();
    team->database = openDatabase(parser, create);
    if (!team->database)
        return nullptr;
    team->store = SqlFeedStore::create(*team->database);
    team->team = std::make_unique<TeamStore>(*team->store);
    return team;
}

QString RepCommand::parseRepArguments(QCommandLineParser &parser, const QStringList &arguments,
                                      const QString &about, const QString &nameHelp, const QString &usage,
                                      int *status)
{
    parser.setApplicationDescription(about);
    parser.addOptions(repOptions());
    parser.addPositionalArgument(tr("NAME"), nameHelp);
    *status = 2;
    if (!parse(parser, arguments, usage, status))
        return {};
    *status = 2;
    return singleName(parser);
}

QList<QCommandLineOption> RepCommand::repOptions() const
{
    return {
        QCommandLineOption(QStringLiteral("role"), tr("The rep's role (required for add)."),
                           tr("sdr|ae|manager")),
        QCommandLineOption(QStringLiteral("segment"),
                           tr("A segment the rep covers, such as region=EMEA or industry=Software. Repeat "
                              "for several; on edit the given ones replace the old (\"\" for none)."),
                           tr("KEY=VALUE")),
        QCommandLineOption(QStringLiteral("backup"),
                           tr("A rep who takes this rep's unclaimed alerts; they must already be on the "
                              "team. Repeat for several, tried in order; on edit \"\" for none."),
                           tr("NAME")),
        QCommandLineOption(QStringLiteral("weight"),
                           tr("The rep's share of new leads relative to colleagues' (default 1; 2 gets "
                              "twice as many)."),
                           tr("W")),
        QCommandLineOption(QStringLiteral("hours"),
                           tr("Working hours in the rep's time zone, such as \"Mon-Fri 09:00-17:30\" "
                              "(several joined by ';'); \"always\" (the default) for no limit."),
                           tr("HOURS")),
        QCommandLineOption(QStringLiteral("timezone"),
                           tr("The rep's time zone, an IANA name such as Europe/Berlin (default UTC)."),
                           tr("AREA/CITY")),
        QCommandLineOption(QStringLiteral("email"), tr("The rep's email address (to match CRM owners)."),
                           tr("ADDR")),
    };
}

bool RepCommand::applyOptions(const QCommandLineParser &parser, Rep *rep)
{
    if (parser.isSet(QStringLiteral("role"))) {
        const auto role = Rep::parseRole(parser.value(QStringLiteral("role")));
        if (!role) {
            m_err << tr("--role: expected sdr, ae or manager, got \"%1\"")
                         .arg(parser.value(QStringLiteral("role")))
                  << Qt::endl;
            return false;
        }
        rep->role = *role;
    }
    if (parser.isSet(QStringLiteral("segment"))) {
        rep->segments.clear();
        for (const QString &text : parser.values(QStringLiteral("segment"))) {
            if (text.isEmpty())
                continue;
            const auto segment = Rep::parseSegment(text);
            if (!segment) {
                m_err << tr("--segment: expected KEY=VALUE with both parts non-empty, got \"%1\"").arg(text)
                      << Qt::endl;
                return false;
            }
            rep->segments.append(*segment);
        }
    }
    if (parser.isSet(QStringLiteral("backup"))) {
        rep->backups.clear();
        for (const QString &name : parser.values(QStringLiteral("backup"))) {
            if (!name.isEmpty())
                rep->backups.append(name);
        }
    }
    if (parser.isSet(QStringLiteral("weight"))) {
        bool ok = false;
        rep->weight = parser.value(QStringLiteral("weight")).toDouble(&ok);
        if (!ok || !(rep->weight > 0) || rep->weight > Rep::kMaxWeight) {
            m_err << tr("--weight: expected a number above 0 and at most %1, got \"%2\"")
                         .arg(Rep::kMaxWeight)
                         .arg(parser.value(QStringLiteral("weight")))
                  << Qt::endl;
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("hours"))) {
        QString error;
        const auto hours = WorkingHours::parse(parser.value(QStringLiteral("hours")), &error);
        if (!hours) {
            m_err << tr("--hours: %1").arg(error) << Qt::endl;
            return false;
        }
        rep->hours = *hours;
    }
    if (parser.isSet(QStringLiteral("timezone"))) {
        rep->timeZone = parser.value(QStringLiteral("timezone")).trimmed();
        if (!WorkingHours::zone(rep->timeZone)) {
            m_err << tr("--timezone: unknown time zone \"%1\"; expected an IANA name such as Europe/Berlin")
                         .arg(rep->timeZone)
                  << Qt::endl;
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("email")))
        rep->email = parser.value(QStringLiteral("email")).trimmed();
    return true;
}

int RepCommand::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    int status = 2;
    Rep rep;
    rep.name = parseRepArguments(
        parser, arguments,
        tr("Adds a team member and prints their access token, once, as the last line "
           "of output. Only a hash of the token is stored."),
        tr("The rep's name, unique in the team."),
        tr("firstcall-feed rep add [options] NAME --role sdr|ae|manager --db FILE|URI"), &status);
    if (rep.name.isEmpty())
        return status;
    if (!parser.isSet(QStringLiteral("role"))) {
        m_err << tr("--role is required: sdr, ae or manager") << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("backup")) &&
        parser.values(QStringLiteral("backup")).contains(QString())) {
        m_err << tr("--backup: the backup's name is empty") << Qt::endl;
        return 2;
    }
    if (!applyOptions(parser, &rep))
        return 2;

    const auto team = openTeam(parser, true);
    if (!team)
        return 2;
    QString error;
    const auto added = team->team->add(rep, &error);
    if (!added) {
        m_err << team->failure(error) << Qt::endl;
        return 2;
    }
    m_out << tr("Added %1 (%2). Access token (shown once, store it now):")
                 .arg(added->rep.name, Rep::roleName(added->rep.role))
          << u'\n' << added->token << Qt::endl;
    return 0;
}

int RepCommand::edit(const QStringList &arguments)
{
    QCommandLineParser parser;
    int status = 2;
    const QString name = parseRepArguments(
        parser, arguments,
        tr("Changes a team member: only the options given change. A running server applies the change within "
           "seconds."),
        tr("The rep to change."), tr("firstcall-feed rep edit [options] NAME --db FILE|URI"), &status);
    if (name.isEmpty())
        return status;

    const auto team = openTeam(parser, false);
    if (!team)
        return 2;
    auto rep = team->team->find(name);
    if (!rep) {
        m_err << tr("%1: no rep named %2").arg(team->database->path(), name) << Qt::endl;
        return 2;
    }
    if (!applyOptions(parser, &*rep))
        return 2;
    QString error;
    if (!team->team->update(*rep, &error)) {
        m_err << team->failure(error) << Qt::endl;
        return 2;
    }
    m_out << tr("Changed %1.").arg(name) << Qt::endl;
    return 0;
}

int RepCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the team: name, role, segments, backup and availability. "
                                        "Access tokens are never shown."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: table or json."),
                                          tr("table|json"), QStringLiteral("table"));
    parser.addOption(formatOption);
    int status = 2;
    if (!parse(parser, arguments, tr("firstcall-feed rep list [options] --db FILE|URI"), &status))
        return status;
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("rep list takes no arguments, got \"%1\"").arg(parser.positionalArguments().constFirst())
              << Qt::endl;
        return 2;
    }
    const QString format = parser.value(formatOption);
    if (format != u"table" && format != u"json") {
        m_err << tr("--format: expected table or json, got \"%1\"").arg(format) << Qt::endl;
        return 2;
    }

    const auto database = openDatabase(parser, false);
    if (!database)
        return 2;
    const auto store = SqlFeedStore::create(*database);
    const QList<Rep> reps = TeamStore(*store).list();
    if (format == u"json") {
        QJsonArray array;
        for (const Rep &rep : reps)
            array.append(toJson(rep));
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("reps"), array}}).toJson());
    } else if (reps.isEmpty()) {
        m_out << tr("No one on the team yet; add someone with firstcall-feed rep add.") << u'\n';
    } else {
        m_out << formatTable(reps);
    }
    m_out.flush();
    return 0;
}

int RepCommand::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Removes a team member; their access token stops working. Reps who had them as backup have "
           "no backup afterwards."));
    parser.addPositionalArgument(tr("NAME"), tr("The rep to remove."));
    int status = 2;
    if (!parse(parser, arguments, tr("firstcall-feed rep remove [options] NAME --db FILE|URI"), &status))
        return status;
    const QString name = singleName(parser);
    if (name.isEmpty())
        return 2;

    const auto database = openDatabase(parser, false);
    if (!database)
        return 2;
    const auto store = SqlFeedStore::create(*database);
    TeamStore team(*store);
    QStringList orphans;
    for (const Rep &rep : team.list()) {
        if (rep.backups.contains(name))
            orphans.append(rep.name);
    }
    QString error;
    if (!team.remove(name, &error)) {
        m_err << tr("%1: %2").arg(database->path(), error) << Qt::endl;
        return 2;
    }
    m_out << tr("Removed %1.").arg(name) << u'\n';
    if (!orphans.isEmpty())
        m_out << tr("No longer a backup for: %1.").arg(orphans.join(QStringLiteral(", "))) << u'\n';
    m_out.flush();
    return 0;
}

int RepCommand::token(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Gives a team member a new access token and prints it, once, as the "
                                        "last line of output. The old token stops working."));
    parser.addPositionalArgument(tr("NAME"), tr("The rep whose token to replace."));
    int status = 2;
    if (!parse(parser, arguments, tr("firstcall-feed rep token [options] NAME --db FILE|URI"), &status))
        return status;
    const QString name = singleName(parser);
    if (name.isEmpty())
        return 2;

    const auto database = openDatabase(parser, false);
    if (!database)
        return 2;
    QString error;
    const auto store = SqlFeedStore::create(*database);
    const auto token = TeamStore(*store).rotateToken(name, &error);
    if (!token) {
        m_err << tr("%1: %2").arg(database->path(), error) << Qt::endl;
        return 2;
    }
    m_out << tr("New access token for %1; the old one no longer works (shown once, store it now):").arg(name)
          << u'\n' << *token << Qt::endl;
    return 0;
}
