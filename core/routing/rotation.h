#pragma once

#include "leadstate.h"
#include "team/rep.h"
#include "team/repkey.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// Who gets a new lead, as pure functions of values: weighted round robin among the reps who
// can take it now (available, online, in their working hours, under the cap, matching the
// lead's segments), named backups in order, and what happens to an open lead whose rep can no
// longer act on it. The AlertDesk keeps the ledgers and the team; the tests in
// tests/core/routing/tst_rotation.cpp pin the rules down.
namespace Rotation {

// Why a rep was passed over for a lead; None when they could take it.
enum class Skip
{
    None,
    Manager,         // managers are not in the rotation
    Offline,         // no console connected
    Away,            // chose away
    OffHours,        // outside their working hours
    AtCap,           // holding the maximum of leads not yet called
    SegmentMismatch, // their segments do not cover the lead
    Excluded,        // the rep the lead is moving away from
    Unresponsive,    // let the last leads given to them run out unclaimed
};
QString skipName(Skip skip); // "offline", "away", "off_hours", "at_cap", "segment_mismatch", ...

// A rep as a pick sees them.
struct Candidate
{
    Rep rep;
    bool online = false;
    int load = 0;         // leads claimed and not called yet, plus open leads given to them to claim
    int missedInARow = 0; // claim windows run out on leads given to them since they last acted
};

struct Context
{
    qint64 nowMs = 0;
    int cap = 0;       // 0: no cap
    int maxMissed = 0; // passed over after this many missed claim windows in a row; 0: never
    QJsonObject segments;
    QStringList exclude;
};

// Whether the rep can act on a lead at all now (not away, online, in hours), ignoring load
// and segments: what decides that a lead already given to them must move.
Skip presence(const Candidate &candidate, qint64 nowMs);
// Whether the rep can take a new lead now.
Skip eligibility(const Candidate &candidate, const Context &context);

// Each rep's credit in a smooth weighted round robin. Only reps who can take the lead earn
// credit at a pick, so one who was away returns with the credit they left with: no burst owed.
struct Ledger
{
    QHash<RepKey, double> credit;

    QJsonObject toJson() const;
    static Ledger fromJson(const QJsonObject &json);
    friend bool operator==(const Ledger &, const Ledger &) = default;
};

struct Pick
{
    std::optional<QString> rep;          // nobody can take it
    QList<QPair<QString, Skip>> skipped; // every rep in the rotation passed over, with why
    QStringList eligible;                // who could have taken it
    Ledger ledger;                       // after the pick
};

// The next rep by weight among those eligible: each earns their weight's share of one lead, the
// one with the most credit (ties: earlier in `team`) gets it and pays one lead.
Pick next(const QList<Candidate> &team, const Ledger &ledger, const Context &context);
// Who could take the lead and who is passed over with why, as next() finds them, with no pick
// (all-records offers a lead to all of them).
Pick survey(const QList<Candidate> &team, const Context &context);

// Who takes over a lead from `primary` whose claim window ran out, or whose responsible rep
// left: their named backups in order (the first eligible one; no ledger is charged, so the
// backup keeps their own turn), else the next eligible rep by the escalation ledger (a ledger
// of its own, so that escalations spread over the team).
Pick backup(const QStringList &namedBackups, const QList<Candidate> &team, const Ledger &escalations,
            const Context &context);

// The rep who must act on an open, unclaimed lead now: the backup while escalated to one,
// else its owner (owned-records); empty when the pool or the manager queue has it.
QString responsible(const LeadState &lead);

// The rep whose load (Candidate::load) the lead counts in: who claimed it and has not called
// yet, else responsible(); empty when it counts against nobody.
QString loadOn(const LeadState &lead);

} // namespace Rotation
