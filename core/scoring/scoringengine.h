#pragma once

#include "leads/leadgraph.h"
#include "rules/rules.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// One signal's part in a score, for the explanation.
struct Contribution
{
    int type = -1;
    qint64 atMs = 0;
    double ageSeconds = 0;
    double value = 0;
    int contact = -1; // whose signal; -1 for an account's firmographic signal
};

struct ContactScore
{
    double raw = 0;   // before the cap
    double score = 0; // what the rep sees
    bool capped = false;
    double ownValue = 0;        // the contact's own signals on its current account, for the account score
    bool live = false;          // has a live signal of its own
    int band = -1;              // band of the score
    int scoreTier = 0;          // tier of the score band (0: none)
    int pattern = -1;           // best tier pattern that holds, or -1
    int tier = 0;               // the higher of scoreTier and the pattern's tier; 1 is the hottest
    int tierBand = -1;          // the band whose SLA and cadence apply: the tier's band
    bool tierFromAlert = false; // the alert trigger's tier floor set the tier
    bool excluded = false;      // lifecycle stage excludes it from alerts (a customer)
    bool alert = false;
    quint32 alertReasons = 0;          // bit 0: the score; bit i + 1: the alert trigger's condition i
    QList<Contribution> contributions; // filled when explained
};

struct AccountScore
{
    double base = 0;
    double multiplier = 1;
    QList<AccountMultiplier> multipliers; // those that apply
    double score = 0;
    int liveContacts = 0;
    int band = -1;
    int scoreTier = 0;
    int pattern = -1;
    int tier = 0;
    int tierBand = -1;
    bool alert = false; // reached the top band
    QList<Contribution> contributions;
};

// Scores contacts and accounts of a LeadGraph at any instant, with PRODUCT.md's semantics:
// continuous decay, the rolling window, the contact cap, account multipliers, bands, tier
// patterns and the alert trigger. Stateless: every call reads the graph as it is now.
class ScoringEngine
{
    Q_DECLARE_TR_FUNCTIONS(ScoringEngine)

public:
    ScoringEngine(const Rules &rules, const LeadGraph &graph);

    enum class Detail
    {
        Score,
        Explain
    };

    struct LiveSignal
    {
        int type;
        qint64 atMs;
        double ageSeconds;
    };
    // An account's live firmographic signals at one instant, shared by all its contacts.
    struct AccountSignals
    {
        double sum = 0;
        quint64 typeMask = 0;
        std::vector<LiveSignal> live;
    };
    AccountSignals accountSignals(int account, qint64 atMs) const;

    // With `precomputed` (the contact's account's signals at the same instant) the contact
    // does not walk its account's signals again.
    ContactScore scoreContact(int contact, qint64 atMs, Detail detail = Detail::Score,
                              const AccountSignals *precomputed = nullptr) const;
    // With `contactScores` (indexed like the graph's contacts and scored at the same
    // instant) the account reuses its members' sums instead of recomputing them.
    AccountScore scoreAccount(int account, qint64 atMs, Detail detail = Detail::Score,
                              const std::vector<ContactScore> *contactScores = nullptr) const;

    // The alert reasons of a score in words ("score 85 ≥ 70", "Demo request in the last 1d").
    QStringList alertReasons(const ContactScore &score) const;

    const Rules &rules() const { return m_rules; }
    const LeadGraph &graph() const { return m_graph; }

private:
    using Live = LiveSignal;
    int matchPatterns(const std::vector<Live> &live, quint64 typeMask, int betterThanTier) const;
    bool holds(const SignalCondition &condition, const std::vector<Live> &live,
               const QList<SignalCondition> &siblings) const;
    QString describe(const SignalCondition &condition) const;

    const Rules &m_rules;
    const LeadGraph &m_graph;
    std::vector<quint64> m_patternMasks; // per pattern: the types each of its conditions needs, or-ed
};

// Cached scores of every lead, refreshed whole (as time passes) or only for what a change
// touched (as signals arrive).
class ScoreBoard
{
public:
    explicit ScoreBoard(const ScoringEngine &engine);

    void rescoreAll(qint64 atMs);
    void update(const LeadGraph::Change &change, qint64 atMs);

    const std::vector<ContactScore> &contacts() const { return m_contacts; }
    const std::vector<AccountScore> &accounts() const { return m_accounts; }

private:
    const ScoringEngine &m_engine;
    std::vector<ContactScore> m_contacts;
    std::vector<AccountScore> m_accounts;
};

// Hottest first: tier 1 before 2 before 3 before none, then score, then id.
bool hotterThan(const ContactScore &a, const QString &aId, const ContactScore &b, const QString &bId);
