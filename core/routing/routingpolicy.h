#pragma once

#include "leadstate.h"
#include "team/rep.h"

#include <QList>
#include <QSet>

#include <optional>

// Who may see a lead and who is next in rotation: PRODUCT.md's all-records and
// owned-records visibility, segment matching, and round robin among available reps.
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

    // The next rep after `after` (by id, wrapping) who is not a manager, is available and
    // online, matches the lead's segments and is not in `exclude`.
    std::optional<Rep> nextInRotation(const QList<Rep> &team, const QSet<QString> &online,
                                      const LeadState &lead, qint64 after,
                                      const QStringList &exclude = {}) const;

private:
    Visibility m_visibility;
};
