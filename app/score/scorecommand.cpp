#include "scorecommand.h"

#include "calibratecommand.h"
#include "events/segmentreader.h"
#include "leads/leadgraph.h"
#include "rules/rules.h"
#include "scoring/scorereport.h"
#include "scoring/scoringengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

QString elide(const QString &text, qsizetype width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

} // namespace

ScoreCommand::ScoreCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

int ScoreCommand::checkRules(const QString &file)
{
    QString error;
    const auto rules = Rules::load(file, &error);
    if (!rules) {
        m_err << error << Qt::endl;
        return 2;
    }
    m_out << tr("%1: OK: rules \"%2\", %3 signal types, %4 event and %5 page mappings, %6 bands, %7 tier "
                "patterns")
                 .arg(file, rules->name)
                 .arg(rules->signalTypes.size())
                 .arg(rules->eventMap.size())
                 .arg(rules->pageMap.size())
                 .arg(rules->bands.size())
                 .arg(rules->patterns.size())
          << Qt::endl;
    // Common names for the rules' own signals that would score nothing.
    for (const QString &event : Rules::commonEventNames()) {
        const int lookalike = rules->typeForEvent(event) < 0 ? rules->lookalikeType(event) : -1;
        if (lookalike >= 0)
            m_out << tr("%1: note: the event \"%2\" maps to no signal but looks like %3; add it to "
                        "\"events\" to score it")
                         .arg(file, event, rules->signalTypes.at(lookalike).id)
                  << Qt::endl;
    }
    return 0;
}

int ScoreCommand::run(const QStringList &arguments)
{
    if (const qsizetype command = CalibrateCommand::commandIndex(arguments); command > 0) {
        QStringList rest = arguments;
        const QString name = rest.takeAt(command);
        return CalibrateCommand(m_out, m_err).run(name, rest);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Scores contacts and accounts from Segment Spec calls (JSON Lines, one call per line).\n"
           "Exit status: 0 all lines scored, 1 some lines were bad (the rest are still scored), 2 error.") +
        u'\n' +
        tr("Also: firstcall-score calibrate (lift per signal, conversion by band, suggested points) and "
           "firstcall-score backtest (precision and recall of the alerts); add --help to either."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption rulesOption(
        QStringLiteral("rules"),
        tr("Scoring rules: a preset (hot, warm) or a rules JSON file. Default: hot."), tr("hot|warm|FILE"),
        QStringLiteral("hot"));
    const QCommandLineOption atOption(
        QStringLiteral("at"), tr("Evaluate scores at this ISO 8601 instant. Default: now."), tr("TIME"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: table or json."),
                                          tr("table|json"), QStringLiteral("table"));
    const QCommandLineOption checkOption(QStringLiteral("check-rules"),
                                         tr("Validate a rules file (or preset) and exit."), tr("FILE"));
    parser.addOptions({rulesOption, atOption, formatOption, checkOption});
    parser.addPositionalArgument(tr("FILE"), tr("Events as JSON Lines; - reads standard input."),
                                 tr("FILE|-"));

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl << tr("Try --help.") << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        m_out << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
              << Qt::endl;
        return 0;
    }
    if (parser.isSet(checkOption))
        return checkRules(parser.value(checkOption));

    const QString format = parser.value(formatOption);
    if (format != u"table" && format != u"json") {
        m_err << tr("--format: expected table or json, got \"%1\"").arg(format) << Qt::endl;
        return 2;
    }
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (parser.isSet(atOption)) {
        at = SegmentReader::parseTimestamp(parser.value(atOption));
        if (!at.isValid()) {
            m_err << tr("--at: not an ISO 8601 date-time: \"%1\"").arg(parser.value(atOption)) << Qt::endl;
            return 2;
        }
    }
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("expected one events file (or - for standard input); try --help") << Qt::endl;
        return 2;
    }

    QString error;
    const auto rules = Rules::load(parser.value(rulesOption), &error);
    if (!rules) {
        m_err << error << Qt::endl;
        return 2;
    }

    LeadGraph graph(*rules);
    const std::optional<int> badLines = readEvents(parser.positionalArguments().constFirst(), at, m_err,
                                                   [&](const SegmentCall &call) { graph.apply(call); });
    if (!badLines)
        return 2;

    const ScoringEngine engine(*rules, graph);
    const QJsonObject report = ScoreReport(engine).build(at.toMSecsSinceEpoch());
    if (format == u"json")
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    else
        m_out << formatTable(report);
    m_out.flush();
    return *badLines > 0 ? 1 : 0;
}

std::optional<int> ScoreCommand::readEvents(const QString &fileName, const QDateTime &receivedAt,
                                            QTextStream &err,
                                            const std::function<void(const SegmentCall &)> &apply)
{
    QFile file;
    const bool stdinInput = fileName == u"-";
    const bool opened = stdinInput ? file.open(stdin, QIODevice::ReadOnly)
                                   : (file.setFileName(fileName), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << tr("%1: cannot open: %2").arg(fileName, file.errorString()) << Qt::endl;
        return std::nullopt;
    }
    const QString where = stdinInput ? QStringLiteral("<stdin>") : fileName;

    int badLines = 0;
    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const SegmentReader::Result result = SegmentReader::readJson(line, receivedAt);
        if (!result.ok()) {
            err << where << u':' << lineNumber << QStringLiteral(": ") << result.error->toString()
                << Qt::endl;
            ++badLines;
            continue;
        }
        for (const SegmentCall &call : result.calls)
            apply(call);
    }
    return badLines;
}

QString ScoreCommand::formatNumber(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString ScoreCommand::renderTable(const QStringList &header, const QList<QStringList> &rows,
                                  const QList<bool> &rightAligned)
{
    using Row = QStringList;
    QList<qsizetype> widths(header.size(), 0);
    for (qsizetype c = 0; c < header.size(); ++c)
        widths[c] = header.at(c).size();
    for (const Row &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    QString text;
    const auto line = [&](const Row &row) {
        QString out;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const bool last = c == row.size() - 1;
            out += rightAligned.at(c) ? row.at(c).rightJustified(widths[c])
                                      : (last ? row.at(c) : row.at(c).leftJustified(widths[c]));
            if (!last)
                out += QStringLiteral("  ");
        }
        text += out + u'\n';
    };
    line(header);
    for (const Row &row : rows)
        line(row);
    return text;
}

QString ScoreCommand::tierBandOf(const QJsonObject &lead)
{
    // The tier's band, whose SLA the feed enforces; the score band only when there is no tier.
    const QString tierBand = lead.value(QStringLiteral("tierBand")).toString();
    return tierBand.isEmpty() ? lead.value(QStringLiteral("band")).toString() : tierBand;
}

QString ScoreCommand::tierReasonText(const QString &tierReason)
{
    if (tierReason.startsWith(u"pattern: "))
        return tr("pattern: %1").arg(tierReason.mid(9));
    if (tierReason == u"alert")
        return tr("alert trigger");
    return tr("score");
}

QString ScoreCommand::formatTable(const QJsonObject &report) const
{
    using Row = QStringList;
    const auto render = &ScoreCommand::renderTable;

    QString text = tr("Scores at %1 (rules \"%2\")\n\n")
                       .arg(report.value(QStringLiteral("at")).toString(),
                            report.value(QStringLiteral("rules")).toString());
    QList<Row> contactRows;
    for (const QJsonValue &v : report.value(QStringLiteral("contacts")).toArray()) {
        const QJsonObject c = v.toObject();
        const int tier = c.value(QStringLiteral("tier")).toInt();
        contactRows.append(Row{
            elide(c.value(QStringLiteral("name")).toString(), 24),
            elide(c.value(QStringLiteral("accountName")).toString(), 20),
            formatNumber(c.value(QStringLiteral("score")).toDouble()),
            tierBandOf(c),
            tier > 0 ? QString::number(tier) : QStringLiteral("-"),
            tier > 0 ? elide(tierReasonText(c.value(QStringLiteral("tierReason")).toString()), 32)
                     : QString(),
            c.value(QStringLiteral("alert")).toBool() ? tr("ALERT") : QString(),
            ScoreReport::summary(
                c.value(QStringLiteral("explanation")).toObject().value(QStringLiteral("signals")).toArray()),
        });
    }
    text += tr("Contacts (%1)\n").arg(contactRows.size());
    text += render({tr("CONTACT"), tr("ACCOUNT"), tr("SCORE"), tr("BAND"), tr("TIER"), tr("WHY"), tr("ALERT"),
                    tr("SIGNALS")},
                   contactRows, {false, false, true, false, true, false, false, false});

    QList<Row> accountRows;
    for (const QJsonValue &v : report.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject a = v.toObject();
        QStringList multipliers;
        for (const QJsonValue &m : a.value(QStringLiteral("multipliers")).toArray())
            multipliers.append(QStringLiteral("%1 ×%2").arg(
                m.toObject().value(QStringLiteral("name")).toString(),
                formatNumber(m.toObject().value(QStringLiteral("factor")).toDouble())));
        accountRows.append(Row{
            elide(a.value(QStringLiteral("name")).toString(), 24),
            formatNumber(a.value(QStringLiteral("score")).toDouble()),
            formatNumber(a.value(QStringLiteral("base")).toDouble()),
            tierBandOf(a),
            QString::number(a.value(QStringLiteral("liveContacts")).toInt()),
            a.value(QStringLiteral("alert")).toBool() ? tr("ALERT") : QString(),
            multipliers.join(QStringLiteral(", ")),
        });
    }
    text += tr("\nAccounts (%1)\n").arg(accountRows.size());
    text += render(
        {tr("ACCOUNT"), tr("SCORE"), tr("BASE"), tr("BAND"), tr("CONTACTS"), tr("ALERT"), tr("MULTIPLIERS")},
        accountRows, {false, true, true, false, true, false, false});
    return text;
}
