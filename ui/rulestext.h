#pragma once

#include <QCoreApplication>
#include <QString>

// The words a rules file and the feed put on a lead (signal labels, band names, actions, SLA
// and cadence labels, pattern names, the alert's reasons, "Demo request + 2× Pricing page
// visit") in the rep's language, at display time: the wire and the CLI keep the rules' own
// words. The presets' words are translated; a team's own rules file reads as written.
class RulesText
{
    Q_DECLARE_TR_FUNCTIONS(RulesText)

public:
    // A word of the rules file: a signal label, a band name, an action, an SLA or cadence label,
    // a pattern name, a temperature.
    static QString term(const QString &text);
    // A lead's signal summary: "Demo request + 2× Pricing page visit".
    static QString summary(const QString &text);
    // One reason the feed gave for the alert: "score 72 ≥ 70", "Demo request or Contact sales in
    // the last 24h", "2+ × Pricing page visit in the last 24h".
    static QString reason(const QString &text);
};
