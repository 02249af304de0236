#pragma once

#include <QProgressDialog>

#include <atomic>

// Shown while an older console cache is brought to the current schema before the window
// opens (ConsoleStore::migrate): the migration runs on a worker thread with a connection of its
// own and drives the bar step by step, then the free pages it left are reclaimed; the dialog
// keeps painting meanwhile. A big cache (100k leads) takes seconds, once. Stop (or closing the
// dialog) stops it after the migration under way, each one transaction: the cache stays whole
// and finishes upgrading at the next start.
class CacheUpgradeDialog final : public QProgressDialog
{
    Q_OBJECT

public:
    enum class Result
    {
        Upgraded,
        Stopped,
        Failed
    };

    explicit CacheUpgradeDialog(QWidget *parent = nullptr);

    // Migrates the cache at `path`, showing the dialog meanwhile; Failed with `error` on failure.
    Result upgrade(const QString &path, QString *error);
    // What the console tells the user after Stopped.
    static QString stoppedText();
    // How many times the migration reported progress (for the tests).
    int reports() const { return m_reports; }

Q_SIGNALS:
    // Each report of the migration, after the bar moved (for the tests).
    void progressed(int done, int total);

private:
    int m_reports = 0;
    std::atomic<bool> m_stop = false;
    bool m_running = false;
};
