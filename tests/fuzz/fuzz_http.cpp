// The HTTP request parser on what a client sends, in pieces of 1 to 64 bytes (the first byte
// says how big), with the feed's largest body limit. Whatever it accepts must be consistent:
// a complete request's body is within the limit, and after Failed nothing more comes out.

#include "net/httprequestparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    constexpr qint64 kLimit = 500 * 1024;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qsizetype piece = 1 + data[0] % 64;
    HttpRequestParser parser;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        parser.append(bytes.mid(at, piece));
        for (HttpRequestParser::Status status = parser.next(); status != HttpRequestParser::Status::NeedMore;
             status = parser.next()) {
            if (status == HttpRequestParser::Status::Failed) {
                if (parser.errorStatus() < 400 || parser.errorMessage().isEmpty())
                    std::abort(); // a refusal always says why
                if (parser.next() != HttpRequestParser::Status::Failed)
                    std::abort(); // nothing after an error
                return 0;
            }
            if (status == HttpRequestParser::Status::Head) {
                parser.setBodyLimit(kLimit);
            } else {
                const HttpRequest request = parser.takeRequest();
                if (request.body.size() > kLimit || request.method.isEmpty() || request.path.isEmpty())
                    std::abort();
            }
        }
    }
    return 0;
}
