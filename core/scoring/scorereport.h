#pragma once

#include "clock/instant.h"
#include "scoringengine.h"

#include <QJsonObject>

#include <vector>

// The scored state of every lead at one instant as JSON, hottest first: what
// `firstcall-score --format json` prints and what the feed hands to consoles.
class ScoreReport
{
public:
    explicit ScoreReport(const ScoringEngine &engine);

    QJsonObject build(qint64 atMs) const;
    QJsonObject contactJson(int contact, const ContactScore &score) const;
    QJsonObject accountJson(int account, const AccountScore &score) const;

    // Why a lead has its tier: "score", or "pattern: <name>" when a tier pattern lifted it.
    static QString tierReason(const Rules &rules, int band, int tierBand, int pattern);
    // "Demo request + 2× Pricing page visit" from an explanation's signals.
    static QString summary(const class QJsonArray &signalsJson);
    // The same from the signals' labels, in their order.
    static QString summary(const QStringList &labels);

    // Contact indices (merged contacts left out) and account indices, hottest first.
    std::vector<int> contactOrder(const std::vector<ContactScore> &scores) const;
    std::vector<int> accountOrder(const std::vector<AccountScore> &scores) const;

private:
    QJsonObject contributionJson(const Contribution &c) const;
    void addBand(QJsonObject *json, int band, int tier, int tierBand, int pattern) const;

    const ScoringEngine &m_engine;
};

// Scores and points are shown to two decimals everywhere.
double roundScore(double value);
