// The client frames the feed server reads, by RFC 6455 section 5: whole, in pieces, and broken.
#include "net/websocketreader.h"

#include <QTest>

namespace {

// A client frame: the first byte as given, the payload masked as a client must.
QByteArray frame(quint8 first, const QByteArray &payload, bool masked = true)
{
    QByteArray out;
    out.append(char(first));
    const char maskBit = masked ? char(0x80) : char(0);
    if (payload.size() < 126) {
        out.append(char(maskBit | char(payload.size())));
    } else if (payload.size() <= 0xffff) {
        out.append(char(maskBit | 126));
        out.append(char(payload.size() >> 8)).append(char(payload.size() & 0xff));
    } else {
        out.append(char(maskBit | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((quint64(payload.size()) >> shift) & 0xff));
    }
    if (!masked)
        return out + payload;
    const QByteArray mask("\xa1\x07\x3c\xfe", 4);
    out.append(mask);
    for (qsizetype i = 0; i < payload.size(); ++i)
        out.append(char(payload.at(i) ^ mask.at(i % 4)));
    return out;
}

// What a reader makes of these bytes: one line per message or error.
QStringList read(const QByteArray &bytes, qsizetype piece, qint64 maxMessage = 1024 * 1024)
{
    WebSocketReader reader(maxMessage);
    QStringList out;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        reader.append(bytes.mid(at, piece));
        while (true) {
            const WebSocketReader::Status status = reader.next();
            if (status == WebSocketReader::Status::NeedMore)
                break;
            if (status == WebSocketReader::Status::Failed) {
                out.append(QStringLiteral("fail %1").arg(reader.errorCode()));
                return out;
            }
            const WebSocketReader::Message m = reader.takeMessage();
            switch (m.kind) {
            case WebSocketReader::Message::Text:
                out.append(QStringLiteral("text ") + QString::fromUtf8(m.payload.left(20)) +
                           QStringLiteral(" (%1)").arg(m.payload.size()));
                break;
            case WebSocketReader::Message::Binary:
                out.append(QStringLiteral("binary %1").arg(m.payload.size()));
                break;
            case WebSocketReader::Message::Ping:
                out.append(QStringLiteral("ping ") + QString::fromUtf8(m.payload));
                break;
            case WebSocketReader::Message::Pong:
                out.append(QStringLiteral("pong ") + QString::fromUtf8(m.payload));
                break;
            case WebSocketReader::Message::Close:
                out.append(QStringLiteral("close %1 %2").arg(m.closeCode).arg(m.closeReason));
                break;
            }
        }
    }
    return out;
}

} // namespace

class TestWebSocketReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
};

void TestWebSocketReader::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<qint64>("maxMessage");
    const qint64 big = 1024 * 1024;

    QTest::newRow("text") << frame(0x81, "hello") << QStringList{u"text hello (5)"_qs} << big;
    QTest::newRow("empty text") << frame(0x81, "") << QStringList{u"text  (0)"_qs} << big;
    QTest::newRow("UTF-8 text") << frame(0x81, "Jos\xc3\xa9") << QStringList{u"text José (5)"_qs} << big;
    QTest::newRow("binary") << frame(0x82, QByteArray(3, '\0')) << QStringList{u"binary 3"_qs} << big;
    QTest::newRow("16-bit length") << frame(0x81, QByteArray(300, 'a'))
                                   << QStringList{u"text aaaaaaaaaaaaaaaaaaaa (300)"_qs} << big;
    QTest::newRow("64-bit length") << frame(0x81, QByteArray(70000, 'b'))
                                   << QStringList{u"text bbbbbbbbbbbbbbbbbbbb (70000)"_qs} << big;
    QTest::newRow("fragments with a ping between")
        << frame(0x01, "hel") + frame(0x89, "p") + frame(0x00, "l") + frame(0x80, "o")
        << QStringList{u"ping p"_qs, u"text hello (5)"_qs} << big;
    QTest::newRow("UTF-8 split across fragments")
        << frame(0x01, "Jos\xc3") + frame(0x80, "\xa9") << QStringList{u"text José (5)"_qs} << big;
    QTest::newRow("pong") << frame(0x8a, "x") << QStringList{u"pong x"_qs} << big;
    QTest::newRow("close without code") << frame(0x88, "") << QStringList{u"close 1005 "_qs} << big;
    QTest::newRow("close with code and reason") << frame(0x88, QByteArray("\x03\xe8"
                                                                          "bye",
                                                                          5))
                                                << QStringList{u"close 1000 bye"_qs} << big;
    QTest::newRow("two messages") << frame(0x81, "a") + frame(0x81, "b")
                                  << QStringList{u"text a (1)"_qs, u"text b (1)"_qs} << big;

    QTest::newRow("unmasked") << frame(0x81, "hello", false) << QStringList{u"fail 1002"_qs} << big;
    QTest::newRow("RSV1") << frame(0xc1, "hello") << QStringList{u"fail 1002"_qs} << big;
    QTest::newRow("RSV3") << frame(0x91, "hello") << QStringList{u"fail 1002"_qs} << big;
    QTest::newRow("opcode 3") << frame(0x83, "x") << QStringList{u"fail 1002"_qs} << big;
    QTest::newRow("opcode 11") << frame(0x8b, "x") << QStringList{u"fail 1002"_qs} << big;
    QTest::newRow("fragmented close") << frame(0x08, "") << QStringList{u"fail 1002"_qs} << big;
    QTest::newRow("ping of 126 bytes")
        << frame(0x89, QByteArray(126, 'p')) << QStringList{u"fail 1002"_qs} << big;
    QTest::newRow("continuation first") << frame(0x80, "x") << QStringList{u"fail 1002"_qs} << big;
    QTest::newRow("text inside a fragmented message")
        << frame(0x01, "a") + frame(0x81, "b") << QStringList{u"fail 1002"_qs} << big;
    QTest::newRow("16-bit length for 5 bytes")
        << QByteArray("\x81\xfe\x00\x05\x00\x00\x00\x00hello", 13) << QStringList{u"fail 1002"_qs} << big;
    QTest::newRow("64-bit length for 5 bytes")
        << QByteArray("\x81\xff\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00\x00hello", 19)
        << QStringList{u"fail 1002"_qs} << big;
    QTest::newRow("64-bit length with the top bit")
        << QByteArray("\x81\xff\x80\x00\x00\x00\x00\x01\x00\x00", 10) << QStringList{u"fail 1002"_qs} << big;
    QTest::newRow("close with one byte") << frame(0x88, "x") << QStringList{u"fail 1002"_qs} << big;
    QTest::newRow("close code 999") << frame(0x88, QByteArray("\x03\xe7", 2)) << QStringList{u"fail 1002"_qs}
                                    << big;
    QTest::newRow("close code 1006") << frame(0x88, QByteArray("\x03\xee", 2)) << QStringList{u"fail 1002"_qs}
                                     << big;
    QTest::newRow("close reason not UTF-8")
        << frame(0x88, QByteArray("\x03\xe8\xff", 3)) << QStringList{u"fail 1007"_qs} << big;
    QTest::newRow("text not UTF-8") << frame(0x81, "\xc3\x28") << QStringList{u"fail 1007"_qs} << big;
    QTest::newRow("truncated UTF-8") << frame(0x81, "Jos\xc3") << QStringList{u"fail 1007"_qs} << big;
    QTest::newRow("over the limit, refused from the header")
        << frame(0x81, QByteArray(100, 'a')).left(10) << QStringList{u"fail 1009"_qs} << qint64(99);
    QTest::newRow("fragments over the limit")
        << frame(0x01, QByteArray(60, 'a')) + frame(0x80, QByteArray(60, 'a')) << QStringList{u"fail 1009"_qs}
        << qint64(100);
    QTest::newRow("at the limit") << frame(0x81, QByteArray(100, 'a'))
                                  << QStringList{u"text aaaaaaaaaaaaaaaaaaaa (100)"_qs} << qint64(100);
    QTest::newRow("message before a broken frame is read")
        << frame(0x81, "ok") + frame(0x81, "bad", false) << QStringList{u"text ok (2)"_qs, u"fail 1002"_qs}
        << big;
}

void TestWebSocketReader::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    QFETCH(qint64, maxMessage);
    // Whole, byte by byte and in pieces of 7: the same messages.
    QCOMPARE(read(bytes, bytes.size() + 1, maxMessage), expected);
    QCOMPARE(read(bytes, 1, maxMessage), expected);
    QCOMPARE(read(bytes, 7, maxMessage), expected);
}

QTEST_GUILESS_MAIN(TestWebSocketReader)
#include "tst_websocketreader.moc"
