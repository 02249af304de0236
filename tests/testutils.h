#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// A built program run to completion by a test: its exit status and what it printed.
struct ProgramRun
{
    int exitCode = -1; // -1: it did not start, crashed or hung
    QString out;
    QString err;

    QByteArray describe() const
    {
        return (QStringLiteral("stdout:\n") + out + QStringLiteral("stderr:\n") + err).toUtf8();
    }
};

// The environment of a program run by a user whose locale is `locale`, e.g. "de_DE".
inline QProcessEnvironment localeEnvironment(const QString &locale)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), locale + QStringLiteral(".UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), locale);
    return environment;
}

inline ProgramRun
runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProgramRun run;
    if (!process.waitForStarted())
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(30000);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (finished && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    return run;
}
