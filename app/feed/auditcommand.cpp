#include "auditcommand.h"

#include "routing/leadstate.h"
#include "store/sqlfeedstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The translation context of this command's messages.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};

QString reasonText(const QString &reason)
{
    if (reason == u"away")
        return AuditCommand::tr("away");
    if (reason == u"offline")
        return AuditCommand::tr("offline");
    if (reason == u"off_hours")
        return AuditCommand::tr("off hours");
    if (reason == u"at_cap")
        return AuditCommand::tr("at cap");
    if (reason == u"segment_mismatch")
        return AuditCommand::tr("segment mismatch");
    if (reason == u"unresponsive")
        return AuditCommand::tr("let the last leads run out unclaimed");
    if (reason == u"claim_window")
        return AuditCommand::tr("claim window ran out");
    if (reason == u"no_rep_available")
        return AuditCommand::tr("no rep available");
    if (reason == u"rotation")
        return AuditCommand::tr("round robin");
    if (reason == u"crm_owner")
        return AuditCommand::tr("CRM owner");
    if (reason == u"previous_owner")
        return AuditCommand::tr("previous owner");
    return reason;
}

QString skippedText(const QJsonObject &detail)
{
    QStringList parts;
    for (const QJsonValue &value : detail.value(QStringLiteral("skipped")).toArray()) {
        const QJsonObject skip = value.toObject();
        parts.append(
            QStringLiteral("%1 (%2)").arg(skip.value(QStringLiteral("rep")).toString(),
                                          reasonText(skip.value(QStringLiteral("reason")).toString())));
    }
    return parts.isEmpty() ? QString()
                           : AuditCommand::tr("; skipped: %1").arg(parts.join(QStringLiteral(", ")));
}

// One line's words for a decision, in the reader's language.
QString describe(const FeedStore::AuditRow &row)
{
    const QJsonObject d = QJsonDocument::fromJson(row.detail).object();
    const auto str = [&](const char *key) { return d.value(QLatin1StringView(key)).toString(); };
    const QString reason = reasonText(str("reason"));
    const QString minutes = QString::number(d.value(QStringLiteral("afterMs")).toDouble() / 60'000, 'f', 1);
    if (row.action == u"offered") {
        const QJsonValue to = d.value(QStringLiteral("to"));
        if (to.isArray()) {
            QStringList names;
            for (const QJsonValue &name : to.toArray())
                names.append(name.toString());
            return AuditCommand::tr("offered to %1")
                       .arg(names.isEmpty() ? AuditCommand::tr("nobody") : names.join(QStringLiteral(", "))) +
                   skippedText(d);
        }
        return AuditCommand::tr("offered to %1 (%2)").arg(to.toString(), reason) + skippedText(d);
    }
    if (row.action == u"claimed")
        return (d.value(QStringLiteral("byCall")).toBool()
                    ? AuditCommand::tr("claimed by %1 by calling, %2 min after the alert")
                    : AuditCommand::tr("claimed by %1, %2 min after the alert"))
            .arg(str("rep"), minutes);
    if (row.action == u"called")
        return AuditCommand::tr("first call by %1, %2 min after the alert").arg(str("rep"), minutes);
    if (row.action == u"released")
        return AuditCommand::tr("released (held by %1)").arg(str("rep"));
    if (row.action == u"escalated")
        return (d.contains(QStringLiteral("from"))
                    ? AuditCommand::tr("escalated from %1 to %2 (%3)").arg(str("from"), str("to"), reason)
                    : AuditCommand::tr("escalated to %1 (%2)").arg(str("to"), reason)) +
               skippedText(d);
    if (row.action == u"rerouted")
        return AuditCommand::tr("rerouted from %1 to %2 (%1 %3)").arg(str("from"), str("to"), reason) +
               skippedText(d);
    if (row.action == u"reassign")
        return AuditCommand::tr("reassigned by %1 from %2 to %3")
            .arg(row.repName.isEmpty() ? AuditCommand::tr("a manager") : row.repName,
                 str("from").isEmpty() ? AuditCommand::tr("nobody") : str("from"), str("to"));
    if (row.action == u"breach")
        return AuditCommand::tr("SLA breach: no call by the deadline");
    return row.action + u' ' + QString::fromUtf8(row.detail);
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
    parser.addOptions({db, format});
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
    if (parser.positionalArguments().size() != 1) {
        err << AuditCommand::tr("expected one LEAD_ID (contact:USER_ID or account:GROUP_ID); try --help")
            << Qt::endl;
        return 2;
    }
    const QString leadId = parser.positionalArguments().constFirst();
    if (!isLeadId(leadId)) {
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
    const auto rows = SqlFeedStore::create(*database)->auditFor(leadId, &error);
    if (!rows) {
        err << AuditCommand::tr("%1: cannot read the audit: %2").arg(location->displayName(), error)
            << Qt::endl;
        return 2;
    }
    const auto time = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    if (fmt == u"json") {
        QJsonArray entries;
        for (const FeedStore::AuditRow &row : *rows) {
            entries.append(
                QJsonObject{{QStringLiteral("at"), time(row.atMs)},
                            {QStringLiteral("action"), row.action},
                            {QStringLiteral("by"), row.repName.isEmpty() ? QJsonValue() : row.repName},
                            {QStringLiteral("alertId"), double(row.alertId)},
                            {QStringLiteral("detail"), QJsonDocument::fromJson(row.detail).object()}});
        }
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("lead"), leadId}, {QStringLiteral("entries"), entries}})
                .toJson());
        out.flush();
        return 0;
    }
    if (rows->isEmpty()) {
        out << AuditCommand::tr("No routing decisions recorded for %1.").arg(leadId) << Qt::endl;
        return 0;
    }
    for (const FeedStore::AuditRow &row : *rows)
        out << time(row.atMs) << QStringLiteral("  ") << describe(row) << u'\n';
    out.flush();
    return 0;
}
