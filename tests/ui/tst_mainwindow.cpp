#include "client/consolestore.h"
#include "client/feedclient.h"
#include "client/queuelead.h"
#include "client/repdesk.h"
#include "clock/clock.h"
#include "demo/demofeed.h"
#include "demo/signalsimulator.h"
#include "deskrequests.h"
#include "mainwindow.h"
#include "models/alertqueuemodel.h"
#include "models/ledgermodel.h"
#include "models/queuefiltermodel.h"
#include "models/syncsmodel.h"
#include "routing/alertdesk.h"
#include "store/database.h"
#include "store/sqlitefeedstore.h"
#include "widgets/cacheupgradedialog.h"
#include "widgets/calllogdialog.h"
#include "widgets/connectdialog.h"
#include "widgets/dashboardview.h"
#include "widgets/elidingstatusbar.h"
#include "widgets/leaddetailview.h"
#include "widgets/managerview.h"
#include "widgets/queueview.h"
#include "widgets/scoringview.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QTimer>
#include <QToolTip>
#include <QTranslator>
#include <QUrlQuery>
#include <QUuid>
#include <QValueAxis>

#include <memory>

namespace {

constexpr int kTimeout = 10'000;

QString contactId(const char *userId)
{
    return QStringLiteral("contact:") + QLatin1StringView(userId);
}

// The network between the console and the feed, as a TCP relay the test can cut and restore
// (the server and the console stay as they are, as in a real outage).
class Relay final : public QObject
{
public:
    explicit Relay(quint16 target)
        : m_target(target)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &Relay::handleNewConnection);
    }

    bool listen()
    {
        if (!m_server.listen(QHostAddress::LocalHost, m_port))
            return false;
        m_port = m_server.serverPort();
        return true;
    }
    quint16 port() const { return m_port; }

    // Refuses new connections and breaks the open ones.
    void cut()
    {
        m_server.close();
        const QList<QPointer<QTcpSocket>> links = std::exchange(m_links, {});
        for (const QPointer<QTcpSocket> &socket : links) {
            if (socket)
                socket->abort();
        }
    }

private:
    void handleNewConnection()
    {
        while (QTcpSocket *in = m_server.nextPendingConnection()) {
            auto *out = new QTcpSocket(this);
            // Writes made while `out` is still connecting are buffered by Qt.
            connect(in, &QTcpSocket::readyRead, out, [in, out] { out->write(in->readAll()); });
            connect(out, &QTcpSocket::readyRead, in, [in, out] { in->write(out->readAll()); });
            connect(in, &QTcpSocket::disconnected, out, &QTcpSocket::abort);
            connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::abort);
            connect(in, &QTcpSocket::disconnected, in, &QObject::deleteLater);
            connect(out, &QTcpSocket::disconnected, out, &QObject::deleteLater);
            out->connectToHost(QHostAddress::LocalHost, m_target);
            m_links.append(in);
            m_links.append(out);
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_links;
};

// The Segment calls that make a contact and raise its alert (a demo request).
QJsonArray alertCalls(const char *userId, const char *name, const char *company)
{
    static int sent = 0;
    const QString prefix = QLatin1StringView(userId) + u'-' + QString::number(++sent);
    return QJsonArray{
        QJsonObject{
            {QStringLiteral("type"), QStringLiteral("identify")},
            {QStringLiteral("messageId"), QString(prefix + QStringLiteral("-identify"))},
            {QStringLiteral("userId"), QLatin1StringView(userId)},
            {QStringLiteral("traits"), QJsonObject{{QStringLiteral("name"), QLatin1StringView(name)},
                                                   {QStringLiteral("title"), QStringLiteral("VP Sales")},
                                                   {QStringLiteral("phone"), QStringLiteral("+1 555 0100")},
                                                   {QStringLiteral("company"), QLatin1StringView(company)}}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("track")},
                    {QStringLiteral("messageId"), QString(prefix + QStringLiteral("-demo"))},
                    {QStringLiteral("userId"), QLatin1StringView(userId)},
                    {QStringLiteral("event"), QStringLiteral("Demo Requested")}}};
}

// Posts Segment calls to the demo's ingest endpoint in one batch, as a Segment pipeline would.
bool postCalls(const DemoFeed &demo, const QJsonArray &calls)
{
    QNetworkAccessManager network;
    QNetworkRequest request(demo.ingestUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Basic " + QByteArray(demo.writeKey().toUtf8() + ':').toBase64());
    std::unique_ptr<QNetworkReply> reply(network.post(
        request,
        QJsonDocument(QJsonObject{{QStringLiteral("batch"), calls}}).toJson(QJsonDocument::Compact)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(kTimeout))
        return false;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
}

bool raiseAlert(const DemoFeed &demo, const char *userId, const char *name, const char *company)
{
    return postCalls(demo, alertCalls(userId, name, company));
}

// A colleague claims the lead on the server, as her console would.
bool claimedByPriya(DemoFeed &demo, const QString &leadId)
{
    const auto priya = demo.desk().rep(QStringLiteral("Priya"));
    return priya && handleRequest(demo.desk(), *priya,
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("claim")},
                                              {QStringLiteral("id"), QUuid::createUuid().toString()},
                                              {QStringLiteral("lead"), leadId}})
                        .value(QStringLiteral("ok"))
                        .toBool();
}

QString serverClaimedBy(const DemoFeed &demo, const QString &leadId)
{
    const auto lead = demo.desk().lead(leadId);
    return lead ? lead->claimedBy : QStringLiteral("<no lead>");
}

// A visible label of the window whose text contains `text`.
QLabel *visibleLabel(const QWidget &window, const QString &text)
{
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisible() && label->text().contains(text))
            return label;
    }
    return nullptr;
}

QAction *actionFor(const QWidget &window, const QKeySequence &shortcut)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcut() == shortcut)
            return action;
    }
    return nullptr;
}

QPushButton *button(const QWidget &parent, const QString &text)
{
    const QList<QPushButton *> buttons = parent.findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

// The signal table's last row ("Score now", its explanation, the total): its first and last cell.
QStringList scoreNowRow(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    const auto cellText = [](const QTextTableCell &cell) {
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        return cursor.selectedText();
    };
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            const QString label = cellText(table->cellAt(table->rows() - 1, 0));
            if (label.startsWith(QStringLiteral("Score now")))
                return {label, cellText(table->cellAt(table->rows() - 1, table->columns() - 1))};
        }
    }
    return {};
}

} // namespace

// Takes tel: links as a softphone would.
class Softphone final : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void dial(const QUrl &url) { dialled.append(url); }

public:
    QList<QUrl> dialled;
};

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void claimWithF4AndTheClaimButton();
    void scoringPageIsAManagersCalibration();
    void callLogAddsCallAndFollowUps();
    void reconnectBannerAndOutboxReplay();
    void aServerWithoutItsDatabaseIsShown();
    void searchNarrowsTheQueue();
    void scopeMineShowsMyClaims();
    void aLeadThatLeavesHandsTheSelectionOn();
    void theDetailComesFromMemory();
    void theQueueHoldsStillUnderTheRep();
    void focusStartsInTheQueueAndHomeIsTheTop();
    void anEmptyFilterClearsTheDetail();
    void aRefusedTokenIsShownAsSuch();
    void theConnectDialogTestsAndSaysWhy();
    void helpNeedsNoDisplay();
    void aFailedDialShowsAndClaimsNothing();
    void statusMessagesStayToBeRead();
    void aLongStatusMessageElidesAndShowsWhole();
    void oneTierStory();
    void theTeamTabFitsAndAssignConfirms();
    void callsAndFollowUpsReachAFreshProfile();
    void aWorkedLeadMovesToWorked();
    void managersSeeTheLedgerAndTheAudit();
    void managersSeeAndRetryFailedSyncs();
    void anOldCacheIsUpgradedWithProgress();
    void closingTheCacheUpgradeStopsItBetweenSteps();
    void theWindowFitsTheScreen_data();
    void theWindowFitsTheScreen();
    void germanReadsGerman();
    void theDashboardExplainsItself();
    void aRowHasAMenuAndAnEmail();
    void theDetailShowsEachCallsCrmState_data();
    void theDetailShowsEachCallsCrmState();
    void accountRowsSayWhomToCall();
    void notesOutsideACallAndVoicemail();
    void theDashboardSummaryIsNeverCut_data();
    void theDashboardSummaryIsNeverCut();
    void theQueueFitsA1024Screen();
    void theScoreIsOneStory();
    void signalNamesReadOnOneLine();

private:
    bool startConsole(int leads);
    QString ownerShown(const QString &leadId) const;
    QStringList namesShown() const;
    QStringList idsShown() const;

    std::unique_ptr<DemoFeed> m_demo;
    std::unique_ptr<Relay> m_relay;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<ConsoleStore> m_store;
    std::unique_ptr<FeedClient> m_client;
    std::unique_ptr<RepDesk> m_desk;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_demo = std::make_unique<DemoFeed>();
    QString error;
    QVERIFY2(m_demo->start(&error, /*simulate*/ false), qPrintable(error));
    m_relay = std::make_unique<Relay>(quint16(m_demo->feedUrl().port()));
    QVERIFY(m_relay->listen());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings->setValue(QStringLiteral("notify/sound"), false);
    m_clock = std::make_unique<SystemClock>();
    m_store = ConsoleStore::open(m_dir->filePath(QStringLiteral("console.db")), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_client = std::make_unique<FeedClient>(*m_clock);
    QUrl url = m_demo->feedUrl();
    url.setPort(m_relay->port());
    m_client->setServer(url, m_demo->token(m_demo->consoleRep()));
    m_desk = std::make_unique<RepDesk>(*m_store, *m_client, *m_clock);
    m_window = std::make_unique<MainWindow>(*m_desk, *m_client, *m_clock, *m_settings);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_desk.reset();
    m_client.reset();
    m_store.reset();
    m_clock.reset();
    m_settings.reset();
    m_dir.reset();
    m_relay.reset();
    m_demo.reset();
}

void TestMainWindow::scoringPageIsAManagersCalibration()
{
    // A rep has no Scoring page.
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(raiseAlert(*m_demo, "bo", "Bo Chen", "Globex"));
    QVERIFY(startConsole(2));
    const int scoring = m_window->tabs()->indexOf(m_window->scoringView());
    QVERIFY(scoring > 0);
    QVERIFY(!m_window->tabs()->isTabVisible(scoring));

    // Priya booked a meeting with Ann: one conversion in the feed's history.
    const auto priya = m_demo->desk().rep(QStringLiteral("Priya"));
    QVERIFY(priya);
    QVERIFY(handleRequest(m_demo->desk(), *priya,
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("call")},
                                      {QStringLiteral("id"), QStringLiteral("priya-call")},
                                      {QStringLiteral("lead"), contactId("ann")},
                                      {QStringLiteral("disposition"), QStringLiteral("meeting_booked")}})
                .value(QStringLiteral("ok"))
                .toBool());

    // Dana, the manager, sees it and asks the feed.
    m_window.reset();
    m_desk.reset();
    m_client->stop();
    QUrl url = m_demo->feedUrl();
    url.setPort(m_relay->port());
    m_client->setServer(url, m_demo->token(QStringLiteral("Dana")));
    m_client->setLastSeq(-1);
    m_desk = std::make_unique<RepDesk>(*m_store, *m_client, *m_clock);
    m_window = std::make_unique<MainWindow>(*m_desk, *m_client, *m_clock, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_desk->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_client->isConnected() && m_desk->isManager(), kTimeout);
    QVERIFY(m_window->tabs()->isTabVisible(scoring));
    m_window->tabs()->setCurrentIndex(scoring);
    ScoringView *view = m_window->scoringView();
    QVERIFY(!view->hasFigures());
    view->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFigures(), kTimeout);
    QVERIFY2(view->summaryText().contains(QStringLiteral("1 converted")), qPrintable(view->summaryText()));
    // Ann alerted at Tier 2 on a lone demo request (the alert's minimum tier) with 30 points, which is
    // the Nurture band by score alone: Tier 2 shows her conversion while the band Tier 2 Hot shows
    // none. Both are right, and both tables say what they count.
    const auto row = [](QTableWidget *table, const QString &first) {
        QStringList cells;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() != first)
                continue;
            for (int c = 0; c < table->columnCount(); ++c)
                cells.append(table->item(r, c)->text());
        }
        return cells;
    };
    QCOMPARE(row(view->tierTable(), QStringLiteral("Tier 2")).mid(0, 3),
             (QStringList{QStringLiteral("Tier 2"), QStringLiteral("2"), QStringLiteral("1")}));
    QCOMPARE(row(view->bandTable(), QStringLiteral("Tier 2 Hot")).mid(0, 3),
             (QStringList{QStringLiteral("Tier 2 Hot"), QStringLiteral("0"), QStringLiteral("0")}));
    QCOMPARE(row(view->bandTable(), QStringLiteral("Nurture")).mid(0, 3),
             (QStringList{QStringLiteral("Nurture"), QStringLiteral("2"), QStringLiteral("1")}));
    const int converted = 2;
    const QString byBand = view->bandTable()->horizontalHeaderItem(converted)->toolTip();
    const QString byTier = view->tierTable()->horizontalHeaderItem(converted)->toolTip();
    QVERIFY2(byBand.contains(QStringLiteral("by score alone")) &&
                 byBand.contains(QStringLiteral("minimum tier")),
             qPrintable(byBand));
    QVERIFY2(byTier.contains(QStringLiteral("Alerts raised in the period")) &&
                 byTier.contains(QStringLiteral("minimum tier")),
             qPrintable(byTier));
    // One row per signal type of the feed's rules, and the five figures the suggestion would change.
    QCOMPARE(view->liftTable()->rowCount(), int(m_desk->rules()->signalTypes.size()));
    QCOMPARE(view->changeTable()->rowCount(), 5);
    QCOMPARE(view->changeTable()->item(0, 1)->text(), QStringLiteral("2")); // both contacts alerted
    QCOMPARE(view->changeTable()->item(1, 1)->text(), QStringLiteral("1")); // Ann, before her meeting

    // On a 1024×640 screen the three tables on top show whole, without sideways scrolling.
    m_window->resize(1024, 640);
    QTRY_COMPARE(m_window->size(), QSize(1024, 640));
    QApplication::processEvents();
    for (QTableWidget *table : view->findChildren<QTableWidget *>()) {
        if (table == view->liftTable())
            continue;
        QVERIFY2(table->horizontalScrollBar()->maximum() == 0,
                 qPrintable(table->accessibleName() + QStringLiteral(": ") +
                            QString::number(table->horizontalScrollBar()->maximum())));
    }
}

bool TestMainWindow::startConsole(int leads)
{
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    m_desk->start();
    return QTest::qWaitFor(
        [&] { return m_client->isConnected() && m_window->queueProxy()->rowCount() == leads; }, kTimeout);
}

QString TestMainWindow::ownerShown(const QString &leadId) const
{
    const QAbstractItemModel *model = m_window->queueView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, AlertQueueModel::OwnerColumn);
        if (index.data(AlertQueueModel::LeadIdRole).toString() == leadId)
            return index.data().toString();
    }
    return QStringLiteral("<not shown>");
}

QStringList TestMainWindow::namesShown() const
{
    QStringList names;
    const QAbstractItemModel *model = m_window->queueView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, AlertQueueModel::NameColumn).data().toString());
    return names;
}

QStringList TestMainWindow::idsShown() const
{
    QStringList ids;
    const QAbstractItemModel *model = m_window->queueView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(AlertQueueModel::LeadIdRole).toString());
    return ids;
}

void TestMainWindow::claimWithF4AndTheClaimButton()
{
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(raiseAlert(*m_demo, "bo", "Bo Chen", "Globex"));
    QVERIFY(raiseAlert(*m_demo, "cy", "Cy Diaz", "Initech"));
    QVERIFY(startConsole(3));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // F4 on the selected row.
    const QString bo = contactId("bo");
    m_window->selectLead(bo);
    QCOMPARE(m_window->currentLeadId(), bo);
    QCOMPARE(m_window->detailView()->leadId(), bo);
    QCOMPARE(ownerShown(bo), QStringLiteral("unclaimed"));
    QVERIFY(actionFor(*m_window, QKeySequence(Qt::Key_F4)));
    QTest::keyClick(m_window->queueView(), Qt::Key_F4);
    QCOMPARE(ownerShown(bo), QStringLiteral("you")); // at once, before the server answers
    QTRY_COMPARE_WITH_TIMEOUT(serverClaimedBy(*m_demo, bo), DemoFeed::userName(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->pendingCount(), 0, kTimeout);
    QCOMPARE(ownerShown(bo), QStringLiteral("you"));
    QVERIFY(button(*m_window->detailView(), QStringLiteral("Yours")));
    QVERIFY(!button(*m_window->detailView(), QStringLiteral("Yours"))->isEnabled());

    // The Claim button of the lead's detail.
    const QString cy = contactId("cy");
    m_window->selectLead(cy);
    QCOMPARE(m_window->detailView()->leadId(), cy);
    QPushButton *claim = button(*m_window->detailView(), QStringLiteral("Claim"));
    QVERIFY(claim);
    QVERIFY(claim->isEnabled());
    QTest::mouseClick(claim, Qt::LeftButton);
    QCOMPARE(ownerShown(cy), QStringLiteral("you"));
    QTRY_COMPARE_WITH_TIMEOUT(serverClaimedBy(*m_demo, cy), DemoFeed::userName(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(button(*m_window->detailView(), QStringLiteral("Yours")), kTimeout);
    QCOMPARE(serverClaimedBy(*m_demo, contactId("ann")), QString());
    QCOMPARE(ownerShown(contactId("ann")), QStringLiteral("unclaimed"));
}

void TestMainWindow::callLogAddsCallAndFollowUps()
{
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(startConsole(1));
    const QString ann = contactId("ann");
    m_window->selectLead(ann);
    QVERIFY(m_window->detailView()->html().contains(QStringLiteral("No calls logged yet.")));

    QPointer<CallLogDialog> dialog;
    connect(m_window.get(), &MainWindow::callLogOpened, this, [&dialog](CallLogDialog *d) { dialog = d; });
    m_window->logCallForCurrent(false);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Call Ann Lee"));
    QCOMPARE(dialog->callLog().leadId, ann);
    dialog->choose(QStringLiteral("no_answer"));
    QVERIFY(!dialog || !dialog->isVisible());

    // The call is in the detail's Calls section at once, and the follow-ups are in the list.
    const QString html = m_window->detailView()->html();
    QVERIFY(!html.contains(QStringLiteral("No calls logged yet.")));
    const qsizetype calls = html.indexOf(QStringLiteral(">Calls<"));
    QVERIFY2(calls >= 0, qPrintable(html));
    QVERIFY(html.indexOf(QStringLiteral("No answer"), calls) > calls);
    auto *tasks = m_window->findChild<QListView *>();
    QVERIFY(tasks);
    // Tier 2: the email now, call +1, call +3, email +5, call +7 business days.
    QCOMPARE(tasks->model()->rowCount(), 5);
    // (Due today on a weekday; on a weekend, Monday.)
    QVERIFY2(tasks->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Email Ann Lee — ")),
             qPrintable(tasks->model()->index(0, 0).data().toString()));
    QVERIFY(tasks->model()->index(1, 0).data().toString().startsWith(QStringLiteral("Call Ann Lee — ")));
    QCOMPARE(ownerShown(ann), QStringLiteral("you")); // calling claims

    // The server has the call once, and the follow-ups with the lead.
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->pendingCount(), 0, kTimeout);
    QVERIFY(m_demo->desk().lead(ann)->firstCallAtMs > 0);
    QCOMPARE(serverClaimedBy(*m_demo, ann), DemoFeed::userName());
    QCOMPARE(m_demo->desk().lead(ann)->tasks.size(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->detailView()->html().contains(QStringLiteral(">Follow-ups<")),
                             kTimeout);

    // The email sent: done from the follow-up's menu, on the server too.
    QMenu *menu = m_window->taskMenu(tasks->model()->index(0, 0));
    QVERIFY(menu);
    menu->actions().constFirst()->trigger();
    menu->close();
    QCOMPARE(tasks->model()->rowCount(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->pendingCount(), 0, kTimeout);
    QVERIFY(m_demo->desk().lead(ann)->tasks.at(1).done);

    // Closing the dialog without a disposition logs nothing.
    m_window->logCallForCurrent(false);
    QVERIFY(dialog);
    dialog->reject();
    QCOMPARE(m_desk->loggedCalls(ann).size(), 1);
    QCOMPARE(m_desk->pendingCount(), 0);
}

void TestMainWindow::reconnectBannerAndOutboxReplay()
{
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(startConsole(1));
    QCOMPARE(m_window->connectionText(), QStringLiteral("Connected"));
    QVERIFY(!visibleLabel(*m_window, QStringLiteral("Offline")));

    // The network goes away.
    m_relay->cut();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionText().contains(QStringLiteral("reconnecting")), kTimeout);
    QVERIFY2(m_window->connectionText().startsWith(QStringLiteral("Offline since ")),
             qPrintable(m_window->connectionText()));
    QPointer<QLabel> banner = visibleLabel(*m_window, QStringLiteral("Offline since"));
    QVERIFY(banner);
    QVERIFY(banner->text().contains(QStringLiteral("will be sent when the feed is back")));

    // Work goes on offline and waits in the outbox.
    const QString ann = contactId("ann");
    m_window->selectLead(ann);
    m_window->claimCurrent();
    QCOMPARE(ownerShown(ann), QStringLiteral("you"));
    QVERIFY(visibleLabel(*m_window, QStringLiteral("1 action(s) waiting to send")));
    QVERIFY(serverClaimedBy(*m_demo, ann).isEmpty());

    // Back: the banner goes, the outbox is sent.
    QVERIFY(m_relay->listen());
    QTRY_VERIFY_WITH_TIMEOUT(m_client->isConnected(), 3 * kTimeout);
    QCOMPARE(m_window->connectionText(), QStringLiteral("Connected"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(serverClaimedBy(*m_demo, ann), DemoFeed::userName(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!visibleLabel(*m_window, QStringLiteral("waiting to send")), kTimeout);
    QCOMPARE(ownerShown(ann), QStringLiteral("you"));
}

void TestMainWindow::aServerWithoutItsDatabaseIsShown()
{
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(startConsole(1));
    QVERIFY(!visibleLabel(*m_window, QStringLiteral("cannot reach its database")));
    // What a feed server on PostgreSQL sends while its database is away, and when it is back
    // (tst_feedcluster has the servers that send it).
    m_client->handleMessage(QStringLiteral(
        R"({"type":"status","degraded":true,"message":"the server cannot reach its database; changes wait until it can"})"));
    QCOMPARE(m_window->connectionText(), QStringLiteral("Connected — database unreachable"));
    QPointer<QLabel> banner = visibleLabel(*m_window, QStringLiteral("new alerts may be late"));
    QVERIFY(banner);
    QVERIFY(banner->text().contains(QStringLiteral("will be sent when it is back")));
    if (const QString shot = qEnvironmentVariable("FIRSTCALL_DEGRADED_SHOT"); !shot.isEmpty())
        m_window->grab().save(shot);
    m_client->handleMessage(QStringLiteral(R"({"type":"status","degraded":false,"message":""})"));
    QCOMPARE(m_window->connectionText(), QStringLiteral("Connected"));
    QVERIFY(!banner->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusBar()->currentMessage(),
                              QStringLiteral("The feed server reaches its database again."), kTimeout);
}

void TestMainWindow::searchNarrowsTheQueue()
{
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(raiseAlert(*m_demo, "bo", "Bo Chen", "Globex"));
    QVERIFY(raiseAlert(*m_demo, "cy", "Cy Diaz", "Initech"));
    QVERIFY(raiseAlert(*m_demo, "dee", "Dee Acker", "Umbrella"));
    QVERIFY(startConsole(4));
    auto *search = m_window->findChild<QLineEdit *>();
    QVERIFY(search);

    QTest::keyClicks(search, QStringLiteral("ACK"));
    QCOMPARE(m_window->queueProxy()->rowCount(), 1);
    QCOMPARE(namesShown(), QStringList{QStringLiteral("Dee Acker")});
    search->clear();
    QCOMPARE(m_window->queueProxy()->rowCount(), 4);
    QTest::keyClicks(search, QStringLiteral("ac"));
    QCOMPARE(m_window->queueProxy()->rowCount(), 2); // Acme's Ann, Dee Acker
    QVERIFY(namesShown().contains(QStringLiteral("Ann Lee")));
    QVERIFY(namesShown().contains(QStringLiteral("Dee Acker")));
    search->setText(QStringLiteral("globex"));
    QCOMPARE(namesShown(), QStringList{QStringLiteral("Bo Chen")});
    search->setText(QStringLiteral("nobody"));
    QCOMPARE(m_window->queueProxy()->rowCount(), 0);

    // A lead arriving while the search is on shows only if it matches.
    QVERIFY(raiseAlert(*m_demo, "eve", "Eve Nobody", "Hooli"));
    QVERIFY(raiseAlert(*m_demo, "fox", "Fox Mulder", "Hooli"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->queueModel()->rowCount(), 6, kTimeout);
    QCOMPARE(namesShown(), QStringList{QStringLiteral("Eve Nobody")});

    // Selecting a lead the search hides clears the search.
    m_window->selectLead(contactId("cy"));
    QCOMPARE(m_window->currentLeadId(), contactId("cy"));
    QCOMPARE(m_window->queueProxy()->rowCount(), 6);
    QVERIFY(search->text().isEmpty());
}

void TestMainWindow::scopeMineShowsMyClaims()
{
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(raiseAlert(*m_demo, "bo", "Bo Chen", "Globex"));
    QVERIFY(raiseAlert(*m_demo, "cy", "Cy Diaz", "Initech"));
    QVERIFY(startConsole(3));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->selectLead(contactId("bo"));
    m_window->claimCurrent();
    QTRY_COMPARE_WITH_TIMEOUT(serverClaimedBy(*m_demo, contactId("bo")), DemoFeed::userName(), kTimeout);

    QTest::keyClick(m_window->queueView(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->queueProxy()->scope(), QueueScope::Mine);
    QCOMPARE(namesShown(), QStringList{QStringLiteral("Bo Chen")});

    // A colleague's claim never shows in Mine; my next claim does.
    const auto priya = m_demo->desk().rep(QStringLiteral("Priya"));
    QVERIFY(priya);
    QVERIFY(handleRequest(m_demo->desk(), *priya,
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("claim")},
                                      {QStringLiteral("id"), QStringLiteral("priya-1")},
                                      {QStringLiteral("lead"), contactId("ann")}})
                .value(QStringLiteral("ok"))
                .toBool());
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->leads().contains(contactId("ann")), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(namesShown(), QStringList{QStringLiteral("Bo Chen")}, kTimeout);

    QTest::keyClick(m_window->queueView(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->queueProxy()->scope(), QueueScope::Unclaimed);
    // The queue hears of changes in batches (every 100 ms): wait for the view, not the desk.
    QTRY_COMPARE_WITH_TIMEOUT(namesShown(), QStringList{QStringLiteral("Cy Diaz")}, kTimeout);
    m_window->selectLead(contactId("cy"));
    m_window->claimCurrent();
    QCOMPARE(m_window->queueProxy()->rowCount(), 0);

    QTest::keyClick(m_window->queueView(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->queueProxy()->rowCount(), 2);
    QTest::keyClick(m_window->queueView(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->queueProxy()->scope(), QueueScope::All);
    QCOMPARE(m_window->queueProxy()->rowCount(), 2); // Ann left with Priya
    QTRY_COMPARE_WITH_TIMEOUT(serverClaimedBy(*m_demo, contactId("cy")), DemoFeed::userName(), kTimeout);
}

void TestMainWindow::aLeadThatLeavesHandsTheSelectionOn()
{
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(raiseAlert(*m_demo, "bo", "Bo Chen", "Globex"));
    QVERIFY(raiseAlert(*m_demo, "cy", "Cy Diaz", "Initech"));
    QVERIFY(startConsole(3));
    const QHeaderView *rows = m_window->queueView()->verticalHeader();
    QCOMPARE(rows->count(), 3);

    // A colleague takes the lead the rep is on: it leaves, and the one above its place is shown.
    const QStringList before = idsShown();
    m_window->selectLead(before.at(1));
    QCOMPARE(m_window->detailView()->leadId(), before.at(1));
    QVERIFY(claimedByPriya(*m_demo, before.at(1)));
    QTRY_COMPARE_WITH_TIMEOUT(idsShown(), (QStringList{before.at(0), before.at(2)}), kTimeout);
    QCOMPARE(rows->count(), 2); // the view follows the queue's rows
    QCOMPARE(m_window->currentLeadId(), before.at(0));
    QCOMPARE(m_window->detailView()->leadId(), before.at(0));

    // The top lead goes: the next one is shown.
    QVERIFY(claimedByPriya(*m_demo, before.at(0)));
    QTRY_COMPARE_WITH_TIMEOUT(idsShown(), QStringList{before.at(2)}, kTimeout);
    QCOMPARE(m_window->currentLeadId(), before.at(2));
    QCOMPARE(m_window->detailView()->leadId(), before.at(2));

    // Nothing left: nothing is shown. The next alert is.
    QVERIFY(claimedByPriya(*m_demo, before.at(2)));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->queueProxy()->rowCount(), 0, kTimeout);
    QCOMPARE(rows->count(), 0);
    QVERIFY(m_window->currentLeadId().isEmpty());
    QVERIFY(m_window->detailView()->leadId().isEmpty());
    QVERIFY(raiseAlert(*m_demo, "dee", "Dee Acker", "Umbrella"));
    QTRY_COMPARE_WITH_TIMEOUT(idsShown(), QStringList{contactId("dee")}, kTimeout);
    QCOMPARE(rows->count(), 1);
    QCOMPARE(m_window->currentLeadId(), contactId("dee"));
    QCOMPARE(m_window->detailView()->leadId(), contactId("dee"));
}

void TestMainWindow::theDetailComesFromMemory()
{
    // The detail shows the lead the desk holds, not what the cache file has: with the file's
    // leads gone behind the desk's back, the card, the history and local changes still show.
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(raiseAlert(*m_demo, "bo", "Bo Chen", "Globex"));
    QVERIFY(startConsole(2));
    const QString bo = contactId("bo");
    QTRY_VERIFY_WITH_TIMEOUT(m_store->lead(bo).has_value(), kTimeout);
    QVERIFY(m_store->replaceAllLeads({}, m_client->lastSeq()));
    QVERIFY(!m_store->lead(bo));

    m_window->selectLead(bo);
    QCOMPARE(m_window->detailView()->leadId(), bo);
    const QString html = m_window->detailView()->html();
    QVERIFY(html.contains(QStringLiteral("+1 555 0100"))); // the card's
    QVERIFY(html.contains(QStringLiteral("Why hot")));
    QVERIFY(button(*m_window->detailView(), QStringLiteral("Claim")));

    // A claim made here shows at once, over the card the feed sent.
    m_window->claimCurrent();
    QVERIFY(button(*m_window->detailView(), QStringLiteral("Yours")));
    QVERIFY(m_desk->leadDetail(bo).has_value());
    QCOMPARE(m_desk->leadDetail(bo)->claimedBy, DemoFeed::userName());
}

void TestMainWindow::theQueueHoldsStillUnderTheRep()
{
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(raiseAlert(*m_demo, "bo", "Bo Chen", "Globex"));
    QVERIFY(raiseAlert(*m_demo, "cy", "Cy Diaz", "Initech"));
    QVERIFY(startConsole(3));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QStringList before = idsShown();

    // The rep reads the middle lead, the pointer on its row.
    m_window->selectLead(before.at(1));
    QueueView *view = m_window->queueView();
    QTest::mouseMove(view->viewport(), view->visualRect(view->currentIndex()).center());
    QTRY_VERIFY_WITH_TIMEOUT(view->isEngaged(), kTimeout);

    // At once: three new alerts, the bottom lead gets hotter, a colleague takes the top one.
    QJsonArray calls = alertCalls("dee", "Dee Acker", "Umbrella");
    for (const auto &more :
         {alertCalls("eve", "Eve Moss", "Hooli"), alertCalls("fox", "Fox Reed", "Soylent")}) {
        for (const QJsonValue &call : more)
            calls.append(call);
    }
    const QString bottomUser = before.at(2).mid(int(qstrlen("contact:")));
    for (const char *event : {"pricing_page_visit", "contact_sales", "free_trial_start"})
        calls.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("track")},
                                 {QStringLiteral("messageId"), QUuid::createUuid().toString()},
                                 {QStringLiteral("userId"), bottomUser},
                                 {QStringLiteral("event"), QLatin1StringView(event)}});
    QVERIFY(postCalls(*m_demo, calls));
    QVERIFY(claimedByPriya(*m_demo, before.at(0)));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->queueProxy()->heldCount(), 3, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->leads().contains(before.at(0)), kTimeout);
    QTest::qWait(300); // every batch the desk had has reached the queue

    // Nothing moved: the same rows in the same places, the one taken greyed, the new ones
    // announced.
    QCOMPARE(idsShown(), before);
    QVERIFY(!(m_window->queueProxy()->flags(m_window->queueProxy()->index(0, 0)) & Qt::ItemIsEnabled));
    QCOMPARE(m_window->currentLeadId(), before.at(1));
    QCOMPARE(m_window->detailView()->leadId(), before.at(1));
    QPushButton *show = button(*m_window, QStringLiteral("3 new — show"));
    QVERIFY(show);
    QVERIFY(show->isVisible());

    // F4 claims the lead the detail shows, and only that one.
    QTest::keyClick(view, Qt::Key_F4);
    QTRY_COMPARE_WITH_TIMEOUT(serverClaimedBy(*m_demo, before.at(1)), DemoFeed::userName(), kTimeout);
    for (const QString &other : {before.at(2), contactId("dee"), contactId("eve"), contactId("fox")})
        QCOMPARE(serverClaimedBy(*m_demo, other), QString());

    // "Show" places the new leads; the rep's lead stays selected.
    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->queueProxy()->rowCount(), 5, kTimeout);
    QVERIFY(!show->isVisible());
    QCOMPARE(m_window->currentLeadId(), before.at(1));
    QCOMPARE(m_window->detailView()->leadId(), before.at(1));
    QVERIFY(!idsShown().contains(before.at(0)));

    // Leaving the queue lets it move again.
    QTest::mouseMove(m_window->detailView(), QPoint(5, 5));
    QTRY_VERIFY_WITH_TIMEOUT(!view->isEngaged(), kTimeout);
    QVERIFY(raiseAlert(*m_demo, "gil", "Gil Hart", "Stark"));
    QTRY_VERIFY_WITH_TIMEOUT(idsShown().contains(contactId("gil")), kTimeout);
    QCOMPARE(m_window->currentLeadId(), before.at(1));
}

void TestMainWindow::focusStartsInTheQueueAndHomeIsTheTop()
{
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(raiseAlert(*m_demo, "bo", "Bo Chen", "Globex"));
    QVERIFY(raiseAlert(*m_demo, "cy", "Cy Diaz", "Initech"));
    QVERIFY(startConsole(3));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(QApplication::focusWidget(), m_window->queueView());
    const QStringList ids = idsShown();
    QCOMPARE(m_window->currentLeadId(), ids.at(0));
    QTest::keyClick(m_window->queueView(), Qt::Key_Down);
    QTest::keyClick(m_window->queueView(), Qt::Key_Right);
    QTest::keyClick(m_window->queueView(), Qt::Key_Down);
    QCOMPARE(m_window->currentLeadId(), ids.at(2));
    QTest::keyClick(m_window->queueView(), Qt::Key_Home);
    QCOMPARE(m_window->currentLeadId(), ids.at(0));
    QCOMPARE(m_window->detailView()->leadId(), ids.at(0));
    QTest::keyClick(m_window->queueView(), Qt::Key_End);
    QCOMPARE(m_window->currentLeadId(), ids.at(2));
}

void TestMainWindow::anEmptyFilterClearsTheDetail()
{
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(startConsole(1));
    m_window->selectLead(contactId("ann"));
    QCOMPARE(m_window->detailView()->leadId(), contactId("ann"));
    auto *search = m_window->findChild<QLineEdit *>();
    QVERIFY(search);
    search->setText(QStringLiteral("nobody"));
    QCOMPARE(m_window->queueProxy()->rowCount(), 0);
    QVERIFY(m_window->detailView()->leadId().isEmpty());
    QPushButton *call = button(*m_window->detailView(), QStringLiteral("Call"));
    QVERIFY(!call || !call->isVisible());
    // F5 and F4 have nothing to act on.
    m_window->claimCurrent();
    m_window->callCurrent();
    QCOMPARE(m_desk->pendingCount(), 0);
}

void TestMainWindow::aRefusedTokenIsShownAsSuch()
{
    QUrl url = m_demo->feedUrl();
    url.setPort(m_relay->port());
    m_client->setServer(url, QStringLiteral("not-a-token"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_desk->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), FeedClient::State::Refused, kTimeout);
    QCOMPARE(m_window->connectionText(),
             QStringLiteral("Refused by the feed: missing or unknown access token"));
    QVERIFY(!visibleLabel(*m_window, QStringLiteral("Offline")));
    QVERIFY(visibleLabel(*m_window, QStringLiteral("The feed refused your access token")));
    // No retry loop: the same token would be refused again.
    QTest::qWait(1500);
    QCOMPARE(m_client->state(), FeedClient::State::Refused);

    // A new token connects.
    m_client->stop();
    m_client->setServer(url, m_demo->token(m_demo->consoleRep()));
    m_client->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_client->isConnected(), kTimeout);
    QCOMPARE(m_window->connectionText(), QStringLiteral("Connected"));
    QVERIFY(!visibleLabel(*m_window, QStringLiteral("refused")));
}

void TestMainWindow::theConnectDialogTestsAndSaysWhy()
{
    ConnectDialog dialog;
    dialog.show();
    auto *server = dialog.findChildren<QLineEdit *>().value(0);
    auto *token = dialog.findChildren<QLineEdit *>().value(1);
    QVERIFY(server && token);
    QCOMPARE(token->echoMode(), QLineEdit::Password);

    server->setText(m_demo->feedUrl().toString());
    token->setText(QStringLiteral("wrong"));
    dialog.test();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().startsWith(QStringLiteral("Not connected")), kTimeout);
    QCOMPARE(dialog.resultText(),
             QStringLiteral("Not connected: The feed refused the token: missing or unknown access token."));

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 nobody = closed.serverPort();
    closed.close();
    server->setText(QStringLiteral("ws://127.0.0.1:%1/").arg(nobody));
    dialog.test();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().startsWith(QStringLiteral("Not connected")), kTimeout);
    QVERIFY2(dialog.resultText().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
             qPrintable(dialog.resultText()));

    server->setText(QStringLiteral("feed.example.com"));
    dialog.test();
    QVERIFY2(dialog.resultText().contains(QStringLiteral("is not a feed address")),
             qPrintable(dialog.resultText()));

    server->setText(m_demo->feedUrl().toString());
    token->setText(m_demo->token(m_demo->consoleRep()));
    QPushButton *connect = button(dialog, QStringLiteral("&Connect"));
    QVERIFY(connect);
    QTest::mouseClick(connect, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(ConnectDialog::Connect), kTimeout);
    QCOMPARE(dialog.resultText(), QStringLiteral("Connected as Alex (sdr)."));
    QCOMPARE(dialog.server(), m_demo->feedUrl());
    QCOMPARE(dialog.token(), m_demo->token(m_demo->consoleRep()));

    ConnectDialog demo;
    demo.show();
    QTest::mouseClick(button(demo, QStringLiteral("Try the &demo")), Qt::LeftButton);
    QCOMPARE(demo.result(), int(ConnectDialog::Demo));
}

void TestMainWindow::helpNeedsNoDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1StringView(name));
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    for (const char *option : {"--help", "--version"}) {
        QProcess console;
        console.setProcessEnvironment(environment);
        console.start(QStringLiteral(FIRSTCALL_CONSOLE_BIN), {QLatin1StringView(option)});
        QVERIFY(console.waitForFinished(kTimeout));
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), 0);
        const QString out = QString::fromUtf8(console.readAllStandardOutput());
        QVERIFY2(out.contains(option == std::string_view("--help") ? QStringLiteral("--server")
                                                                   : QStringLiteral("firstcall")),
                 qPrintable(out));
    }
}

void TestMainWindow::aFailedDialShowsAndClaimsNothing()
{
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(raiseAlert(*m_demo, "bo", "Bo Chen", "Globex"));
    QVERIFY(startConsole(2));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QPointer<CallLogDialog> dialog;
    connect(m_window.get(), &MainWindow::callLogOpened, this, [&dialog](CallLogDialog *d) { dialog = d; });

    // No softphone here (offscreen): the dial fails, the call log says so, nothing is claimed.
    const QString ann = contactId("ann");
    m_window->selectLead(ann);
    QTest::keyClick(m_window->queueView(), Qt::Key_F5);
    QVERIFY(dialog);
    QVERIFY2(dialog->timerText().startsWith(QStringLiteral("Not dialled")), qPrintable(dialog->timerText()));
    QVERIFY(dialog->timerText().contains(QStringLiteral("+1 555 0100")));
    QCOMPARE(ownerShown(ann), QStringLiteral("unclaimed"));

    // Keys 1-6 log the outcome; they never type into Notes.
    dialog->activateWindow();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), dialog.data(), kTimeout);
    QVERIFY(dialog->focusWidget());
    QVERIFY(!qobject_cast<QPlainTextEdit *>(dialog->focusWidget()));
    QTest::keyClick(dialog->focusWidget(), Qt::Key_3);
    QVERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_desk->loggedCalls(ann).size(), 1);
    QCOMPARE(m_desk->loggedCalls(ann).constFirst().disposition, QStringLiteral("no_answer"));
    QVERIFY(m_desk->loggedCalls(ann).constFirst().notes.isEmpty());

    // With a softphone the call claims; closing without logging gives the claim back.
    Softphone softphone;
    QDesktopServices::setUrlHandler(QStringLiteral("tel"), &softphone, "dial");
    const QString bo = contactId("bo");
    m_window->selectLead(bo);
    m_window->activateWindow();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), m_window.get(), kTimeout);
    QTest::keyClick(m_window->queueView(), Qt::Key_F5);
    QDesktopServices::unsetUrlHandler(QStringLiteral("tel"));
    QCOMPARE(softphone.dialled, QList<QUrl>{QUrl(QStringLiteral("tel:+15550100"))});
    QVERIFY(dialog);
    QVERIFY(dialog->timerText().startsWith(QStringLiteral("On the call")));
    QCOMPARE(ownerShown(bo), QStringLiteral("you"));
    dialog->reject();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusBar()->currentMessage(),
                              QStringLiteral("No call logged: the lead is unclaimed again."), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->pendingCount(), 0, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(serverClaimedBy(*m_demo, bo), QString(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(ownerShown(bo), QStringLiteral("unclaimed"), kTimeout);
}

void TestMainWindow::statusMessagesStayToBeRead()
{
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(startConsole(1));
    m_window->selectLead(contactId("ann"));
    m_window->claimCurrent();
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Claimed."));
    // Release says what it did, after the claim's message was there to be read.
    QAction *release = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Release"))
            release = action;
    }
    QVERIFY(release);
    release->trigger();
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Claimed."));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusBar()->currentMessage(),
                              QStringLiteral("Released: Ann Lee is back in the queue for the team."),
                              kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->pendingCount(), 0, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(serverClaimedBy(*m_demo, contactId("ann")), QString(), kTimeout);
}

void TestMainWindow::aLongStatusMessageElidesAndShowsWhole()
{
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(startConsole(1));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->resize(1024, 640);
    QTRY_COMPARE(m_window->size(), QSize(1024, 640));
    // The dashboard's export names the file it wrote, however deep it is.
    const QString message =
        QStringLiteral("Metrics exported to /home/sales/Documents/Reports/Speed to lead/2026/"
                       "Q4/December/Weekly review with the whole sales development team/"
                       "team-metrics-per-rep-and-day.csv, one row per rep or day.");
    auto *dashboard = m_window->findChild<DashboardView *>();
    QVERIFY(dashboard);
    Q_EMIT dashboard->statusMessage(message);
    auto *status = qobject_cast<ElidingStatusBar *>(m_window->statusBar());
    QVERIFY(status);
    QTRY_COMPARE_WITH_TIMEOUT(status->currentMessage(), message, kTimeout);
    QApplication::processEvents();

    // The message ends in "…" before the counts and the connection instead of running under them.
    const QRect room = status->messageRect();
    QVERIFY(room.width() > 100);
    QVERIFY2(status->shownMessage().endsWith(QChar(0x2026)), qPrintable(status->shownMessage()));
    QVERIFY(status->fontMetrics().horizontalAdvance(status->shownMessage()) <= room.width());
    for (QWidget *permanent : status->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
        if (permanent->isVisible())
            QVERIFY(!room.intersects(permanent->geometry()));
    }

    // Hovering it shows the whole message.
    QHelpEvent help(QEvent::ToolTip, room.center(), status->mapToGlobal(room.center()));
    QApplication::sendEvent(status, &help);
    QTRY_COMPARE(QToolTip::text(), message);
    QToolTip::hideText();

    // A short message shows whole, without a tooltip.
    status->showMessage(QStringLiteral("Claimed."));
    QCOMPARE(status->shownMessage(), QStringLiteral("Claimed."));
    QApplication::sendEvent(status, &help);
    QTRY_VERIFY(QToolTip::text().isEmpty());
}

void TestMainWindow::oneTierStory()
{
    // A lead lifted to Tier 1 by a pattern while its score alone is in Tier 2 Hot: the detail
    // says Tier 1 and why, with the Tier 1 band's action and SLA, never "Band: Tier 2 Hot".
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    LeadState lead;
    lead.id = contactId("dana");
    lead.tier = 1;
    lead.score = 70;
    lead.alertAtMs = now;
    lead.claimWindowMs = 5 * 60'000;
    lead.claimDeadlineMs = now + lead.claimWindowMs;
    lead.callDeadlineMs = now + 15 * 60'000;
    lead.card.id = QStringLiteral("dana");
    lead.card.name = QStringLiteral("Dana Demo");
    lead.card.tier = 1;
    lead.card.score = 70;
    lead.card.tierReason = QStringLiteral("pattern: Demo + pricing");
    lead.card.band = QStringLiteral("Tier 2 Hot");
    lead.card.tierBand = QStringLiteral("Tier 1 Hot");
    lead.card.action = QStringLiteral("Immediate routing");
    lead.card.sla = LeadCard::Sla{5, 15, QStringLiteral("Claim within 5 minutes, call within 15")};

    LeadDetailView view;
    view.showLead(lead, {}, QStringLiteral("you"), nullptr, now);
    const QString html = view.html();
    QVERIFY2(html.contains(QStringLiteral("Tier 1</span> — by the pattern")) ||
                 html.contains(QStringLiteral("Tier 1</b> — by the pattern")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("claim within 5 min, call within 15 min")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("Immediate routing")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("Band:")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("The score alone is in the band Tier 2 Hot")), qPrintable(html));
    bool badgeSaysWhy = false;
    for (const QLabel *label : view.findChildren<QLabel *>())
        badgeSaysWhy |= label->text().contains(QStringLiteral("Tier 1")) &&
                        label->text().contains(QStringLiteral("by the pattern"));
    QVERIFY(badgeSaysWhy);

    // The alert opened as Tier 2 (first call within 60 minutes) and the server holds it to
    // that: the detail shows the deadline the server enforces, not the new tier's label.
    lead.claimWindowMs = 60 * 60'000;
    lead.callDeadlineMs = now + 60 * 60'000;
    view.showLead(lead, {}, QStringLiteral("you"), nullptr, now);
    QVERIFY2(view.html().contains(QStringLiteral("first call within 60 min")), qPrintable(view.html()));
    QVERIFY(!view.html().contains(QStringLiteral("claim within 5 min")));

    // An account's multipliers are said in words, not as the rules' ids.
    LeadState account;
    account.id = QStringLiteral("account:acme");
    account.card.kind = LeadCard::Kind::Account;
    account.card.name = QStringLiteral("Acme");
    account.card.signalList = {{QStringLiteral("demo_request"), QStringLiteral("Demo request"),
                                QStringLiteral("ann"), now, 0, 30, 30}};
    account.card.multipliers = {{QStringLiteral("multi_contact"), 1.5}};
    view.showLead(account, {}, QStringLiteral("you"), nullptr, now);
    QVERIFY2(view.html().contains(QStringLiteral("several contacts engaged")), qPrintable(view.html()));
    QVERIFY(!view.html().contains(QStringLiteral("multi_contact")));

    // Raised by the alert trigger's tier floor.
    lead.card.tierReason = QStringLiteral("alert");
    view.showLead(lead, {}, QStringLiteral("you"), nullptr, now);
    QVERIFY2(view.html().contains(QStringLiteral("by the alert trigger")), qPrintable(view.html()));
}

void TestMainWindow::aWorkedLeadMovesToWorked()
{
    // A lead logged "Connected" leaves the queue but not the console: the Worked view has it,
    // searchable, with its call; on a fresh profile too.
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(raiseAlert(*m_demo, "bo", "Bo Chen", "Globex"));
    QVERIFY(startConsole(2));
    const QString ann = contactId("ann");
    m_desk->logCall(RepDesk::CallLog{ann, m_clock->nowMs(), 120, QStringLiteral("connected"), {}, {}});
    QTRY_COMPARE_WITH_TIMEOUT(m_window->queueProxy()->rowCount(), 1, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->pendingCount(), 0, kTimeout);
    QCOMPARE(m_demo->desk().lead(ann)->status, LeadState::Status::Done);
    const auto scopeAction = [this](QueueScope scope) -> QAction * {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->isCheckable() && action->data() == int(scope))
                return action;
        }
        return nullptr;
    };
    QAction *worked = scopeAction(QueueScope::Worked);
    QVERIFY(worked);
    QCOMPARE(worked->text(), QStringLiteral("&Worked"));
    worked->trigger();
    QCOMPARE(m_window->queueProxy()->rowCount(), 1);
    QCOMPARE(m_window->queueProxy()->index(0, AlertQueueModel::NameColumn).data().toString(),
             QStringLiteral("Ann Lee"));
    m_window->queueView()->setCurrentIndex(m_window->queueProxy()->index(0, AlertQueueModel::NameColumn));
    QVERIFY(m_window->detailView()->html().contains(QStringLiteral("Connected")));
    // Searchable there; the queue's other views do not show it.
    auto *search = m_window->findChild<QLineEdit *>();
    QVERIFY(search);
    search->setText(QStringLiteral("globex"));
    QCOMPARE(m_window->queueProxy()->rowCount(), 0);
    search->setText(QStringLiteral("acme"));
    QCOMPARE(m_window->queueProxy()->rowCount(), 1);
    search->clear();
    scopeAction(QueueScope::Mine)->trigger();
    QCOMPARE(m_window->queueProxy()->rowCount(), 0);

    // The same rep on a fresh profile: the feed's snapshot brings the worked lead and its call.
    m_window.reset();
    m_desk.reset();
    m_client->stop();
    QString error;
    m_store = ConsoleStore::open(m_dir->filePath(QStringLiteral("fresh.db")), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_client->setLastSeq(-1);
    m_desk = std::make_unique<RepDesk>(*m_store, *m_client, *m_clock);
    m_window = std::make_unique<MainWindow>(*m_desk, *m_client, *m_clock, *m_settings);
    QVERIFY(startConsole(1)); // the queue: Bo
    QVERIFY(m_desk->leads().contains(ann));
    m_window->selectLead(ann); // a worked lead opens the Worked view
    QCOMPARE(m_window->currentLeadId(), ann);
    QVERIFY(scopeAction(QueueScope::Worked)->isChecked());
    QVERIFY(m_window->detailView()->html().contains(QStringLiteral("Connected")));
}

void TestMainWindow::callsAndFollowUpsReachAFreshProfile()
{
    // Priya called Ann on another machine (no answer, with notes): Dana the manager sees the
    // call and the follow-ups in Ann's detail but not Priya's notes; Priya on a fresh profile
    // sees her notes and her follow-ups.
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    const auto priya = m_demo->desk().rep(QStringLiteral("Priya"));
    QVERIFY(priya);
    QVERIFY(handleRequest(m_demo->desk(), *priya,
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("call")},
                                      {QStringLiteral("id"), QStringLiteral("priya-call")},
                                      {QStringLiteral("lead"), contactId("ann")},
                                      {QStringLiteral("durationSeconds"), 30},
                                      {QStringLiteral("notes"), QStringLiteral("asked for Thursday")},
                                      {QStringLiteral("disposition"), QStringLiteral("no_answer")}})
                .value(QStringLiteral("ok"))
                .toBool());
    const auto openAs = [this](const QString &rep, const QString &file) {
        m_window.reset();
        m_desk.reset();
        m_client->stop();
        QString error;
        m_store = ConsoleStore::open(m_dir->filePath(file), &error); // a fresh profile
        QVERIFY2(m_store, qPrintable(error));
        QUrl url = m_demo->feedUrl();
        url.setPort(m_relay->port());
        m_client->setServer(url, m_demo->token(rep));
        m_client->setLastSeq(-1);
        m_desk = std::make_unique<RepDesk>(*m_store, *m_client, *m_clock);
        m_window = std::make_unique<MainWindow>(*m_desk, *m_client, *m_clock, *m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_desk->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_client->isConnected() && m_desk->leads().contains(contactId("ann")),
                                 kTimeout);
    };

    openAs(QStringLiteral("Dana"), QStringLiteral("dana.db"));
    m_window->selectLead(contactId("ann"));
    QString html = m_window->detailView()->html();
    QVERIFY2(!html.contains(QStringLiteral("No calls logged yet.")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("No answer")));
    QVERIFY(html.contains(QStringLiteral("by Priya")));
    QVERIFY(!html.contains(QStringLiteral("asked for Thursday")));
    QVERIFY(html.contains(QStringLiteral(">Follow-ups<")));
    QVERIFY(html.contains(QStringLiteral("2 of 6")));

    openAs(QStringLiteral("Priya"), QStringLiteral("priya.db"));
    m_window->selectLead(contactId("ann"));
    html = m_window->detailView()->html();
    QVERIFY2(html.contains(QStringLiteral("asked for Thursday")), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("by Priya"))); // her own
    QCOMPARE(m_window->taskView()->model()->rowCount(), 5);
}

void TestMainWindow::managersSeeTheLedgerAndTheAudit()
{
    // Priya claims Ann; Dana, the manager, sees it in the Team tab's fairness ledger and in the
    // routing audit under Ann's detail, both read from the feed.
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(raiseAlert(*m_demo, "bo", "Bo Chen", "Globex"));
    QVERIFY(claimedByPriya(*m_demo, contactId("ann")));
    QUrl url = m_demo->feedUrl();
    url.setPort(m_relay->port());
    m_client->setServer(url, m_demo->token(QStringLiteral("Dana")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_desk->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_client->isConnected() && m_desk->isManager(), kTimeout);
    ManagerView *manager = m_window->managerView();
    new QAbstractItemModelTester(manager->ledgerModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, manager);
    m_window->tabs()->setCurrentWidget(manager);
    QAbstractItemModel *ledger = manager->ledgerView()->model();
    const auto rowOf = [ledger](const QString &rep) {
        for (int row = 0; row < ledger->rowCount(); ++row) {
            if (ledger->index(row, LedgerModel::RepColumn).data().toString() == rep)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("Priya")) >= 0, kTimeout);
    const int priya = rowOf(QStringLiteral("Priya"));
    QCOMPARE(ledger->index(priya, LedgerModel::ClaimedColumn).data().toInt(), 1);
    QVERIFY(ledger->index(priya, LedgerModel::ClaimMedianColumn).data().toString() != QStringLiteral("–"));
    QCOMPARE(ledger->headerData(LedgerModel::SkippedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Skipped"));

    // Ann's detail ends with every routing decision about her, in order.
    m_window->tabs()->setCurrentIndex(0);
    m_window->selectLead(contactId("ann"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->detailView()->html().contains(QStringLiteral("Routing")), kTimeout);
    const QString html = m_window->detailView()->html();
    QVERIFY2(html.contains(QStringLiteral("claimed by Priya")), qPrintable(html));
    QVERIFY2(html.indexOf(QStringLiteral("offered to")) < html.indexOf(QStringLiteral("claimed by Priya")),
             qPrintable(html));
}

void TestMainWindow::managersSeeAndRetryFailedSyncs()
{
    // Priya's call on Ann never reached the CRM: Dana, the manager, sees it appear in the Team
    // tab's failed syncs as the feed marks it failed, with the CRM's reason, and queues it again.
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(claimedByPriya(*m_demo, contactId("ann")));
    const auto priya = m_demo->desk().rep(QStringLiteral("Priya"));
    QVERIFY(priya);
    const QString callId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(handleRequest(m_demo->desk(), *priya,
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("call")},
                                      {QStringLiteral("id"), callId},
                                      {QStringLiteral("lead"), contactId("ann")},
                                      {QStringLiteral("disposition"), QStringLiteral("connected")},
                                      {QStringLiteral("durationSeconds"), 90}})
                .value(QStringLiteral("ok"))
                .toBool());
    QUrl url = m_demo->feedUrl();
    url.setPort(m_relay->port());
    m_client->setServer(url, m_demo->token(QStringLiteral("Dana")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_desk->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_client->isConnected() && m_desk->isManager(), kTimeout);
    ManagerView *manager = m_window->managerView();
    new QAbstractItemModelTester(manager->syncsModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, manager);
    m_window->tabs()->setCurrentWidget(manager);
    QTabWidget *tabs = manager->bottomTabs();
    tabs->setCurrentWidget(manager->syncsView()->parentWidget());
    QTRY_VERIFY_WITH_TIMEOUT(visibleLabel(*manager, QStringLiteral("Every sync went through")), kTimeout);
    QCOMPARE(manager->syncsView()->model()->rowCount(), 0);
    QVERIFY(!manager->retryButton()->isEnabled());

    // The outbox gives up on the call; its verdict travels with the lead, and the list follows.
    FeedStore::OutboxRow item;
    item.id = QStringLiteral("call_1");
    item.target = QStringLiteral("crm");
    item.type = QStringLiteral("call.logged");
    item.leadId = contactId("ann");
    item.callId = callId;
    item.payload =
        QJsonDocument(QJsonObject{{QStringLiteral("leadCallId"), callId},
                                  {QStringLiteral("rep"), QStringLiteral("Priya")},
                                  {QStringLiteral("name"), QStringLiteral("Ann Lee")},
                                  {QStringLiteral("company"), QStringLiteral("Acme")},
                                  {QStringLiteral("startedAtMs"), QDateTime::currentMSecsSinceEpoch()}})
            .toJson(QJsonDocument::Compact);
    item.state = FeedStore::OutboxState::Failed;
    item.attempts = 3;
    item.lastError = QStringLiteral("HTTP 400: Property values were not valid");
    item.createdAtMs = item.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
    QString error;
    QVERIFY2(m_demo->store().addOutbox(item, &error), qPrintable(error));
    QVERIFY(m_demo->desk().setCallCrm(
        contactId("ann"), callId, LeadCall::Crm{QStringLiteral("failed"), {}, item.lastError}, {}, &error));
    QAbstractItemModel *syncs = manager->syncsView()->model();
    QTRY_COMPARE_WITH_TIMEOUT(syncs->rowCount(), 1, kTimeout);
    QCOMPARE(syncs->index(0, SyncsModel::LeadColumn).data().toString(), QStringLiteral("Ann Lee, Acme"));
    QCOMPARE(syncs->index(0, SyncsModel::RepColumn).data().toString(), QStringLiteral("Priya"));
    QCOMPARE(syncs->index(0, SyncsModel::TargetColumn).data().toString(), QStringLiteral("CRM"));
    QCOMPARE(syncs->index(0, SyncsModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(syncs->index(0, SyncsModel::AttemptsColumn).data().toInt(), 3);
    QCOMPARE(syncs->index(0, SyncsModel::ReasonColumn).data().toString(), item.lastError);
    QVERIFY(syncs->index(0, SyncsModel::CallColumn).data().toString() != QStringLiteral("–"));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Failed syncs (1)"));

    // Retry: queued again in the feed's outbox, the call waiting again, the list empty.
    manager->syncsView()->selectRow(0);
    QVERIFY(manager->retryButton()->isEnabled());
    QTest::mouseClick(manager->retryButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_demo->store().outboxItem(item.id, nullptr)->state,
                              FeedStore::OutboxState::Waiting, kTimeout);
    QCOMPARE(m_demo->store().outboxItem(item.id, nullptr)->attempts, 0);
    QCOMPARE(m_demo->desk().lead(contactId("ann"))->calls.constLast().crm.state, QStringLiteral("waiting"));
    QTRY_COMPARE_WITH_TIMEOUT(syncs->rowCount(), 0, kTimeout);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Failed syncs"));
}

void TestMainWindow::anOldCacheIsUpgradedWithProgress()
{
    // A cache from the first version, with leads: the console migrates it behind a progress
    // dialog that moves step by step to its end, then opens it as usual.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        QString error;
        const auto database =
            Database::open(path, Database::Migrations{ConsoleStore::migrations().constFirst()}, &error);
        QVERIFY2(database, qPrintable(error));
        QSqlQuery insert(database->connection());
        for (int n = 0; n < 50; ++n)
            QVERIFY(
                insert.exec(QStringLiteral("INSERT INTO leads (id, seq, status, escalation, tier, score, "
                                           "breach, signals, body) VALUES ('contact:%1', %1, 0, 0, 2, 30, 0, "
                                           "'', '{\"id\":\"contact:%1\"}')")
                                .arg(n)));
    }
    QCOMPARE(ConsoleStore::pendingMigrations(path), int(ConsoleStore::migrations().size()) - 1);
    CacheUpgradeDialog dialog;
    QString error;
    QVERIFY2(dialog.upgrade(path, &error) == CacheUpgradeDialog::Result::Upgraded, qPrintable(error));
    QVERIFY(dialog.reports() > 2);
    QVERIFY(dialog.maximum() > 0);
    QCOMPARE(dialog.value(), dialog.maximum());
    QCOMPARE(ConsoleStore::pendingMigrations(path), 0);
    const auto store = ConsoleStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->loadQueue(nullptr).size(), 50);
}

void TestMainWindow::closingTheCacheUpgradeStopsItBetweenSteps()
{
    // The rep closes the upgrade's dialog at its first step: the migration under way (one
    // transaction) finishes, the next does not start, and the cache, whole, goes on at the next open.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        QString error;
        const auto database =
            Database::open(path, Database::Migrations{ConsoleStore::migrations().constFirst()}, &error);
        QVERIFY2(database, qPrintable(error));
        QSqlQuery insert(database->connection());
        for (int n = 0; n < 50; ++n)
            QVERIFY(
                insert.exec(QStringLiteral("INSERT INTO leads (id, seq, status, escalation, tier, score, "
                                           "breach, signals, body) VALUES ('contact:%1', %1, 0, 0, 2, 30, 0, "
                                           "'', '{\"id\":\"contact:%1\"}')")
                                .arg(n)));
    }
    QCOMPARE(ConsoleStore::pendingMigrations(path), int(ConsoleStore::migrations().size()) - 1);
    const int pending = ConsoleStore::pendingMigrations(path);
    QVERIFY(pending > 1);
    CacheUpgradeDialog dialog;
    connect(&dialog, &CacheUpgradeDialog::progressed, &dialog, [&dialog](int done) {
        if (done == 1) {
            QVERIFY(dialog.isVisible());
            dialog.close();
        }
    });
    QString error;
    QCOMPARE(dialog.upgrade(path, &error), CacheUpgradeDialog::Result::Stopped);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(ConsoleStore::pendingMigrations(path), pending - 1);
    QVERIFY2(CacheUpgradeDialog::stoppedText().contains(QStringLiteral("the next time it starts")),
             qPrintable(CacheUpgradeDialog::stoppedText()));

    // The next start: nothing lost.
    const auto store = ConsoleStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(ConsoleStore::pendingMigrations(path), 0);
    QCOMPARE(store->loadQueue(nullptr).size(), 50);
}

void TestMainWindow::theTeamTabFitsAndAssignConfirms()
{
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(raiseAlert(*m_demo, "bo", "Bartholomew Kowalczyk-Henderson", "Globex"));
    QVERIFY(raiseAlert(*m_demo, "cy", "Cy Young", "Initech"));
    // Dana, the manager, on a 1024×640 screen.
    QUrl url = m_demo->feedUrl();
    url.setPort(m_relay->port());
    m_client->setServer(url, m_demo->token(QStringLiteral("Dana")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->resize(1024, 640); // the test's screen is smaller: the window fits itself to it on show
    m_desk->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_client->isConnected() && m_desk->isManager(), kTimeout);
    ManagerView *manager = m_window->managerView();
    m_window->tabs()->setCurrentWidget(manager);
    QTableView *leads = manager->leadsView();
    QTRY_COMPARE_WITH_TIMEOUT(leads->model()->rowCount(), 3, kTimeout);
    QApplication::processEvents();

    // Waiting and SLA are on screen; no name is cut.
    const int viewport = leads->viewport()->width();
    for (int column : {int(AlertQueueModel::SlaColumn), int(AlertQueueModel::WaitingColumn)}) {
        QVERIFY(!leads->isColumnHidden(column));
        QVERIFY2(leads->columnViewportPosition(column) + leads->columnWidth(column) <= viewport,
                 qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                .arg(column)
                                .arg(leads->columnViewportPosition(column) + leads->columnWidth(column))
                                .arg(viewport)));
    }
    for (int row = 0; row < leads->model()->rowCount(); ++row) {
        const QString name = leads->model()->index(row, AlertQueueModel::NameColumn).data().toString();
        QFont bold = leads->font();
        bold.setBold(true);
        QVERIFY2(QFontMetrics(bold).horizontalAdvance(name) <=
                     leads->columnWidth(AlertQueueModel::NameColumn),
                 qPrintable(QStringLiteral("%1: %2 in %3")
                                .arg(name)
                                .arg(QFontMetrics(bold).horizontalAdvance(name))
                                .arg(leads->columnWidth(AlertQueueModel::NameColumn))));
    }
    QTableView *team = manager->teamView();
    for (int row = 0; row < team->model()->rowCount(); ++row) {
        const QString name = team->model()->index(row, 0).data().toString();
        QVERIFY2(team->fontMetrics().horizontalAdvance(name) <= team->columnWidth(0),
                 qPrintable(QStringLiteral("%1 in %2").arg(name).arg(team->columnWidth(0))));
    }

    // Assign says so in the status bar, and the selection does not move onto the next lead.
    leads->setCurrentIndex(leads->model()->index(0, AlertQueueModel::NameColumn));
    const QString first = leads->currentIndex().data(AlertQueueModel::LeadIdRole).toString();
    QPushButton *assign = button(*manager, QStringLiteral("&Assign"));
    QVERIFY(assign && assign->isEnabled());
    QTest::mouseClick(assign, Qt::LeftButton);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Assigned ")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_demo->desk().lead(first)->assignedTo.isEmpty() ||
                                 !m_demo->desk().lead(first)->claimedBy.isEmpty() ||
                                 !m_demo->desk().lead(first)->owner.isEmpty(),
                             kTimeout);
    QTest::qWait(300); // the feed's update reaches the console
    const QString selected = leads->currentIndex().data(AlertQueueModel::LeadIdRole).toString();
    QVERIFY2(selected.isEmpty() || selected == first, qPrintable(selected));
    QVERIFY(!assign->isEnabled()); // a second click cannot hand out another lead
}

void TestMainWindow::theWindowFitsTheScreen_data()
{
    QTest::addColumn<QRect>("frame");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("fitted");
    QTest::addRow("default size on a 1024×640 screen")
        << QRect(0, 0, 1280, 760) << QRect(0, 0, 1024, 640) << QRect(0, 0, 1024, 640);
    QTest::addRow("2560×1440 at ×2: 1280×720 logical, a panel on top")
        << QRect(100, 100, 1280, 760) << QRect(0, 32, 1280, 688) << QRect(0, 32, 1280, 688);
    QTest::addRow("saved on a larger screen, off to the right")
        << QRect(2000, 900, 800, 600) << QRect(0, 0, 1920, 1040) << QRect(1120, 440, 800, 600);
    QTest::addRow("fits: left alone")
        << QRect(50, 60, 800, 500) << QRect(0, 0, 1024, 640) << QRect(50, 60, 800, 500);
}

void TestMainWindow::theWindowFitsTheScreen()
{
    QFETCH(QRect, frame);
    QFETCH(QRect, available);
    QFETCH(QRect, fitted);
    QCOMPARE(MainWindow::fitToScreen(frame, available), fitted);

    // The console itself: on the test's screen the whole window and its status bar show.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QRect screen = m_window->screen()->availableGeometry();
    QVERIFY2(screen.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("%1,%2 %3×%4 on %5×%6")
                            .arg(m_window->frameGeometry().x())
                            .arg(m_window->frameGeometry().y())
                            .arg(m_window->frameGeometry().width())
                            .arg(m_window->frameGeometry().height())
                            .arg(screen.width())
                            .arg(screen.height())));
    QStatusBar *status = m_window->statusBar();
    QVERIFY(screen.contains(status->mapToGlobal(QPoint(0, status->height() - 1))));
}

void TestMainWindow::germanReadsGerman()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(FIRSTCALL_QM_DIR "/firstcall_de.qm")));
    QCoreApplication::installTranslator(&german);
    const auto english = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });

    // The detail: the account, the SLA and the tier's reason in German.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    LeadState lead;
    lead.id = contactId("ann");
    lead.tier = 2;
    lead.claimedBy = QStringLiteral("Alex");
    lead.card.id = QStringLiteral("ann");
    lead.card.name = QStringLiteral("Ann Lee");
    lead.card.tier = 2;
    lead.card.tierReason = QStringLiteral("score");
    lead.card.sla = LeadCard::Sla{60, 60, QStringLiteral("First call within 60 minutes")};
    lead.card.accountPanel =
        LeadCard::AccountPanel{QStringLiteral("acme"), QStringLiteral("Acme"), {}, 40, {}, {}, {}};
    LeadDetailView view;
    view.showLead(lead, {}, QStringLiteral("Alex"), nullptr, now);
    const QString html = view.html();
    QVERIFY2(html.contains(QStringLiteral("Konto: Acme")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("Erstanruf innerhalb von 60 Min.")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("nach Score")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("First call")), qPrintable(html));

    // The rules' words and the feed's reasons, said in German at display time (the wire keeps
    // the rules' own words): reasons, band, action, cadence, signal names, the queue's summary.
    lead.card.alertReasons = {
        QStringLiteral("score 72.46 ≥ 70"), // whole, as the score is shown everywhere
        QStringLiteral("Demo request or Contact sales or Free trial start in the last 24h"),
        QStringLiteral("2+ × Pricing page visit in the last 24h"),
        // as the demo's in-process feed words it in German
        QStringLiteral("Return visit oder Email click in den letzten 7d")};
    lead.card.band = QStringLiteral("Tier 3 Warm");
    lead.card.tierBand = QStringLiteral("Tier 2 Hot");
    lead.card.action = QStringLiteral("Priority routing, same-day outreach");
    lead.card.cadence = QStringLiteral("6 attempts over 7 business days");
    lead.card.signalList = {{QStringLiteral("demo_request"), QStringLiteral("Demo request"),
                             QStringLiteral("ann"), now, 0, 30, 30}};
    lead.card.summary = QStringLiteral("Demo request + 2× Pricing page visit");
    view.showLead(lead, {}, QStringLiteral("Alex"), nullptr, now);
    const QString rules = view.html();
    for (const char *word :
         {"Score 72 ≥ 70",
          "Demo-Anfrage oder Vertriebsanfrage oder Start der Testphase in den letzten 24 Std.",
          "2+ × Besuch der Preisseite in den letzten 24 Std.", "Vorrangige Zuweisung, Kontakt am selben Tag",
          "6 Versuche über 7 Werktage", "Tier 3 warm",
          "Wiederholter Besuch oder E-Mail-Klick in den letzten 7 Tagen"})
        QVERIFY2(rules.contains(QString::fromUtf8(word)), word);
    for (const char *word : {"Demo request", "Pricing page visit", "Priority routing", "business days",
                             "in the last", "72,46", "72.46"})
        QVERIFY2(!rules.contains(QLatin1StringView(word)), word);

    // The queue: one's own claim reads "Sie", not the rep name.
    AlertQueueModel queue;
    queue.setMe(QStringLiteral("Alex"));
    QHash<QString, QueueLead> leads;
    leads.insert(lead.id, QueueLead::fromLead(lead, 1, nullptr));
    queue.reset(leads);
    QCOMPARE(queue.index(0, AlertQueueModel::OwnerColumn).data().toString(), QStringLiteral("Sie"));
    QCOMPARE(queue.index(0, AlertQueueModel::SignalsColumn).data().toString(),
             QStringLiteral("Demo-Anfrage + 2× Besuch der Preisseite"));
    // Mid-sentence, German nouns keep their capitals ("Demo-Anfrage", not "demo-anfrage").
    const QString voicemail = MainWindow::voicemailFor(lead, QStringLiteral("Sam"));
    QVERIFY2(voicemail.contains(QStringLiteral("(Demo-Anfrage + 2× Besuch der Preisseite)")),
             qPrintable(voicemail));

    // The window at 1024×640: "Wiedervorlagen", and a search placeholder that is not cut.
    MainWindow window(*m_desk, *m_client, *m_clock, *m_settings);
    window.resize(1024, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(visibleLabel(window, QStringLiteral("Wiedervorlagen")));
    QLineEdit *search = nullptr;
    for (QLineEdit *edit : window.findChildren<QLineEdit *>())
        search = edit->placeholderText().contains(QStringLiteral("suchen")) ? edit : search;
    QVERIFY(search);
    QVERIFY2(search->fontMetrics().horizontalAdvance(search->placeholderText()) + 24 <= search->width(),
             qPrintable(QString::number(search->width())));

    // The dashboard's table: every header shows whole.
    DashboardView dashboard(*m_desk);
    dashboard.resize(1024, 560);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    QTableWidget *byRep = dashboard.findChild<QTableWidget *>();
    QVERIFY(byRep);
    QHeaderView *header = byRep->horizontalHeader();
    for (int column = 0; column < byRep->columnCount(); ++column) {
        const QString text = byRep->horizontalHeaderItem(column)->text();
        QVERIFY2(text != QStringLiteral("First attempt\nP50"), "not translated");
        int widest = 0;
        for (const QString &line : text.split(u'\n'))
            widest = std::max(widest, header->fontMetrics().horizontalAdvance(line));
        QVERIFY2(widest <= header->sectionSize(column),
                 qPrintable(
                     QStringLiteral("%1: %2 in %3").arg(text).arg(widest).arg(header->sectionSize(column))));
    }
}

void TestMainWindow::theDashboardExplainsItself()
{
    DashboardView dashboard(*m_desk);
    dashboard.resize(1024, 560);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    // Three alerts: a connect P50 below the attempt P50 needs a word of explanation; one claimed
    // a minute ago and not called yet is "not yet", not "never".
    const QJsonObject metrics{
        {QStringLiteral("alerts"), 3},
        {QStringLiteral("notYet"), 1},
        {QStringLiteral("responseToAttempt"),
         QJsonObject{{QStringLiteral("p50Minutes"), 12.0}, {QStringLiteral("p95Minutes"), 40.0}}},
        {QStringLiteral("responseToConnect"),
         QJsonObject{{QStringLiteral("p50Minutes"), 3.0}, {QStringLiteral("p95Minutes"), 3.0}}},
        {QStringLiteral("buckets"),
         QJsonArray{QJsonObject{{QStringLiteral("alerts"), 1}}, QJsonObject{{QStringLiteral("alerts"), 0}},
                    QJsonObject{{QStringLiteral("alerts"), 1}}, QJsonObject{{QStringLiteral("alerts"), 0}}}},
    };
    dashboard.showMetrics(metrics,
                          QStringLiteral("metric,scope,bucket,value\nalerts,team,,3\nnot_yet,team,,1\n"
                                         "alerts,team,never,0\nhot_leads,2026-03-02,,3\n"));
    QVERIFY2(dashboard.summaryText().contains(
                 QStringLiteral("First connect counts only the leads that were reached")),
             qPrintable(dashboard.summaryText()));
    QVERIFY2(dashboard.summaryText().contains(QStringLiteral(
                 "1 not called yet but still inside the call SLA: counted apart, not as never")),
             qPrintable(dashboard.summaryText()));

    // The response chart: one colour per bucket, and whole-number ticks on its count axis.
    QChart *chart = nullptr;
    for (QChartView *view : dashboard.findChildren<QChartView *>())
        chart = view->chart()->title() == QStringLiteral("Response to hot leads") ? view->chart() : chart;
    QVERIFY(chart);
    QSet<QRgb> colours;
    for (QAbstractSeries *series : chart->series()) {
        for (QBarSet *set : static_cast<QAbstractBarSeries *>(series)->barSets())
            colours.insert(set->color().rgb());
    }
    QCOMPARE(colours.size(), 5); // four buckets and "not yet"
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).constFirst());
    QVERIFY(axis);
    QCOMPARE(axis->categories().last(), QStringLiteral("not yet"));
    const auto *counts = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).constFirst());
    QVERIFY(counts);
    QCOMPARE(counts->tickType(), QValueAxis::TicksDynamic);
    QVERIFY(counts->tickInterval() >= 1);
    QVERIFY(!counts->titleText().isEmpty());

    // Export asks where, starting in the documents folder, and says where it went.
    const QString target = m_dir->filePath(QStringLiteral("metrics.csv"));
    QVERIFY(QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
    QString startedIn;
    QTimer::singleShot(200, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        startedIn = dialog->directory().absolutePath();
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(target);
        static_cast<QDialog *>(dialog)->accept();
    });
    QSignalSpy said(&dashboard, &DashboardView::statusMessage);
    dashboard.exportCsv();
    QCOMPARE(startedIn,
             QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).absolutePath());
    QVERIFY(QFile::exists(target));
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.at(0).at(0).toString().contains(QStringLiteral("metrics.csv")),
             qPrintable(said.at(0).at(0).toString()));
    const auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    QCOMPARE(read(target).split(u'\n').first(), QStringLiteral("metric,scope,bucket,value"));

    // The wide format, chosen as the dialog's file type: one row per scope, figures as columns.
    const QString wideTarget = m_dir->filePath(QStringLiteral("metrics-wide.csv"));
    QStringList types;
    QTimer::singleShot(200, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        types = dialog->nameFilters();
        dialog->selectNameFilter(types.value(1));
        dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(wideTarget);
        static_cast<QDialog *>(dialog)->accept();
    });
    dashboard.exportCsv();
    QCOMPARE(types.size(), 2);
    QVERIFY2(types.at(1).contains(QStringLiteral("one row per rep or day")), qPrintable(types.join(u'|')));
    QCOMPARE(read(wideTarget), QStringLiteral("scope,alerts,not_yet,alerts:never,hot_leads\n"
                                              "team,3,1,0,\n"
                                              "2026-03-02,,,,3\n"));
    QCOMPARE(said.size(), 2);
    QVERIFY2(said.at(1).at(0).toString().contains(QStringLiteral("one row per rep or day")),
             qPrintable(said.at(1).at(0).toString()));
}

void TestMainWindow::aRowHasAMenuAndAnEmail()
{
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(raiseAlert(*m_demo, "bo", "Bo Chen", "Globex"));
    QVERIFY(startConsole(2));
    // The menu of the second row selects it first: its actions act on the lead the detail shows.
    const QModelIndex second = m_window->queueView()->model()->index(1, AlertQueueModel::CompanyColumn);
    const QString id = second.data(AlertQueueModel::LeadIdRole).toString();
    QMenu *menu = m_window->rowMenu(second);
    QVERIFY(menu);
    QCOMPARE(m_window->detailView()->leadId(), id);
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts.append(action->text());
    for (const char *wanted : {"&Claim", "C&all", "&Log a call…", "&Release", "&Email…"})
        QVERIFY2(texts.contains(QString::fromUtf8(wanted)), qPrintable(texts.join(u'|')));
    delete menu;
    QVERIFY(!m_window->rowMenu(QModelIndex()));

    // The email: to the lead, with its name, company and signals.
    LeadState lead;
    lead.card.name = QStringLiteral("Ann Lee");
    lead.card.company = QStringLiteral("Acme");
    lead.card.email = QStringLiteral("ann@acme.test");
    lead.card.summary = QStringLiteral("Demo request + Pricing page visit");
    const QUrl mail = MainWindow::mailtoFor(lead, QStringLiteral("Sam"));
    QCOMPARE(mail.scheme(), QStringLiteral("mailto"));
    QCOMPARE(mail.path(), QStringLiteral("ann@acme.test"));
    const QUrlQuery query(mail);
    QVERIFY(
        query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded).contains(QStringLiteral("Acme")));
    const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
    QVERIFY2(body.startsWith(QStringLiteral("Hi Ann,")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("demo request")) && body.endsWith(QStringLiteral("Sam")),
             qPrintable(body));
}

void TestMainWindow::theDetailShowsEachCallsCrmState_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("shown"); // the CRM line as text; empty: none
    const QString record = QStringLiteral("https://app-eu1.hubspot.com/contacts/4711/record/0-1/9001");
    QTest::newRow("no CRM") << QString() << QString() << QString() << QString();
    QTest::newRow("waiting") << QStringLiteral("waiting") << QString() << QString()
                             << QStringLiteral("CRM: waiting");
    QTest::newRow("waiting after a failed try")
        << QStringLiteral("waiting") << QString() << QStringLiteral("HTTP 503: Service Unavailable")
        << QStringLiteral("CRM: waiting, the last try failed: HTTP 503: Service Unavailable");
    QTest::newRow("logged") << QStringLiteral("logged") << record << QString()
                            << QStringLiteral("CRM: logged");
    QTest::newRow("failed") << QStringLiteral("failed") << QString()
                            << QStringLiteral("HTTP 422: Property values were not valid")
                            << QStringLiteral("CRM: failed: HTTP 422: Property values were not valid");
}

void TestMainWindow::theDetailShowsEachCallsCrmState()
{
    QFETCH(QString, state);
    QFETCH(QString, url);
    QFETCH(QString, error);
    QFETCH(QString, shown);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    LeadState lead;
    lead.id = QStringLiteral("contact:ann");
    lead.card.id = QStringLiteral("ann");
    lead.card.name = QStringLiteral("Ann Lee");
    protocol::Request call;
    call.kind = protocol::Request::Kind::Call;
    call.id = QStringLiteral("call-1");
    call.leadId = lead.id;
    call.disposition = QStringLiteral("connected");
    call.durationSeconds = 95;
    call.startedAtMs = now - 60'000;
    lead.calls.append(LeadCall{call.id,
                               QStringLiteral("you"),
                               now - 60'000,
                               95,
                               call.disposition,
                               {},
                               {},
                               LeadCall::Crm{state, url, error}});
    if (state == u"logged")
        lead.crmUrl = url;

    LeadDetailView view;
    view.resize(640, 480);
    view.show();
    view.showLead(lead, {call}, QStringLiteral("you"), nullptr, now);
    auto *body = view.findChild<QTextBrowser *>();
    QVERIFY(body);
    const QString text = body->toPlainText();
    if (shown.isEmpty())
        QVERIFY2(!text.contains(u"CRM"), qPrintable(text));
    else
        QVERIFY2(text.contains(shown), qPrintable(text));
    QCOMPARE(text.contains(QStringLiteral("Open in CRM")), !lead.crmUrl.isEmpty());
    QCOMPARE(view.html().contains(QStringLiteral("href=\"%1\"").arg(url)), !url.isEmpty());

    // A record's link opens in the browser (QDesktopServices), as the anchor the rep clicks.
    Softphone browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "dial");
    if (!url.isEmpty())
        Q_EMIT body->anchorClicked(QUrl(url));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(browser.dialled, url.isEmpty() ? QList<QUrl>() : QList<QUrl>{QUrl(url)});
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::accountRowsSayWhomToCall()
{
    // Issue 14, item 16: an account row says it is an account, shows its score as the
    // account's (not beside capped contact scores as if it were one), names the contact to call
    // and dials them; the demo's people have distinct names, so no two rows read the same.
    QJsonArray calls;
    const auto person = [&calls](const char *id, const char *name, const char *phone, int pricing) {
        const QString user = QLatin1StringView(id);
        QJsonObject traits{{u"name"_qs, QLatin1StringView(name)}, {u"title"_qs, u"VP Sales"_qs}};
        if (*phone)
            traits.insert(u"phone"_qs, QLatin1StringView(phone));
        calls.append(QJsonObject{{u"type"_qs, u"identify"_qs},
                                 {u"messageId"_qs, QString(user + u"-i"_qs)},
                                 {u"userId"_qs, user},
                                 {u"traits"_qs, traits}});
        calls.append(QJsonObject{{u"type"_qs, u"group"_qs},
                                 {u"messageId"_qs, QString(user + u"-g"_qs)},
                                 {u"userId"_qs, user},
                                 {u"groupId"_qs, u"acme"_qs},
                                 {u"traits"_qs, QJsonObject{{u"name"_qs, u"Acme Corp"_qs}}}});
        calls.append(QJsonObject{{u"type"_qs, u"track"_qs},
                                 {u"messageId"_qs, QString(user + u"-d"_qs)},
                                 {u"userId"_qs, user},
                                 {u"event"_qs, u"Demo Requested"_qs}});
        for (int i = 0; i < pricing; ++i)
            calls.append(QJsonObject{{u"type"_qs, u"page"_qs},
                                     {u"messageId"_qs, QString(user + u"-p"_qs + QString::number(i))},
                                     {u"userId"_qs, user},
                                     {u"properties"_qs, QJsonObject{{u"path"_qs, u"/pricing"_qs}}}});
    };
    person("ann", "Ann Lee", "+1 555 0100", 2);
    person("bo", "Bo Chen", "", 3); // the higher score, but no phone
    QVERIFY(postCalls(*m_demo, calls));
    QVERIFY(startConsole(3));
    const QString account = u"account:acme"_qs;
    const QAbstractItemModel *model = m_window->queueView()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        row = model->index(r, 0).data(AlertQueueModel::LeadIdRole).toString() == account ? r : row;
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, AlertQueueModel::TitleColumn).data().toString(), u"Account · call Ann Lee"_qs);
    QCOMPARE(model->index(row, AlertQueueModel::CompanyColumn).data().toString(),
             u"Account · call Ann Lee"_qs);
    const QString score = model->index(row, AlertQueueModel::ScoreColumn).data().toString();
    QVERIFY2(score.endsWith(u" acct."_qs) && score.chopped(6).toDouble() > 100, qPrintable(score));
    QVERIFY(!model->index(row, AlertQueueModel::ScoreColumn).data(Qt::ToolTipRole).toString().isEmpty());
    for (int r = 0; r < model->rowCount(); ++r) {
        if (r != row)
            QVERIFY(!model->index(r, AlertQueueModel::ScoreColumn).data().toString().contains(u"acct"_qs));
    }
    QCOMPARE(m_desk->dial(account), QUrl(u"tel:+15550100"_qs));

    m_window->selectLead(account);
    QTRY_COMPARE(m_window->detailView()->leadId(), account);
    QPushButton *call = nullptr;
    for (QPushButton *b : m_window->detailView()->findChildren<QPushButton *>())
        call = b->text().startsWith(u"Call"_qs) ? b : call;
    QVERIFY(call);
    QVERIFY(call->isEnabled());
    QCOMPARE(call->text(), u"Call Ann Lee, +1 555 0100"_qs);
    const QString html = m_window->detailView()->html();
    QVERIFY2(html.contains(u"Contacts to call"_qs) && html.contains(u"Bo Chen"_qs), qPrintable(html));
    QVERIFY(html.contains(u"several contacts engaged"_qs));
    QVERIFY(!html.contains(u"multi_contact"_qs));

    // The new alert's status line names the account once (an account's company is itself).
    const QString name = m_desk->leads().value(account).name;
    QVERIFY(!name.isEmpty());
    Q_EMIT m_desk->hotLead(account);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(name));
    QVERIFY2(!m_window->statusBar()->currentMessage().contains(name + u" — "_qs + name),
             qPrintable(m_window->statusBar()->currentMessage()));

    // The demo's people: one name each, whatever the seed.
    for (quint32 seed = 1; seed <= 50; ++seed) {
        SignalSimulator simulator(QUrl(), QString(), seed);
        QSet<QString> names;
        for (const SignalSimulator::Person &p : simulator.people())
            QVERIFY2(!names.contains(p.name),
                     qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(p.name)));
        for (const SignalSimulator::Person &p : simulator.people())
            names.insert(p.name);
    }
}

void TestMainWindow::notesOutsideACallAndVoicemail()
{
    // Issue 14, item 19: a note without a call, kept on the feed (a fresh profile shows it) and
    // shown only to its writer; the call log has a voicemail script that follows the cadence.
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(startConsole(1));
    const QString id = contactId("ann");
    m_window->selectLead(id);
    QTRY_COMPARE(m_window->detailView()->leadId(), id);
    QAction *note = actionFor(*m_window, QKeySequence(Qt::CTRL | Qt::Key_N));
    QVERIFY(note);
    QVERIFY(m_window->rowMenu(m_window->queueView()->currentIndex())->actions().contains(note));
    // Settings has a shortcut of its own (Preferences is empty on some desktops).
    QAction *settings = actionFor(*m_window, QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QVERIFY(settings);
    QSignalSpy settingsAsked(m_window.get(), &MainWindow::settingsRequested);
    settings->trigger();
    QCOMPARE(settingsAsked.count(), 1);
    // Longer than the feed takes: refused here with the reason, rather than lost on the way.
    m_window->addNoteForCurrent(QString(protocol::kMaxNoteText + 1, u'x'));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Note not saved: it has %1 characters; a note holds at most %2."_qs.arg(
                 QLocale().toString(protocol::kMaxNoteText + 1), QLocale().toString(protocol::kMaxNoteText)));
    QVERIFY(m_desk->notes(id).isEmpty());
    QCOMPARE(m_desk->pendingCount(), 0);
    m_window->addNoteForCurrent(u"Asked for pricing in EUR"_qs);
    QVERIFY2(m_window->detailView()->html().contains(u"Asked for pricing in EUR"_qs),
             qPrintable(m_window->detailView()->html()));
    QTRY_COMPARE(m_desk->pendingCount(), 0); // the feed has it
    const auto stored = m_demo->desk().lead(id);
    QVERIFY(stored);
    QCOMPARE(stored->notes.size(), 1);
    QCOMPARE(stored->notes.first().text, u"Asked for pricing in EUR"_qs);
    QVERIFY(stored->claimedBy.isEmpty());       // a note claims nothing
    QVERIFY(m_desk->loggedCalls(id).isEmpty()); // and is no call

    // The same rep on a fresh profile sees it.
    QTemporaryDir fresh;
    QString error;
    auto store = ConsoleStore::open(fresh.filePath(u"console.db"_qs), &error);
    QVERIFY2(store, qPrintable(error));
    FeedClient client(*m_clock);
    client.setServer(m_demo->feedUrl(), m_demo->token(m_demo->consoleRep()));
    RepDesk desk(*store, client, *m_clock);
    desk.start();
    QTRY_COMPARE_WITH_TIMEOUT(desk.notes(id).size(), 1, kTimeout);
    QCOMPARE(desk.notes(id).first().text, u"Asked for pricing in EUR"_qs);

    // Voicemail: a first touch, then a follow-up, then the last step of the cadence.
    LeadState lead = *m_desk->leadDetail(id);
    lead.card.summary = u"Demo request"_qs;
    QString first = MainWindow::voicemailFor(lead, u"Sam"_qs);
    QVERIFY2(first.startsWith(u"Hi Ann, this is Sam."_qs) && first.contains(u"demo request"_qs),
             qPrintable(first));
    lead.card.summary = u"ROI calculator + 2× Demo request"_qs; // an acronym keeps its capitals
    QVERIFY2(MainWindow::voicemailFor(lead, u"Sam"_qs).contains(u"(ROI calculator + 2× demo request)"_qs),
             qPrintable(MainWindow::voicemailFor(lead, u"Sam"_qs)));
    lead.card.summary = u"Demo request"_qs;
    lead.tasks = {LeadTask{1, 0, u"call"_qs, 1, 6, true}, LeadTask{2, 0, u"call"_qs, 2, 6, false}};
    QVERIFY(MainWindow::voicemailFor(lead, u"Sam"_qs).contains(u"following up"_qs));
    QVERIFY(QUrlQuery(MainWindow::mailtoFor(lead, u"Sam"_qs))
                .queryItemValue(u"body"_qs, QUrl::FullyDecoded)
                .contains(u"left you a message"_qs));
    lead.tasks = {LeadTask{6, 0, u"call"_qs, 6, 6, false}};
    QVERIFY(MainWindow::voicemailFor(lead, u"Sam"_qs).contains(u"one last time"_qs));
    QVERIFY(QUrlQuery(MainWindow::mailtoFor(lead, u"Sam"_qs))
                .queryItemValue(u"body"_qs, QUrl::FullyDecoded)
                .contains(u"last note"_qs));
    CallLogDialog *dialog = nullptr;
    connect(m_window.get(), &MainWindow::callLogOpened, this, [&dialog](CallLogDialog *d) { dialog = d; });
    m_window->logCallForCurrent(false);
    QVERIFY(dialog);
    QVERIFY2(dialog->voicemailScript().contains(u"Hi Ann"_qs), qPrintable(dialog->voicemailScript()));
    // The demo's rep at the console says a name a person would: "this is Alex", not "this is you".
    QVERIFY2(dialog->voicemailScript().contains(u"this is Alex."_qs), qPrintable(dialog->voicemailScript()));
    dialog->reject();
}

void TestMainWindow::theDashboardSummaryIsNeverCut_data()
{
    // The page's own size: what the tab leaves of the window (menu, tool bar, tabs, status bar).
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    QTest::addRow("window 1024x560") << QSize(1024, 440) << u"en"_qs;
    QTest::addRow("window 1024x640") << QSize(1024, 520) << u"en"_qs;
    QTest::addRow("window 1024x560, German") << QSize(1024, 440) << u"de"_qs;
}

void TestMainWindow::theDashboardSummaryIsNeverCut()
{
    // Issue 14: the dashboard's summary (several lines with the "not yet" and P50 notes) shows
    // whole in a 1024×560 window; the charts scroll below it instead.
    QFETCH(QSize, size);
    QFETCH(QString, language);
    QTranslator german;
    if (language == u"de") {
        QVERIFY(german.load(QStringLiteral(FIRSTCALL_QM_DIR "/firstcall_de.qm")));
        QCoreApplication::installTranslator(&german);
    }
    const auto english = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
    QWidget tab; // as the tab widget holds it: the page gets the tab's size, whatever it would like
    tab.resize(size);
    auto *dashboard = new DashboardView(*m_desk, &tab);
    dashboard->setGeometry(QRect(QPoint(), size));
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    const QJsonObject metrics =
        QJsonDocument::fromJson(R"({"alerts":42,"notYet":3,"allLeads":336,"hotLeadShare":0.125,
        "responseToAttempt":{"count":30,"p50Minutes":12.5,"p95Minutes":88},
        "responseToConnect":{"count":10,"p50Minutes":4.5,"p95Minutes":40},
        "claimToCall":{"count":30,"p50Minutes":3},
        "byRep":{"Sam":{"attempt":{"p50Minutes":5},"connect":{"p50Minutes":3}}},
        "buckets":[{"alerts":10},{"alerts":10},{"alerts":10},{"alerts":9}],"days":[]})")
            .object();
    dashboard->showMetrics(metrics, u"metric,scope,bucket,value\n"_qs);
    QLabel *summary = nullptr;
    for (QLabel *label : dashboard->findChildren<QLabel *>())
        summary = label->text() == dashboard->summaryText() ? label : summary;
    QVERIFY(summary);
    QTRY_VERIFY2(
        summary->height() >= summary->heightForWidth(summary->width()),
        qPrintable(
            QStringLiteral("%1 < %2").arg(summary->height()).arg(summary->heightForWidth(summary->width()))));
    QVERIFY(summary->mapTo(dashboard, QPoint(0, summary->height())).y() <= size.height());
    // The page asks no more height than the tab has, so the window need not grow past the
    // screen (cutting off the summary or the status bar).
    QVERIFY2(dashboard->minimumSizeHint().height() <= size.height(),
             qPrintable(QString::number(dashboard->minimumSizeHint().height())));
    // The charts are all there, the ones that do not fit a scroll away.
    QCOMPARE(dashboard->findChildren<QChartView *>().size(), 3);
}

void TestMainWindow::theQueueFitsA1024Screen()
{
    QVERIFY(raiseAlert(*m_demo, "ann", "Ann Lee", "Acme"));
    QVERIFY(raiseAlert(*m_demo, "bo", "Bartholomew Kowalczyk-Henderson", "Globex International Holdings"));
    QVERIFY(raiseAlert(*m_demo, "cy", "Cy Young", "Initech"));
    QVERIFY(raiseAlert(*m_demo, "max", "Maximiliana Alexandrovna Konstantinopoulou-Wittgenstein",
                       "Globex International Holdings and Subsidiaries Worldwide"));
    QVERIFY(startConsole(4));
    QueueView *queue = m_window->queueView();
    const auto visibleWidth = [queue] {
        int width = 0;
        for (int column = 0; column < queue->model()->columnCount(); ++column)
            width += queue->isColumnHidden(column) ? 0 : queue->columnWidth(column);
        return width;
    };

    // On a 1024×640 screen: no sideways scrolling; tier, name, score and SLA on screen.
    m_window->resize(1024, 640); // the test's screen is smaller: the window fits itself to it on show
    QTRY_COMPARE(m_window->size(), QSize(1024, 640));
    QApplication::processEvents();
    QCOMPARE(queue->horizontalScrollBar()->maximum(), 0);
    QTRY_VERIFY(!queue->horizontalScrollBar()->isVisible());
    QVERIFY2(visibleWidth() <= queue->viewport()->width(),
             qPrintable(QStringLiteral("%1 in %2").arg(visibleWidth()).arg(queue->viewport()->width())));
    for (int column : {int(AlertQueueModel::TierColumn), int(AlertQueueModel::NameColumn),
                       int(AlertQueueModel::ScoreColumn), int(AlertQueueModel::SlaColumn)}) {
        QVERIFY2(!queue->isColumnHidden(column), qPrintable(QString::number(column)));
        QVERIFY(queue->columnViewportPosition(column) + queue->columnWidth(column) <=
                queue->viewport()->width());
    }
    QVERIFY(queue->isColumnHidden(AlertQueueModel::SignalsColumn)); // the least useful goes first

    // A long name is cut to its column and shows whole in its tooltip.
    const QStringList names = namesShown();
    const int row = int(names.indexOf(QStringLiteral("Bartholomew Kowalczyk-Henderson")));
    QVERIFY(row >= 0);
    const QModelIndex name = queue->model()->index(row, AlertQueueModel::NameColumn);
    QFont bold = queue->font();
    bold.setBold(true);
    QVERIFY(QFontMetrics(bold).horizontalAdvance(name.data().toString()) > queue->columnWidth(name.column()));
    const QRect cell = queue->visualRect(name);
    QHelpEvent help(QEvent::ToolTip, cell.center(), queue->viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(queue->viewport(), &help);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Bartholomew Kowalczyk-Henderson"));
    QToolTip::hideText();

    // A lead's detail wraps a long name and company rather than widening the window past the screen.
    queue->setCurrentIndex(queue->model()->index(
        int(names.indexOf(QStringLiteral("Maximiliana Alexandrovna Konstantinopoulou-Wittgenstein"))),
        AlertQueueModel::NameColumn));
    QApplication::processEvents();
    QTRY_COMPARE(m_window->detailView()->leadId(), contactId("max"));
    QVERIFY2(m_window->minimumSizeHint().width() <= 1024,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    QCOMPARE(m_window->width(), 1024);

    // Wider: the columns come back and the last fills the width, still without a scroll bar.
    m_window->resize(1700, 900);
    QTRY_COMPARE(m_window->size(), QSize(1700, 900));
    QApplication::processEvents();
    QVERIFY(!queue->isColumnHidden(AlertQueueModel::SignalsColumn));
    QVERIFY(!queue->isColumnHidden(AlertQueueModel::OwnerColumn));
    QVERIFY(!queue->isColumnHidden(AlertQueueModel::CompanyColumn));
    QCOMPARE(queue->horizontalScrollBar()->maximum(), 0);
    QCOMPARE(visibleWidth(), queue->viewport()->width());
}

void TestMainWindow::theScoreIsOneStory()
{
    // A contact whose signals add up to 103 with the rules' cap at 100: the header and the
    // table both say 100 and that it is capped; the table says where 103 comes from.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    LeadState lead;
    lead.id = contactId("ann");
    lead.tier = 1;
    lead.score = 100;
    lead.card.id = QStringLiteral("ann");
    lead.card.name = QStringLiteral("Ann Lee");
    lead.card.tier = 1;
    lead.card.score = 100;
    lead.card.rawScore = 103;
    lead.card.capped = true;
    lead.card.sum = 103;
    lead.card.cap = 100;
    lead.card.signalList = {{QStringLiteral("demo_request"), QStringLiteral("Demo request"),
                             QStringLiteral("ann"), now, 0, 30, 30},
                            {QStringLiteral("pricing_page_visit"), QStringLiteral("Pricing page visit"),
                             QStringLiteral("ann"), now, 0, 25, 25},
                            {QStringLiteral("pricing_page_visit"), QStringLiteral("Pricing page visit"),
                             QStringLiteral("ann"), now, 0, 25, 25},
                            {QStringLiteral("webinar_attendance"), QStringLiteral("Webinar attendance"),
                             QStringLiteral("ann"), now, 0, 23, 23}};
    LeadDetailView view;
    view.showLead(lead, {}, QStringLiteral("you"), nullptr, now);
    QLabel *header = nullptr;
    for (QLabel *label : view.findChildren<QLabel *>())
        header = label->text().contains(QStringLiteral("Score")) ? label : header;
    QVERIFY(header);
    QVERIFY2(header->text().contains(QStringLiteral("Score <b>100</b> (capped at 100)")),
             qPrintable(header->text()));
    QTextDocument table;
    table.setHtml(view.html());
    const QString text = table.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("The signals add up to 103; a contact's score is capped at 100.")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("103 (capped")), qPrintable(text));
    QCOMPARE(scoreNowRow(view.html()),
             (QStringList{QStringLiteral("Score now (capped at 100)"), QStringLiteral("100")}));

    // Under the cap: the same number in both, no hint.
    lead.card.signalList.removeLast();
    lead.score = 80;
    view.showLead(lead, {}, QStringLiteral("you"), nullptr, now);
    QVERIFY2(header->text().contains(QStringLiteral("Score <b>80</b>")), qPrintable(header->text()));
    QVERIFY(!header->text().contains(QStringLiteral("capped")));
    QVERIFY(!view.html().contains(QStringLiteral("capped")));

    // An account (never capped): the table multiplies out to the score the header shows.
    LeadState account;
    account.id = QStringLiteral("account:acme");
    account.score = 300;
    account.card.kind = LeadCard::Kind::Account;
    account.card.name = QStringLiteral("Acme");
    account.card.cap = 100;
    account.card.signalList = {{QStringLiteral("demo_request"), QStringLiteral("Demo request"),
                                QStringLiteral("ann"), now, 0, 120, 120},
                               {QStringLiteral("demo_request"), QStringLiteral("Demo request"),
                                QStringLiteral("bo"), now, 0, 80, 80}};
    account.card.multipliers = {{QStringLiteral("multi_contact"), 1.5}};
    view.showLead(account, {}, QStringLiteral("you"), nullptr, now);
    QVERIFY2(header->text().contains(QStringLiteral("Score <b>300</b>")), qPrintable(header->text()));
    table.setHtml(view.html());
    QVERIFY2(table.toPlainText().contains(QStringLiteral("200 × 1.5 (several contacts engaged) = 300")),
             qPrintable(table.toPlainText()));
    QCOMPARE(scoreNowRow(view.html()).value(1), QStringLiteral("300"));
    QVERIFY(!table.toPlainText().contains(QStringLiteral("capped")));
}

void TestMainWindow::signalNamesReadOnOneLine()
{
    // The detail as wide as it is in a 1024×640 window: each signal's name, its age and the
    // history's entries on one line, whatever the total and however long the source's names.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    LeadState lead;
    lead.id = QStringLiteral("account:northwind");
    lead.tier = 1;
    lead.score = 132.6;
    lead.card.kind = LeadCard::Kind::Account;
    lead.card.name = QStringLiteral("Northwind Logistics");
    lead.card.signalList = {{QStringLiteral("case_study_download"), QStringLiteral("Case study download"),
                             QStringLiteral("ann"), now - 23 * 3'600'000, 0, 15, 15},
                            {QStringLiteral("competitor_comparison"), QStringLiteral("Competitor comparison"),
                             QStringLiteral("ann"), now - 5 * 86'400'000, 0, 20, 18},
                            {QStringLiteral("technical_documentation"),
                             QStringLiteral("Technical documentation"), QString(), now - 2 * 86'400'000, 0,
                             20, 20},
                            {QStringLiteral("roi_calculator"), QStringLiteral("ROI calculator"),
                             QStringLiteral("bo"), now - 5 * 86'400'000, 0, 20, 15}};
    lead.card.multipliers = {{QStringLiteral("multi_contact"), 1.5}, {QStringLiteral("c_level"), 1.3}};
    lead.card.history = {
        {now - 3'600'000,
         QStringLiteral("track"),
         QStringLiteral("Case Study Downloaded"),
         {},
         QStringLiteral("Case study download"),
         std::nullopt},
        {now - 7'200'000,
         QStringLiteral("page"),
         QStringLiteral("/resources/guides/the-complete-guide-to-speed-to-lead-for-b2b-sales-teams"),
         {},
         {},
         std::nullopt},
        {now - 9'000'000,
         QStringLiteral("track"),
         QStringLiteral("Competitor Comparison Viewed"),
         {},
         QStringLiteral("Competitor comparison"),
         std::nullopt}};
    LeadDetailView view;
    view.resize(view.minimumSizeHint().width(), 560); // as narrow as it gets beside the queue
    QVERIFY(view.minimumSizeHint().width() <= 480);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showLead(lead, {}, QStringLiteral("you"), nullptr, now);
    QTextBrowser *body = view.findChild<QTextBrowser *>();
    QVERIFY(body);
    QApplication::processEvents();
    QStringList checked;
    for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text().replace(QChar::Nbsp, u' '); // nowrap's spaces
        for (const char *name : {"Case study download", "Competitor comparison", "Technical documentation",
                                 "ROI calculator", "23 h ago", "5 days ago", "/resources"}) {
            if (text.startsWith(QLatin1StringView(name))) {
                QVERIFY2(
                    block.layout() && block.layout()->lineCount() == 1,
                    qPrintable(QStringLiteral("%1: %2 lines").arg(text).arg(block.layout()->lineCount())));
                checked.append(text);
            }
        }
    }
    QVERIFY2(checked.size() >= 10,
             qPrintable(checked.join(u'|') + QStringLiteral(" of ") + body->toPlainText()));
    QCOMPARE(body->horizontalScrollBar()->maximum(), 0); // fits without sideways scrolling

    // A contact's address reads whole on its line, not broken at its hyphens.
    LeadState contact;
    contact.id = contactId("julia");
    contact.card.name = QStringLiteral("Julia Kowalski");
    contact.card.phone = QStringLiteral("+1 555 132 1664");
    contact.card.email = QStringLiteral("julia.kowalski@tidewater-insurance.example");
    contact.card.lifecycleStage = QStringLiteral("lead");
    view.showLead(contact, {}, QStringLiteral("you"), nullptr, now);
    QApplication::processEvents();
    bool emailShown = false;
    for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(QStringLiteral("tidewater"))) {
            QCOMPARE(block.layout()->lineCount(), 1);
            emailShown = true;
        }
    }
    QVERIFY(emailShown);
}

#include "tst_mainwindow.moc"
