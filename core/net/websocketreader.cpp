#include "websocketreader.h"

#include <QStringDecoder>

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}

// RFC 6455 section 7.4: the codes a client may send in a close frame.
bool isSendableCloseCode(int code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1011) || (code >= 3000 && code <= 4999);
}

} // namespace

WebSocketReader::WebSocketReader(qint64 maxMessageBytes)
    : m_maxMessageBytes(maxMessageBytes)
{}

void WebSocketReader::append(const QByteArray &bytes)
{
    if (m_failed)
        return;
    if (m_pos > 0 && m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    }
    m_buffer += bytes;
}

WebSocketReader::Status WebSocketReader::fail(int code, const QString &message)
{
    m_failed = true;
    m_errorCode = code;
    m_errorMessage = message;
    m_buffer.clear();
    m_pos = 0;
    m_fragments.clear();
    return Status::Failed;
}

WebSocketReader::Status WebSocketReader::next()
{
    if (m_failed)
        return Status::Failed;
    while (true) {
        const qsizetype available = m_buffer.size() - m_pos;
        if (available < 2)
            return Status::NeedMore;
        const auto *data = reinterpret_cast<const uchar *>(m_buffer.constData() + m_pos);
        const bool fin = data[0] & 0x80;
        const int opcode = data[0] & 0x0f;
        if (data[0] & 0x70)
            return fail(kProtocolError, tr("reserved bits set in a frame (no extension was agreed)"));
        if (!(data[1] & 0x80))
            return fail(kProtocolError, tr("unmasked frame from a client"));
        const bool control = opcode & 0x08;
        if ((opcode >= 3 && opcode <= 7) || opcode >= 11)
            return fail(kProtocolError, tr("unknown opcode %1").arg(opcode));

        quint64 length = data[1] & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (available < 4)
                return Status::NeedMore;
            length = (quint64(data[2]) << 8) | data[3];
            header = 4;
            if (length < 126)
                return fail(kProtocolError, tr("frame length not in its shortest form"));
        } else if (length == 127) {
            if (available < 10)
                return Status::NeedMore;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | data[i];
            header = 10;
            if (length >> 63)
                return fail(kProtocolError, tr("frame length with its most significant bit set"));
            if (length <= 0xffff)
                return fail(kProtocolError, tr("frame length not in its shortest form"));
        }
        if (control && (!fin || length > 125))
            return fail(kProtocolError, tr("control frame fragmented or longer than 125 bytes"));
        if (!control) {
            if (opcode == 0 && !m_inMessage)
                return fail(kProtocolError, tr("continuation frame without a message to continue"));
            if (opcode != 0 && m_inMessage)
                return fail(kProtocolError, tr("new message before the previous one was finished"));
            const quint64 sofar = opcode == 0 ? quint64(m_fragments.size()) : 0;
            if (length > quint64(m_maxMessageBytes) || sofar + length > quint64(m_maxMessageBytes))
                return fail(kMessageTooBig, tr("message larger than %1 bytes").arg(m_maxMessageBytes));
        }
        if (quint64(available) < quint64(header) + 4 + length)
            return Status::NeedMore;

        const uchar *mask = data + header;
        QByteArray payload(m_buffer.constData() + m_pos + header + 4, qsizetype(length));
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char(uchar(payload.at(i)) ^ mask[i % 4]);
        m_pos += header + 4 + qsizetype(length);
        if (m_pos == m_buffer.size()) {
            m_buffer.clear();
            m_pos = 0;
        } else if (m_pos > 64 * 1024) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }

        m_message = Message();
        switch (opcode) {
        case 0x8: // close
            m_message.kind = Message::Close;
            if (payload.isEmpty()) {
                m_message.closeCode = 1005;
                return Status::Message;
            }
            if (payload.size() == 1)
                return fail(kProtocolError, tr("close frame with a one-byte payload"));
            m_message.closeCode = (uchar(payload.at(0)) << 8) | uchar(payload.at(1));
            if (!isSendableCloseCode(m_message.closeCode))
                return fail(kProtocolError, tr("close code %1 may not be sent").arg(m_message.closeCode));
            if (!isValidUtf8(payload.mid(2)))
                return fail(kInvalidPayload, tr("close reason is not UTF-8"));
            m_message.closeReason = QString::fromUtf8(payload.mid(2));
            return Status::Message;
        case 0x9:
        case 0xa:
            m_message.kind = opcode == 0x9 ? Message::Ping : Message::Pong;
            m_message.payload = payload;
            return Status::Message;
        default:
            break;
        }
        if (opcode != 0) {
            m_fragmentKind = opcode == 1 ? Message::Text : Message::Binary;
            m_fragments = payload;
        } else {
            m_fragments += payload;
        }
        m_inMessage = !fin;
        if (!fin)
            continue;
        m_message.kind = m_fragmentKind;
        m_message.payload = std::exchange(m_fragments, {});
        if (m_message.kind == Message::Text && !isValidUtf8(m_message.payload))
            return fail(kInvalidPayload, tr("text message is not UTF-8"));
        return Status::Message;
    }
}
