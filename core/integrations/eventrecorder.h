#pragma once

#include "routing/alertdesk.h"

#include <QStringList>

#include <functional>

// Turns the AlertDesk's changes into outbox items, in the transaction that stores them: the
// webhook events (lead.alerted, lead.claimed, lead.escalated, lead.breached, call.logged,
// lead.done, one item per webhook) and, with a CRM, one item per logged call ("call.logged")
// and, when `crmSetsStatus`, one per qualified connect ("lead.qualified": the CRM's lead status).
// `stored` runs after each item is written, to wake the Outbox once the transaction has ended.
class EventRecorder final : public AlertDesk::Recorder
{
public:
    EventRecorder(FeedStore &store, QStringList webhookTargets, QString crmTarget, bool crmSetsStatus,
                  std::function<void()> stored);

    bool leadChanged(const LeadState *before, const LeadState &after, qint64 atMs, QString *error) override;
    bool callLogged(const FeedStore::CallRow &call, const Rep &rep, const LeadState &lead,
                    QString *error) override;
    bool logsCallsToCrm() const override { return !m_crm.isEmpty(); }
    QString crmName() const override { return m_crmName; }
    void setCrmName(const QString &name) { m_crmName = name; }

    // The webhook events one change of a lead makes, in order.
    static QStringList leadEvents(const LeadState *before, const LeadState &after);
    // The lead as webhook events carry it.
    static QJsonObject leadData(const LeadState &lead);
    // A call.logged event's data, and the CRM's item (the same plus what the CRM needs).
    static QJsonObject callData(const QString &callId, const FeedStore::CallRow &call, const Rep &rep,
                                const LeadState &lead);

private:
    bool add(const QString &target, const QString &type, const QString &leadId, const QString &callId,
             const QByteArray &payload, qint64 atMs, QString *error);
    bool addEvent(const QString &type, const QString &leadId, const QString &callId, const QJsonObject &data,
                  qint64 atMs, QString *error);

    FeedStore &m_store;
    QStringList m_webhooks;
    QString m_crm;
    QString m_crmName;
    bool m_crmSetsStatus = false;
    std::function<void()> m_stored;
};
