#include "scorecommand.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("firstcall"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    // QCommandLineParser's own words in --help ("Usage:", "Options:", -h) come from Qt's catalog.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QCoreApplication::setApplicationName(QStringLiteral("firstcall-score"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIRSTCALL_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ScoreCommand command(out, err);
    return command.run(QCoreApplication::arguments());
}
