#include "scoringengine.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

namespace {

quint64 typeBit(int type)
{
    return quint64(1) << (unsigned(type) & 63u);
}

bool isLive(const SignalType &t, double ageSeconds, double rollingWindow)
{
    if (ageSeconds < 0 || ageSeconds > rollingWindow)
        return false;
    return t.decay != SignalType::Decay::None || ageSeconds <= t.windowSeconds;
}

// Tiers count down: 1 is the hottest, 0 means none.
int hotterTier(int a, int b)
{
    if (a == 0)
        return b;
    if (b == 0)
        return a;
    return std::min(a, b);
}

bool isHotter(int tier, int than)
{
    return tier != 0 && (than == 0 || tier < than);
}

} // namespace

ScoringEngine::ScoringEngine(const Rules &rules, const LeadGraph &graph)
    : m_rules(rules)
    , m_graph(graph)
{
    for (const TierPattern &pattern : rules.patterns) {
        quint64 mask = 0;
        for (const SignalCondition &condition : pattern.conditions) {
            for (int type : condition.types)
                mask |= typeBit(type);
        }
        m_patternMasks.push_back(mask);
    }
}

bool ScoringEngine::holds(const SignalCondition &condition, const std::vector<Live> &live,
                          const QList<SignalCondition> &siblings) const
{
    int count = 0;
    for (const Live &l : live) {
        if (l.ageSeconds > condition.withinSeconds || !condition.matchesType(l.type))
            continue;
        if (condition.nearIndex >= 0) {
            const SignalCondition &anchor = siblings.at(condition.nearIndex);
            const bool near = std::any_of(live.cbegin(), live.cend(), [&](const Live &a) {
                return a.ageSeconds <= anchor.withinSeconds && anchor.matchesType(a.type) &&
                       std::abs(double(a.atMs - l.atMs)) / 1000.0 <= condition.nearSeconds;
            });
            if (!near)
                continue;
        }
        if (++count >= condition.minCount)
            return true;
    }
    return false;
}

int ScoringEngine::matchPatterns(const std::vector<Live> &live, quint64 typeMask, int betterThanTier) const
{
    int best = -1;
    int bestTier = betterThanTier;
    for (int p = 0; p < m_rules.patterns.size(); ++p) {
        const TierPattern &pattern = m_rules.patterns.at(p);
        if (!isHotter(pattern.tier, bestTier) || (m_patternMasks[size_t(p)] & typeMask) == 0)
            continue;
        const bool all =
            std::all_of(pattern.conditions.cbegin(), pattern.conditions.cend(),
                        [&](const SignalCondition &c) { return holds(c, live, pattern.conditions); });
        if (all) {
            best = p;
            bestTier = pattern.tier;
        }
    }
    return best;
}

QString ScoringEngine::describe(const SignalCondition &condition) const
{
    QStringList labels;
    for (int type : condition.types)
        labels.append(m_rules.signalTypes.at(type).label);
    QString text = labels.join(tr(" or "));
    if (condition.minCount > 1)
        text = tr("%1+ × %2").arg(condition.minCount).arg(text);
    if (std::isfinite(condition.withinSeconds))
        text = tr("%1 in the last %2").arg(text, formatDuration(condition.withinSeconds));
    return text;
}

QStringList ScoringEngine::alertReasons(const ContactScore &score) const
{
    QStringList reasons;
    if (score.alertReasons & 1u)
        reasons.append(
            tr("score %1 ≥ %2").arg(std::round(score.score * 100) / 100).arg(*m_rules.alert.minScore));
    for (int i = 0; i < m_rules.alert.anyOf.size() && i < 31; ++i) {
        if (score.alertReasons & (1u << (i + 1)))
            reasons.append(describe(m_rules.alert.anyOf.at(i)));
    }
    return reasons;
}

ScoringEngine::AccountSignals ScoringEngine::accountSignals(int account, qint64 atMs) const
{
    AccountSignals out;
    const double rolling = m_rules.rollingWindowSeconds;
    for (const SignalEvent &e : m_graph.account(account).signalEvents) {
        const SignalType &t = m_rules.signalTypes.at(e.type);
        const double age = double(atMs - e.atMs) / 1000.0;
        if (!isLive(t, age, rolling))
            continue;
        out.sum += t.valueAt(age, rolling);
        out.typeMask |= typeBit(e.type);
        out.live.push_back(LiveSignal{e.type, e.atMs, age});
    }
    return out;
}

ContactScore ScoringEngine::scoreContact(int index, qint64 atMs, Detail detail,
                                         const AccountSignals *precomputed) const
{
    thread_local std::vector<Live> live;
    live.clear();
    ContactScore s;
    const Contact &c = m_graph.contact(index);
    const double rolling = m_rules.rollingWindowSeconds;
    const bool explain = detail == Detail::Explain;
    quint64 mask = 0;

    const auto take = [&](const SignalEvent &e, int owner) {
        const SignalType &t = m_rules.signalTypes.at(e.type);
        const double age = double(atMs - e.atMs) / 1000.0;
        if (!isLive(t, age, rolling))
            return 0.0;
        const double value = t.valueAt(age, rolling);
        live.push_back(Live{e.type, e.atMs, age});
        mask |= typeBit(e.type);
        if (explain)
            s.contributions.append(Contribution{e.type, e.atMs, age, value, owner});
        return value;
    };

    if (c.mergedInto < 0) {
        for (const SignalEvent &e : c.signalEvents) {
            const size_t before = live.size();
            const double value = take(e, index);
            s.raw += value;
            if (e.account < 0 || e.account == c.account) {
                s.ownValue += value;
                s.live = s.live || live.size() > before;
            }
        }
        if (c.account >= 0 && precomputed && !explain) {
            s.raw += precomputed->sum;
            mask |= precomputed->typeMask;
            live.insert(live.end(), precomputed->live.cbegin(), precomputed->live.cend());
        } else if (c.account >= 0) {
            for (const SignalEvent &e : m_graph.account(c.account).signalEvents)
                s.raw += take(e, -1);
        }
    }

    s.score = s.raw;
    if (m_rules.contactCap && s.raw > *m_rules.contactCap) {
        s.score = *m_rules.contactCap;
        s.capped = true;
    }
    s.band = m_rules.bandFor(s.score);
    s.scoreTier = m_rules.bands.at(s.band).tier;
    s.tier = s.scoreTier;
    s.tierBand = s.band;
    if (!live.empty()) {
        s.pattern = matchPatterns(live, mask, s.scoreTier);
        if (s.pattern >= 0) {
            s.tier = hotterTier(s.scoreTier, m_rules.patterns.at(s.pattern).tier);
            s.tierBand = m_rules.bandForTier(s.tier);
        }
    }

    s.excluded = !m_rules.alert.excludeLifecycle.isEmpty() &&
                 m_rules.alert.excludeLifecycle.contains(c.lifecycleStage().toLower());
    if (!s.excluded && c.mergedInto < 0) {
        if (m_rules.alert.minScore && s.score >= *m_rules.alert.minScore)
            s.alertReasons |= 1u;
        for (int i = 0; i < m_rules.alert.anyOf.size() && i < 31; ++i) {
            if (holds(m_rules.alert.anyOf.at(i), live, m_rules.alert.anyOf))
                s.alertReasons |= 1u << (i + 1);
        }
        s.alert = s.alertReasons != 0;
        const int floor = m_rules.alert.minTier;
        if (s.alert && floor > 0 && isHotter(floor, s.tier)) {
            s.tier = floor;
            s.tierBand = m_rules.bandForTier(floor);
            s.tierFromAlert = true;
        }
    }
    return s;
}

AccountScore ScoringEngine::scoreAccount(int index, qint64 atMs, Detail detail,
                                         const std::vector<ContactScore> *contactScores) const
{
    AccountScore s;
    const Account &a = m_graph.account(index);
    const double rolling = m_rules.rollingWindowSeconds;
    const bool explain = detail == Detail::Explain;
    bool cLevelLive = false;
    int patternTier = 0;

    for (int member : a.contacts) {
        const Contact &c = m_graph.contact(member);
        if (c.mergedInto >= 0)
            continue;
        double own = 0;
        bool live = false;
        if (c.account == index && !explain) {
            const bool cached = contactScores && size_t(member) < contactScores->size();
            const ContactScore scored = cached ? ContactScore{} : scoreContact(member, atMs);
            const ContactScore &cs = cached ? (*contactScores)[size_t(member)] : scored;
            own = cs.ownValue;
            live = cs.live;
            if (cs.pattern >= 0)
                patternTier = hotterTier(patternTier, m_rules.patterns.at(cs.pattern).tier);
        } else {
            for (const SignalEvent &e : c.signalEvents) {
                const int account = e.account >= 0 ? e.account : c.account;
                if (account != index)
                    continue;
                const SignalType &t = m_rules.signalTypes.at(e.type);
                const double age = double(atMs - e.atMs) / 1000.0;
                if (!isLive(t, age, rolling))
                    continue;
                const double value = t.valueAt(age, rolling);
                own += value;
                live = true;
                if (explain)
                    s.contributions.append(Contribution{e.type, e.atMs, age, value, member});
            }
            if (c.account == index) {
                const ContactScore cs = scoreContact(member, atMs);
                if (cs.pattern >= 0)
                    patternTier = hotterTier(patternTier, m_rules.patterns.at(cs.pattern).tier);
            }
        }
        s.base += own;
        if (live) {
            ++s.liveContacts;
            cLevelLive = cLevelLive || c.cLevel;
        }
    }

    for (const SignalEvent &e : a.signalEvents) {
        const SignalType &t = m_rules.signalTypes.at(e.type);
        const double age = double(atMs - e.atMs) / 1000.0;
        if (!isLive(t, age, rolling))
            continue;
        const double value = t.valueAt(age, rolling);
        s.base += value;
        if (explain)
            s.contributions.append(Contribution{e.type, e.atMs, age, value, -1});
    }

    if (s.liveContacts >= m_rules.multiContactMin && m_rules.multiContact.factor != 1) {
        s.multipliers.append(m_rules.multiContact);
        s.multiplier *= m_rules.multiContact.factor;
    }
    if (cLevelLive && m_rules.cLevel.factor != 1) {
        s.multipliers.append(m_rules.cLevel);
        s.multiplier *= m_rules.cLevel.factor;
    }
    s.score = s.base * s.multiplier;
    s.band = m_rules.bandFor(s.score);
    s.scoreTier = m_rules.bands.at(s.band).tier;
    s.tier = hotterTier(s.scoreTier, patternTier);
    s.tierBand = s.tier == s.scoreTier ? s.band : m_rules.bandForTier(s.tier);
    s.alert = s.band == m_rules.topBand() && s.score > 0;
    return s;
}

ScoreBoard::ScoreBoard(const ScoringEngine &engine)
    : m_engine(engine)
{}

void ScoreBoard::rescoreAll(qint64 atMs)
{
    const LeadGraph &graph = m_engine.graph();
    m_contacts.resize(graph.contacts().size());
    m_accounts.resize(graph.accounts().size());
    std::vector<ScoringEngine::AccountSignals> accountSignals(m_accounts.size());
    for (size_t i = 0; i < accountSignals.size(); ++i) {
        if (!graph.account(int(i)).signalEvents.empty())
            accountSignals[i] = m_engine.accountSignals(int(i), atMs);
    }

    // Contacts are independent of each other: score them in chunks on every core.
    constexpr size_t chunk = 4096;
    std::vector<size_t> starts;
    for (size_t start = 0; start < m_contacts.size(); start += chunk)
        starts.push_back(start);
    QtConcurrent::blockingMap(starts, [&](size_t start) {
        const size_t end = std::min(start + chunk, m_contacts.size());
        for (size_t i = start; i < end; ++i) {
            const int account = graph.contact(int(i)).account;
            m_contacts[i] = m_engine.scoreContact(int(i), atMs, ScoringEngine::Detail::Score,
                                                  account >= 0 ? &accountSignals[size_t(account)] : nullptr);
        }
    });
    for (size_t i = 0; i < m_accounts.size(); ++i)
        m_accounts[i] = m_engine.scoreAccount(int(i), atMs, ScoringEngine::Detail::Score, &m_contacts);
}

void ScoreBoard::update(const LeadGraph::Change &change, qint64 atMs)
{
    const LeadGraph &graph = m_engine.graph();
    m_contacts.resize(graph.contacts().size());
    m_accounts.resize(graph.accounts().size());
    for (int c : change.contacts)
        m_contacts[size_t(c)] = m_engine.scoreContact(c, atMs);
    for (int a : change.accounts)
        m_accounts[size_t(a)] = m_engine.scoreAccount(a, atMs, ScoringEngine::Detail::Score, &m_contacts);
}

bool hotterThan(const ContactScore &a, const QString &aId, const ContactScore &b, const QString &bId)
{
    if (a.tier != b.tier)
        return isHotter(a.tier, b.tier);
    if (a.score != b.score)
        return a.score > b.score;
    return aId < bId;
}
