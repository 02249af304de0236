#pragma once

#include "protocol/messages.h"
#include "store/feedstore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class Rules;

// The lead a rep has selected: contact card with the one-click actions, why it is hot, the
// signal history with each signal's value now, the account (buying committee, firmographics)
// and the calls logged so far.
class LeadDetailView final : public QWidget
{
    Q_OBJECT

public:
    explicit LeadDetailView(QWidget *parent = nullptr);

    void showLead(const LeadState &lead, const QList<protocol::Request> &calls, const QString &me,
                  const Rules *rules, qint64 nowMs);
    void clear();
    // Managers: the lead's routing audit under its detail (every decision in order with its
    // time), or why it could not be read; kept while the same lead is shown again.
    void showAudit(const QString &leadId, const QList<FeedStore::AuditRow> &decisions, const QString &error);
    QString leadId() const { return m_leadId; }
    QSize minimumSizeHint() const override;
    QString html() const;

    static QString relativeTime(qint64 thenMs, qint64 nowMs);
    // "by score", "by the pattern “…”" or "by the alert trigger": why a lead has its tier.
    static QString tierReasonText(const QString &tierReason);
    // An account multiplier's id ("multi_contact") in words.
    static QString multiplierLabel(const QString &id);
    // The SLA the server holds an alert to, in words.
    static QString slaText(const LeadState &lead);
    // A call's write-back to the CRM as the detail shows it (HTML): "CRM: waiting", "CRM:
    // logged" linking to the record, "CRM: failed: reason"; empty without a CRM.
    static QString crmCallHtml(const LeadCall::Crm &crm);
    // The lead's "Open in CRM" link (HTML); empty until the CRM record is known.
    static QString crmLeadHtml(const LeadState &lead);

Q_SIGNALS:
    void claimRequested(const QString &leadId);
    void callRequested(const QString &leadId);
    void logCallRequested(const QString &leadId);
    void noteRequested(const QString &leadId);

private:
    QString m_leadId;
    QString m_html;      // the lead's detail
    QString m_auditLead; // the lead m_auditHtml is of
    QString m_auditHtml;
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_claim = nullptr;
    QPushButton *m_call = nullptr;
    QPushButton *m_log = nullptr;
    QPushButton *m_note = nullptr;
    QTextBrowser *m_body = nullptr;
    QWidget *m_empty = nullptr;
    QWidget *m_content = nullptr;
};
