#include "scorereport.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

double roundScore(double value)
{
    return std::round(value * 100.0) / 100.0;
}

ScoreReport::ScoreReport(const ScoringEngine &engine)
    : m_engine(engine)
{}

QJsonObject ScoreReport::contributionJson(const Contribution &c) const
{
    const SignalType &type = m_engine.rules().signalTypes.at(c.type);
    QJsonObject json{
        {QStringLiteral("type"), type.id},
        {QStringLiteral("label"), type.label},
        {QStringLiteral("at"), formatInstant(c.atMs)},
        {QStringLiteral("ageHours"), roundScore(c.ageSeconds / kSecondsPerHour)},
        {QStringLiteral("points"), type.points},
        {QStringLiteral("value"), roundScore(c.value)},
    };
    if (c.contact >= 0)
        json.insert(QStringLiteral("contact"), m_engine.graph().contact(c.contact).id);
    else
        json.insert(QStringLiteral("scope"), QStringLiteral("account"));
    return json;
}

QString ScoreReport::tierReason(const Rules &rules, int band, int tierBand, int pattern)
{
    return pattern >= 0 && tierBand != band ? QStringLiteral("pattern: ") + rules.patterns.at(pattern).name
                                            : QStringLiteral("score");
}

void ScoreReport::addBand(QJsonObject *json, int band, int tier, int tierBand, int pattern) const
{
    const Rules &rules = m_engine.rules();
    const Band &b = rules.bands.at(band);
    json->insert(QStringLiteral("band"), b.name);
    json->insert(QStringLiteral("temperature"), b.temperature);
    json->insert(QStringLiteral("tier"), tier);
    json->insert(QStringLiteral("tierReason"), tierReason(rules, band, tierBand, pattern));
    const Band &t = rules.bands.at(tierBand);
    json->insert(QStringLiteral("tierBand"), t.name);
    json->insert(QStringLiteral("action"), t.action);
    if (t.callSlaSeconds > 0) {
        json->insert(QStringLiteral("sla"),
                     QJsonObject{{QStringLiteral("claimMinutes"), t.claimSlaSeconds / 60},
                                 {QStringLiteral("callMinutes"), t.callSlaSeconds / 60},
                                 {QStringLiteral("label"), t.slaLabel}});
    }
    if (!t.cadence.label.isEmpty())
        json->insert(QStringLiteral("cadence"), t.cadence.label);
}

QJsonObject ScoreReport::contactJson(int index, const ContactScore &s) const
{
    const LeadGraph &graph = m_engine.graph();
    const Contact &c = graph.contact(index);
    QJsonObject json{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name()},
        {QStringLiteral("title"), c.title()},
        {QStringLiteral("account"), c.account >= 0 ? QJsonValue(graph.account(c.account).id) : QJsonValue()},
        {QStringLiteral("accountName"),
         c.account >= 0 ? QJsonValue(graph.account(c.account).name()) : QJsonValue()},
        {QStringLiteral("score"), roundScore(s.score)},
        {QStringLiteral("rawScore"), roundScore(s.raw)},
        {QStringLiteral("capped"), s.capped},
        {QStringLiteral("alert"), s.alert},
        {QStringLiteral("alertReasons"), QJsonArray::fromStringList(m_engine.alertReasons(s))},
    };
    if (!c.lifecycleStage().isEmpty())
        json.insert(QStringLiteral("lifecycleStage"), c.lifecycleStage());
    if (s.excluded)
        json.insert(QStringLiteral("excludedFromAlerts"), true);
    addBand(&json, s.band, s.tier, s.tierBand, s.pattern);
    if (s.tierFromAlert)
        json.insert(QStringLiteral("tierReason"), QStringLiteral("alert"));

    QJsonArray signalsJson;
    for (const Contribution &contribution : s.contributions)
        signalsJson.append(contributionJson(contribution));
    const Rules &rules = m_engine.rules();
    json.insert(
        QStringLiteral("explanation"),
        QJsonObject{{QStringLiteral("signals"), signalsJson},
                    {QStringLiteral("sum"), roundScore(s.raw)},
                    {QStringLiteral("cap"), rules.contactCap ? QJsonValue(*rules.contactCap) : QJsonValue()},
                    {QStringLiteral("pattern"),
                     s.pattern >= 0 ? QJsonValue(rules.patterns.at(s.pattern).name) : QJsonValue()}});
    return json;
}

QJsonObject ScoreReport::accountJson(int index, const AccountScore &s) const
{
    const LeadGraph &graph = m_engine.graph();
    const Account &a = graph.account(index);
    QJsonArray members;
    for (int c : a.contacts) {
        if (graph.contact(c).mergedInto < 0)
            members.append(graph.contact(c).id);
    }
    QJsonArray multipliers;
    for (const AccountMultiplier &m : s.multipliers)
        multipliers.append(QJsonObject{{QStringLiteral("name"), m.id}, {QStringLiteral("factor"), m.factor}});
    QJsonObject json{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("name"), a.name()},
        {QStringLiteral("score"), roundScore(s.score)},
        {QStringLiteral("base"), roundScore(s.base)},
        {QStringLiteral("multiplier"), std::round(s.multiplier * 10000) / 10000},
        {QStringLiteral("multipliers"), multipliers},
        {QStringLiteral("liveContacts"), s.liveContacts},
        {QStringLiteral("contacts"), members},
        {QStringLiteral("alert"), s.alert},
    };
    addBand(&json, s.band, s.tier, s.tierBand, -1);
    QJsonArray signalsJson;
    for (const Contribution &contribution : s.contributions)
        signalsJson.append(contributionJson(contribution));
    json.insert(QStringLiteral("explanation"), QJsonObject{{QStringLiteral("signals"), signalsJson}});
    return json;
}

std::vector<int> ScoreReport::contactOrder(const std::vector<ContactScore> &scores) const
{
    const LeadGraph &graph = m_engine.graph();
    std::vector<int> order;
    for (int i = 0; i < int(scores.size()); ++i) {
        if (graph.contact(i).mergedInto < 0)
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return hotterThan(scores[size_t(a)], graph.contact(a).id, scores[size_t(b)], graph.contact(b).id);
    });
    return order;
}

std::vector<int> ScoreReport::accountOrder(const std::vector<AccountScore> &scores) const
{
    const LeadGraph &graph = m_engine.graph();
    std::vector<int> order;
    for (size_t i = 0; i < scores.size(); ++i) {
        // An email domain's account whose contacts all joined their group's: nothing to show.
        const Account &account = graph.account(int(i));
        if (!account.contacts.isEmpty() || !account.signalEvents.empty())
            order.push_back(int(i));
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const AccountScore &x = scores[size_t(a)];
        const AccountScore &y = scores[size_t(b)];
        if (x.score != y.score)
            return x.score > y.score;
        return graph.account(a).id < graph.account(b).id;
    });
    return order;
}

QString ScoreReport::summary(const QJsonArray &signalsJson)
{
    QStringList all;
    for (const QJsonValue &s : signalsJson)
        all.append(s.toObject().value(QStringLiteral("label")).toString());
    return summary(all);
}

QString ScoreReport::summary(const QStringList &all)
{
    QStringList labels;
    QHash<QString, int> counts;
    for (const QString &label : all) {
        if (counts[label]++ == 0)
            labels.append(label);
    }
    for (QString &label : labels) {
        if (counts.value(label) > 1)
            label = QStringLiteral("%1× %2").arg(counts.value(label)).arg(label);
    }
    return labels.join(QStringLiteral(" + "));
}

QJsonObject ScoreReport::build(qint64 atMs) const
{
    ScoreBoard board(m_engine);
    board.rescoreAll(atMs);
    QJsonArray contacts;
    for (int c : contactOrder(board.contacts()))
        contacts.append(contactJson(c, m_engine.scoreContact(c, atMs, ScoringEngine::Detail::Explain)));
    QJsonArray accounts;
    for (int a : accountOrder(board.accounts()))
        accounts.append(accountJson(a, m_engine.scoreAccount(a, atMs, ScoringEngine::Detail::Explain)));
    return QJsonObject{
        {QStringLiteral("at"), formatInstant(atMs)},
        {QStringLiteral("rules"), m_engine.rules().name},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("accounts"), accounts},
    };
}
