#include "i18n/translations.h"
#include "scorecommand.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    installTranslations(QLocale::system());
    QCoreApplication::setApplicationName(QStringLiteral("firstcall-score"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIRSTCALL_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ScoreCommand command(out, err);
    return command.run(QCoreApplication::arguments());
}
