#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QString>

struct HttpRequest
{
    QByteArray method;
    QByteArray path; // without the query
    QByteArray query;
    QByteArray version;                    // "HTTP/1.1" or "HTTP/1.0"
    QHash<QByteArray, QByteArray> headers; // names in lower case; repeated fields joined by ", "
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

// The one place that reads HTTP/1.1 requests off the wire, strictly as RFC 9112 frames them.
// Bytes go in as they arrive (append), requests come out (next): first the head, then, once
// the caller has said how large a body the route takes (setBodyLimit), the whole request.
// Everything is decoded incrementally: no byte is looked at twice, whatever the pieces.
//
// Whatever could be read two ways is refused (Failed, 400, with a message that says what),
// because a proxy in front of us may have read it the other way: a Content-Length together
// with a Transfer-Encoding, two Content-Lengths, anything but digits in one, a transfer coding
// other than a single "chunked", a chunk size that is not plain hex, chunk data not followed
// by CRLF, obs-fold, white space before a header's colon, a NUL or other control byte, a bare
// LF or bare CR (refused as soon as it arrives, not at a timeout). After Failed the parser
// takes nothing more: the connection must be closed, nothing after the error is executed.
class HttpRequestParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpRequestParser)

public:
    enum class Status
    {
        NeedMore, // the bytes so far are a valid beginning: wait for more
        Head,     // request() has the request line and headers; call setBodyLimit()
        Complete, // takeRequest() has the whole request; next() starts on the following one
        Failed,   // errorStatus() and errorMessage() say why; close the connection
    };

    static constexpr qsizetype kDefaultMaxHeadBytes = 16 * 1024;
    static constexpr int kMaxHeaderFields = 100;
    static constexpr qsizetype kMaxChunkLineBytes = 1024;
    static constexpr qsizetype kMaxChunkFramingBytes = 64 * 1024;

    explicit HttpRequestParser(qsizetype maxHeadBytes = kDefaultMaxHeadBytes);

    void append(const QByteArray &bytes);
    Status next();

    // After Head: the largest body this request's route takes. A Content-Length over it fails
    // at once with 413; a chunked body fails with 413 as soon as its chunks pass it.
    void setBodyLimit(qint64 maxBytes);

    const HttpRequest &request() const { return m_request; }
    // The bytes received after the head, for a connection that changes protocols (upgrade).
    QByteArray takeBuffered();
    HttpRequest takeRequest();

    // Whether the connection may stay open after this request (HTTP/1.1 unless "close").
    bool keepAlive() const { return m_keepAlive; }
    // Whether the client waits for "100 Continue" before it sends the body.
    bool expectsContinue() const { return m_expectContinue; }
    // The declared Content-Length, or -1 (chunked, or no head yet).
    qint64 contentLength() const { return m_contentLength; }
    // Bytes received and not consumed yet (of this request's body, or of requests after it).
    qsizetype buffered() const { return m_buffer.size() - m_pos; }
    // The head of a request is being received.
    bool inHead() const { return m_state == State::Head && buffered() > 0; }

    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }

private:
    enum class State
    {
        Head,
        AwaitLimit,
        Body,      // Content-Length
        ChunkSize, // the line with a chunk's size
        ChunkData, // m_remaining bytes of the chunk
        ChunkEnd,  // the CRLF after a chunk's data
        Trailers,  // trailer fields after the last chunk, up to the empty line
        Done,
        Failed,
    };

    Status fail(int status, const QString &message);
    Status parseHead(qsizetype end);
    Status parseBody();
    bool checkField(const QByteArray &line, int number, QByteArray *name, QByteArray *value);
    // The next line from m_pos ending in CRLF, without it; false while it is incomplete or
    // when it fails the parse (a bare LF or CR, too long: m_state is Failed then).
    bool takeLine(qsizetype maxBytes, QByteArray *line, const char *what);
    void compact();

    qsizetype m_maxHeadBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;  // consumed bytes at the front of m_buffer
    qsizetype m_scan = 0; // where the search for the end of the head goes on
    State m_state = State::Head;
    HttpRequest m_request;
    bool m_keepAlive = true;
    bool m_expectContinue = false;
    bool m_chunked = false;
    qint64 m_contentLength = -1;
    qint64 m_limit = 0;
    qint64 m_remaining = 0;
    qsizetype m_trailerBytes = 0;
    qsizetype m_framingBytes = 0; // of the chunk-size lines
    int m_errorStatus = 0;
    QString m_errorMessage;
};
