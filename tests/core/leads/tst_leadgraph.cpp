#include "leads/leadgraph.h"
#include "rules/rules.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

namespace {

const QDateTime kStart(QDate(2024, 5, 14), QTime(9, 0), QTimeZone::utc());

QDateTime at(int minutes)
{
    return kStart.addSecs(qint64(minutes) * 60);
}

qint64 msAt(int minutes)
{
    return at(minutes).toMSecsSinceEpoch();
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("test data: %s in %s", qPrintable(error.errorString()), text);
    return object;
}

SegmentCall identify(const char *userId, const char *traits = "{}")
{
    SegmentCall call;
    call.type = SegmentCall::Type::Identify;
    call.userId = QLatin1StringView(userId);
    call.traits = json(traits);
    call.timestamp = kStart;
    return call;
}

SegmentCall group(const char *userId, const char *groupId, const char *traits = "{}")
{
    SegmentCall call;
    call.type = SegmentCall::Type::Group;
    call.userId = QLatin1StringView(userId);
    call.groupId = QLatin1StringView(groupId);
    call.traits = json(traits);
    call.timestamp = kStart;
    return call;
}

SegmentCall track(const char *userId, const char *event, int minute = 0, const char *messageId = "")
{
    SegmentCall call;
    call.type = SegmentCall::Type::Track;
    call.userId = QLatin1StringView(userId);
    call.event = QLatin1StringView(event);
    call.timestamp = at(minute);
    call.messageId = QLatin1StringView(messageId);
    return call;
}

SegmentCall page(const char *userId, const char *path, int minute = 0)
{
    SegmentCall call;
    call.type = SegmentCall::Type::Page;
    call.userId = QLatin1StringView(userId);
    call.properties = json(R"({})");
    call.properties.insert(QStringLiteral("path"), QLatin1StringView(path));
    call.timestamp = at(minute);
    return call;
}

SegmentCall alias(const char *previousId, const char *userId)
{
    SegmentCall call;
    call.type = SegmentCall::Type::Alias;
    call.previousId = QLatin1StringView(previousId);
    call.userId = QLatin1StringView(userId);
    call.timestamp = kStart;
    return call;
}

// The same call from a visitor known only by an anonymousId.
SegmentCall anonymous(SegmentCall call, const char *anonymousId)
{
    call.userId.clear();
    call.anonymousId = QLatin1StringView(anonymousId);
    return call;
}

SegmentCall inGroup(SegmentCall call, const char *groupId)
{
    call.context.insert(QStringLiteral("groupId"), QLatin1StringView(groupId));
    return call;
}

QList<int> sorted(QList<int> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class TstLeadGraph final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void identifyCreatesContact();
    void contactName_data();
    void contactName();
    void identifyMergesTraits();
    void cLevel_data();
    void cLevel();
    void groupLinksAccount();
    void regroupMovesContact();
    void trackMapsToSignal_data();
    void trackMapsToSignal();
    void unmappedEventKeptInHistory();
    void pageMapsToSignal_data();
    void pageMapsToSignal();
    void repeatedSignalsAddUp();
    void contextGroupIdNamesAccount();
    void contextGroupIdGroupsUngroupedContact();
    void messageIdDedup();
    void anonymousJoinsOnIdentify();
    void anonymousJoinsOnAlias();
    void anonymousAfterLinkGoesToContact();
    void aliasMergesUserIds();
    void firmographicSignalOnAccount();
    void firmographicSignalNamedAccount();
    void firmographicPendingUntilGroup();
    void identifyReportsAccount();
    void companyDomain_data();
    void companyDomain();
    void emailDomainJoinsAccount();

private:
    std::optional<Rules> m_rules;

    int type(const char *id) const { return m_rules->typeIndex(QLatin1StringView(id)); }
};

void TstLeadGraph::initTestCase()
{
    QString error;
    m_rules = Rules::load(QStringLiteral("hot"), &error);
    QVERIFY2(m_rules, qPrintable(error));
}

void TstLeadGraph::identifyCreatesContact()
{
    LeadGraph graph(*m_rules);
    const auto change = graph.apply(identify(
        "u-ada",
        R"({ "name": "Ada Lovelace", "email": "ada@acme.example", "phone": "+1 555 0100", "title": "CEO" })"));

    QCOMPARE(graph.contacts().size(), size_t(1));
    const int ada = graph.contactIndex(QStringLiteral("u-ada"));
    QCOMPARE(ada, 0);
    const Contact &contact = graph.contact(ada);
    QCOMPARE(contact.id, QStringLiteral("u-ada"));
    QCOMPARE(contact.name(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(contact.email(), QStringLiteral("ada@acme.example"));
    QCOMPARE(contact.phone(), QStringLiteral("+1 555 0100"));
    QCOMPARE(contact.title(), QStringLiteral("CEO"));
    QVERIFY(contact.cLevel);
    // No group call: it joins the account of its company's email domain.
    QCOMPARE(contact.account, graph.accountIndex(QStringLiteral("acme.example")));
    QVERIFY(contact.accountFromDomain);
    QVERIFY(contact.signalEvents.empty());

    QVERIFY(!change.duplicate);
    QVERIFY(!change.pending);
    QCOMPARE(change.contacts, QList<int>{ada});
    QCOMPARE(change.accounts, QList<int>{contact.account});
    QCOMPARE(graph.contactIndex(QStringLiteral("u-nobody")), -1);
}

void TstLeadGraph::contactName_data()
{
    QTest::addColumn<QByteArray>("traits");
    QTest::addColumn<QString>("name");

    QTest::newRow("name") << QByteArray(R"({ "name": "Grace Hopper" })") << QStringLiteral("Grace Hopper");
    QTest::newRow("firstName + lastName")
        << QByteArray(R"({ "firstName": "Grace", "lastName": "Hopper" })") << QStringLiteral("Grace Hopper");
    QTest::newRow("first_name + last_name")
        << QByteArray(R"({ "first_name": "Grace", "last_name": "Hopper" })")
        << QStringLiteral("Grace Hopper");
    QTest::newRow("firstName only") << QByteArray(R"({ "firstName": "Grace" })") << QStringLiteral("Grace");
    QTest::newRow("lastName only") << QByteArray(R"({ "lastName": "Hopper" })") << QStringLiteral("Hopper");
    QTest::newRow("name wins")
        << QByteArray(R"({ "name": "Amazing Grace", "firstName": "Grace", "lastName": "Hopper" })")
        << QStringLiteral("Amazing Grace");
    QTest::newRow("empty name") << QByteArray(R"({ "name": "", "firstName": "Grace", "lastName": "Hopper" })")
                                << QStringLiteral("Grace Hopper");
    QTest::newRow("no name: the userId")
        << QByteArray(R"({ "email": "grace@navy.example" })") << QStringLiteral("u-grace");
}

void TstLeadGraph::contactName()
{
    QFETCH(QByteArray, traits);
    QFETCH(QString, name);

    LeadGraph graph(*m_rules);
    graph.apply(identify("u-grace", traits.constData()));
    QCOMPARE(graph.contact(graph.contactIndex(QStringLiteral("u-grace"))).name(), name);
}

void TstLeadGraph::identifyMergesTraits()
{
    LeadGraph graph(*m_rules);
    graph.apply(
        identify("u-1", R"({ "firstName": "Grace", "phone": "+1 555 0101", "title": "VP Marketing" })"));
    const int c = graph.contactIndex(QStringLiteral("u-1"));
    QVERIFY(!graph.contact(c).cLevel);

    graph.apply(identify("u-1", R"({ "lastName": "Hopper", "title": "CMO", "lifecycleStage": "customer" })"));
    QCOMPARE(graph.contacts().size(), size_t(1));
    const Contact &contact = graph.contact(c);
    QCOMPARE(contact.name(), QStringLiteral("Grace Hopper"));
    QCOMPARE(contact.phone(), QStringLiteral("+1 555 0101")); // kept
    QCOMPARE(contact.title(), QStringLiteral("CMO"));         // replaced
    QVERIFY(contact.cLevel);
    QCOMPARE(contact.lifecycleStage(), QStringLiteral("customer"));
}

void TstLeadGraph::cLevel_data()
{
    QTest::addColumn<QByteArray>("traits");
    QTest::addColumn<bool>("cLevel");

    QTest::newRow("CEO") << QByteArray(R"({ "title": "CEO" })") << true;
    QTest::newRow("Chief Revenue Officer") << QByteArray(R"({ "title": "Chief Revenue Officer" })") << true;
    QTest::newRow("seniority C-Level")
        << QByteArray(R"({ "title": "Head of Growth", "seniority": "C-Level" })") << true;
    QTest::newRow("VP Marketing") << QByteArray(R"({ "title": "VP Marketing" })") << false;
    QTest::newRow("no title") << QByteArray(R"({ "name": "Ada" })") << false;
}

void TstLeadGraph::cLevel()
{
    QFETCH(QByteArray, traits);
    QFETCH(bool, cLevel);

    LeadGraph graph(*m_rules);
    graph.apply(identify("u-1", traits.constData()));
    QCOMPARE(graph.contact(0).cLevel, cLevel);
}

void TstLeadGraph::companyDomain_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("domain");
    QTest::newRow("company") << QStringLiteral("ana@acme.com") << QStringLiteral("acme.com");
    QTest::newRow("case and spaces") << QStringLiteral("Ana@ACME.io ") << QStringLiteral("acme.io");
    QTest::newRow("subdomain kept") << QStringLiteral("ana@sales.acme.com")
                                    << QStringLiteral("sales.acme.com");
    QTest::newRow("gmail") << QStringLiteral("ana@gmail.com") << QString();
    QTest::newRow("outlook, upper case") << QStringLiteral("ana@Outlook.COM") << QString();
    QTest::newRow("gmx.de") << QStringLiteral("ana@gmx.de") << QString();
    QTest::newRow("no at") << QStringLiteral("acme.com") << QString();
    QTest::newRow("no dot") << QStringLiteral("ana@localhost") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TstLeadGraph::companyDomain()
{
    QFETCH(QString, email);
    QFETCH(QString, domain);
    QCOMPARE(LeadGraph::companyDomain(email), domain);
}

void TstLeadGraph::emailDomainJoinsAccount()
{
    // Plain website traffic: two contacts of one company, no group call, roll up to one account;
    // a free-mail contact stays alone; a group call (or a track's groupId) wins over the domain.
    LeadGraph graph(*m_rules);
    graph.apply(identify("u-1", R"({ "name": "Ada", "email": "ada@acme.com" })"));
    const auto change = graph.apply(identify("u-2", R"({ "name": "Bo", "email": "bo@ACME.com" })"));
    graph.apply(identify("u-3", R"({ "name": "Cy", "email": "cy@gmail.com" })"));
    const int acme = graph.accountIndex(QStringLiteral("acme.com"));
    QVERIFY(acme >= 0);
    const int ada = graph.contactIndex(QStringLiteral("u-1"));
    const int bo = graph.contactIndex(QStringLiteral("u-2"));
    QCOMPARE(graph.contact(ada).account, acme);
    QCOMPARE(graph.contact(bo).account, acme);
    QCOMPARE(sorted(graph.account(acme).contacts), sorted({ada, bo}));
    QCOMPARE(graph.account(acme).traits.value(QLatin1StringView("domain")).toString(),
             QStringLiteral("acme.com"));
    QCOMPARE(change.accounts, QList<int>{acme});
    QCOMPARE(graph.contact(graph.contactIndex(QStringLiteral("u-3"))).account, -1);

    graph.apply(group("u-2", "acme-crm-7", R"({ "name": "Acme Corp" })"));
    QCOMPARE(graph.contact(bo).account, graph.accountIndex(QStringLiteral("acme-crm-7")));
    QCOMPARE(graph.account(acme).contacts, QList<int>{ada}); // the domain's account was a stand-in
    graph.apply(identify("u-2", R"({ "title": "CTO" })"));   // grouped: the domain no longer moves it
    QCOMPARE(graph.contact(bo).account, graph.accountIndex(QStringLiteral("acme-crm-7")));
    graph.apply(inGroup(track("u-1", "Demo Requested"), "acme-crm-7"));
    QCOMPARE(graph.contact(ada).account, graph.accountIndex(QStringLiteral("acme-crm-7")));
}

void TstLeadGraph::groupLinksAccount()
{
    LeadGraph graph(*m_rules);
    graph.apply(identify("u-1", R"({ "name": "Ada" })"));
    auto change = graph.apply(
        group("u-1", "acme", R"({ "name": "Acme Corp", "employees": 250, "industry": "Software" })"));

    const int c = graph.contactIndex(QStringLiteral("u-1"));
    const int acme = graph.accountIndex(QStringLiteral("acme"));
    QCOMPARE(acme, 0);
    QCOMPARE(graph.contact(c).account, acme);
    QCOMPARE(graph.account(acme).contacts, QList<int>{c});
    QCOMPARE(graph.account(acme).name(), QStringLiteral("Acme Corp"));
    QCOMPARE(change.contacts, QList<int>{c});
    QCOMPARE(change.accounts, QList<int>{acme});

    // A later group call merges its traits into the account's.
    change = graph.apply(group("u-1", "acme", R"({ "employees": 300, "plan": "pro" })"));
    const QJsonObject traits = graph.account(acme).traits;
    QCOMPARE(traits.value(QLatin1StringView("name")).toString(), QStringLiteral("Acme Corp"));
    QCOMPARE(traits.value(QLatin1StringView("employees")).toInt(), 300);
    QCOMPARE(traits.value(QLatin1StringView("industry")).toString(), QStringLiteral("Software"));
    QCOMPARE(traits.value(QLatin1StringView("plan")).toString(), QStringLiteral("pro"));
    QCOMPARE(graph.accounts().size(), size_t(1));
    QCOMPARE(change.accounts, QList<int>{acme});

    // A second contact joins; the account reports both for rescoring.
    change = graph.apply(group("u-2", "acme"));
    const int c2 = graph.contactIndex(QStringLiteral("u-2"));
    QCOMPARE(sorted(graph.account(acme).contacts), sorted({c, c2}));
    QCOMPARE(sorted(change.contacts), sorted({c, c2}));
    QCOMPARE(change.accounts, QList<int>{acme});

    // Without a name trait the account is called by its id.
    graph.apply(group("u-3", "globex"));
    QCOMPARE(graph.account(graph.accountIndex(QStringLiteral("globex"))).name(), QStringLiteral("globex"));
}

void TstLeadGraph::regroupMovesContact()
{
    LeadGraph graph(*m_rules);
    graph.apply(group("u-1", "acme"));
    graph.apply(group("u-2", "acme"));
    graph.apply(track("u-1", "Demo Requested"));
    const auto change = graph.apply(group("u-1", "globex"));

    const int c1 = graph.contactIndex(QStringLiteral("u-1"));
    const int c2 = graph.contactIndex(QStringLiteral("u-2"));
    const int acme = graph.accountIndex(QStringLiteral("acme"));
    const int globex = graph.accountIndex(QStringLiteral("globex"));
    QCOMPARE(graph.contact(c1).account, globex);
    // Both accounts change score: acme loses the contact, globex gains it.
    QCOMPARE(sorted(change.accounts), sorted({acme, globex}));
    QVERIFY(change.contacts.contains(c1));
    QVERIFY(change.contacts.contains(c2)); // acme's multi-contact count changed
}

void TstLeadGraph::trackMapsToSignal_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("type");

    QTest::newRow("Demo Requested") << QStringLiteral("Demo Requested") << QStringLiteral("demo_request");
    QTest::newRow("Trial Started") << QStringLiteral("Trial Started") << QStringLiteral("free_trial_start");
    QTest::newRow("Webinar Attended")
        << QStringLiteral("Webinar Attended") << QStringLiteral("webinar_attendance");
    QTest::newRow("named as a type") << QStringLiteral("contact_sales") << QStringLiteral("contact_sales");
    QTest::newRow("type without event mapping")
        << QStringLiteral("pricing_page_visit") << QStringLiteral("pricing_page_visit");
}

void TstLeadGraph::trackMapsToSignal()
{
    QFETCH(QString, event);
    QFETCH(QString, type);

    LeadGraph graph(*m_rules);
    SegmentCall call = track("u-1", "", 5, "m-1");
    call.event = event;
    const auto change = graph.apply(call);

    const int c = graph.contactIndex(QStringLiteral("u-1"));
    const Contact &contact = graph.contact(c);
    QCOMPARE(contact.signalEvents.size(), size_t(1));
    QCOMPARE(contact.signalEvents.at(0).type, m_rules->typeIndex(type));
    QCOMPARE(contact.signalEvents.at(0).atMs, msAt(5));
    QCOMPARE(contact.signalEvents.at(0).account, -1);
    QCOMPARE(contact.history.size(), 1);
    const Activity &activity = contact.history.at(0);
    QCOMPARE(activity.kind, SegmentCall::Type::Track);
    QCOMPARE(activity.name, event);
    QCOMPARE(activity.type, m_rules->typeIndex(type));
    QCOMPARE(activity.atMs, msAt(5));
    QCOMPARE(activity.messageId, QStringLiteral("m-1"));
    QCOMPARE(change.contacts, QList<int>{c});
    QVERIFY(change.accounts.isEmpty()); // no account yet
}

void TstLeadGraph::unmappedEventKeptInHistory()
{
    LeadGraph graph(*m_rules);
    graph.apply(group("u-1", "acme"));
    const auto change = graph.apply(track("u-1", "Newsletter Subscribed", 3));

    const Contact &contact = graph.contact(graph.contactIndex(QStringLiteral("u-1")));
    QVERIFY(contact.signalEvents.empty());
    QCOMPARE(contact.history.size(), 1);
    QCOMPARE(contact.history.at(0).name, QStringLiteral("Newsletter Subscribed"));
    QCOMPARE(contact.history.at(0).type, -1);
    QCOMPARE(contact.history.at(0).atMs, msAt(3));
    QVERIFY(graph.account(graph.accountIndex(QStringLiteral("acme"))).signalEvents.empty());
    QVERIFY(change.accounts.isEmpty()); // nothing scored, no account to rescore
}

void TstLeadGraph::pageMapsToSignal_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type"); // empty: no signal

    QTest::newRow("/pricing") << QStringLiteral("/pricing") << QStringLiteral("pricing_page_visit");
    QTest::newRow("/pricing/enterprise")
        << QStringLiteral("/pricing/enterprise") << QStringLiteral("pricing_page_visit");
    QTest::newRow("/docs/api") << QStringLiteral("/docs/api") << QStringLiteral("technical_documentation");
    QTest::newRow("/compare/hubspot")
        << QStringLiteral("/compare/hubspot") << QStringLiteral("competitor_comparison");
    QTest::newRow("/careers") << QStringLiteral("/careers") << QString();
}

void TstLeadGraph::pageMapsToSignal()
{
    QFETCH(QString, path);
    QFETCH(QString, type);

    LeadGraph graph(*m_rules);
    SegmentCall call = page("u-1", "", 2);
    call.properties.insert(QStringLiteral("path"), path);
    graph.apply(call);

    const Contact &contact = graph.contact(graph.contactIndex(QStringLiteral("u-1")));
    QCOMPARE(contact.signalEvents.size(), size_t(type.isEmpty() ? 0 : 1));
    if (!type.isEmpty())
        QCOMPARE(contact.signalEvents.at(0).type, m_rules->typeIndex(type));
    QCOMPARE(contact.history.size(), 1);
    QCOMPARE(contact.history.at(0).kind, SegmentCall::Type::Page);
    QCOMPARE(contact.history.at(0).name, path);
    QCOMPARE(contact.history.at(0).type, type.isEmpty() ? -1 : m_rules->typeIndex(type));
}

void TstLeadGraph::repeatedSignalsAddUp()
{
    LeadGraph graph(*m_rules);
    graph.apply(page("u-1", "/pricing", 0));
    graph.apply(page("u-1", "/pricing", 10));
    graph.apply(page("u-1", "/pricing", 20));

    const Contact &contact = graph.contact(0);
    QCOMPARE(contact.signalEvents.size(), size_t(3));
    for (const SignalEvent &signal : contact.signalEvents)
        QCOMPARE(signal.type, type("pricing_page_visit"));
    QCOMPARE(contact.history.size(), 3);
}

void TstLeadGraph::contextGroupIdNamesAccount()
{
    LeadGraph graph(*m_rules);
    graph.apply(group("u-1", "acme"));
    const int c = graph.contactIndex(QStringLiteral("u-1"));
    const int acme = graph.accountIndex(QStringLiteral("acme"));

    // Without context.groupId the signal is the current account's.
    auto change = graph.apply(track("u-1", "Demo Requested", 1));
    QCOMPARE(graph.contact(c).signalEvents.back().account, -1);
    QCOMPARE(change.accounts, QList<int>{acme});

    // With it, the signal belongs to the named account, not the contact's.
    change = graph.apply(inGroup(track("u-1", "Contact Sales Submitted", 2), "globex"));
    const int globex = graph.accountIndex(QStringLiteral("globex"));
    QVERIFY(globex >= 0);
    const Contact &contact = graph.contact(c);
    QCOMPARE(contact.account, acme); // still grouped with acme
    QCOMPARE(contact.signalEvents.size(), size_t(2));
    QCOMPARE(contact.signalEvents.back().type, type("contact_sales"));
    QCOMPARE(contact.signalEvents.back().account, globex);
    QVERIFY(contact.hasForeignSignals);
    QVERIFY(graph.account(globex).contacts.contains(c));
    QCOMPARE(change.contacts, QList<int>{c});
    QCOMPARE(change.accounts, QList<int>{globex});
}

void TstLeadGraph::contextGroupIdGroupsUngroupedContact()
{
    LeadGraph graph(*m_rules);
    const auto change = graph.apply(inGroup(track("u-1", "Demo Requested"), "acme"));

    const int c = graph.contactIndex(QStringLiteral("u-1"));
    const int acme = graph.accountIndex(QStringLiteral("acme"));
    QCOMPARE(graph.contact(c).account, acme);
    QVERIFY(!graph.contact(c).hasForeignSignals);
    QCOMPARE(graph.account(acme).contacts, QList<int>{c});
    QCOMPARE(change.accounts, QList<int>{acme});
}

void TstLeadGraph::messageIdDedup()
{
    LeadGraph graph(*m_rules);
    auto change = graph.apply(track("u-1", "Demo Requested", 0, "m-1"));
    QVERIFY(!change.duplicate);

    change = graph.apply(track("u-1", "Demo Requested", 0, "m-1"));
    QVERIFY(change.duplicate);
    QVERIFY(change.contacts.isEmpty());
    QVERIFY(change.accounts.isEmpty());
    QCOMPARE(graph.contact(0).signalEvents.size(), size_t(1));
    QCOMPARE(graph.contact(0).history.size(), 1);

    // The same event with another messageId is a second signal.
    change = graph.apply(track("u-1", "Demo Requested", 1, "m-2"));
    QVERIFY(!change.duplicate);
    QCOMPARE(graph.contact(0).signalEvents.size(), size_t(2));

    // A redelivered identify changes nothing either.
    SegmentCall call = identify("u-1", R"({ "title": "CEO" })");
    call.messageId = QStringLiteral("m-3");
    graph.apply(call);
    call.traits = json(R"({ "title": "Intern" })");
    QVERIFY(graph.apply(call).duplicate);
    QCOMPARE(graph.contact(0).title(), QStringLiteral("CEO"));

    // A duplicate of an anonymous call is not kept twice.
    QVERIFY(graph.apply(anonymous(track("", "Demo Requested", 2, "m-4"), "a-1")).pending);
    QVERIFY(graph.apply(anonymous(track("", "Demo Requested", 2, "m-4"), "a-1")).duplicate);
    QCOMPARE(graph.pendingAnonymousCalls(), qsizetype(1));
}

void TstLeadGraph::anonymousJoinsOnIdentify()
{
    LeadGraph graph(*m_rules);
    auto change = graph.apply(anonymous(page("", "/pricing", 0), "a-1"));
    QVERIFY(change.pending);
    QVERIFY(change.contacts.isEmpty());
    change = graph.apply(anonymous(track("", "Demo Requested", 5), "a-1"));
    QVERIFY(change.pending);
    QVERIFY(graph.contacts().empty());
    QCOMPARE(graph.pendingAnonymousCalls(), qsizetype(2));

    SegmentCall call = identify("u-1", R"({ "name": "Ada" })");
    call.anonymousId = QStringLiteral("a-1");
    change = graph.apply(call);

    const int c = graph.contactIndex(QStringLiteral("u-1"));
    QVERIFY(!change.pending);
    QCOMPARE(change.contacts, QList<int>{c});
    QCOMPARE(graph.pendingAnonymousCalls(), qsizetype(0));
    QCOMPARE(graph.contacts().size(), size_t(1));
    const Contact &contact = graph.contact(c);
    QCOMPARE(contact.signalEvents.size(), size_t(2));
    QCOMPARE(contact.signalEvents.at(0).type, type("pricing_page_visit"));
    QCOMPARE(contact.signalEvents.at(0).atMs, msAt(0)); // when it happened, not when it joined
    QCOMPARE(contact.signalEvents.at(1).type, type("demo_request"));
    QCOMPARE(contact.signalEvents.at(1).atMs, msAt(5));
    QCOMPARE(contact.history.size(), 2);
}

void TstLeadGraph::anonymousJoinsOnAlias()
{
    LeadGraph graph(*m_rules);
    graph.apply(group("u-1", "acme"));
    QVERIFY(graph.apply(anonymous(track("", "Case Study Downloaded", 0), "a-1")).pending);
    QVERIFY(graph.apply(anonymous(page("", "/docs/api", 1), "a-2")).pending); // someone else

    const auto change = graph.apply(alias("a-1", "u-1"));
    const int c = graph.contactIndex(QStringLiteral("u-1"));
    const int acme = graph.accountIndex(QStringLiteral("acme"));
    QCOMPARE(graph.contact(c).signalEvents.size(), size_t(1));
    QCOMPARE(graph.contact(c).signalEvents.at(0).type, type("case_study_download"));
    QVERIFY(change.contacts.contains(c));
    QVERIFY(change.accounts.contains(acme));
    QCOMPARE(graph.pendingAnonymousCalls(), qsizetype(1)); // a-2 still waits
    QCOMPARE(graph.contacts().size(), size_t(1));
}

void TstLeadGraph::anonymousAfterLinkGoesToContact()
{
    LeadGraph graph(*m_rules);
    graph.apply(alias("a-1", "u-1"));
    const auto change = graph.apply(anonymous(page("", "/pricing", 3), "a-1"));

    const int c = graph.contactIndex(QStringLiteral("u-1"));
    QVERIFY(!change.pending);
    QCOMPARE(change.contacts, QList<int>{c});
    QCOMPARE(graph.contact(c).signalEvents.size(), size_t(1));
    QCOMPARE(graph.pendingAnonymousCalls(), qsizetype(0));
}

void TstLeadGraph::aliasMergesUserIds()
{
    LeadGraph graph(*m_rules);
    graph.apply(identify("u-old", R"({ "phone": "+1 555 0102", "title": "Engineer" })"));
    graph.apply(group("u-old", "acme"));
    graph.apply(track("u-old", "Demo Requested", 10));
    graph.apply(identify("u-new", R"({ "name": "Ada Lovelace", "title": "CTO" })"));
    graph.apply(page("u-new", "/pricing", 5));
    const int oldIndex = graph.contactIndex(QStringLiteral("u-old"));
    const int newIndex = graph.contactIndex(QStringLiteral("u-new"));
    const int acme = graph.accountIndex(QStringLiteral("acme"));

    const auto change = graph.apply(alias("u-old", "u-new"));

    const Contact &merged = graph.contact(newIndex);
    QCOMPARE(merged.signalEvents.size(), size_t(2));
    QCOMPARE(merged.name(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(merged.phone(), QStringLiteral("+1 555 0102")); // taken from the old contact
    QCOMPARE(merged.title(), QStringLiteral("CTO"));         // the new contact's own trait wins
    QVERIFY(merged.cLevel);
    QCOMPARE(merged.account, acme);
    QCOMPARE(graph.account(acme).contacts, QList<int>{newIndex});
    QCOMPARE(merged.history.size(), 2);
    QVERIFY(merged.history.at(0).atMs <= merged.history.at(1).atMs); // in time order

    const Contact &old = graph.contact(oldIndex);
    QCOMPARE(old.mergedInto, newIndex);
    QVERIFY(old.signalEvents.empty());
    QVERIFY(old.history.isEmpty());
    QCOMPARE(graph.contactIndex(QStringLiteral("u-old")), newIndex);

    QVERIFY(change.contacts.contains(newIndex));
    QVERIFY(change.accounts.contains(acme));

    // Later calls under the old userId reach the merged contact.
    graph.apply(track("u-old", "Webinar Attended", 20));
    QCOMPARE(graph.contact(newIndex).signalEvents.size(), size_t(3));
    QVERIFY(graph.contact(oldIndex).signalEvents.empty());
}

void TstLeadGraph::firmographicSignalOnAccount()
{
    LeadGraph graph(*m_rules);
    graph.apply(group("u-1", "acme"));
    graph.apply(group("u-2", "acme"));
    graph.apply(group("u-3", "globex"));
    const int c1 = graph.contactIndex(QStringLiteral("u-1"));
    const int c2 = graph.contactIndex(QStringLiteral("u-2"));
    const int c3 = graph.contactIndex(QStringLiteral("u-3"));
    const int acme = graph.accountIndex(QStringLiteral("acme"));

    const auto change = graph.apply(track("u-1", "Funding Announced", 4));

    const Account &account = graph.account(acme);
    QCOMPARE(account.signalEvents.size(), size_t(1));
    QCOMPARE(account.signalEvents.at(0).type, type("funding_announced"));
    QCOMPARE(account.signalEvents.at(0).atMs, msAt(4));
    QVERIFY(graph.contact(c1).signalEvents.empty()); // the account's, not the contact's
    QCOMPARE(account.history.size(), 1);
    QCOMPARE(account.history.at(0).name, QStringLiteral("Funding Announced"));
    QVERIFY(graph.contact(c1).history.isEmpty());

    // Every contact of the account scores it.
    QCOMPARE(change.accounts, QList<int>{acme});
    QCOMPARE(sorted(change.contacts), sorted({c1, c2}));
    QVERIFY(!change.contacts.contains(c3));
}

void TstLeadGraph::firmographicSignalNamedAccount()
{
    LeadGraph graph(*m_rules);
    graph.apply(group("u-1", "acme"));
    graph.apply(group("u-2", "globex"));
    const int globex = graph.accountIndex(QStringLiteral("globex"));

    const auto change = graph.apply(inGroup(track("u-1", "Hiring Velocity Increased"), "globex"));
    QCOMPARE(graph.account(globex).signalEvents.size(), size_t(1));
    QVERIFY(graph.account(graph.accountIndex(QStringLiteral("acme"))).signalEvents.empty());
    QVERIFY(change.accounts.contains(globex));
    QVERIFY(change.contacts.contains(graph.contactIndex(QStringLiteral("u-2"))));
}

void TstLeadGraph::firmographicPendingUntilGroup()
{
    LeadGraph graph(*m_rules);
    auto change = graph.apply(track("u-1", "Technology Changed", 7));
    const int c = graph.contactIndex(QStringLiteral("u-1"));
    QCOMPARE(graph.contact(c).pendingAccountSignals.size(), size_t(1));
    QVERIFY(graph.contact(c).signalEvents.empty());
    QVERIFY(graph.accounts().empty());
    QCOMPARE(graph.contact(c).history.size(), 1); // shown until there is an account to show it on
    QVERIFY(change.accounts.isEmpty());

    change = graph.apply(group("u-1", "acme"));
    const int acme = graph.accountIndex(QStringLiteral("acme"));
    QVERIFY(graph.contact(c).pendingAccountSignals.empty());
    QCOMPARE(graph.account(acme).signalEvents.size(), size_t(1));
    QCOMPARE(graph.account(acme).signalEvents.at(0).type, type("technology_change"));
    QCOMPARE(graph.account(acme).signalEvents.at(0).atMs, msAt(7));
    QVERIFY(change.accounts.contains(acme));
    QVERIFY(change.contacts.contains(c));

    // Only the first group takes them: a later regroup does not copy them again.
    graph.apply(group("u-1", "globex"));
    QVERIFY(graph.account(graph.accountIndex(QStringLiteral("globex"))).signalEvents.empty());
    QCOMPARE(graph.account(acme).signalEvents.size(), size_t(1));
}

void TstLeadGraph::identifyReportsAccount()
{
    LeadGraph graph(*m_rules);
    graph.apply(group("u-1", "acme"));
    graph.apply(group("u-2", "acme"));
    graph.apply(track("u-1", "Demo Requested"));

    // A new title can make the account's c_level multiplier apply.
    const auto change = graph.apply(identify("u-1", R"({ "title": "CEO" })"));
    const int c1 = graph.contactIndex(QStringLiteral("u-1"));
    const int acme = graph.accountIndex(QStringLiteral("acme"));
    QVERIFY(graph.contact(c1).cLevel);
    QVERIFY(change.contacts.contains(c1));
    QCOMPARE(change.accounts, QList<int>{acme});
}

QTEST_GUILESS_MAIN(TstLeadGraph)
#include "tst_leadgraph.moc"
