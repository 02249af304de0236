#include "mainwindow.h"

#include "client/repdesk.h"
#include "clock/clock.h"
#include "models/alertqueuemodel.h"
#include "models/queuefiltermodel.h"
#include "models/tasklistmodel.h"
#include "routing/audittext.h"
#include "rulestext.h"
#include "widgets/calllogdialog.h"
#include "widgets/dashboardview.h"
#include "widgets/elidingstatusbar.h"
#include "widgets/leaddetailview.h"
#include "widgets/managerview.h"
#include "widgets/queuedelegate.h"
#include "widgets/queueview.h"
#include "widgets/scoringview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>

MainWindow::MainWindow(RepDesk &desk, FeedClient &client, Clock &clock, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_desk(desk)
    , m_client(client)
    , m_clock(clock)
    , m_settings(settings)
{
    setWindowTitle(tr("Firstcall"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/firstcall.svg")));
    // The models are fed whole values by the desk's signals.
    m_model = new AlertQueueModel(this);
    m_model->reset(m_desk.leads());
    connect(&m_desk, &RepDesk::leadsReset, m_model, &AlertQueueModel::reset);
    connect(&m_desk, &RepDesk::leadsChanged, m_model, &AlertQueueModel::apply);
    m_proxy = new QueueFilterModel(this);
    m_proxy->setSourceQueue(m_model);
    m_proxy->setMe(m_desk.me());
    m_model->setMe(m_desk.me());
    m_tasks = new TaskListModel(this);
    m_tasks->setTasks(m_desk.tasks());
    connect(&m_desk, &RepDesk::tasksChanged, m_tasks, &TaskListModel::setTasks);
    buildActions();
    buildLayout();

    connect(&m_desk, &RepDesk::identityChanged, this, [this] {
        m_proxy->setMe(m_desk.me());
        m_model->setMe(m_desk.me());
        m_tabs->setTabVisible(1, m_desk.isManager());
        m_tabs->setTabVisible(m_tabs->indexOf(m_scoring), m_desk.isManager());
        m_manager->setActive(m_desk.isManager());
        setWindowTitle(m_desk.me().isEmpty() ? tr("Firstcall") : tr("Firstcall — %1").arg(m_desk.me()));
    });
    connect(&m_desk, &RepDesk::leadsChanged, this, [this](const LeadBatch &batch) {
        if (batch.contains(m_detail->leadId()))
            showCurrent();
    });
    connect(&m_desk, &RepDesk::leadsReset, this, &MainWindow::showCurrent);
    connect(
        &m_desk, &RepDesk::auditReady, this,
        [this](const QString &, const QString &leadId, const QJsonArray &decisions, const QString &error) {
            QList<FeedStore::AuditRow> rows;
            for (const QJsonValue &decision : decisions)
                rows.append(AuditText::rowFromJson(decision.toObject()));
            m_detail->showAudit(leadId, rows, error);
        });
    // Keep a lead selected. A batch from the feed re-sorts the queue in one layout change, leads
    // gone and come included: when the lead the rep was on has gone, the one above its place
    // takes over (as for removed rows); when none was, the top of the queue.
    // A lead that stays keeps its place on screen where the queue can scroll for it.
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
        m_rowBeforeLayout = m_queue->currentIndex().row();
        m_yBeforeLayout = m_rowBeforeLayout >= 0 ? m_queue->rowViewportPosition(m_rowBeforeLayout) : 0;
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_queue->currentIndex().isValid()) {
            if (m_rowBeforeLayout >= 0) {
                QScrollBar *bar = m_queue->verticalScrollBar();
                bar->setValue(bar->value() + m_queue->rowViewportPosition(m_queue->currentIndex().row()) -
                              m_yBeforeLayout);
            }
            return;
        }
        if (m_proxy->rowCount() == 0) {
            showCurrent();
            return;
        }
        const int row = std::clamp(m_rowBeforeLayout - 1, 0, m_proxy->rowCount() - 1);
        m_queue->setCurrentIndex(m_proxy->index(row, AlertQueueModel::NameColumn));
    });
    // A new filter resets the queue: keep the lead the rep was on when it is still shown.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepLead = currentLeadId(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        const int source = m_model->rowOf(m_keepLead);
        const QModelIndex kept =
            source >= 0 ? m_proxy->mapFromSource(m_model->index(source, AlertQueueModel::NameColumn))
                        : QModelIndex();
        if (kept.isValid())
            m_queue->setCurrentIndex(kept);
        else if (m_proxy->rowCount() > 0)
            m_queue->setCurrentIndex(m_proxy->index(0, AlertQueueModel::NameColumn));
        showCurrent(); // a reset moves the current row without a word: nothing shown is none
    });
    connect(&m_desk, &RepDesk::hotLead, this, &MainWindow::handleHotLead);
    connect(&m_desk, &RepDesk::leadTaken, this, [this](const QString &id, const QString &by) {
        Q_UNUSED(id)
        showStatus(tr("%1 took a lead you could see.").arg(by), 8000);
    });
    connect(&m_desk, &RepDesk::actionFinished, this,
            [this](const QString &, bool ok, const QString &message) {
                if (!ok)
                    showStatus(tr("Not done: %1").arg(message), 10'000);
            });
    connect(&m_desk, &RepDesk::pendingChanged, this, [this](int count) {
        m_pending->setText(count > 0 ? tr("%n action(s) waiting to send", nullptr, count) : QString());
        m_pending->setVisible(count > 0);
    });
    connect(&m_client, &FeedClient::stateChanged, this, &MainWindow::updateConnection);
    connect(&m_client, &FeedClient::serverDegradedChanged, this, [this](bool degraded) {
        updateConnection();
        if (!degraded)
            showStatus(tr("The feed server reaches its database again."), 8000);
    });

    m_statusTimer.setSingleShot(true);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::showNextStatus);
    m_ticker = new QTimer(this);
    connect(m_ticker, &QTimer::timeout, this, &MainWindow::tick);
    m_ticker->start(1000);
    tick();
    updateConnection();
    restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray());
    fitOnScreen();
}

QRect MainWindow::fitToScreen(const QRect &frame, const QRect &available)
{
    QRect fitted(frame.topLeft(), QSize(std::min(frame.width(), available.width()),
                                        std::min(frame.height(), available.height())));
    if (fitted.right() > available.right())
        fitted.moveRight(available.right());
    if (fitted.bottom() > available.bottom())
        fitted.moveBottom(available.bottom());
    if (fitted.left() < available.left())
        fitted.moveLeft(available.left());
    if (fitted.top() < available.top())
        fitted.moveTop(available.top());
    return fitted;
}

void MainWindow::fitOnScreen()
{
    // A geometry saved on a larger screen, or the default size on a small or high-DPI one,
    // must not put the status bar or the window's edges out of reach.
    const QScreen *where = screen();
    if (!where || isMaximized() || isFullScreen())
        return;
    const QMargins frame(geometry().left() - frameGeometry().left(), geometry().top() - frameGeometry().top(),
                         frameGeometry().right() - geometry().right(),
                         frameGeometry().bottom() - geometry().bottom());
    const QRect fitted = fitToScreen(geometry() + frame, where->availableGeometry()) - frame;
    if (fitted != geometry())
        setGeometry(fitted);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous())
        fitOnScreen();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto *appMenu = menuBar()->addMenu(tr("&Firstcall"));
    QAction *settings = appMenu->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma)); // Preferences is empty on some desktops
    appMenu->addSeparator();
    QAction *quit = appMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *leadMenu = menuBar()->addMenu(tr("&Lead"));
    m_claim = leadMenu->addAction(tr("&Claim"), this, &MainWindow::claimCurrent);
    m_claim->setShortcut(Qt::Key_F4);
    m_call = leadMenu->addAction(tr("C&all"), this, &MainWindow::callCurrent);
    m_call->setShortcut(Qt::Key_F5);
    m_logCall = leadMenu->addAction(tr("&Log a call…"), this, [this] { logCallForCurrent(false); });
    m_logCall->setShortcut(Qt::Key_F6);
    m_release = leadMenu->addAction(tr("&Release"), this, [this] {
        const auto lead = actionLeadId().isEmpty() ? std::nullopt : m_desk.leadDetail(actionLeadId());
        if (!lead)
            return;
        m_desk.release(lead->id);
        showStatus(tr("Released: %1 is back in the queue for the team.").arg(lead->card.name), 5000);
    });
    m_note = leadMenu->addAction(tr("Add &note…"), this, [this] { addNoteForCurrent(); });
    m_note->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    m_scopes = new QActionGroup(this);
    const QList<QPair<QString, QueueScope>> scopes = {{tr("&Mine"), QueueScope::Mine},
                                                      {tr("&Unclaimed"), QueueScope::Unclaimed},
                                                      {tr("&All I may see"), QueueScope::All},
                                                      {tr("&Worked"), QueueScope::Worked}};
    for (int i = 0; i < scopes.size(); ++i) {
        QAction *action = viewMenu->addAction(scopes.at(i).first);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setData(int(scopes.at(i).second));
        m_scopes->addAction(action);
        if (scopes.at(i).second == QueueScope::All)
            action->setChecked(true);
    }
    connect(m_scopes, &QActionGroup::triggered, this,
            [this](QAction *action) { m_proxy->setScope(QueueScope(action->data().toInt())); });
    viewMenu->addSeparator();
    QAction *find = viewMenu->addAction(tr("&Search"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *focusQueue = viewMenu->addAction(tr("&Queue"), this, [this] { m_queue->setFocus(); });
    focusQueue->setShortcut(QKeySequence(Qt::Key_Escape));
    m_mute = viewMenu->addAction(tr("&Mute alert sound"));
    m_mute->setCheckable(true);
    m_mute->setChecked(m_settings.value(QStringLiteral("notify/mute"), false).toBool());
    m_mute->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_mute, &QAction::toggled, this,
            [this](bool on) { m_settings.setValue(QStringLiteral("notify/mute"), on); });

    auto *statusMenu = menuBar()->addMenu(tr("&Status"));
    m_available = statusMenu->addAction(tr("&Available for new leads"));
    m_available->setCheckable(true);
    m_available->setChecked(m_desk.availability() == Rep::Availability::Available);
    m_available->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_available, &QAction::toggled, this, [this](bool on) {
        m_desk.setAvailability(on ? Rep::Availability::Available : Rep::Availability::Away);
        updateAvailability();
    });

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *keys = helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    helpMenu->addAction(tr("&About Firstcall"), this, [this] {
        QMessageBox::about(
            this, tr("About Firstcall"),
            tr("<b>Firstcall %1</b><br>Hot leads in front of the right rep within seconds, and one "
               "click to call.")
                .arg(QCoreApplication::applicationVersion()));
    });

    auto *toolbar = addToolBar(tr("Actions"));
    toolbar->setObjectName(QStringLiteral("actions"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_call);
    toolbar->addAction(m_claim);
    toolbar->addAction(m_logCall);
    toolbar->addSeparator();
    for (QAction *action : m_scopes->actions())
        toolbar->addAction(action);
    toolbar->addSeparator();
    m_search = new QLineEdit(toolbar);
    m_search->setPlaceholderText(tr("Search name or company (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    // Room for the whole placeholder in any language, and the clear button beside it.
    const int placeholderWidth = m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48;
    m_search->setMinimumWidth(std::min(placeholderWidth, 420));
    m_search->setMaximumWidth(std::max(placeholderWidth, 320));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QueueFilterModel::setSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_queue->setFocus(); });
    toolbar->addWidget(m_search);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addAction(m_available);
}

void MainWindow::buildLayout()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new QLabel(central);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    auto *left = new QSplitter(Qt::Vertical, splitter);
    auto *queueBox = new QWidget(left);
    auto *queueLayout = new QVBoxLayout(queueBox);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->setSpacing(0);
    m_showHeld = new QPushButton(queueBox);
    m_showHeld->setFlat(true);
    m_showHeld->setToolTip(tr("The queue holds still while your pointer or keyboard is in it. Show the "
                              "new leads now."));
    m_showHeld->hide();
    connect(m_showHeld, &QPushButton::clicked, m_proxy, &QueueFilterModel::showHeld);
    connect(m_proxy, &QueueFilterModel::heldCountChanged, this, [this](int count) {
        m_showHeld->setText(tr("%n new — show", nullptr, count));
        m_showHeld->setVisible(count > 0);
    });
    queueLayout->addWidget(m_showHeld);
    m_queue = new QueueView(queueBox);
    queueLayout->addWidget(m_queue);
    m_queue->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_queue, &QueueView::engagedChanged, m_proxy, &QueueFilterModel::setHeld);
    m_queue->setModel(m_proxy);
    m_queue->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_queue, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (QMenu *menu = rowMenu(m_queue->indexAt(at)))
            menu->popup(m_queue->viewport()->mapToGlobal(at));
    });
    m_queue->setItemDelegate(new QueueDelegate(m_queue));
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->setShowGrid(false);
    m_queue->setAlternatingRowColors(true);
    m_queue->setWordWrap(false);
    m_queue->verticalHeader()->hide();
    m_queue->verticalHeader()->setDefaultSectionSize(m_queue->fontMetrics().height() + 14);
    m_queue->horizontalHeader()->setHighlightSections(false);
    m_queue->horizontalHeader()->setSectionsClickable(false);
    m_queue->setColumnHidden(AlertQueueModel::TitleColumn, true);   // shown in the detail
    m_queue->setColumnHidden(AlertQueueModel::WaitingColumn, true); // the manager's view shows it
    // The columns fit the queue's width, never scrolling sideways: the signals take the room
    // left over; on a narrow screen (1024×640) they go first (the detail says why hot), then
    // the owner, then the company. Tier, name and SLA always show; long names are cut with "…"
    // and show whole in their tooltip.
    QFont bold = m_queue->font();
    bold.setBold(true);
    const QFontMetrics metrics = m_queue->fontMetrics();
    const auto textWidth = [&metrics](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + 16;
    };
    const QString tier = AlertQueueModel::tr("Tier %1").arg(3);
    const int tierWidth =
        std::max(QFontMetrics(bold).horizontalAdvance(tier) + 34,
                 textWidth({m_model->headerData(AlertQueueModel::TierColumn, Qt::Horizontal).toString()}));
    // Wide enough for an account's score with its label ("315 acct.") in the rep's language.
    const int scoreWidth = std::max(
        56, textWidth({AlertQueueModel::tr("%1 acct.").arg(888),
                       m_model->headerData(AlertQueueModel::ScoreColumn, Qt::Horizontal).toString()}) +
                4);
    const int slaWidth =
        textWidth({AlertQueueModel::formatCountdown(-3'599'000), AlertQueueModel::tr("SLA breached"),
                   m_model->headerData(AlertQueueModel::SlaColumn, Qt::Horizontal).toString()});
    const int ownerWidth =
        std::max(100, textWidth({AlertQueueModel::tr("unclaimed"), AlertQueueModel::tr("manager queue")}));
    m_queue->setColumnFits({
        {AlertQueueModel::TierColumn, tierWidth, tierWidth, 0, false},
        {AlertQueueModel::NameColumn, 100, 175, 0, true},
        {AlertQueueModel::CompanyColumn, 110, 140, 3, false},
        {AlertQueueModel::ScoreColumn, scoreWidth, scoreWidth, 4, false},
        {AlertQueueModel::SignalsColumn, 120, 160, 1, true},
        {AlertQueueModel::OwnerColumn, ownerWidth, ownerWidth, 2, false},
        {AlertQueueModel::SlaColumn, slaWidth, slaWidth, 0, false},
    });
    m_queue->setAccessibleName(tr("Lead queue"));
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrent);
    // A double-click or Enter calls the lead it was meant for, the one shown, or nothing.
    connect(m_queue, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.data(AlertQueueModel::LeadIdRole).toString() == actionLeadId())
            callCurrent();
    });

    auto *tasksBox = new QWidget(left);
    auto *tasksLayout = new QVBoxLayout(tasksBox);
    tasksLayout->setContentsMargins(6, 6, 6, 6);
    auto *tasksTitle = new QLabel(tr("<b>Follow-ups</b> — double-click to open the lead"), tasksBox);
    tasksLayout->addWidget(tasksTitle);
    m_taskView = new QListView(tasksBox);
    m_taskView->setModel(m_tasks);
    m_taskView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_taskView->setAccessibleName(tr("Follow-up tasks"));
    m_taskView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_taskView->setToolTip(tr("Right-click a follow-up to mark it done, snooze it or reschedule it."));
    connect(m_taskView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (QMenu *menu = taskMenu(m_taskView->indexAt(at)))
            menu->popup(m_taskView->viewport()->mapToGlobal(at));
    });
    connect(m_taskView, &QListView::activated, this, [this](const QModelIndex &index) {
        selectLead(index.data(TaskListModel::LeadIdRole).toString());
    });
    tasksLayout->addWidget(m_taskView);
    left->addWidget(queueBox);
    left->addWidget(tasksBox);
    left->setStretchFactor(0, 4);
    left->setStretchFactor(1, 1);

    m_detail = new LeadDetailView(splitter);
    m_detail->clear();
    connect(m_detail, &LeadDetailView::claimRequested, this, &MainWindow::claimCurrent);
    connect(m_detail, &LeadDetailView::callRequested, this, &MainWindow::callCurrent);
    connect(m_detail, &LeadDetailView::logCallRequested, this, [this] { logCallForCurrent(false); });
    connect(m_detail, &LeadDetailView::noteRequested, this, [this] { addNoteForCurrent(); });
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 480});
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, tr("&Queue"));
    m_manager = new ManagerView(m_desk, m_model, m_tabs);
    m_tabs->addTab(m_manager, tr("&Team"));
    connect(m_manager, &ManagerView::statusMessage, this,
            [this](const QString &text) { showStatus(text, 8000); });
    m_dashboard = new DashboardView(m_desk, m_tabs);
    connect(m_dashboard, &DashboardView::statusMessage, this,
            [this](const QString &text) { showStatus(text, 8000); });
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_scoring = new ScoringView(m_desk, m_tabs);
    m_tabs->addTab(m_scoring, tr("&Scoring"));
    m_tabs->setTabVisible(1, m_desk.isManager());
    m_tabs->setTabVisible(m_tabs->indexOf(m_scoring), m_desk.isManager());
    m_manager->setActive(m_desk.isManager());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_dashboard && m_dashboard->csv().isEmpty())
            m_dashboard->refresh();
    });
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    // A long message ends in "…" before the counts and the connection, and shows whole as a tooltip.
    setStatusBar(new ElidingStatusBar(this));
    m_connection = new QLabel(this);
    m_pending = new QLabel(this);
    m_pending->hide();
    m_counts = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_pending);
    statusBar()->addPermanentWidget(m_connection);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Firstcall"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }
    resize(1280, 760);
    m_queue->setFocus(); // ↑/↓ move through the leads from the start
}

QString MainWindow::currentLeadId() const
{
    return m_queue->currentIndex().data(AlertQueueModel::LeadIdRole).toString();
}

QString MainWindow::actionLeadId() const
{
    return m_detail->leadId();
}

void MainWindow::selectLead(const QString &id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, AlertQueueModel::NameColumn));
    if (!index.isValid()) {
        // Filtered out: show everything the rep may see (or their worked leads, for a worked
        // one), then select it.
        const auto lead = m_desk.leads().constFind(id);
        const QueueScope scope = lead != m_desk.leads().constEnd() && lead->status == LeadState::Status::Done
                                     ? QueueScope::Worked
                                     : QueueScope::All;
        for (QAction *action : m_scopes->actions()) {
            if (action->data().toInt() == int(scope))
                action->trigger();
        }
        m_search->clear();
    }
    const QModelIndex visible =
        m_proxy->mapFromSource(m_model->index(sourceRow, AlertQueueModel::NameColumn));
    m_queue->setCurrentIndex(visible);
    m_queue->scrollTo(visible);
}

void MainWindow::showCurrent()
{
    const QString id = currentLeadId();
    const auto lead = id.isEmpty() ? std::nullopt : m_desk.leadDetail(id);
    if (!lead) {
        m_detail->clear();
        return;
    }
    LeadState shown = *lead;
    shown.notes = m_desk.notes(id);
    m_detail->showLead(shown, m_desk.loggedCalls(id), m_desk.me(), m_desk.rules(), m_clock.nowMs());
    if (m_desk.isManager())
        m_desk.requestAudit(id); // the routing decisions so far, under the detail
}

void MainWindow::addNoteForCurrent(const QString &text)
{
    const QString id = actionLeadId();
    const auto lead = id.isEmpty() ? std::nullopt : m_desk.leadDetail(id);
    if (!lead)
        return;
    QString note = text;
    if (note.isEmpty()) {
        QString label = tr("Your note (only you see it, on any machine):");
        for (;;) {
            bool ok = false;
            note =
                QInputDialog::getMultiLineText(this, tr("Note on %1").arg(lead->card.name), label, note, &ok);
            if (!ok)
                return;
            if (note.trimmed().size() <= protocol::kMaxNoteText)
                break;
            // Asked again with the text kept: nothing typed is lost.
            label = tr("This note has %L1 characters; a note holds at most %L2. Please shorten it:")
                        .arg(note.trimmed().size())
                        .arg(protocol::kMaxNoteText);
        }
    } else if (note.trimmed().size() > protocol::kMaxNoteText) {
        showStatus(tr("Note not saved: it has %L1 characters; a note holds at most %L2.")
                       .arg(note.trimmed().size())
                       .arg(protocol::kMaxNoteText),
                   10'000);
        return;
    }
    if (m_desk.addNote(id, note).isEmpty())
        return;
    showStatus(tr("Note saved."), 5000);
    showCurrent();
}

void MainWindow::claimCurrent()
{
    const QString id = actionLeadId();
    if (id.isEmpty())
        return;
    m_desk.claim(id);
    showStatus(tr("Claimed."), 3000);
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    // A message stays at least kStatusReadMs: a newer one waits its turn instead of replacing it.
    const qint64 shownFor = m_statusShown.isValid() ? m_statusShown.elapsed() : kStatusReadMs;
    if (shownFor >= kStatusReadMs && m_statusWaiting.isEmpty()) {
        statusBar()->showMessage(text, timeoutMs);
        m_statusShown.start();
        return;
    }
    m_statusWaiting.append({text, timeoutMs});
    if (!m_statusTimer.isActive())
        m_statusTimer.start(int(std::max<qint64>(0, kStatusReadMs - shownFor)));
}

void MainWindow::showNextStatus()
{
    if (m_statusWaiting.isEmpty())
        return;
    const auto [text, timeoutMs] = m_statusWaiting.takeFirst();
    statusBar()->showMessage(text, timeoutMs);
    m_statusShown.start();
    if (!m_statusWaiting.isEmpty())
        m_statusTimer.start(kStatusReadMs);
}

void MainWindow::callCurrent()
{
    logCallForCurrent(true);
}

void MainWindow::logCallForCurrent(bool dial)
{
    const QString id = actionLeadId();
    const auto lead = id.isEmpty() ? std::nullopt : m_desk.leadDetail(id);
    if (!lead)
        return;
    bool claimedByDial = false;
    bool dialFailed = false;
    if (dial) {
        const QUrl tel = m_desk.dial(id);
        if (tel.isEmpty()) {
            showStatus(tr("No phone number for this lead."), 5000);
            return;
        }
        dialFailed = !QDesktopServices::openUrl(tel);
        // Calling claims, so that colleagues see the lead taken while the rep is on the phone;
        // only a call that started does.
        if (!dialFailed && lead->claimedBy.isEmpty()) {
            m_desk.claim(id);
            claimedByDial = true;
        }
    }
    auto *dialog = new CallLogDialog(*lead, m_clock.nowMs(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setVoicemailScript(voicemailFor(*lead, m_desk.me()));
    if (dialFailed)
        dialog->setDialFailed(lead->isAccount() && lead->card.contactToCall()
                                  ? lead->card.contactToCall()->phone
                                  : lead->card.phone);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_desk.logCall(dialog->callLog());
        showStatus(tr("Call logged: %1.").arg(CallLogDialog::dispositionLabel(dialog->callLog().disposition)),
                   5000);
        showCurrent();
    });
    connect(dialog, &QDialog::rejected, this, [this, id, claimedByDial] {
        // No call logged: the claim the dial made is given back.
        if (claimedByDial) {
            m_desk.release(id);
            showStatus(tr("No call logged: the lead is unclaimed again."), 5000);
        }
    });
    dialog->open();
    Q_EMIT callLogOpened(dialog);
}

void MainWindow::handleHotLead(const QString &id)
{
    const auto it = m_desk.leads().constFind(id);
    if (it == m_desk.leads().constEnd())
        return;
    const QString title =
        it->tier > 0 ? tr("Tier %1 lead: %2").arg(it->tier).arg(it->name) : tr("Hot lead: %1").arg(it->name);
    // An account's company is the account itself: named once, in the title.
    const QString body = it->company.isEmpty() || it->isAccount()
                             ? RulesText::summary(it->summary)
                             : tr("%1 — %2").arg(it->company, RulesText::summary(it->summary));
    if (m_tray && m_settings.value(QStringLiteral("notify/tray"), true).toBool())
        m_tray->showMessage(title, body, QSystemTrayIcon::Information, 8000);
    if (!m_mute->isChecked() && m_settings.value(QStringLiteral("notify/sound"), true).toBool())
        QApplication::beep();
    // Flash the taskbar entry; raise only when the rep asked for it. Never steal typing.
    QApplication::alert(this, 0);
    if (m_settings.value(QStringLiteral("notify/raise"), false).toBool() && !isActiveWindow()) {
        showNormal();
        raise();
    }
    showStatus(title + QStringLiteral(" — ") + body, 10'000);
}

void MainWindow::tick()
{
    const qint64 now = m_clock.nowMs();
    m_model->setNow(now);
    m_tasks->setNow(now);
    m_queue->viewport()->update();
    m_manager->leadsView()->viewport()->update();
    updateConnection();
    const int visible = m_proxy->rowCount();
    const int due = m_tasks->dueCount();
    m_counts->setText(due > 0 ? tr("%n lead(s)", nullptr, visible) + QStringLiteral(" · ") +
                                    tr("%n follow-up(s) due", nullptr, due)
                              : tr("%n lead(s)", nullptr, visible));
}

QString MainWindow::connectionText() const
{
    const QString since =
        m_client.disconnectedSinceMs() > 0
            ? QDateTime::fromMSecsSinceEpoch(m_client.disconnectedSinceMs()).toString(QStringLiteral("HH:mm"))
            : QString();
    switch (m_client.state()) {
    case FeedClient::State::Connected:
        return m_client.serverDegraded() ? tr("Connected — database unreachable") : tr("Connected");
    case FeedClient::State::Connecting:
        return since.isEmpty() ? tr("Connecting…") : tr("Offline since %1 — connecting…").arg(since);
    case FeedClient::State::Waiting: {
        const qint64 seconds =
            std::max<qint64>(0, (m_client.nextAttemptAtMs() - m_clock.nowMs() + 999) / 1000);
        return tr("Offline since %1 — reconnecting in %n s", nullptr, int(seconds)).arg(since);
    }
    case FeedClient::State::Refused:
        return tr("Refused by the feed: %1").arg(m_client.refusal());
    case FeedClient::State::Idle:
        break;
    }
    return tr("Offline");
}

void MainWindow::updateConnection()
{
    const bool connected = m_client.state() == FeedClient::State::Connected;
    const bool degraded = connected && m_client.serverDegraded();
    const QString text = connectionText();
    m_connection->setText(QStringLiteral("<b style=\"color:%1\">●</b> %2")
                              .arg(degraded    ? QStringLiteral("#b54708")
                                   : connected ? QStringLiteral("#1a7f37")
                                               : QStringLiteral("#d92d20"),
                                   text));
    if (connected && !degraded) {
        m_banner->hide();
        return;
    }
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    palette.setColor(QPalette::WindowText, QColor(0x4d, 0x3a, 0x00));
    m_banner->setPalette(palette);
    m_banner->show();
    if (degraded) {
        m_banner->setText(tr("The feed server cannot reach its database: new alerts may be late. Your claims "
                             "and calls are saved and will be sent when it is back."));
        return;
    }
    if (m_client.state() == FeedClient::State::Refused) {
        // Not a network blip: nothing gets better by waiting.
        m_banner->setText(
            tr("The feed refused your access token: \"%1\". Enter a new token in "
               "Firstcall → Settings (%2); until then you work offline.")
                .arg(m_client.refusal(),
                     QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText)));
        return;
    }
    m_banner->setText(
        tr("%1. Scores keep decaying and SLA clocks keep running; your claims and calls are saved "
           "and will be sent when the feed is back.")
            .arg(text));
}

void MainWindow::updateAvailability()
{
    m_available->setText(m_available->isChecked() ? tr("&Available for new leads")
                                                  : tr("&Away (no new leads)"));
}

QMenu *MainWindow::taskMenu(const QModelIndex &index)
{
    if (!index.isValid())
        return nullptr;
    m_taskView->setCurrentIndex(index);
    const QString leadId = index.data(TaskListModel::LeadIdRole).toString();
    const int taskId = index.data(TaskListModel::TaskIdRole).toInt();
    const qint64 due = index.data(TaskListModel::DueAtRole).toLongLong();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Done"), this, [this, leadId, taskId] {
        if (!m_desk.completeTask(leadId, taskId).isEmpty())
            showStatus(tr("Follow-up done."), 6000);
    });
    menu->addAction(tr("&Snooze to the next business day"), this, [this, leadId, taskId] {
        if (!m_desk.snoozeTask(leadId, taskId).isEmpty())
            showStatus(tr("Follow-up snoozed to the next business day."), 6000);
    });
    menu->addAction(tr("&Reschedule…"), this, [this, leadId, taskId, due] {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Reschedule the follow-up"));
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLabel(tr("Due on (a Saturday or Sunday moves to the Monday):"), &dialog));
        auto *when =
            new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(std::max(due, m_clock.nowMs())), &dialog);
        when->setCalendarPopup(true);
        when->setDisplayFormat(QStringLiteral("ddd d MMM yyyy HH:mm"));
        layout->addWidget(when);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        if (dialog.exec() == QDialog::Accepted &&
            !m_desk.rescheduleTask(leadId, taskId, when->dateTime().toMSecsSinceEpoch()).isEmpty())
            showStatus(tr("Follow-up rescheduled."), 6000);
    });
    menu->addSeparator();
    menu->addAction(tr("&Open the lead"), this, [this, leadId] { selectLead(leadId); });
    return menu;
}

QMenu *MainWindow::rowMenu(const QModelIndex &index)
{
    if (!index.isValid())
        return nullptr;
    m_queue->setCurrentIndex(index.siblingAtColumn(AlertQueueModel::NameColumn));
    const QString id = currentLeadId();
    const auto lead = m_desk.leadDetail(id);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_call);
    menu->addAction(m_claim);
    menu->addAction(m_logCall);
    menu->addAction(m_release);
    menu->addAction(m_note);
    menu->addSeparator();
    QAction *email = menu->addAction(tr("&Email…"), this, [this, id] {
        if (const auto now = m_desk.leadDetail(id)) // as it is when the rep picks the entry
            QDesktopServices::openUrl(mailtoFor(*now, m_desk.me()));
    });
    email->setEnabled(lead && !lead->card.email.isEmpty());
    return menu;
}

namespace {

// Where the lead is in its band's cadence: the first open follow-up, if any.
const LeadTask *nextStep(const LeadState &lead)
{
    for (const LeadTask &t : lead.tasks) {
        if (!t.done)
            return &t;
    }
    return nullptr;
}

// Whom a message is for: a contact, or an account's contact to call.
QString firstName(const LeadState &lead)
{
    const LeadCard::EngagedContact *callee = lead.isAccount() ? lead.card.contactToCall() : nullptr;
    const QString name = callee ? callee->name : lead.card.name;
    const QString first = name.section(u' ', 0, 0);
    return first.isEmpty() ? name : first;
}

// The lead's signals mid-sentence ("your interest (demo request)"): lowercased, unless the
// language in use capitalizes its nouns (German), as its translation says.
QString interestText(const QString &summary)
{
    const QString text = RulesText::summary(summary);
    //: Mid-sentence, signal names are lowercased ("lowercase") or kept as they are ("keep", for a
    //: language that capitalizes nouns). Translate with one of the two words, untranslated.
    if (MainWindow::tr("lowercase") == u"keep")
        return text;
    // A capitalized word loses its capital; an acronym ("ROI") keeps it.
    QStringList words = text.split(u' ');
    for (QString &word : words) {
        if (word.size() > 1 && word.at(0).isUpper() && word.mid(1) == word.mid(1).toLower())
            word[0] = word.at(0).toLower();
    }
    return words.join(u' ');
}

} // namespace

QString MainWindow::voicemailFor(const LeadState &lead, const QString &me)
{
    const LeadCard &card = lead.card;
    const QString company = card.company.isEmpty() ? tr("your team") : card.company;
    const LeadTask *step = nextStep(lead);
    if (step && step->of > 1 && step->step >= step->of)
        return tr("Hi %1, it's %2 one last time. I don't want to keep chasing you: whenever %3 is ready to "
                  "talk, just reply to my email and we'll find a time.")
            .arg(firstName(lead), me, company);
    if (step && step->step > 1)
        return tr("Hi %1, %2 again, following up on my message about what %3 is looking at. I'll send you a "
                  "short email with two times that could work; pick one or suggest another.")
            .arg(firstName(lead), me, company);
    const QString interest = card.summary.isEmpty() ? tr("our product") : interestText(card.summary);
    return tr("Hi %1, this is %2. I saw your interest (%3) and would love to hear what %4 wants to solve. "
              "I'll follow up by email; talk soon.")
        .arg(firstName(lead), me, interest, company);
}

QUrl MainWindow::mailtoFor(const LeadState &lead, const QString &me)
{
    const LeadCard &card = lead.card;
    const QString company = card.company.isEmpty() ? tr("your team") : card.company;
    const LeadTask *step = nextStep(lead);
    QString body = tr("Hi %1,").arg(firstName(lead)) + QStringLiteral("\n\n");
    if (step && step->of > 1 && step->step >= step->of) {
        body += tr("I have tried to reach you a few times, so this is my last note for now. If %1 wants to "
                   "look at this later, just reply and I'll set up a time.")
                    .arg(company);
    } else if (step && step->step > 1) {
        body +=
            tr("I called earlier and left you a message. Would 15 minutes this week work to talk about what "
               "%1 needs?")
                .arg(company);
    } else {
        body += card.summary.isEmpty()
                    ? tr("Thank you for your interest.")
                    : tr("Thank you for your interest (%1).").arg(interestText(card.summary));
        body += u' ' + tr("Would you have 15 minutes this week to talk about what %1 needs?").arg(company);
    }
    body += QStringLiteral("\n\n") + tr("Best regards,") + u'\n' + me;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), card.company.isEmpty()
                                                      ? tr("Following up")
                                                      : tr("Following up — %1").arg(card.company));
    query.addQueryItem(QStringLiteral("body"), body);
    QUrl url(QStringLiteral("mailto:") + card.email);
    url.setQuery(query);
    return url;
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(
        this, tr("Keyboard shortcuts"),
        tr("<table>"
           "<tr><td><b>↑ ↓</b></td><td>Move through the queue</td></tr>"
           "<tr><td><b>F4</b></td><td>Claim the selected lead</td></tr>"
           "<tr><td><b>F5</b> or <b>Enter</b></td><td>Call the selected lead (opens the call log)</td></tr>"
           "<tr><td><b>F6</b></td><td>Log a call made elsewhere</td></tr>"
           "<tr><td><b>Ctrl+N</b></td><td>Add a note to the lead without a call</td></tr>"
           "<tr><td><b>1</b>–<b>6</b></td><td>In the call log: connected, voicemail, no answer, wrong "
           "number, "
           "meeting booked, not interested</td></tr>"
           "<tr><td><b>Ctrl+1/2/3/4</b></td><td>Show mine / unclaimed / all I may see / my worked "
           "leads</td></tr>"
           "<tr><td><b>Ctrl+F</b></td><td>Search by name or company</td></tr>"
           "<tr><td><b>Esc</b></td><td>Back to the queue</td></tr>"
           "<tr><td><b>Ctrl+Shift+A</b></td><td>Toggle available / away</td></tr>"
           "<tr><td><b>Ctrl+M</b></td><td>Mute the alert sound</td></tr>"
           "<tr><td><b>Ctrl+Q</b></td><td>Quit</td></tr>"
           "</table>"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}
