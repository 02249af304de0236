#include "queuelead.h"

#include "clock/instant.h"
#include "rules/rules.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

int tierRank(int tier)
{
    return tier == 0 ? 99 : tier;
}

} // namespace

QueueLead QueueLead::fromLead(const LeadState &lead, qint64 seq, const Rules *rules)
{
    QueueLead q;
    q.id = lead.id;
    q.name = lead.card.name;
    q.company = lead.card.company;
    q.title = lead.card.title;
    q.phone = lead.card.phone;
    if (lead.isAccount()) {
        // An account is called through its best engaged contact.
        const LeadCard::EngagedContact *callee = lead.card.contactToCall();
        q.title = callee ? callee->name : QString();
        q.phone = callee ? callee->phone : QString();
    }
    q.summary = lead.card.summary;
    q.owner = lead.owner;
    q.claimedBy = lead.claimedBy;
    q.assignedTo = lead.assignedTo;
    q.status = lead.status;
    q.escalation = lead.escalation;
    q.tier = lead.tier;
    q.serverScore = lead.score;
    q.score = q.serverScore;
    q.alertAtMs = lead.alertAtMs;
    q.claimDeadlineMs = lead.claimDeadlineMs;
    q.callDeadlineMs = lead.callDeadlineMs;
    q.firstCallAtMs = lead.firstCallAtMs;
    q.doneAtMs = lead.doneAtMs;
    q.tasks = lead.tasks;
    q.breach = lead.breach;
    q.seq = seq;
    q.liveSignals.reserve(lead.card.signalList.size());
    for (const LeadCard::Signal &s : lead.card.signalList)
        q.liveSignals.push_back({rules ? rules->typeIndex(s.type) : -1, s.atMs, s.points});
    return q;
}

qint64 QueueLead::slaDeadlineMs() const
{
    if (status == LeadState::Status::Done)
        return 0;
    if (status == LeadState::Status::Open && claimDeadlineMs > 0)
        return claimDeadlineMs;
    return firstCallAtMs > 0 ? 0 : callDeadlineMs;
}

bool QueueLead::rescore(qint64 nowMs, const Rules *rules)
{
    if (!rules || liveSignals.empty() || isAccountLeadId(id))
        return false;
    double sum = 0;
    for (const Signal &s : std::as_const(liveSignals)) {
        if (s.type < 0)
            return false; // rules differ from the server's: keep its score
        sum += rules->signalTypes.at(s.type).valueAt(double(nowMs - s.atMs) / 1000.0,
                                                     rules->rollingWindowSeconds);
    }
    if (rules->contactCap)
        sum = std::min(sum, *rules->contactCap);
    // The server's score may include what the console cannot see (other signals); never
    // show more than the server did.
    sum = std::min(sum, serverScore);
    const double rounded = std::round(sum * 100) / 100;
    if (rounded == score)
        return false;
    score = rounded;
    return true;
}

bool QueueLead::isMine(const QString &rep) const
{
    return !rep.isEmpty() && (claimedBy == rep || owner == rep || assignedTo == rep);
}

QueueSortKey QueueSortKey::of(const QueueLead &lead)
{
    // A person to call beats an account signal of the same tier (account scores are sums
    // over the buying committee and not comparable with a contact's).
    const qint64 deadline = lead.slaDeadlineMs();
    return QueueSortKey{tierRank(lead.tier) * 2 + (lead.isAccount() ? 1 : 0), lead.score,
                        deadline > 0 ? deadline : std::numeric_limits<qint64>::max(), lead.ordinal};
}

bool queueLessThan(const QueueLead &a, const QueueLead &b)
{
    const QueueSortKey ka = QueueSortKey::of(a);
    const QueueSortKey kb = QueueSortKey::of(b);
    return ka == kb ? a.id < b.id : ka < kb;
}

bool queueAccepts(const QueueLead &lead, QueueScope scope, const QString &me, const QString &search)
{
    if ((lead.status == LeadState::Status::Done) != (scope == QueueScope::Worked))
        return false;
    switch (scope) {
    case QueueScope::Worked:
        if (lead.claimedBy != me)
            return false;
        break;
    case QueueScope::Mine:
        if (!lead.isMine(me))
            return false;
        break;
    case QueueScope::Unclaimed:
        if (!lead.claimedBy.isEmpty())
            return false;
        break;
    case QueueScope::All:
        break;
    }
    if (search.isEmpty())
        return true;
    return lead.name.contains(search, Qt::CaseInsensitive) ||
           lead.company.contains(search, Qt::CaseInsensitive);
}

bool needsManagerAttention(const QueueLead &lead)
{
    return lead.status != LeadState::Status::Done && (lead.claimedBy.isEmpty() || lead.breach);
}

bool managerLessThan(const QueueLead &a, const QueueLead &b)
{
    if (a.alertAtMs != b.alertAtMs)
        return a.alertAtMs < b.alertAtMs;
    return a.id < b.id;
}

bool LeadBatch::contains(const QString &id) const
{
    return removed.contains(id) ||
           std::any_of(leads.cbegin(), leads.cend(), [&id](const QueueLead &lead) { return lead.id == id; });
}

QHash<QString, int> claimedLoad(const QHash<QString, QueueLead> &leads)
{
    QHash<QString, int> load;
    for (const QueueLead &lead : leads) {
        if (lead.status == LeadState::Status::Claimed)
            ++load[lead.claimedBy];
    }
    return load;
}
