#include "reportcommand.h"

#include "metrics/metricsstore.h"
#include "store/sqlfeedstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

namespace {

// The translation context of this command's messages.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

} // namespace

int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ReportCommand::tr("Prints speed-to-lead metrics from a feed database: hot leads per day, "
                          "response times (P50/P95) per rep and for the team, the distribution within "
                          "5 minutes / 5-30 minutes / beyond / never, connect and conversion rates per "
                          "bucket, opportunities by lead source, unclaimed alerts and breaches per day."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                ReportCommand::tr("The feed database: a SQLite file or a PostgreSQL URI "
                                                  "(postgresql://[user@][host][:port]/dbname)."),
                                ReportCommand::tr("FILE|URI"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        ReportCommand::tr("First day (YYYY-MM-DD, UTC); default: 30 days before --to."),
        ReportCommand::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                ReportCommand::tr("Last day, included (YYYY-MM-DD, UTC); default: now."),
                                ReportCommand::tr("DATE"));
    const QCommandLineOption rep(QStringLiteral("rep"), ReportCommand::tr("Only this rep's alerts."),
                                 ReportCommand::tr("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), ReportCommand::tr("csv (default) or json."),
                                    ReportCommand::tr("FORMAT"), QStringLiteral("csv"));
    parser.addOptions({db, from, to, rep, format});
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // "report"
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl
            << ReportCommand::tr("Try firstcall-feed report --help.") << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.isSet(db)) {
        err << ReportCommand::tr("--db is required: the feed database to report on") << Qt::endl;
        return 2;
    }
    QString error;
    const auto location = StoreLocation::parse(parser.value(db), &error);
    if (!location) {
        err << ReportCommand::tr("--db: %1").arg(error) << Qt::endl;
        return 2;
    }
    if (location->dialect == StoreLocation::Dialect::Sqlite && !QFile::exists(location->path)) {
        err << ReportCommand::tr("%1: no such database").arg(location->path) << Qt::endl;
        return 2;
    }
    const QString fmt = parser.value(format);
    if (fmt != u"csv" && fmt != u"json") {
        err << ReportCommand::tr("--format: expected csv or json, got \"%1\"").arg(fmt) << Qt::endl;
        return 2;
    }
    const auto range =
        parseMetricsRange(parser.value(from), parser.value(to), QDateTime::currentMSecsSinceEpoch());
    if (!range) {
        err << ReportCommand::tr("--from/--to: expected dates as YYYY-MM-DD with --from not after --to")
            << Qt::endl;
        return 2;
    }
    const auto database = Database::open(*location, &error);
    if (!database) {
        err << error << Qt::endl;
        return 2;
    }
    const auto store = SqlFeedStore::create(*database);
    const SpeedToLead metrics =
        MetricsStore(*store).compute(range->first, range->second, parser.value(rep), &error);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return 2;
    }
    if (fmt == u"json")
        out << QJsonDocument(metrics.toJson()).toJson(QJsonDocument::Indented);
    else
        out << metrics.toCsv();
    return 0;
}
