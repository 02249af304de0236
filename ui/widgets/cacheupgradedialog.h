#pragma once

#include <QProgressDialog>

// Shown while an older console cache is brought to the current schema before the window
// opens (ConsoleStore::migrate): the migration runs on a worker thread with a connection of its
// own and drives the bar step by step, then the free pages it left are reclaimed; the dialog
// keeps painting meanwhile. A big cache (100k leads) takes seconds, once.
class CacheUpgradeDialog final : public QProgressDialog
{
    Q_OBJECT

public:
    explicit CacheUpgradeDialog(QWidget *parent = nullptr);

    // Migrates the cache at `path`, showing the dialog meanwhile; false with `error` on failure.
    bool upgrade(const QString &path, QString *error);
    // How many times the migration reported progress (for the tests).
    int reports() const { return m_reports; }

private:
    int m_reports = 0;
};
