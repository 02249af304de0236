#pragma once

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>
#include <QUrl>

class AlertQueueModel;
class QMenu;
class QModelIndex;
struct LeadState;
class Clock;
class DashboardView;
class ManagerView;
class ScoringView;
class QTabWidget;
class FeedClient;
class LeadDetailView;
class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QListView;
class QSettings;
class QSystemTrayIcon;
class QTableView;
class QTimer;
class QueueFilterModel;
class QPushButton;
class QueueView;
class RepDesk;
class TaskListModel;

// The rep's console: the prioritized queue with its filters and search, the selected lead's
// detail, follow-up tasks, the connection banner, and every action on a shortcut. It shows
// the desk's state and forwards intent; decisions are the desk's.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(RepDesk &desk, FeedClient &client, Clock &clock, QSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    QueueView *queueView() const { return m_queue; }
    LeadDetailView *detailView() const { return m_detail; }
    QueueFilterModel *queueProxy() const { return m_proxy; }
    AlertQueueModel *queueModel() const { return m_model; }
    QString currentLeadId() const;
    // The lead every action applies to: the one the detail shows, whatever the queue did since.
    QString actionLeadId() const;
    void selectLead(const QString &id);
    QString connectionText() const;
    QTabWidget *tabs() const { return m_tabs; }
    ManagerView *managerView() const { return m_manager; }
    DashboardView *dashboardView() const { return m_dashboard; }
    ScoringView *scoringView() const { return m_scoring; }

    void claimCurrent();
    void callCurrent();
    void logCallForCurrent(bool dial);
    // A note on the lead the detail shows, outside a call; asks for the text without one.
    void addNoteForCurrent(const QString &text = {});
    // A message in the status bar that no other replaces within kStatusReadMs.
    void showStatus(const QString &text, int timeoutMs);
    static constexpr int kStatusReadMs = 1500;
    // The window's frame moved and shrunk, where needed, to lie within the screen's free area.
    static QRect fitToScreen(const QRect &frame, const QRect &available);
    // The right-click menu of a queue row: it selects the row first, so that its actions act on
    // the lead the detail shows.
    QMenu *rowMenu(const QModelIndex &index);
    // The right-click menu of a follow-up task: done, snooze one business day, reschedule.
    QMenu *taskMenu(const QModelIndex &index);
    QListView *taskView() const { return m_taskView; }
    // A first email to the lead in the rep's mail program, with the lead's context filled in.
    // The wording follows the band's cadence: a first touch, a follow-up, or the last step.
    static QUrl mailtoFor(const LeadState &lead, const QString &me);
    // What to say when the lead's voicemail picks up, by the same cadence step.
    static QString voicemailFor(const LeadState &lead, const QString &me);

Q_SIGNALS:
    void callLogOpened(class CallLogDialog *dialog);
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildActions();
    void fitOnScreen();
    void buildLayout();
    void tick();
    void updateConnection();
    void updateAvailability();
    void showCurrent();
    void handleHotLead(const QString &id);
    void showShortcuts();
    void showNextStatus();

    RepDesk &m_desk;
    FeedClient &m_client;
    Clock &m_clock;
    QSettings &m_settings;
    AlertQueueModel *m_model = nullptr;
    QueueFilterModel *m_proxy = nullptr;
    TaskListModel *m_tasks = nullptr;
    QueueView *m_queue = nullptr;
    QPushButton *m_showHeld = nullptr;
    QListView *m_taskView = nullptr;
    LeadDetailView *m_detail = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_counts = nullptr;
    QAction *m_claim = nullptr;
    QAction *m_call = nullptr;
    QAction *m_logCall = nullptr;
    QAction *m_release = nullptr;
    QAction *m_note = nullptr;
    QAction *m_available = nullptr;
    QAction *m_mute = nullptr;
    QActionGroup *m_scopes = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_ticker = nullptr;
    QTabWidget *m_tabs = nullptr;
    ManagerView *m_manager = nullptr;
    DashboardView *m_dashboard = nullptr;
    ScoringView *m_scoring = nullptr;
    QString m_keepLead;
    int m_rowBeforeLayout = -1;
    QElapsedTimer m_statusShown;
    QTimer m_statusTimer;
    QList<QPair<QString, int>> m_statusWaiting;
    int m_yBeforeLayout = 0; // where the selected row was in the viewport
};
