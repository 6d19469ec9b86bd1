#include "TestServer.h"

#include <QSignalSpy>
#include <QTest>

// 64 generations at once must all reach the upstream at the same time: Qt 6.4's
// QNetworkAccessManager alone would queue all but 6 (per host) behind each other.
class TestConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void sixtyFourInFlightAtOnce();
    void localLimitAnswers429();
};

void TestConcurrency::sixtyFourInFlightAtOnce()
{
    TestServer t;
    QVERIFY(t.ok);
    t.upstream.setImageSide(16);
    t.upstream.setDelayMs(1500);
    constexpr int clients = 64;
    // Each client its own manager, so the test side is not the bottleneck.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    int finished = 0;
    for (int i = 0; i < clients; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(t.http->url(QStringLiteral("/v1/images/generations")));
        request.setRawHeader("Authorization", QByteArray("Bearer ") + TestServer::key);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = managers.back()->post(request, QByteArray(R"({"prompt":"crowd"})"));
        connect(reply, &QNetworkReply::finished, this, [&finished] { ++finished; });
        replies.append(reply);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, clients, 30000);
    QCOMPARE(t.upstream.requestCount(), clients);
    QCOMPARE(t.upstream.peakInFlight(), clients);
    for (QNetworkReply *reply : replies)
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestConcurrency::localLimitAnswers429()
{
    ServerConfig config;
    config.maxConcurrentImages = 3;
    TestServer t(config);
    QVERIFY(t.ok);
    t.upstream.queueFault(FakeUpstream::Fault::Hang, 2);
    QNetworkRequest request(t.http->url(QStringLiteral("/v1/images/generations")));
    request.setRawHeader("Authorization", QByteArray("Bearer ") + TestServer::key);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkAccessManager manager;
    QNetworkReply *hanging = manager.post(request, QByteArray(R"({"prompt":"hold","n":2})"));
    QTRY_COMPARE_WITH_TIMEOUT(t.server->activeImages(), 2, 5000);
    const TestResponse r =
        t.http->post(QStringLiteral("/v1/images/generations"), R"({"prompt":"more","n":2})");
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("2"));
    QCOMPARE(r.header("x-should-retry"), QByteArray("true"));
    hanging->abort();
    QTRY_COMPARE_WITH_TIMEOUT(t.server->activeImages(), 0, 5000);
    delete hanging;
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
