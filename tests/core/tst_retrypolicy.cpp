#include "upstream/RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void retryableStatuses_data();
    void retryableStatuses();
    void backoffGrowsAndIsCapped();
    void jitterTakesOffAtMostAQuarter();
    void retryAfterSeconds();
    void retryAfterHttpDate();
    void retryAfterGarbage();
    void retryAfterIsCapped();
    void sanitizedClampsNonsense();
};

void TestRetryPolicy::retryableStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retry");
    for (int s : {408, 425, 429, 500, 502, 503, 504})
        QTest::addRow("%d", s) << s << true;
    for (int s : {200, 400, 401, 403, 404, 413, 422, 501})
        QTest::addRow("%d", s) << s << false;
}

void TestRetryPolicy::retryableStatuses()
{
    QFETCH(int, status);
    QFETCH(bool, retry);
    QCOMPARE(RetryPolicy::isRetryableStatus(status), retry);
}

void TestRetryPolicy::backoffGrowsAndIsCapped()
{
    RetryPolicy p;
    p.initialBackoffMs = 200;
    p.maxBackoffMs = 1000;
    QCOMPARE(p.backoffMs(2, 0.0), 200);
    QCOMPARE(p.backoffMs(3, 0.0), 400);
    QCOMPARE(p.backoffMs(4, 0.0), 800);
    QCOMPARE(p.backoffMs(5, 0.0), 1000);
    QCOMPARE(p.backoffMs(50, 0.0), 1000);
}

void TestRetryPolicy::jitterTakesOffAtMostAQuarter()
{
    RetryPolicy p;
    p.initialBackoffMs = 400;
    QCOMPARE(p.backoffMs(2, 0.999999), 300);
    QCOMPARE(p.backoffMs(2, 0.5), 350);
    QVERIFY(p.backoffMs(3, 0.3) < p.backoffMs(3, 0.0));
}

void TestRetryPolicy::retryAfterSeconds()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(RetryPolicy::parseRetryAfter("2", now), 2000);
    QCOMPARE(RetryPolicy::parseRetryAfter(" 0 ", now), 0);
    QCOMPARE(RetryPolicy::parseRetryAfter("1.5", now), 1500);
}

void TestRetryPolicy::retryAfterHttpDate()
{
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 50), QTimeZone::utc());
    QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 10000);
    QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:20:00 GMT", now), 0);
}

void TestRetryPolicy::retryAfterGarbage()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!RetryPolicy::parseRetryAfter("", now));
    QVERIFY(!RetryPolicy::parseRetryAfter("soon", now));
    QVERIFY(!RetryPolicy::parseRetryAfter("-5", now));
}

void TestRetryPolicy::retryAfterIsCapped()
{
    RetryPolicy p;
    p.maxRetryAfterMs = 5000;
    QCOMPARE(p.delayBeforeAttempt(2, 3000, 0.0), 3000);
    QCOMPARE(p.delayBeforeAttempt(2, 3600 * 1000, 0.0), 5000);
    QCOMPARE(p.delayBeforeAttempt(2, std::nullopt, 0.0), p.backoffMs(2, 0.0));
}

void TestRetryPolicy::sanitizedClampsNonsense()
{
    RetryPolicy p;
    p.maxAttempts = 0;
    p.initialBackoffMs = -4;
    p.transferTimeoutMs = 0;
    const RetryPolicy s = p.sanitized();
    QCOMPARE(s.maxAttempts, 1);
    QCOMPARE(s.initialBackoffMs, 0);
    QVERIFY(s.transferTimeoutMs >= 100);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
