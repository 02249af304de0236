#include "signalsimulator.h"

#include "scoring/scorereport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

namespace {

struct Company
{
    const char *name;
    const char *industry;
    int employees;
    const char *region;
};

const Company kCompanies[] = {
    {"Northwind Logistics", "Logistics", 1200, "EMEA"},
    {"Blue Harbor Health", "Healthcare", 640, "NA"},
    {"Quantive Analytics", "Software", 310, "NA"},
    {"Sakura Robotics", "Manufacturing", 2100, "APAC"},
    {"Fjord Energy", "Energy", 880, "EMEA"},
    {"Copperline Bank", "Financial Services", 4300, "NA"},
    {"Meridian Retail Group", "Retail", 5200, "EMEA"},
    {"Atlas Freight", "Logistics", 450, "NA"},
    {"Lumen Biotech", "Healthcare", 260, "EMEA"},
    {"Kestrel Security", "Software", 190, "NA"},
    {"Orchard Foods", "Consumer Goods", 1500, "NA"},
    {"Tidewater Insurance", "Financial Services", 2700, "EMEA"},
    {"Vantage Telecom", "Telecommunications", 3900, "APAC"},
    {"Granite Construction Co", "Construction", 760, "NA"},
    {"Helix Learning", "Education", 340, "EMEA"},
    {"Polaris Media", "Media", 520, "NA"},
};

const char *kFirstNames[] = {"Sarah", "Mike",  "Jessica", "Daniel", "Priya",  "Tom",  "Elena", "Marcus",
                             "Aisha", "Lukas", "Mei",     "Carlos", "Hannah", "Omar", "Julia", "Kenji",
                             "Sofia", "Ben",   "Nora",    "Rafael", "Grace",  "Ivan", "Chloe", "Samuel"};
const char *kLastNames[] = {"Johnson",  "Chen",     "Torres",  "Schmidt",  "Patel",  "Okafor", "Rossi",
                            "Nakamura", "Andersen", "Dubois",  "Kowalski", "Haddad", "Silva",  "Murphy",
                            "Larsen",   "Yilmaz",   "Fischer", "Moreau",   "Ng",     "Garcia"};
const char *kTitles[] = {"VP Marketing",
                         "Marketing Ops Manager",
                         "CMO",
                         "Head of Sales Operations",
                         "CTO",
                         "Director of IT",
                         "RevOps Lead",
                         "Chief Revenue Officer",
                         "Product Manager",
                         "Head of Growth",
                         "CFO",
                         "Data Engineer",
                         "VP Sales",
                         "Procurement Manager"};

// The seed's signal mix: research and engagement are common, critical intent is rarer.
struct Weighted
{
    const char *kind; // "track:Event" or "page:/path"
    int weight;
};
const Weighted kMix[] = {
    {"page:/pricing", 14},
    {"page:/docs/api/webhooks", 10},
    {"page:/compare/legacy-crm", 8},
    {"track:Case Study Downloaded", 10},
    {"track:ROI Calculator Used", 6},
    {"track:Webinar Attended", 8},
    {"track:Email Link Clicked", 14},
    {"track:Return Visit", 12},
    {"page:/blog/speed-to-lead", 10},
    {"track:Demo Requested", 3},
    {"track:Contact Sales Submitted", 2},
    {"track:Free Trial Started", 2},
    {"track:Feature Used", 6},
};

} // namespace

SignalSimulator::SignalSimulator(QUrl ingestUrl, QString writeKey, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_ingestUrl(std::move(ingestUrl))
    , m_writeKey(std::move(writeKey))
    , m_random(seed)
{
    int person = 0;
    QSet<QString> names; // two people of one name would read as one lead twice in the queue
    for (const Company &company : kCompanies) {
        const QString companyId = QString::fromLatin1(company.name).toLower().replace(u' ', u'-');
        m_companyIds.insert(QLatin1StringView(company.name), companyId);
        const int size = 2 + int(m_random.bounded(3));
        for (int i = 0; i < size; ++i, ++person) {
            QString first;
            QString last;
            do {
                first = QLatin1StringView(kFirstNames[m_random.bounded(int(std::size(kFirstNames)))]);
                last = QLatin1StringView(kLastNames[m_random.bounded(int(std::size(kLastNames)))]);
            } while (names.contains(first + u' ' + last));
            names.insert(first + u' ' + last);
            Person p;
            p.id = QStringLiteral("u%1").arg(1000 + person);
            p.name = first + u' ' + last;
            p.title = QLatin1StringView(kTitles[m_random.bounded(int(std::size(kTitles)))]);
            p.phone =
                QStringLiteral("+1 555 %1 %2").arg(100 + person % 900).arg(1000 + m_random.bounded(9000));
            p.email = first.toLower() + u'.' + last.toLower() + u'@' + companyId + QStringLiteral(".example");
            p.company = QLatin1StringView(company.name);
            p.region = QLatin1StringView(company.region);
            m_people.append(p);
        }
    }
    m_timer.setSingleShot(false);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { post(nextCalls(QDateTime::currentMSecsSinceEpoch())); });
}

QJsonObject SignalSimulator::track(const Person &p, const QString &event, qint64 atMs)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("track")},
                       {QStringLiteral("userId"), p.id},
                       {QStringLiteral("event"), event},
                       {QStringLiteral("messageId"), QStringLiteral("sim-%1").arg(++m_messageCounter)},
                       {QStringLiteral("timestamp"), formatInstant(atMs)}};
}

QJsonObject SignalSimulator::page(const Person &p, const QString &path, qint64 atMs)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("page")},
                       {QStringLiteral("userId"), p.id},
                       {QStringLiteral("properties"), QJsonObject{{QStringLiteral("path"), path}}},
                       {QStringLiteral("messageId"), QStringLiteral("sim-%1").arg(++m_messageCounter)},
                       {QStringLiteral("timestamp"), formatInstant(atMs)}};
}

QJsonArray SignalSimulator::castCalls(qint64 nowMs) const
{
    QJsonArray calls;
    const QString at = formatInstant(nowMs - 30LL * 24 * 3600 * 1000);
    for (const Person &p : m_people) {
        calls.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("identify")},
                                 {QStringLiteral("userId"), p.id},
                                 {QStringLiteral("timestamp"), at},
                                 {QStringLiteral("traits"),
                                  QJsonObject{{QStringLiteral("name"), p.name},
                                              {QStringLiteral("title"), p.title},
                                              {QStringLiteral("phone"), p.phone},
                                              {QStringLiteral("email"), p.email},
                                              {QStringLiteral("region"), p.region},
                                              {QStringLiteral("lifecycleStage"), QStringLiteral("lead")}}}});
        for (const Company &company : kCompanies) {
            if (p.company != QLatin1StringView(company.name))
                continue;
            calls.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("group")},
                            {QStringLiteral("userId"), p.id},
                            {QStringLiteral("groupId"), m_companyIds.value(p.company)},
                            {QStringLiteral("timestamp"), at},
                            {QStringLiteral("traits"),
                             QJsonObject{{QStringLiteral("name"), p.company},
                                         {QStringLiteral("industry"), QLatin1StringView(company.industry)},
                                         {QStringLiteral("employees"), company.employees},
                                         {QStringLiteral("region"), QLatin1StringView(company.region)}}}});
        }
    }
    return calls;
}

QJsonArray SignalSimulator::historyCalls(qint64 nowMs)
{
    QJsonArray calls;
    // Research over the last days; a few leads already warm.
    for (int i = 0; i < 70; ++i) {
        const Person &p = m_people.at(m_random.bounded(int(m_people.size())));
        const qint64 at = nowMs - qint64(m_random.generateDouble() * 6 * 24 * 3600 * 1000);
        const Weighted &w = kMix[m_random.bounded(int(std::size(kMix)) - 3)]; // no critical intent in history
        const QString kind = QLatin1StringView(w.kind);
        calls.append(kind.startsWith(u"page:") ? page(p, kind.mid(5), at) : track(p, kind.mid(6), at));
    }
    return calls;
}

QJsonArray SignalSimulator::nextCalls(qint64 nowMs)
{
    QJsonArray calls;
    ++m_step;
    const Person &p = m_people.at(m_random.bounded(int(m_people.size())));
    if (m_step % 6 == 0) {
        // A hot lead: demo request or trial, pricing, research, as the Tier 1 pattern describes.
        const Person &hot = m_people.at(m_random.bounded(int(m_people.size())));
        calls.append(page(hot, QStringLiteral("/pricing"), nowMs - 40 * 60 * 1000));
        calls.append(track(hot, QStringLiteral("Case Study Downloaded"), nowMs - 25 * 60 * 1000));
        calls.append(track(hot,
                           m_random.bounded(3) == 0 ? QStringLiteral("Free Trial Started")
                                                    : QStringLiteral("Demo Requested"),
                           nowMs));
        return calls;
    }
    int total = 0;
    for (const Weighted &w : kMix)
        total += w.weight;
    int pick = m_random.bounded(total);
    for (const Weighted &w : kMix) {
        pick -= w.weight;
        if (pick < 0) {
            const QString kind = QLatin1StringView(w.kind);
            calls.append(kind.startsWith(u"page:") ? page(p, kind.mid(5), nowMs)
                                                   : track(p, kind.mid(6), nowMs));
            break;
        }
    }
    return calls;
}

void SignalSimulator::post(const QJsonArray &calls)
{
    if (calls.isEmpty())
        return;
    QNetworkRequest request(m_ingestUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Basic " + (m_writeKey + u':').toUtf8().toBase64());
    QNetworkReply *reply = m_network->post(
        request, QJsonDocument(QJsonObject{{QStringLiteral("batch"), calls}}).toJson(QJsonDocument::Compact));
    const int count = int(calls.size());
    connect(reply, &QNetworkReply::finished, this, [this, reply, count] {
        if (reply->error() == QNetworkReply::NoError)
            Q_EMIT sent(count);
        else
            Q_EMIT failed(reply->errorString() + u' ' + QString::fromUtf8(reply->readAll()));
        reply->deleteLater();
    });
}

void SignalSimulator::start(int intervalMs)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    post(castCalls(now));
    post(historyCalls(now));
    // A few hot leads right away, so a new user sees a living queue within seconds.
    for (int i = 0; i < 3; ++i) {
        m_step = 5;
        post(nextCalls(now - qint64(i) * 90'000));
    }
    m_step = 0;
    m_timer.start(intervalMs);
}

void SignalSimulator::stop()
{
    m_timer.stop();
}
