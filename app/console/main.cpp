#include "client/feedclient.h"
#include "consoleapp.h"
#include "demo/demofeed.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "theme.h"
#include "tokenvault.h"
#include "widgets/connectdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("firstcall"));
    QCoreApplication::setOrganizationName(QStringLiteral("Firstcall"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIRSTCALL_VERSION));
}

// --help and --version need no display: answered before a QApplication would abort without one.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--")
            break; // the rest are not options
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (asksForHelpOrVersion(argc, argv)) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
        QApplication::setApplicationDisplayName(QStringLiteral("Firstcall"));
        QApplication::setDesktopFileName(QStringLiteral("firstcall"));
    }
    nameApplication();

    QSettings settings;
    const QString language = settings.value(QStringLiteral("language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    installTranslations(locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Firstcall: the hot-lead console for sales reps."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run with an embedded feed server and simulated traffic."));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Feed URL, e.g. ws://feed.example:8788/, or several separated by "
                                            "commas: the console fails over to the next (saved)."),
        QStringLiteral("URL[,URL...]"));
    const QCommandLineOption token(
        QStringLiteral("token"),
        QCoreApplication::translate("main", "Your access token from firstcall-feed rep add (saved)."),
        QStringLiteral("TOKEN"));
    const QCommandLineOption store(
        QStringLiteral("store"),
        QCoreApplication::translate("main", "Local cache file (default: one per server and rep)."),
        QStringLiteral("FILE"));
    const QCommandLineOption grab(
        QStringLiteral("grab"),
        QCoreApplication::translate("main",
                                    "Save a PNG of the window after --grab-delay seconds, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption grabDelay(QStringLiteral("grab-delay"),
                                       QCoreApplication::translate("main", "Seconds before --grab."),
                                       QStringLiteral("S"), QStringLiteral("8"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QCoreApplication::translate("main", "Appearance: light or dark."),
                                   QStringLiteral("light|dark"));
    const QCommandLineOption demoAs(
        QStringLiteral("demo-as"),
        QCoreApplication::translate("main", "With --demo, sign in as this member of the demo team: %1 "
                                            "(you, by default), Priya, Marcus, or Dana the manager.")
            .arg(DemoFeed::userName()),
        QStringLiteral("NAME"), DemoFeed::userName());
    parser.addOptions({demo, demoAs, server, token, store, grab, grabDelay, theme});
    parser.process(*app); // --help and --version end here
    applyTheme(parser.isSet(theme) ? parser.value(theme)
                                   : settings.value(QStringLiteral("theme")).toString());

    ConsoleApp::Options options;
    options.demo = parser.isSet(demo);
    options.demoRep = parser.value(demoAs);
    if (parser.isSet(server))
        settings.setValue(QStringLiteral("server"), parser.value(server));
    TokenVault vault(settings);
    if (parser.isSet(token))
        vault.store(parser.value(token));
    const QString servers = settings.value(QStringLiteral("server")).toString();
    if (!servers.isEmpty()) {
        QString error;
        const std::optional<QList<QUrl>> urls = FeedClient::parseServers(servers, &error);
        if (!urls) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "--server: %1").arg(error)));
            return 2;
        }
        options.server = urls->constFirst();
        options.failover = urls->mid(1);
    }
    if (!options.demo)
        options.token = vault.load();
    options.storePath = parser.value(store);
    if (!options.demo && (!options.server.isValid() || options.server.isEmpty() || options.token.isEmpty())) {
        // The first start: where the feed is and who the rep is, tested, or the demo.
        ConnectDialog connect(options.server);
        const int outcome = connect.exec();
        if (outcome == ConnectDialog::Demo) {
            options.demo = true;
        } else if (outcome == ConnectDialog::Connect) {
            options.server = connect.server();
            options.token = connect.token();
            settings.setValue(QStringLiteral("server"), options.server.toString());
            vault.store(options.token);
        } else {
            return 0;
        }
    }

    ConsoleApp console(settings, vault, options);
    QString error;
    if (!console.start(&error)) {
        if (error.isEmpty())
            return 0; // stopped by the rep, who was told why
        qCritical("firstcall: %s", qPrintable(error));
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Firstcall"), error);
        return 1;
    }
    if (parser.isSet(grab)) {
        const QString file = parser.value(grab);
        QTimer::singleShot(int(parser.value(grabDelay).toDouble() * 1000), app.get(), [&console, file] {
            console.window()->grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
