#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

struct Calibration;
struct Backtest;
class Rules;

// `firstcall-score calibrate` (lift per signal type, conversion by band, suggested points, a
// candidate rules file) and `firstcall-score backtest` (precision, recall and lead time of one
// or more rules files' alerts) over a JSON Lines history; the figures come from
// core/scoring/calibration.h.
class CalibrateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CalibrateCommand)

public:
    CalibrateCommand(QTextStream &out, QTextStream &err);

    // Where `calibrate` or `backtest` stands in a firstcall-score command line (the first
    // argument that is not an option or an option's value), or -1.
    static qsizetype commandIndex(const QStringList &arguments);

    // `arguments` without the command name; returns the exit status as ScoreCommand::run does.
    int run(const QString &command, const QStringList &arguments);

private:
    QString calibrationTable(const Calibration &calibration, const Rules &rules, const QStringList &outcomes,
                             const QString &writtenTo) const;
    QString backtestTable(const QList<Backtest> &results, const QStringList &columns,
                          const QStringList &outcomes) const;

    QTextStream &m_out;
    QTextStream &m_err;
};
