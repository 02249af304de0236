// The console's side of the feed: text messages from the server, as FeedClient::handleMessage
// reads them and RepDesk applies them (rules from hello, snapshot, lead, resumed, rep,
// result), on a fresh console store for every input. One message a line.

#include "client/consolestore.h"
#include "client/feedclient.h"
#include "client/repdesk.h"
#include "clock/clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

constexpr qint64 kStartMs = 1'780'000'000'000;

QTemporaryDir &directory()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("firstcall.*=false"));
    return directory().isValid() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = directory().filePath(QStringLiteral("console.db"));
    {
        QString error;
        const std::unique_ptr<ConsoleStore> store = ConsoleStore::open(path, &error);
        if (!store) {
            qCritical("fuzz_feedclient: %s", qPrintable(error));
            std::abort();
        }
        ManualClock clock(kStartMs);
        FeedClient client(clock);
        RepDesk desk(*store, client, clock);
        desk.setFlushIntervalMs(0);

        const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
        for (const QByteArray &line : input.split('\n')) {
            client.handleMessage(QString::fromUtf8(line));
            clock.advance(60'000);
            QCoreApplication::processEvents(); // the flush
        }
        desk.rescore();
        while (desk.isRescoring())
            QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        for (auto it = desk.leads().cbegin(); it != desk.leads().cend(); ++it)
            (void)desk.leadDetail(it.key());
        (void)desk.tasks();
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return 0;
}
