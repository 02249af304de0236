#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a rep needs to call a lead at once: who it is, how hot and why, the recent activity
// and the account around it. Built by the server from its scores, carried in the `card` of
// every lead on the wire (docs/protocol.md, "The lead object") and shown by the console.
struct LeadCard
{
    enum class Kind
    {
        Contact,
        Account
    };
    // One signal's part in the score.
    struct Signal
    {
        QString type; // the rules' signal type id
        QString label;
        QString contact; // whose signal; empty for an account's firmographic signal
        qint64 atMs = 0;
        double ageHours = 0;
        double points = 0; // the type's full points
        double value = 0;  // what is left of them when the card was built
        friend bool operator==(const Signal &, const Signal &) = default;
    };
    // One thing the contact did, scored or not.
    struct Activity
    {
        qint64 atMs = 0;
        QString kind;                // track, page, identify ...
        QString name;                // the event name or page path
        QString signal;              // the signal type it mapped to, if any
        QString label;               // that type's label
        std::optional<double> value; // its points now, when it mapped
        friend bool operator==(const Activity &, const Activity &) = default;
    };
    struct Multiplier
    {
        QString name;
        double factor = 1;
        friend bool operator==(const Multiplier &, const Multiplier &) = default;
    };
    struct Sla
    {
        double claimMinutes = 0; // rules may say "90s"
        double callMinutes = 0;
        QString label;
        friend bool operator==(const Sla &, const Sla &) = default;
    };
    struct EngagedContact
    {
        QString id;
        QString name;
        QString title;
        double score = 0;
        QString phone;
        friend bool operator==(const EngagedContact &, const EngagedContact &) = default;
    };
    struct Firmographic
    {
        QString label;
        qint64 atMs = 0;
        double value = 0;
        friend bool operator==(const Firmographic &, const Firmographic &) = default;
    };
    // A contact's account as the rep sees it beside the contact.
    struct AccountPanel
    {
        QString id;
        QString name;
        QJsonObject traits;
        double score = 0;
        QString band;
        QList<EngagedContact> engagedContacts; // other contacts with live signals
        QList<Firmographic> firmographic;      // the account's live signals
        friend bool operator==(const AccountPanel &, const AccountPanel &) = default;
    };

    Kind kind = Kind::Contact;
    QString id; // the userId or groupId
    QString name;
    QString title;
    QString company;
    QString email;
    QString phone;
    QString lifecycleStage;
    QString account;     // a contact's account id; empty when it has none
    QString accountName; // a contact's account name

    double score = 0;
    double rawScore = 0; // before the contact cap
    bool capped = false;
    bool alert = false;
    bool excludedFromAlerts = false; // the lifecycle stage keeps it from alerting (a customer)
    QStringList alertReasons;
    int tier = 0;
    QString tierReason; // "score", "alert" or "pattern: <name>"
    QString band;       // the score band: what the score alone earns
    QString tierBand;   // the tier's band, whose action, SLA and cadence apply
    QString temperature;
    QString action;  // the tier band's action
    QString cadence; // the tier band's follow-up cadence, in words
    std::optional<Sla> sla;
    QString summary; // "Demo request + 2× Pricing page visit"

    QList<Signal> signalList; // the explanation
    double sum = 0;
    std::optional<double> cap;
    QString pattern; // the tier pattern that holds, if any
    QList<Activity> history;
    std::optional<AccountPanel> accountPanel;

    // An account lead's own figures.
    double base = 0;
    double multiplier = 1;
    QList<Multiplier> multipliers;
    int liveContacts = 0;
    QStringList contacts;
    QJsonObject traits;
    QList<EngagedContact> engagedContacts; // its contacts with live signals, highest score first

    // Whom a rep calls for an account lead: its highest-scoring engaged contact with a phone.
    const EngagedContact *contactToCall() const;

    bool isEmpty() const { return *this == LeadCard(); } // no contact or account behind it
    QJsonObject toJson() const;
    static LeadCard fromJson(const QJsonObject &json);

    // "Demo request + 2× Pricing page visit" from the signals, in their order.
    static QString summarize(const QList<Signal> &signalList);

    friend bool operator==(const LeadCard &, const LeadCard &) = default;
};
