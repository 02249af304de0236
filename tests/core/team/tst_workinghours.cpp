// Working hours as tables: parsing, membership across time zones and daylight saving, the
// next change, and a clock that runs only in working hours.
#include "team/workinghours.h"

#include <QDateTime>
#include <QTest>

namespace {

qint64 utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TestWorkingHours final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void contains_data();
    void contains();
    void nextChange_data();
    void nextChange();
    void addWorkingTime_data();
    void addWorkingTime();
    void zones();
};

void TestWorkingHours::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized"); // empty with an error
    QTest::addColumn<QString>("error");
    QTest::addRow("weekdays") << u"Mon-Fri 09:00-17:30"_qs << u"Mon-Fri 09:00-17:30"_qs << QString();
    QTest::addRow("lower case, one digit hour")
        << u"mon-fri 9:00-17:30"_qs << u"Mon-Fri 09:00-17:30"_qs << QString();
    QTest::addRow("list of days") << u"Mon,Wed,Fri 08:00-12:00"_qs << u"Mon,Wed,Fri 08:00-12:00"_qs
                                  << QString();
    QTest::addRow("two spans") << u"Mon-Thu 08:00-16:00; Fri 08:00-12:00"_qs
                               << u"Mon-Thu 08:00-16:00; Fri 08:00-12:00"_qs << QString();
    QTest::addRow("overnight") << u"Sun-Thu 22:00-06:00"_qs << u"Mon-Thu,Sun 22:00-06:00"_qs << QString();
    QTest::addRow("to midnight") << u"Sat 10:00-24:00"_qs << u"Sat 10:00-24:00"_qs << QString();
    QTest::addRow("wrapping day range")
        << u"Fri-Mon 10:00-14:00"_qs << u"Mon,Fri-Sun 10:00-14:00"_qs << QString();
    QTest::addRow("always") << u"always"_qs << QString() << QString();
    QTest::addRow("empty: always") << QString() << QString() << QString();
    QTest::addRow("bad day") << u"Mon-Fru 09:00-17:00"_qs << QString() << u"days are Mon"_qs;
    QTest::addRow("no times") << u"Mon-Fri"_qs << QString() << u"expected days and a time range"_qs;
    QTest::addRow("bad time") << u"Mon 9-17"_qs << QString() << u"expected a time range"_qs;
    QTest::addRow("minute 60") << u"Mon 09:60-17:00"_qs << QString() << u"expected a time range"_qs;
    QTest::addRow("empty range") << u"Mon 09:00-09:00"_qs << QString() << u"expected a time range"_qs;
}

void TestWorkingHours::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QFETCH(QString, error);
    QString actual;
    const auto hours = WorkingHours::parse(text, &actual);
    if (!error.isEmpty()) {
        QVERIFY(!hours);
        QVERIFY2(actual.contains(error), qPrintable(actual));
        return;
    }
    QVERIFY2(hours, qPrintable(actual));
    QCOMPARE(hours->toString(), normalized);
    QCOMPARE(hours->isAlways(), normalized.isEmpty());
    QCOMPARE(WorkingHours::parse(hours->toString()), hours);
}

void TestWorkingHours::contains_data()
{
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<bool>("working");
    const QString office = u"Mon-Fri 09:00-17:30"_qs;
    // Berlin: CET (UTC+1) until 2024-03-31 02:00, CEST (UTC+2) after.
    QTest::addRow("Berlin Fri 09:30 CET")
        << office << QByteArray("Europe/Berlin") << utc(2024, 3, 29, 8, 30) << true;
    QTest::addRow("Berlin Fri 08:30 CET")
        << office << QByteArray("Europe/Berlin") << utc(2024, 3, 29, 7, 30) << false;
    QTest::addRow("Berlin Mon 09:30 CEST")
        << office << QByteArray("Europe/Berlin") << utc(2024, 4, 1, 7, 30) << true;
    // 16:00 UTC is 17:00 in winter (working) and 18:00 in summer (not).
    QTest::addRow("Berlin 17:00 CET")
        << office << QByteArray("Europe/Berlin") << utc(2024, 3, 29, 16) << true;
    QTest::addRow("Berlin 18:00 CEST")
        << office << QByteArray("Europe/Berlin") << utc(2024, 4, 1, 16) << false;
    QTest::addRow("Berlin Sat") << office << QByteArray("Europe/Berlin") << utc(2024, 3, 30, 10) << false;
    // New York: EDT (UTC-4) until 2024-11-03 02:00, EST (UTC-5) after.
    QTest::addRow("New York Fri 09:30 EDT")
        << office << QByteArray("America/New_York") << utc(2024, 11, 1, 13, 30) << true;
    QTest::addRow("New York Mon 08:30 EST")
        << office << QByteArray("America/New_York") << utc(2024, 11, 4, 13, 30) << false;
    QTest::addRow("New York Mon 09:00 EST")
        << office << QByteArray("America/New_York") << utc(2024, 11, 4, 14) << true;
    // Sunday evening in New York is Monday in Tokyo.
    QTest::addRow("Tokyo Mon 10:00") << office << QByteArray("Asia/Tokyo") << utc(2024, 11, 4, 1) << true;
    QTest::addRow("UTC end is exclusive") << office << QByteArray("UTC") << utc(2024, 11, 4, 17, 30) << false;
    // Overnight: the night belongs to the day it starts on.
    const QString nights = u"Mon-Fri 22:00-06:00"_qs;
    QTest::addRow("Fri night, Sat 03:00") << nights << QByteArray("UTC") << utc(2024, 11, 9, 3) << true;
    QTest::addRow("Sun night, Mon 03:00") << nights << QByteArray("UTC") << utc(2024, 11, 4, 3) << false;
    QTest::addRow("Mon 23:00") << nights << QByteArray("UTC") << utc(2024, 11, 4, 23) << true;
    QTest::addRow("always") << QString() << QByteArray("UTC") << utc(2024, 11, 9, 3) << true;
}

void TestWorkingHours::contains()
{
    QFETCH(QString, hours);
    QFETCH(QByteArray, zone);
    QFETCH(qint64, at);
    QFETCH(bool, working);
    QCOMPARE(WorkingHours::parse(hours)->contains(at, QTimeZone(zone)), working);
}

void TestWorkingHours::nextChange_data()
{
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("change");
    const QString office = u"Mon-Fri 09:00-17:30"_qs;
    QTest::addRow("end of Friday") << office << QByteArray("Europe/Berlin") << utc(2024, 3, 29, 16)
                                   << utc(2024, 3, 29, 16, 30);
    // Over the weekend the clocks go forward: Monday 09:00 is 07:00 UTC, not 08:00.
    QTest::addRow("Monday after the change")
        << office << QByteArray("Europe/Berlin") << utc(2024, 3, 29, 16, 30) << utc(2024, 4, 1, 7);
    QTest::addRow("back an hour in autumn")
        << office << QByteArray("Europe/Berlin") << utc(2024, 10, 25, 16) << utc(2024, 10, 28, 8);
    QTest::addRow("always: never") << QString() << QByteArray("UTC") << utc(2024, 3, 29, 16) << qint64(0);
}

void TestWorkingHours::nextChange()
{
    QFETCH(QString, hours);
    QFETCH(QByteArray, zone);
    QFETCH(qint64, from);
    QFETCH(qint64, change);
    const auto parsed = WorkingHours::parse(hours);
    QCOMPARE(parsed->nextChange(from, QTimeZone(zone)), change);
}

void TestWorkingHours::addWorkingTime_data()
{
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<qint64>("end");
    const QString office = u"Mon-Fri 09:00-17:30"_qs;
    QTest::addRow("inside a day") << office << QByteArray("Europe/Berlin") << utc(2024, 4, 2, 8) << 60
                                  << utc(2024, 4, 2, 9);
    QTest::addRow("over the weekend and the change")
        << office << QByteArray("Europe/Berlin") << utc(2024, 3, 29, 16) << 60 << utc(2024, 4, 1, 7, 30);
    QTest::addRow("starting off hours")
        << office << QByteArray("America/New_York") << utc(2024, 11, 2, 15) << 15 << utc(2024, 11, 4, 14, 15);
    QTest::addRow("always") << QString() << QByteArray("UTC") << utc(2024, 11, 2, 15) << 15
                            << utc(2024, 11, 2, 15, 15);
}

void TestWorkingHours::addWorkingTime()
{
    QFETCH(QString, hours);
    QFETCH(QByteArray, zone);
    QFETCH(qint64, start);
    QFETCH(int, minutes);
    QFETCH(qint64, end);
    QCOMPARE(WorkingHours::parse(hours)->addWorkingTime(start, minutes * 60'000LL, QTimeZone(zone)), end);
}

void TestWorkingHours::zones()
{
    QVERIFY(WorkingHours::zone(u"Europe/Berlin"_qs));
    QCOMPARE(WorkingHours::zone(QString())->offsetFromUtc(QDateTime::currentDateTimeUtc()), 0);
    QVERIFY(!WorkingHours::zone(u"Mars/Olympus"_qs));
    QVERIFY(!WorkingHours::zone(u"not a zone"_qs));
}

QTEST_GUILESS_MAIN(TestWorkingHours)
#include "tst_workinghours.moc"
