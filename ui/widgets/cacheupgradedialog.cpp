#include "cacheupgradedialog.h"

#include "client/consolestore.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

CacheUpgradeDialog::CacheUpgradeDialog(QWidget *parent)
    : QProgressDialog(parent)
{
    setWindowTitle(tr("Firstcall"));
    setLabelText(tr("Updating the local lead cache to this version…\nThis happens once and takes a few "
                    "seconds for a large cache."));
    // Stop, Esc or closing the window: the migration under way finishes, the next does not start.
    setCancelButtonText(tr("Stop"));
    connect(this, &QProgressDialog::canceled, this, [this] {
        if (m_stop.exchange(true))
            return;
        setLabelText(tr("Stopping after the current step…\nThe cache finishes upgrading the next time "
                        "Firstcall starts."));
        if (QPushButton *stop = findChild<QPushButton *>())
            stop->setEnabled(false);
        // QProgressDialog hid itself (and a close goes on hiding it): shown again until it stopped.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_running)
                    show();
            },
            Qt::QueuedConnection);
    });
    setWindowModality(Qt::ApplicationModal);
    setMinimumDuration(0);
    setAutoClose(false);
    setAutoReset(false);
    setRange(0, 0); // busy until the first step says how many there are
    setMinimumWidth(420);
}

QString CacheUpgradeDialog::stoppedText()
{
    return tr("The cache upgrade was stopped. Firstcall finishes upgrading the cache the next time it "
              "starts; the leads in it are kept.");
}

CacheUpgradeDialog::Result CacheUpgradeDialog::upgrade(const QString &path, QString *error)
{
    m_stop = false;
    m_running = true;
    show();
    QPointer<CacheUpgradeDialog> self(this);
    QFutureWatcher<std::pair<bool, QString>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    std::atomic<bool> *stop = &m_stop; // the dialog outlives the worker: this waits for it
    watcher.setFuture(QtConcurrent::run([path, self, stop] {
        QString why;
        const bool ok = ConsoleStore::migrate(
            path,
            [self](int done, int total) {
                // From the worker to the dialog's thread, in order, and waited for: a Stop the
                // rep gives on seeing a step holds from the next migration on.
                QMetaObject::invokeMethod(
                    self,
                    [self, done, total] {
                        if (!self)
                            return;
                        ++self->m_reports;
                        self->setRange(0, total);
                        self->setValue(done);
                        Q_EMIT self->progressed(done, total);
                    },
                    Qt::BlockingQueuedConnection);
            },
            &why, [stop] { return stop->load(); });
        return std::pair{ok, why};
    }));
    loop.exec(); // the dialog is application modal: only Stop and closing it reach the rep
    QCoreApplication::sendPostedEvents(this); // the last steps' reports
    const auto [ok, why] = watcher.result();
    m_running = false;
    hide();
    if (ok)
        return Result::Upgraded;
    if (m_stop && ConsoleStore::pendingMigrations(path) > 0)
        return Result::Stopped;
    if (error)
        *error = why;
    return Result::Failed;
}
