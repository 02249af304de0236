// RepKey: a rep's name as a hash key, as the routing containers use it in place of the name.
#include "team/repkey.h"

#include <QHash>
#include <QSet>
#include <QTest>

class TestRepKey final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standsInForTheName_data();
    void standsInForTheName();
    void spreadsNamesOverBuckets();
    void theSeedChangesTheHash();
};

void TestRepKey::standsInForTheName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("short") << u"ann"_qs;
    QTest::newRow("seven characters") << u"sdr-123"_qs;
    QTest::newRow("long") << u"Annemarie Müller-Lüdenscheidt"_qs;
    QTest::newRow("not Latin") << u"佐藤"_qs;
}

void TestRepKey::standsInForTheName()
{
    QFETCH(QString, name);
    QHash<RepKey, int> load;
    ++load[name];
    ++load[QString(name)]; // an equal string, not the same one
    QCOMPARE(load.value(name), 2);
    QCOMPARE(load.size(), 1);
    QCOMPARE(load.cbegin().key().name(), name);
    QVERIFY(!load.contains(QString(name + u"x"_qs)));
    const QSet<RepKey> online{name};
    QVERIFY(online.contains(name));
    QCOMPARE(qHash(RepKey(name), 42), qHash(RepKey(QString(name)), 42));
}

void TestRepKey::spreadsNamesOverBuckets()
{
    // Names that differ in one character, as generated teams' do: the low bits QHash uses for
    // its buckets still differ.
    constexpr int kNames = 4096;
    QSet<size_t> low;
    for (int i = 0; i < kNames; ++i)
        low.insert(qHash(RepKey(u"sdr-%1"_qs.arg(i)), 7) & (kNames - 1));
    QVERIFY2(low.size() > kNames / 2, qPrintable(QString::number(low.size())));
}

void TestRepKey::theSeedChangesTheHash()
{
    QVERIFY(qHash(RepKey(u"ann"_qs), 1) != qHash(RepKey(u"ann"_qs), 2));
}

QTEST_GUILESS_MAIN(TestRepKey)
#include "tst_repkey.moc"
