#include "auditcommand.h"
#include "calibratecommand.h"
#include "i18n/translations.h"
#include "repcommand.h"
#include "reportcommand.h"
#include "servecommand.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

namespace {

void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate(
        "firstcall-feed", "Usage: firstcall-feed COMMAND [options]\n"
                          "\n"
                          "The Firstcall feed server and its team directory.\n"
                          "\n"
                          "Commands:\n"
                          "  serve      Runs the feed server.\n"
                          "  rep        Manages the team: add, edit, list, remove, token.\n"
                          "  report     Prints speed-to-lead metrics as CSV or JSON.\n"
                          "  audit      Prints every routing decision about a lead.\n"
                          "  calibrate  Lift per signal and suggested points from the feed's history.\n"
                          "  backtest   How the rules' alerts caught the feed's conversions.\n"
                          "\n"
                          "Options:\n"
                          "  -h, --help   Shows this help.\n"
                          "  --version    Shows the version.\n"
                          "\n"
                          "Run firstcall-feed COMMAND --help for a command's options.\n");
    stream.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's own Unix event loop rather than GLib's. A feed thread writes to hundreds of consoles;
    // with GLib, every write that waits for its socket adds and then removes a poll source, and
    // each change wakes the loop through its eventfd: 20,000 system calls a second per server
    // at 500 alerts a second, two thirds of a feed thread's (docs/benchmarks.md). An empty
    // QT_NO_GLIB set by the user still chooses GLib.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    installTranslations(QLocale::system());
    QCoreApplication::setApplicationName(QStringLiteral("firstcall-feed"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIRSTCALL_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == u"rep")
        return RepCommand(out, err).run(arguments);
    if (command == u"serve")
        return runServe(arguments, out, err);
    if (command == u"report")
        return runReport(arguments, out, err);
    if (command == u"audit")
        return runAudit(arguments, out, err);
    if (command == u"calibrate" || command == u"backtest") {
        QStringList rest = arguments;
        rest.removeAt(1);
        return CalibrateCommand(out, err, CalibrateCommand::Source::FeedStore).run(command, rest);
    }
    if (command == u"--version" || command == u"-v") {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return 0;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printUsage(out);
        return 0;
    }
    if (command.isEmpty()) {
        printUsage(err);
        return 2;
    }
    err << QCoreApplication::translate("firstcall-feed", "firstcall-feed: unknown command \"%1\"")
               .arg(command)
        << Qt::endl;
    printUsage(err);
    return 2;
}
