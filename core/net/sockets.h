#pragma once

#include <QHostAddress>
#include <QtGlobal>

class QTcpServer;
class QTcpSocket;

// What the servers share about sockets and descriptors.
namespace Sockets {

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
