#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>

class QWebSocket;

// Tries a feed URL and token once, as the console would connect, and says what came of it:
// the rep's name and role from the feed's hello, or the exact reason it failed (the feed's
// close reason for a refused token, the network's error otherwise).
class ConnectionProbe final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionProbe(QObject *parent = nullptr);
    ~ConnectionProbe() override;

    void start(const QUrl &url, const QString &token, int timeoutMs = 10'000);
    bool isRunning() const { return m_socket != nullptr; }

Q_SIGNALS:
    // ok: `message` is the rep's name, `role` its role; otherwise `message` is the reason.
    void finished(bool ok, const QString &message, const QString &role);

private:
    void finish(bool ok, const QString &message, const QString &role = {});

    QWebSocket *m_socket = nullptr;
    QTimer m_timeout;
};
