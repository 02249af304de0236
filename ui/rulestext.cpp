#include "rulestext.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace {

// The presets' words (resources/rules/*.json), so that lupdate offers them to translators.
[[maybe_unused]] const char *const kPresetTerms[] = {
    // signals
    QT_TRANSLATE_NOOP("RulesText", "Demo request"),
    QT_TRANSLATE_NOOP("RulesText", "Pricing page visit"),
    QT_TRANSLATE_NOOP("RulesText", "Free trial start"),
    QT_TRANSLATE_NOOP("RulesText", "Free trial active usage"),
    QT_TRANSLATE_NOOP("RulesText", "Contact sales"),
    QT_TRANSLATE_NOOP("RulesText", "Competitor comparison"),
    QT_TRANSLATE_NOOP("RulesText", "ROI calculator"),
    QT_TRANSLATE_NOOP("RulesText", "Case study download"),
    QT_TRANSLATE_NOOP("RulesText", "Technical documentation"),
    QT_TRANSLATE_NOOP("RulesText", "Webinar attendance"),
    QT_TRANSLATE_NOOP("RulesText", "Email click"),
    QT_TRANSLATE_NOOP("RulesText", "Return visit"),
    QT_TRANSLATE_NOOP("RulesText", "Blog read"),
    QT_TRANSLATE_NOOP("RulesText", "LinkedIn profile view"),
    QT_TRANSLATE_NOOP("RulesText", "Funding announced"),
    QT_TRANSLATE_NOOP("RulesText", "Hiring velocity"),
    QT_TRANSLATE_NOOP("RulesText", "Technology change"),
    // bands
    QT_TRANSLATE_NOOP("RulesText", "Tier 1 Hot"),
    QT_TRANSLATE_NOOP("RulesText", "Tier 2 Hot"),
    QT_TRANSLATE_NOOP("RulesText", "Tier 3 Warm"),
    QT_TRANSLATE_NOOP("RulesText", "Nurture"),
    QT_TRANSLATE_NOOP("RulesText", "Hot"),
    QT_TRANSLATE_NOOP("RulesText", "Very Warm"),
    QT_TRANSLATE_NOOP("RulesText", "Warm"),
    QT_TRANSLATE_NOOP("RulesText", "Lukewarm"),
    QT_TRANSLATE_NOOP("RulesText", "Slightly Warm"),
    QT_TRANSLATE_NOOP("RulesText", "Cold"),
    // actions
    QT_TRANSLATE_NOOP("RulesText", "Immediate routing, executive engagement available"),
    QT_TRANSLATE_NOOP("RulesText", "Priority routing, same-day outreach"),
    QT_TRANSLATE_NOOP("RulesText", "Standard cadence, personalized messaging"),
    QT_TRANSLATE_NOOP("RulesText", "Marketing nurture"),
    QT_TRANSLATE_NOOP("RulesText", "Immediate AE assignment + Slack alert"),
    QT_TRANSLATE_NOOP("RulesText", "SDR qualification call"),
    QT_TRANSLATE_NOOP("RulesText", "Automated personalized email"),
    QT_TRANSLATE_NOOP("RulesText", "Targeted nurture sequence"),
    QT_TRANSLATE_NOOP("RulesText", "General nurture campaign"),
    QT_TRANSLATE_NOOP("RulesText", "Database maintenance"),
    // SLA labels
    QT_TRANSLATE_NOOP("RulesText", "Claim within 5 minutes, call within 15"),
    QT_TRANSLATE_NOOP("RulesText", "First call within 60 minutes"),
    QT_TRANSLATE_NOOP("RulesText", "First call within 24 hours"),
    QT_TRANSLATE_NOOP("RulesText", "Under 30 minutes"),
    QT_TRANSLATE_NOOP("RulesText", "Under 2 hours"),
    QT_TRANSLATE_NOOP("RulesText", "Under 24 hours"),
    QT_TRANSLATE_NOOP("RulesText", "48 hours"),
    // cadences
    QT_TRANSLATE_NOOP("RulesText", "6 attempts over 6 business days"),
    QT_TRANSLATE_NOOP("RulesText", "6 attempts over 7 business days"),
    QT_TRANSLATE_NOOP("RulesText", "3 attempts over 5 days"),
    QT_TRANSLATE_NOOP("RulesText", "Weekly nurture email"),
    QT_TRANSLATE_NOOP("RulesText", "Daily for 5 days"),
    QT_TRANSLATE_NOOP("RulesText", "3 attempts over 3 days"),
    QT_TRANSLATE_NOOP("RulesText", "2 attempts over 5 days"),
    QT_TRANSLATE_NOOP("RulesText", "Weekly nurture emails"),
    QT_TRANSLATE_NOOP("RulesText", "Bi-weekly nurture"),
    QT_TRANSLATE_NOOP("RulesText", "Monthly newsletter"),
    // patterns
    QT_TRANSLATE_NOOP("RulesText", "Demo or trial + pricing within 48h + research"),
    QT_TRANSLATE_NOOP("RulesText", "3+ research actions in 7 days"),
    QT_TRANSLATE_NOOP("RulesText", "Critical intent + firmographic trigger"),
    // temperatures
    QT_TRANSLATE_NOOP("RulesText", "hot"),
    QT_TRANSLATE_NOOP("RulesText", "very warm"),
    QT_TRANSLATE_NOOP("RulesText", "warm"),
    QT_TRANSLATE_NOOP("RulesText", "lukewarm"),
    QT_TRANSLATE_NOOP("RulesText", "slightly warm"),
    QT_TRANSLATE_NOOP("RulesText", "cold"),
};

// "24h", "7d", "2w", "90m", "30s" (formatDuration) in words.
QString duration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?)([smhdw])$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return text;
    const QString n = m.captured(1);
    switch (m.captured(2).at(0).unicode()) {
    case 's':
        return RulesText::tr("%1 s").arg(n);
    case 'm':
        return RulesText::tr("%1 min").arg(n);
    case 'h':
        return RulesText::tr("%1 h").arg(n);
    case 'd':
        return RulesText::tr("%1 days").arg(n);
    default:
        return RulesText::tr("%1 weeks").arg(n);
    }
}

} // namespace

QString RulesText::term(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate("RulesText", text.toUtf8().constData());
}

QString RulesText::summary(const QString &text)
{
    if (text.isEmpty())
        return text;
    static const QRegularExpression counted(QStringLiteral("^(\\d+)× (.+)$"));
    QStringList parts = text.split(QStringLiteral(" + "));
    for (QString &part : parts) {
        const QRegularExpressionMatch m = counted.match(part);
        part = m.hasMatch() ? tr("%1× %2").arg(m.captured(1), term(m.captured(2))) : term(part);
    }
    return parts.join(QStringLiteral(" + "));
}

QString RulesText::reason(const QString &text)
{
    // The feed words its reasons in its own language (ScoringEngine): English for a team server,
    // the rep's for the demo's in-process feed. Both forms are read.
    static const QRegularExpression score(QStringLiteral("^\\S+ (\\S+) ≥ (\\S+)$"));
    if (const QRegularExpressionMatch m = score.match(text); m.hasMatch()) {
        // The feed keeps two decimals ("94.54"); the rep reads the score as everywhere else in
        // the console, whole (it is at least the threshold, so rounding never undercuts it).
        bool ok = false;
        const double value = QLocale::c().toDouble(m.captured(1), &ok);
        return tr("score %1 ≥ %2").arg(ok ? QLocale().toString(qRound(value)) : m.captured(1), m.captured(2));
    }
    const auto engine = [](const char *source) {
        return QCoreApplication::translate("ScoringEngine", source);
    };
    QString rest = text;
    QString within;
    for (const QString &form : {QStringLiteral("%1 in the last %2"), engine("%1 in the last %2")}) {
        // "%1 <words> %2": the duration follows the words.
        const QString words = form.section(QStringLiteral("%1"), 1).section(QStringLiteral("%2"), 0, 0);
        if (const qsizetype at = rest.lastIndexOf(words); !words.isEmpty() && at > 0) {
            within = rest.mid(at + words.size());
            rest.truncate(at);
            break;
        }
    }
    int minCount = 0;
    static const QRegularExpression counted(QStringLiteral("^(\\d+)\\+ × (.+)$"));
    if (const QRegularExpressionMatch m = counted.match(rest); m.hasMatch()) {
        minCount = m.captured(1).toInt();
        rest = m.captured(2);
    }
    QStringList labels{rest};
    for (const QString &separator : {QStringLiteral(" or "), engine(" or ")}) {
        QStringList split;
        for (const QString &part : std::as_const(labels))
            split += part.split(separator);
        labels = split;
    }
    for (QString &label : labels)
        label = term(label);
    QString out = labels.join(tr(" or "));
    if (minCount > 1)
        out = tr("%1+ × %2").arg(minCount).arg(out);
    if (!within.isEmpty())
        out = tr("%1 in the last %2").arg(out, duration(within));
    return out;
}
