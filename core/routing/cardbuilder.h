#pragma once

#include "protocol/leadcard.h"
#include "scoring/scoringengine.h"

// Builds the card of a lead from the server's scores: the explanation, the newest activities,
// the account around a contact. Reads the graph and the score board as they are now.
class CardBuilder
{
public:
    CardBuilder(const ScoringEngine &engine, const ScoreBoard &board, int historyLimit);

    // An empty card when the lead's contact or account is unknown.
    LeadCard build(const QString &leadId, qint64 nowMs) const;
    LeadCard contactCard(int contact, const ContactScore &explained, qint64 nowMs) const;
    LeadCard accountCard(int account, const AccountScore &explained) const;

private:
    void addBand(LeadCard *card, int band, int tier, int tierBand, int pattern) const;
    QList<LeadCard::Signal> signalList(const QList<Contribution> &contributions) const;

    const ScoringEngine &m_engine;
    const ScoreBoard &m_board;
    int m_historyLimit;
};
