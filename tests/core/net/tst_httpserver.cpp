// The HTTP server as attackers and broken clients meet it: raw bytes over a real QTcpSocket
// to a real HttpServer on a loopback port, the answers read back as they come off the wire.
#include "net/httpserver.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace {

// A smuggled request: if the server ever executes it, the route sees "SMUGGLED".
const QByteArray kInner = "POST /v1/track HTTP/1.1\r\nHost: x\r\nContent-Length: 8\r\n\r\nSMUGGLED";

struct Exchange
{
    QList<int> statuses; // of every answer, in order
    QByteArray raw;
    bool closed = false; // the server closed the connection
    qint64 elapsedMs = 0;
};

// Parses whole answers (status line, headers, Content-Length body) off the front of raw.
QList<int> statusesOf(const QByteArray &raw)
{
    QList<int> statuses;
    qsizetype at = 0;
    while (true) {
        const qsizetype end = raw.indexOf("\r\n\r\n", at);
        if (end < 0)
            break;
        const QByteArray head = raw.mid(at, end - at);
        statuses.append(head.mid(9, 3).toInt());
        qint64 length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        at = end + 4 + length;
    }
    return statuses;
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void refusesAmbiguousFraming_data();
    void refusesAmbiguousFraming();
    void acceptsWellFormedRequests_data();
    void acceptsWellFormedRequests();
    void decodesChunksDeliveredByteByByte();
    void bareLfIsRefusedAtOnce();
    void oversizedBodyIsRefusedBeforeItIsRead();
    void routesAnswer404And405();

    void headerDeadlineIsNotResetByTrickling();
    void slowBodyIsCut();
    void idleKeepAliveIsClosed();
    void connectionsPerAddressAreCapped();
    void newConnectionDisplacesTheOldestSlowHead();
    void addressAtItsCapPushesNobodyOut();
    void acceptingPausesWhenEveryConnectionIsBusy();

    void laterAnswersGoOutInRequestOrder();
    void closeRequestWaitsForItsLaterAnswer();
    void laterAnswerToAGoneConnectionGoesNowhere();
    void manyWaitingAnswersPauseReading();

private:
    // Connects (from `from` when given), writes the bytes and reads until the server closes
    // the connection, `answers` answers arrived or waitMs passed.
    Exchange exchange(const QByteArray &bytes, int answers = 1, int waitMs = 3000,
                      const QHostAddress &from = {});
    std::unique_ptr<QTcpSocket> connectFrom(const QHostAddress &from);

    std::unique_ptr<HttpServer> m_server;
    QByteArrayList m_bodies; // what the track route executed
    // What the /later route was given, and how to answer it.
    QByteArrayList m_laterBodies;
    QList<HttpServer::Responder> m_responders;
};

void TestHttpServer::init()
{
    m_bodies.clear();
    m_server = std::make_unique<HttpServer>();
    m_server->route("POST", "/v1/track", 1024, [this](const HttpRequest &request) {
        m_bodies.append(request.body);
        return HttpServer::json(200, "{\"success\":true}");
    });
    m_server->route("GET", "/health", 0, [](const HttpRequest &) { return HttpServer::json(200, "{}"); });
    m_laterBodies.clear();
    m_responders.clear();
    m_server->routeLater("POST", "/later", 1024,
                         [this](const HttpRequest &request, const HttpServer::Responder &responder) {
                             m_laterBodies.append(request.body);
                             m_responders.append(responder);
                         });
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void TestHttpServer::cleanup()
{
    m_server.reset();
}

std::unique_ptr<QTcpSocket> TestHttpServer::connectFrom(const QHostAddress &from)
{
    auto socket = std::make_unique<QTcpSocket>();
    if (!from.isNull())
        socket->bind(from);
    socket->connectToHost(QHostAddress::LocalHost, m_server->port());
    QDeadlineTimer deadline(3000);
    while (socket->state() != QAbstractSocket::ConnectedState && !deadline.hasExpired())
        spin(5);
    return socket;
}

Exchange TestHttpServer::exchange(const QByteArray &bytes, int answers, int waitMs, const QHostAddress &from)
{
    Exchange result;
    const auto socket = connectFrom(from);
    if (socket->state() != QAbstractSocket::ConnectedState)
        return result;
    QElapsedTimer clock;
    clock.start();
    socket->write(bytes);
    QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired()) {
        spin(5);
        result.raw += socket->readAll();
        if (socket->state() != QAbstractSocket::ConnectedState) {
            result.raw += socket->readAll();
            result.closed = true;
            break;
        }
        if (statusesOf(result.raw).size() >= answers) {
            spin(50); // a close right after the answer belongs to it
            result.raw += socket->readAll();
            result.closed = socket->state() != QAbstractSocket::ConnectedState;
            break;
        }
    }
    result.elapsedMs = clock.elapsed();
    result.statuses = statusesOf(result.raw);
    return result;
}

void TestHttpServer::refusesAmbiguousFraming_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    const QByteArray post = "POST /v1/track HTTP/1.1\r\nHost: x\r\n";
    // Each one carries a smuggled request after it; none may be executed.
    QTest::newRow("Content-Length and Transfer-Encoding")
        << post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + kInner << 400;
    QTest::newRow("Transfer-Encoding and Content-Length")
        << post + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n" + kInner << 400;
    QTest::newRow("two different Content-Lengths")
        << post + "Content-Length: 0\r\nContent-Length: 61\r\n\r\n" + kInner << 400;
    QTest::newRow("two equal Content-Lengths")
        << post + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}" + kInner << 400;
    QTest::newRow("Content-Length list") << post + "Content-Length: 2, 2\r\n\r\n{}" + kInner << 400;
    QTest::newRow("obs-fold")
        << post + "X-Pad: a\r\n Transfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n{}" + kInner << 400;
    QTest::newRow("obs-fold with a tab")
        << post + "X-Pad: a\r\n\tchunked\r\nContent-Length: 2\r\n\r\n{}" + kInner << 400;
    QTest::newRow("space before the colon")
        << post + "Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n" + kInner << 400;
    QTest::newRow("tab before the colon") << post + "Content-Length\t: 2\r\n\r\n{}" + kInner << 400;
    QTest::newRow("chunked, identity")
        << post + "Transfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n" + kInner << 400;
    QTest::newRow("gzip, chunked") << post + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n" + kInner
                                   << 400;
    QTest::newRow("identity") << post + "Transfer-Encoding: identity\r\n\r\n{}" + kInner << 400;
    QTest::newRow("chunked twice") << post +
                                          "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n"
                                          "0\r\n\r\n" +
                                          kInner
                                   << 400;
    QTest::newRow("xchunked") << post + "Transfer-Encoding: xchunked\r\n\r\n0\r\n\r\n" + kInner << 400;
    QTest::newRow("Transfer-Encoding in HTTP/1.0")
        << QByteArray("POST /v1/track HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") + kInner
        << 400;
    QTest::newRow("chunk size +60") << post + "Transfer-Encoding: chunked\r\n\r\n+60\r\n" + kInner << 400;
    QTest::newRow("chunk size 0x60") << post + "Transfer-Encoding: chunked\r\n\r\n0x60\r\n" + kInner << 400;
    QTest::newRow("chunk size -1") << post + "Transfer-Encoding: chunked\r\n\r\n-1\r\n" + kInner << 400;
    QTest::newRow("chunk size with a leading space")
        << post + "Transfer-Encoding: chunked\r\n\r\n 2\r\n{}\r\n0\r\n\r\n" + kInner << 400;
    QTest::newRow("chunk size with trailing garbage")
        << post + "Transfer-Encoding: chunked\r\n\r\n2 x\r\n{}\r\n0\r\n\r\n" + kInner << 400;
    QTest::newRow("empty chunk size") << post + "Transfer-Encoding: chunked\r\n\r\n\r\n" + kInner << 400;
    QTest::newRow("chunk data not followed by CRLF")
        << post + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n" + kInner << 400;
    QTest::newRow("chunk data followed by LF")
        << post + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\n0\r\n\r\n" + kInner << 400;
    QTest::newRow("chunk size line with bare LF")
        << post + "Transfer-Encoding: chunked\r\n\r\n2\n{}\r\n0\r\n\r\n" + kInner << 400;
    QTest::newRow("malformed trailer")
        << post + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\nX : y\r\n\r\n" + kInner << 400;
    QTest::newRow("Content-Length with NUL") << post +
                                                    QByteArray("Content-Length: 91\0"
                                                               "194\r\n\r\n{}",
                                                               28) +
                                                    kInner
                                             << 400;
    QTest::newRow("Content-Length +2") << post + "Content-Length: +2\r\n\r\n{}" + kInner << 400;
    QTest::newRow("Content-Length -2") << post + "Content-Length: -2\r\n\r\n{}" + kInner << 400;
    QTest::newRow("Content-Length 0x2") << post + "Content-Length: 0x2\r\n\r\n{}" + kInner << 400;
    QTest::newRow("Content-Length 2.0") << post + "Content-Length: 2.0\r\n\r\n{}" + kInner << 400;
    QTest::newRow("Content-Length 1 2") << post + "Content-Length: 1 2\r\n\r\n{}" + kInner << 400;
    QTest::newRow("empty Content-Length") << post + "Content-Length:\r\n\r\n{}" + kInner << 400;
    QTest::newRow("Content-Length of 20 digits")
        << post + "Content-Length: 18446744073709551618\r\n\r\n{}" + kInner << 400;
    QTest::newRow("NUL in a header name")
        << post + QByteArray("X-Fo\0o: 1\r\nContent-Length: 2\r\n\r\n{}", 34) + kInner << 400;
    QTest::newRow("NUL in a header value")
        << post + QByteArray("X-Foo: a\0b\r\nContent-Length: 2\r\n\r\n{}", 34) + kInner << 400;
    QTest::newRow("control byte in a header value")
        << post + "X-Foo: a\x01z\r\nContent-Length: 2\r\n\r\n{}" + kInner << 400;
    QTest::newRow("DEL in a header value")
        << post + "X-Foo: a\x7fz\r\nContent-Length: 2\r\n\r\n{}" + kInner << 400;
    QTest::newRow("bare CR in a header")
        << post + "X-Foo: a\rContent-Length: 0\r\nContent-Length: 2\r\n\r\n{}" + kInner << 400;
    QTest::newRow("header line without colon") << post + "Content-Length 2\r\n\r\n{}" + kInner << 400;
    QTest::newRow("empty header name") << post + ": 2\r\nContent-Length: 2\r\n\r\n{}" + kInner << 400;
    QTest::newRow("two spaces in the request line")
        << QByteArray("POST  /v1/track HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}") + kInner << 400;
    QTest::newRow("tab in the request line")
        << QByteArray("POST\t/v1/track HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}") + kInner << 400;
    QTest::newRow("space after the version")
        << QByteArray("POST /v1/track HTTP/1.1 \r\nHost: x\r\nContent-Length: 2\r\n\r\n{}") + kInner << 400;
    QTest::newRow("lower-case version")
        << QByteArray("POST /v1/track http/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}") + kInner << 400;
    QTest::newRow("HTTP/2.0")
        << QByteArray("POST /v1/track HTTP/2.0\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}") + kInner << 505;
    QTest::newRow("target without a slash")
        << QByteArray("POST v1/track HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}") + kInner << 400;
    QTest::newRow("no Host in HTTP/1.1")
        << QByteArray("POST /v1/track HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}") + kInner << 400;
    QTest::newRow("two Hosts") << post + "Host: y\r\nContent-Length: 2\r\n\r\n{}" + kInner << 400;
    QTest::newRow("two Authorizations")
        << post + "Authorization: Basic a\r\nAuthorization: Basic b\r\nContent-Length: 2\r\n\r\n{}" + kInner
        << 400;
    QTest::newRow("unknown expectation")
        << post + "Expect: 200-ok\r\nContent-Length: 2\r\n\r\n{}" + kInner << 417;
    QTest::newRow("head over 16 KiB")
        << post + "X-Pad: " + QByteArray(17 * 1024, 'a') + "\r\n\r\n" + kInner << 431;
    QTest::newRow("head one byte over 16 KiB")
        << post + "X-Pad: " + QByteArray(16 * 1024 + 1 - post.size() - 7 - 4, 'a') + "\r\n\r\n" + kInner
        << 431;
    QTest::newRow("chunk size over the limit")
        << post + "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFFFFFF\r\n" + kInner << 413;
    QByteArray manyExtensions;
    for (int i = 0; i < 70; ++i)
        manyExtensions += "1;" + QByteArray(1000, 'e') + "\r\nx\r\n";
    QTest::newRow("chunk extensions over 64 KiB")
        << post + "Transfer-Encoding: chunked\r\n\r\n" + manyExtensions + "0\r\n\r\n" + kInner << 400;
    QTest::newRow("chunks adding up over the limit")
        << post + "Transfer-Encoding: chunked\r\n\r\n300\r\n" + QByteArray(0x300, 'a') + "\r\n300\r\n" +
               QByteArray(0x300, 'a') + "\r\n0\r\n\r\n" + kInner
        << 413;
}

void TestHttpServer::refusesAmbiguousFraming()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    // Each row is refused for its own reason: the answer names it.
    static const QHash<QByteArray, QByteArray> reasons = {
        {"Content-Length and Transfer-Encoding", "both Content-Length and Transfer-Encoding"},
        {"Transfer-Encoding and Content-Length", "both Content-Length and Transfer-Encoding"},
        {"two different Content-Lengths", "more than one Content-Length"},
        {"two equal Content-Lengths", "more than one Content-Length"},
        {"Content-Length list", "malformed Content-Length"},
        {"obs-fold", "obs-fold"},
        {"obs-fold with a tab", "obs-fold"},
        {"space before the colon", "white space before the colon"},
        {"tab before the colon", "white space before the colon"},
        {"chunked, identity", "only \\\"chunked\\\" alone"},
        {"gzip, chunked", "only \\\"chunked\\\" alone"},
        {"identity", "only \\\"chunked\\\" alone"},
        {"chunked twice", "only \\\"chunked\\\" alone"},
        {"xchunked", "only \\\"chunked\\\" alone"},
        {"Transfer-Encoding in HTTP/1.0", "Transfer-Encoding in an HTTP/1.0 request"},
        {"chunk size +60", "malformed chunk size"},
        {"chunk size 0x60", "malformed chunk size"},
        {"chunk size -1", "malformed chunk size"},
        {"chunk size with a leading space", "malformed chunk size"},
        {"chunk size with trailing garbage", "malformed chunk size"},
        {"empty chunk size", "malformed chunk size"},
        {"chunk data not followed by CRLF", "chunk data not followed by CRLF"},
        {"chunk data followed by LF", "chunk data not followed by CRLF"},
        {"chunk size line with bare LF", "bare LF"},
        {"malformed trailer", "white space before the colon"},
        {"Content-Length with NUL", "NUL byte"},
        {"Content-Length +2", "malformed Content-Length"},
        {"Content-Length -2", "malformed Content-Length"},
        {"Content-Length 0x2", "malformed Content-Length"},
        {"Content-Length 2.0", "malformed Content-Length"},
        {"Content-Length 1 2", "malformed Content-Length"},
        {"empty Content-Length", "malformed Content-Length"},
        {"Content-Length of 20 digits", "malformed Content-Length"},
        {"NUL in a header name", "NUL byte"},
        {"NUL in a header value", "NUL byte"},
        {"control byte in a header value", "control character"},
        {"DEL in a header value", "control character"},
        {"bare CR in a header", "bare CR"},
        {"header line without colon", "has no colon"},
        {"empty header name", "malformed header field name"},
        {"two spaces in the request line", "malformed request line"},
        {"tab in the request line", "malformed request line"},
        {"space after the version", "malformed request line"},
        {"lower-case version", "malformed HTTP version"},
        {"HTTP/2.0", "not supported"},
        {"target without a slash", "malformed request target"},
        {"no Host in HTTP/1.1", "no Host header"},
        {"two Hosts", "more than one Host"},
        {"two Authorizations", "more than one Authorization"},
        {"unknown expectation", "unsupported expectation"},
        {"head over 16 KiB", "request headers larger than"},
        {"head one byte over 16 KiB", "request headers larger than"},
        {"chunk size over the limit", "over the limit"},
        {"chunks adding up over the limit", "over the limit"},
        {"chunk extensions over 64 KiB", "chunk size lines larger than"},
    };
    const QByteArray reason = reasons.value(QTest::currentDataTag());
    QVERIFY2(!reason.isEmpty(), "no reason for this row");
    const Exchange e = exchange(request);
    QVERIFY2(e.raw.contains(reason), e.raw.constData());
    QCOMPARE(e.statuses, QList<int>{status});
    QVERIFY2(e.closed, "the connection stays open after a refused request");
    QVERIFY2(e.raw.contains("Connection: close"), e.raw.constData());
    QCOMPARE(m_bodies, QByteArrayList());
}

void TestHttpServer::acceptsWellFormedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArrayList>("bodies");
    QTest::addColumn<bool>("keptOpen");

    const QByteArray post = "POST /v1/track HTTP/1.1\r\nHost: x\r\n";
    QTest::newRow("Content-Length") << post + "Content-Length: 2\r\n\r\n{}" << QByteArrayList{"{}"} << true;
    QTest::newRow("no body") << post + "\r\n" << QByteArrayList{""} << true;
    QTest::newRow("head of exactly 16 KiB")
        << post + "X-Pad: " + QByteArray(16 * 1024 - post.size() - 7 - 4 - 19, 'a') +
               "\r\nContent-Length: 0\r\n\r\n"
        << QByteArrayList{""} << true;
    QTest::newRow("chunked") << post + "Transfer-Encoding: chunked\r\n\r\n1\r\n{\r\n1\r\n}\r\n0\r\n\r\n"
                             << QByteArrayList{"{}"} << true;
    QTest::newRow("Chunked in capitals") << post + "Transfer-Encoding: Chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
                                         << QByteArrayList{"{}"} << true;
    QTest::newRow("hex sizes in both cases")
        << post + "Transfer-Encoding: chunked\r\n\r\nA\r\n0123456789\r\n0a\r\nabcdefghij\r\n0\r\n\r\n"
        << QByteArrayList{"0123456789abcdefghij"} << true;
    QTest::newRow("chunk extensions")
        << post + "Transfer-Encoding: chunked\r\n\r\n2;name=value ; other=\"x y\"\r\n{}\r\n0;last\r\n\r\n"
        << QByteArrayList{"{}"} << true;
    QTest::newRow("trailers") << post +
                                     "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\nX-Checksum: 1\r\n\r\n"
                              << QByteArrayList{"{}"} << true;
    QTest::newRow("white space around values")
        << post + "Content-Length: \t2 \r\n\r\n{}" << QByteArrayList{"{}"} << true;
    QTest::newRow("obs-text in a value")
        << post + "X-Name: Jos\xc3\xa9\r\nContent-Length: 2\r\n\r\n{}" << QByteArrayList{"{}"} << true;
    QTest::newRow("empty line before the request")
        << "\r\n" + post + "Content-Length: 2\r\n\r\n{}" << QByteArrayList{"{}"} << true;
    QTest::newRow("absolute-form target")
        << QByteArray("POST http://x/v1/track?a=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")
        << QByteArrayList{"{}"} << true;
    QTest::newRow("pipelined") << post + "Content-Length: 3\r\n\r\n{1}" + post +
                                      "Transfer-Encoding: chunked\r\n\r\n3\r\n{2}\r\n0\r\n\r\n" + post +
                                      "Content-Length: 3\r\n\r\n{3}"
                               << QByteArrayList{"{1}", "{2}", "{3}"} << true;
    QTest::newRow("Connection: close")
        << post + "Connection: close\r\nContent-Length: 2\r\n\r\n{}" << QByteArrayList{"{}"} << false;
    QTest::newRow("nothing after Connection: close is executed")
        << post + "Connection: close\r\nContent-Length: 2\r\n\r\n{}" + kInner << QByteArrayList{"{}"}
        << false;
    QTest::newRow("HTTP/1.0") << QByteArray("POST /v1/track HTTP/1.0\r\nContent-Length: 2\r\n\r\n{}")
                              << QByteArrayList{"{}"} << false;
    QTest::newRow("HTTP/1.0 keep-alive")
        << QByteArray("POST /v1/track HTTP/1.0\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\n{}")
        << QByteArrayList{"{}"} << true;
}

void TestHttpServer::acceptsWellFormedRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArrayList, bodies);
    QFETCH(bool, keptOpen);
    const Exchange e = exchange(request, int(bodies.size()));
    QCOMPARE(e.statuses, QList<int>(bodies.size(), 200));
    QCOMPARE(m_bodies, bodies);
    QCOMPARE(!e.closed, keptOpen);
}

void TestHttpServer::decodesChunksDeliveredByteByByte()
{
    QByteArray body;
    QByteArray chunked;
    for (int i = 0; i < 20; ++i) {
        const QByteArray piece = QByteArray::number(i) + ",";
        body += piece;
        chunked += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    const QByteArray request =
        "POST /v1/track HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked + "0\r\n\r\n";
    const auto socket = connectFrom({});
    for (const char c : request) {
        socket->write(&c, 1);
        socket->flush();
        spin(1);
    }
    QTRY_COMPARE(statusesOf(socket->peek(4096)), QList<int>{200});
    QCOMPARE(m_bodies, QByteArrayList{body});
}

void TestHttpServer::bareLfIsRefusedAtOnce()
{
    // Answered now, not at a timeout: the idle timer would take 30 s.
    const Exchange e = exchange("POST /v1/track HTTP/1.1\nHost: x\n\n{}", 1, 2000);
    QCOMPARE(e.statuses, QList<int>{400});
    QVERIFY(e.closed);
    QVERIFY2(e.raw.contains("bare LF"), e.raw.constData());
    const Exchange inBody =
        exchange("POST /v1/track HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\n", 1, 2000);
    QCOMPARE(inBody.statuses, QList<int>{400});
}

void TestHttpServer::oversizedBodyIsRefusedBeforeItIsRead()
{
    const Exchange e = exchange("POST /v1/track HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                                "Content-Length: 5000\r\n\r\n");
    QCOMPARE(e.statuses, QList<int>{413});
    QVERIFY2(e.raw.contains("5000 bytes is over the limit of 1024 bytes for /v1/track"), e.raw.constData());
    // A client that sends the body anyway (no Expect) has it read away, then sees the 413.
    const Exchange sent = exchange("POST /v1/track HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n" +
                                   QByteArray(5000, 'a'));
    QCOMPARE(sent.statuses, QList<int>{413});
    QVERIFY(sent.closed);
    QCOMPARE(m_bodies, QByteArrayList());
    // With Expect: 100-continue and a body within the limit, the client is told to go on.
    const Exchange fits = exchange("POST /v1/track HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                                   "Content-Length: 2\r\n\r\n");
    QCOMPARE(fits.statuses, QList<int>{100});
}

void TestHttpServer::routesAnswer404And405()
{
    const Exchange missing = exchange("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(missing.statuses, QList<int>{404});
    const Exchange wrong = exchange("GET /v1/track HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(wrong.statuses, QList<int>{405});
    QVERIFY2(wrong.raw.contains("\r\nAllow: POST\r\n"), wrong.raw.constData());
    const Exchange health = exchange("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(health.statuses, QList<int>{200});
}

void TestHttpServer::headerDeadlineIsNotResetByTrickling()
{
    HttpServer::Limits limits;
    limits.headerTimeoutMs = 600;
    m_server->setLimits(limits);
    const auto socket = connectFrom({});
    QElapsedTimer clock;
    clock.start();
    const QByteArray head = "POST /v1/track HTTP/1.1\r\nHost: x\r\nX-Slow: " + QByteArray(100, 'a');
    // One byte every 50 ms: the idle timer of old restarted on each of them.
    for (qsizetype i = 0; i < head.size() && socket->state() == QAbstractSocket::ConnectedState; ++i) {
        socket->write(head.mid(i, 1));
        spin(50);
    }
    QTRY_VERIFY(socket->state() != QAbstractSocket::ConnectedState);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    const QByteArray answer = socket->readAll();
    QCOMPARE(statusesOf(answer), QList<int>{408});
}

void TestHttpServer::slowBodyIsCut()
{
    HttpServer::Limits limits;
    limits.bodyWindowMs = 300;
    limits.minBodyBytesPerSecond = 100; // 30 bytes a window
    m_server->setLimits(limits);
    const auto socket = connectFrom({});
    socket->write("POST /v1/track HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n");
    for (int i = 0; i < 100 && socket->state() == QAbstractSocket::ConnectedState; ++i) {
        socket->write("a");
        spin(50);
    }
    QVERIFY(socket->state() != QAbstractSocket::ConnectedState);
    QCOMPARE(statusesOf(socket->readAll()), QList<int>{408});
    // A body that keeps the rate is read whole.
    const auto good = connectFrom({});
    good->write("POST /v1/track HTTP/1.1\r\nHost: x\r\nContent-Length: 200\r\n\r\n");
    for (int i = 0; i < 10; ++i) {
        good->write(QByteArray(20, 'b'));
        spin(100);
    }
    QTRY_COMPARE(statusesOf(good->peek(4096)), QList<int>{200});
}

void TestHttpServer::idleKeepAliveIsClosed()
{
    HttpServer::Limits limits;
    limits.idleTimeoutMs = 300;
    m_server->setLimits(limits);
    const auto socket = connectFrom({});
    socket->write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE(statusesOf(socket->peek(4096)), QList<int>{200});
    QTRY_VERIFY(socket->state() != QAbstractSocket::ConnectedState);
}

void TestHttpServer::connectionsPerAddressAreCapped()
{
    HttpServer::Limits limits;
    limits.maxConnectionsPerAddress = 3;
    m_server->setLimits(limits);
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 3; ++i)
        held.push_back(connectFrom(QHostAddress(QStringLiteral("127.0.0.2"))));
    QTRY_COMPARE(m_server->connectionCount(), 3);
    const auto fourth = connectFrom(QHostAddress(QStringLiteral("127.0.0.2")));
    QTRY_VERIFY(fourth->state() != QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->connectionCount(), 3);
    // Another address is served.
    const Exchange other = exchange("GET /health HTTP/1.1\r\nHost: x\r\n\r\n", 1, 3000,
                                    QHostAddress(QStringLiteral("127.0.0.3")));
    QCOMPARE(other.statuses, QList<int>{200});
    // A slot given back is free again.
    held.front()->abort();
    QTRY_COMPARE(m_server->connectionCount(), 2);
    const Exchange again = exchange("GET /health HTTP/1.1\r\nHost: x\r\n\r\n", 1, 3000,
                                    QHostAddress(QStringLiteral("127.0.0.2")));
    QCOMPARE(again.statuses, QList<int>{200});
}

void TestHttpServer::newConnectionDisplacesTheOldestSlowHead()
{
    HttpServer::Limits limits;
    limits.maxConnections = 4;
    m_server->setLimits(limits);
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int i = 0; i < 4; ++i) {
        slow.push_back(connectFrom({}));
        slow.back()->write("POST /v1/track HTTP/1.1\r\nHo");
        spin(20);
    }
    QTRY_COMPARE(m_server->connectionCount(), 4);
    const Exchange good = exchange("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(good.statuses, QList<int>{200});
    QTRY_VERIFY(slow.front()->state() != QAbstractSocket::ConnectedState);
    for (size_t i = 1; i < slow.size(); ++i)
        QCOMPARE(slow.at(i)->state(), QAbstractSocket::ConnectedState);
}

void TestHttpServer::addressAtItsCapPushesNobodyOut()
{
    HttpServer::Limits limits;
    limits.maxConnections = 2;
    limits.maxConnectionsPerAddress = 1;
    m_server->setLimits(limits);
    const auto mine = connectFrom(QHostAddress(QStringLiteral("127.0.0.2")));
    const auto other = connectFrom(QHostAddress(QStringLiteral("127.0.0.3")));
    other->write("POST /v1/track HTTP/1.1\r\nHo"); // slow: the first to give way when full
    QTRY_COMPARE(m_server->connectionCount(), 2);
    const auto again = connectFrom(QHostAddress(QStringLiteral("127.0.0.2")));
    QTRY_VERIFY(again->state() != QAbstractSocket::ConnectedState);
    spin(100);
    QCOMPARE(other->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->connectionCount(), 2);
}

void TestHttpServer::acceptingPausesWhenEveryConnectionIsBusy()
{
    HttpServer::Limits limits;
    limits.maxConnections = 2;
    m_server->setLimits(limits);
    // Two bodies on their way: neither may be pushed out.
    std::vector<std::unique_ptr<QTcpSocket>> busy;
    for (int i = 0; i < 2; ++i) {
        busy.push_back(connectFrom({}));
        busy.back()->write("POST /v1/track HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\n{}");
    }
    QTRY_COMPARE(m_server->connectionCount(), 2);
    spin(100);
    const auto waiting = connectFrom({});
    waiting->write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
    spin(300);
    QCOMPARE(m_server->connectionCount(), 2);
    QVERIFY(busy.at(0)->state() == QAbstractSocket::ConnectedState);
    // One finishes: kept alive but idle, it gives way, and the waiting client is answered.
    busy.at(0)->write("{}");
    QTRY_COMPARE(statusesOf(busy.at(0)->peek(4096)), QList<int>{200});
    QTRY_COMPARE(statusesOf(waiting->peek(4096)), QList<int>{200});
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"

namespace {

QByteArray laterRequest(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "POST /later HTTP/1.1\r\nHost: x\r\n" + extraHeaders +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// The bodies of the whole answers in raw, in order.
QByteArrayList bodiesOf(const QByteArray &raw)
{
    QByteArrayList bodies;
    qsizetype at = 0;
    while (true) {
        const qsizetype end = raw.indexOf("\r\n\r\n", at);
        if (end < 0)
            break;
        qint64 length = 0;
        for (const QByteArray &line : raw.mid(at, end - at).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        bodies.append(raw.mid(end + 4, length));
        at = end + 4 + length;
    }
    return bodies;
}

} // namespace

void TestHttpServer::laterAnswersGoOutInRequestOrder()
{
    // Three requests whose handler answers later, then one answered at once, pipelined.
    const auto socket = connectFrom({});
    socket->write(laterRequest("one") + laterRequest("two") + laterRequest("three") +
                  "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE(m_laterBodies, (QByteArrayList{"one", "two", "three"}));
    // The health check is answered, but only after the three before it.
    m_responders.at(2).respond(HttpServer::json(200, "3"));
    m_responders.at(1).respond(HttpServer::json(200, "2"));
    spin(100);
    QCOMPARE(socket->readAll(), QByteArray());
    m_responders.at(0).respond(HttpServer::json(200, "1"));
    QByteArray raw;
    QTRY_VERIFY((raw += socket->readAll(), statusesOf(raw).size() == 4));
    QCOMPARE(bodiesOf(raw), (QByteArrayList{"1", "2", "3", "{}"}));
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState); // kept alive
    // A second answer to the same request is ignored.
    m_responders.at(0).respond(HttpServer::json(500, "again"));
    spin(50);
    QCOMPARE(socket->readAll(), QByteArray());
}

void TestHttpServer::closeRequestWaitsForItsLaterAnswer()
{
    // "Connection: close": nothing after it is executed, and the connection closes once it is
    // answered, however late.
    const auto socket = connectFrom({});
    socket->write(laterRequest("last", "Connection: close\r\n") + kInner);
    QTRY_COMPARE(m_laterBodies, QByteArrayList{"last"});
    spin(100);
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    m_responders.at(0).respond(HttpServer::json(200, "done"));
    QByteArray raw;
    QTRY_VERIFY((raw += socket->readAll(), socket->state() != QAbstractSocket::ConnectedState));
    raw += socket->readAll();
    QCOMPARE(statusesOf(raw), QList<int>{200});
    QVERIFY2(raw.contains("Connection: close"), raw.constData());
    QCOMPARE(m_bodies, QByteArrayList());
    QCOMPARE(m_laterBodies, QByteArrayList{"last"});
}

void TestHttpServer::laterAnswerToAGoneConnectionGoesNowhere()
{
    {
        const auto socket = connectFrom({});
        socket->write(laterRequest("orphan"));
        QTRY_COMPARE(m_laterBodies, QByteArrayList{"orphan"});
        socket->abort();
    }
    QTRY_COMPARE(m_server->connectionCount(), 0);
    m_responders.at(0).respond(HttpServer::json(200, "late")); // nobody to tell: no crash
    // And the server goes on serving.
    const Exchange e = exchange("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(e.statuses, QList<int>{200});
}

void TestHttpServer::manyWaitingAnswersPauseReading()
{
    // A client may have only so many requests waiting for their answers; the rest wait unread
    // (no unbounded memory), and go on once answers are out.
    const int total = HttpServer::kMaxPendingPerConnection + 5;
    QByteArray pipelined;
    for (int i = 0; i < total; ++i)
        pipelined += laterRequest(QByteArray::number(i));
    const auto socket = connectFrom({});
    socket->write(pipelined);
    QTRY_COMPARE(m_laterBodies.size(), qsizetype(HttpServer::kMaxPendingPerConnection));
    spin(100);
    QCOMPARE(m_laterBodies.size(), qsizetype(HttpServer::kMaxPendingPerConnection));
    for (qsizetype i = 0; i < m_responders.size(); ++i)
        m_responders.at(i).respond(HttpServer::json(200, QByteArray::number(i)));
    QTRY_COMPARE(m_laterBodies.size(), qsizetype(total));
    for (qsizetype i = HttpServer::kMaxPendingPerConnection; i < total; ++i)
        m_responders.at(i).respond(HttpServer::json(200, QByteArray::number(i)));
    QByteArray raw;
    QTRY_VERIFY((raw += socket->readAll(), statusesOf(raw).size() == total));
    QByteArrayList expected;
    for (int i = 0; i < total; ++i)
        expected.append(QByteArray::number(i));
    QCOMPARE(bodiesOf(raw), expected);
    QCOMPARE(m_laterBodies, expected);
}
