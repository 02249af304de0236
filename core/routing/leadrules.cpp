#include "leadrules.h"

#include "disposition.h"

#include <QDateTime>

#include <algorithm>
#include <functional>

namespace LeadRules {

namespace {

void claimFor(LeadState &lead, const QString &rep, qint64 nowMs)
{
    lead.status = LeadState::Status::Claimed;
    lead.claimedBy = rep;
    lead.owner = rep;
    lead.claimedAtMs = nowMs;
    lead.claimDeadlineMs = 0;
    lead.assignedTo.clear();
}

Decision refused(Refusal refusal, const LeadState &lead)
{
    return Decision{refusal, false, lead};
}

} // namespace

Decision claim(const LeadState &lead, const QString &rep, qint64 nowMs)
{
    if (lead.status == LeadState::Status::Done)
        return refused(Refusal::Closed, lead);
    if (lead.claimedBy == rep)
        return Decision{Refusal::None, false, lead};
    if (!lead.claimedBy.isEmpty())
        return refused(Refusal::AlreadyClaimed, lead);
    Decision decision{Refusal::None, true, lead};
    claimFor(decision.lead, rep, nowMs);
    return decision;
}

Decision claim(const LeadState &lead, const QString &rep, qint64 nowMs, int uncalledHeld, int maxUncalled)
{
    Decision decision = claim(lead, rep, nowMs);
    if (decision.changed && maxUncalled > 0 && uncalledHeld >= maxUncalled)
        return refused(Refusal::ClaimLimit, lead);
    return decision;
}

int uncalledClaims(const QList<LeadState> &leads, const QString &rep)
{
    return int(std::count_if(leads.cbegin(), leads.cend(), [&](const LeadState &lead) {
        return lead.status == LeadState::Status::Claimed && lead.claimedBy == rep && lead.firstCallAtMs == 0;
    }));
}

qint64 SlaClock::deadline(qint64 startMs, qint64 durationMs) const
{
    return businessHours ? businessHours->addWorkingTime(startMs, durationMs, zone) : startMs + durationMs;
}

Decision release(const LeadState &lead, const Rep &by, Visibility visibility, qint64 nowMs,
                 const SlaClock &clock)
{
    if (lead.status != LeadState::Status::Claimed)
        return refused(Refusal::NotClaimed, lead);
    if (lead.claimedBy != by.name && !by.isManager())
        return refused(Refusal::NotOwner, lead);
    Decision decision{Refusal::None, true, lead};
    LeadState &out = decision.lead;
    out.status = LeadState::Status::Open;
    out.claimedBy.clear();
    out.claimedAtMs = 0;
    if (visibility == Visibility::AllRecords)
        out.owner.clear();
    out.escalation = LeadState::Primary;
    out.claimDeadlineMs = out.claimWindowMs > 0 ? clock.deadline(nowMs, out.claimWindowMs) : 0;
    out.tasks.removeIf([](const LeadTask &task) { return !task.done; });
    return decision;
}

Decision reassign(const LeadState &lead, const Rep &by, const QString &to, qint64 nowMs)
{
    if (!by.isManager())
        return refused(Refusal::Forbidden, lead);
    Decision decision{Refusal::None, true, lead};
    claimFor(decision.lead, to, nowMs);
    decision.lead.escalation = LeadState::Primary;
    decision.lead.doneAtMs = 0;
    return decision;
}

CallEffect applyCall(LeadState::Status status, const QString &claimedBy, qint64 firstCallAtMs,
                     const QString &caller, const QString &disposition, qint64 startedAtMs)
{
    CallEffect effect{status, claimedBy, firstCallAtMs, false, false};
    if (effect.claimedBy.isEmpty() && effect.status != LeadState::Status::Done) {
        effect.claimedBy = caller;
        effect.status = LeadState::Status::Claimed;
        effect.claimedNow = true;
    }
    if (effect.firstCallAtMs == 0 || startedAtMs < effect.firstCallAtMs)
        effect.firstCallAtMs = startedAtMs;
    if (Disposition::closesAlert(disposition) && effect.claimedBy == caller) {
        effect.status = LeadState::Status::Done;
        effect.doneNow = true;
    }
    return effect;
}

LeadState applyCall(const LeadState &lead, const QString &caller, const QString &disposition,
                    qint64 startedAtMs, qint64 nowMs)
{
    const CallEffect effect =
        applyCall(lead.status, lead.claimedBy, lead.firstCallAtMs, caller, disposition, startedAtMs);
    LeadState out = lead;
    if (effect.claimedNow)
        claimFor(out, caller, nowMs);
    out.firstCallAtMs = effect.firstCallAtMs;
    if (effect.doneNow) {
        out.status = LeadState::Status::Done;
        out.doneAtMs = nowMs;
    }
    return out;
}

bool claimWindowDue(const LeadState &lead, qint64 nowMs)
{
    return lead.status == LeadState::Status::Open && lead.claimDeadlineMs > 0 &&
           nowMs >= lead.claimDeadlineMs;
}

bool callSlaDue(const LeadState &lead, qint64 nowMs)
{
    return lead.status != LeadState::Status::Done && !lead.breach && lead.callDeadlineMs > 0 &&
           lead.firstCallAtMs == 0 && nowMs >= lead.callDeadlineMs;
}

qint64 nextDeadline(const LeadState &lead)
{
    if (lead.status == LeadState::Status::Done)
        return 0;
    qint64 next = 0;
    for (const qint64 deadline : {lead.status == LeadState::Status::Open ? lead.claimDeadlineMs : 0,
                                  lead.breach || lead.firstCallAtMs ? 0 : lead.callDeadlineMs}) {
        if (deadline > 0 && (next == 0 || deadline < next))
            next = deadline;
    }
    return next;
}

LeadState escalate(const LeadState &lead, const std::optional<QString> &backup, qint64 nowMs,
                   const SlaClock &clock)
{
    LeadState out = lead;
    if (lead.escalation == LeadState::Primary && backup) {
        out.escalation = LeadState::Backup;
        out.assignedTo = *backup;
        out.claimDeadlineMs = clock.deadline(nowMs, lead.claimWindowMs);
    } else {
        out.escalation = LeadState::ManagerQueue;
        out.assignedTo.clear();
        out.claimDeadlineMs = 0;
    }
    return out;
}

namespace {

bool weekend(const QDate &date)
{
    return date.dayOfWeek() >= 6;
}

// The same local time on another day (the first valid instant after a DST gap).
qint64 atLocal(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    return QDateTime(date, time, zone).toMSecsSinceEpoch();
}

// The rep who may act on a lead's tasks: its holder, or a manager.
std::optional<Refusal> refuseTask(const LeadState &lead, int taskId, const Rep &by)
{
    if (lead.claimedBy != by.name && !by.isManager())
        return Refusal::NotOwner;
    if (std::none_of(lead.tasks.cbegin(), lead.tasks.cend(),
                     [taskId](const LeadTask &t) { return t.id == taskId; }))
        return Refusal::NoSuchTask;
    return std::nullopt;
}

Decision changeTask(const LeadState &lead, int taskId, const Rep &by,
                    const std::function<void(LeadTask &)> &change)
{
    if (const auto refusal = refuseTask(lead, taskId, by))
        return refused(*refusal, lead);
    Decision decision{Refusal::None, false, lead};
    for (LeadTask &task : decision.lead.tasks) {
        if (task.id != taskId)
            continue;
        const LeadTask before = task;
        change(task);
        decision.changed = task != before;
    }
    return decision;
}

} // namespace

qint64 addBusinessDays(qint64 fromMs, int days, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(fromMs, zone);
    QDate date = local.date();
    while (weekend(date))
        date = date.addDays(1);
    for (int left = days; left > 0;) {
        date = date.addDays(1);
        if (!weekend(date))
            --left;
    }
    return date == local.date() ? fromMs : atLocal(date, local.time(), zone);
}

QList<LeadTask> followUps(const Cadence &cadence, qint64 startedAtMs, const QTimeZone &zone, int firstId)
{
    QList<LeadTask> tasks;
    const int of = int(cadence.steps.size());
    for (int i = 0; i < of; ++i) {
        const Cadence::Step &step = cadence.steps.at(i);
        const qint64 afterMs = qint64(step.afterSeconds * 1000);
        const int days = int(afterMs / (24 * 3600 * 1000LL));
        const qint64 rest = afterMs - days * 24 * 3600 * 1000LL;
        // Whole days are business days; what is left runs on the clock, off the weekend.
        const qint64 due = addBusinessDays(addBusinessDays(startedAtMs, days, zone) + rest, 0, zone);
        tasks.append(LeadTask{firstId + i, due, step.channel, i + 1, of, i == 0});
    }
    return tasks;
}

QList<LeadTask> tasksAfterCall(const QList<LeadTask> &tasks, const Cadence *cadence,
                               const QString &disposition, qint64 startedAtMs, const QTimeZone &zone)
{
    QList<LeadTask> out = tasks;
    const auto open = std::find_if(out.begin(), out.end(), [](const LeadTask &t) { return !t.done; });
    if (open == out.end()) {
        if (!cadence || cadence->steps.isEmpty() || !Disposition::startsCadence(disposition))
            return out;
        int next = 1;
        for (const LeadTask &t : std::as_const(out))
            next = std::max(next, t.id + 1);
        out += followUps(*cadence, startedAtMs, zone, next);
        return out;
    }
    const auto call =
        std::find_if(out.begin(), out.end(), [](const LeadTask &t) { return !t.done && t.kind == u"call"; });
    if (call != out.end())
        call->done = true; // this call was that step
    return out;
}

Decision completeTask(const LeadState &lead, int taskId, const Rep &by)
{
    return changeTask(lead, taskId, by, [](LeadTask &task) { task.done = true; });
}

Decision snoozeTask(const LeadState &lead, int taskId, const Rep &by, qint64 nowMs, const QTimeZone &zone)
{
    return changeTask(lead, taskId, by, [&](LeadTask &task) {
        if (!task.done)
            task.dueMs = addBusinessDays(std::max(task.dueMs, nowMs), 1, zone);
    });
}

Decision rescheduleTask(const LeadState &lead, int taskId, const Rep &by, qint64 dueMs, const QTimeZone &zone)
{
    return changeTask(lead, taskId, by, [&](LeadTask &task) {
        if (!task.done)
            task.dueMs = addBusinessDays(dueMs, 0, zone);
    });
}

TaskState taskState(const LeadTask &task, qint64 nowMs, const QTimeZone &zone)
{
    if (task.done)
        return TaskState::Done;
    if (nowMs > task.dueMs)
        return TaskState::Overdue;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    return QDateTime::fromMSecsSinceEpoch(task.dueMs, zone).date() == today ? TaskState::Due
                                                                            : TaskState::Upcoming;
}

} // namespace LeadRules
