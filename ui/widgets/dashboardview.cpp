#include "dashboardview.h"

#include "client/repdesk.h"
#include "metrics/speedtolead.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

QString minutes(const std::optional<double> &value)
{
    return value ? QCoreApplication::translate("DashboardView", "%1 min")
                       .arg(QLocale().toString(*value, 'f', 1))
                 : QStringLiteral("—");
}

QChartView *makeChartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
}

QChart *makeChart(const QString &title, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// A count axis with whole-number ticks only: with few alerts, "0 0 1 1" is not an axis.
QValueAxis *countAxis(int most)
{
    auto *axis = new QValueAxis;
    int step = 1;
    while (most / step > 5)
        step *= most / step > 25 ? 5 : 2;
    const int top = (most / step + 1) * step;
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(QCoreApplication::translate("DashboardView", "Alerts"));
    return axis;
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsColor(palette.color(QPalette::Text));
    axis->setGridLineColor(palette.color(QPalette::Mid));
}

} // namespace

DashboardView::DashboardView(RepDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-29), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_rep = new QComboBox(this);
    m_rep->setMinimumContentsLength(12);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setEnabled(false);
    controls->addWidget(new QLabel(tr("From"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Rep"), this));
    controls->addWidget(m_rep);
    controls->addWidget(m_refresh);
    controls->addStretch();
    controls->addWidget(m_export);
    layout->addLayout(controls);

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    // The summary is read first and never cut: it keeps the lines it needs, and the charts
    // below scroll when the window is too low for them.
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    layout->addWidget(m_summary);

    auto *charts = new QWidget;
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    m_distribution = makeChartView(this);
    m_trend = makeChartView(this);
    m_conversion = makeChartView(this);
    m_byRep = new QTableWidget(0, 5, this);
    // Two lines per header, so that the long words of other languages are not cut.
    m_byRep->setHorizontalHeaderLabels({tr("Rep"), tr("First attempt\nP50"), tr("First attempt\nP95"),
                                        tr("First connect\nP50"), tr("First connect\nP95")});
    m_byRep->verticalHeader()->hide();
    m_byRep->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_byRep->horizontalHeader()->setStretchLastSection(true);
    m_byRep->setEditTriggers(QAbstractItemView::NoEditTriggers);
    grid->addWidget(m_distribution, 0, 0);
    grid->addWidget(m_trend, 0, 1);
    grid->addWidget(m_conversion, 1, 0);
    grid->addWidget(m_byRep, 1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_export, &QPushButton::clicked, this, &DashboardView::exportCsv);
    connect(&m_desk, &RepDesk::teamChanged, this, &DashboardView::refreshReps);
    connect(&m_desk, &RepDesk::identityChanged, this, &DashboardView::refreshReps);
    connect(&m_desk, &RepDesk::metricsReady, this,
            [this](const QString &id, const QJsonObject &metrics, const QString &csv, const QString &error) {
                if (id != m_pending)
                    return;
                m_pending.clear();
                if (!error.isEmpty()) {
                    m_summary->setText(
                        tr("The feed could not compute the metrics: %1").arg(error.toHtmlEscaped()));
                    return;
                }
                showMetrics(metrics, csv);
            });
    refreshReps();
    m_summary->setText(tr("Press Refresh to load the numbers from the feed."));
}

void DashboardView::refreshReps()
{
    const QString current = m_rep->currentData().toString();
    m_rep->clear();
    if (m_desk.isManager()) {
        m_rep->addItem(tr("Whole team"), QString());
        for (const protocol::TeamMember &rep : m_desk.team()) {
            if (rep.role != Rep::Role::Manager)
                m_rep->addItem(rep.name, rep.name);
        }
        m_rep->setEnabled(true);
    } else {
        m_rep->addItem(m_desk.me().isEmpty() ? tr("Me") : m_desk.me(), m_desk.me());
        m_rep->setEnabled(false);
    }
    m_rep->setCurrentIndex(std::max(0, m_rep->findData(current)));
}

void DashboardView::refresh()
{
    m_pending = m_desk.requestMetrics(m_from->date().toString(Qt::ISODate),
                                      m_to->date().toString(Qt::ISODate), m_rep->currentData().toString());
    if (m_pending.isEmpty())
        m_summary->setText(tr("Metrics come from the feed: they are shown again when it is back."));
    else
        m_summary->setText(tr("Loading…"));
}

QString DashboardView::summaryText() const
{
    return m_summary->text();
}

void DashboardView::showMetrics(const QJsonObject &metrics, const QString &csv)
{
    showMetrics(SpeedToLead::fromJson(metrics), csv);
}

void DashboardView::showMetrics(const SpeedToLead &metrics, const QString &csv)
{
    m_csv = csv;
    m_export->setEnabled(!csv.isEmpty());
    const SpeedToLead::Percentiles &attempt = metrics.attempt;
    const SpeedToLead::Percentiles &connect = metrics.connect;
    QString summary = tr("<b>%n hot lead(s)</b>", nullptr, metrics.alerts);
    const int notYet = metrics.notYet;
    if (notYet > 0)
        summary += tr(" (%n not called yet but still inside the call SLA: counted apart, not as never)",
                      nullptr, notYet);
    if (metrics.allLeads > 0)
        summary += tr(" · %1% of active leads became hot")
                       .arg(QLocale().toString(100.0 * metrics.hotActiveLeads / metrics.allLeads, 'f', 1));
    summary += tr(" · first attempt P50 <b>%1</b>, P95 %2")
                   .arg(minutes(attempt.p50Minutes), minutes(attempt.p95Minutes));
    summary +=
        tr(" · first connect P50 %1, P95 %2").arg(minutes(connect.p50Minutes), minutes(connect.p95Minutes));
    summary += tr(" · claim to call P50 %1").arg(minutes(metrics.claimToCall.p50Minutes));
    if (attempt.p50Minutes && connect.p50Minutes && *connect.p50Minutes < *attempt.p50Minutes)
        summary += QStringLiteral("<br><i>%1</i>")
                       .arg(tr("First connect counts only the leads that were reached, and those were mostly "
                               "called quickly: so its P50 can be below the first attempt's."));
    m_summary->setText(summary);

    const QPalette pal = palette();
    const QStringList bucketLabels = {tr("≤ 5 min"), tr("5–30 min"), tr("> 30 min"), tr("never")};
    // The distribution also shows the alerts whose SLA still runs, in a bar of their own.
    const QStringList distributionLabels = bucketLabels + QStringList{tr("not yet")};

    // Distribution of response times.
    {
        QChart *chart = makeChart(tr("Response to hot leads"), pal);
        // One colour per bucket, from quick (green) to never (grey): one set per bucket, stacked,
        // each with its own bar only.
        const QList<QColor> colours = {QColor(0x1a, 0x7f, 0x37), QColor(0xdc, 0x8a, 0x00),
                                       QColor(0xd9, 0x2d, 0x20), QColor(0x8a, 0x8f, 0x98),
                                       QColor(0x9f, 0xc5, 0xe8)};
        const auto count = [&metrics](qsizetype bucket) {
            return bucket < SpeedToLead::BucketCount ? metrics.buckets[bucket] : metrics.notYet;
        };
        auto *series = new QStackedBarSeries;
        int most = 1;
        for (qsizetype i = 0; i < distributionLabels.size(); ++i) {
            auto *set = new QBarSet(distributionLabels.at(i));
            set->setColor(colours.at(i % colours.size()));
            for (qsizetype j = 0; j < distributionLabels.size(); ++j) {
                const int n = i == j ? count(j) : 0;
                *set << n;
                most = std::max(most, n);
            }
            series->append(set);
        }
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(distributionLabels);
        auto *y = countAxis(most);
        styleAxis(x, pal);
        styleAxis(y, pal);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->hide();
        QChart *old = m_distribution->chart();
        m_distribution->setChart(chart);
        delete old;
    }
    // P50/P95 trend per day.
    {
        QChart *chart = makeChart(tr("First attempt, minutes after the alert"), pal);
        auto *p50 = new QLineSeries;
        p50->setName(tr("P50"));
        auto *p95 = new QLineSeries;
        p95->setName(tr("P95"));
        double most = 1;
        qint64 first = 0;
        qint64 last = 0;
        for (auto day = metrics.days.cbegin(); day != metrics.days.cend(); ++day) {
            const qint64 at =
                QDateTime(QDate::fromString(day.key(), Qt::ISODate), QTime(12, 0), QTimeZone::utc())
                    .toMSecsSinceEpoch();
            const SpeedToLead::Percentiles &a = day->attempt;
            if (!a.p50Minutes)
                continue;
            first = first == 0 ? at : std::min(first, at);
            last = std::max(last, at);
            const double p95Minutes = a.p95Minutes.value_or(*a.p50Minutes);
            p50->append(double(at), *a.p50Minutes);
            p95->append(double(at), p95Minutes);
            most = std::max(most, p95Minutes);
        }
        p50->setPointsVisible(true);
        p95->setPointsVisible(true);
        chart->addSeries(p50);
        chart->addSeries(p95);
        auto *x = new QDateTimeAxis;
        x->setFormat(QStringLiteral("d MMM"));
        x->setRange(QDateTime::fromMSecsSinceEpoch(first ? first - 43'200'000
                                                         : m_from->date().startOfDay().toMSecsSinceEpoch()),
                    QDateTime::fromMSecsSinceEpoch(last ? last + 43'200'000
                                                        : m_to->date().endOfDay().toMSecsSinceEpoch()));
        auto *y = new QValueAxis;
        y->setRange(0, most * 1.15);
        y->applyNiceNumbers();
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->setTitleText(tr("Minutes"));
        styleAxis(x, pal);
        styleAxis(y, pal);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QLineSeries *s : {p50, p95}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        QChart *old = m_trend->chart();
        m_trend->setChart(chart);
        delete old;
    }
    // Connect and conversion by bucket.
    {
        QChart *chart = makeChart(tr("Connect and conversion by response time"), pal);
        auto *connected = new QBarSet(tr("Connect rate %"));
        connected->setColor(QColor(0x2f, 0x6f, 0xcf));
        auto *qualified = new QBarSet(tr("Qualified %"));
        qualified->setColor(QColor(0x1a, 0x7f, 0x37));
        for (int b = 0; b < SpeedToLead::BucketCount; ++b) {
            *connected << metrics.connectRate[b] * 100;
            *qualified << metrics.conversionRate[b] * 100;
        }
        auto *series = new QBarSeries;
        series->append(connected);
        series->append(qualified);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(bucketLabels);
        auto *y = new QValueAxis;
        y->setRange(0, 100);
        y->setLabelFormat(QStringLiteral("%d%%"));
        styleAxis(x, pal);
        styleAxis(y, pal);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        QChart *old = m_conversion->chart();
        m_conversion->setChart(chart);
        delete old;
    }
    // Per rep.
    m_byRep->setRowCount(int(metrics.attemptByRep.size()));
    int row = 0;
    for (auto it = metrics.attemptByRep.cbegin(); it != metrics.attemptByRep.cend(); ++it, ++row) {
        const SpeedToLead::Percentiles &a = it.value();
        const SpeedToLead::Percentiles c = metrics.connectByRep.value(it.key());
        const QStringList cells = {it.key(), minutes(a.p50Minutes), minutes(a.p95Minutes),
                                   minutes(c.p50Minutes), minutes(c.p95Minutes)};
        for (int col = 0; col < cells.size(); ++col)
            m_byRep->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
}

QString DashboardView::csv(CsvFormat format) const
{
    return format == CsvFormat::Wide ? SpeedToLead::wideCsv(m_csv) : m_csv;
}

void DashboardView::exportCsv()
{
    // Asked where, starting in the user's documents, never the process's working directory;
    // the file type chosen in the dialog is the format.
    const QString name = QStringLiteral("speed-to-lead-%1.csv").arg(m_to->date().toString(Qt::ISODate));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString longFilter = tr("CSV, one row per figure (*.csv)");
    const QString wideFilter = tr("CSV, one row per rep or day, figures as columns (*.csv)");
    QString chosen = longFilter;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export metrics"), documents.isEmpty() ? name : documents + u'/' + name,
        longFilter + QStringLiteral(";;") + wideFilter, &chosen);
    if (file.isEmpty())
        return;
    const bool wide = chosen == wideFilter;
    const QString text = csv(wide ? CsvFormat::Wide : CsvFormat::Long);
    if (text.isEmpty()) {
        QMessageBox::warning(this, tr("Export metrics"),
                             tr("The feed's CSV could not be turned into columns."));
        return;
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text.toUtf8()) < 0) {
        QMessageBox::warning(this, tr("Export metrics"),
                             tr("Could not write %1: %2").arg(file, out.errorString()));
        return;
    }
    Q_EMIT statusMessage((wide ? tr("Metrics exported to %1, one row per rep or day.")
                               : tr("Metrics exported to %1, one row per figure."))
                             .arg(QDir::toNativeSeparators(file)));
}
