#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <functional>

struct Calibration;
struct Backtest;
struct SegmentCall;
class Rules;

// `firstcall-score calibrate` (lift per signal type, conversion by band, suggested points, a
// candidate rules file) and `firstcall-score backtest` (precision, recall and lead time of one
// or more rules files' alerts) over a JSON Lines history; `firstcall-feed calibrate|backtest`
// the same over a feed database's events, where a call booked as a meeting or a qualified
// connect is a conversion too. The figures come from core/scoring/calibration.h.
class CalibrateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CalibrateCommand)

public:
    enum class Source
    {
        EventsFile, // firstcall-score: JSON Lines of Segment calls
        FeedStore   // firstcall-feed: the events and the calls a feed database holds
    };
    CalibrateCommand(QTextStream &out, QTextStream &err, Source source = Source::EventsFile);

    // Where `calibrate` or `backtest` stands in a firstcall-score command line (the first
    // argument that is not an option or an option's value), or -1.
    static qsizetype commandIndex(const QStringList &arguments);

    // `arguments` without the command name; returns the exit status as ScoreCommand::run does.
    int run(const QString &command, const QStringList &arguments);

private:
    // Feeds `apply` the feed database's events in order and fills `calledConversions` (user id
    // -> the first call that booked a meeting or connected and qualified).
    static bool readFeed(const QString &db, const std::function<void(const SegmentCall &)> &apply,
                         QHash<QString, qint64> *calledConversions, QString *error);
    QString calibrationTable(const Calibration &calibration, const Rules &rules, const QStringList &outcomes,
                             const QString &writtenTo) const;
    QString backtestTable(const QList<Backtest> &results, const QStringList &columns,
                          const QStringList &outcomes) const;

    QTextStream &m_out;
    QTextStream &m_err;
    Source m_source;
};
