#include "routingpolicy.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {

QString numberText(const QJsonValue &number)
{
    // As JSON writes it: 123 and 123.0 are "123", 1.5 is "1.5".
    const double d = number.toDouble();
    if (d == std::trunc(d) && std::abs(d) < 9.2e18)
        return QString::number(number.toInteger(qint64(d)));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

void collectTexts(const QJsonValue &value, QStringList *texts)
{
    switch (value.type()) {
    case QJsonValue::String:
        if (!value.toString().isEmpty())
            texts->append(value.toString());
        break;
    case QJsonValue::Double:
        texts->append(numberText(value));
        break;
    case QJsonValue::Bool:
        texts->append(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        break;
    case QJsonValue::Array:
        for (const QJsonValue &element : value.toArray())
            collectTexts(element, texts);
        break;
    case QJsonValue::Object: // present, but no value a segment can name
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
}

} // namespace

RoutingPolicy::RoutingPolicy(Visibility visibility)
    : m_visibility(visibility)
{}

std::optional<QStringList> RoutingPolicy::traitTexts(const QJsonValue &trait)
{
    if (trait.isUndefined() || trait.isNull() || (trait.isString() && trait.toString().isEmpty()))
        return std::nullopt;
    QStringList texts;
    collectTexts(trait, &texts);
    return texts;
}

bool RoutingPolicy::segmentsMatch(const Rep &rep, const QJsonObject &leadSegments)
{
    QSet<QString> keys;
    for (const auto &segment : rep.segments)
        keys.insert(segment.first);
    for (const QString &key : std::as_const(keys)) {
        const std::optional<QStringList> texts = traitTexts(leadSegments.value(key));
        if (!texts)
            continue;
        const bool any = std::any_of(rep.segments.cbegin(), rep.segments.cend(), [&](const auto &segment) {
            return segment.first == key && texts->contains(segment.second, Qt::CaseInsensitive);
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
