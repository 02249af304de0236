#include "calibratecommand.h"

#include "leads/leadgraph.h"
#include "metrics/feedcalibration.h"
#include "rules/rules.h"
#include "scorecommand.h"
#include "scoring/calibration.h"
#include "scoring/scoringengine.h"
#include "store/database.h"
#include "store/sqlfeedstore.h"
#include "store/storelocation.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <cmath>
#include <functional>
#include <limits>
#include <memory>

namespace {

const QString kDefaultOutcome = QStringLiteral("Opportunity Created");

QString percent(const std::optional<double> &fraction)
{
    return fraction ? ScoreCommand::formatNumber(std::round(*fraction * 1000) / 10) + u'%'
                    : QStringLiteral("-");
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? ScoreCommand::formatNumber(*value) : QStringLiteral("-");
}

QString quoted(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names)
        out.append(u'"' + name + u'"');
    return out.join(QStringLiteral(", "));
}

} // namespace

bool CalibrateCommand::readFeed(const QString &db, const std::function<void(const SegmentCall &)> &apply,
                                QHash<QString, qint64> *calledConversions, QString *error)
{
    const auto location = StoreLocation::parse(db, error);
    if (!location) {
        *error = tr("--db: %1").arg(*error);
        return false;
    }
    if (location->dialect == StoreLocation::Dialect::Sqlite && !QFile::exists(location->path)) {
        *error = tr("%1: no such database").arg(location->path);
        return false;
    }
    const auto database = Database::open(*location, error);
    if (!database)
        return false;
    const auto store = SqlFeedStore::create(*database);
    return readFeedHistory(*store, 0, std::numeric_limits<qint64>::max(), apply, calledConversions, error);
}

CalibrateCommand::CalibrateCommand(QTextStream &out, QTextStream &err, Source source)
    : m_out(out)
    , m_err(err)
    , m_source(source)
{}

qsizetype CalibrateCommand::commandIndex(const QStringList &arguments)
{
    static const QStringList valued{QStringLiteral("--rules"),   QStringLiteral("--at"),
                                    QStringLiteral("--format"),  QStringLiteral("--check-rules"),
                                    QStringLiteral("--outcome"), QStringLiteral("--write-rules")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (valued.contains(argument))
            ++i;
        else if (argument == u"--" || !argument.startsWith(u'-') || argument == u"-")
            return argument == u"calibrate" || argument == u"backtest" ? i : -1;
    }
    return -1;
}

int CalibrateCommand::run(const QString &command, const QStringList &arguments)
{
    const bool calibrating = command == u"calibrate";
    const bool feed = m_source == Source::FeedStore;
    const QString program = feed ? QStringLiteral("firstcall-feed") : QStringLiteral("firstcall-score");
    QCommandLineParser parser;
    const QString what =
        calibrating
            ? tr("Shows which signals preceded conversions (lift per signal type), how each band converted "
                 "and what points the history suggests; can write them as a rules file.")
            : tr("Replays a history and reports, for each rules file, how many contacts its alerts "
                 "caught before they converted: precision, recall and the median lead time.");
    parser.setApplicationDescription(
        feed ? what + u'\n' +
                   tr("The history is the feed database's events. A contact converts at its first call "
                      "logged as "
                      "a meeting booked or as a qualified connect, or at its first track call named as an "
                      "--outcome.\nExit status: 0 done, 2 error.")
             : what + u'\n' +
                   tr("A contact converts at its first track call named as an --outcome.\n"
                      "Exit status: 0 all lines read, 1 some lines were bad (the rest are still used), 2 "
                      "error."));
    parser.addHelpOption();
    const QCommandLineOption rulesOption(
        QStringLiteral("rules"),
        calibrating
            ? tr("Scoring rules to calibrate: a preset (hot, warm) or a rules JSON file. Default: hot.")
            : tr("Scoring rules to replay: a preset (hot, warm) or a rules JSON file; repeat to "
                 "compare several side by side. Default: hot."),
        tr("hot|warm|FILE"));
    const QCommandLineOption outcomeOption(
        QStringLiteral("outcome"),
        feed ? tr("Name of a track event that marks a conversion too (exact, case-sensitive); repeatable.")
             : tr("Name of the track event that marks a conversion (exact, case-sensitive); repeatable. "
                  "Default: \"%1\".")
                   .arg(kDefaultOutcome),
        tr("EVENT"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), tr("The feed database: a SQLite file or a PostgreSQL URI (postgresql://...)."),
        tr("FILE|URI"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: table or json."),
                                          tr("table|json"), QStringLiteral("table"));
    const QCommandLineOption writeOption(
        QStringLiteral("write-rules"),
        tr("Write the rules with every type's points replaced by the suggested points to this file."),
        tr("OUT.json"));
    parser.addOptions({rulesOption, outcomeOption, formatOption});
    if (calibrating)
        parser.addOption(writeOption);
    parser.addPositionalArgument(command, tr("The command."));
    if (feed)
        parser.addOption(dbOption);
    else
        parser.addPositionalArgument(tr("FILE"), tr("Events as JSON Lines; - reads standard input."),
                                     tr("FILE|-"));

    if (!parser.parse(arguments)) {
        m_err << command << QStringLiteral(": ") << parser.errorText() << Qt::endl
              << tr("Try %1 %2 --help.").arg(program, command) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    const QString format = parser.value(formatOption);
    if (format != u"table" && format != u"json") {
        m_err << tr("--format: expected table or json, got \"%1\"").arg(format) << Qt::endl;
        return 2;
    }
    if (feed && !parser.isSet(dbOption)) {
        m_err << tr("--db is required: the feed database whose history to use") << Qt::endl;
        return 2;
    }
    if (feed && !parser.positionalArguments().isEmpty()) {
        m_err << tr("unexpected argument \"%1\"; the history comes from --db")
                     .arg(parser.positionalArguments().constFirst())
              << Qt::endl;
        return 2;
    }
    if (!feed && parser.positionalArguments().size() != 1) {
        m_err << tr("expected one events file (or - for standard input); try firstcall-score %1 --help")
                     .arg(command)
              << Qt::endl;
        return 2;
    }
    QStringList rulesNames = parser.values(rulesOption);
    if (rulesNames.isEmpty())
        rulesNames.append(QStringLiteral("hot"));
    if (calibrating && rulesNames.size() > 1) {
        m_err << tr("--rules: calibrate takes one rules file, got %1").arg(rulesNames.size()) << Qt::endl;
        return 2;
    }
    QStringList outcomes = parser.values(outcomeOption);
    if (outcomes.isEmpty() && !feed)
        outcomes.append(kDefaultOutcome);

    QList<Rules> rules;
    for (const QString &name : rulesNames) {
        QString error;
        std::optional<Rules> loaded = Rules::load(name, &error);
        if (!loaded) {
            m_err << error << Qt::endl;
            return 2;
        }
        rules.append(std::move(*loaded));
    }

    // One pass over the history feeds a graph per rules file: they map signals differently.
    std::vector<std::unique_ptr<LeadGraph>> graphs;
    for (const Rules &r : rules) {
        graphs.push_back(std::make_unique<LeadGraph>(r));
        graphs.back()->setRecordHistory(false);
    }
    ConversionLog conversionLog(outcomes);
    const auto apply = [&](const SegmentCall &call) {
        for (size_t i = 0; i < graphs.size(); ++i) {
            const LeadGraph::Change change = graphs[i]->apply(call);
            if (i == 0)
                conversionLog.record(call, change);
        }
    };
    // The feed's own conversions: a call booked as a meeting or a qualified connect, by lead.
    QHash<QString, qint64> calledConversions;
    int status = 0;
    if (feed) {
        QString error;
        if (!readFeed(parser.value(dbOption), apply, &calledConversions, &error)) {
            m_err << error << Qt::endl;
            return 2;
        }
    } else {
        const std::optional<int> badLines = ScoreCommand::readEvents(
            parser.positionalArguments().constFirst(), QDateTime::currentDateTimeUtc(), m_err, apply);
        if (!badLines)
            return 2;
        status = *badLines > 0 ? 1 : 0;
    }
    if (feed) // not words but what the feed stores, as the JSON's consumers read them
        outcomes = QStringList{QStringLiteral("call: meeting_booked"),
                               QStringLiteral("call: connected, qualified")} +
                   outcomes;
    const auto conversionsFor = [&](const LeadGraph &graph) {
        return mergedConversions(graph, conversionLog, calledConversions);
    };

    if (calibrating) {
        const Rules &r = rules.constFirst();
        const ScoringEngine engine(r, *graphs.front());
        const Calibration result = calibrate(engine, conversionsFor(*graphs.front()));
        QString writtenTo;
        if (parser.isSet(writeOption)) {
            writtenTo = parser.value(writeOption);
            const QByteArray json = calibratedRulesJson(r, result);
            QString error;
            if (!Rules::parse(json, writtenTo, &error)) {
                m_err << error << Qt::endl;
                return 2;
            }
            QSaveFile file(writtenTo);
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
                m_err << tr("%1: cannot write: %2").arg(writtenTo, file.errorString()) << Qt::endl;
                return 2;
            }
        }
        if (format == u"json") {
            QJsonObject json = calibrationJson(result, r);
            json.insert(QStringLiteral("outcomes"), QJsonArray::fromStringList(outcomes));
            m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        } else {
            m_out << calibrationTable(result, r, outcomes, writtenTo);
        }
        m_out.flush();
        return status;
    }

    QList<Backtest> results;
    QJsonArray json;
    QStringList columns;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const LeadGraph &graph = *graphs[size_t(i)];
        const ScoringEngine engine(rules.at(i), graph);
        results.append(backtest(engine, conversionsFor(graph)));
        QJsonObject one = backtestJson(results.constLast(), rules.at(i));
        one.insert(QStringLiteral("source"), rulesNames.at(i));
        one.insert(QStringLiteral("outcomes"), QJsonArray::fromStringList(outcomes));
        json.append(one);
        columns.append(rules.at(i).name);
    }
    // Two rules files may carry the same name: then their columns show where they came from.
    if (QSet<QString>(columns.cbegin(), columns.cend()).size() != columns.size())
        columns = rulesNames;
    if (format == u"json")
        m_out << (json.size() == 1 ? QJsonDocument(json.first().toObject()) : QJsonDocument(json))
                     .toJson(QJsonDocument::Indented);
    else
        m_out << backtestTable(results, columns, outcomes);
    m_out.flush();
    return status;
}

QString CalibrateCommand::calibrationTable(const Calibration &calibration, const Rules &rules,
                                           const QStringList &outcomes, const QString &writtenTo) const
{
    QString text =
        tr("Calibration of rules \"%1\": %2 contacts, %3 converted (%4); outcome: %5\n")
            .arg(rules.name)
            .arg(calibration.contacts)
            .arg(calibration.converted)
            .arg(percent(calibration.contacts > 0
                             ? std::optional<double>(double(calibration.converted) / calibration.contacts)
                             : std::nullopt),
                 quoted(outcomes));
    if (calibration.tooFewConversions)
        text += tr("Too little data: %1 conversions, at least %2 are needed to suggest points; every type "
                   "keeps its points.\n")
                    .arg(calibration.converted)
                    .arg(CalibrationLimits{}.minConversions);

    QList<QStringList> rows;
    for (const SignalLift &row : calibration.signalLifts) {
        QString note;
        if (row.tooLittleData && !calibration.tooFewConversions)
            note = tr("too little data (%1 contacts, at least %2 needed): points kept")
                       .arg(row.contacts)
                       .arg(CalibrationLimits{}.minTypeContacts);
        else if (row.tooLittleData)
            note = tr("too little data: points kept");
        rows.append(QStringList{
            rules.signalTypes.at(row.type).label,
            QString::number(row.contacts),
            QString::number(row.converted),
            percent(row.conversionRate),
            optionalNumber(row.lift),
            ScoreCommand::formatNumber(row.points),
            ScoreCommand::formatNumber(row.suggestedPoints),
            note,
        });
    }
    text += u'\n' + tr("Signals (contacts with the signal before converting)\n");
    text += ScoreCommand::renderTable({tr("SIGNAL"), tr("CONTACTS"), tr("CONVERTED"), tr("RATE"), tr("LIFT"),
                                       tr("POINTS"), tr("SUGGESTED"), tr("NOTE")},
                                      rows, {false, true, true, true, true, true, true, false});

    rows.clear();
    for (const BandConversion &band : calibration.bands) {
        rows.append(QStringList{rules.bands.at(band.band).name, QString::number(band.contacts),
                                QString::number(band.converted), percent(band.rate)});
    }
    text += u'\n' + tr("Bands (by the highest score before converting)\n");
    text += ScoreCommand::renderTable({tr("BAND"), tr("CONTACTS"), tr("CONVERTED"), tr("RATE")}, rows,
                                      {false, true, true, true});
    if (!writtenTo.isEmpty())
        text += u'\n' + tr("Wrote the suggested points to %1.").arg(writtenTo) + u'\n';
    return text;
}

QString CalibrateCommand::backtestTable(const QList<Backtest> &results, const QStringList &columns,
                                        const QStringList &outcomes) const
{
    const Backtest &first = results.constFirst();
    QString text = tr("Backtest: %1 contacts, %2 converted; outcome: %3\n\n")
                       .arg(first.contacts)
                       .arg(first.converted)
                       .arg(quoted(outcomes));
    const QList<std::pair<QString, std::function<QString(const Backtest &)>>> metrics{
        {tr("alerted contacts"), [](const Backtest &b) { return QString::number(b.alerts); }},
        {tr("converted after an alert"),
         [](const Backtest &b) { return QString::number(b.convertedAlerted); }},
        {tr("precision"), [](const Backtest &b) { return percent(b.precision); }},
        {tr("recall"), [](const Backtest &b) { return percent(b.recall); }},
        {tr("median lead time (hours)"), [](const Backtest &b) { return optionalNumber(b.medianLeadHours); }},
    };
    QList<QStringList> rows;
    for (const auto &[label, value] : metrics) {
        QStringList row{label};
        for (const Backtest &b : results)
            row.append(value(b));
        rows.append(row);
    }
    QList<bool> rightAligned{false};
    for (qsizetype i = 0; i < results.size(); ++i)
        rightAligned.append(true);
    return text + ScoreCommand::renderTable(QStringList{tr("RULES")} + columns, rows, rightAligned);
}
