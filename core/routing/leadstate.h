#pragma once

#include "protocol/leadcard.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Lead ids: "contact:<userId>" or "account:<groupId>"; the subject may itself contain ':'.
QString contactLeadId(const QString &userId);
QString accountLeadId(const QString &groupId);
bool isAccountLeadId(const QString &leadId);
bool isLeadId(const QString &leadId);
QString leadSubject(const QString &leadId); // the userId or groupId

enum class Visibility
{
    AllRecords,
    OwnedRecords
};
QString visibilityName(Visibility visibility);
std::optional<Visibility> parseVisibility(const QString &text);

// A call logged on a lead, as everyone who may see the lead learns of it; `notes` only reach
// the rep who wrote them.
struct LeadCall
{
    QString id; // the call request's id
    QString rep;
    qint64 startedAtMs = 0;
    qint64 durationSeconds = 0;
    QString disposition;
    QString notes;
    QJsonObject qualification;
    // Its write-back to the CRM (core/integrations/): state empty when no CRM is configured.
    struct Crm
    {
        QString state; // "waiting", "logged", "failed"
        QString url;   // logged: the link that opens the record
        QString error; // failed: why
        friend bool operator==(const Crm &, const Crm &) = default;
    };
    Crm crm;
    friend bool operator==(const LeadCall &, const LeadCall &) = default;
};

// One step of the band's follow-up cadence, started by a call that did not connect.
struct LeadTask
{
    int id = 0; // unique within the lead
    qint64 dueMs = 0;
    QString kind; // the channel: call, email, nurture
    int step = 1; // 1-based, of `of`
    int of = 1;
    bool done = false;
    friend bool operator==(const LeadTask &, const LeadTask &) = default;
};

// A rep's note on a lead outside a call: like a call's notes, it reaches only its writer.
struct LeadNote
{
    QString id; // the note request's id
    QString rep;
    qint64 atMs = 0;
    QString text;
    friend bool operator==(const LeadNote &, const LeadNote &) = default;
};

// The server's record of one alerted lead (a contact or an account): who is responsible for
// it, its claim and SLA clocks, and the card a rep needs to call at once.
struct LeadState
{
    enum class Status
    {
        Open,
        Claimed,
        Done
    };
    enum Escalation
    {
        Primary = 0,
        Backup = 1,
        ManagerQueue = 2
    };

    QString id;         // "contact:<userId>" or "account:<groupId>"
    qint64 alertId = 0; // this alert's row in the alerts table
    QString source;     // lead source, for the metrics
    Status status = Status::Open;
    qint64 alertAtMs = 0;
    QString owner;     // rep responsible: the owned-records owner, or who claimed it
    QString claimedBy; // empty while unclaimed
    qint64 claimedAtMs = 0;
    int escalation = Primary;
    QString assignedTo;         // the backup rep while escalated to one
    qint64 claimDeadlineMs = 0; // 0: no claim window running
    qint64 callDeadlineMs = 0;  // 0: no call SLA
    qint64 claimWindowMs = 0;
    bool breach = false;
    qint64 firstCallAtMs = 0;
    qint64 doneAtMs = 0;
    int tier = 0;
    double score = 0;
    LeadCard card;
    QJsonObject segments;  // the traits reps' segments are matched against
    QStringList audience;  // reps who may see the current version
    QList<LeadCall> calls; // oldest first
    QList<LeadTask> tasks; // the follow-up cadence, by step
    QList<LeadNote> notes; // reps' notes outside calls, oldest first; each only for its writer
    QString crmUrl;        // the link of the lead's record in the CRM, once a call found it

    static constexpr int kMaxCalls = 50;  // the newest kept with the lead
    static constexpr int kMaxNotes = 100; // the newest kept with the lead

    bool isAccount() const { return isAccountLeadId(id); }
    QString subjectId() const { return leadSubject(id); }

    static QString statusName(Status status); // on the wire and in the logs
};
