#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `firstcall-score`: reads Segment calls as JSON Lines, scores every contact and account at
// one instant, prints a table or JSON. Also validates rules files.
class ScoreCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)

public:
    ScoreCommand(QTextStream &out, QTextStream &err);

    // Returns the exit status: 0 all good, 1 some input lines were bad, 2 nothing could be done.
    int run(const QStringList &arguments);

private:
    int checkRules(const QString &file);
    QString formatTable(const class QJsonObject &report) const;

    QTextStream &m_out;
    QTextStream &m_err;
};
