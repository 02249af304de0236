#include "scorecommand.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("firstcall-score"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIRSTCALL_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ScoreCommand command(out, err);
    return command.run(QCoreApplication::arguments());
}
