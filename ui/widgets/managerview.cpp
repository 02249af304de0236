#include "managerview.h"

#include "client/repdesk.h"
#include "models/alertqueuemodel.h"
#include "models/managerfiltermodel.h"
#include "models/teammodel.h"
#include "queuedelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

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
    for (int column : {int(AlertQueueModel::TitleColumn), int(AlertQueueModel::ScoreColumn),
                       int(AlertQueueModel::SignalsColumn)})
        m_leads->setColumnHidden(column, true);
    m_leads->horizontalHeader()->setSectionResizeMode(AlertQueueModel::OwnerColumn, QHeaderView::Stretch);
    m_leads->setColumnWidth(AlertQueueModel::TierColumn, 84);
    m_leads->setColumnWidth(AlertQueueModel::NameColumn, 150);
    m_leads->setColumnWidth(AlertQueueModel::CompanyColumn, 150);
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
    m_teamView->horizontalHeader()->setStretchLastSection(true);
    m_teamView->setAccessibleName(tr("Team"));
    rightLayout->addWidget(m_teamView);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

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
    connect(m_teamView, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_assignee->setCurrentIndex(m_assignee->findData(index.data(TeamModel::NameRole)));
    });
    connect(&m_desk, &RepDesk::teamChanged, this, &ManagerView::refreshReps);
    refreshReps();
}

void ManagerView::updateLoad()
{
    // Only a manager's console holds everyone's leads; counting them costs a pass over the queue.
    if (m_desk.isManager() && m_team->rowCount() > 0)
        m_team->setLoad(claimedLoad(m_desk.leads()));
}

void ManagerView::setActive(bool active)
{
    if (active == (m_filter->sourceModel() != nullptr))
        return;
    m_filter->setSourceQueue(active ? m_queue : nullptr);
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
    m_desk.reassign(lead, to);
}
