#include "managerview.h"

#include "client/repdesk.h"
#include "models/alertqueuemodel.h"
#include "models/ledgermodel.h"
#include "models/managerfiltermodel.h"
#include "models/syncsmodel.h"
#include "models/teammodel.h"
#include "queuedelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

ManagerView::ManagerView(RepDesk &desk, AlertQueueModel *queue, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_queue(queue)
{
    m_filter = new ManagerFilterModel(this);
    m_filter->setSourceQueue(queue);
    m_team = new TeamModel(this);
    m_team->setTeam(m_desk.team());
    connect(&m_desk, &RepDesk::teamChanged, m_team, [this](const QList<protocol::TeamMember> &team) {
        m_team->setTeam(team);
        updateLoad();
    });
    connect(&m_desk, &RepDesk::leadsChanged, this, &ManagerView::updateLoad);
    connect(&m_desk, &RepDesk::leadsReset, this, &ManagerView::updateLoad);
    updateLoad();

    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Unclaimed and breached</b> — oldest first"), left));
    m_leads = new QTableView(left);
    m_leads->setModel(m_filter);
    m_leads->setItemDelegate(new QueueDelegate(m_leads));
    m_leads->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_leads->setSelectionMode(QAbstractItemView::SingleSelection);
    m_leads->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leads->setShowGrid(false);
    m_leads->setAlternatingRowColors(true);
    m_leads->setWordWrap(false);
    m_leads->verticalHeader()->hide();
    m_leads->verticalHeader()->setDefaultSectionSize(m_leads->fontMetrics().height() + 14);
    layoutColumns();
    m_leads->setAccessibleName(tr("Unclaimed and breached alerts"));
    leftLayout->addWidget(m_leads);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>Team</b>"), right));
    m_teamView = new QTableView(right);
    m_teamView->setModel(m_team);
    m_teamView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_teamView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_teamView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_teamView->verticalHeader()->hide();
    m_teamView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_teamView->horizontalHeader()->setStretchLastSection(true);
    m_teamView->setAccessibleName(tr("Team"));
    rightLayout->addWidget(m_teamView);

    // The fairness ledger, across the tab below: who was offered what, who claimed, who was
    // passed over and why.
    auto *vertical = new QSplitter(Qt::Vertical, this);
    m_bottomTabs = new QTabWidget(vertical);
    m_bottomTabs->setDocumentMode(true);
    auto *bottom = new QWidget(m_bottomTabs);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *ledgerHeader = new QHBoxLayout;
    ledgerHeader->addWidget(new QLabel(tr("<b>Fairness</b> — last 30 days"), bottom));
    m_ledgerStatus = new QLabel(bottom);
    m_ledgerStatus->setEnabled(false);
    ledgerHeader->addWidget(m_ledgerStatus, 1);
    auto *refreshLedgerButton = new QPushButton(tr("Refresh"), bottom);
    refreshLedgerButton->setToolTip(tr("Read the fairness ledger from the feed again"));
    ledgerHeader->addWidget(refreshLedgerButton);
    bottomLayout->addLayout(ledgerHeader);
    m_ledger = new LedgerModel(this);
    auto *ledgerSort = new QSortFilterProxyModel(this);
    ledgerSort->setSourceModel(m_ledger);
    ledgerSort->setSortRole(LedgerModel::SortRole);
    m_ledgerView = new QTableView(bottom);
    m_ledgerView->setModel(ledgerSort);
    m_ledgerView->setSortingEnabled(true);
    m_ledgerView->sortByColumn(LedgerModel::RepColumn, Qt::AscendingOrder);
    m_ledgerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ledgerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ledgerView->setWordWrap(false);
    m_ledgerView->verticalHeader()->hide();
    m_ledgerView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ledgerView->horizontalHeader()->setStretchLastSection(true);
    m_ledgerView->verticalHeader()->setDefaultSectionSize(m_ledgerView->fontMetrics().height() + 10);
    m_ledgerView->setAccessibleName(tr("Fairness ledger"));
    bottomLayout->addWidget(m_ledgerView, 1);
    connect(refreshLedgerButton, &QPushButton::clicked, this, &ManagerView::refreshLedger);
    connect(&m_desk, &RepDesk::ledgerReady, this,
            [this](const QString &requestId, const QList<protocol::LedgerRow> &reps, const QString &error) {
                if (requestId != m_ledgerRequest)
                    return;
                m_ledgerRequest.clear();
                if (!error.isEmpty()) {
                    m_ledgerStatus->setText(tr("Could not read the ledger: %1").arg(error));
                    return;
                }
                m_ledger->setLedger(reps);
                m_ledgerStatus->setText(reps.isEmpty() ? tr("No routing decisions in the period.")
                                                       : QString());
            });
    m_bottomTabs->addTab(bottom, tr("Fairness"));

    // The CRM syncs and webhook deliveries in trouble, beside the ledger: what the CRM refused
    // and why, to fix at the source and queue again.
    auto *syncsPane = new QWidget(m_bottomTabs);
    auto *syncsLayout = new QVBoxLayout(syncsPane);
    syncsLayout->setContentsMargins(0, 0, 0, 0);
    auto *syncsHeader = new QHBoxLayout;
    syncsHeader->addWidget(
        new QLabel(tr("<b>CRM syncs and webhooks</b> that failed or are being retried"), syncsPane));
    m_syncsStatus = new QLabel(syncsPane);
    m_syncsStatus->setEnabled(false);
    syncsHeader->addWidget(m_syncsStatus, 1);
    m_retry = new QPushButton(tr("Re&try"), syncsPane);
    m_retry->setToolTip(tr("Queue the selected item again: the feed sends it now, up to three more tries"));
    syncsHeader->addWidget(m_retry);
    auto *refreshSyncsButton = new QPushButton(tr("Refresh"), syncsPane);
    refreshSyncsButton->setToolTip(tr("Read the failed syncs from the feed again"));
    syncsHeader->addWidget(refreshSyncsButton);
    syncsLayout->addLayout(syncsHeader);
    m_syncs = new SyncsModel(this);
    auto *syncsSort = new QSortFilterProxyModel(this);
    syncsSort->setSourceModel(m_syncs);
    syncsSort->setSortRole(SyncsModel::SortRole);
    m_syncsView = new QTableView(syncsPane);
    m_syncsView->setModel(syncsSort);
    m_syncsView->setSortingEnabled(true);
    m_syncsView->sortByColumn(SyncsModel::LastTryColumn, Qt::DescendingOrder);
    m_syncsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_syncsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_syncsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_syncsView->setWordWrap(false);
    m_syncsView->verticalHeader()->hide();
    m_syncsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_syncsView->horizontalHeader()->setSectionResizeMode(SyncsModel::ReasonColumn, QHeaderView::Stretch);
    m_syncsView->verticalHeader()->setDefaultSectionSize(m_syncsView->fontMetrics().height() + 10);
    m_syncsView->setAccessibleName(tr("Failed CRM syncs"));
    syncsLayout->addWidget(m_syncsView, 1);
    m_bottomTabs->addTab(syncsPane, tr("Failed syncs"));
    m_syncsLater = new QTimer(this);
    m_syncsLater->setSingleShot(true);
    m_syncsLater->setInterval(500);
    m_syncsPoll = new QTimer(this);
    m_syncsPoll->setInterval(60'000); // webhook failures do not travel with the leads
    connect(m_syncsLater, &QTimer::timeout, this, &ManagerView::refreshSyncs);
    connect(m_syncsPoll, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshSyncs();
    });
    connect(&m_desk, &RepDesk::crmStatesChanged, m_syncsLater, qOverload<>(&QTimer::start));
    // (Re)connected: read it again if it shows.
    connect(&m_desk, &RepDesk::leadsReset, this, [this] {
        if (isVisible())
            m_syncsLater->start();
    });
    connect(refreshSyncsButton, &QPushButton::clicked, this, &ManagerView::refreshSyncs);
    connect(m_retry, &QPushButton::clicked, this, &ManagerView::retrySelectedSync);
    connect(m_syncsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ManagerView::updateRetryEnabled);
    connect(m_syncs, &QAbstractItemModel::modelReset, this, &ManagerView::syncsChanged);
    connect(&m_desk, &RepDesk::syncsReady, this,
            [this](const QString &requestId, const QList<protocol::SyncItem> &items, const QString &error) {
                if (requestId != m_syncsRequest)
                    return;
                m_syncsRequest.clear();
                if (!error.isEmpty()) {
                    m_syncsStatus->setText(tr("Could not read the failed syncs: %1").arg(error));
                    return;
                }
                // The selection stays on the same item when it is still there.
                const QString selected = m_syncsView->currentIndex().data(SyncsModel::IdRole).toString();
                m_syncs->setItems(items);
                for (int row = 0; row < m_syncsView->model()->rowCount(); ++row) {
                    const QModelIndex index = m_syncsView->model()->index(row, 0);
                    if (!selected.isEmpty() && index.data(SyncsModel::IdRole).toString() == selected)
                        m_syncsView->selectionModel()->setCurrentIndex(
                            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                }
                updateRetryEnabled();
                m_syncsStatus->setText(items.isEmpty() ? tr("Every sync went through.") : QString());
            });
    connect(&m_desk, &RepDesk::syncRetried, this, [this](const QString &requestId, const QString &error) {
        if (requestId != m_retryRequest)
            return;
        m_retryRequest.clear();
        if (!error.isEmpty()) {
            m_syncsStatus->setText(tr("Could not queue it again: %1").arg(error));
            return;
        }
        Q_EMIT statusMessage(tr("Queued again: the feed sends it now."));
        refreshSyncs();
    });
    updateRetryEnabled();
    syncsChanged();

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    vertical->addWidget(splitter);
    vertical->addWidget(m_bottomTabs);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical, 1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Assign the selected lead to:"), this));
    m_assignee = new QComboBox(this);
    m_assignee->setMinimumContentsLength(14);
    actions->addWidget(m_assignee);
    m_assign = new QPushButton(tr("&Assign"), this);
    m_assign->setToolTip(tr("Give the lead to this rep now; the feed records who reassigned it and when."));
    actions->addWidget(m_assign);
    actions->addStretch();
    layout->addLayout(actions);

    connect(m_assign, &QPushButton::clicked, this, &ManagerView::assignSelected);
    // A lead that leaves the list (assigned, claimed) takes the selection with it: the next
    // lead is never selected by itself, so a second Assign cannot hand it out by mistake.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const int row = m_leads->currentIndex().row();
                m_selectionLeaving = row >= first && row <= last;
            });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (std::exchange(m_selectionLeaving, false)) {
            m_leads->selectionModel()->clear();
            updateAssignEnabled();
        }
    });
    connect(m_leads->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ManagerView::updateAssignEnabled);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ManagerView::updateAssignEnabled);
    updateAssignEnabled();
    connect(m_teamView, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_assignee->setCurrentIndex(m_assignee->findData(index.data(TeamModel::NameRole)));
    });
    connect(&m_desk, &RepDesk::teamChanged, this, &ManagerView::refreshReps);
    refreshReps();
}

void ManagerView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_desk.isManager() && m_ledgerRequest.isEmpty())
        refreshLedger();
    if (m_desk.isManager()) {
        if (m_syncsRequest.isEmpty())
            refreshSyncs();
        m_syncsPoll->start();
    }
}

void ManagerView::refreshSyncs()
{
    if (!m_desk.isManager())
        return;
    m_syncsRequest = m_desk.requestSyncs();
    if (m_syncsRequest.isEmpty())
        m_syncsStatus->setText(tr("Offline: the failed syncs need the feed."));
}

void ManagerView::retrySelectedSync()
{
    const QString id = m_syncsView->currentIndex().data(SyncsModel::IdRole).toString();
    if (id.isEmpty())
        return;
    m_retryRequest = m_desk.retrySync(id);
    m_syncsStatus->setText(m_retryRequest.isEmpty() ? tr("Offline: a retry needs the feed.")
                                                    : tr("Queuing it again…"));
}

void ManagerView::updateRetryEnabled()
{
    m_retry->setEnabled(m_syncsView->currentIndex().isValid());
}

void ManagerView::syncsChanged()
{
    // The tab says how many there are, in the warning colour while any failed for good.
    const int index = m_bottomTabs->indexOf(m_syncsView->parentWidget());
    const int rows = m_syncs->rowCount();
    m_bottomTabs->setTabText(index, rows == 0 ? tr("Failed syncs") : tr("Failed syncs (%1)").arg(rows));
    m_bottomTabs->tabBar()->setTabTextColor(index, m_syncs->failedCount() > 0
                                                       ? QColor(0xd9, 0x2d, 0x20)
                                                       : m_bottomTabs->palette().color(QPalette::WindowText));
}

void ManagerView::refreshLedger()
{
    m_ledgerRequest = m_desk.requestLedger(QString(), QString());
    m_ledgerStatus->setText(m_ledgerRequest.isEmpty() ? tr("Offline: the ledger needs the feed.")
                                                      : tr("Reading…"));
}

void ManagerView::updateLoad()
{
    // Only a manager's console holds everyone's leads; counting them costs a pass over the queue.
    if (m_desk.isManager() && m_team->rowCount() > 0)
        m_team->setLoad(claimedLoad(m_desk.leads()));
}

void ManagerView::layoutColumns()
{
    // Called again whenever the queue is attached: a model with no columns forgets all of this.
    QHeaderView *header = m_leads->horizontalHeader();
    if (header->count() == 0)
        return;
    for (int column : {int(AlertQueueModel::TitleColumn), int(AlertQueueModel::ScoreColumn),
                       int(AlertQueueModel::SignalsColumn)})
        m_leads->setColumnHidden(column, true);
    // The name takes what is left once the SLA and the wait, which must always show, have
    // their room; the company and the fallback owner give way first.
    const QFontMetrics metrics = m_leads->fontMetrics();
    const auto fit = [&](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + 24;
    };
    header->setMinimumSectionSize(40);
    // Who, then how long it has waited and its SLA, then where it is and the company: what must
    // always show comes first, and the company takes what is left.
    header->moveSection(header->visualIndex(AlertQueueModel::WaitingColumn), 2);
    header->moveSection(header->visualIndex(AlertQueueModel::SlaColumn), 3);
    header->moveSection(header->visualIndex(AlertQueueModel::OwnerColumn), 4);
    header->setSectionResizeMode(AlertQueueModel::NameColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_leads->setColumnWidth(AlertQueueModel::TierColumn, 72);
    // The company, last, fills what is left and is cut with "…" rather than scrolled to.
    m_leads->setColumnWidth(AlertQueueModel::CompanyColumn, 80);
    m_leads->setColumnWidth(AlertQueueModel::OwnerColumn,
                            fit({AlertQueueModel::tr("unclaimed → %1").arg(QStringLiteral("Priya")),
                                 AlertQueueModel::tr("manager queue")}));
    m_leads->setColumnWidth(
        AlertQueueModel::SlaColumn,
        fit({AlertQueueModel::tr("SLA breached"),
             AlertQueueModel::formatCountdown(-(9 * 3600 + 59 * 60) * 1000LL),
             m_queue->headerData(AlertQueueModel::SlaColumn, Qt::Horizontal).toString()}));
    m_leads->setColumnWidth(
        AlertQueueModel::WaitingColumn,
        fit({AlertQueueModel::formatCountdown((99 * 3600 + 59 * 60) * 1000LL),
             m_queue->headerData(AlertQueueModel::WaitingColumn, Qt::Horizontal).toString()}));
}

void ManagerView::setActive(bool active)
{
    if (active == (m_filter->sourceModel() != nullptr))
        return;
    m_filter->setSourceQueue(active ? m_queue : nullptr);
    layoutColumns();
}

void ManagerView::refreshReps()
{
    const QString current = m_assignee->currentData().toString();
    m_assignee->clear();
    for (const protocol::TeamMember &rep : m_desk.team()) {
        if (rep.role == Rep::Role::Manager)
            continue;
        m_assignee->addItem(tr("%1 (%2)").arg(rep.name, TeamModel::availabilityLabel(rep.availability)),
                            rep.name);
    }
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(current)));
}

void ManagerView::assignSelected()
{
    const QString lead = m_leads->currentIndex().data(AlertQueueModel::LeadIdRole).toString();
    const QString to = m_assignee->currentData().toString();
    if (lead.isEmpty() || to.isEmpty())
        return;
    const QString name =
        m_leads->currentIndex().siblingAtColumn(AlertQueueModel::NameColumn).data().toString();
    m_desk.reassign(lead, to);
    m_leads->selectionModel()->clear();
    updateAssignEnabled();
    Q_EMIT statusMessage(tr("Assigned %1 to %2.").arg(name, to));
}

void ManagerView::updateAssignEnabled()
{
    m_assign->setEnabled(m_leads->selectionModel()->hasSelection() && m_leads->currentIndex().isValid());
}
