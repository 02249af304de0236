#include "routingpolicy.h"

#include <algorithm>

RoutingPolicy::RoutingPolicy(Visibility visibility)
    : m_visibility(visibility)
{}

bool RoutingPolicy::segmentsMatch(const Rep &rep, const QJsonObject &leadSegments)
{
    QSet<QString> keys;
    for (const auto &segment : rep.segments)
        keys.insert(segment.first);
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue value = leadSegments.value(key);
        if (value.isUndefined() || value.isNull() || value.toString().isEmpty())
            continue;
        const QString leadValue = value.isString() ? value.toString() : value.toVariant().toString();
        const bool any = std::any_of(rep.segments.cbegin(), rep.segments.cend(), [&](const auto &segment) {
            return segment.first == key && segment.second.compare(leadValue, Qt::CaseInsensitive) == 0;
        });
        if (!any)
            return false;
    }
    return true;
}

bool RoutingPolicy::canSee(const Rep &rep, const LeadState &lead) const
{
    if (rep.isManager())
        return true;
    if (lead.claimedBy == rep.name || lead.owner == rep.name || lead.assignedTo == rep.name)
        return true;
    if (m_visibility == Visibility::OwnedRecords)
        return false;
    // all-records: every matching rep sees it until someone takes it.
    return lead.claimedBy.isEmpty() && lead.status == LeadState::Status::Open &&
           segmentsMatch(rep, lead.segments);
}

std::optional<Rep> RoutingPolicy::nextInRotation(const QList<Rep> &team, const QSet<QString> &online,
                                                 const LeadState &lead, qint64 after,
                                                 const QStringList &exclude) const
{
    QList<Rep> candidates;
    for (const Rep &rep : team) {
        if (!rep.isManager() && rep.availability == Rep::Availability::Available &&
            online.contains(rep.name) && !exclude.contains(rep.name) && segmentsMatch(rep, lead.segments))
            candidates.append(rep);
    }
    if (candidates.isEmpty())
        return std::nullopt;
    std::sort(candidates.begin(), candidates.end(), [](const Rep &a, const Rep &b) { return a.id < b.id; });
    for (const Rep &rep : std::as_const(candidates)) {
        if (rep.id > after)
            return rep;
    }
    return candidates.constFirst();
}
