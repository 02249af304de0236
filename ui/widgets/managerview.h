#pragma once

#include <QWidget>

class AlertQueueModel;
class LedgerModel;
class QLabel;
class ManagerFilterModel;
class QComboBox;
class QPushButton;
class QTimer;
class QTabWidget;
class QTableView;
class SyncsModel;
class RepDesk;
class TeamModel;

// The manager's live view: unclaimed alerts and SLA breaches, oldest first, with how long each
// has waited and where it is in the fallback chain; the team's availability and open load;
// assign or reassign in one action (through the feed, which records who did what).
class ManagerView final : public QWidget
{
    Q_OBJECT

public:
    ManagerView(RepDesk &desk, AlertQueueModel *queue, QWidget *parent = nullptr);

    QTableView *leadsView() const { return m_leads; }
    QTableView *teamView() const { return m_teamView; }
    ManagerFilterModel *leadsModel() const { return m_filter; }
    TeamModel *teamModel() const { return m_team; }
    LedgerModel *ledgerModel() const { return m_ledger; }
    QTableView *ledgerView() const { return m_ledgerView; }
    // Asks the feed for the fairness ledger of the last 30 days (managers; answered later).
    void refreshLedger();
    // The CRM syncs and webhook deliveries that failed or are failing, from the feed's outbox
    // (managers; answered later). Read again when a call's CRM state changes, every minute
    // while the tab shows, and after a retry.
    SyncsModel *syncsModel() const { return m_syncs; }
    QTableView *syncsView() const { return m_syncsView; }
    QTabWidget *bottomTabs() const { return m_bottomTabs; }
    QPushButton *retryButton() const { return m_retry; }
    void refreshSyncs();
    // Queues the selected item again in the feed's outbox.
    void retrySelectedSync();
    void assignSelected();
    // Only managers need this view; for everyone else its proxy stays detached from the queue
    // and costs nothing when leads change.
    void setActive(bool active);

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateAssignEnabled();
    void layoutColumns();
    void refreshReps();
    void updateLoad();
    void syncsChanged();
    void updateRetryEnabled();

    RepDesk &m_desk;
    AlertQueueModel *m_queue = nullptr;
    ManagerFilterModel *m_filter = nullptr;
    TeamModel *m_team = nullptr;
    QTableView *m_leads = nullptr;
    QTableView *m_teamView = nullptr;
    LedgerModel *m_ledger = nullptr;
    QTableView *m_ledgerView = nullptr;
    QLabel *m_ledgerStatus = nullptr;
    QString m_ledgerRequest;
    QTabWidget *m_bottomTabs = nullptr;
    SyncsModel *m_syncs = nullptr;
    QTableView *m_syncsView = nullptr;
    QLabel *m_syncsStatus = nullptr;
    QPushButton *m_retry = nullptr;
    QString m_syncsRequest;
    QString m_retryRequest;
    QTimer *m_syncsLater = nullptr; // a burst of CRM changes reads the list once
    QTimer *m_syncsPoll = nullptr;
    QComboBox *m_assignee = nullptr;
    QPushButton *m_assign = nullptr;
    bool m_selectionLeaving = false;
};
