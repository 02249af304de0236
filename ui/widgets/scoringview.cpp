#include "scoringview.h"

#include "client/repdesk.h"
#include "metrics/feedcalibration.h"
#include "rules/rules.h"
#include "rulestext.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {

QString percent(const std::optional<double> &fraction)
{
    return fraction ? QLocale().toString(std::round(*fraction * 1000) / 10, 'f', 1) + QStringLiteral(" %")
                    : QStringLiteral("–");
}

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? number(*value) : QStringLiteral("–");
}

QTableWidget *makeTable(const QStringList &header, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(header.size()), parent);
    table->setHorizontalHeaderLabels(header);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// Numbers right-aligned: every column but the first, and but a last one of words (`notes`).
void setRows(QTableWidget *table, const QList<QStringList> &rows, bool notes = false)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        for (int c = 0; c < int(rows.at(r).size()); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            if (c > 0 && !(notes && c == table->columnCount() - 1))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

ScoringView::ScoringView(RepDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-89), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_refresh = new QPushButton(tr("&Refresh"), this);
    controls->addWidget(new QLabel(tr("From"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_refresh);
    controls->addStretch();
    layout->addLayout(controls);

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_change = makeTable({tr("Over the period"), tr("Current points"), tr("Suggested points")}, this);
    m_bands = makeTable({tr("Band"), tr("Contacts"), tr("Converted"), tr("Rate")}, this);
    m_tiers = makeTable({tr("Tier"), tr("Alerts"), tr("Converted"), tr("Rate")}, this);
    m_lift = makeTable({tr("Signal"), tr("Contacts"), tr("Converted"), tr("Rate"), tr("Lift"), tr("Points"),
                        tr("Suggested"), tr("Note")},
                       this);
    // Each of the three tables on top as wide as its columns (the one with the longest labels
    // gets the room it needs on a 1024-wide screen, instead of a scroll bar).
    for (QTableWidget *table : {m_change, m_bands, m_tiers})
        table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // The two tables count different things, and a lead can convert in a hotter tier than its band:
    // each says what it counts, where a manager looks when the figures seem to disagree.
    const QString byBand = tr(
        "Contacts whose events the feed received in the period, by the band of the highest score each "
        "reached before converting: by score alone. A pattern or the alert's minimum tier can give a lead a "
        "hotter tier than its score's band; its conversion then counts in the colder band here, and in its "
        "tier under Conversion by tier.");
    const QString byTier = tr(
        "Alerts raised in the period, by the tier each alert was raised at: its score band's tier, or hotter "
        "when a pattern or the alert's minimum tier lifted it. Converted: a meeting booked or a qualified "
        "connect after the alert. Alerts whose lead has no events received in the period count here but "
        "not by band.");
    m_bands->setToolTip(byBand);
    m_tiers->setToolTip(byTier);
    for (int c = 0; c < m_bands->columnCount(); ++c)
        m_bands->horizontalHeaderItem(c)->setToolTip(byBand);
    for (int c = 0; c < m_tiers->columnCount(); ++c)
        m_tiers->horizontalHeaderItem(c)->setToolTip(byTier);
    m_change->setAccessibleName(tr("What the suggested points would have changed"));
    m_bands->setAccessibleName(tr("Conversion by band"));
    m_tiers->setAccessibleName(tr("Conversion by tier"));
    m_lift->setAccessibleName(tr("Lift by signal"));

    auto *grid = new QGridLayout;
    grid->addWidget(heading(tr("What the suggested points would have changed"), this), 0, 0);
    grid->addWidget(m_change, 1, 0);
    QLabel *bandHeading = heading(tr("Conversion by band"), this);
    bandHeading->setToolTip(byBand);
    grid->addWidget(bandHeading, 0, 1);
    grid->addWidget(m_bands, 1, 1);
    QLabel *tierHeading = heading(tr("Conversion by tier"), this);
    tierHeading->setToolTip(byTier);
    grid->addWidget(tierHeading, 0, 2);
    grid->addWidget(m_tiers, 1, 2);
    grid->addWidget(heading(tr("Lift by signal (contacts with the signal before converting)"), this), 2, 0, 1,
                    3);
    grid->addWidget(m_lift, 3, 0, 1, 3);
    grid->setRowStretch(3, 1);
    // In proportion to what each needs: the change table's labels are the longest.
    grid->setColumnStretch(0, 40);
    grid->setColumnStretch(1, 33);
    grid->setColumnStretch(2, 27);
    layout->addLayout(grid, 1);

    connect(m_refresh, &QPushButton::clicked, this, &ScoringView::refresh);
    connect(&m_desk, &RepDesk::calibrationReady, this,
            [this](const QString &id, const QJsonObject &calibration, const QString &error) {
                if (id != m_pending)
                    return;
                m_pending.clear();
                if (!error.isEmpty()) {
                    m_summary->setText(
                        tr("The feed could not compute the calibration: %1").arg(error.toHtmlEscaped()));
                    return;
                }
                if (const Rules *rules = m_desk.rules())
                    showCalibration(feedCalibrationFromJson(calibration, *rules));
                else
                    m_summary->setText(
                        tr("The feed's rules have not arrived yet: press Refresh again in a moment."));
            });
    m_summary->setText(tr("Press Refresh to calibrate the scoring on the feed's history."));
}

void ScoringView::refresh()
{
    m_pending =
        m_desk.requestCalibration(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    m_summary->setText(
        m_pending.isEmpty()
            ? tr("The calibration comes from the feed: it can be computed again when the feed is back.")
            : tr("Replaying the period's events…"));
}

QString ScoringView::summaryText() const
{
    return m_summary->text();
}

void ScoringView::showCalibration(const FeedCalibration &result)
{
    const Rules *rules = m_desk.rules();
    if (!rules)
        return;
    m_loaded = true;
    const Calibration &c = result.calibration;
    QString summary =
        tr("<b>%1 contacts</b>, %2 converted (%3): a meeting booked or a qualified connect.")
            .arg(c.contacts)
            .arg(c.converted)
            .arg(percent(c.contacts > 0 ? std::optional<double>(double(c.converted) / c.contacts)
                                        : std::nullopt));
    if (c.tooFewConversions)
        summary += u' ' + tr("Too little data to suggest points: at least %1 conversions are needed; every "
                             "signal keeps its points.")
                              .arg(CalibrationLimits{}.minConversions);
    m_summary->setText(summary);

    const auto hours = [](const std::optional<double> &h) {
        return h ? tr("%1 h").arg(number(*h)) : QStringLiteral("–");
    };
    setRows(m_change,
            {
                {tr("Contacts alerted"), QString::number(result.current.alerts),
                 QString::number(result.suggested.alerts)},
                {tr("Alerted before converting"), QString::number(result.current.convertedAlerted),
                 QString::number(result.suggested.convertedAlerted)},
                {tr("Precision"), percent(result.current.precision), percent(result.suggested.precision)},
                {tr("Recall"), percent(result.current.recall), percent(result.suggested.recall)},
                {tr("Median lead time"), hours(result.current.medianLeadHours),
                 hours(result.suggested.medianLeadHours)},
            });

    QList<QStringList> rows;
    for (const BandConversion &band : c.bands)
        rows.append({RulesText::term(rules->bands.at(band.band).name), QString::number(band.contacts),
                     QString::number(band.converted), percent(band.rate)});
    setRows(m_bands, rows);

    rows.clear();
    for (const TierConversion &t : result.tiers)
        rows.append({t.tier > 0 ? tr("Tier %1").arg(t.tier) : tr("No tier"), QString::number(t.alerts),
                     QString::number(t.converted), percent(t.rate)});
    setRows(m_tiers, rows);

    rows.clear();
    for (const SignalLift &row : c.signalLifts) {
        QString note;
        if (row.tooLittleData && !c.tooFewConversions)
            note = tr("too little data (%1 contacts): points kept").arg(row.contacts);
        else if (row.tooLittleData)
            note = tr("too little data: points kept");
        else if (row.suggestedPoints != row.points)
            note = row.suggestedPoints > row.points ? tr("worth more") : tr("worth less");
        rows.append({RulesText::term(rules->signalTypes.at(row.type).label), QString::number(row.contacts),
                     QString::number(row.converted), percent(row.conversionRate), optionalNumber(row.lift),
                     number(row.points), number(row.suggestedPoints), note});
    }
    setRows(m_lift, rows, true);
}
