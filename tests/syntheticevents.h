#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

// A synthetic history in Segment JSON Lines, for the hot preset, drawn from a known model so that
// calibration and backtests can be checked against it. Deterministic for a seed.
//
// The model: a contact is a buyer (with probability `buyerShare`) or a browser. Both draw the
// same engagement noise (webinars, email clicks, return visits, case studies, docs pages: 2 to 10
// over 10 days), so those types predict nothing. Buyers show intent (pricing visits, competitor
// comparisons, the ROI calculator, a demo request) within 5 days of starting, each type with
// probability 0.7, and browsers each with probability 0.04; 75% of buyers convert 2 to 72 hours
// after their last intent signal, 2% of browsers at a random time. A handful of contacts start a
// free trial (too few to calibrate), some arrive anonymous and are identified later, every
// account announces funding now and then, and unmapped "Feature Used" calls are sprinkled in.
struct SyntheticHistory
{
    quint32 seed = 1;
    int contacts = 2000;
    int contactsPerAccount = 5;
    double buyerShare = 0.2;
    int minNoise = 2; // engagement noise per contact: minNoise to minNoise + 8 signals
    QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC);

    static QStringList predictiveTypes()
    {
        return {QStringLiteral("pricing_page_visit"), QStringLiteral("competitor_comparison"),
                QStringLiteral("roi_calculator"), QStringLiteral("demo_request")};
    }
    static QStringList noiseTypes()
    {
        return {QStringLiteral("webinar_attendance"), QStringLiteral("email_click"),
                QStringLiteral("return_visit"), QStringLiteral("case_study_download"),
                QStringLiteral("technical_documentation")};
    }
    static QString outcome() { return QStringLiteral("Opportunity Created"); }

    QByteArray generate() const
    {
        struct Line
        {
            qint64 atMs;
            QByteArray json;
        };
        QList<Line> lines;
        QRandomGenerator random(seed);
        const qint64 startMs = start.toMSecsSinceEpoch();
        constexpr qint64 hour = 3600 * 1000;
        constexpr qint64 day = 24 * hour;
        int messages = 0;
        const auto add = [&](qint64 atMs, QJsonObject call) {
            call.insert(QStringLiteral("timestamp"),
                        QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs));
            call.insert(QStringLiteral("messageId"), QStringLiteral("m%1-%2").arg(seed).arg(++messages));
            lines.append(Line{atMs, QJsonDocument(call).toJson(QJsonDocument::Compact)});
        };
        const auto between = [&](qint64 from, qint64 to) {
            return from + qint64(random.generateDouble() * double(to - from));
        };
        // A signal as a track event or a page view, for the hot preset's mappings.
        const auto signal = [&](const QString &user, const QString &type, qint64 atMs) {
            static const QList<std::pair<QString, QString>> pages{
                {QStringLiteral("pricing_page_visit"), QStringLiteral("/pricing")},
                {QStringLiteral("competitor_comparison"), QStringLiteral("/compare/rival")},
                {QStringLiteral("technical_documentation"), QStringLiteral("/docs/api")}};
            static const QList<std::pair<QString, QString>> events{
                {QStringLiteral("roi_calculator"), QStringLiteral("ROI Calculator Used")},
                {QStringLiteral("demo_request"), QStringLiteral("Demo Requested")},
                {QStringLiteral("webinar_attendance"), QStringLiteral("Webinar Attended")},
                {QStringLiteral("email_click"), QStringLiteral("Email Link Clicked")},
                {QStringLiteral("return_visit"), QStringLiteral("Return Visit")},
                {QStringLiteral("case_study_download"), QStringLiteral("Case Study Downloaded")},
                {QStringLiteral("free_trial_start"), QStringLiteral("Free Trial Started")}};
            for (const auto &[id, path] : pages) {
                if (id == type)
                    return add(atMs,
                               {{QStringLiteral("type"), QStringLiteral("page")},
                                {QStringLiteral("userId"), user},
                                {QStringLiteral("properties"), QJsonObject{{QStringLiteral("path"), path}}}});
            }
            for (const auto &[id, event] : events) {
                if (id == type)
                    return add(atMs, {{QStringLiteral("type"), QStringLiteral("track")},
                                      {QStringLiteral("userId"), user},
                                      {QStringLiteral("event"), event}});
            }
        };

        const int accounts = (contacts + contactsPerAccount - 1) / contactsPerAccount;
        for (int a = 0; a < accounts; ++a) {
            if (random.bounded(4) == 0) {
                const QString user = QStringLiteral("s%1-u%2").arg(seed).arg(a * contactsPerAccount);
                add(between(startMs, startMs + 50 * day),
                    {{QStringLiteral("type"), QStringLiteral("track")},
                     {QStringLiteral("userId"), user},
                     {QStringLiteral("event"), QStringLiteral("Funding Announced")},
                     {QStringLiteral("context"),
                      QJsonObject{{QStringLiteral("groupId"), QStringLiteral("s%1-a%2").arg(seed).arg(a)}}}});
            }
        }

        for (int c = 0; c < contacts; ++c) {
            const QString user = QStringLiteral("s%1-u%2").arg(seed).arg(c);
            const QString account = QStringLiteral("s%1-a%2").arg(seed).arg(c / contactsPerAccount);
            const bool buyer = random.generateDouble() < buyerShare;
            const qint64 first = between(startMs, startMs + 40 * day);

            QJsonObject identify{{QStringLiteral("type"), QStringLiteral("identify")},
                                 {QStringLiteral("userId"), user},
                                 {QStringLiteral("traits"), QJsonObject{{QStringLiteral("name"), user}}}};
            if (random.bounded(10) == 0) {
                // Arrives anonymous: a return visit before the identify that links it.
                const QString anonymous = QStringLiteral("anon-") + user;
                add(first - hour, {{QStringLiteral("type"), QStringLiteral("track")},
                                   {QStringLiteral("anonymousId"), anonymous},
                                   {QStringLiteral("event"), QStringLiteral("Return Visit")}});
                identify.insert(QStringLiteral("anonymousId"), anonymous);
            }
            add(first, identify);
            add(first, {{QStringLiteral("type"), QStringLiteral("group")},
                        {QStringLiteral("userId"), user},
                        {QStringLiteral("groupId"), account}});

            const QStringList noise = noiseTypes();
            const int noiseCount = minNoise + int(random.bounded(9));
            for (int i = 0; i < noiseCount; ++i)
                signal(user, noise.at(random.bounded(int(noise.size()))), between(first, first + 10 * day));
            if (random.bounded(2) == 0)
                add(between(first, first + 10 * day),
                    {{QStringLiteral("type"), QStringLiteral("track")},
                     {QStringLiteral("userId"), user},
                     {QStringLiteral("event"), QStringLiteral("Feature Used")}});
            if (random.bounded(400) == 0)
                signal(user, QStringLiteral("free_trial_start"), between(first, first + 5 * day));

            qint64 lastIntent = first;
            for (const QString &type : predictiveTypes()) {
                if (random.generateDouble() >= (buyer ? 0.7 : 0.04))
                    continue;
                const int repeats = type == u"pricing_page_visit" ? 1 + int(random.bounded(3)) : 1;
                for (int r = 0; r < repeats; ++r) {
                    const qint64 at = between(first, first + 5 * day);
                    signal(user, type, at);
                    lastIntent = std::max(lastIntent, at);
                }
            }
            qint64 conversion = -1;
            if (buyer && random.generateDouble() < 0.75)
                conversion = between(lastIntent + 2 * hour, lastIntent + 72 * hour);
            else if (!buyer && random.generateDouble() < 0.02)
                conversion = between(first, first + 14 * day);
            if (conversion >= 0)
                add(conversion, {{QStringLiteral("type"), QStringLiteral("track")},
                                 {QStringLiteral("userId"), user},
                                 {QStringLiteral("event"), outcome()}});
        }

        std::stable_sort(lines.begin(), lines.end(),
                         [](const Line &a, const Line &b) { return a.atMs < b.atMs; });
        QByteArray out;
        for (const Line &line : lines)
            out += line.json + '\n';
        return out;
    }
};
