#include "outbox.h"

#include "clock/clock.h"
#include "syncreport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>

namespace {
Q_LOGGING_CATEGORY(lcOutbox, "firstcall.outbox")
} // namespace

OutboxResult OutboxResult::fromReply(QNetworkReply *reply)
{
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        // No HTTP answer: a timeout or a lost connection, and the request may have been read.
        return {Kind::Unknown, reply->errorString(), {}, -1};
    }
    const int status = statusAttribute.toInt();
    if (status >= 200 && status < 300)
        return sent();
    OutboxResult result;
    const QByteArray body = reply->peek(300).simplified(); // the caller may still read it
    result.error = QStringLiteral("HTTP %1").arg(status);
    if (!body.isEmpty())
        result.error += QStringLiteral(": ") + QString::fromUtf8(body);
    if (status == 429 || status == 408 || status >= 500) {
        result.kind = Kind::Retry;
        const QByteArray retryAfter = reply->rawHeader("Retry-After").trimmed();
        bool seconds = false;
        const qint64 n = retryAfter.toLongLong(&seconds);
        if (seconds && n >= 0) {
            result.retryAfterMs = n * 1000;
        } else if (!retryAfter.isEmpty()) {
            const QDateTime at = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
            if (at.isValid())
                result.retryAfterMs = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
        }
    } else {
        result.kind = Kind::Rejected;
    }
    return result;
}

Outbox::Outbox(FeedStore &store, Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_options(options)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::pump);
    connect(&m_clock, &Clock::jumped, this, &Outbox::wake);
}

Outbox::~Outbox() = default;

void Outbox::addTarget(const QString &name, OutboxTarget *target)
{
    m_targets.insert(name, target);
}

void Outbox::start()
{
    m_started = true;
    pump();
}

void Outbox::wake()
{
    // After the transaction that stored the items has ended (they may have been rolled back).
    if (!m_started || m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpQueued = false;
            pump();
        },
        Qt::QueuedConnection);
}

qint64 Outbox::backoffMs(int attempts, const Options &options)
{
    // Exponential, capped, with "equal jitter": between half and all of the step.
    const int doublings = std::clamp(attempts - 1, 0, 30);
    const qint64 step = std::min(options.maxBackoffMs, options.baseBackoffMs << doublings);
    return step / 2 + qint64(QRandomGenerator::global()->bounded(double(step / 2 + 1)));
}

void Outbox::pump()
{
    if (!m_started)
        return;
    if (!m_store.holdTimers()) {
        // Several servers on one database: only the one running the timers sends.
        m_timer.start(std::chrono::seconds(5));
        return;
    }
    const int room = m_options.maxInFlight - int(m_inFlight.size());
    if (room > 0) {
        QString error;
        const auto due = m_store.dueOutbox(m_clock.nowMs(), room + int(m_inFlight.size()), &error);
        if (!due) {
            qCWarning(lcOutbox).noquote() << "cannot read the outbox:" << error;
        } else {
            int started = 0;
            for (const FeedStore::OutboxRow &item : *due) {
                if (started == room)
                    break;
                if (m_inFlight.contains(item.id))
                    continue;
                begin(item);
                ++started;
            }
        }
    }
    schedule();
}

void Outbox::schedule()
{
    if (int(m_inFlight.size()) >= m_options.maxInFlight) {
        m_timer.stop(); // a settled attempt pumps again
        return;
    }
    const auto next = m_store.nextOutboxAtMs(nullptr);
    // Other servers on the database add items (logged calls, a manager's retry) that nothing
    // here announces: with them, look again every few seconds at the latest.
    const qint64 lookAgainMs = m_store.sharedByServers() ? kSharedLookMs : 24 * 3600'000;
    if (!next && !m_store.sharedByServers()) {
        m_timer.stop();
        return;
    }
    const qint64 delay = next ? std::clamp<qint64>(*next - m_clock.nowMs(), 0, lookAgainMs) : lookAgainMs;
    // Items being sent are due again only after their timeout: nothing else to wait for.
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(delay, m_inFlight.isEmpty() ? 0 : 5)));
}

void Outbox::begin(FeedStore::OutboxRow item)
{
    OutboxTarget *target = m_targets.value(item.target);
    const qint64 now = m_clock.nowMs();
    if (!target) {
        settle(item,
               OutboxResult::failed(
                   QStringLiteral("no such target configured: %1").arg(SyncReport::safeTarget(item.target))));
        return;
    }
    const bool wasUnsure = item.unsure;
    ++item.attempts;
    item.unsure = true;
    // Should the process die now, the item is due again once this attempt would have timed out.
    item.nextAtMs = now + m_options.attemptTimeoutMs;
    item.updatedAtMs = now;
    QString error;
    if (!m_store.updateOutbox(item, &error)) {
        qCWarning(lcOutbox).noquote() << "cannot mark outbox item" << item.id << "as sent:" << error;
        return;
    }
    m_inFlight.insert(item.id);
    FeedStore::OutboxRow attempt = item;
    attempt.unsure = wasUnsure;
    QPointer<Outbox> self(this);
    target->send(attempt, [self, item](const OutboxResult &result) {
        if (self)
            self->settle(item, result);
    });
}

QString Outbox::withoutNotes(const QString &error, const QByteArray &payload)
{
    const QJsonObject root = QJsonDocument::fromJson(payload).object();
    QString notes = root.value(QLatin1StringView("notes")).toString();
    if (notes.isEmpty()) // a webhook's item: the event, its call in `data`
        notes = root.value(QLatin1StringView("data")).toObject().value(QLatin1StringView("notes")).toString();
    if (notes.trimmed().isEmpty() || error.isEmpty())
        return error;
    // As the target may quote them: whole or line by line, as sent (JSON-escaped) or not, with
    // its whitespace collapsed (the error keeps the answer's first 300 bytes, simplified).
    const auto escaped = [](const QString &text) {
        const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(2, json.size() - 4)); // inside ["..."]
    };
    QStringList pieces{notes, escaped(notes)};
    for (const QString &line : notes.split(u'\n')) {
        if (line.trimmed().size() >= 4)
            pieces << line.trimmed() << escaped(line.trimmed());
    }
    for (QString &piece : pieces)
        piece = piece.simplified();
    std::sort(pieces.begin(), pieces.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QString out = error;
    const QString hidden = QStringLiteral("[notes]");
    for (const QString &piece : std::as_const(pieces)) {
        if (piece.size() >= 4)
            out.replace(piece, hidden);
    }
    // Cut off at the end of the 300 bytes: the start of the notes, at least a few characters.
    for (const QString &piece : std::as_const(pieces)) {
        for (qsizetype n = piece.size() - 1; n >= 6; --n) {
            if (out.endsWith(QStringView(piece).first(n))) {
                out = out.chopped(n) + hidden;
                break;
            }
        }
    }
    return out;
}

void Outbox::settle(FeedStore::OutboxRow item, const OutboxResult &answer)
{
    OutboxResult result = answer;
    result.error = withoutNotes(answer.error, item.payload);
    m_inFlight.remove(item.id);
    if (result.kind != OutboxResult::Kind::Sent) {
        // Queued again while this attempt was out (retry_sync starts the attempts afresh): the
        // manager's fresh allowance stands, due at once; the old attempt's failure is only logged.
        const auto stored = m_store.outboxItem(item.id, nullptr);
        if (stored && stored->state == FeedStore::OutboxState::Waiting && stored->attempts < item.attempts) {
            qCInfo(lcOutbox).noquote()
                << item.type << item.id << "to" << SyncReport::safeTarget(item.target) << "attempt"
                << item.attempts << "failed, queued again meanwhile:" << result.error;
            wake();
            return;
        }
    }
    const qint64 now = m_clock.nowMs();
    item.updatedAtMs = now;
    item.lastError = result.error;
    using Kind = OutboxResult::Kind;
    switch (result.kind) {
    case Kind::Sent:
        item.state = FeedStore::OutboxState::Sent;
        item.unsure = false;
        item.reference = result.reference;
        break;
    case Kind::Failed:
        item.state = FeedStore::OutboxState::Failed;
        break;
    case Kind::Rejected:
        item.unsure = false;
        if (item.attempts >= m_options.maxRejections) {
            item.state = FeedStore::OutboxState::Failed;
            break;
        }
        item.nextAtMs = now + backoffMs(item.attempts, m_options);
        break;
    case Kind::Retry:
        item.unsure = false;
        // Never sooner than the target asked.
        item.nextAtMs = now + std::max(result.retryAfterMs, backoffMs(item.attempts, m_options));
        break;
    case Kind::Unknown:
        item.nextAtMs = now + backoffMs(item.attempts, m_options);
        break;
    }
    if (item.state == FeedStore::OutboxState::Failed)
        qCWarning(lcOutbox).noquote() << item.type << item.id << "to" << SyncReport::safeTarget(item.target)
                                      << "failed after" << item.attempts << "attempts:" << item.lastError;
    else if (result.kind != Kind::Sent)
        qCInfo(lcOutbox).noquote() << item.type << item.id << "to" << SyncReport::safeTarget(item.target)
                                   << "attempt" << item.attempts << "failed, again in"
                                   << (item.nextAtMs - now) << "ms:" << result.error;
    QString error;
    if (!m_store.updateOutbox(item, &error))
        qCWarning(lcOutbox).noquote() << "cannot store the outcome of outbox item" << item.id << ":" << error;
    Q_EMIT attempted(item, result);
    wake();
}
