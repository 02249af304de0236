#pragma once

#include "events/segmentcall.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

class Rules;

// A signal as the scoring engine sees it: its type, when it happened and, when the event
// named one, the account it belongs to (-1: the contact's current account).
struct SignalEvent
{
    qint64 atMs = 0;
    qint32 type = -1;
    qint32 account = -1;
};

// Everything that happened to a lead, scored or not, for its history.
struct Activity
{
    qint64 atMs = 0;
    SegmentCall::Type kind = SegmentCall::Type::Track;
    QString name;  // track event name or page path
    int type = -1; // signal type, -1 when the event scores nothing
    QString messageId;
};

struct Contact
{
    QString id;
    QJsonObject traits;
    int account = -1;               // the account last grouped with (or of its company email domain)
    bool accountFromDomain = false; // joined by email domain: a group call or a groupId wins
    int mergedInto = -1;            // set when an alias folded this contact into another
    bool cLevel = false;
    bool hasForeignSignals = false; // some signal names an account other than `account`
    std::vector<SignalEvent> signalEvents;
    std::vector<SignalEvent> pendingAccountSignals; // firmographic signals seen before any group
    QList<Activity> history;

    QString name() const;
    QString email() const { return traits.value(QLatin1StringView("email")).toString(); }
    QString phone() const { return traits.value(QLatin1StringView("phone")).toString(); }
    QString title() const { return traits.value(QLatin1StringView("title")).toString(); }
    QString seniority() const { return traits.value(QLatin1StringView("seniority")).toString(); }
    QString lifecycleStage() const;
};

struct Account
{
    QString id;
    QJsonObject traits;
    QList<int> contacts;                   // contacts grouped with it or with signals naming it
    std::vector<SignalEvent> signalEvents; // firmographic
    QList<Activity> history;

    QString name() const;
};

// Contacts and accounts built from Segment calls: identity (userId, anonymousId, alias),
// account membership (group, context.groupId), messageId dedup and each lead's signals.
class LeadGraph
{
public:
    explicit LeadGraph(const Rules &rules);

    // What one call changed, so that only those leads are rescored.
    struct Change
    {
        bool duplicate = false;
        bool pending = false; // kept for an anonymous visitor not yet identified
        QList<int> contacts;
        QList<int> accounts;
    };

    Change apply(const SegmentCall &call);

    int contactIndex(const QString &userId) const;
    // The contact an identify or alias linked this anonymousId to, or -1.
    int contactForAnonymousId(const QString &anonymousId) const
    {
        return resolve(m_anonymousToContact.value(anonymousId, -1));
    }
    int accountIndex(const QString &groupId) const;
    int ensureContact(const QString &userId);
    int ensureAccount(const QString &groupId);
    // The company domain of an email address ("acme.com" for "Ana@Sales.ACME.com" is
    // "sales.acme.com"), lower case; empty for a free-mail domain or no address.
    static QString companyDomain(const QString &email);
    // Low-level insertion, for bulk loads and benchmarks.
    void addSignal(int contact, int type, qint64 atMs, int account = -1);
    void addAccountSignal(int account, int type, qint64 atMs);
    void setContactAccount(int contact, int account);

    const std::vector<Contact> &contacts() const { return m_contacts; }
    const std::vector<Account> &accounts() const { return m_accounts; }
    const Contact &contact(int index) const { return m_contacts[size_t(index)]; }
    const Account &account(int index) const { return m_accounts[size_t(index)]; }
    qsizetype pendingAnonymousCalls() const;
    bool hasSeen(const QString &messageId) const { return m_seenMessageIds.contains(messageId); }
    void setRecordHistory(bool on) { m_recordHistory = on; }

private:
    int resolve(int contact) const; // follows merges to the surviving contact
    Change applyIdentified(const SegmentCall &call, int contact);
    void link(const QString &anonymousOrPreviousId, int contact, Change *change);
    void mergeContact(int from, int into, Change *change);
    void touchAccount(int account, Change *change) const;
    void updateTraits(int contact, const QJsonObject &traits);
    void noteUnmappedEvent(const QString &event);

    const Rules &m_rules;
    std::vector<Contact> m_contacts;
    std::vector<Account> m_accounts;
    QHash<QString, int> m_contactIndex;
    QHash<QString, int> m_accountIndex;
    QHash<QString, int> m_anonymousToContact;
    QHash<QString, QList<SegmentCall>> m_pendingAnonymous;
    QSet<QString> m_seenMessageIds;
    QSet<QString> m_unmappedEvents; // track event names that mapped to nothing, each reported once
    bool m_recordHistory = true;
};
