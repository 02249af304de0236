// The Segment reader on what firstcall-feed's ingest hands it: the first byte picks the
// endpoint (/v1/track, ..., /v1/batch, /v1/import), the rest is the request body; or, for any
// other first byte, a line of a file for firstcall-score, whose "type" field decides.

#include "events/segmentreader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <utility>

namespace {

// /v1/<name>; 'm' is /v1/import, the same as a batch.
constexpr std::pair<uint8_t, const char *> kEndpoints[] = {{'t', "track"},    {'p', "page"},  {'s', "screen"},
                                                           {'i', "identify"}, {'g', "group"}, {'a', "alias"},
                                                           {'b', "batch"},    {'m', "batch"}};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QDateTime receivedAt = QDateTime::fromMSecsSinceEpoch(1'780'000'000'000, Qt::UTC);
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    QString endpoint;
    for (const auto &[byte, name] : kEndpoints) {
        if (data[0] == byte)
            endpoint = QLatin1StringView(name);
    }

    SegmentReader::Result result;
    if (endpoint.isEmpty()) {
        result = SegmentReader::readJson(body, receivedAt);
    } else {
        // FeedServer::handleHttp: a body that is not an object reads as an empty one; each
        // call of a batch is measured on its own.
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(body, &parseError).object();
        if (endpoint == u"batch") {
            const QJsonArray items = object.value(QStringLiteral("batch")).toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                QJsonDocument(items.at(i).toObject()).toJson(QJsonDocument::Compact);
        }
        result = SegmentReader::read(object, receivedAt, endpoint);
    }
    if (!result.ok()) {
        (void)result.error->toString();
        return 0;
    }
    // What the desk and the store do with an accepted call.
    for (const SegmentCall &call : std::as_const(result.calls)) {
        (void)call.contextGroupId();
        (void)call.pagePath();
        (void)QJsonDocument(call.toJson()).toJson(QJsonDocument::Compact);
    }
    return 0;
}
