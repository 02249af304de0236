#pragma once

#include "leadstate.h"
#include "team/rep.h"

#include <QList>

#include <optional>

// Who may see a lead: PRODUCT.md's all-records and owned-records visibility and segment
// matching. Who is next in rotation is Rotation's (rotation.h).
class RoutingPolicy final
{
public:
    explicit RoutingPolicy(Visibility visibility);

    Visibility visibility() const { return m_visibility; }

    // A rep's segments match a lead when, for every segment key the rep has, the lead's
    // trait of that name is one of the rep's values for it (or the lead does not say).
    static bool segmentsMatch(const Rep &rep, const QJsonObject &leadSegments);
    // What a trait says for matching: nullopt when it says nothing (absent, null or ""); else
    // its texts, which may be none (an object, an empty array). Numbers and booleans as their
    // JSON text ("123", "1.5", "true"), arrays as all of their elements' texts.
    static std::optional<QStringList> traitTexts(const QJsonValue &trait);
    bool canSee(const Rep &rep, const LeadState &lead) const;

private:
    Visibility m_visibility;
};
