#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

// Believable website and product traffic for the demo: a cast of companies and buying
// committees (with their titles, C-level included), a few days of history, then live
// signals in the seed's mix and a hot lead every few seconds. Sends Segment Spec batches to
// a feed server's ingest endpoint, as a real pipeline would.
class SignalSimulator final : public QObject
{
    Q_OBJECT

public:
    SignalSimulator(QUrl ingestUrl, QString writeKey, quint32 seed, QObject *parent = nullptr);

    // The cast and a few days of history; then live traffic every `intervalMs`.
    void start(int intervalMs = 1500);
    void stop();

    // One step of live traffic as Segment calls (exposed for tests).
    QJsonArray nextCalls(qint64 nowMs);
    QJsonArray castCalls(qint64 nowMs) const;
    QJsonArray historyCalls(qint64 nowMs);

    struct Person
    {
        QString id;
        QString name;
        QString title;
        QString phone;
        QString email;
        QString company;
        QString region;
    };
    const QList<Person> &people() const { return m_people; }

Q_SIGNALS:
    void sent(int calls);
    void failed(const QString &error);

private:
    QJsonObject track(const Person &p, const QString &event, qint64 atMs);
    QJsonObject page(const Person &p, const QString &path, qint64 atMs);
    void post(const QJsonArray &calls);

    QUrl m_ingestUrl;
    QString m_writeKey;
    QRandomGenerator m_random;
    QList<Person> m_people;
    QHash<QString, QString> m_companyIds;
    QNetworkAccessManager *m_network = nullptr;
    QTimer m_timer;
    int m_step = 0;
    qint64 m_messageCounter = 0;
};
