#include "messages.h"

#include "clock/instant.h"
#include "events/segmentreader.h"
#include "routing/disposition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace protocol {

namespace {

using L = QLatin1StringView;

constexpr qint64 kMaxIdLength = 200;
constexpr qint64 kMaxNotes = 10'000;
constexpr double kMaxCallSeconds = 24 * 3600;

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue instantOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(formatInstant(ms)) : QJsonValue();
}

QString escalationName(int escalation)
{
    switch (escalation) {
    case LeadState::Backup:
        return QStringLiteral("backup");
    case LeadState::ManagerQueue:
        return QStringLiteral("manager");
    default:
        return QStringLiteral("primary");
    }
}

QJsonArray teamJson(const QList<TeamMember> &team)
{
    QJsonArray out;
    for (const TeamMember &member : team)
        out.append(member.toJson());
    return out;
}

QList<TeamMember> teamFrom(const QJsonValue &array)
{
    QList<TeamMember> out;
    for (const QJsonValue &v : array.toArray())
        out.append(TeamMember::fromJson(v.toObject()));
    return out;
}

template<typename T>
QJsonArray arrayOf(const QList<T> &values)
{
    QJsonArray out;
    for (const T &value : values)
        out.append(value.toJson());
    return out;
}

// Every element, as lenient as T::fromJson: one that is not an object decodes as from {}.
template<typename T>
QList<T> listOf(const QJsonValue &array)
{
    QList<T> out;
    for (const QJsonValue &v : array.toArray())
        out.append(T::fromJson(v.toObject()));
    return out;
}

qint64 seqOf(const QJsonObject &json)
{
    return json.value(L("seq")).toInteger(-1);
}

} // namespace

ErrorCode errorCodeFor(LeadRules::Refusal refusal)
{
    switch (refusal) {
    case LeadRules::Refusal::Closed:
        return ErrorCode::Closed;
    case LeadRules::Refusal::AlreadyClaimed:
        return ErrorCode::AlreadyClaimed;
    case LeadRules::Refusal::NotClaimed:
        return ErrorCode::NotClaimed;
    case LeadRules::Refusal::NotOwner:
        return ErrorCode::NotOwner;
    case LeadRules::Refusal::ClaimLimit:
        return ErrorCode::ClaimLimit;
    case LeadRules::Refusal::NoSuchTask:
        return ErrorCode::NotFound;
    case LeadRules::Refusal::Forbidden:
    case LeadRules::Refusal::None:
        break;
    }
    return ErrorCode::Forbidden;
}

namespace {

QJsonArray callsJson(const QList<LeadCall> &calls, const QString &notesOf)
{
    QJsonArray out;
    for (const LeadCall &c : calls) {
        QJsonObject call{{L("id"), c.id},
                         {L("rep"), c.rep},
                         {L("startedAt"), instantOrNull(c.startedAtMs)},
                         {L("durationSeconds"), double(c.durationSeconds)},
                         {L("disposition"), c.disposition},
                         {L("notes"), notesOf == kAllNotes || (!notesOf.isEmpty() && notesOf == c.rep)
                                          ? QJsonValue(c.notes)
                                          : QJsonValue()},
                         {L("qualification"), c.qualification}};
        // Only with a CRM configured: consoles that do not know it see no difference.
        if (!c.crm.state.isEmpty())
            call.insert(L("crm"), QJsonObject{{L("state"), c.crm.state},
                                              {L("url"), orNull(c.crm.url)},
                                              {L("error"), orNull(c.crm.error)}});
        out.append(call);
    }
    return out;
}

QJsonArray notesJson(const QList<LeadNote> &notes, const QString &notesOf)
{
    QJsonArray out;
    for (const LeadNote &n : notes) {
        if (notesOf == kAllNotes || (!notesOf.isEmpty() && notesOf == n.rep))
            out.append(QJsonObject{
                {L("id"), n.id}, {L("rep"), n.rep}, {L("at"), instantOrNull(n.atMs)}, {L("text"), n.text}});
    }
    return out;
}

QJsonArray tasksJson(const QList<LeadTask> &tasks)
{
    QJsonArray out;
    for (const LeadTask &t : tasks)
        out.append(QJsonObject{{L("id"), t.id},
                               {L("due"), instantOrNull(t.dueMs)},
                               {L("kind"), t.kind},
                               {L("step"), t.step},
                               {L("of"), t.of},
                               {L("done"), t.done}});
    return out;
}

} // namespace

QJsonObject leadToJson(const LeadState &lead, const QString &notesOf)
{
    QJsonObject json{
        {L("id"), lead.id},
        {L("alertId"), double(lead.alertId)},
        {L("source"), orNull(lead.source)},
        {L("kind"), lead.isAccount() ? QStringLiteral("account") : QStringLiteral("contact")},
        {L("status"), LeadState::statusName(lead.status)},
        {L("alertAt"), instantOrNull(lead.alertAtMs)},
        {L("owner"), orNull(lead.owner)},
        {L("claimedBy"), orNull(lead.claimedBy)},
        {L("claimedAt"), instantOrNull(lead.claimedAtMs)},
        {L("escalation"), escalationName(lead.escalation)},
        {L("assignedTo"), orNull(lead.assignedTo)},
        {L("claimDeadline"), instantOrNull(lead.claimDeadlineMs)},
        {L("callDeadline"), instantOrNull(lead.callDeadlineMs)},
        {L("claimWindowSeconds"), double(lead.claimWindowMs / 1000)},
        {L("breach"), lead.breach},
        {L("firstCallAt"), instantOrNull(lead.firstCallAtMs)},
        {L("doneAt"), instantOrNull(lead.doneAtMs)},
        {L("tier"), lead.tier},
        {L("score"), std::round(lead.score * 100.0) / 100.0},
        {L("card"), lead.card.toJson()},
        {L("segments"), lead.segments},
        {L("calls"), callsJson(lead.calls, notesOf)},
        {L("tasks"), tasksJson(lead.tasks)},
    };
    if (!lead.crmUrl.isEmpty())
        json.insert(L("crmUrl"), lead.crmUrl);
    // Only when there are some: a lead without notes reads as it always did.
    if (!lead.notes.isEmpty()) {
        if (const QJsonArray notes = notesJson(lead.notes, notesOf); !notes.isEmpty())
            json.insert(L("notes"), notes);
        else
            json.insert(L("hasNotes"), true); // servers that share a database fetch them whole
    }
    return json;
}

QByteArray encodeLead(const LeadState &lead, const QString &notesOf)
{
    return compact(leadToJson(lead, notesOf));
}

std::optional<LeadState> leadFromJson(const QJsonObject &json)
{
    LeadState s;
    s.id = json.value(L("id")).toString();
    if (!isLeadId(s.id))
        return std::nullopt;
    const auto text = [&json](const char *key) { return json.value(L(key)).toString(); };
    s.alertId = qint64(json.value(L("alertId")).toDouble());
    s.source = text("source");
    const QString status = text("status");
    s.status = status == u"claimed"                     ? LeadState::Status::Claimed
               : status == u"done" || status == u"gone" ? LeadState::Status::Done
                                                        : LeadState::Status::Open;
    s.alertAtMs = parseInstantMs(json.value(L("alertAt")));
    s.owner = text("owner");
    s.claimedBy = text("claimedBy");
    s.claimedAtMs = parseInstantMs(json.value(L("claimedAt")));
    const QString escalation = text("escalation");
    s.escalation = escalation == u"backup"    ? LeadState::Backup
                   : escalation == u"manager" ? LeadState::ManagerQueue
                                              : LeadState::Primary;
    s.assignedTo = text("assignedTo");
    s.claimDeadlineMs = parseInstantMs(json.value(L("claimDeadline")));
    s.callDeadlineMs = parseInstantMs(json.value(L("callDeadline")));
    s.claimWindowMs = qint64(json.value(L("claimWindowSeconds")).toDouble()) * 1000;
    s.breach = json.value(L("breach")).toBool();
    s.firstCallAtMs = parseInstantMs(json.value(L("firstCallAt")));
    s.doneAtMs = parseInstantMs(json.value(L("doneAt")));
    s.tier = json.value(L("tier")).toInt();
    s.score = json.value(L("score")).toDouble();
    s.card = LeadCard::fromJson(json.value(L("card")).toObject());
    s.segments = json.value(L("segments")).toObject();
    for (const QJsonValue &v : json.value(L("calls")).toArray()) {
        const QJsonObject c = v.toObject();
        s.calls.append(LeadCall{c.value(L("id")).toString(), c.value(L("rep")).toString(),
                                parseInstantMs(c.value(L("startedAt"))),
                                qint64(c.value(L("durationSeconds")).toDouble()),
                                c.value(L("disposition")).toString(), c.value(L("notes")).toString(),
                                c.value(L("qualification")).toObject(), LeadCall::Crm{}});
        const QJsonObject crm = c.value(L("crm")).toObject();
        s.calls.last().crm = {crm.value(L("state")).toString(), crm.value(L("url")).toString(),
                              crm.value(L("error")).toString()};
    }
    s.crmUrl = json.value(L("crmUrl")).toString();
    for (const QJsonValue &v : json.value(L("notes")).toArray()) {
        const QJsonObject n = v.toObject();
        s.notes.append(LeadNote{n.value(L("id")).toString(), n.value(L("rep")).toString(),
                                parseInstantMs(n.value(L("at"))), n.value(L("text")).toString()});
    }
    for (const QJsonValue &v : json.value(L("tasks")).toArray()) {
        const QJsonObject t = v.toObject();
        s.tasks.append(LeadTask{t.value(L("id")).toInt(), parseInstantMs(t.value(L("due"))),
                                t.value(L("kind")).toString(), t.value(L("step")).toInt(1),
                                t.value(L("of")).toInt(1), t.value(L("done")).toBool()});
    }
    return s;
}

QJsonObject TeamMember::toJson() const
{
    QJsonObject json{{L("name"), name},
                     {L("role"), Rep::roleName(role)},
                     {L("availability"), Rep::availabilityName(availability)}};
    if (openLeads)
        json.insert(L("openLeads"), *openLeads);
    return json;
}

TeamMember TeamMember::fromJson(const QJsonObject &json)
{
    TeamMember member;
    member.name = json.value(L("name")).toString();
    member.role = Rep::parseRole(json.value(L("role")).toString()).value_or(Rep::Role::Sdr);
    member.availability =
        Rep::parseAvailability(json.value(L("availability")).toString()).value_or(Rep::Availability::Offline);
    if (json.value(L("openLeads")).isDouble())
        member.openLeads = json.value(L("openLeads")).toInt();
    return member;
}

QJsonObject SyncItem::toJson() const
{
    QJsonObject json{
        {L("id"), id},
        {L("target"), target},
        {L("to"), to},
        {L("type"), type},
        {L("lead"), leadId},
        {L("name"), name},
        {L("company"), company},
        {L("rep"), rep},
        {L("state"), failed ? QStringLiteral("failed") : QStringLiteral("retrying")},
        {L("error"), error},
        {L("attempts"), attempts},
        {L("lastTryAt"), formatInstant(lastTryAtMs)},
    };
    if (callAtMs > 0)
        json.insert(L("callAt"), formatInstant(callAtMs));
    if (!failed)
        json.insert(L("nextTryAt"), formatInstant(nextTryAtMs));
    return json;
}

SyncItem SyncItem::fromJson(const QJsonObject &json)
{
    const auto text = [&json](const char *key) { return json.value(L(key)).toString(); };
    SyncItem item;
    item.id = text("id");
    item.target = text("target");
    item.to = text("to");
    item.type = text("type");
    item.leadId = text("lead");
    item.name = text("name");
    item.company = text("company");
    item.rep = text("rep");
    item.callAtMs = parseInstantMs(json.value(L("callAt")));
    item.failed = text("state") == u"failed";
    item.nextTryAtMs = parseInstantMs(json.value(L("nextTryAt")));
    item.error = text("error");
    item.attempts = json.value(L("attempts")).toInt();
    item.lastTryAtMs = parseInstantMs(json.value(L("lastTryAt")));
    return item;
}

QJsonObject LedgerRow::toJson() const
{
    QJsonObject skippedJson;
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        skippedJson.insert(it.key(), it.value());
    return QJsonObject{{L("rep"), rep},
                       {L("offered"), offered},
                       {L("claimed"), claimed},
                       {L("escalatedTo"), escalatedTo},
                       {L("skipped"), skippedJson},
                       {L("medianToClaimMs"), double(medianToClaimMs)},
                       {L("medianToFirstCallMs"), double(medianToFirstCallMs)},
                       {L("firstCalls"), firstCalls}};
}

LedgerRow LedgerRow::fromJson(const QJsonObject &json)
{
    LedgerRow row;
    row.rep = json.value(L("rep")).toString();
    row.offered = json.value(L("offered")).toInt();
    row.claimed = json.value(L("claimed")).toInt();
    row.escalatedTo = json.value(L("escalatedTo")).toInt();
    const QJsonObject skippedJson = json.value(L("skipped")).toObject();
    for (auto it = skippedJson.constBegin(); it != skippedJson.constEnd(); ++it)
        row.skipped.insert(it.key(), it.value().toInt());
    row.medianToClaimMs = qint64(json.value(L("medianToClaimMs")).toDouble());
    row.medianToFirstCallMs = qint64(json.value(L("medianToFirstCallMs")).toDouble());
    row.firstCalls = json.value(L("firstCalls")).toInt();
    return row;
}

Result Result::success(const QString &id, const QString &action, const std::optional<LeadState> &lead)
{
    Result r;
    r.id = id;
    r.action = action;
    r.lead = lead;
    return r;
}

Result Result::failure(const QString &id, const QString &action, ErrorCode code, const QString &message,
                       const std::optional<LeadState> &lead)
{
    Result r = success(id, action, lead);
    r.error = Failure{code, message};
    return r;
}

Result Result::replay(const QJsonObject &stored)
{
    Result r = fromJson(stored);
    r.replayed = true;
    r.recorded = stored;
    r.recorded.insert(L("replayed"), true);
    return r;
}

QJsonObject Result::toJson() const
{
    if (!recorded.isEmpty())
        return recorded;
    QJsonObject json{
        {L("type"), QStringLiteral("result")}, {L("id"), id}, {L("action"), action}, {L("ok"), ok()}};
    if (error)
        json.insert(L("error"),
                    QJsonObject{{L("code"), errorCodeName(error->code)}, {L("message"), error->message}});
    if (replayed)
        json.insert(L("replayed"), true);
    if (lead)
        json.insert(L("lead"), leadToJson(*lead));
    if (action == u"metrics" && ok()) {
        json.insert(L("metrics"), metrics);
        json.insert(L("csv"), csv);
    }
    if (action == u"calibration" && ok())
        json.insert(L("calibration"), calibration);
    if (action == u"ledger" && ok())
        json.insert(L("ledger"), arrayOf(ledger));
    if (action == u"audit" && ok())
        json.insert(L("audit"), audit);
    if (action == u"syncs" && ok())
        json.insert(L("syncs"), arrayOf(syncs));
    return json;
}

Result Result::fromJson(const QJsonObject &json)
{
    Result r;
    r.id = json.value(L("id")).toString();
    r.action = json.value(L("action")).toString();
    if (!json.value(L("ok")).toBool()) {
        const QJsonObject error = json.value(L("error")).toObject();
        r.error = Failure{parseErrorCode(error.value(L("code")).toString()).value_or(ErrorCode::BadRequest),
                          error.value(L("message")).toString()};
    }
    r.replayed = json.value(L("replayed")).toBool();
    if (json.value(L("lead")).isObject())
        r.lead = leadFromJson(json.value(L("lead")).toObject());
    r.metrics = json.value(L("metrics")).toObject();
    r.csv = json.value(L("csv")).toString();
    r.calibration = json.value(L("calibration")).toObject();
    r.ledger = listOf<LedgerRow>(json.value(L("ledger")));
    r.audit = json.value(L("audit")).toArray();
    r.syncs = listOf<SyncItem>(json.value(L("syncs")));
    return r;
}

QByteArray encode(const Hello &m)
{
    return compact(QJsonObject{{L("type"), QStringLiteral("hello")},
                               {L("server"), m.server},
                               {L("protocol"), m.protocolVersion},
                               {L("rep"), m.rep},
                               {L("role"), Rep::roleName(m.role)},
                               {L("visibility"), visibilityName(m.visibility)},
                               {L("rules"), m.rules},
                               {L("rulesJson"), QString::fromUtf8(m.rulesJson)},
                               {L("seq"), double(m.seq)}});
}

QByteArray encode(const Snapshot &m)
{
    QJsonArray leads;
    for (const LeadState &lead : m.leads)
        leads.append(leadToJson(lead, m.rep));
    return compact(QJsonObject{{L("type"), QStringLiteral("snapshot")},
                               {L("seq"), double(m.seq)},
                               {L("leads"), leads},
                               {L("team"), teamJson(m.team)}});
}

QByteArray encode(const LeadUpdate &m)
{
    return leadFrame(m.seq, m.gone ? goneLead(m.lead.id, m.lead.claimedBy) : encodeLead(m.lead));
}

QByteArray encode(const Resumed &m)
{
    return compact(QJsonObject{
        {L("type"), QStringLiteral("resumed")}, {L("seq"), double(m.seq)}, {L("team"), teamJson(m.team)}});
}

QByteArray encode(const Gap &m)
{
    return compact(QJsonObject{
        {L("type"), QStringLiteral("gap")}, {L("since"), double(m.since)}, {L("seq"), double(m.seq)}});
}

QByteArray encode(const RepUpdate &m)
{
    return compact(QJsonObject{{L("type"), QStringLiteral("rep")}, {L("rep"), m.rep.toJson()}});
}

QByteArray encode(const Result &m)
{
    return compact(m.toJson());
}

QByteArray encode(const ErrorNotice &m)
{
    return compact(QJsonObject{
        {L("type"), QStringLiteral("error")}, {L("code"), errorCodeName(m.code)}, {L("message"), m.message}});
}

QByteArray encode(const ServerStatus &m)
{
    return compact(QJsonObject{
        {L("type"), QStringLiteral("status")}, {L("degraded"), m.degraded}, {L("message"), m.message}});
}

QByteArray leadFrame(qint64 seq, const QByteArray &encodedLead)
{
    return "{\"type\":\"lead\",\"seq\":" + QByteArray::number(seq) + ",\"lead\":" + encodedLead + '}';
}

QByteArray goneLead(const QString &leadId, const QString &claimedBy)
{
    QJsonObject gone{{L("id"), leadId}, {L("status"), QStringLiteral("gone")}};
    if (!claimedBy.isEmpty())
        gone.insert(L("claimedBy"), claimedBy);
    return compact(gone);
}

std::optional<ServerMessage> decodeServerMessage(const QByteArray &text, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto parsed = parseMessage(text);
    if (const auto *notice = std::get_if<ErrorNotice>(&parsed))
        return fail(notice->message);
    const QJsonObject json = std::get<QJsonObject>(parsed);
    const QString type = json.value(L("type")).toString();
    const qint64 seq = seqOf(json);
    if (type == u"hello") {
        Hello m;
        m.server = json.value(L("server")).toString();
        m.protocolVersion = json.value(L("protocol")).toInt();
        m.rep = json.value(L("rep")).toString();
        m.role = Rep::parseRole(json.value(L("role")).toString()).value_or(Rep::Role::Sdr);
        m.visibility =
            parseVisibility(json.value(L("visibility")).toString()).value_or(Visibility::AllRecords);
        m.rules = json.value(L("rules")).toString();
        m.rulesJson = json.value(L("rulesJson")).toString().toUtf8();
        m.seq = std::max<qint64>(seq, 0);
        return m;
    }
    if (type == u"snapshot") {
        if (seq < 0)
            return fail(Text::tr("a snapshot without \"seq\""));
        Snapshot m;
        m.seq = seq;
        const QJsonArray leads = json.value(L("leads")).toArray();
        m.leads.reserve(leads.size());
        for (const QJsonValue &v : leads) {
            if (auto lead = leadFromJson(v.toObject()))
                m.leads.append(std::move(*lead));
        }
        m.team = teamFrom(json.value(L("team")));
        return m;
    }
    if (type == u"lead") {
        const QJsonObject lead = json.value(L("lead")).toObject();
        auto state = leadFromJson(lead);
        if (seq < 0 || !state)
            return fail(Text::tr("a lead message without \"seq\" or a lead id"));
        return LeadUpdate{seq, std::move(*state), lead.value(L("status")).toString() == u"gone"};
    }
    if (type == u"resumed") {
        if (seq < 0)
            return fail(Text::tr("a resumed message without \"seq\""));
        return Resumed{seq, teamFrom(json.value(L("team")))};
    }
    if (type == u"gap")
        return Gap{json.value(L("since")).toInteger(), std::max<qint64>(seq, 0)};
    if (type == u"rep")
        return RepUpdate{TeamMember::fromJson(json.value(L("rep")).toObject())};
    if (type == u"result")
        return Result::fromJson(json);
    if (type == u"error")
        return ErrorNotice{parseErrorCode(json.value(L("code")).toString()).value_or(ErrorCode::BadMessage),
                           json.value(L("message")).toString()};
    if (type == u"status")
        return ServerStatus{json.value(L("degraded")).toBool(), json.value(L("message")).toString()};
    return fail(Text::tr("unknown message type \"%1\"").arg(type));
}

QString Request::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Claim:
        return QStringLiteral("claim");
    case Kind::Release:
        return QStringLiteral("release");
    case Kind::Reassign:
        return QStringLiteral("reassign");
    case Kind::Call:
        return QStringLiteral("call");
    case Kind::Availability:
        return QStringLiteral("availability");
    case Kind::Metrics:
        return QStringLiteral("metrics");
    case Kind::Calibration:
        return QStringLiteral("calibration");
    case Kind::Ledger:
        return QStringLiteral("ledger");
    case Kind::Audit:
        return QStringLiteral("audit");
    case Kind::CompleteTask:
        return QStringLiteral("complete_task");
    case Kind::SnoozeTask:
        return QStringLiteral("snooze_task");
    case Kind::RescheduleTask:
        return QStringLiteral("reschedule_task");
    case Kind::Syncs:
        return QStringLiteral("syncs");
    case Kind::RetrySync:
        return QStringLiteral("retry_sync");
    case Kind::Note:
        return QStringLiteral("note");
    }
    return {};
}

QJsonObject Request::toJson() const
{
    QJsonObject json{{L("type"), kindName()}, {L("id"), id}};
    switch (kind) {
    case Kind::Claim:
    case Kind::Release:
        json.insert(L("lead"), leadId);
        break;
    case Kind::Reassign:
        json.insert(L("lead"), leadId);
        json.insert(L("to"), to);
        break;
    case Kind::Call:
        json.insert(L("lead"), leadId);
        if (startedAtMs)
            json.insert(L("startedAt"), formatInstant(*startedAtMs));
        json.insert(L("durationSeconds"), double(durationSeconds));
        json.insert(L("disposition"), disposition);
        json.insert(L("notes"), notes);
        json.insert(L("qualification"), qualification);
        break;
    case Kind::Availability:
        json.insert(L("availability"), Rep::availabilityName(availability));
        break;
    case Kind::Metrics:
        json.insert(L("from"), from);
        json.insert(L("to"), until);
        json.insert(L("rep"), rep);
        break;
    case Kind::Calibration:
    case Kind::Ledger:
        json.insert(L("from"), from);
        json.insert(L("to"), until);
        break;
    case Kind::Audit:
        json.insert(L("lead"), leadId);
        break;
    case Kind::CompleteTask:
    case Kind::SnoozeTask:
        json.insert(L("lead"), leadId);
        json.insert(L("task"), taskId);
        break;
    case Kind::RescheduleTask:
        json.insert(L("lead"), leadId);
        json.insert(L("task"), taskId);
        json.insert(L("due"), formatInstant(dueMs));
        break;
    case Kind::Syncs:
        break;
    case Kind::RetrySync:
        json.insert(L("item"), item);
        break;
    case Kind::Note:
        json.insert(L("lead"), leadId);
        json.insert(L("text"), notes);
        if (startedAtMs)
            json.insert(L("at"), formatInstant(*startedAtMs));
        break;
    }
    return json;
}

QByteArray Request::encode() const
{
    return compact(toJson());
}

std::variant<Request, Result> decodeRequest(const QJsonObject &message)
{
    Request r;
    const QString type = message.value(L("type")).toString();
    const QJsonValue id = message.value(L("id"));
    const auto refuse = [&](const QString &why) {
        return Result::failure(r.id, type, ErrorCode::BadRequest, why);
    };
    if (!id.isString() || id.toString().isEmpty() || id.toString().size() > kMaxIdLength)
        return refuse(
            Text::tr("every request needs an \"id\": a client-generated string of at most 200 characters"));
    r.id = id.toString();

    static const QList<Request::Kind> kinds{
        Request::Kind::Claim,        Request::Kind::Release,      Request::Kind::Reassign,
        Request::Kind::Call,         Request::Kind::Availability, Request::Kind::Metrics,
        Request::Kind::Calibration,  Request::Kind::Ledger,       Request::Kind::Audit,
        Request::Kind::CompleteTask, Request::Kind::SnoozeTask,   Request::Kind::RescheduleTask,
        Request::Kind::Syncs,        Request::Kind::RetrySync,    Request::Kind::Note};
    const auto kind = std::find_if(kinds.cbegin(), kinds.cend(),
                                   [&type](Request::Kind k) { return Request::kindName(k) == type; });
    if (kind == kinds.cend())
        return refuse(Text::tr("unknown request type \"%1\" (expected claim, release, call, availability, "
                               "reassign, metrics, calibration, ledger, audit, complete_task, snooze_task, "
                               "reschedule_task, syncs, retry_sync or note)")
                          .arg(type));
    r.kind = *kind;
    r.leadId = message.value(L("lead")).toString();

    switch (r.kind) {
    case Request::Kind::Claim:
    case Request::Kind::Release:
        break;
    case Request::Kind::Reassign:
        r.to = message.value(L("to")).toString();
        break;
    case Request::Kind::Availability: {
        const auto availability = Rep::parseAvailability(message.value(L("availability")).toString());
        if (!availability || *availability == Rep::Availability::Offline)
            return refuse(Text::tr("\"availability\" must be \"available\" or \"away\""));
        r.availability = *availability;
        break;
    }
    case Request::Kind::Metrics:
        r.from = message.value(L("from")).toString();
        r.until = message.value(L("to")).toString();
        r.rep = message.value(L("rep")).toString();
        break;
    case Request::Kind::Calibration:
    case Request::Kind::Ledger:
        r.from = message.value(L("from")).toString();
        r.until = message.value(L("to")).toString();
        break;
    case Request::Kind::Syncs:
        break;
    case Request::Kind::RetrySync: {
        const QJsonValue item = message.value(L("item"));
        if (!item.isString() || item.toString().isEmpty() || item.toString().size() > kMaxIdLength)
            return refuse(Text::tr("\"item\" must be the id of a sync from the syncs list"));
        r.item = item.toString();
        break;
    }
    case Request::Kind::Audit:
        if (!isLeadId(r.leadId))
            return refuse(Text::tr("\"lead\" must be a lead id (contact:USER_ID or account:GROUP_ID)"));
        break;
    case Request::Kind::CompleteTask:
    case Request::Kind::SnoozeTask:
    case Request::Kind::RescheduleTask: {
        const QJsonValue task = message.value(L("task"));
        if (!task.isDouble() || task.toDouble() < 1 || task.toDouble() != std::floor(task.toDouble()) ||
            task.toDouble() > 1e9)
            return refuse(Text::tr("\"task\" must be the id of one of the lead's tasks (a whole number)"));
        r.taskId = task.toInt();
        if (r.kind == Request::Kind::RescheduleTask) {
            const QDateTime due = SegmentReader::parseTimestamp(message.value(L("due")).toString());
            if (!due.isValid())
                return refuse(Text::tr("\"due\" is not an ISO 8601 date-time"));
            r.dueMs = due.toMSecsSinceEpoch();
        }
        break;
    }
    case Request::Kind::Note: {
        if (!isLeadId(r.leadId))
            return refuse(Text::tr("\"lead\" must be a lead id (contact:USER_ID or account:GROUP_ID)"));
        r.notes = message.value(L("text")).toString();
        if (r.notes.trimmed().isEmpty())
            return refuse(Text::tr("\"text\" must be the note's text"));
        if (r.notes.size() > kMaxNoteText)
            return refuse(Text::tr("\"text\" is %1 characters long; a note holds at most %2")
                              .arg(r.notes.size())
                              .arg(kMaxNoteText));
        if (message.contains(L("at"))) {
            const QDateTime at = SegmentReader::parseTimestamp(message.value(L("at")).toString());
            if (!at.isValid())
                return refuse(Text::tr("\"at\" is not an ISO 8601 date-time"));
            r.startedAtMs = at.toMSecsSinceEpoch();
        }
        break;
    }
    case Request::Kind::Call: {
        r.disposition = message.value(L("disposition")).toString();
        if (!Disposition::all().contains(r.disposition))
            return refuse(Text::tr("\"disposition\" must be one of: %1")
                              .arg(Disposition::all().join(QStringLiteral(", "))));
        // At most a day: a bigger number (1e300) would not even fit the whole seconds stored.
        const QJsonValue duration = message.value(L("durationSeconds"));
        if (!duration.isUndefined() &&
            (!duration.isDouble() || !(duration.toDouble() >= 0 && duration.toDouble() <= kMaxCallSeconds)))
            return refuse(Text::tr("\"durationSeconds\" must be a number of seconds"));
        r.durationSeconds = qint64(duration.toDouble());
        if (message.contains(L("startedAt"))) {
            const QDateTime at = SegmentReader::parseTimestamp(message.value(L("startedAt")).toString());
            if (!at.isValid())
                return refuse(Text::tr("\"startedAt\" is not an ISO 8601 date-time"));
            r.startedAtMs = at.toMSecsSinceEpoch();
        }
        r.notes = message.value(L("notes")).toString().left(kMaxNotes);
        r.qualification = message.value(L("qualification")).toObject();
        break;
    }
    }
    return r;
}

std::variant<QJsonObject, ErrorNotice> parseMessage(const QByteArray &text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ErrorNotice{
            ErrorCode::BadMessage,
            Text::tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString())};
    if (!doc.isObject())
        return ErrorNotice{ErrorCode::BadMessage, Text::tr("a message is a JSON object")};
    if (!doc.object().value(L("type")).isString())
        return ErrorNotice{ErrorCode::BadMessage, Text::tr("a message needs a \"type\"")};
    return doc.object();
}

} // namespace protocol
