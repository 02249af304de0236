// The WebSocket frame reader on what a console sends, in pieces of 1 to 64 bytes (the first
// byte says how big), with the feed's 64 KiB message limit. A message that comes out is
// within the limit, and a text message is valid UTF-8.

#include "net/websocketreader.h"

#include <QStringDecoder>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    constexpr qint64 kLimit = 64 * 1024;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qsizetype piece = 1 + data[0] % 64;
    WebSocketReader reader(kLimit);
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        reader.append(bytes.mid(at, piece));
        for (WebSocketReader::Status status = reader.next(); status != WebSocketReader::Status::NeedMore;
             status = reader.next()) {
            if (status == WebSocketReader::Status::Failed) {
                const int code = reader.errorCode();
                if (code != 1002 && code != 1007 && code != 1009)
                    std::abort();
                return 0;
            }
            const WebSocketReader::Message message = reader.takeMessage();
            if (message.payload.size() > kLimit)
                std::abort();
            if (message.kind == WebSocketReader::Message::Text) {
                QStringDecoder decoder(QStringDecoder::Utf8);
                const QString text = decoder.decode(message.payload);
                if (decoder.hasError())
                    std::abort();
            }
        }
    }
    return 0;
}
