#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Reads the frames a WebSocket client sends (RFC 6455 section 5), strictly: bytes go in as
// they arrive (append), whole messages and control frames come out (next). Anything the RFC
// says a server must fail the connection for is refused with the close code to send:
// 1002 for an unmasked frame, reserved bits, an unknown opcode, a fragmented or long control
// frame, a continuation without a start or a new message inside one, a length not in its
// shortest form, a malformed close payload; 1007 for text that is not UTF-8; 1009 for a
// message over the limit (refused from the frame header, before its payload is buffered).
class WebSocketReader
{
    Q_DECLARE_TR_FUNCTIONS(WebSocketReader)

public:
    enum class Status
    {
        NeedMore,
        Message, // takeMessage() has it
        Failed,  // errorCode() is the close code to send, errorMessage() the reason
    };

    struct Message
    {
        enum Kind
        {
            Text,
            Binary,
            Ping,
            Pong,
            Close,
        };
        Kind kind = Text;
        QByteArray payload; // Text: UTF-8, checked
        int closeCode = 0;  // Close: 1005 when the client sent none
        QString closeReason;
    };

    static constexpr int kProtocolError = 1002;
    static constexpr int kInvalidPayload = 1007;
    static constexpr int kMessageTooBig = 1009;

    explicit WebSocketReader(qint64 maxMessageBytes);

    void append(const QByteArray &bytes);
    Status next();
    Message takeMessage() { return std::move(m_message); }

    int errorCode() const { return m_errorCode; }
    QString errorMessage() const { return m_errorMessage; }
    qsizetype buffered() const { return m_buffer.size() - m_pos; }

private:
    Status fail(int code, const QString &message);

    qint64 m_maxMessageBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_inMessage = false; // a fragmented data message has begun
    Message::Kind m_fragmentKind = Message::Text;
    QByteArray m_fragments;
    Message m_message;
    bool m_failed = false;
    int m_errorCode = 0;
    QString m_errorMessage;
};
