// A console's text messages as firstcall-feed handles them (FeedServer::handleMessage, then
// AlertDesk::handleAction), on a real desk: a fresh in-memory database for every input, the
// shipped "hot" rules, a team of three and three open alerts.
//
// Input: the first byte picks who sends (bits 0-1: Sam, an SDR; Lee, an AE covering
// region=emea; Dana, the manager) and the visibility (bit 2: all-records, owned-records), so
// '0' '1' '2' are the three reps in all-records; every further line is one message. A minute
// passes between messages and due deadlines run.

#include "clock/clock.h"
#include "events/segmentreader.h"
#include "protocol/messages.h"
#include "routing/alertdesk.h"
#include "rules/rules.h"
#include "store/database.h"
#include "store/sqlitefeedstore.h"
#include "team/teamstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

constexpr qint64 kStartMs = 1'780'000'000'000;

const Rules &hotRules()
{
    static const Rules rules = [] {
        QFile file(QStringLiteral(FIRSTCALL_SOURCE_DIR "/resources/rules/hot.json"));
        QString error;
        std::optional<Rules> parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = Rules::parse(file.readAll(), file.fileName(), &error);
        if (!parsed) {
            qCritical("fuzz_console: cannot load the hot rules: %s", qPrintable(error));
            std::abort();
        }
        return *parsed;
    }();
    return rules;
}

// Ann, Bo (region emea) and Cy asked for a demo a minute ago: three open alerts.
QList<SegmentCall> alerts()
{
    QList<SegmentCall> calls;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(kStartMs - 60'000, Qt::UTC);
    for (const char *user : {"ann", "bo", "cy"}) {
        const QString userId = QLatin1StringView(user);
        const QJsonObject traits{
            {QStringLiteral("name"), userId},
            {QStringLiteral("title"), QStringLiteral("VP Sales")},
            {QStringLiteral("phone"), QStringLiteral("+1 555 0100")},
            {QStringLiteral("company"), QStringLiteral("Acme")},
            {QStringLiteral("region"), userId == u"bo" ? QStringLiteral("emea") : QStringLiteral("na")}};
        const QJsonArray batch{QJsonObject{{QStringLiteral("type"), QStringLiteral("identify")},
                                           {QStringLiteral("messageId"), QString(userId + u"-1")},
                                           {QStringLiteral("userId"), userId},
                                           {QStringLiteral("traits"), traits}},
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("track")},
                                           {QStringLiteral("messageId"), QString(userId + u"-2")},
                                           {QStringLiteral("userId"), userId},
                                           {QStringLiteral("event"), QStringLiteral("Demo Requested")}}};
        const SegmentReader::Result read =
            SegmentReader::read(QJsonObject{{QStringLiteral("batch"), batch}}, at, QStringLiteral("batch"));
        if (!read.ok())
            std::abort();
        calls += read.calls;
    }
    return calls;
}

struct Desk
{
    ManualClock clock{kStartMs};
    std::unique_ptr<Database> database;
    std::unique_ptr<SqliteFeedStore> store;
    std::unique_ptr<TeamStore> team;
    std::unique_ptr<AlertDesk> desk;
    QList<Rep> reps;

    explicit Desk(Visibility visibility)
    {
        QString error;
        database = Database::open(QStringLiteral(":memory:"), &error);
        if (!database)
            fail(error);
        store = std::make_unique<SqliteFeedStore>(*database);
        team = std::make_unique<TeamStore>(*store);
        // Lee first: Sam's backup must be on the team already.
        for (const auto &[name, role] : {std::pair{"Lee", Rep::Role::Ae}, std::pair{"Sam", Rep::Role::Sdr},
                                         std::pair{"Dana", Rep::Role::Manager}}) {
            Rep rep;
            rep.name = QLatin1StringView(name);
            rep.role = role;
            if (rep.role == Rep::Role::Ae)
                rep.segments = {{QStringLiteral("region"), QStringLiteral("emea")}};
            if (rep.role == Rep::Role::Sdr)
                rep.backups = {QStringLiteral("Lee")};
            const auto added = team->add(rep, &error);
            if (!added)
                fail(error);
            reps.append(added->rep);
        }
        AlertDesk::Options options;
        options.visibility = visibility;
        desk = std::make_unique<AlertDesk>(*store, *team, hotRules(), clock, options);
        if (!desk->start(&error) || !desk->ingest(alerts(), &error))
            fail(error);
        for (const Rep &rep : std::as_const(reps))
            desk->setOnline(rep.name, true);
    }

    [[noreturn]] static void fail(const QString &error)
    {
        qCritical("fuzz_console: cannot set up the desk: %s", qPrintable(error));
        std::abort();
    }
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("firstcall.*=false"));
    hotRules();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    Desk desk(data[0] & 4 ? Visibility::OwnedRecords : Visibility::AllRecords);
    const Rep sender = desk.reps.at(std::array{1, 0, 2, 1}[data[0] & 3]); // Sam, Lee, Dana, Sam

    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    for (const QByteArray &line : input.split('\n')) {
        // As the WebSocket hands a text message over: valid UTF-8 decoded.
        const QString text = QString::fromUtf8(line);
        // As FeedServer::handleMessage reads a frame: a JSON object with a type, then a request.
        const auto parsed = protocol::parseMessage(text.toUtf8());
        if (const auto *notice = std::get_if<protocol::ErrorNotice>(&parsed)) {
            (void)protocol::encode(*notice);
            continue;
        }
        const QJsonObject message = std::get<QJsonObject>(parsed);
        const std::optional<Rep> current = desk.desk->rep(sender.name);
        if (!current)
            std::abort(); // nobody leaves the team here
        const auto request = protocol::decodeRequest(message);
        if (const auto *refusal = std::get_if<protocol::Result>(&request))
            (void)protocol::encode(*refusal);
        else
            (void)protocol::encode(desk.desk->handleAction(*current, std::get<protocol::Request>(request)));
        desk.clock.advance(60'000);
        desk.desk->processDue();
    }
    for (const Rep &rep : std::as_const(desk.reps))
        (void)protocol::encode(
            protocol::Snapshot{desk.desk->lastSeq(), desk.desk->snapshot(rep), desk.desk->team()});
    return 0;
}
