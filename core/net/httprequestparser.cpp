#include "httprequestparser.h"

#include <algorithm>
#include <cctype>

namespace {

// RFC 9110 section 5.6.2: the characters of a token (method, field name, transfer coding).
bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isTchar);
}

// RFC 9110 section 5.5: field-vchar, SP and HTAB; obs-text is allowed, control bytes are not.
bool isFieldValueByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == '\t' || (u >= 0x20 && u != 0x7f);
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

QByteArray trimmedOws(const QByteArray &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isOws(text.at(begin)))
        ++begin;
    while (end > begin && isOws(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A comma-separated list (RFC 9110 section 5.6.1), elements trimmed and in lower case.
QList<QByteArray> listElements(const QByteArray &value)
{
    QList<QByteArray> elements;
    for (const QByteArray &element : value.split(','))
        elements.append(trimmedOws(element).toLower());
    return elements;
}

// Shown in messages: printable ASCII as it is, anything else as \xNN, and not too long.
QString shown(const QByteArray &bytes)
{
    QString text;
    for (const char c : bytes.left(64)) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f)
            text += QLatin1Char(c);
        else
            text += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    if (bytes.size() > 64)
        text += QStringLiteral("...");
    return text;
}

} // namespace

HttpRequestParser::HttpRequestParser(qsizetype maxHeadBytes)
    : m_maxHeadBytes(maxHeadBytes)
{}

void HttpRequestParser::append(const QByteArray &bytes)
{
    if (m_state != State::Failed)
        m_buffer += bytes;
}

QByteArray HttpRequestParser::takeBuffered()
{
    const QByteArray rest = m_buffer.mid(m_pos);
    m_buffer.clear();
    m_pos = 0;
    m_scan = 0;
    return rest;
}

HttpRequest HttpRequestParser::takeRequest()
{
    return std::move(m_request);
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const QString &message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer.clear();
    m_pos = 0;
    m_scan = 0;
    return Status::Failed;
}

void HttpRequestParser::compact()
{
    if (m_pos == 0)
        return;
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
    } else if (m_pos >= 64 * 1024) {
        m_buffer.remove(0, m_pos);
    } else {
        return;
    }
    m_scan = std::max<qsizetype>(0, m_scan - m_pos);
    m_pos = 0;
}

HttpRequestParser::Status HttpRequestParser::next()
{
    if (m_state == State::Failed)
        return Status::Failed;
    if (m_state == State::Done) {
        m_state = State::Head;
        m_request = HttpRequest();
        m_keepAlive = true;
        m_expectContinue = false;
        m_chunked = false;
        m_contentLength = -1;
        m_limit = 0;
        m_remaining = 0;
        m_trailerBytes = 0;
        m_framingBytes = 0;
        m_scan = m_pos;
    }
    if (m_state == State::AwaitLimit)
        setBodyLimit(0); // the caller allowed no body
    if (m_state != State::Head) {
        const Status status = parseBody();
        compact();
        return status;
    }

    // RFC 9112 section 2.2: empty lines before the request line are ignored.
    while (m_scan == m_pos && m_buffer.size() - m_pos >= 2 && m_buffer.at(m_pos) == '\r' &&
           m_buffer.at(m_pos + 1) == '\n') {
        m_pos += 2;
        m_scan = m_pos;
    }
    const qsizetype size = m_buffer.size();
    qsizetype i = std::max(m_scan, m_pos);
    for (; i < size; ++i) {
        const char c = m_buffer.at(i);
        if (c == '\0')
            return fail(400, tr("NUL byte in the request head"));
        if (c == '\r') {
            if (i + 1 == size)
                break; // its LF may follow
            if (m_buffer.at(i + 1) != '\n')
                return fail(400, tr("bare CR (carriage return without line feed) in the request head"));
            continue;
        }
        if (c != '\n')
            continue;
        if (i == m_pos || m_buffer.at(i - 1) != '\r')
            return fail(400, tr("bare LF (line feed without carriage return) in the request head; "
                                "lines end with CRLF"));
        if (i - 3 >= m_pos && m_buffer.at(i - 2) == '\n') {
            if (i + 1 - m_pos > m_maxHeadBytes)
                return fail(431, tr("request headers larger than %1 bytes").arg(m_maxHeadBytes));
            const Status status = parseHead(i - 3);
            compact();
            return status;
        }
    }
    m_scan = i;
    if (i - m_pos > m_maxHeadBytes)
        return fail(431, tr("request headers larger than %1 bytes").arg(m_maxHeadBytes));
    compact();
    return Status::NeedMore;
}

bool HttpRequestParser::checkField(const QByteArray &line, int number, QByteArray *name, QByteArray *value)
{
    if (isOws(line.at(0))) {
        fail(400, tr("header line %1 starts with white space (obs-fold is not accepted)").arg(number));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon < 0) {
        fail(400, tr("header line %1 has no colon: \"%2\"").arg(number).arg(shown(line)));
        return false;
    }
    *name = line.left(colon);
    if (!name->isEmpty() && isOws(name->back())) {
        fail(400,
             tr("white space before the colon in header line %1 (\"%2\")").arg(number).arg(shown(*name)));
        return false;
    }
    if (!isToken(*name)) {
        fail(400, tr("malformed header field name in line %1: \"%2\"").arg(number).arg(shown(*name)));
        return false;
    }
    *value = trimmedOws(line.mid(colon + 1));
    if (!std::all_of(value->cbegin(), value->cend(), isFieldValueByte)) {
        fail(400, tr("control character in the value of header %1").arg(QString::fromLatin1(*name)));
        return false;
    }
    *name = name->toLower();
    return true;
}

HttpRequestParser::Status HttpRequestParser::parseHead(qsizetype end)
{
    // The head is m_buffer[m_pos, end): lines separated by CRLF, checked for bare CR and LF
    // already. The empty line ends at end + 4.
    QList<QByteArray> lines;
    for (qsizetype at = m_pos; at <= end;) {
        qsizetype lineEnd = m_buffer.indexOf("\r\n", at);
        if (lineEnd < 0 || lineEnd > end)
            lineEnd = end;
        lines.append(m_buffer.mid(at, lineEnd - at));
        at = lineEnd + 2;
    }
    m_pos = end + 4;
    m_scan = m_pos;

    // Request line (RFC 9112 section 3): method SP request-target SP HTTP-version, nothing else.
    const QByteArray &requestLine = lines.constFirst();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty() ||
        !std::all_of(parts.at(1).cbegin(), parts.at(1).cend(), [](char c) { return c > 0x20 && c < 0x7f; })) {
        return fail(400, tr("malformed request line: \"%1\"").arg(shown(requestLine)));
    }
    const QByteArray &version = parts.at(2);
    if (version.size() != 8 || !version.startsWith("HTTP/") || !std::isdigit(uchar(version.at(5))) ||
        version.at(6) != '.' || !std::isdigit(uchar(version.at(7)))) {
        return fail(400, tr("malformed HTTP version in the request line: \"%1\"").arg(shown(version)));
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return fail(505,
                    tr("HTTP version %1 is not supported; use HTTP/1.1").arg(QString::fromLatin1(version)));
    m_request.method = parts.at(0);
    m_request.version = version;

    QByteArray target = parts.at(1);
    if (target.startsWith('/')) {
        // origin-form
    } else if (target == "*") {
        // asterisk-form, for OPTIONS
    } else if (target.toLower().startsWith("http://") || target.toLower().startsWith("https://")) {
        // absolute-form: the path and query after the authority
        const qsizetype authority = target.indexOf("//") + 2;
        const qsizetype path = target.indexOf('/', authority);
        const qsizetype query = target.indexOf('?', authority);
        if (path >= 0 && (query < 0 || path < query))
            target = target.mid(path);
        else
            target = query >= 0 ? "/" + target.mid(query) : QByteArray("/");
    } else {
        return fail(400, tr("malformed request target: \"%1\"").arg(shown(target)));
    }
    const qsizetype question = target.indexOf('?');
    m_request.path = question < 0 ? target : target.left(question);
    m_request.query = question < 0 ? QByteArray() : target.mid(question + 1);

    if (lines.size() - 1 > kMaxHeaderFields)
        return fail(431, tr("more than %1 header fields").arg(kMaxHeaderFields));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray name;
        QByteArray value;
        if (!checkField(lines.at(i), int(i + 1), &name, &value))
            return Status::Failed;
        const auto existing = m_request.headers.find(name);
        if (existing == m_request.headers.end()) {
            m_request.headers.insert(name, value);
            continue;
        }
        // Fields that say one thing once: a second one is a different reading, not a list.
        if (name == "content-length" || name == "host" || name == "authorization")
            return fail(
                400, tr("more than one %1 header").arg(QString::fromLatin1(lines.at(i).left(name.size()))));
        *existing += ", " + value;
    }

    // Message framing, RFC 9112 section 6: exactly one way to know where the body ends.
    const auto te = m_request.headers.constFind("transfer-encoding");
    const auto cl = m_request.headers.constFind("content-length");
    if (te != m_request.headers.constEnd()) {
        if (version == "HTTP/1.0")
            return fail(400, tr("Transfer-Encoding in an HTTP/1.0 request"));
        if (cl != m_request.headers.constEnd())
            return fail(400, tr("both Content-Length and Transfer-Encoding: the body's end is ambiguous"));
        if (listElements(*te) != QList<QByteArray>{"chunked"})
            return fail(
                400,
                tr("Transfer-Encoding \"%1\" is not supported; only \"chunked\" alone is").arg(shown(*te)));
        m_chunked = true;
        m_contentLength = -1;
    } else if (cl != m_request.headers.constEnd()) {
        if (cl->isEmpty() || cl->size() > 18 ||
            !std::all_of(cl->cbegin(), cl->cend(), [](char c) { return c >= '0' && c <= '9'; })) {
            return fail(400, tr("malformed Content-Length \"%1\": digits only").arg(shown(*cl)));
        }
        m_contentLength = cl->toLongLong();
    } else {
        m_contentLength = 0;
    }
    if (version == "HTTP/1.1" && !m_request.headers.contains("host"))
        return fail(400, tr("no Host header in an HTTP/1.1 request"));

    const QList<QByteArray> connection = listElements(m_request.header("connection"));
    m_keepAlive = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    const auto expect = m_request.headers.constFind("expect");
    if (expect != m_request.headers.constEnd() && version == "HTTP/1.1") { // HTTP/1.0 ignores it
        if (expect->toLower() != "100-continue")
            return fail(417, tr("unsupported expectation \"%1\"").arg(shown(*expect)));
        m_expectContinue = m_chunked || m_contentLength > 0;
    }
    m_state = State::AwaitLimit;
    return Status::Head;
}

void HttpRequestParser::setBodyLimit(qint64 maxBytes)
{
    if (m_state != State::AwaitLimit)
        return;
    m_limit = maxBytes;
    if (!m_chunked && m_contentLength > maxBytes) {
        fail(413, tr("request body of %1 bytes is over the limit of %2 bytes for %3")
                      .arg(m_contentLength)
                      .arg(maxBytes)
                      .arg(QString::fromUtf8(m_request.path)));
        return;
    }
    m_state = m_chunked ? State::ChunkSize : State::Body;
}

bool HttpRequestParser::takeLine(qsizetype maxBytes, QByteArray *line, const char *what)
{
    const qsizetype size = m_buffer.size();
    qsizetype i = std::max(m_scan, m_pos);
    for (; i < size; ++i) {
        const char c = m_buffer.at(i);
        if (c == '\r') {
            if (i + 1 == size)
                break;
            if (m_buffer.at(i + 1) != '\n') {
                fail(400, tr("bare CR (carriage return without line feed) in the %1").arg(tr(what)));
                return false;
            }
            continue;
        }
        if (c != '\n')
            continue;
        if (i == m_pos || m_buffer.at(i - 1) != '\r') {
            fail(400, tr("bare LF (line feed without carriage return) in the %1").arg(tr(what)));
            return false;
        }
        if (i - 1 - m_pos > maxBytes)
            break;
        *line = m_buffer.mid(m_pos, i - 1 - m_pos);
        m_pos = i + 1;
        m_scan = m_pos;
        return true;
    }
    m_scan = i;
    if (i - m_pos > maxBytes)
        fail(400, tr("%1 longer than %2 bytes").arg(tr(what)).arg(maxBytes));
    return false;
}

HttpRequestParser::Status HttpRequestParser::parseBody()
{
    while (true) {
        switch (m_state) {
        case State::Body:
            if (buffered() < m_contentLength)
                return Status::NeedMore;
            m_request.body = m_buffer.mid(m_pos, m_contentLength);
            m_pos += m_contentLength;
            m_state = State::Done;
            return Status::Complete;

        case State::ChunkSize: {
            QByteArray line;
            if (!takeLine(kMaxChunkLineBytes, &line, QT_TR_NOOP("chunk size line")))
                return m_state == State::Failed ? Status::Failed : Status::NeedMore;
            // Sizes and extensions are framing, not body: they have a budget of their own, so
            // that a small body cannot be spread over megabytes of them.
            m_framingBytes += line.size() + 2;
            if (m_framingBytes > kMaxChunkFramingBytes)
                return fail(400,
                            tr("chunk size lines larger than %1 bytes together").arg(kMaxChunkFramingBytes));
            // RFC 9112 section 7.1: chunk-size = 1*HEXDIG, then only extensions.
            qint64 size = 0;
            qsizetype i = 0;
            for (; i < line.size() && hexValue(line.at(i)) >= 0; ++i) {
                size = size * 16 + hexValue(line.at(i));
                if (size > m_limit)
                    return fail(413, tr("request body is over the limit of %1 bytes for %2")
                                         .arg(m_limit)
                                         .arg(QString::fromUtf8(m_request.path)));
            }
            qsizetype ext = i;
            while (ext < line.size() && isOws(line.at(ext)))
                ++ext;
            const bool extensionOk =
                ext == line.size()
                    ? ext == i
                    : line.at(ext) == ';' && std::all_of(line.cbegin() + ext, line.cend(), isFieldValueByte);
            if (i == 0 || !extensionOk)
                return fail(400, tr("malformed chunk size \"%1\": hexadecimal digits only").arg(shown(line)));
            if (size > m_limit - m_request.body.size())
                return fail(413, tr("request body is over the limit of %1 bytes for %2")
                                     .arg(m_limit)
                                     .arg(QString::fromUtf8(m_request.path)));
            if (size == 0) {
                m_state = State::Trailers;
            } else {
                m_remaining = size;
                m_request.body.reserve(m_request.body.size() + size);
                m_state = State::ChunkData;
            }
            break;
        }

        case State::ChunkData: {
            const qint64 n = std::min<qint64>(m_remaining, buffered());
            m_request.body.append(m_buffer.constData() + m_pos, n);
            m_pos += n;
            m_remaining -= n;
            if (m_remaining > 0)
                return Status::NeedMore;
            m_state = State::ChunkEnd;
            m_scan = m_pos;
            break;
        }

        case State::ChunkEnd:
            if (buffered() >= 1 && m_buffer.at(m_pos) != '\r')
                return fail(400, tr("chunk data not followed by CRLF"));
            if (buffered() < 2)
                return Status::NeedMore;
            if (m_buffer.at(m_pos + 1) != '\n')
                return fail(400, tr("chunk data not followed by CRLF"));
            m_pos += 2;
            m_scan = m_pos;
            m_state = State::ChunkSize;
            break;

        case State::Trailers: {
            QByteArray line;
            if (!takeLine(std::max<qsizetype>(0, m_maxHeadBytes - m_trailerBytes), &line,
                          QT_TR_NOOP("trailer section")))
                return m_state == State::Failed ? Status::Failed : Status::NeedMore;
            if (line.isEmpty()) {
                m_state = State::Done;
                return Status::Complete;
            }
            m_trailerBytes += line.size() + 2;
            QByteArray name;
            QByteArray value;
            if (!checkField(line, 0, &name, &value))
                return Status::Failed;
            break; // trailer fields are checked, then ignored
        }

        case State::Failed:
            return Status::Failed;
        case State::Head:
        case State::AwaitLimit:
        case State::Done:
            return Status::NeedMore;
        }
    }
}
