#pragma once

#include "errorcode.h"
#include "routing/leadrules.h"
#include "routing/leadstate.h"
#include "team/rep.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <variant>

// The feed's WebSocket protocol (docs/protocol.md) as typed messages: the one place that knows
// its JSON key names. Each message encodes to the compact JSON text that goes on the wire and
// decodes from it; decoding is lenient about what it does not need (a newer server may send
// more) and says what is wrong when it cannot go on.
namespace protocol {

inline constexpr int kVersion = 1;

// The code a console is told for a refusal of the lead rules.
ErrorCode errorCodeFor(LeadRules::Refusal refusal);

// A lead as the wire carries it: the whole LeadState but its audience. A call's `notes` reach
// only the rep who wrote them: they are filled in for the calls of `notesOf` (kAllNotes: every
// call's, as the feed stores the lead) and null for the others. Notes outside calls likewise:
// only `notesOf`'s are in `notes`; for anyone else the lead says only `hasNotes`.
// The longest text of a `note` request; a longer one is refused (a call's notes are cut there).
inline constexpr int kMaxNoteText = 10'000;
// No rep's name: a name has no control character (TeamStore), so a rep named "*" gets only theirs.
inline const QString kAllNotes = QStringLiteral("\u0001all notes");
QJsonObject leadToJson(const LeadState &lead, const QString &notesOf = {});
QByteArray encodeLead(const LeadState &lead, const QString &notesOf = {}); // compact, as fanned out
// nullopt when the object has no valid lead id.
std::optional<LeadState> leadFromJson(const QJsonObject &json);

// A rep as the team list shows them; `openLeads` only in snapshots and resumes.
struct TeamMember
{
    QString name;
    Rep::Role role = Rep::Role::Sdr;
    Rep::Availability availability = Rep::Availability::Offline;
    std::optional<int> openLeads;

    QJsonObject toJson() const;
    static TeamMember fromJson(const QJsonObject &json);
    friend bool operator==(const TeamMember &, const TeamMember &) = default;
};

// One item of the `syncs` answer: a CRM sync or webhook delivery in the outbox that failed for
// good or is being tried again (SyncReport builds them, the Team tab shows them). Decoding is
// lenient: a missing or mistyped text is empty, a number 0, a time 0 (none); a console shows no
// item without `id`.
struct SyncItem
{
    QString id;     // the outbox item's, for retry_sync
    QString target; // "crm" or "webhook"
    QString to;     // the CRM's name, or the webhook's host
    QString type;   // "call.logged", "lead.qualified", "lead.claimed" ...
    QString leadId; // `lead`
    QString name;   // the lead's, as the item carries them
    QString company;
    QString rep;
    qint64 callAtMs = 0;    // a call's start; 0: none (absent on the wire)
    bool failed = false;    // `state`: "failed" (given up), else "retrying"
    qint64 nextTryAtMs = 0; // only while retrying
    QString error;          // the target's last answer
    int attempts = 0;
    qint64 lastTryAtMs = 0;

    QJsonObject toJson() const;
    static SyncItem fromJson(const QJsonObject &json);
    friend bool operator==(const SyncItem &, const SyncItem &) = default;
};

// One rep of the `ledger` answer (Fairness::ledger; `audit --ledger --format json` prints the
// same under `reps`). Decoding is lenient: a missing or mistyped number is 0, a text empty; a
// console shows no row without `rep`.
struct LedgerRow
{
    QString rep;
    int offered = 0;
    int claimed = 0;
    int escalatedTo = 0;        // escalations and reroutes that went to them
    QMap<QString, int> skipped; // reason ("away", "at_cap" ...) -> times
    qint64 medianToClaimMs = 0; // from the alert; 0 when none
    qint64 medianToFirstCallMs = 0;
    int firstCalls = 0; // how many first calls the second median is of

    QJsonObject toJson() const;
    static LedgerRow fromJson(const QJsonObject &json);
    friend bool operator==(const LedgerRow &, const LedgerRow &) = default;
};

// ---- server to console ----

struct Hello
{
    QString server = QStringLiteral("firstcall-feed");
    int protocolVersion = kVersion;
    QString rep;
    Rep::Role role = Rep::Role::Sdr;
    Visibility visibility = Visibility::AllRecords;
    QString rules;        // the rules' name
    QByteArray rulesJson; // the rules file, so the console decays scores as the server does
    qint64 seq = 0;
};

struct Snapshot
{
    qint64 seq = 0;
    QList<LeadState> leads;
    QList<TeamMember> team;
    QString rep; // whom it is for: their own call notes go with it
};

// One new version of a lead. `gone`: the rep lost sight of it; only `lead.id` and, when
// someone holds it, `lead.claimedBy` are known.
struct LeadUpdate
{
    qint64 seq = 0;
    LeadState lead;
    bool gone = false;
};

struct Resumed
{
    qint64 seq = 0;
    QList<TeamMember> team;
};

struct Gap
{
    qint64 since = 0;
    qint64 seq = 0;
};

struct RepUpdate
{
    TeamMember rep;
};

struct Failure
{
    ErrorCode code = ErrorCode::BadRequest;
    QString message;
};

// The answer to one request.
struct Result
{
    QString id;     // the request's; empty when the request had none
    QString action; // the request's type
    std::optional<Failure> error;
    bool replayed = false;         // the answer to an earlier request with the same id
    std::optional<LeadState> lead; // the lead as it now is, when the request concerned one
    QJsonObject metrics;           // a metrics request's figures (SpeedToLead's JSON)
    QString csv;                   // and the same as CSV
    // A replayed answer goes out as it was recorded (with "replayed"), not decoded and re-encoded.
    QJsonObject recorded;
    QJsonObject calibration; // a calibration request's figures (feedCalibrationJson)
    QList<LedgerRow> ledger; // a ledger request's reps (Fairness::ledgerRows)
    QJsonArray audit;        // an audit request's decisions, in order (AuditText::rowsToJson)
    QList<SyncItem> syncs;   // a syncs request's items in trouble, the last tried first (SyncReport)

    bool ok() const { return !error.has_value(); }
    static Result success(const QString &id, const QString &action,
                          const std::optional<LeadState> &lead = std::nullopt);
    static Result failure(const QString &id, const QString &action, ErrorCode code, const QString &message,
                          const std::optional<LeadState> &lead = std::nullopt);
    QJsonObject toJson() const;
    static Result fromJson(const QJsonObject &json);
    // The recorded answer to a request sent again: `recorded` keeps its JSON as it was stored.
    static Result replay(const QJsonObject &stored);
};

// A message that is not a request at all (`error`).
struct ErrorNotice
{
    ErrorCode code = ErrorCode::BadMessage;
    QString message;
};

// The server's own health (`status`): `degraded` while it cannot reach its database (changes
// are refused with `unavailable` meanwhile), sent when that starts and when it ends, and after
// the hello of a console that connects meanwhile.
struct ServerStatus
{
    bool degraded = false;
    QString message;
};

using ServerMessage =
    std::variant<Hello, Snapshot, LeadUpdate, Resumed, Gap, RepUpdate, Result, ErrorNotice, ServerStatus>;

QByteArray encode(const Hello &message);
QByteArray encode(const Snapshot &message);
QByteArray encode(const LeadUpdate &message);
QByteArray encode(const Resumed &message);
QByteArray encode(const Gap &message);
QByteArray encode(const RepUpdate &message);
QByteArray encode(const Result &message);
QByteArray encode(const ErrorNotice &message);
QByteArray encode(const ServerStatus &message);

// The fan-out path: a `lead` message around a lead already encoded once for every console.
QByteArray leadFrame(qint64 seq, const QByteArray &encodedLead);
// What a rep who lost sight of a lead receives in place of it.
QByteArray goneLead(const QString &leadId, const QString &claimedBy);

// A message from the server; nullopt with `error` set when it is not one this console knows.
std::optional<ServerMessage> decodeServerMessage(const QByteArray &text, QString *error);

// ---- console to server ----

// One request. Which fields matter depends on the kind (docs/protocol.md, "Console to server").
struct Request
{
    enum class Kind
    {
        Claim,
        Release,
        Reassign,
        Call,
        Availability,
        Metrics,
        Calibration,    // managers: the Scoring page's figures over a period
        Ledger,         // managers: the fairness ledger per rep over a period
        Audit,          // managers: a lead's routing decisions in order
        CompleteTask,   // a follow-up task of a lead is done
        SnoozeTask,     // one business day later
        RescheduleTask, // to `due`
        Syncs,          // managers: the CRM syncs and webhook deliveries that failed or are failing
        RetrySync,      // managers: one of them (`item`) queued again
        Note,           // a note on a lead outside a call: `notes`, written at `startedAtMs`
    };

    Kind kind = Kind::Claim;
    QString id; // client-generated; a repeated id gets the first answer again
    QString leadId;
    QString to; // reassign: the rep
    // call
    QString disposition;
    qint64 durationSeconds = 0;
    std::optional<qint64> startedAtMs; // absent: now
    QString notes;
    QJsonObject qualification;
    // complete_task, snooze_task, reschedule_task: the lead's task; reschedule_task: when
    int taskId = 0;
    qint64 dueMs = 0;
    // retry_sync: the outbox item
    QString item;
    // availability
    Rep::Availability availability = Rep::Availability::Available;
    // metrics, calibration and ledger: dates or date-times as typed; metrics: whose figures
    // (managers; empty: the team)
    QString from;
    QString until;
    QString rep;

    static QString kindName(Kind kind);
    QString kindName() const { return kindName(kind); }
    QJsonObject toJson() const;
    QByteArray encode() const;
};

// A request from its JSON, or the result that refuses it (bad_request, naming the field).
std::variant<Request, Result> decodeRequest(const QJsonObject &message);

// A frame's text as a JSON object, or the `error` notice for it (bad_message).
std::variant<QJsonObject, ErrorNotice> parseMessage(const QByteArray &text);

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Protocol)
};

} // namespace protocol
