#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class RepDesk;
struct FeedCalibration;

// The manager dashboard's Scoring page: over a period of the feed's history, how each band and
// tier converted (a meeting booked or a qualified connect), each signal type's lift and the
// points the data suggests, and what the suggested points would have changed about the alerts.
class ScoringView final : public QWidget
{
    Q_OBJECT

public:
    explicit ScoringView(RepDesk &desk, QWidget *parent = nullptr);

    void refresh();
    void showCalibration(const FeedCalibration &calibration);
    QString summaryText() const;
    QTableWidget *liftTable() const { return m_lift; }
    QTableWidget *changeTable() const { return m_change; }
    QTableWidget *bandTable() const { return m_bands; }
    QTableWidget *tierTable() const { return m_tiers; }
    bool hasFigures() const { return m_loaded; }

private:
    RepDesk &m_desk;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_change = nullptr;
    QTableWidget *m_bands = nullptr;
    QTableWidget *m_tiers = nullptr;
    QTableWidget *m_lift = nullptr;
    QString m_pending;
    bool m_loaded = false;
};
