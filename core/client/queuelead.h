#pragma once

#include "routing/leadstate.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

class Rules;

// What the console keeps of a lead for its queue: the fields a row shows and sorts by, and
// the lead's live signals so that its score keeps decaying while the feed is away. The full
// lead (card, history) is not kept for every lead: see RepDesk::leadDetail.
struct QueueLead
{
    struct Signal
    {
        int type = -1; // index into the console's Rules; -1 when they do not know it
        qint64 atMs = 0;
        double points = 0;
    };

    QString id;
    QString name;
    QString company;
    QString title;   // a contact's job title; for an account, the name of the contact to call
    QString phone;   // for an account, the phone of the contact to call
    QString summary; // "Demo request + 2× Pricing page visit"
    QString owner;
    QString claimedBy;
    QString assignedTo;
    LeadState::Status status = LeadState::Status::Open;
    int escalation = LeadState::Primary;
    int tier = 0;
    double serverScore = 0;
    double score = 0; // decayed to now by the console's own scoring core
    qint64 alertAtMs = 0;
    qint64 claimDeadlineMs = 0;
    qint64 callDeadlineMs = 0;
    qint64 firstCallAtMs = 0;
    qint64 doneAtMs = 0;   // when it was worked (a closing call)
    QList<LeadTask> tasks; // its follow-ups (for the leads I hold), as the feed sent them
    bool breach = false;
    qint64 seq = 0;
    qint64 ordinal = 0;        // when this console first held it, in its own count (RepDesk assigns it)
    QList<Signal> liveSignals; // shared, so that a copy for a model or a batch costs no allocation

    static QueueLead fromLead(const LeadState &lead, qint64 seq, const Rules *rules);

    // The deadline that matters now: the claim window while unclaimed, then the first call.
    qint64 slaDeadlineMs() const;
    // Recomputes `score` at `nowMs` from the live signals; returns true when it changed.
    bool rescore(qint64 nowMs, const Rules *rules);
    bool isMine(const QString &rep) const;
    bool isAccount() const { return isAccountLeadId(id); }
};

// One announcement of the console's leads, taken whole by the models: the leads added or
// changed since the last one, each as it now is, and the ids of the leads gone (disjoint).
struct LeadBatch
{
    QList<QueueLead> leads;
    QStringList removed;

    qsizetype size() const { return leads.size() + removed.size(); }
    bool isEmpty() const { return leads.isEmpty() && removed.isEmpty(); }
    bool contains(const QString &id) const;
};

// The queue's order: Tier 1 above Tier 2 above Tier 3 above the rest, contacts before
// accounts, then score, then the SLA deadline (soonest first), then the lead that came first,
// then id.
bool queueLessThan(const QueueLead &a, const QueueLead &b);

// The queue's order as plain numbers, all but the id: what a sorting model keeps per row, so
// that comparing two rows reads no strings. Equal keys fall back to queueLessThan.
struct QueueSortKey
{
    int rank = 0;          // the tier (none last), contacts before accounts within it
    double score = 0;      // higher first
    qint64 deadlineMs = 0; // sooner first, none last
    qint64 ordinal = 0;

    static QueueSortKey of(const QueueLead &lead);
    friend bool operator==(const QueueSortKey &a, const QueueSortKey &b) = default;
    friend bool operator<(const QueueSortKey &a, const QueueSortKey &b)
    {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.score != b.score)
            return a.score > b.score;
        if (a.deadlineMs != b.deadlineMs)
            return a.deadlineMs < b.deadlineMs;
        return a.ordinal < b.ordinal;
    }
};

enum class QueueScope
{
    Mine,
    Unclaimed,
    All,
    Worked // the rep's worked leads of the last 30 days (done, and claimed by them)
};

// How long a worked lead stays in its rep's Worked view.
inline constexpr qint64 kWorkedDaysMs = 30LL * 24 * 3600 * 1000;

// Whether a lead belongs in the queue under a scope and a search text (name or company): a
// worked lead only in Worked, and only there.
bool queueAccepts(const QueueLead &lead, QueueScope scope, const QString &me, const QString &search);

// The manager's live view: alerts nobody has claimed and alerts whose SLA was breached,
// oldest first.
bool needsManagerAttention(const QueueLead &lead);
bool managerLessThan(const QueueLead &a, const QueueLead &b);

// The team's open load: how many leads each rep has claimed and not yet worked.
QHash<QString, int> claimedLoad(const QHash<QString, QueueLead> &leads);

Q_DECLARE_METATYPE(LeadBatch)
