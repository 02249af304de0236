#include "auditcommand.h"

#include "routing/audittext.h"
#include "routing/fairness.h"
#include "routing/leadstate.h"
#include "store/sqlfeedstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>
#include <tuple>

namespace {

// The translation context of this command's messages.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};

// The fairness ledger as a table, one row per rep.
QString ledgerTable(const QMap<QString, Fairness::RepLedger> &ledger)
{
    const QStringList header = {AuditCommand::tr("REP"),
                                AuditCommand::tr("OFFERED"),
                                AuditCommand::tr("CLAIMED"),
                                AuditCommand::tr("ESCALATED TO"),
                                AuditCommand::tr("SKIPPED"),
                                AuditCommand::tr("CLAIM P50 MIN"),
                                AuditCommand::tr("FIRST CALL P50 MIN")};
    QList<QStringList> rows{header};
    const auto minutes = [](const QList<qint64> &values) {
        return values.isEmpty()
                   ? QStringLiteral("-")
                   : QString::number(double(Fairness::RepLedger::median(values)) / 60'000, 'f', 1);
    };
    for (auto it = ledger.cbegin(); it != ledger.cend(); ++it) {
        const Fairness::RepLedger &r = it.value();
        QStringList reasons;
        for (auto reason = r.skipped.cbegin(); reason != r.skipped.cend(); ++reason)
            reasons.append(QStringLiteral("%1 %2").arg(AuditText::reason(reason.key())).arg(reason.value()));
        reasons.sort();
        rows.append(
            {it.key(), QString::number(r.offered), QString::number(r.claimed), QString::number(r.escalatedTo),
             reasons.isEmpty()
                 ? QStringLiteral("0")
                 : QStringLiteral("%1 (%2)").arg(r.skippedTotal()).arg(reasons.join(QStringLiteral(", "))),
             minutes(r.toClaimMs), minutes(r.toFirstCallMs)});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    QString text;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c + 1 < row.size(); ++c)
            text += row.at(c).leftJustified(widths[c]) + QStringLiteral("  ");
        text += row.constLast() + u'\n';
    }
    return text;
}

} // namespace

int runAudit(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AuditCommand::tr(
        "Prints every routing decision about a lead in order, each with its time (UTC): who it was "
        "offered to, who was skipped and why (away, offline, off hours, at cap, segment mismatch), "
        "claims, escalations, reroutes and reassignments."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                AuditCommand::tr("The feed database: a SQLite file or a PostgreSQL URI "
                                                 "(postgresql://[user@][host][:port]/dbname)."),
                                AuditCommand::tr("FILE|URI"));
    const QCommandLineOption format(QStringLiteral("format"), AuditCommand::tr("text (default) or json."),
                                    AuditCommand::tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption ledgerOption(
        QStringLiteral("ledger"),
        AuditCommand::tr("Instead of one lead: the fairness ledger per rep (offered, claimed, escalated to "
                         "them, skipped and why, median minutes to claim and to first call)."));
    const QCommandLineOption from(
        QStringLiteral("from"), AuditCommand::tr("With --ledger: first day (YYYY-MM-DD, UTC); default: all."),
        AuditCommand::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                AuditCommand::tr("With --ledger: last day, included (YYYY-MM-DD, UTC)."),
                                AuditCommand::tr("DATE"));
    parser.addOptions({db, format, ledgerOption, from, to});
    parser.addPositionalArgument(AuditCommand::tr("LEAD_ID"),
                                 AuditCommand::tr("The lead: contact:USER_ID or account:GROUP_ID."));
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // "audit"
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl
            << AuditCommand::tr("Try firstcall-feed audit --help.") << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.isSet(db)) {
        err << AuditCommand::tr("--db is required: the feed database to read") << Qt::endl;
        return 2;
    }
    const QString fmt = parser.value(format);
    if (fmt != u"text" && fmt != u"json") {
        err << AuditCommand::tr("--format: expected text or json, got \"%1\"").arg(fmt) << Qt::endl;
        return 2;
    }
    const bool ledgerMode = parser.isSet(ledgerOption);
    qint64 fromMs = 0;
    qint64 toMs = std::numeric_limits<qint64>::max();
    for (const auto &[option, target, days] : {std::tuple{&from, &fromMs, 0}, std::tuple{&to, &toMs, 1}}) {
        if (!parser.isSet(*option))
            continue;
        const QDate date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date.isValid()) {
            err << AuditCommand::tr("--%1: expected a date (YYYY-MM-DD), got \"%2\"")
                       .arg(option->names().constFirst(), parser.value(*option))
                << Qt::endl;
            return 2;
        }
        *target = QDateTime(date.addDays(days), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    if (ledgerMode && !parser.positionalArguments().isEmpty()) {
        err << AuditCommand::tr("--ledger takes no LEAD_ID") << Qt::endl;
        return 2;
    }
    if (!ledgerMode && parser.positionalArguments().size() != 1) {
        err << AuditCommand::tr("expected one LEAD_ID (contact:USER_ID or account:GROUP_ID); try --help")
            << Qt::endl;
        return 2;
    }
    const QString leadId = ledgerMode ? QString() : parser.positionalArguments().constFirst();
    if (!ledgerMode && !isLeadId(leadId)) {
        err << AuditCommand::tr("\"%1\" is not a lead id: expected contact:USER_ID or account:GROUP_ID")
                   .arg(leadId)
            << Qt::endl;
        return 2;
    }
    QString error;
    const auto location = StoreLocation::parse(parser.value(db), &error);
    if (!location) {
        err << AuditCommand::tr("--db: %1").arg(error) << Qt::endl;
        return 2;
    }
    if (location->dialect == StoreLocation::Dialect::Sqlite && !QFileInfo::exists(location->path)) {
        err << AuditCommand::tr("%1: no such database").arg(location->path) << Qt::endl;
        return 2;
    }
    const std::unique_ptr<Database> database = Database::open(*location, &error);
    if (!database) {
        err << error << Qt::endl;
        return 2;
    }
    const auto store = SqlFeedStore::create(*database);
    if (ledgerMode) {
        const auto rows = store->auditBetween(fromMs, toMs, &error);
        if (!rows) {
            err << AuditCommand::tr("%1: cannot read the audit: %2").arg(location->displayName(), error)
                << Qt::endl;
            return 2;
        }
        const QMap<QString, Fairness::RepLedger> ledger = Fairness::ledger(*rows);
        if (fmt == u"json") {
            out << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("reps"), Fairness::ledgerJson(ledger)}}).toJson());
        } else {
            out << ledgerTable(ledger);
        }
        out.flush();
        return 0;
    }
    const auto rows = store->auditFor(leadId, &error);
    if (!rows) {
        err << AuditCommand::tr("%1: cannot read the audit: %2").arg(location->displayName(), error)
            << Qt::endl;
        return 2;
    }
    const auto time = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    if (fmt == u"json") {
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("lead"), leadId},
                                      {QStringLiteral("entries"), AuditText::rowsToJson(*rows)}})
                .toJson());
        out.flush();
        return 0;
    }
    if (rows->isEmpty()) {
        out << AuditCommand::tr("No routing decisions recorded for %1.").arg(leadId) << Qt::endl;
        return 0;
    }
    for (const FeedStore::AuditRow &row : *rows)
        out << time(row.atMs) << QStringLiteral("  ") << AuditText::describe(row) << u'\n';
    out.flush();
    return 0;
}
