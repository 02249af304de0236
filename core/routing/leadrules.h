#pragma once

#include "leadstate.h"
#include "rules/rules.h"
#include "team/rep.h"
#include "team/workinghours.h"

#include <QString>

#include <optional>

// The decisions about one alerted lead, as pure functions of values: what a claim, a release, a
// reassignment or a logged call does to it, and when its claim window or call SLA runs out and
// where it goes then. No clock, no database, no signals: the AlertDesk (server) and the RepDesk
// (console) ask here, and the tests in tests/core/routing/ pin every rule down.
namespace LeadRules {

// How a claim window runs: on the wall clock, or only in the team's business hours when the
// rules file asks for them (its `business_hours`, read in their time zone). Every window uses
// it: the alert's first, a backup's after an escalation, a new one after a release.
struct SlaClock
{
    std::optional<WorkingHours> businessHours;
    QTimeZone zone = QTimeZone::utc();

    // When `durationMs` of SLA time has passed since `startMs`.
    qint64 deadline(qint64 startMs, qint64 durationMs) const;
};

// Why a request was refused; None when it was not.
enum class Refusal
{
    None,
    Closed,         // the alert has been worked already
    AlreadyClaimed, // a colleague has it
    NotClaimed,     // release of a lead nobody holds
    NotOwner,       // release by someone else than the holder (and not a manager)
    Forbidden,      // reassignment by a rep who is not a manager
    ClaimLimit,     // the rep already holds the most claimed leads not yet called
    NoSuchTask,     // a task request names no follow-up task of the lead
};

struct Decision
{
    Refusal refusal = Refusal::None;
    bool changed = false; // the lead below differs from the one given
    LeadState lead;

    bool ok() const { return refusal == Refusal::None; }
};

// `rep` claims the lead: it becomes theirs unless it is worked or a colleague has it. Claiming
// one's own lead again changes nothing and is not refused.
Decision claim(const LeadState &lead, const QString &rep, qint64 nowMs);
// The same with the anti-hoarding cap: a rep holding `uncalledHeld` claimed leads with no call
// yet may not claim another once that reaches `maxUncalled` (0: no cap).
Decision claim(const LeadState &lead, const QString &rep, qint64 nowMs, int uncalledHeld, int maxUncalled);
// Leads `rep` has claimed and not called yet, among `leads`.
int uncalledClaims(const QList<LeadState> &leads, const QString &rep);

// The holder (or a manager) gives a claimed lead back: it is open again, with a new claim
// window from now, back at the primary step; in all-records nobody owns it any more. Its open
// follow-up tasks are dropped (the done ones stay, as history).
Decision release(const LeadState &lead, const Rep &by, Visibility visibility, qint64 nowMs,
                 const SlaClock &clock = {});

// A manager gives the lead to `to`: it is claimed by them, at the primary step, and open again
// if it had been worked.
Decision reassign(const LeadState &lead, const Rep &by, const QString &to, qint64 nowMs);

// What a logged call does to the claim and the status, the same on the server and in the
// console: calling claims a lead nobody holds (unless it is worked); the first call is the
// earliest one logged; a disposition that closes the alert closes it when the caller holds it.
struct CallEffect
{
    LeadState::Status status = LeadState::Status::Open;
    QString claimedBy;
    qint64 firstCallAtMs = 0;
    bool claimedNow = false; // the call claimed it
    bool doneNow = false;    // the call closes the alert (again, if it was closed: the latest close counts)
};
CallEffect applyCall(LeadState::Status status, const QString &claimedBy, qint64 firstCallAtMs,
                     const QString &caller, const QString &disposition, qint64 startedAtMs);
// The same on a whole LeadState, with the claim's and the alert's times filled in.
LeadState applyCall(const LeadState &lead, const QString &caller, const QString &disposition,
                    qint64 startedAtMs, qint64 nowMs);

// The claim window ran out on an open, unclaimed lead.
bool claimWindowDue(const LeadState &lead, qint64 nowMs);
// The call SLA ran out with no call and no breach flagged yet.
bool callSlaDue(const LeadState &lead, qint64 nowMs);
// The earliest deadline still ahead of a lead (claim window or call SLA), or 0 when none.
qint64 nextDeadline(const LeadState &lead);

// Where an open lead whose claim window ran out goes: from the primary step to `backup` (a new
// window, counted by `clock`) when there is one, else, and from the backup step, to the manager queue.
LeadState escalate(const LeadState &lead, const std::optional<QString> &backup, qint64 nowMs,
                   const SlaClock &clock = {});

// ---- follow-ups: the band's cadence as tasks on the lead, in business days ----

// `days` business days (Monday to Friday in `zone`) after `fromMs`, at the same local time;
// from a Saturday or Sunday the count starts on the Monday after. 0 days: `fromMs` itself, moved
// to the same time on Monday when it falls on a weekend.
qint64 addBusinessDays(qint64 fromMs, int days, const QTimeZone &zone);

// The tasks a call that did not connect starts: one per step of `cadence`, step 1 done (the call
// itself), the others due `after` the call's start, whole days counted as business days in the
// owning rep's `zone` (the rest as time); ids from `firstId` on.
QList<LeadTask> followUps(const Cadence &cadence, qint64 startedAtMs, const QTimeZone &zone, int firstId = 1);

// What a logged call does to the lead's tasks: with none open, a call that did not connect
// (Disposition::startsCadence) starts `cadence`; with some open, the call completes the first
// open call step. `cadence` null: no band, no tasks.
QList<LeadTask> tasksAfterCall(const QList<LeadTask> &tasks, const Cadence *cadence,
                               const QString &disposition, qint64 startedAtMs, const QTimeZone &zone);

// A task request: by the rep who holds the lead or a manager (NotOwner otherwise; NoSuchTask for
// an id the lead does not have). complete marks it done (again: no change); snooze moves its due
// time one business day on from the later of its due time and now; reschedule sets it, a weekend
// moved to the same time on Monday.
Decision completeTask(const LeadState &lead, int taskId, const Rep &by);
Decision snoozeTask(const LeadState &lead, int taskId, const Rep &by, qint64 nowMs, const QTimeZone &zone);
Decision rescheduleTask(const LeadState &lead, int taskId, const Rep &by, qint64 dueMs,
                        const QTimeZone &zone);

// How a task reads now: done, upcoming, due (today in `zone`, not yet past) or overdue.
enum class TaskState
{
    Done,
    Upcoming,
    Due,
    Overdue
};
TaskState taskState(const LeadTask &task, qint64 nowMs, const QTimeZone &zone);

} // namespace LeadRules
