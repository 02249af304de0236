#pragma once

#include "events/segmentcall.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

// `firstcall-score`: reads Segment calls as JSON Lines, scores every contact and account at
// one instant, prints a table or JSON. Also validates rules files, and hands `calibrate` and
// `backtest` to CalibrateCommand.
class ScoreCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)

public:
    ScoreCommand(QTextStream &out, QTextStream &err);

    // Returns the exit status: 0 all good, 1 some input lines were bad, 2 nothing could be done.
    int run(const QStringList &arguments);

    // Applies every call of a JSON Lines file (- for standard input), reporting bad lines on
    // `err` as FILE:LINE; returns how many were bad, or nullopt when the file cannot be opened.
    static std::optional<int> readEvents(const QString &fileName, const QDateTime &receivedAt,
                                         QTextStream &err,
                                         const std::function<void(const SegmentCall &)> &apply);
    // Columns padded to their widest cell, two spaces apart.
    static QString renderTable(const QStringList &header, const QList<QStringList> &rows,
                               const QList<bool> &rightAligned);
    // Two decimals at most: 25, 22.36, 565.5.
    static QString formatNumber(double value);

private:
    int checkRules(const QString &file);
    QString formatTable(const class QJsonObject &report) const;
    static QString tierBandOf(const class QJsonObject &lead);
    static QString tierReasonText(const QString &tierReason);

    QTextStream &m_out;
    QTextStream &m_err;
};
