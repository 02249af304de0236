#include "cacheupgradedialog.h"

#include "client/consolestore.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

CacheUpgradeDialog::CacheUpgradeDialog(QWidget *parent)
    : QProgressDialog(parent)
{
    setWindowTitle(tr("Firstcall"));
    setLabelText(tr("Updating the local lead cache to this version…\nThis happens once and takes a few "
                    "seconds for a large cache."));
    setCancelButton(nullptr); // a migration half done is rolled back, but cannot be interrupted
    setWindowModality(Qt::ApplicationModal);
    setMinimumDuration(0);
    setAutoClose(false);
    setAutoReset(false);
    setRange(0, 0); // busy until the first step says how many there are
    setMinimumWidth(420);
}

bool CacheUpgradeDialog::upgrade(const QString &path, QString *error)
{
    show();
    QPointer<CacheUpgradeDialog> self(this);
    QFutureWatcher<std::pair<bool, QString>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, self] {
        QString why;
        const bool ok = ConsoleStore::migrate(
            path,
            [self](int done, int total) {
                // From the worker to the dialog's thread, in order.
                QMetaObject::invokeMethod(
                    self,
                    [self, done, total] {
                        if (!self)
                            return;
                        ++self->m_reports;
                        self->setRange(0, total);
                        self->setValue(done);
                    },
                    Qt::QueuedConnection);
            },
            &why);
        return std::pair{ok, why};
    }));
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    QCoreApplication::sendPostedEvents(this); // the last steps' reports
    const auto [ok, why] = watcher.result();
    if (!ok && error)
        *error = why;
    hide();
    return ok;
}
