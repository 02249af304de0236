#include "leadcard.h"

#include "clock/instant.h"
#include "scoring/scorereport.h"

#include <QHash>
#include <QJsonArray>

namespace {

QString text(const QJsonObject &json, QLatin1StringView key)
{
    return json.value(key).toString();
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonObject signalJson(const LeadCard::Signal &s)
{
    QJsonObject json{{QLatin1StringView("type"), s.type},
                     {QLatin1StringView("label"), s.label},
                     {QLatin1StringView("at"), formatInstant(s.atMs)},
                     {QLatin1StringView("ageHours"), s.ageHours},
                     {QLatin1StringView("points"), s.points},
                     {QLatin1StringView("value"), s.value}};
    if (s.contact.isEmpty())
        json.insert(QLatin1StringView("scope"), QLatin1StringView("account"));
    else
        json.insert(QLatin1StringView("contact"), s.contact);
    return json;
}

LeadCard::Signal signalFrom(const QJsonObject &json)
{
    return {text(json, QLatin1StringView("type")),
            text(json, QLatin1StringView("label")),
            text(json, QLatin1StringView("contact")),
            parseInstantMs(json.value(QLatin1StringView("at"))),
            json.value(QLatin1StringView("ageHours")).toDouble(),
            json.value(QLatin1StringView("points")).toDouble(),
            json.value(QLatin1StringView("value")).toDouble()};
}

template<typename T, typename F>
QJsonArray arrayOf(const QList<T> &items, F toJson)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(toJson(item));
    return out;
}

template<typename T, typename F>
QList<T> listOf(const QJsonValue &array, F fromJson)
{
    QList<T> out;
    const QJsonArray items = array.toArray();
    out.reserve(items.size());
    for (const QJsonValue &item : items)
        out.append(fromJson(item.toObject()));
    return out;
}

QStringList stringsOf(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

QJsonObject engagedJson(const LeadCard::EngagedContact &c)
{
    QJsonObject json{{QLatin1StringView("id"), c.id},
                     {QLatin1StringView("name"), c.name},
                     {QLatin1StringView("title"), c.title},
                     {QLatin1StringView("score"), c.score}};
    if (!c.phone.isEmpty())
        json.insert(QLatin1StringView("phone"), c.phone);
    return json;
}

LeadCard::EngagedContact engagedFrom(const QJsonObject &e)
{
    return LeadCard::EngagedContact{text(e, QLatin1StringView("id")), text(e, QLatin1StringView("name")),
                                    text(e, QLatin1StringView("title")),
                                    e.value(QLatin1StringView("score")).toDouble(),
                                    text(e, QLatin1StringView("phone"))};
}

} // namespace

const LeadCard::EngagedContact *LeadCard::contactToCall() const
{
    for (const EngagedContact &c : engagedContacts) {
        if (!c.phone.isEmpty())
            return &c;
    }
    return nullptr;
}

QJsonObject LeadCard::toJson() const
{
    if (isEmpty())
        return {};
    QJsonObject json{
        {QLatin1StringView("id"), id},           {QLatin1StringView("name"), name},
        {QLatin1StringView("score"), score},     {QLatin1StringView("alert"), alert},
        {QLatin1StringView("band"), band},       {QLatin1StringView("temperature"), temperature},
        {QLatin1StringView("tier"), tier},       {QLatin1StringView("tierReason"), tierReason},
        {QLatin1StringView("action"), action},   {QLatin1StringView("summary"), summary},
        {QLatin1StringView("company"), company},
    };
    if (!tierBand.isEmpty())
        json.insert(QLatin1StringView("tierBand"), tierBand);
    if (sla)
        json.insert(QLatin1StringView("sla"),
                    QJsonObject{{QLatin1StringView("claimMinutes"), sla->claimMinutes},
                                {QLatin1StringView("callMinutes"), sla->callMinutes},
                                {QLatin1StringView("label"), sla->label}});
    if (!cadence.isEmpty())
        json.insert(QLatin1StringView("cadence"), cadence);
    const QJsonArray signalsJson = arrayOf(signalList, signalJson);

    if (kind == Kind::Account) {
        json.insert(QLatin1StringView("base"), base);
        json.insert(QLatin1StringView("multiplier"), multiplier);
        json.insert(QLatin1StringView("multipliers"), arrayOf(multipliers, [](const Multiplier &m) {
                        return QJsonObject{{QLatin1StringView("name"), m.name},
                                           {QLatin1StringView("factor"), m.factor}};
                    }));
        json.insert(QLatin1StringView("liveContacts"), liveContacts);
        json.insert(QLatin1StringView("contacts"), QJsonArray::fromStringList(contacts));
        json.insert(QLatin1StringView("traits"), traits);
        json.insert(QLatin1StringView("engagedContacts"), arrayOf(engagedContacts, engagedJson));
        json.insert(QLatin1StringView("explanation"),
                    QJsonObject{{QLatin1StringView("signals"), signalsJson}});
        return json;
    }

    json.insert(QLatin1StringView("title"), title);
    json.insert(QLatin1StringView("email"), email);
    json.insert(QLatin1StringView("phone"), phone);
    json.insert(QLatin1StringView("account"), orNull(account));
    json.insert(QLatin1StringView("accountName"), account.isEmpty() ? QJsonValue() : QJsonValue(accountName));
    json.insert(QLatin1StringView("rawScore"), rawScore);
    json.insert(QLatin1StringView("capped"), capped);
    json.insert(QLatin1StringView("alertReasons"), QJsonArray::fromStringList(alertReasons));
    if (!lifecycleStage.isEmpty())
        json.insert(QLatin1StringView("lifecycleStage"), lifecycleStage);
    if (excludedFromAlerts)
        json.insert(QLatin1StringView("excludedFromAlerts"), true);
    json.insert(QLatin1StringView("explanation"),
                QJsonObject{{QLatin1StringView("signals"), signalsJson},
                            {QLatin1StringView("sum"), sum},
                            {QLatin1StringView("cap"), cap ? QJsonValue(*cap) : QJsonValue()},
                            {QLatin1StringView("pattern"), orNull(pattern)}});
    json.insert(QLatin1StringView("history"), arrayOf(history, [](const Activity &a) {
                    QJsonObject item{{QLatin1StringView("at"), formatInstant(a.atMs)},
                                     {QLatin1StringView("kind"), a.kind},
                                     {QLatin1StringView("name"), a.name}};
                    if (a.value) {
                        item.insert(QLatin1StringView("signal"), a.signal);
                        item.insert(QLatin1StringView("label"), a.label);
                        item.insert(QLatin1StringView("value"), *a.value);
                    }
                    return item;
                }));
    if (accountPanel) {
        const AccountPanel &p = *accountPanel;
        json.insert(
            QLatin1StringView("accountPanel"),
            QJsonObject{
                {QLatin1StringView("id"), p.id},
                {QLatin1StringView("name"), p.name},
                {QLatin1StringView("traits"), p.traits},
                {QLatin1StringView("score"), p.score},
                {QLatin1StringView("band"), p.band},
                {QLatin1StringView("engagedContacts"), arrayOf(p.engagedContacts, engagedJson)},
                {QLatin1StringView("firmographic"), arrayOf(p.firmographic, [](const Firmographic &f) {
                     return QJsonObject{{QLatin1StringView("label"), f.label},
                                        {QLatin1StringView("at"), formatInstant(f.atMs)},
                                        {QLatin1StringView("value"), f.value}};
                 })}});
    }
    return json;
}

LeadCard LeadCard::fromJson(const QJsonObject &json)
{
    LeadCard c;
    c.id = text(json, QLatin1StringView("id"));
    c.kind = json.contains(QLatin1StringView("liveContacts")) ? Kind::Account : Kind::Contact;
    c.name = text(json, QLatin1StringView("name"));
    c.title = text(json, QLatin1StringView("title"));
    c.company = text(json, QLatin1StringView("company"));
    c.email = text(json, QLatin1StringView("email"));
    c.phone = text(json, QLatin1StringView("phone"));
    c.lifecycleStage = text(json, QLatin1StringView("lifecycleStage"));
    c.account = text(json, QLatin1StringView("account"));
    c.accountName = text(json, QLatin1StringView("accountName"));
    c.score = json.value(QLatin1StringView("score")).toDouble();
    c.rawScore = json.value(QLatin1StringView("rawScore")).toDouble();
    c.capped = json.value(QLatin1StringView("capped")).toBool();
    c.alert = json.value(QLatin1StringView("alert")).toBool();
    c.excludedFromAlerts = json.value(QLatin1StringView("excludedFromAlerts")).toBool();
    c.alertReasons = stringsOf(json.value(QLatin1StringView("alertReasons")));
    c.tier = json.value(QLatin1StringView("tier")).toInt();
    c.tierReason = text(json, QLatin1StringView("tierReason"));
    c.band = text(json, QLatin1StringView("band"));
    c.tierBand = text(json, QLatin1StringView("tierBand"));
    c.temperature = text(json, QLatin1StringView("temperature"));
    c.action = text(json, QLatin1StringView("action"));
    c.cadence = text(json, QLatin1StringView("cadence"));
    if (const QJsonValue sla = json.value(QLatin1StringView("sla")); sla.isObject()) {
        const QJsonObject s = sla.toObject();
        c.sla =
            Sla{s.value(QLatin1StringView("claimMinutes")).toDouble(),
                s.value(QLatin1StringView("callMinutes")).toDouble(), text(s, QLatin1StringView("label"))};
    }
    c.summary = text(json, QLatin1StringView("summary"));
    const QJsonObject explanation = json.value(QLatin1StringView("explanation")).toObject();
    c.signalList = listOf<Signal>(explanation.value(QLatin1StringView("signals")), signalFrom);
    c.sum = explanation.value(QLatin1StringView("sum")).toDouble();
    if (const QJsonValue cap = explanation.value(QLatin1StringView("cap")); cap.isDouble())
        c.cap = cap.toDouble();
    c.pattern = text(explanation, QLatin1StringView("pattern"));
    c.history = listOf<Activity>(json.value(QLatin1StringView("history")), [](const QJsonObject &a) {
        Activity activity{parseInstantMs(a.value(QLatin1StringView("at"))),
                          text(a, QLatin1StringView("kind")),
                          text(a, QLatin1StringView("name")),
                          text(a, QLatin1StringView("signal")),
                          text(a, QLatin1StringView("label")),
                          std::nullopt};
        if (a.value(QLatin1StringView("value")).isDouble())
            activity.value = a.value(QLatin1StringView("value")).toDouble();
        return activity;
    });
    if (const QJsonValue panel = json.value(QLatin1StringView("accountPanel")); panel.isObject()) {
        const QJsonObject p = panel.toObject();
        AccountPanel a;
        a.id = text(p, QLatin1StringView("id"));
        a.name = text(p, QLatin1StringView("name"));
        a.traits = p.value(QLatin1StringView("traits")).toObject();
        a.score = p.value(QLatin1StringView("score")).toDouble();
        a.band = text(p, QLatin1StringView("band"));
        a.engagedContacts =
            listOf<EngagedContact>(p.value(QLatin1StringView("engagedContacts")), engagedFrom);
        a.firmographic =
            listOf<Firmographic>(p.value(QLatin1StringView("firmographic")), [](const QJsonObject &f) {
                return Firmographic{text(f, QLatin1StringView("label")),
                                    parseInstantMs(f.value(QLatin1StringView("at"))),
                                    f.value(QLatin1StringView("value")).toDouble()};
            });
        c.accountPanel = a;
    }
    c.base = json.value(QLatin1StringView("base")).toDouble();
    c.multiplier = json.value(QLatin1StringView("multiplier")).toDouble(1);
    c.multipliers =
        listOf<Multiplier>(json.value(QLatin1StringView("multipliers")), [](const QJsonObject &m) {
            return Multiplier{text(m, QLatin1StringView("name")),
                              m.value(QLatin1StringView("factor")).toDouble()};
        });
    c.liveContacts = json.value(QLatin1StringView("liveContacts")).toInt();
    c.contacts = stringsOf(json.value(QLatin1StringView("contacts")));
    c.traits = json.value(QLatin1StringView("traits")).toObject();
    c.engagedContacts = listOf<EngagedContact>(json.value(QLatin1StringView("engagedContacts")), engagedFrom);
    return c;
}

QString LeadCard::summarize(const QList<Signal> &signalList)
{
    QStringList labels;
    labels.reserve(signalList.size());
    for (const Signal &s : signalList)
        labels.append(s.label);
    return ScoreReport::summary(labels);
}
