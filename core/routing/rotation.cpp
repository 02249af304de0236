#include "rotation.h"

#include "routingpolicy.h"

#include <QJsonValue>

namespace Rotation {

QString skipName(Skip skip)
{
    switch (skip) {
    case Skip::None:
        return {};
    case Skip::Manager:
        return QStringLiteral("manager");
    case Skip::Offline:
        return QStringLiteral("offline");
    case Skip::Away:
        return QStringLiteral("away");
    case Skip::OffHours:
        return QStringLiteral("off_hours");
    case Skip::AtCap:
        return QStringLiteral("at_cap");
    case Skip::SegmentMismatch:
        return QStringLiteral("segment_mismatch");
    case Skip::Excluded:
        return QStringLiteral("excluded");
    case Skip::Unresponsive:
        return QStringLiteral("unresponsive");
    }
    return {};
}

Skip presence(const Candidate &candidate, qint64 nowMs)
{
    if (candidate.rep.availability == Rep::Availability::Away)
        return Skip::Away;
    if (!candidate.online || candidate.rep.availability == Rep::Availability::Offline)
        return Skip::Offline;
    if (!candidate.rep.inHours(nowMs))
        return Skip::OffHours;
    return Skip::None;
}

Skip eligibility(const Candidate &candidate, const Context &context)
{
    if (candidate.rep.isManager())
        return Skip::Manager;
    if (context.exclude.contains(candidate.rep.name))
        return Skip::Excluded;
    if (const Skip absent = presence(candidate, context.nowMs); absent != Skip::None)
        return absent;
    if (!RoutingPolicy::segmentsMatch(candidate.rep, context.segments))
        return Skip::SegmentMismatch;
    if (context.cap > 0 && candidate.load >= context.cap)
        return Skip::AtCap;
    if (context.maxMissed > 0 && candidate.missedInARow >= context.maxMissed)
        return Skip::Unresponsive;
    return Skip::None;
}

QJsonObject Ledger::toJson() const
{
    QJsonObject json;
    for (auto it = credit.cbegin(); it != credit.cend(); ++it)
        json.insert(it.key().name(), it.value());
    return json;
}

Ledger Ledger::fromJson(const QJsonObject &json)
{
    Ledger ledger;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        ledger.credit.insert(it.key(), it.value().toDouble());
    return ledger;
}

namespace {

// The eligible reps and the skipped ones, in team order.
Pick sort(const QList<Candidate> &team, const Context &context, QList<const Candidate *> *eligible)
{
    Pick pick;
    for (const Candidate &candidate : team) {
        const Skip skip = eligibility(candidate, context);
        if (skip == Skip::None) {
            eligible->append(&candidate);
            pick.eligible.append(candidate.rep.name);
        } else if (skip != Skip::Manager) {
            pick.skipped.append({candidate.rep.name, skip});
        }
    }
    return pick;
}

double weightOf(const Rep &rep)
{
    return rep.weight > 0 ? rep.weight : 1;
}

} // namespace

Pick next(const QList<Candidate> &team, const Ledger &ledger, const Context &context)
{
    QList<const Candidate *> eligible;
    Pick pick = sort(team, context, &eligible);
    pick.ledger = ledger;
    if (eligible.isEmpty())
        return pick;
    double total = 0;
    for (const Candidate *candidate : std::as_const(eligible))
        total += weightOf(candidate->rep);
    // Credit in leads: each pick hands out one lead's worth by weight and the one picked pays
    // one, so a rep's credit is exactly what they were owed minus what they got.
    const Candidate *best = nullptr;
    for (const Candidate *candidate : std::as_const(eligible)) {
        double &credit = pick.ledger.credit[candidate->rep.name];
        credit += weightOf(candidate->rep) / total;
        if (!best || credit > pick.ledger.credit.value(best->rep.name) + 1e-9)
            best = candidate;
    }
    pick.ledger.credit[best->rep.name] -= 1;
    pick.rep = best->rep.name;
    return pick;
}

Pick survey(const QList<Candidate> &team, const Context &context)
{
    QList<const Candidate *> eligible;
    return sort(team, context, &eligible);
}

Pick backup(const QStringList &namedBackups, const QList<Candidate> &team, const Ledger &escalations,
            const Context &context)
{
    // The named backups in order; those passed over come first in the reasons.
    QList<QPair<QString, Skip>> named;
    for (const QString &name : namedBackups) {
        for (const Candidate &candidate : team) {
            if (candidate.rep.name != name)
                continue;
            const Skip skip = eligibility(candidate, context);
            if (skip != Skip::None) {
                named.append({name, skip});
                continue;
            }
            Pick pick;
            pick.rep = name;
            pick.eligible = {name};
            pick.skipped = named;
            pick.ledger = escalations;
            return pick;
        }
    }
    Pick pick = next(team, escalations, context);
    pick.skipped.removeIf([&](const auto &skip) { return namedBackups.contains(skip.first); });
    pick.skipped = named + pick.skipped;
    return pick;
}

QString responsible(const LeadState &lead)
{
    if (lead.status != LeadState::Status::Open || !lead.claimedBy.isEmpty())
        return {};
    if (lead.escalation == LeadState::Backup)
        return lead.assignedTo;
    if (lead.escalation == LeadState::Primary)
        return lead.owner;
    return {};
}

QString loadOn(const LeadState &lead)
{
    if (lead.status == LeadState::Status::Claimed && lead.firstCallAtMs == 0)
        return lead.claimedBy;
    return responsible(lead);
}

} // namespace Rotation
