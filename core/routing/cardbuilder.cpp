#include "cardbuilder.h"

#include "leadstate.h"
#include "scoring/scorereport.h"

#include <algorithm>
#include <cmath>

CardBuilder::CardBuilder(const ScoringEngine &engine, const ScoreBoard &board, int historyLimit)
    : m_engine(engine)
    , m_board(board)
    , m_historyLimit(historyLimit)
{}

LeadCard CardBuilder::build(const QString &leadId, qint64 nowMs) const
{
    const QString subject = leadSubject(leadId);
    const LeadGraph &graph = m_engine.graph();
    if (isAccountLeadId(leadId)) {
        const int a = graph.accountIndex(subject);
        return a < 0 ? LeadCard()
                     : accountCard(a, m_engine.scoreAccount(a, nowMs, ScoringEngine::Detail::Explain));
    }
    const int c = graph.contactIndex(subject);
    return c < 0 ? LeadCard()
                 : contactCard(c, m_engine.scoreContact(c, nowMs, ScoringEngine::Detail::Explain), nowMs);
}

void CardBuilder::addBand(LeadCard *card, int band, int tier, int tierBand, int pattern) const
{
    const Rules &rules = m_engine.rules();
    const Band &b = rules.bands.at(band);
    card->band = b.name;
    card->temperature = b.temperature;
    card->tier = tier;
    card->tierReason = ScoreReport::tierReason(rules, band, tierBand, pattern);
    const Band &t = rules.bands.at(tierBand);
    card->tierBand = t.name;
    card->action = t.action;
    if (t.callSlaSeconds > 0)
        card->sla = LeadCard::Sla{t.claimSlaSeconds / 60, t.callSlaSeconds / 60, t.slaLabel};
    card->cadence = t.cadence.label;
}

QList<LeadCard::Signal> CardBuilder::signalList(const QList<Contribution> &contributions) const
{
    QList<LeadCard::Signal> out;
    out.reserve(contributions.size());
    for (const Contribution &c : contributions) {
        const SignalType &type = m_engine.rules().signalTypes.at(c.type);
        out.append({type.id, type.label, c.contact >= 0 ? m_engine.graph().contact(c.contact).id : QString(),
                    c.atMs, roundScore(c.ageSeconds / kSecondsPerHour), type.points, roundScore(c.value)});
    }
    return out;
}

LeadCard CardBuilder::contactCard(int contact, const ContactScore &s, qint64 nowMs) const
{
    const LeadGraph &graph = m_engine.graph();
    const Rules &rules = m_engine.rules();
    const Contact &c = graph.contact(contact);
    LeadCard card;
    card.kind = LeadCard::Kind::Contact;
    card.id = c.id;
    card.name = c.name();
    card.title = c.title();
    card.phone = c.phone();
    card.email = c.email();
    card.lifecycleStage = c.lifecycleStage();
    if (c.account >= 0) {
        card.account = graph.account(c.account).id;
        card.accountName = graph.account(c.account).name();
    }
    card.company = card.accountName;
    if (card.company.isEmpty()) {
        const QJsonValue traitCompany = c.traits.value(QLatin1StringView("company"));
        card.company = traitCompany.isObject()
                           ? traitCompany.toObject().value(QLatin1StringView("name")).toString()
                           : traitCompany.toString();
    }
    card.score = roundScore(s.score);
    card.rawScore = roundScore(s.raw);
    card.capped = s.capped;
    card.alert = s.alert;
    card.alertReasons = m_engine.alertReasons(s);
    card.excludedFromAlerts = s.excluded;
    addBand(&card, s.band, s.tier, s.tierBand, s.pattern);
    if (s.tierFromAlert)
        card.tierReason = QStringLiteral("alert");
    card.signalList = signalList(s.contributions);
    card.sum = roundScore(s.raw);
    card.cap = rules.contactCap;
    card.pattern = s.pattern >= 0 ? rules.patterns.at(s.pattern).name : QString();
    card.summary = LeadCard::summarize(card.signalList);

    // Newest first, by when it happened (events may arrive out of order).
    QList<const Activity *> recent;
    recent.reserve(c.history.size());
    for (const Activity &a : c.history)
        recent.append(&a);
    std::sort(recent.begin(), recent.end(),
              [](const Activity *a, const Activity *b) { return a->atMs > b->atMs; });
    if (recent.size() > m_historyLimit)
        recent.resize(m_historyLimit);
    card.history.reserve(recent.size());
    for (const Activity *a : std::as_const(recent)) {
        LeadCard::Activity item{a->atMs, SegmentCall::typeName(a->kind), a->name, {}, {}, std::nullopt};
        if (a->type >= 0) {
            const SignalType &t = rules.signalTypes.at(a->type);
            item.signal = t.id;
            item.label = t.label;
            item.value = roundScore(t.valueAt(double(nowMs - a->atMs) / 1000.0, rules.rollingWindowSeconds));
        }
        card.history.append(item);
    }

    if (c.account >= 0) {
        const Account &a = graph.account(c.account);
        const AccountScore &as = m_board.accounts()[size_t(c.account)];
        LeadCard::AccountPanel panel;
        panel.id = a.id;
        panel.name = a.name();
        panel.traits = a.traits;
        panel.score = roundScore(as.score);
        panel.band = rules.bands.at(std::max(0, as.band)).name;
        for (int member : a.contacts) {
            const Contact &m = graph.contact(member);
            if (member == contact || m.mergedInto >= 0 || m.account != c.account)
                continue;
            const ContactScore &ms = m_board.contacts()[size_t(member)];
            if (ms.live)
                panel.engagedContacts.append({m.id, m.name(), m.title(), roundScore(ms.score), m.phone()});
        }
        for (const SignalEvent &e : a.signalEvents) {
            const SignalType &t = rules.signalTypes.at(e.type);
            const double value = t.valueAt(double(nowMs - e.atMs) / 1000.0, rules.rollingWindowSeconds);
            if (value > 0)
                panel.firmographic.append({t.label, e.atMs, roundScore(value)});
        }
        card.accountPanel = panel;
    }
    return card;
}

LeadCard CardBuilder::accountCard(int account, const AccountScore &s) const
{
    const LeadGraph &graph = m_engine.graph();
    const Account &a = graph.account(account);
    LeadCard card;
    card.kind = LeadCard::Kind::Account;
    card.id = a.id;
    card.name = a.name();
    card.company = card.name;
    card.traits = a.traits;
    card.score = roundScore(s.score);
    card.base = roundScore(s.base);
    card.multiplier = std::round(s.multiplier * 10000) / 10000;
    for (const AccountMultiplier &m : s.multipliers)
        card.multipliers.append({m.id, m.factor});
    card.liveContacts = s.liveContacts;
    for (int c : a.contacts) {
        const Contact &contact = graph.contact(c);
        if (contact.mergedInto >= 0)
            continue;
        card.contacts.append(contact.id);
        if (contact.account == account && m_board.contacts()[size_t(c)].live)
            card.engagedContacts.append({contact.id, contact.name(), contact.title(),
                                         roundScore(m_board.contacts()[size_t(c)].score), contact.phone()});
    }
    // The one to call first heads the list.
    std::stable_sort(card.engagedContacts.begin(), card.engagedContacts.end(),
                     [](const LeadCard::EngagedContact &x, const LeadCard::EngagedContact &y) {
                         return x.score > y.score;
                     });
    card.alert = s.alert;
    addBand(&card, s.band, s.tier, s.tierBand, -1);
    card.signalList = signalList(s.contributions);
    card.summary = LeadCard::summarize(card.signalList);
    return card;
}
