#include "rules.h"

#include "team/workinghours.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

// Thrown inside the parser only, caught in Rules::load: the field path and what is wrong.
struct RulesError
{
    QString path;
    QString message;
};

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString indexed(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

[[noreturn]] void fail(const QString &path, const QString &message)
{
    throw RulesError{path, message};
}

// Reads one JSON object, refusing keys it does not know so that a typo is an error.
class Reader
{
public:
    Reader(const QJsonValue &value, QString path, QStringList known)
        : m_path(std::move(path))
    {
        if (!value.isObject())
            fail(m_path, Rules::tr("expected an object, got %1").arg(typeName(value)));
        m_object = value.toObject();
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                fail(join(m_path, it.key()),
                     Rules::tr("unknown field (expected one of: %1)").arg(known.join(QStringLiteral(", "))));
        }
    }

    QString path(const QString &key) const { return join(m_path, key); }
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue value(const QString &key) const { return m_object.value(key); }
    const QJsonObject &object() const { return m_object; }

    QString string(const QString &key, std::optional<QString> fallback = std::nullopt) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && fallback)
            return *fallback;
        if (v.isUndefined())
            fail(path(key), Rules::tr("is required"));
        if (!v.isString() || v.toString().trimmed().isEmpty())
            fail(path(key), Rules::tr("expected a non-empty string, got %1").arg(typeName(v)));
        return v.toString();
    }

    double number(const QString &key, std::optional<double> fallback = std::nullopt, double min = 0) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && fallback)
            return *fallback;
        if (v.isUndefined())
            fail(path(key), Rules::tr("is required"));
        if (!v.isDouble())
            fail(path(key), Rules::tr("expected a number, got %1").arg(typeName(v)));
        if (v.toDouble() < min)
            fail(path(key), Rules::tr("must be at least %1, got %2").arg(min).arg(v.toDouble()));
        return v.toDouble();
    }

    // A count or a tier: a whole number from `min` on that fits an int.
    int integer(const QString &key, std::optional<double> fallback, double min) const
    {
        const double value = number(key, fallback, min);
        if (value != std::floor(value) || value > std::numeric_limits<int>::max())
            fail(path(key), Rules::tr("expected a whole number up to %1, got %2")
                                .arg(std::numeric_limits<int>::max())
                                .arg(value));
        return int(value);
    }

    double duration(const QString &key, std::optional<double> fallback = std::nullopt) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && fallback)
            return *fallback;
        if (v.isUndefined())
            fail(path(key), Rules::tr("is required"));
        const auto seconds = parseDuration(v.toString());
        if (!v.isString() || !seconds)
            fail(path(key), Rules::tr("expected a duration such as \"30m\", \"48h\" or \"7d\", got %1")
                                .arg(v.isString() ? u'"' + v.toString() + u'"' : typeName(v)));
        return *seconds;
    }

    QJsonArray array(const QString &key, bool required = true) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (v.isUndefined())
            fail(path(key), Rules::tr("is required"));
        if (!v.isArray())
            fail(path(key), Rules::tr("expected an array, got %1").arg(typeName(v)));
        return v.toArray();
    }

    QStringList strings(const QString &key) const
    {
        QStringList out;
        const QJsonArray items = array(key, false);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString())
                fail(indexed(path(key), i),
                     Rules::tr("expected a string, got %1").arg(typeName(items.at(i))));
            out.append(items.at(i).toString());
        }
        return out;
    }

private:
    QJsonObject m_object;
    QString m_path;
};

QRegularExpression globToRegex(const QString &glob)
{
    QString pattern = QStringLiteral("^");
    for (const QChar c : glob) {
        if (c == u'*')
            pattern += QStringLiteral(".*");
        else if (c == u'?')
            pattern += u'.';
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    pattern += u'$';
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

class RulesParser
{
public:
    Rules parse(const QJsonObject &root)
    {
        const Reader top(root, QString(),
                         {QStringLiteral("name"), QStringLiteral("description"),
                          QStringLiteral("rolling_window"), QStringLiteral("contact_cap"),
                          QStringLiteral("signals"), QStringLiteral("events"), QStringLiteral("pages"),
                          QStringLiteral("multipliers"), QStringLiteral("bands"), QStringLiteral("patterns"),
                          QStringLiteral("alert"), QStringLiteral("business_hours")});
        m_rules.name = top.string(QStringLiteral("name"));
        m_rules.description = top.string(QStringLiteral("description"), QString());
        m_rules.rollingWindowSeconds = top.duration(QStringLiteral("rolling_window"), 30 * kSecondsPerDay);
        if (top.has(QStringLiteral("contact_cap")))
            m_rules.contactCap = top.number(QStringLiteral("contact_cap"), std::nullopt, 1);

        parseSignals(top);
        parseEvents(top);
        parsePages(top);
        parseMultipliers(top);
        parseBands(top);
        parsePatterns(top);
        parseAlert(top);
        parseBusinessHours(top);
        return m_rules;
    }

private:
    int requireType(const QJsonValue &value, const QString &path) const
    {
        if (!value.isString())
            fail(path, Rules::tr("expected a signal type name, got %1").arg(typeName(value)));
        const int type = m_rules.typeIndex(value.toString());
        if (type < 0)
            fail(path, Rules::tr("unknown signal type \"%1\"").arg(value.toString()));
        return type;
    }

    void parseSignals(const Reader &top)
    {
        const QJsonValue signalsValue = top.value(QStringLiteral("signals"));
        if (!signalsValue.isObject() || signalsValue.toObject().isEmpty())
            fail(QStringLiteral("signals"), Rules::tr("expected an object with at least one signal type"));
        const QJsonObject all = signalsValue.toObject();
        static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
        for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
            const QString path = join(QStringLiteral("signals"), it.key());
            if (!idPattern.match(it.key()).hasMatch())
                fail(path, Rules::tr("a signal type name uses lower case letters, digits and underscores"));
            const Reader r(it.value(), path,
                           {QStringLiteral("label"), QStringLiteral("category"), QStringLiteral("scope"),
                            QStringLiteral("points"), QStringLiteral("decay")});
            SignalType type;
            type.id = it.key();
            type.label = r.string(QStringLiteral("label"), it.key());
            type.category = r.string(QStringLiteral("category"), QStringLiteral("other"));
            const QString scope = r.string(QStringLiteral("scope"), QStringLiteral("contact"));
            if (scope == u"account")
                type.scope = SignalScope::Account;
            else if (scope != u"contact")
                fail(r.path(QStringLiteral("scope")),
                     Rules::tr("expected \"contact\" or \"account\", got \"%1\"").arg(scope));
            type.points = r.number(QStringLiteral("points"), std::nullopt, 0);
            const Reader decay(r.value(QStringLiteral("decay")), r.path(QStringLiteral("decay")),
                               {QStringLiteral("type"), QStringLiteral("window"), QStringLiteral("percent"),
                                QStringLiteral("per")});
            const QString kind = decay.string(QStringLiteral("type"));
            if (kind == u"none") {
                type.decay = SignalType::Decay::None;
                type.windowSeconds = decay.duration(QStringLiteral("window"));
            } else if (kind == u"rate") {
                type.decay = SignalType::Decay::Rate;
                type.ratePercent = decay.number(QStringLiteral("percent"));
                if (type.ratePercent >= 100)
                    fail(decay.path(QStringLiteral("percent")), Rules::tr("must be below 100"));
                const QString per = decay.string(QStringLiteral("per"));
                if (per == u"day")
                    type.periodSeconds = kSecondsPerDay;
                else if (per == u"week")
                    type.periodSeconds = kSecondsPerWeek;
                else
                    fail(decay.path(QStringLiteral("per")),
                         Rules::tr("expected \"day\" or \"week\", got \"%1\"").arg(per));
                type.logFactorPerSecond = std::log1p(-type.ratePercent / 100.0) / type.periodSeconds;
            } else {
                fail(decay.path(QStringLiteral("type")),
                     Rules::tr("expected \"none\" or \"rate\", got \"%1\"").arg(kind));
            }
            m_rules.signalTypes.append(type);
        }
    }

    void parseEvents(const Reader &top)
    {
        const QJsonValue events = top.value(QStringLiteral("events"));
        if (events.isUndefined())
            return;
        if (!events.isObject())
            fail(QStringLiteral("events"), Rules::tr("expected an object of event name -> signal type"));
        const QJsonObject map = events.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            m_rules.eventMap.insert(it.key(),
                                    requireType(it.value(), join(QStringLiteral("events"), it.key())));
    }

    void parsePages(const Reader &top)
    {
        const QJsonArray pages = top.array(QStringLiteral("pages"), false);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QString path = indexed(QStringLiteral("pages"), i);
            const Reader r(pages.at(i), path, {QStringLiteral("path"), QStringLiteral("signal")});
            PageMapping mapping;
            mapping.pattern = r.string(QStringLiteral("path"));
            if (!mapping.pattern.startsWith(u'/') && !mapping.pattern.startsWith(u'*'))
                fail(r.path(QStringLiteral("path")), Rules::tr("a page path pattern starts with \"/\""));
            mapping.regex = globToRegex(mapping.pattern);
            mapping.type = requireType(r.value(QStringLiteral("signal")), r.path(QStringLiteral("signal")));
            m_rules.pageMap.append(mapping);
        }
    }

    void parseMultipliers(const Reader &top)
    {
        if (!top.has(QStringLiteral("multipliers")))
            return;
        const Reader m(top.value(QStringLiteral("multipliers")), QStringLiteral("multipliers"),
                       {QStringLiteral("multi_contact"), QStringLiteral("c_level")});
        if (m.has(QStringLiteral("multi_contact"))) {
            const Reader r(m.value(QStringLiteral("multi_contact")), m.path(QStringLiteral("multi_contact")),
                           {QStringLiteral("factor"), QStringLiteral("min_contacts")});
            m_rules.multiContact.factor = r.number(QStringLiteral("factor"));
            m_rules.multiContactMin = r.integer(QStringLiteral("min_contacts"), 2, 2);
        }
        if (m.has(QStringLiteral("c_level"))) {
            const Reader r(
                m.value(QStringLiteral("c_level")), m.path(QStringLiteral("c_level")),
                {QStringLiteral("factor"), QStringLiteral("seniority"), QStringLiteral("title_pattern")});
            m_rules.cLevel.factor = r.number(QStringLiteral("factor"));
            for (const QString &s : r.strings(QStringLiteral("seniority")))
                m_rules.cLevelSeniorities.append(s.toLower());
            if (r.has(QStringLiteral("title_pattern"))) {
                m_rules.cLevelTitle = QRegularExpression(r.string(QStringLiteral("title_pattern")));
                if (!m_rules.cLevelTitle.isValid())
                    fail(r.path(QStringLiteral("title_pattern")),
                         Rules::tr("not a valid regular expression: %1")
                             .arg(m_rules.cLevelTitle.errorString()));
            }
        }
    }

    void parseBusinessHours(const Reader &top)
    {
        if (!top.has(QStringLiteral("business_hours")))
            return;
        const Reader r(top.value(QStringLiteral("business_hours")),
                       top.path(QStringLiteral("business_hours")),
                       {QStringLiteral("hours"), QStringLiteral("time_zone")});
        QString error;
        const auto hours = WorkingHours::parse(r.string(QStringLiteral("hours")), &error);
        if (!hours || hours->isAlways())
            fail(r.path(QStringLiteral("hours")),
                 hours ? Rules::tr("expected working hours such as \"Mon-Fri 09:00-17:30\"") : error);
        m_rules.businessHours = *hours;
        m_rules.businessTimeZone = r.string(QStringLiteral("time_zone"), QStringLiteral("UTC"));
        if (!WorkingHours::zone(m_rules.businessTimeZone))
            fail(r.path(QStringLiteral("time_zone")),
                 Rules::tr("unknown time zone \"%1\"; expected an IANA name such as Europe/Berlin")
                     .arg(m_rules.businessTimeZone));
    }

    Cadence parseCadence(const QJsonValue &value, const QString &path) const
    {
        const Reader r(value, path,
                       {QStringLiteral("label"), QStringLiteral("steps"), QStringLiteral("repeat")});
        Cadence cadence;
        cadence.label = r.string(QStringLiteral("label"));
        const QJsonArray steps = r.array(QStringLiteral("steps"));
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const Reader s(steps.at(i), indexed(r.path(QStringLiteral("steps")), i),
                           {QStringLiteral("after"), QStringLiteral("channel")});
            Cadence::Step step;
            step.afterSeconds = s.duration(QStringLiteral("after"));
            step.channel = s.string(QStringLiteral("channel"));
            if (step.channel != u"call" && step.channel != u"email" && step.channel != u"nurture")
                fail(s.path(QStringLiteral("channel")),
                     Rules::tr("expected \"call\", \"email\" or \"nurture\", got \"%1\"").arg(step.channel));
            if (!cadence.steps.isEmpty() && step.afterSeconds < cadence.steps.constLast().afterSeconds)
                fail(s.path(QStringLiteral("after")), Rules::tr("steps must be in time order"));
            cadence.steps.append(step);
        }
        cadence.repeatSeconds = r.duration(QStringLiteral("repeat"), 0.0);
        return cadence;
    }

    void parseBands(const Reader &top)
    {
        const QJsonArray bands = top.array(QStringLiteral("bands"));
        if (bands.isEmpty())
            fail(QStringLiteral("bands"), Rules::tr("at least one band is required"));
        for (qsizetype i = 0; i < bands.size(); ++i) {
            const Reader r(bands.at(i), indexed(QStringLiteral("bands"), i),
                           {QStringLiteral("name"), QStringLiteral("min"), QStringLiteral("tier"),
                            QStringLiteral("temperature"), QStringLiteral("action"), QStringLiteral("sla"),
                            QStringLiteral("cadence")});
            Band band;
            band.name = r.string(QStringLiteral("name"));
            band.min = r.number(QStringLiteral("min"));
            band.tier = r.integer(QStringLiteral("tier"), 0.0, 0);
            band.temperature = r.string(QStringLiteral("temperature"), band.name.toLower());
            band.action = r.string(QStringLiteral("action"), QString());
            if (r.has(QStringLiteral("sla"))) {
                const Reader sla(r.value(QStringLiteral("sla")), r.path(QStringLiteral("sla")),
                                 {QStringLiteral("claim"), QStringLiteral("call"), QStringLiteral("label")});
                band.callSlaSeconds = sla.duration(QStringLiteral("call"));
                band.claimSlaSeconds = sla.duration(QStringLiteral("claim"), band.callSlaSeconds);
                if (band.claimSlaSeconds > band.callSlaSeconds)
                    fail(sla.path(QStringLiteral("claim")),
                         Rules::tr("the claim window cannot be longer than the call SLA"));
                band.slaLabel = sla.string(QStringLiteral("label"), QString());
            }
            if (r.has(QStringLiteral("cadence")))
                band.cadence =
                    parseCadence(r.value(QStringLiteral("cadence")), r.path(QStringLiteral("cadence")));
            if (!m_rules.bands.isEmpty() && band.min >= m_rules.bands.constLast().min)
                fail(r.path(QStringLiteral("min")),
                     Rules::tr("bands are listed hottest first, each min below the one before"));
            m_rules.bands.append(band);
        }
        if (m_rules.bands.constLast().min != 0)
            fail(indexed(QStringLiteral("bands"), bands.size() - 1) + QStringLiteral(".min"),
                 Rules::tr("the last band must start at 0 so that every score has a band"));
    }

    QList<SignalCondition> parseConditions(const QJsonArray &items, const QString &path, bool allowNear) const
    {
        QList<SignalCondition> out;
        QHash<QString, int> ids;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = indexed(path, i);
            const Reader r(items.at(i), itemPath,
                           {QStringLiteral("id"), QStringLiteral("signals"), QStringLiteral("categories"),
                            QStringLiteral("min_count"), QStringLiteral("within"), QStringLiteral("near"),
                            QStringLiteral("near_within")});
            SignalCondition c;
            c.id = r.string(QStringLiteral("id"), QString());
            const QJsonArray typeNames = r.array(QStringLiteral("signals"), false);
            for (qsizetype t = 0; t < typeNames.size(); ++t)
                c.types.append(requireType(typeNames.at(t), indexed(r.path(QStringLiteral("signals")), t)));
            const QStringList categories = r.strings(QStringLiteral("categories"));
            for (qsizetype k = 0; k < categories.size(); ++k) {
                bool found = false;
                for (int t = 0; t < m_rules.signalTypes.size(); ++t) {
                    if (m_rules.signalTypes.at(t).category == categories.at(k)) {
                        found = true;
                        if (!c.types.contains(t))
                            c.types.append(t);
                    }
                }
                if (!found)
                    fail(indexed(r.path(QStringLiteral("categories")), k),
                         Rules::tr("no signal type has category \"%1\"").arg(categories.at(k)));
            }
            if (c.types.isEmpty())
                fail(itemPath, Rules::tr("names no signal: give \"signals\" or \"categories\""));
            c.minCount = r.integer(QStringLiteral("min_count"), 1.0, 1);
            c.withinSeconds = r.duration(QStringLiteral("within"), kForever);
            if (r.has(QStringLiteral("near"))) {
                if (!allowNear)
                    fail(r.path(QStringLiteral("near")), Rules::tr("is only allowed in tier patterns"));
                const QString ref = r.string(QStringLiteral("near"));
                if (!ids.contains(ref))
                    fail(r.path(QStringLiteral("near")),
                         Rules::tr("refers to \"%1\", which is not the id of an earlier condition").arg(ref));
                c.nearIndex = ids.value(ref);
                c.nearSeconds = r.duration(QStringLiteral("near_within"));
            } else if (r.has(QStringLiteral("near_within"))) {
                fail(r.path(QStringLiteral("near_within")), Rules::tr("needs \"near\""));
            }
            if (!c.id.isEmpty())
                ids.insert(c.id, int(i));
            out.append(c);
        }
        return out;
    }

    void parsePatterns(const Reader &top)
    {
        const QJsonArray patterns = top.array(QStringLiteral("patterns"), false);
        for (qsizetype i = 0; i < patterns.size(); ++i) {
            const Reader r(patterns.at(i), indexed(QStringLiteral("patterns"), i),
                           {QStringLiteral("name"), QStringLiteral("tier"), QStringLiteral("all")});
            TierPattern pattern;
            pattern.name = r.string(QStringLiteral("name"));
            pattern.tier = r.integer(QStringLiteral("tier"), std::nullopt, 1);
            if (m_rules.bandForTier(pattern.tier) < 0)
                fail(r.path(QStringLiteral("tier")), Rules::tr("no band has tier %1").arg(pattern.tier));
            pattern.conditions =
                parseConditions(r.array(QStringLiteral("all")), r.path(QStringLiteral("all")), true);
            if (pattern.conditions.isEmpty())
                fail(r.path(QStringLiteral("all")), Rules::tr("a pattern needs at least one condition"));
            m_rules.patterns.append(pattern);
        }
    }

    void parseAlert(const Reader &top)
    {
        if (!top.has(QStringLiteral("alert")))
            return;
        const Reader r(top.value(QStringLiteral("alert")), QStringLiteral("alert"),
                       {QStringLiteral("min_score"), QStringLiteral("min_tier"), QStringLiteral("any"),
                        QStringLiteral("exclude_lifecycle")});
        if (r.has(QStringLiteral("min_score")))
            m_rules.alert.minScore = r.number(QStringLiteral("min_score"));
        if (r.has(QStringLiteral("min_tier"))) {
            m_rules.alert.minTier = r.integer(QStringLiteral("min_tier"), std::nullopt, 1);
            if (m_rules.bandForTier(m_rules.alert.minTier) < 0)
                fail(r.path(QStringLiteral("min_tier")),
                     Rules::tr("no band has tier %1").arg(m_rules.alert.minTier));
        }
        m_rules.alert.anyOf =
            parseConditions(r.array(QStringLiteral("any"), false), r.path(QStringLiteral("any")), false);
        for (const QString &stage : r.strings(QStringLiteral("exclude_lifecycle")))
            m_rules.alert.excludeLifecycle.append(stage.toLower());
    }

    Rules m_rules;
};

} // namespace

int Rules::typeIndex(QStringView id) const
{
    for (int i = 0; i < signalTypes.size(); ++i) {
        if (signalTypes.at(i).id == id)
            return i;
    }
    return -1;
}

int Rules::typeForEvent(const QString &event) const
{
    // An event named exactly as a signal type always maps to that type.
    const int exact = typeIndex(event);
    if (exact >= 0)
        return exact;
    return eventMap.value(event, -1);
}

namespace {

// "ContactSales", "contact_sales" and "Contact Sales" all give {"conta", "sales"}: words cut to
// five letters so that "Requested" and "Request", "Downloaded" and "Download" meet.
QStringList nameWords(const QString &name)
{
    QString spaced;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isUpper() && i > 0 && name.at(i - 1).isLower())
            spaced += u' ';
        spaced += c.isLetterOrNumber() ? c.toLower() : QChar(u' ');
    }
    QStringList words = spaced.split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words)
        word.truncate(5);
    return words;
}

} // namespace

int Rules::lookalikeType(const QString &event) const
{
    // A word counts when it belongs to one signal type's id only: "visit" or "page" say little.
    QHash<QString, int> owner; // word -> type, or -2 when several types have it
    for (int t = 0; t < signalTypes.size(); ++t) {
        for (const QString &word : nameWords(signalTypes.at(t).id)) {
            const int seen = owner.value(word, -1);
            owner.insert(word, seen == -1 || seen == t ? t : -2);
        }
    }
    // Verbs any event may carry say nothing about which signal it is.
    static const QStringList generic = {
        QStringLiteral("reque"), QStringLiteral("submi"), QStringLiteral("start"), QStringLiteral("click"),
        QStringLiteral("view"),  QStringLiteral("viewe"), QStringLiteral("downl"), QStringLiteral("used"),
        QStringLiteral("compl"), QStringLiteral("form"),  QStringLiteral("page"),  QStringLiteral("visit"),
        QStringLiteral("activ"), QStringLiteral("usage")};
    QHash<int, int> votes;
    for (const QString &word : nameWords(event)) {
        if (generic.contains(word))
            continue;
        if (const int t = owner.value(word, -1); t >= 0)
            ++votes[t];
    }
    int best = -1;
    for (auto it = votes.constBegin(); it != votes.constEnd(); ++it) {
        if (best < 0 || it.value() > votes.value(best) ||
            (it.value() == votes.value(best) && it.key() < best))
            best = it.key();
    }
    return best;
}

QStringList Rules::commonEventNames()
{
    return {QStringLiteral("Demo Requested"),
            QStringLiteral("Demo Request"),
            QStringLiteral("Request Demo"),
            QStringLiteral("Demo Request Submitted"),
            QStringLiteral("Trial Started"),
            QStringLiteral("Free Trial Started"),
            QStringLiteral("Trial Start"),
            QStringLiteral("Contact Sales"),
            QStringLiteral("Contact Sales Submitted"),
            QStringLiteral("Contact Sales Requested"),
            QStringLiteral("Case Study Downloaded"),
            QStringLiteral("Case Study Download"),
            QStringLiteral("Webinar Attended"),
            QStringLiteral("Webinar Attendance"),
            QStringLiteral("ROI Calculator Used"),
            QStringLiteral("ROI Calculator Completed"),
            QStringLiteral("Email Link Clicked"),
            QStringLiteral("Email Clicked")};
}

int Rules::typeForPage(const QString &path) const
{
    if (path.isEmpty())
        return -1;
    for (const PageMapping &mapping : pageMap) {
        if (mapping.regex.match(path).hasMatch())
            return mapping.type;
    }
    return -1;
}

bool Rules::isCLevel(const QString &title, const QString &seniority) const
{
    if (!seniority.isEmpty() && cLevelSeniorities.contains(seniority.toLower()))
        return true;
    return !title.isEmpty() && !cLevelTitle.pattern().isEmpty() && cLevelTitle.match(title).hasMatch();
}

int Rules::bandFor(double score) const
{
    for (int i = 0; i < bands.size(); ++i) {
        if (score >= bands.at(i).min)
            return i;
    }
    return int(bands.size()) - 1;
}

int Rules::bandForTier(int tier) const
{
    for (int i = 0; i < bands.size(); ++i) {
        if (bands.at(i).tier == tier)
            return i;
    }
    return -1;
}

QStringList Rules::presetNames()
{
    return {QStringLiteral("hot"), QStringLiteral("warm")};
}

std::optional<Rules> Rules::load(const QString &presetOrFile, QString *error)
{
    const bool preset = presetNames().contains(presetOrFile);
    const QString fileName = preset ? QStringLiteral(":/rules/%1.json").arg(presetOrFile) : presetOrFile;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.exists() ? tr("%1: cannot open rules file: %2").arg(presetOrFile, file.errorString())
                               : tr("%1: cannot open rules file: no such preset or file; the presets are %2")
                                     .arg(presetOrFile, presetNames().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return parse(file.readAll(), presetOrFile, error);
}

std::optional<Rules> Rules::parse(const QByteArray &json, const QString &origin, QString *error)
{
    const QString &presetOrFile = origin;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1: not valid JSON at byte %2: %3")
                     .arg(presetOrFile)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("%1: a rules file is a JSON object").arg(presetOrFile);
        return std::nullopt;
    }
    try {
        Rules rules = RulesParser().parse(doc.object());
        rules.json = json;
        return rules;
    } catch (const RulesError &e) {
        *error = QStringLiteral("%1: %2: %3")
                     .arg(presetOrFile, e.path.isEmpty() ? QStringLiteral("(top)") : e.path, e.message);
        return std::nullopt;
    }
}

std::optional<double> parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(s|m|h|d|w)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double value = match.captured(1).toDouble();
    switch (match.captured(2).at(0).unicode()) {
    case 's':
        return value;
    case 'm':
        return value * 60;
    case 'h':
        return value * kSecondsPerHour;
    case 'd':
        return value * kSecondsPerDay;
    default:
        return value * kSecondsPerWeek;
    }
}

QString formatDuration(double seconds)
{
    if (!std::isfinite(seconds))
        return QStringLiteral("forever");
    double value = seconds;
    char unit = 's';
    if (seconds >= kSecondsPerWeek && std::fmod(seconds, kSecondsPerWeek) == 0) {
        value = seconds / kSecondsPerWeek;
        unit = 'w';
    } else if (seconds > 2 * kSecondsPerDay && std::fmod(seconds, kSecondsPerDay) == 0) {
        value = seconds / kSecondsPerDay;
        unit = 'd';
    } else if (seconds >= kSecondsPerHour) {
        value = seconds / kSecondsPerHour;
        unit = 'h';
    } else if (seconds >= 60) {
        value = seconds / 60;
        unit = 'm';
    }
    return QString::number(value, 'g', 4).append(QLatin1Char(unit));
}

qint64 Rules::slaDeadline(qint64 startMs, qint64 durationMs) const
{
    if (!businessHours)
        return startMs + durationMs;
    return businessHours->addWorkingTime(startMs, durationMs, businessZone());
}

QTimeZone Rules::businessZone() const
{
    return WorkingHours::zone(businessTimeZone).value_or(QTimeZone(0));
}
