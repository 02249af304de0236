#pragma once

#include <QHostAddress>
#include <QTcpServer>
#include <QtGlobal>

#include <functional>

class QTcpSocket;

// What the servers share about sockets and descriptors.
namespace Sockets {

// A listener that hands each accepted descriptor on instead of making a socket for it: the
// server decides about the connection (limits, which thread) before a socket exists for it.
class DescriptorListener final : public QTcpServer
{
public:
    DescriptorListener(std::function<void(qintptr)> onIncoming, QObject *parent)
        : QTcpServer(parent)
        , m_onIncoming(std::move(onIncoming))
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_onIncoming(descriptor); }

private:
    std::function<void(qintptr)> m_onIncoming;
};

// Bytes written to the socket and not yet sent; for TLS, the encrypted ones too (a QSslSocket
// encrypts all it is given at once, so its own bytesToWrite() is nearly always 0).
qint64 unsentBytes(const QTcpSocket &socket);

// The peer of an accepted descriptor, before a socket is made for it.
QHostAddress peerOf(qintptr descriptor);
void closeDescriptor(qintptr descriptor);

// Open files the process may have (RLIMIT_NOFILE), or 0 when it cannot tell.
qint64 openFileLimit();

// Stops accepting at once: QTcpServer's accept loop otherwise goes on taking every connection
// the kernel has queued in this round (pauseAccepting() only holds the next round). Those
// left in the kernel's queue wait there.
void pauseAccepting(QTcpServer &server);
void resumeAccepting(QTcpServer &server);

} // namespace Sockets
