#pragma once

#include <QJsonObject>
#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class RepDesk;
struct SpeedToLead;

// Speed-to-lead dashboard: response-time distribution, the P50/P95 trend, connect and
// conversion rates by response bucket, per-rep response times, and CSV export. A rep sees
// their own numbers, a manager the team's (the feed enforces it).
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(RepDesk &desk, QWidget *parent = nullptr);

    void refresh();
    void showMetrics(const SpeedToLead &metrics, const QString &csv);
    // The feed's JSON (the metrics result), read as SpeedToLead::fromJson reads it.
    void showMetrics(const QJsonObject &metrics, const QString &csv);
    QString summaryText() const;
    // The feed's CSV (long: one row per figure) or its wide form (one row per rep or period).
    enum class CsvFormat
    {
        Long,
        Wide
    };
    QString csv(CsvFormat format = CsvFormat::Long) const;
    // Asks where and in which format (the save dialog's file types), writes, says where.
    void exportCsv();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void refreshReps();

    RepDesk &m_desk;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_rep = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_distribution = nullptr;
    QChartView *m_trend = nullptr;
    QChartView *m_conversion = nullptr;
    QTableWidget *m_byRep = nullptr;
    QString m_pending;
    QString m_csv;
};
