#include "consoleapp.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "theme.h"
#include "tokenvault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("firstcall"));
    QApplication::setOrganizationName(QStringLiteral("Firstcall"));
    QApplication::setApplicationDisplayName(QStringLiteral("Firstcall"));
    QApplication::setApplicationVersion(QStringLiteral(FIRSTCALL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("firstcall"));

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
        QCoreApplication::translate("main", "Feed URL, e.g. ws://feed.example:8788/ (saved)."),
        QStringLiteral("URL"));
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
        QCoreApplication::translate("main", "With --demo, sign in as this member of the demo team "
                                            "(you, Priya, Marcus, or Dana the manager)."),
        QStringLiteral("NAME"), QStringLiteral("you"));
    parser.addOptions({demo, demoAs, server, token, store, grab, grabDelay, theme});
    parser.process(app);
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
    options.server = QUrl(settings.value(QStringLiteral("server")).toString());
    if (!options.demo)
        options.token = vault.load();
    options.storePath = parser.value(store);
    if (!options.demo && (!options.server.isValid() || options.server.isEmpty() || options.token.isEmpty())) {
        QMessageBox::information(
            nullptr, QCoreApplication::translate("main", "Firstcall"),
            QCoreApplication::translate(
                "main", "Firstcall needs your team's feed server and your access token.\n\n"
                        "Start it once with --server ws://HOST:PORT/ --token TOKEN (your RevOps team "
                        "creates the token with \"firstcall-feed rep add\"), or try it with --demo."));
        return 2;
    }

    ConsoleApp console(settings, vault, options);
    QString error;
    if (!console.start(&error)) {
        qCritical("firstcall: %s", qPrintable(error));
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Firstcall"), error);
        return 1;
    }
    if (parser.isSet(grab)) {
        const QString file = parser.value(grab);
        QTimer::singleShot(int(parser.value(grabDelay).toDouble() * 1000), &app, [&console, file] {
            console.window()->grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
