#include "leadrules.h"

#include "disposition.h"

#include <algorithm>

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

} // namespace LeadRules
