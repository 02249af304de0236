// Takes the documentation screenshots from the real demo: the main window (light or dark, a
// claimed lead's follow-ups in the list) and the call log, or with "manager" the manager's Team tab, a lead's
// detail with its routing audit, the Dashboard and Scoring tabs. Usage: screenshots OUTDIR
// [light|dark|manager] [WIDTHxHEIGHT] [LANGUAGE]: the size is the window's (1280x800 by default); a size or
// language other than the default goes into the file names (console-light-1024x640.png,
// console-light-de.png). Not a test; run it under xvfb-run (or -platform offscreen) and look at the pictures.
// The window fits itself to its screen, so give it one at least that large: xvfb-run -s "-screen 0
// 1280x800x24", or -platform offscreen:configfile=FILE with
// {"screens":[{"name":"s","width":1280,"height":800}]}.

#include "client/consolestore.h"
#include "client/feedclient.h"
#include "client/repdesk.h"
#include "clock/clock.h"
#include "demo/demofeed.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "store/sqlitefeedstore.h"
#include "theme.h"
#include "widgets/calllogdialog.h"
#include "widgets/dashboardview.h"
#include "widgets/leaddetailview.h"
#include "widgets/managerview.h"
#include "widgets/queueview.h"
#include "widgets/scoringview.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPalette>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>

namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: screenshots OUTDIR [light|dark|manager] [WIDTHxHEIGHT] [LANGUAGE]\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const bool dark = argc > 2 && QByteArray(argv[2]) == "dark";
    const bool manager = argc > 2 && QByteArray(argv[2]) == "manager";
    applyTheme(dark ? QStringLiteral("dark") : QStringLiteral("light"));
    QSize size(1280, 800);
    QString variant;
    if (argc > 3 && QByteArray(argv[3]) != "1280x800") {
        const QList<QByteArray> wh = QByteArray(argv[3]).split('x');
        size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        variant += u'-' + QString::fromLatin1(argv[3]);
    }
    if (argc > 4 && QByteArray(argv[4]) != "en") {
        QLocale::setDefault(QLocale(QString::fromLatin1(argv[4]))); // dates and numbers too
        installTranslations(QLocale(QString::fromLatin1(argv[4])));
        variant += u'-' + QString::fromLatin1(argv[4]);
    }
    QDir().mkpath(out);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    DemoFeed demo;
    if (manager)
        demo.setConsoleRep(QStringLiteral("Dana"));
    QString error;
    if (!demo.start(&error)) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(error));
        return 1;
    }
    SystemClock clock;
    auto store = ConsoleStore::open(dir.filePath(QStringLiteral("console.db")), &error);
    FeedClient client(clock);
    client.setServer(demo.feedUrl(), demo.token(demo.consoleRep()));
    RepDesk desk(*store, client, clock);
    MainWindow window(desk, client, clock, settings);
    window.resize(size);
    window.show();
    desk.start();
    wait(14'000);
    if (manager) {
        // Syncs in trouble, as the outbox of a feed with HubSpot and a webhook would hold them.
        int n = 0;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QueueLead &lead : desk.leads()) {
            if (n == 3)
                break;
            FeedStore::OutboxRow item;
            item.id = QStringLiteral("call_%1").arg(n);
            item.target = n == 2 ? QStringLiteral("webhook:https://hooks.example.com/catch/1/x")
                                 : QStringLiteral("crm");
            item.type = n == 2 ? QStringLiteral("lead.claimed") : QStringLiteral("call.logged");
            item.leadId = lead.id;
            const QJsonObject data{
                {QStringLiteral("rep"), n == 1 ? QStringLiteral("Priya") : DemoFeed::userName()},
                {QStringLiteral("name"), lead.name},
                {QStringLiteral("company"), lead.company},
                {QStringLiteral("startedAtMs"), now - (n + 1) * 1'380'000}};
            item.payload = QJsonDocument(n == 2 ? QJsonObject{{QStringLiteral("data"), data}} : data)
                               .toJson(QJsonDocument::Compact);
            item.state = n == 0 ? FeedStore::OutboxState::Failed : FeedStore::OutboxState::Waiting;
            item.attempts = n == 0 ? 3 : 2;
            item.lastError =
                n == 0
                    ? QStringLiteral("HTTP 400: {\"status\":\"error\",\"message\":\"Property values were not "
                                     "valid: hs_call_disposition\",\"category\":\"VALIDATION_ERROR\"}")
                : n == 1
                    ? QStringLiteral("HTTP 429: {\"status\":\"error\",\"message\":\"You have reached your "
                                     "secondly limit.\",\"errorType\":\"RATE_LIMIT\"}")
                    : QStringLiteral("HTTP 503: Service Unavailable");
            item.createdAtMs = now - (n + 1) * 1'380'000;
            item.updatedAtMs = now - (n + 1) * 1'200'000;
            item.nextAtMs = now + (n + 1) * 120'000;
            demo.store().addOutbox(item, nullptr);
            ++n;
        }
        window.tabs()->setCurrentIndex(1);
        wait(1500);
        window.grab().save(out + QStringLiteral("/manager-team") + variant + QStringLiteral(".png"));
        window.managerView()->bottomTabs()->setCurrentIndex(1);
        wait(1500);
        window.grab().save(out + QStringLiteral("/manager-syncs") + variant + QStringLiteral(".png"));
        window.managerView()->bottomTabs()->setCurrentIndex(0);
        // A lead's detail ends with its routing decisions for managers: the one Priya claimed.
        window.tabs()->setCurrentIndex(0);
        for (const QueueLead &lead : desk.leads()) {
            if (!lead.claimedBy.isEmpty()) {
                window.selectLead(lead.id);
                break;
            }
        }
        wait(1500);
        if (auto *body = window.detailView()->findChild<QTextBrowser *>())
            body->verticalScrollBar()->setValue(body->verticalScrollBar()->maximum()); // to the audit
        window.grab().save(out + QStringLiteral("/manager-detail") + variant + QStringLiteral(".png"));
        window.tabs()->setCurrentIndex(2);
        wait(3000);
        window.grab().save(out + QStringLiteral("/manager-dashboard") + variant + QStringLiteral(".png"));
        window.tabs()->setCurrentWidget(window.scoringView());
        window.scoringView()->refresh();
        wait(4000);
        window.grab().save(out + QStringLiteral("/manager-scoring") + variant + QStringLiteral(".png"));
        std::printf("saved manager screenshots to %s\n", qPrintable(out));
        return 0;
    }
    // Claim the second lead and call the top one, as a rep would in the first minutes.
    window.queueView()->setCurrentIndex(window.queueView()->model()->index(1, 1));
    window.claimCurrent();
    // An earlier attempt on it went unanswered: its follow-ups fill the list.
    desk.logCall(RepDesk::CallLog{
        window.currentLeadId(), clock.nowMs() - 20 * 60'000, 35, QStringLiteral("no_answer"), QString(), {}});
    window.queueView()->setCurrentIndex(window.queueView()->model()->index(0, 1));
    wait(1500);
    const QString suffix = (dark ? QStringLiteral("-dark") : QStringLiteral("-light")) + variant;
    window.grab().save(out + QStringLiteral("/console") + suffix + QStringLiteral(".png"));

    CallLogDialog *dialog = nullptr;
    QObject::connect(&window, &MainWindow::callLogOpened, &window,
                     [&dialog](CallLogDialog *d) { dialog = d; });
    window.logCallForCurrent(false);
    wait(3200);
    if (dialog) {
        dialog->grab().save(out + QStringLiteral("/calllog") + suffix + QStringLiteral(".png"));
        dialog->reject();
    }
    std::printf("saved screenshots to %s\n", qPrintable(out));
    return 0;
}
