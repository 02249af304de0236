#include "routing/routingpolicy.h"

#include <QJsonDocument>
#include <QTest>

namespace {

Rep makeRep(const QStringList &segments, Rep::Role role = Rep::Role::Sdr)
{
    Rep rep;
    rep.name = QStringLiteral("sam");
    rep.role = role;
    for (const QString &text : segments) {
        const auto segment = Rep::parseSegment(text);
        Q_ASSERT(segment);
        rep.segments.append(*segment);
    }
    return rep;
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestRoutingPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void segmentsMatch_data();
    void segmentsMatch();
    void traitTexts_data();
    void traitTexts();
    void canSee_data();
    void canSee();
};

void TestRoutingPolicy::segmentsMatch_data()
{
    QTest::addColumn<QStringList>("rep");
    QTest::addColumn<QByteArray>("lead"); // the lead's segments, as JSON
    QTest::addColumn<bool>("match");

    const QStringList emea{QStringLiteral("region=EMEA")};
    // Strings, and the traits that say nothing.
    QTest::addRow("string, same") << emea << QByteArray(R"({"region":"EMEA"})") << true;
    QTest::addRow("string, other case") << emea << QByteArray(R"({"region":"emea"})") << true;
    QTest::addRow("string, other value") << emea << QByteArray(R"({"region":"AMER"})") << false;
    QTest::addRow("string, longer") << emea << QByteArray(R"({"region":"EMEA-North"})") << false;
    QTest::addRow("empty string: not set") << emea << QByteArray(R"({"region":""})") << true;
    QTest::addRow("absent") << emea << QByteArray(R"({"industry":"Software"})") << true;
    QTest::addRow("null: not set") << emea << QByteArray(R"({"region":null})") << true;
    // Arrays: any element.
    QTest::addRow("array with the value") << emea << QByteArray(R"({"region":["AMER","EMEA"]})") << true;
    QTest::addRow("array, other case") << emea << QByteArray(R"({"region":["emea"]})") << true;
    QTest::addRow("array without the value") << emea << QByteArray(R"({"region":["AMER"]})") << false;
    QTest::addRow("empty array") << emea << QByteArray(R"({"region":[]})") << false;
    QTest::addRow("array in an array") << emea << QByteArray(R"({"region":[["EMEA"]]})") << true;
    QTest::addRow("array of null and object")
        << emea << QByteArray(R"({"region":[null,{"name":"EMEA"}]})") << false;
    QTest::addRow("array, one of the rep's values")
        << QStringList{QStringLiteral("region=EMEA"), QStringLiteral("region=AMER")}
        << QByteArray(R"({"region":["APAC","AMER"]})") << true;
    // Numbers and booleans: their JSON text.
    const QStringList tier123{QStringLiteral("tier=123")};
    QTest::addRow("integer") << tier123 << QByteArray(R"({"tier":123})") << true;
    QTest::addRow("integral double") << tier123 << QByteArray(R"({"tier":123.0})") << true;
    QTest::addRow("other number") << tier123 << QByteArray(R"({"tier":12})") << false;
    QTest::addRow("number as string") << tier123 << QByteArray(R"({"tier":"123"})") << true;
    QTest::addRow("number in an array") << tier123 << QByteArray(R"({"tier":[7,123]})") << true;
    QTest::addRow("fraction") << QStringList{QStringLiteral("tier=1.5")} << QByteArray(R"({"tier":1.5})")
                              << true;
    QTest::addRow("fraction, other text")
        << QStringList{QStringLiteral("tier=1.50")} << QByteArray(R"({"tier":1.5})") << false;
    QTest::addRow("decimal") << QStringList{QStringLiteral("rate=0.1")} << QByteArray(R"({"rate":0.1})")
                             << true;
    QTest::addRow("negative") << QStringList{QStringLiteral("tier=-7")} << QByteArray(R"({"tier":-7})")
                              << true;
    QTest::addRow("large integer") << QStringList{QStringLiteral("crm=12345678901")}
                                   << QByteArray(R"({"crm":12345678901})") << true;
    QTest::addRow("zero") << QStringList{QStringLiteral("tier=0")} << QByteArray(R"({"tier":0})") << true;
    const QStringList partner{QStringLiteral("partner=true")};
    QTest::addRow("true") << partner << QByteArray(R"({"partner":true})") << true;
    QTest::addRow("true, other case")
        << QStringList{QStringLiteral("partner=TRUE")} << QByteArray(R"({"partner":true})") << true;
    QTest::addRow("false") << partner << QByteArray(R"({"partner":false})") << false;
    QTest::addRow("false matches false")
        << QStringList{QStringLiteral("partner=false")} << QByteArray(R"({"partner":false})") << true;
    // Objects: present, never a match.
    QTest::addRow("object") << emea << QByteArray(R"({"region":{"name":"EMEA"}})") << false;
    QTest::addRow("empty object") << emea << QByteArray(R"({"region":{}})") << false;
    QTest::addRow("object under a key the rep lacks")
        << emea << QByteArray(R"({"region":"EMEA","x":{"a":1}})") << true;
    // Several keys: every key the rep has must agree.
    const QStringList two{QStringLiteral("region=EMEA"), QStringLiteral("industry=Software")};
    QTest::addRow("two keys, both match")
        << two << QByteArray(R"({"region":"EMEA","industry":"software"})") << true;
    QTest::addRow("two keys, one unset") << two << QByteArray(R"({"region":"EMEA"})") << true;
    QTest::addRow("two keys, one differs")
        << two << QByteArray(R"({"region":"EMEA","industry":"Retail"})") << false;
    QTest::addRow("two keys, one an object")
        << two << QByteArray(R"({"region":"EMEA","industry":{"n":"Software"}})") << false;
    QTest::addRow("rep without segments") << QStringList() << QByteArray(R"({"region":{"a":1}})") << true;
}

void TestRoutingPolicy::segmentsMatch()
{
    QFETCH(QStringList, rep);
    QFETCH(QByteArray, lead);
    QFETCH(bool, match);
    QJsonParseError error;
    const QJsonObject segments = QJsonDocument::fromJson(lead, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(RoutingPolicy::segmentsMatch(makeRep(rep), segments), match);
}

void TestRoutingPolicy::traitTexts_data()
{
    QTest::addColumn<QByteArray>("trait"); // {"t": <value>}, or {} for an absent trait
    QTest::addColumn<bool>("says");
    QTest::addColumn<QStringList>("texts");

    QTest::addRow("absent") << QByteArray("{}") << false << QStringList();
    QTest::addRow("null") << QByteArray(R"({"t":null})") << false << QStringList();
    QTest::addRow("empty string") << QByteArray(R"({"t":""})") << false << QStringList();
    QTest::addRow("string") << QByteArray(R"({"t":"AMER"})") << true << QStringList{QStringLiteral("AMER")};
    QTest::addRow("integer") << QByteArray(R"({"t":123})") << true << QStringList{QStringLiteral("123")};
    QTest::addRow("integral double") << QByteArray(R"({"t":2.0})") << true
                                     << QStringList{QStringLiteral("2")};
    QTest::addRow("fraction") << QByteArray(R"({"t":1.5})") << true << QStringList{QStringLiteral("1.5")};
    QTest::addRow("true") << QByteArray(R"({"t":true})") << true << QStringList{QStringLiteral("true")};
    QTest::addRow("false") << QByteArray(R"({"t":false})") << true << QStringList{QStringLiteral("false")};
    QTest::addRow("array") << QByteArray(R"({"t":["a",1,true,null,{},"",["b"]]})") << true
                           << QStringList{QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("true"),
                                          QStringLiteral("b")};
    QTest::addRow("empty array") << QByteArray(R"({"t":[]})") << true << QStringList();
    QTest::addRow("object") << QByteArray(R"({"t":{"name":"AMER"}})") << true << QStringList();
}

void TestRoutingPolicy::traitTexts()
{
    QFETCH(QByteArray, trait);
    QFETCH(bool, says);
    QFETCH(QStringList, texts);
    const auto got =
        RoutingPolicy::traitTexts(QJsonDocument::fromJson(trait).object().value(QStringLiteral("t")));
    QCOMPARE(got.has_value(), says);
    if (got)
        QCOMPARE(*got, texts);
}

void TestRoutingPolicy::canSee_data()
{
    QTest::addColumn<Visibility>("visibility");
    QTest::addColumn<QByteArray>("segments");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<bool>("sees"); // a rep covering region=EMEA, not the owner

    QTest::addRow("all-records, matching")
        << Visibility::AllRecords << QByteArray(R"({"region":"EMEA"})") << QString() << true;
    QTest::addRow("all-records, array")
        << Visibility::AllRecords << QByteArray(R"({"region":["EMEA"]})") << QString() << true;
    QTest::addRow("all-records, other")
        << Visibility::AllRecords << QByteArray(R"({"region":"AMER"})") << QString() << false;
    QTest::addRow("all-records, object")
        << Visibility::AllRecords << QByteArray(R"({"region":{"name":"EMEA"}})") << QString() << false;
    QTest::addRow("all-records, number")
        << Visibility::AllRecords << QByteArray(R"({"region":123})") << QString() << false;
    QTest::addRow("owned-records, matching but not owner")
        << Visibility::OwnedRecords << QByteArray(R"({"region":"EMEA"})") << QStringLiteral("lee") << false;
    QTest::addRow("owned-records, owner whatever the traits")
        << Visibility::OwnedRecords << QByteArray(R"({"region":"AMER"})") << QStringLiteral("sam") << true;
}

void TestRoutingPolicy::canSee()
{
    QFETCH(Visibility, visibility);
    QFETCH(QByteArray, segments);
    QFETCH(QString, owner);
    QFETCH(bool, sees);
    LeadState lead;
    lead.id = QStringLiteral("contact:u1");
    lead.segments = object(segments.constData());
    lead.owner = owner;
    const RoutingPolicy policy(visibility);
    QCOMPARE(policy.canSee(makeRep({QStringLiteral("region=EMEA")}), lead), sees);
    // Managers see everything.
    QVERIFY(policy.canSee(makeRep({QStringLiteral("region=EMEA")}, Rep::Role::Manager), lead));
}

QTEST_GUILESS_MAIN(TestRoutingPolicy)
#include "tst_routingpolicy.moc"
