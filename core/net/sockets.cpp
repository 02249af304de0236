#include "sockets.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Sockets {

qint64 unsentBytes(const QTcpSocket &socket)
{
    qint64 pending = socket.bytesToWrite();
    if (const auto *ssl = qobject_cast<const QSslSocket *>(&socket))
        pending += ssl->encryptedBytesToWrite();
    return pending;
}

QHostAddress peerOf(qintptr descriptor)
{
#ifdef Q_OS_UNIX
    sockaddr_storage address{};
    socklen_t length = sizeof(address);
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&address), &length) == 0)
        return QHostAddress(reinterpret_cast<const sockaddr *>(&address));
#else
    Q_UNUSED(descriptor)
#endif
    return {};
}

void closeDescriptor(qintptr descriptor)
{
#ifdef Q_OS_UNIX
    ::close(int(descriptor));
#else
    Q_UNUSED(descriptor)
#endif
}

qint64 openFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return qint64(limit.rlim_cur);
#endif
    return 0;
}

namespace {
constexpr int kQtDefaultMaxPending = 30;
}

void pauseAccepting(QTcpServer &server)
{
    // The accept loop checks the pending count against this before each accept().
    server.setMaxPendingConnections(0);
    server.pauseAccepting();
}

void resumeAccepting(QTcpServer &server)
{
    server.setMaxPendingConnections(kQtDefaultMaxPending);
    server.resumeAccepting();
}

} // namespace Sockets
