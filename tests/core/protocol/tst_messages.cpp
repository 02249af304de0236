#include "clock/instant.h"
#include "protocol/messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

constexpr qint64 kAt = 1'764'000'000'000; // 2025-11-24T15:20:00Z

LeadCard contactCard()
{
    LeadCard c;
    c.kind = LeadCard::Kind::Contact;
    c.id = QStringLiteral("u-51");
    c.name = QStringLiteral("Priya Shah");
    c.title = QStringLiteral("Head of RevOps");
    c.company = QStringLiteral("Northwind");
    c.email = QStringLiteral("priya@northwind.io");
    c.phone = QStringLiteral("+44 20 7946 0958");
    c.lifecycleStage = QStringLiteral("lead");
    c.account = QStringLiteral("northwind");
    c.accountName = QStringLiteral("Northwind");
    c.score = 55;
    c.rawScore = 55;
    c.alert = true;
    c.alertReasons = {QStringLiteral("Demo request in the last 24h")};
    c.tier = 2;
    c.tierReason = QStringLiteral("alert");
    c.band = QStringLiteral("Tier 3 Warm");
    c.temperature = QStringLiteral("warm");
    c.action = QStringLiteral("Priority routing, same-day outreach");
    c.cadence = QStringLiteral("6 attempts over 7 business days");
    c.sla = LeadCard::Sla{1.5, 60, QStringLiteral("Claim within 90 seconds")}; // rules may say "90s"
    c.summary = QStringLiteral("Pricing page visit + Demo request");
    c.signalList = {
        {QStringLiteral("pricing_page_visit"), QStringLiteral("Pricing page visit"), QStringLiteral("u-51"),
         kAt, 0.5, 25, 24.5},
        {QStringLiteral("funding"), QStringLiteral("Funding round"), QString(), kAt - 3600'000, 1, 20, 19}};
    c.sum = 55;
    c.cap = 100;
    c.history = {
        {kAt, QStringLiteral("page"), QStringLiteral("/pricing"), QStringLiteral("pricing_page_visit"),
         QStringLiteral("Pricing page visit"), 24.5},
        {kAt - 60'000, QStringLiteral("identify"), QStringLiteral("identify"), {}, {}, std::nullopt}};
    LeadCard::AccountPanel panel;
    panel.id = QStringLiteral("northwind");
    panel.name = QStringLiteral("Northwind");
    panel.traits = QJsonObject{{QStringLiteral("employees"), 850}};
    panel.score = 74;
    panel.band = QStringLiteral("Tier 2 Hot");
    panel.engagedContacts = {{QStringLiteral("u-52"), QStringLiteral("Tom"), QStringLiteral("CTO"), 12, {}}};
    panel.firmographic = {{QStringLiteral("Funding round"), kAt - 3600'000, 19}};
    c.accountPanel = panel;
    return c;
}

LeadCard accountCard()
{
    LeadCard c;
    c.kind = LeadCard::Kind::Account;
    c.id = QStringLiteral("northwind");
    c.name = QStringLiteral("Northwind");
    c.company = c.name;
    c.score = 464;
    c.base = 232;
    c.multiplier = 2;
    c.multipliers = {{QStringLiteral("multi_contact"), 2}};
    c.liveContacts = 3;
    c.contacts = {QStringLiteral("u-51"), QStringLiteral("u-52")};
    c.traits = QJsonObject{{QStringLiteral("industry"), QStringLiteral("Logistics")}};
    c.alert = true;
    c.tier = 1;
    c.tierReason = QStringLiteral("score");
    c.band = QStringLiteral("Tier 1 Hot");
    c.temperature = QStringLiteral("hot");
    c.signalList = {{QStringLiteral("demo_request"), QStringLiteral("Demo request"), QStringLiteral("u-51"),
                     kAt, 0, 30, 30}};
    c.summary = QStringLiteral("Demo request");
    return c;
}

LeadState lead(const QString &id, const LeadCard &card)
{
    LeadState s;
    s.id = id;
    s.alertId = 7;
    s.source = QStringLiteral("direct");
    s.status = LeadState::Status::Claimed;
    s.alertAtMs = kAt;
    s.owner = QStringLiteral("Sam");
    s.claimedBy = QStringLiteral("Sam");
    s.claimedAtMs = kAt + 1000;
    s.escalation = LeadState::Backup;
    s.assignedTo = QStringLiteral("Lee");
    s.claimDeadlineMs = kAt + 3'600'000;
    s.callDeadlineMs = kAt + 3'600'000;
    s.claimWindowMs = 3'600'000;
    s.breach = true;
    s.firstCallAtMs = kAt + 2000;
    s.tier = card.tier;
    s.score = card.score;
    s.card = card;
    s.segments = QJsonObject{{QStringLiteral("region"), QStringLiteral("EMEA")}};
    s.calls = {LeadCall{QStringLiteral("call-1"), QStringLiteral("Sam"), kAt + 2000, 95,
                        QStringLiteral("no_answer"), QStringLiteral("rang out"),
                        QJsonObject{{QStringLiteral("timing"), true}}, LeadCall::Crm{}},
               LeadCall{QStringLiteral("call-2"),
                        QStringLiteral("Lee"),
                        kAt + 90'000,
                        0,
                        QStringLiteral("left_voicemail"),
                        QStringLiteral("Lee's note"),
                        {},
                        LeadCall::Crm{}}};
    s.tasks = {LeadTask{1, kAt + 2000, QStringLiteral("call"), 1, 3, true},
               LeadTask{2, kAt + 86'400'000, QStringLiteral("email"), 2, 3, false},
               LeadTask{3, kAt + 3 * 86'400'000LL, QStringLiteral("call"), 3, 3, false}};
    return s;
}

template<typename Message>
Message roundTrip(const Message &message)
{
    QString error;
    const auto decoded = protocol::decodeServerMessage(protocol::encode(message), &error);
    if (!decoded)
        qWarning() << error;
    return decoded ? std::get<Message>(*decoded) : Message();
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestMessages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorCodesHaveNames();
    void leadSurvivesTheWire_data();
    void leadSurvivesTheWire();
    void leadJsonNamesEveryField();
    void callNotesReachOnlyTheirWriter_data();
    void callNotesReachOnlyTheirWriter();
    void leadNotesReachOnlyTheirWriter_data();
    void leadNotesReachOnlyTheirWriter();
    void callCrmStateIsOptional_data();
    void callCrmStateIsOptional();
    void serverMessagesSurviveTheWire();
    void syncItemSurvivesTheWire_data();
    void syncItemSurvivesTheWire();
    void syncItemDecodesLeniently_data();
    void syncItemDecodesLeniently();
    void ledgerRowSurvivesTheWire_data();
    void ledgerRowSurvivesTheWire();
    void ledgerRowDecodesLeniently_data();
    void ledgerRowDecodesLeniently();
    void fanOutFrameIsTheLeadMessage();
    void brokenServerMessagesAreNamed_data();
    void brokenServerMessagesAreNamed();
    void requestsSurviveTheWire_data();
    void requestsSurviveTheWire();
    void badRequestsAreRefused_data();
    void badRequestsAreRefused();
    void notMessagesAreRefused_data();
    void notMessagesAreRefused();
};

void TestMessages::errorCodesHaveNames()
{
    for (int i = 0; i <= int(protocol::ErrorCode::Unavailable); ++i) {
        const auto code = protocol::ErrorCode(i);
        QVERIFY(!protocol::errorCodeName(code).isEmpty());
        QCOMPARE(protocol::parseErrorCode(protocol::errorCodeName(code)), code);
    }
    QCOMPARE(protocol::errorCodeName(protocol::ErrorCode::AlreadyClaimed), QStringLiteral("already_claimed"));
    QCOMPARE(protocol::errorCodeName(protocol::ErrorCode::Unavailable), QStringLiteral("unavailable"));
    QVERIFY(!protocol::parseErrorCode(QStringLiteral("no_such_code")));
    QCOMPARE(protocol::errorCodeFor(LeadRules::Refusal::NotOwner), protocol::ErrorCode::NotOwner);
}

void TestMessages::leadSurvivesTheWire_data()
{
    QTest::addColumn<LeadState>("state");
    QTest::addRow("contact") << lead(QStringLiteral("contact:u-51"), contactCard());
    QTest::addRow("account") << lead(QStringLiteral("account:northwind"), accountCard());
    LeadState bare;
    bare.id = QStringLiteral("contact:u-1");
    QTest::addRow("bare") << bare;
    LeadState synced = lead(QStringLiteral("contact:u-51"), contactCard());
    synced.calls[0].crm = {u"logged"_qs, u"https://crm.example/lightning/r/Task/00T1/view"_qs, {}};
    synced.calls[1].crm = {u"failed"_qs, {}, u"HTTP 422: bad owner"_qs};
    synced.crmUrl = u"https://crm.example/lightning/r/Lead/00Q1/view"_qs;
    QTest::addRow("CRM states") << synced;
}

void TestMessages::leadSurvivesTheWire()
{
    QFETCH(LeadState, state);
    const QByteArray bytes = protocol::encodeLead(state);
    const auto back = protocol::leadFromJson(QJsonDocument::fromJson(bytes).object());
    QVERIFY(back);
    QCOMPARE(back->card, state.card);
    QCOMPARE(back->status, state.status);
    QCOMPARE(back->claimDeadlineMs, state.claimDeadlineMs);
    QCOMPARE(back->segments, state.segments);
    QCOMPARE(back->tasks, state.tasks);
    QCOMPARE(back->crmUrl, state.crmUrl);
    QCOMPARE(back->calls.size(), state.calls.size());
    for (qsizetype i = 0; i < state.calls.size(); ++i) {
        LeadCall withoutNotes = state.calls.at(i);
        withoutNotes.notes.clear(); // nobody's notes in a lead for everyone
        QCOMPARE(back->calls.at(i), withoutNotes);
    }
    QCOMPARE(protocol::encodeLead(*back), bytes);
    // As stored, every call keeps its notes.
    const auto stored = protocol::leadFromJson(
        QJsonDocument::fromJson(protocol::encodeLead(state, protocol::kAllNotes)).object());
    QCOMPARE(stored->calls, state.calls);
}

void TestMessages::callNotesReachOnlyTheirWriter_data()
{
    QTest::addColumn<QString>("notesOf");
    QTest::addColumn<QStringList>("notes"); // per call; "null" for none
    QTest::addRow("everyone") << QString() << QStringList{u"null"_qs, u"null"_qs};
    QTest::addRow("Sam") << u"Sam"_qs << QStringList{u"rang out"_qs, u"null"_qs};
    QTest::addRow("Lee") << u"Lee"_qs << QStringList{u"null"_qs, u"Lee's note"_qs};
    QTest::addRow("someone else") << u"Ann"_qs << QStringList{u"null"_qs, u"null"_qs};
    QTest::addRow("stored") << protocol::kAllNotes << QStringList{u"rang out"_qs, u"Lee's note"_qs};
    // A rep may be named "*" (TeamStore allows it): their snapshot is theirs alone.
    QTest::addRow("a rep named *") << u"*"_qs << QStringList{u"null"_qs, u"null"_qs};
}

void TestMessages::callNotesReachOnlyTheirWriter()
{
    QFETCH(QString, notesOf);
    QFETCH(QStringList, notes);
    const QJsonArray calls =
        protocol::leadToJson(lead(QStringLiteral("contact:u-51"), contactCard()), notesOf)
            .value(u"calls"_qs)
            .toArray();
    QCOMPARE(calls.size(), notes.size());
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonValue value = calls.at(i).toObject().value(u"notes"_qs);
        QCOMPARE(value.isNull() ? u"null"_qs : value.toString(), notes.at(i));
    }
    // A snapshot is for one rep: their notes go with it.
    const protocol::Snapshot snapshot{3, {lead(QStringLiteral("contact:u-51"), contactCard())}, {}, notesOf};
    const QJsonArray sent = QJsonDocument::fromJson(protocol::encode(snapshot))
                                .object()
                                .value(u"leads"_qs)
                                .toArray()
                                .first()
                                .toObject()
                                .value(u"calls"_qs)
                                .toArray();
    QCOMPARE(sent, calls);
}

void TestMessages::leadNotesReachOnlyTheirWriter_data()
{
    QTest::addColumn<QString>("notesOf");
    QTest::addColumn<QStringList>("texts"); // the notes this audience receives
    QTest::addColumn<bool>("hasNotes");     // told only that some exist
    QTest::addRow("everyone") << QString() << QStringList() << true;
    QTest::addRow("Sam") << u"Sam"_qs << QStringList{u"wants EUR pricing"_qs, u"call after 3"_qs} << false;
    QTest::addRow("Lee") << u"Lee"_qs << QStringList{u"Lee's note"_qs} << false;
    QTest::addRow("someone else") << u"Ann"_qs << QStringList() << true;
    QTest::addRow("stored") << protocol::kAllNotes
                            << QStringList{u"wants EUR pricing"_qs, u"Lee's note"_qs, u"call after 3"_qs}
                            << false;
    QTest::addRow("a rep named *") << u"*"_qs << QStringList() << true;
}

void TestMessages::leadNotesReachOnlyTheirWriter()
{
    // Notes outside calls travel like a call's notes: to their writer only (issue 14, item 19).
    QFETCH(QString, notesOf);
    QFETCH(QStringList, texts);
    QFETCH(bool, hasNotes);
    LeadState state = lead(QStringLiteral("contact:u-51"), contactCard());
    state.notes = {{u"n-1"_qs, u"Sam"_qs, kAt, u"wants EUR pricing"_qs},
                   {u"n-2"_qs, u"Lee"_qs, kAt + 1000, u"Lee's note"_qs},
                   {u"n-3"_qs, u"Sam"_qs, kAt + 2000, u"call after 3"_qs}};
    const QJsonObject json = protocol::leadToJson(state, notesOf);
    QCOMPARE(json.value(u"hasNotes"_qs).toBool(), hasNotes);
    const auto back = protocol::leadFromJson(json);
    QVERIFY(back);
    QStringList received;
    for (const LeadNote &n : back->notes) {
        QVERIFY(notesOf == protocol::kAllNotes || n.rep == notesOf);
        received.append(n.text);
    }
    QCOMPARE(received, texts);
    if (notesOf == protocol::kAllNotes)
        QCOMPARE(back->notes, state.notes);
    // A lead without notes says nothing about them.
    state.notes.clear();
    QVERIFY(!protocol::leadToJson(state, notesOf).contains(u"hasNotes"_qs));
    QVERIFY(!protocol::leadToJson(state, notesOf).contains(u"notes"_qs));
}

void TestMessages::leadJsonNamesEveryField()
{
    // docs/protocol.md, "The lead object": every field, absent values null.
    const QJsonObject json = protocol::leadToJson(lead(QStringLiteral("contact:u-51"), contactCard()));
    QCOMPARE(json.keys().join(u' '),
             QStringLiteral(
                 "alertAt alertId assignedTo breach callDeadline calls card claimDeadline claimWindowSeconds "
                 "claimedAt claimedBy doneAt escalation firstCallAt id kind owner score segments "
                 "source status tasks tier"));
    // docs/protocol.md: calls and tasks with exactly these fields.
    QCOMPARE(json.value(u"calls"_qs).toArray().first().toObject().keys().join(u' '),
             u"disposition durationSeconds id notes qualification rep startedAt"_qs);
    QCOMPARE(json.value(u"tasks"_qs).toArray().first().toObject().keys().join(u' '),
             u"done due id kind of step"_qs);
    QCOMPARE(json.value(u"tasks"_qs).toArray().at(1).toObject().value(u"due"_qs).toString(),
             formatInstant(kAt + 86'400'000));
    QCOMPARE(json.value(QStringLiteral("escalation")).toString(), QStringLiteral("backup"));
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("claimed"));
    QVERIFY(json.value(QStringLiteral("doneAt")).isNull());
    const QJsonObject card = json.value(QStringLiteral("card")).toObject();
    QCOMPARE(card.value(QStringLiteral("sla")).toObject().value(QStringLiteral("claimMinutes")).toDouble(),
             1.5);
    const QJsonArray signalsJson =
        card.value(QStringLiteral("explanation")).toObject().value(QStringLiteral("signals")).toArray();
    QCOMPARE(signalsJson.at(0).toObject().value(QStringLiteral("contact")).toString(),
             QStringLiteral("u-51"));
    QCOMPARE(signalsJson.at(1).toObject().value(QStringLiteral("scope")).toString(),
             QStringLiteral("account"));
    const QJsonArray history = card.value(QStringLiteral("history")).toArray();
    QVERIFY(history.at(0).toObject().contains(QStringLiteral("signal")));
    QVERIFY(!history.at(1).toObject().contains(QStringLiteral("signal")));
    // An account's card carries its own figures and no contact fields.
    const QJsonObject account = protocol::leadToJson(lead(QStringLiteral("account:northwind"), accountCard()))
                                    .value(QStringLiteral("card"))
                                    .toObject();
    QVERIFY(account.contains(QStringLiteral("multipliers")));
    QVERIFY(!account.contains(QStringLiteral("phone")));
    QVERIFY(!account.contains(QStringLiteral("sla")));
    // A lead without a card sends an empty one.
    LeadState bare;
    bare.id = QStringLiteral("contact:x");
    QCOMPARE(protocol::leadToJson(bare).value(QStringLiteral("card")).toObject(), QJsonObject());
}

void TestMessages::callCrmStateIsOptional_data()
{
    // docs/protocol.md, "The lead object": a call's `crm` and the lead's `crmUrl` only with a CRM.
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("wire"); // the call's `crm` as sent; empty: no such key
    QTest::addRow("no CRM") << QString() << QString() << QString() << QString();
    QTest::addRow("waiting") << u"waiting"_qs << QString() << QString()
                             << u"{\"error\":null,\"state\":\"waiting\",\"url\":null}"_qs;
    QTest::addRow("logged") << u"logged"_qs << u"https://app.hubspot.com/contacts/7/record/0-1/51"_qs
                            << QString()
                            << u"{\"error\":null,\"state\":\"logged\","
                               "\"url\":\"https://app.hubspot.com/contacts/7/record/0-1/51\"}"_qs;
    QTest::addRow("failed")
        << u"failed"_qs << QString() << u"HTTP 422: no such owner"_qs
        << u"{\"error\":\"HTTP 422: no such owner\",\"state\":\"failed\",\"url\":null}"_qs;
}

void TestMessages::callCrmStateIsOptional()
{
    QFETCH(QString, state);
    QFETCH(QString, url);
    QFETCH(QString, error);
    QFETCH(QString, wire);
    LeadState s = lead(QStringLiteral("contact:u-51"), contactCard());
    s.calls[0].crm = {state, url, error};
    const QJsonObject json = protocol::leadToJson(s);
    const QJsonObject call = json.value(u"calls"_qs).toArray().first().toObject();
    QCOMPARE(call.contains(u"crm"_qs), !wire.isEmpty());
    if (!wire.isEmpty())
        QCOMPARE(
            QString::fromUtf8(QJsonDocument(call.value(u"crm"_qs).toObject()).toJson(QJsonDocument::Compact)),
            wire);
    QVERIFY(!json.contains(u"crmUrl"_qs));
    const auto back = protocol::leadFromJson(json);
    QVERIFY(back);
    QCOMPARE(back->calls.first().crm, s.calls.first().crm);
    // The lead's record link, once known.
    s.crmUrl = u"https://app.hubspot.com/contacts/7/record/0-1/51"_qs;
    QCOMPARE(protocol::leadToJson(s).value(u"crmUrl"_qs).toString(), s.crmUrl);
    QCOMPARE(protocol::leadFromJson(protocol::leadToJson(s))->crmUrl, s.crmUrl);
}

void TestMessages::serverMessagesSurviveTheWire()
{
    protocol::Hello hello;
    hello.rep = QStringLiteral("Sam");
    hello.role = Rep::Role::Manager;
    hello.visibility = Visibility::OwnedRecords;
    hello.rules = QStringLiteral("hot");
    hello.rulesJson = "{\"name\":\"hot\"}";
    hello.seq = 10;
    const protocol::Hello h = roundTrip(hello);
    QCOMPARE(h.server, QStringLiteral("firstcall-feed"));
    QCOMPARE(h.protocolVersion, 1);
    QCOMPARE(h.rep, hello.rep);
    QCOMPARE(h.role, hello.role);
    QCOMPARE(h.visibility, hello.visibility);
    QCOMPARE(h.rulesJson, hello.rulesJson);
    QCOMPARE(h.seq, 10);

    const QList<protocol::TeamMember> team{
        {QStringLiteral("Lee"), Rep::Role::Sdr, Rep::Availability::Offline, 0},
        {QStringLiteral("Maya"), Rep::Role::Manager, Rep::Availability::Away, 2}};
    const protocol::Snapshot snapshot =
        roundTrip(protocol::Snapshot{12, {lead(QStringLiteral("contact:u-51"), contactCard())}, team, {}});
    QCOMPARE(snapshot.seq, 12);
    QCOMPARE(snapshot.leads.size(), 1);
    QCOMPARE(snapshot.leads.at(0).card, contactCard());
    QCOMPARE(snapshot.team, team);

    const protocol::Resumed resumed = roundTrip(protocol::Resumed{13, team});
    QCOMPARE(resumed.seq, 13);
    QCOMPARE(resumed.team, team);
    const protocol::Gap gap = roundTrip(protocol::Gap{999, 10});
    QCOMPARE(gap.since, 999);
    QCOMPARE(gap.seq, 10);
    const protocol::ServerStatus degraded =
        roundTrip(protocol::ServerStatus{true, QStringLiteral("the server cannot reach its database")});
    QVERIFY(degraded.degraded);
    QCOMPARE(degraded.message, QStringLiteral("the server cannot reach its database"));
    QVERIFY(!roundTrip(protocol::ServerStatus{}).degraded);
    const protocol::RepUpdate rep = roundTrip(
        protocol::RepUpdate{{QStringLiteral("Sam"), Rep::Role::Ae, Rep::Availability::Available, {}}});
    QCOMPARE(rep.rep.name, QStringLiteral("Sam"));
    QCOMPARE(rep.rep.role, Rep::Role::Ae);
    QVERIFY(!rep.rep.openLeads);

    const protocol::Result refused = roundTrip(protocol::Result::failure(
        QStringLiteral("k-77"), QStringLiteral("claim"), protocol::ErrorCode::AlreadyClaimed,
        QStringLiteral("already claimed by Sam"), lead(QStringLiteral("contact:u-51"), contactCard())));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error->code, protocol::ErrorCode::AlreadyClaimed);
    QCOMPARE(refused.error->message, QStringLiteral("already claimed by Sam"));
    QCOMPARE(refused.lead->claimedBy, QStringLiteral("Sam"));
    protocol::Result metrics = protocol::Result::success(QStringLiteral("m-1"), QStringLiteral("metrics"));
    metrics.metrics = QJsonObject{{QStringLiteral("alerts"), 3}};
    metrics.csv = QStringLiteral("day,alerts\n");
    metrics.replayed = true;
    const protocol::Result m = roundTrip(metrics);
    QVERIFY(m.ok());
    QVERIFY(m.replayed);
    QCOMPARE(m.metrics, metrics.metrics);
    QCOMPARE(m.csv, metrics.csv);
    // The ledger and a lead's audit travel as arrays under their own names.
    protocol::Result ledger = protocol::Result::success(QStringLiteral("l-1"), QStringLiteral("ledger"));
    protocol::LedgerRow sam;
    sam.rep = QStringLiteral("Sam");
    sam.offered = 4;
    sam.skipped = {{QStringLiteral("away"), 2}};
    ledger.ledger = {sam};
    QCOMPARE(roundTrip(ledger).ledger, ledger.ledger);
    QCOMPARE(
        QJsonDocument::fromJson(protocol::encode(ledger)).object().value(QStringLiteral("ledger")).toArray(),
        QJsonArray{sam.toJson()});
    protocol::Result audit = protocol::Result::success(QStringLiteral("a-1"), QStringLiteral("audit"));
    audit.audit = QJsonArray{QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-11-24T03:45:14.635Z")},
                                         {QStringLiteral("action"), QStringLiteral("claimed")},
                                         {QStringLiteral("by"), QStringLiteral("Sam")}}};
    QCOMPARE(roundTrip(audit).audit, audit.audit);
    // So do the failed syncs, and only in a successful answer.
    protocol::Result syncs = protocol::Result::success(QStringLiteral("s-1"), QStringLiteral("syncs"));
    protocol::SyncItem item;
    item.id = QStringLiteral("call_1");
    item.target = QStringLiteral("crm");
    item.to = QStringLiteral("HubSpot");
    item.failed = true;
    item.error = QStringLiteral("HTTP 400: bad email");
    item.attempts = 3;
    item.lastTryAtMs = kAt;
    syncs.syncs = {item};
    QCOMPARE(roundTrip(syncs).syncs, syncs.syncs);
    QCOMPARE(
        QJsonDocument::fromJson(protocol::encode(syncs)).object().value(QStringLiteral("syncs")).toArray(),
        QJsonArray{item.toJson()});
    const protocol::Result refusedSyncs = protocol::Result::failure(
        QStringLiteral("s-2"), QStringLiteral("syncs"), protocol::ErrorCode::Forbidden, QStringLiteral("no"));
    QVERIFY(
        !QJsonDocument::fromJson(protocol::encode(refusedSyncs)).object().contains(QStringLiteral("syncs")));

    // A replay goes out as it was recorded, whatever this build makes of it.
    QJsonObject stored = protocol::Result::success(QStringLiteral("c-1"), QStringLiteral("claim")).toJson();
    stored.insert(QStringLiteral("fromANewerServer"), 42);
    const QJsonObject replayed =
        QJsonDocument::fromJson(protocol::encode(protocol::Result::replay(stored))).object();
    QCOMPARE(replayed.value(QStringLiteral("fromANewerServer")).toInt(), 42);
    QVERIFY(replayed.value(QStringLiteral("replayed")).toBool());

    const protocol::ErrorNotice notice =
        roundTrip(protocol::ErrorNotice{protocol::ErrorCode::RateLimited, QStringLiteral("slow down")});
    QCOMPARE(notice.code, protocol::ErrorCode::RateLimited);
    QCOMPARE(notice.message, QStringLiteral("slow down"));
}

void TestMessages::syncItemSurvivesTheWire_data()
{
    QTest::addColumn<protocol::SyncItem>("item");
    QTest::addColumn<QStringList>("keys"); // what goes on the wire
    const QStringList always{QStringLiteral("attempts"), QStringLiteral("company"),   QStringLiteral("error"),
                             QStringLiteral("id"),       QStringLiteral("lastTryAt"), QStringLiteral("lead"),
                             QStringLiteral("name"),     QStringLiteral("rep"),       QStringLiteral("state"),
                             QStringLiteral("target"),   QStringLiteral("to"),        QStringLiteral("type")};
    protocol::SyncItem call;
    call.id = QStringLiteral("call_6f1c");
    call.target = QStringLiteral("crm");
    call.to = QStringLiteral("HubSpot");
    call.type = QStringLiteral("call.logged");
    call.leadId = QStringLiteral("contact:u-51");
    call.name = QStringLiteral("Ann Lee");
    call.company = QStringLiteral("Acme");
    call.rep = QStringLiteral("carl");
    call.callAtMs = kAt;
    call.failed = true;
    call.error = QStringLiteral("HTTP 400: {\"message\":\"Property values were not valid\"}");
    call.attempts = 3;
    call.lastTryAtMs = kAt + 9'123;
    QTest::newRow("a call the CRM refused for good")
        << call << QStringList(always) + QStringList{QStringLiteral("callAt")};
    protocol::SyncItem event = call;
    event.id = QStringLiteral("evt_9");
    event.target = QStringLiteral("webhook");
    event.to = QStringLiteral("hooks.example.com");
    event.type = QStringLiteral("lead.claimed");
    event.callAtMs = 0; // no call: no callAt
    event.failed = false;
    event.nextTryAtMs = kAt + 300'000;
    event.attempts = 1;
    QTest::newRow("a webhook event tried again later")
        << event << QStringList(always) + QStringList{QStringLiteral("nextTryAt")};
    protocol::SyncItem bare;
    bare.id = QStringLiteral("call_2");
    bare.failed = true;
    QTest::newRow("only an id") << bare << always;
}

void TestMessages::syncItemSurvivesTheWire()
{
    QFETCH(protocol::SyncItem, item);
    QFETCH(QStringList, keys);
    const QJsonObject json = item.toJson();
    QStringList sorted = keys;
    sorted.sort();
    QCOMPARE(json.keys(), sorted);
    QCOMPARE(json.value(QStringLiteral("state")).toString(),
             item.failed ? QStringLiteral("failed") : QStringLiteral("retrying"));
    QCOMPARE(protocol::SyncItem::fromJson(json), item);
    // And inside a result, as a console receives it.
    protocol::Result result = protocol::Result::success(QStringLiteral("s-1"), QStringLiteral("syncs"));
    result.syncs = {item, item};
    QString error;
    const auto decoded = protocol::decodeServerMessage(protocol::encode(result), &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(std::get<protocol::Result>(*decoded).syncs, result.syncs);
}

void TestMessages::syncItemDecodesLeniently_data()
{
    // What a console makes of an item a server sent with fields missing or of the wrong type:
    // texts empty, numbers and times 0, any state but "failed" a retry.
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<protocol::SyncItem>("expected");
    QTest::newRow("nothing") << QJsonObject{} << protocol::SyncItem{};
    protocol::SyncItem failed;
    failed.failed = true;
    QTest::newRow("no id, failed") << QJsonObject{{QStringLiteral("state"), QStringLiteral("failed")}}
                                   << failed;
    protocol::SyncItem wrongTypes;
    wrongTypes.id = QStringLiteral("call_1");
    QTest::newRow("wrong types") << QJsonObject{{QStringLiteral("id"), QStringLiteral("call_1")},
                                                {QStringLiteral("lead"), 51},
                                                {QStringLiteral("name"), QJsonArray{}},
                                                {QStringLiteral("rep"), true},
                                                {QStringLiteral("state"), QStringLiteral("FAILED")},
                                                {QStringLiteral("attempts"), QStringLiteral("3")},
                                                {QStringLiteral("callAt"), double(kAt)},
                                                {QStringLiteral("lastTryAt"), QStringLiteral("yesterday")},
                                                {QStringLiteral("nextTryAt"), QJsonValue()}}
                                 << wrongTypes;
    protocol::SyncItem noOffset;
    noOffset.id = QStringLiteral("call_1");
    noOffset.attempts = 2;
    noOffset.callAtMs = kAt;
    noOffset.lastTryAtMs = kAt;
    QTest::newRow("times without an offset are UTC")
        << QJsonObject{{QStringLiteral("id"), QStringLiteral("call_1")},
                       {QStringLiteral("attempts"), 2.0},
                       {QStringLiteral("callAt"), QStringLiteral("2025-11-24T16:00:00")},
                       {QStringLiteral("lastTryAt"), QStringLiteral("2025-11-24T16:00:00.000Z")}}
        << noOffset;
}

void TestMessages::syncItemDecodesLeniently()
{
    QFETCH(QJsonObject, json);
    QFETCH(protocol::SyncItem, expected);
    QCOMPARE(protocol::SyncItem::fromJson(json), expected);
}

void TestMessages::ledgerRowSurvivesTheWire_data()
{
    QTest::addColumn<protocol::LedgerRow>("row");
    protocol::LedgerRow sam;
    sam.rep = QStringLiteral("Sam");
    sam.offered = 41;
    sam.claimed = 37;
    sam.escalatedTo = 3;
    sam.skipped = {{QStringLiteral("away"), 4}, {QStringLiteral("at_cap"), 1}};
    sam.medianToClaimMs = 95'000;
    sam.medianToFirstCallMs = 240'000;
    sam.firstCalls = 35;
    QTest::newRow("a busy rep") << sam;
    protocol::LedgerRow quiet;
    quiet.rep = QStringLiteral("Ann");
    quiet.skipped = {{QStringLiteral("off_hours"), 2}};
    QTest::newRow("only skipped") << quiet;
    QTest::newRow("nothing") << protocol::LedgerRow{};
}

void TestMessages::ledgerRowSurvivesTheWire()
{
    QFETCH(protocol::LedgerRow, row);
    const QJsonObject json = row.toJson();
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("claimed"), QStringLiteral("escalatedTo"),
                                       QStringLiteral("firstCalls"), QStringLiteral("medianToClaimMs"),
                                       QStringLiteral("medianToFirstCallMs"), QStringLiteral("offered"),
                                       QStringLiteral("rep"), QStringLiteral("skipped")}));
    QCOMPARE(json.value(QStringLiteral("skipped")).toObject().size(), row.skipped.size());
    QCOMPARE(protocol::LedgerRow::fromJson(json), row);
    protocol::Result result = protocol::Result::success(QStringLiteral("l-1"), QStringLiteral("ledger"));
    result.ledger = {row};
    QString error;
    const auto decoded = protocol::decodeServerMessage(protocol::encode(result), &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(std::get<protocol::Result>(*decoded).ledger, result.ledger);
}

void TestMessages::ledgerRowDecodesLeniently_data()
{
    // Missing or mistyped numbers are 0 (a count with a fraction too), a median with a fraction
    // is cut to whole milliseconds.
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<protocol::LedgerRow>("expected");
    QTest::newRow("nothing") << QJsonObject{} << protocol::LedgerRow{};
    protocol::LedgerRow onlyRep;
    onlyRep.rep = QStringLiteral("Sam");
    QTest::newRow("only the rep") << QJsonObject{{QStringLiteral("rep"), QStringLiteral("Sam")}} << onlyRep;
    protocol::LedgerRow odd;
    odd.rep = QStringLiteral("Sam");
    odd.skipped = {{QStringLiteral("away"), 0}, {QStringLiteral("at_cap"), 2}};
    odd.medianToClaimMs = 1500;
    QTest::newRow("wrong types")
        << QJsonObject{{QStringLiteral("rep"), QStringLiteral("Sam")},
                       {QStringLiteral("offered"), QStringLiteral("4")},
                       {QStringLiteral("claimed"), QJsonValue()},
                       {QStringLiteral("escalatedTo"), 1.5},
                       {QStringLiteral("skipped"), QJsonObject{{QStringLiteral("away"), QStringLiteral("x")},
                                                               {QStringLiteral("at_cap"), 2}}},
                       {QStringLiteral("medianToClaimMs"), 1500.7},
                       {QStringLiteral("medianToFirstCallMs"), QStringLiteral("240000")},
                       {QStringLiteral("firstCalls"), QJsonArray{}}}
        << odd;
    protocol::LedgerRow noRep;
    noRep.offered = 3;
    QTest::newRow("no rep") << QJsonObject{{QStringLiteral("rep"), 7},
                                           {QStringLiteral("offered"), 3},
                                           {QStringLiteral("skipped"), QJsonArray{1, 2}}}
                            << noRep;
}

void TestMessages::ledgerRowDecodesLeniently()
{
    QFETCH(QJsonObject, json);
    QFETCH(protocol::LedgerRow, expected);
    QCOMPARE(protocol::LedgerRow::fromJson(json), expected);
}

void TestMessages::fanOutFrameIsTheLeadMessage()
{
    const LeadState state = lead(QStringLiteral("contact:u-51"), contactCard());
    const QByteArray frame = protocol::leadFrame(41, protocol::encodeLead(state));
    QCOMPARE(frame, protocol::encode(protocol::LeadUpdate{41, state, false}));
    const protocol::LeadUpdate update = roundTrip(protocol::LeadUpdate{41, state, false});
    QCOMPARE(update.seq, 41);
    QVERIFY(!update.gone);
    QCOMPARE(update.lead.card, state.card);

    // Who lost sight of a lead learns that, and who holds it, and nothing else.
    const QByteArray gone = protocol::leadFrame(42, protocol::goneLead(state.id, QStringLiteral("Lee")));
    const QJsonObject goneLead =
        QJsonDocument::fromJson(gone).object().value(QStringLiteral("lead")).toObject();
    QCOMPARE(goneLead, (QJsonObject{{QStringLiteral("id"), state.id},
                                    {QStringLiteral("status"), QStringLiteral("gone")},
                                    {QStringLiteral("claimedBy"), QStringLiteral("Lee")}}));
    QString error;
    const auto decoded = protocol::decodeServerMessage(gone, &error);
    QVERIFY2(decoded, qPrintable(error));
    const auto &g = std::get<protocol::LeadUpdate>(*decoded);
    QVERIFY(g.gone);
    QCOMPARE(g.lead.status, LeadState::Status::Done);
    QCOMPARE(g.lead.claimedBy, QStringLiteral("Lee"));
}

void TestMessages::brokenServerMessagesAreNamed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::addRow("not JSON") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::addRow("no type") << QByteArray("{}") << QStringLiteral("needs a \"type\"");
    QTest::addRow("unknown type") << QByteArray("{\"type\":\"party\"}") << QStringLiteral("\"party\"");
    QTest::addRow("lead without seq")
        << QByteArray("{\"type\":\"lead\",\"lead\":{\"id\":\"contact:a\"}}") << QStringLiteral("\"seq\"");
    QTest::addRow("seq too big") << QByteArray(
                                        "{\"type\":\"lead\",\"seq\":1e300,\"lead\":{\"id\":\"contact:a\"}}")
                                 << QStringLiteral("\"seq\"");
    QTest::addRow("lead not a lead") << QByteArray("{\"type\":\"lead\",\"seq\":3,\"lead\":{\"id\":\"u-1\"}}")
                                     << QStringLiteral("lead id");
    QTest::addRow("snapshot without seq")
        << QByteArray("{\"type\":\"snapshot\",\"leads\":[]}") << QStringLiteral("\"seq\"");
}

void TestMessages::brokenServerMessagesAreNamed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!protocol::decodeServerMessage(text, &why));
    QVERIFY2(why.contains(error), qPrintable(why));
}

void TestMessages::requestsSurviveTheWire_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addRow("claim") << object(R"({"type":"claim","id":"c-1","lead":"contact:u-51"})");
    QTest::addRow("release") << object(R"({"type":"release","id":"c-2","lead":"contact:u-51"})");
    QTest::addRow("reassign") << object(R"({"type":"reassign","id":"c-3","lead":"contact:u-51","to":"Lee"})");
    QTest::addRow("availability") << object(R"({"type":"availability","id":"c-4","availability":"away"})");
    QTest::addRow("metrics") << object(
        R"({"type":"metrics","id":"c-5","from":"2026-11-01","to":"2026-11-30","rep":"Lee"})");
    QTest::addRow("calibration") << object(
        R"({"type":"calibration","id":"c-7","from":"2026-09-01","to":"2026-11-30"})");
    QTest::addRow("ledger") << object(
        R"({"type":"ledger","id":"c-8","from":"2026-11-01","to":"2026-11-30"})");
    QTest::addRow("audit") << object(R"({"type":"audit","id":"c-9","lead":"account:acme"})");
    QTest::addRow("complete_task") << object(
        R"({"type":"complete_task","id":"c-10","lead":"contact:u-51","task":2})");
    QTest::addRow("snooze_task") << object(
        R"({"type":"snooze_task","id":"c-11","lead":"contact:u-51","task":3})");
    QTest::addRow("reschedule_task") << object(
        R"({"type":"reschedule_task","id":"c-12","lead":"contact:u-51","task":3,"due":"2026-11-30T09:00:00Z"})");
    QTest::addRow("syncs") << object(R"({"type":"syncs","id":"c-13"})");
    QTest::addRow("retry_sync") << object(R"({"type":"retry_sync","id":"c-14","item":"call_6f1c"})");
    QTest::addRow("note") << object(
        R"({"type":"note","id":"c-13","lead":"contact:u-51","text":"wants EUR pricing","at":"2026-11-24T03:45:14.635Z"})");
    QTest::addRow("call") << object(
        R"({"type":"call","id":"c-6","lead":"contact:u-51","startedAt":"2026-11-24T03:45:14.635Z",
                                        "durationSeconds":42,"disposition":"no_answer","notes":"rang out",
                                        "qualification":{"problem":true}})");
}

void TestMessages::requestsSurviveTheWire()
{
    QFETCH(QJsonObject, json);
    const auto decoded = protocol::decodeRequest(json);
    QVERIFY(std::holds_alternative<protocol::Request>(decoded));
    const protocol::Request &request = std::get<protocol::Request>(decoded);
    QCOMPARE(request.toJson(), json);
    QCOMPARE(request.id, json.value(QStringLiteral("id")).toString());
}

void TestMessages::badRequestsAreRefused_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("message");
    QTest::addRow("no id") << object(R"({"type":"claim","lead":"contact:a"})") << QStringLiteral("\"id\"");
    QTest::addRow("id not a string") << object(R"({"type":"claim","id":7})") << QStringLiteral("\"id\"");
    QTest::addRow("id too long") << QJsonObject{{QStringLiteral("type"), QStringLiteral("claim")},
                                                {QStringLiteral("id"), QString(201, u'x')}}
                                 << QStringLiteral("200 characters");
    QTest::addRow("unknown type") << object(R"({"type":"dance","id":"x"})") << QStringLiteral("\"dance\"");
    QTest::addRow("offline is not a choice")
        << object(R"({"type":"availability","id":"x","availability":"offline"})")
        << QStringLiteral("\"availability\"");
    QTest::addRow("unknown disposition")
        << object(R"({"type":"call","id":"x","lead":"contact:a","disposition":"maybe"})")
        << QStringLiteral("\"disposition\"");
    QTest::addRow("negative duration")
        << object(
               R"({"type":"call","id":"x","lead":"contact:a","disposition":"connected","durationSeconds":-1})")
        << QStringLiteral("\"durationSeconds\"");
    QTest::addRow("huge duration")
        << object(
               R"({"type":"call","id":"x","lead":"contact:a","disposition":"connected","durationSeconds":1e300})")
        << QStringLiteral("\"durationSeconds\"");
    QTest::addRow("duration as text")
        << object(
               R"({"type":"call","id":"x","lead":"contact:a","disposition":"connected","durationSeconds":"42"})")
        << QStringLiteral("\"durationSeconds\"");
    QTest::addRow("bad start")
        << object(
               R"({"type":"call","id":"x","lead":"contact:a","disposition":"connected","startedAt":"noon"})")
        << QStringLiteral("\"startedAt\"");
    QTest::addRow("retry without an item")
        << object(R"({"type":"retry_sync","id":"x"})") << QStringLiteral("\"item\"");
    QTest::addRow("retry with an item not a string")
        << object(R"({"type":"retry_sync","id":"x","item":7})") << QStringLiteral("\"item\"");
    QTest::addRow("task without an id")
        << object(R"({"type":"complete_task","id":"x","lead":"contact:a"})") << QStringLiteral("\"task\"");
    QTest::addRow("task id as text")
        << object(R"({"type":"snooze_task","id":"x","lead":"contact:a","task":"2"})")
        << QStringLiteral("\"task\"");
    QTest::addRow("task id not whole")
        << object(R"({"type":"complete_task","id":"x","lead":"contact:a","task":1.5})")
        << QStringLiteral("\"task\"");
    QTest::addRow("reschedule without a due time")
        << object(R"({"type":"reschedule_task","id":"x","lead":"contact:a","task":2})")
        << QStringLiteral("\"due\"");
    QTest::addRow("reschedule to no time")
        << object(R"({"type":"reschedule_task","id":"x","lead":"contact:a","task":2,"due":"soon"})")
        << QStringLiteral("\"due\"");
    QTest::addRow("note without text")
        << object(R"({"type":"note","id":"x","lead":"contact:a"})") << QStringLiteral("\"text\"");
    QTest::addRow("blank note") << object(R"({"type":"note","id":"x","lead":"contact:a","text":"  "})")
                                << QStringLiteral("\"text\"");
    QTest::addRow("note too long") << QJsonObject{{u"type"_qs, u"note"_qs},
                                                  {u"id"_qs, u"x"_qs},
                                                  {u"lead"_qs, u"contact:a"_qs},
                                                  {u"text"_qs, QString(protocol::kMaxNoteText + 1, u'x')}}
                                   << QStringLiteral(
                                          "\"text\" is 10001 characters long; a note holds at most 10000");
    QTest::addRow("note on no lead") << object(R"({"type":"note","id":"x","lead":"acme","text":"hi"})")
                                     << QStringLiteral("\"lead\"");
    QTest::addRow("audit without a lead")
        << object(R"({"type":"audit","id":"x"})") << QStringLiteral("\"lead\"");
    QTest::addRow("audit of no lead id")
        << object(R"({"type":"audit","id":"x","lead":"acme"})") << QStringLiteral("\"lead\"");
}

void TestMessages::badRequestsAreRefused()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, message);
    const auto decoded = protocol::decodeRequest(json);
    QVERIFY(std::holds_alternative<protocol::Result>(decoded));
    const protocol::Result &result = std::get<protocol::Result>(decoded);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, protocol::ErrorCode::BadRequest);
    QVERIFY2(result.error->message.contains(message), qPrintable(result.error->message));
    QCOMPARE(result.action, json.value(QStringLiteral("type")).toString());
}

void TestMessages::notMessagesAreRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::addRow("not JSON") << QByteArray("{\"type\":") << QStringLiteral("not valid JSON at byte 8");
    QTest::addRow("array") << QByteArray("[1]") << QStringLiteral("a message is a JSON object");
    QTest::addRow("type a number") << QByteArray("{\"type\":1}")
                                   << QStringLiteral("a message needs a \"type\"");
}

void TestMessages::notMessagesAreRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const auto parsed = protocol::parseMessage(text);
    QVERIFY(std::holds_alternative<protocol::ErrorNotice>(parsed));
    const auto &notice = std::get<protocol::ErrorNotice>(parsed);
    QCOMPARE(notice.code, protocol::ErrorCode::BadMessage);
    QVERIFY2(notice.message.contains(message), qPrintable(notice.message));
}

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
