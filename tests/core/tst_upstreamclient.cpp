#include "FakeUpstream.h"
#include "ManualClock.h"
#include "TestImages.h"
#include "TestPolicies.h"
#include "common/SaveFile.h"
#include "generation/GenerationJob.h"
#include "generation/ModelCatalog.h"
#include "generation/RequestLog.h"
#include "generation/RequestLogRecorder.h"
#include "image/ImageMetadata.h"
#include "store/ImageStore.h"
#include "upstream/QuotaWindows.h"
#include "upstream/SourceHealth.h"
#include "upstream/UpstreamAnswer.h"
#include "upstream/UpstreamClient.h"

#include <QFile>
#include <QLocale>

#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <atomic>

using Fault = FakeUpstream::Fault;
using Kind = UpstreamError::Kind;

class TestUpstreamClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void succeedsSayingWhatItIs();
    void faults_data();
    void faults();
    void resetAlwaysUsesEveryAttempt();
    void retryAfterIsWaitedExactly_data();
    void retryAfterIsWaitedExactly();
    void transferTimeoutRetries();
    void deadlineEndsTheCallExactly();
    void noRetryWhoseWaitPassesTheDeadline_data();
    void noRetryWhoseWaitPassesTheDeadline();
    void cancelDuringBackoff();
    void cancelInFlight();
    void cancelledBeforeStartNeverCalls();
    void quotaAnswerStopsCallsUntilTheWindowResets();
    void quotaWindowsOutliveTheRun();
    void failoverMovesOnFromARefusal_data();
    void failoverMovesOnFromARefusal();
    void failoverKeepsTheRoutesOwnError();
    void oversizedImageIsRefused();
    void answerForms_data();
    void answerForms();
    void jobFansOutAndTranscodes();
    void jobPartialSuccess();
    void jobCancel();
    void jobDeliversOnlyKeptImages();
    void jobReportsAnImageItCouldNotKeep();
    void logRecordsAJobFromItsSignals();
    void answerBudgetIsFirstComeFirstServed();
    void answerBudgetLetsAnOversizedAnswerInAlone();
    void answerBudgetOutlivedByItsGrants();
    void answersWaitForRoomInTheBudget_data();
    void answersWaitForRoomInTheBudget();
    void logRecordsAFailedJob();

private:
    UpstreamCall *call(UpstreamClient &client, const QString &provider = QStringLiteral("vertex"));
    static bool waitFinished(UpstreamCall *call, int ms = 10000);
    static GenerationRequest jobRequest(const QString &prompt, int n);
    // The client on m_clock with the production timings (seconds, not the fast ones).
    void useManualClock();

    ManualClock m_clock; // one for the run; cleanup() deletes each test's calls
    std::unique_ptr<FakeUpstream> m_fake;
    std::unique_ptr<UpstreamClient> m_client;
};

void TestUpstreamClient::init()
{
    m_fake = std::make_unique<FakeUpstream>();
    QVERIFY(m_fake->listen());
    m_fake->setImageSide(32);
    m_client = std::make_unique<UpstreamClient>();
    m_client->setEndpoint(m_fake->endpoint());
    m_client->setRetryPolicy(fastRetryPolicy(5000));
}

void TestUpstreamClient::cleanup()
{
    // A call a failed test left waiting keeps its alarms on m_clock: none outlives its test.
    qDeleteAll(findChildren<UpstreamCall *>(QString(), Qt::FindDirectChildrenOnly));
    QCOMPARE(m_clock.pendingAlarms(), 0);
}

void TestUpstreamClient::useManualClock()
{
    m_client->setClock(&m_clock);
    m_client->setRetryPolicy(RetryPolicy());
}

UpstreamCall *TestUpstreamClient::call(UpstreamClient &client, const QString &provider)
{
    UpstreamCall *c =
        client.generate({QStringLiteral("a lighthouse"), provider, QStringLiteral("model-x"),
                         QStringLiteral("test"), QString(), false},
                        this);
    c->start();
    return c;
}

GenerationRequest TestUpstreamClient::jobRequest(const QString &prompt, int n)
{
    GenerationRequest request;
    request.prompt = prompt;
    request.model = *ModelCatalog().resolve({});
    request.n = n;
    return request;
}

bool TestUpstreamClient::waitFinished(UpstreamCall *c, int ms)
{
    if (c->isFinished())
        return true;
    QSignalSpy spy(c, &UpstreamCall::finished);
    return spy.wait(ms);
}

void TestUpstreamClient::succeedsSayingWhatItIs()
{
    UpstreamCall *c = call(*m_client, QStringLiteral("fireworks"));
    QVERIFY(waitFinished(c));
    QVERIFY2(c->result().ok(), qPrintable(c->result().error.message));
    QCOMPARE(c->result().type, ImageType::Jpeg);
    QCOMPARE(c->result().attempts, 1);
    const QByteArray bytes = QByteArray::fromBase64(c->result().base64);
    QCOMPARE(ImageFormat::pixelSize(bytes), QSize(32, 32));
    QCOMPARE(m_fake->requestCount(), 1);
    const auto &r = m_fake->received().first();
    QCOMPARE(r.prompt, QStringLiteral("a lighthouse"));
    QCOMPARE(r.provider, QStringLiteral("fireworks"));
    QCOMPARE(r.modelId, QStringLiteral("model-x"));
    // No Origin or Referer of the site's own page: ImageBridge does not pose as it.
    QVERIFY(r.origin.isEmpty());
    QVERIFY(r.referer.isEmpty());
    QVERIFY(r.contentType.startsWith("application/json"));
}

void TestUpstreamClient::faults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("times");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<int>("upstreamCalls");
    QTest::addColumn<Kind>("kind");
    // Transient faults once: the retry succeeds.
    QTest::newRow("429 once") << Fault::RateLimited << 1 << true << 2 << Kind::None;
    QTest::newRow("502 once") << Fault::BadGateway << 1 << true << 2 << Kind::None;
    QTest::newRow("503 once") << Fault::Unavailable << 1 << true << 2 << Kind::None;
    QTest::newRow("504 html once") << Fault::GatewayTimeout << 1 << true << 2 << Kind::None;
    // Persistent: all three attempts used, then the error.
    QTest::newRow("429 always") << Fault::RateLimited << 3 << false << 3 << Kind::RateLimited;
    QTest::newRow("502 always") << Fault::BadGateway << 3 << false << 3 << Kind::UpstreamFailure;
    QTest::newRow("504 always") << Fault::GatewayTimeout << 3 << false << 3 << Kind::Timeout;
    // A broken 200 is an upstream fault like a 502: retried within the same budget.
    QTest::newRow("truncated json once") << Fault::TruncatedJson << 1 << true << 2 << Kind::None;
    QTest::newRow("non-json 200 once") << Fault::NonJson << 1 << true << 2 << Kind::None;
    QTest::newRow("no image once") << Fault::MissingImage << 1 << true << 2 << Kind::None;
    QTest::newRow("invalid base64 once") << Fault::InvalidBase64 << 1 << true << 2 << Kind::None;
    QTest::newRow("not an image once") << Fault::NotAnImage << 1 << true << 2 << Kind::None;
    QTest::newRow("truncated json always")
        << Fault::TruncatedJson << 3 << false << 3 << Kind::InvalidResponse;
    QTest::newRow("not an image always")
        << Fault::NotAnImage << 3 << false << 3 << Kind::InvalidResponse;
    // Not retried.
    QTest::newRow("400") << Fault::BadRequest << 1 << false << 1 << Kind::Rejected;
    // The route's own JSON 500: its AI SDK already retried the provider (three provider
    // calls); another try would make three more.
    QTest::newRow("route 500") << Fault::ServerError << 1 << false << 1 << Kind::GenerationFailed;
    // The public site's answers: the caller is refused, the quota is used, the prompt is
    // unsafe. Retrying spends quota or changes nothing.
    QTest::newRow("bot check 403") << Fault::AccessDenied << 1 << false << 1 << Kind::AccessDenied;
    QTest::newRow("quota 429") << Fault::QuotaExceeded << 1 << false << 1 << Kind::QuotaExceeded;
    QTest::newRow("unsafe 500") << Fault::UnsafeContent << 1 << false << 1 << Kind::ContentPolicy;
}

void TestUpstreamClient::faults()
{
    QFETCH(Fault, fault);
    QFETCH(int, times);
    QFETCH(bool, succeeds);
    QFETCH(int, upstreamCalls);
    QFETCH(Kind, kind);
    m_fake->setRetryAfter("0");
    m_fake->queueFault(fault, times);
    UpstreamCall *c = call(*m_client);
    QSignalSpy failedAttempts(c, &UpstreamCall::attemptFailed);
    QVERIFY(waitFinished(c));
    QCOMPARE(c->result().ok(), succeeds);
    QCOMPARE(c->result().error.kind, kind);
    QCOMPARE(m_fake->requestCount(), upstreamCalls);
    QCOMPARE(c->result().attempts, upstreamCalls);
    QCOMPARE(failedAttempts.count(), succeeds ? upstreamCalls - 1 : upstreamCalls);
    if (!succeeds)
        QVERIFY(!c->result().error.message.isEmpty());
}

void TestUpstreamClient::resetAlwaysUsesEveryAttempt()
{
    // Qt itself resends once when a reused keep-alive connection was closed, so the fake
    // may see more requests than our attempts.
    m_fake->queueFault(Fault::Reset, 20);
    UpstreamCall *c = call(*m_client);
    QVERIFY(waitFinished(c));
    QCOMPARE(c->result().error.kind, Kind::Network);
    QCOMPARE(c->result().attempts, 3);
    QVERIFY(m_fake->requestCount() >= 3);

    m_fake->clearFaults();
    m_fake->queueFault(Fault::Reset, 1);
    c = call(*m_client);
    QVERIFY(waitFinished(c));
    QVERIFY(c->result().ok());
}

void TestUpstreamClient::retryAfterIsWaitedExactly_data()
{
    QTest::addColumn<bool>("asDate");
    QTest::newRow("seconds") << false;
    // A date is read against the call's clock: on the real one this date (March 2026) would
    // lie in the past and mean "now".
    QTest::newRow("http date") << true;
}

void TestUpstreamClient::retryAfterIsWaitedExactly()
{
    QFETCH(bool, asDate);
    useManualClock();
    const QString imfFixdate = QLocale::c().toString(
        m_clock.now().addSecs(20), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    m_fake->setRetryAfter(asDate ? imfFixdate.toLatin1() : QByteArray("20"));
    m_fake->queueFault(Fault::RateLimited);
    UpstreamCall *c = call(*m_client);
    QSignalSpy failed(c, &UpstreamCall::attemptFailed);
    QSignalSpy started(c, &UpstreamCall::attemptStarted);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(2).toInt(), 20000); // the wait announced is the header's
    QCOMPARE(c->state(), UpstreamCall::State::WaitingRetry);

    m_clock.advance(19999);
    QCOMPARE(started.count(), 0);
    m_clock.advance(1);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().at(0).toInt(), 2);
    QVERIFY(waitFinished(c));
    QVERIFY2(c->result().ok(), qPrintable(c->result().error.message));
    QCOMPARE(c->result().attempts, 2);
    QCOMPARE(m_fake->requestCount(), 2);
    QCOMPARE(c->result().elapsedMs, 20000); // the clock's time: the network took none of it
}

void TestUpstreamClient::transferTimeoutRetries()
{
    RetryPolicy p = m_client->retryPolicy();
    p.transferTimeoutMs = 300;
    m_client->setRetryPolicy(p);
    m_fake->queueFault(Fault::Hang);
    UpstreamCall *c = call(*m_client);
    QVERIFY(waitFinished(c));
    QVERIFY(c->result().ok());
    QCOMPARE(c->result().attempts, 2);
}

void TestUpstreamClient::deadlineEndsTheCallExactly()
{
    useManualClock();
    m_fake->queueFault(Fault::Hang);
    UpstreamCall *c = call(*m_client);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->inFlight(), 1, 5000);
    m_clock.advance(RetryPolicy().deadlineMs - 1);
    QCOMPARE(c->state(), UpstreamCall::State::Requesting);
    m_clock.advance(1);
    QCOMPARE(c->state(), UpstreamCall::State::Finished);
    QCOMPARE(c->result().error.kind, Kind::Deadline);
    QCOMPARE(c->result().elapsedMs, RetryPolicy().deadlineMs);
    QVERIFY(c->result().error.message.contains(QLatin1String("90.0 s")));
    QCOMPARE(m_client->inFlight(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->inFlight(), 0, 5000); // the request really went
}

void TestUpstreamClient::noRetryWhoseWaitPassesTheDeadline_data()
{
    QTest::addColumn<int>("failsAtMs");
    QTest::addColumn<bool>("retried");
    // Retry-After 20 s against the 90 s deadline.
    QTest::newRow("wait ends before it") << 69999 << true;
    QTest::newRow("wait ends on it") << 70000 << false;
}

void TestUpstreamClient::noRetryWhoseWaitPassesTheDeadline()
{
    QFETCH(int, failsAtMs);
    QFETCH(bool, retried);
    useManualClock();
    m_fake->setRetryAfter("20");
    m_fake->queueFault(Fault::RateLimited);
    UpstreamCall *c = call(*m_client);
    // The answer is read in the event loop, so it is seen at this time.
    m_clock.advance(failsAtMs);
    QSignalSpy failed(c, &UpstreamCall::attemptFailed);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(2).toInt(), retried ? 20000 : -1);
    if (retried) {
        QCOMPARE(c->state(), UpstreamCall::State::WaitingRetry);
        m_clock.advance(20000);
        QVERIFY(waitFinished(c));
        QVERIFY2(c->result().ok(), qPrintable(c->result().error.message));
    } else {
        QCOMPARE(c->state(), UpstreamCall::State::Finished);
        QCOMPARE(c->result().error.kind, Kind::RateLimited);
        QCOMPARE(m_clock.pendingAlarms(), 0);
    }
    QCOMPARE(m_fake->requestCount(), retried ? 2 : 1);
}

void TestUpstreamClient::cancelDuringBackoff()
{
    useManualClock();
    m_fake->queueFault(Fault::BadGateway, 3);
    UpstreamCall *c = call(*m_client);
    QCOMPARE(c->state(), UpstreamCall::State::Requesting);
    QSignalSpy failed(c, &UpstreamCall::attemptFailed);
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().at(2).toInt() > 0);
    QCOMPARE(c->state(), UpstreamCall::State::WaitingRetry);
    QCOMPARE(m_clock.pendingAlarms(), 2); // the retry and the deadline
    c->cancel();
    QCOMPARE(c->state(), UpstreamCall::State::Finished);
    QCOMPARE(c->result().error.kind, Kind::Cancelled);
    QCOMPARE(m_clock.pendingAlarms(), 0);
    m_clock.advance(RetryPolicy().deadlineMs);
    QCOMPARE(m_fake->requestCount(), 1);
}

void TestUpstreamClient::cancelInFlight()
{
    m_fake->queueFault(Fault::Hang);
    UpstreamCall *c = call(*m_client);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->inFlight(), 1, 5000);
    c->cancel();
    QCOMPARE(c->result().error.kind, Kind::Cancelled);
    QCOMPARE(m_client->inFlight(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->inFlight(), 0, 5000); // the connection really went
}

void TestUpstreamClient::answerForms_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("image"); // the base64 taken; empty: refused
    QTest::addColumn<QString>("why");      // part of the reason when refused

    // Sizes 1, 2 and 3 bytes past a multiple of three: base64 with "==", "=" and no padding.
    QList<QByteArray> pngs;
    for (int side = 8; pngs.size() < 3 && side < 64; ++side) {
        const QByteArray png = makeTestImage(side, "png", 1);
        if (std::none_of(pngs.cbegin(), pngs.cend(),
                         [&](const QByteArray &p) { return p.size() % 3 == png.size() % 3; }))
            pngs.append(png);
    }
    QCOMPARE(pngs.size(), 3);
    for (const QByteArray &png : pngs) {
        const QByteArray b64 = png.toBase64();
        const int padding = int(b64.count('='));
        QTest::addRow("plain, padding %d", padding)
            << R"({"provider":"vertex","image":")" + b64 + R"("})" << b64 << QString();
        QTest::addRow("spaces and image first, padding %d", padding)
            << "{ \"image\" :\t\"" + b64 + "\" , \"provider\": \"vertex\" }" << b64 << QString();
        QTest::addRow("data: prefix, padding %d", padding)
            << R"({"image":"data:image/png;base64,)" + b64 + R"("})" << b64 << QString();
    }
    const QByteArray b64 = pngs.first().toBase64();
    QByteArray escaped = b64;
    escaped.replace("/", "\\/"); // JSON may escape slashes
    QTest::newRow("escaped slashes") << R"({"image":")" + escaped + R"("})" << b64 << QString();
    QTest::newRow("padding in the middle")
        << R"({"image":")" + b64.left(8) + "==" + b64.mid(8) + R"("})" << QByteArray()
        << QStringLiteral("not valid base64");
    QTest::newRow("a character short") << R"({"image":")" + b64.chopped(1) + R"("})" << QByteArray()
                                       << QStringLiteral("not valid base64");
    QTest::newRow("url-safe alphabet")
        << R"({"image":")" + pngs.first().toBase64(QByteArray::Base64UrlEncoding) + R"("})"
        << QByteArray() << QStringLiteral("not valid base64");
    QTest::newRow("three padding characters") << R"({"image":")" + b64.chopped(4) + "A===" + R"("})"
                                              << QByteArray() << QStringLiteral("not valid base64");
    QTest::newRow("no closing quote")
        << R"({"image":")" + b64 + "}" << QByteArray() << QStringLiteral("garbage");
    QTest::newRow("empty") << QByteArray(R"({"image":""})") << QByteArray()
                           << QStringLiteral("not valid base64");
    QTest::newRow("not an image") << R"({"image":")" +
                                         QByteArray("plain text, no picture").toBase64() + R"("})"
                                  << QByteArray() << QStringLiteral("not a PNG");
}

void TestUpstreamClient::answerForms()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, image);
    QFETCH(QString, why);
    const UpstreamAnswer answer = UpstreamAnswer::parse(body, 1024 * 1024);
    if (image.isEmpty()) {
        QVERIFY(answer.error.isError());
        QVERIFY2(answer.error.message.contains(why), qPrintable(answer.error.message));
        return;
    }
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.message));
    QCOMPARE(answer.base64, image);
    QCOMPARE(answer.type, ImageType::Png);
    QCOMPARE(answer.byteSize, QByteArray::fromBase64(image).size());
}

// The public site's middleware allows 20 POSTs per address per 24 h from the first one, and
// counts refused ones too: after its quota answer nothing is sent until the window resets.
void TestUpstreamClient::quotaAnswerStopsCallsUntilTheWindowResets()
{
    useManualClock();
    QuotaWindows quotas;
    m_client->setQuotaWindows(&quotas);
    m_fake->setDailyLimit(2);
    const QDateTime first = m_clock.now();
    for (int i = 0; i < 2; ++i) {
        UpstreamCall *c = call(*m_client);
        QVERIFY(waitFinished(c));
        QVERIFY(c->result().ok());
        m_clock.advance(60 * 1000);
    }
    UpstreamCall *refused = call(*m_client);
    QVERIFY(waitFinished(refused));
    QCOMPARE(refused->result().error.kind, UpstreamError::Kind::QuotaExceeded);
    QCOMPARE(refused->result().attempts, 1); // not retried
    QCOMPARE(refused->result().error.retryAt, first.addMSecs(QuotaWindows::windowMs));
    QCOMPARE(m_fake->requestCount(), 3);

    // Answered at once, with no call, until the window can have reset.
    UpstreamCall *held = call(*m_client);
    QVERIFY(waitFinished(held));
    QCOMPARE(held->result().error.kind, UpstreamError::Kind::QuotaExceeded);
    QCOMPARE(held->result().attempts, 0);
    QCOMPARE(m_fake->requestCount(), 3);

    m_clock.advance(QuotaWindows::windowMs);
    m_fake->setDailyLimit(0);
    UpstreamCall *later = call(*m_client);
    QVERIFY(waitFinished(later));
    QVERIFY(later->result().ok());
    QCOMPARE(m_fake->requestCount(), 4);
    m_client->setQuotaWindows(nullptr);
}

// What a run learnt of a quota is there for the next run: the POSTs of the window and
// the time it resets.
void TestUpstreamClient::quotaWindowsOutliveTheRun()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("upstream-quotas.json"));
    const QString endpoint = QStringLiteral("https://example.invalid/api/generate-images");
    const QDateTime start = m_clock.now();
    {
        QuotaWindows quotas(file);
        quotas.recordPost(endpoint, start);
        quotas.recordPost(endpoint, start.addSecs(60));
        QCOMPARE(quotas.recordQuotaExceeded(endpoint, start.addSecs(120)),
                 start.addMSecs(QuotaWindows::windowMs));
    }
    const QuotaWindows again(file);
    QCOMPARE(again.postsInWindow(endpoint, start.addSecs(130)), 2);
    QCOMPARE(again.blockedUntil(endpoint, start.addSecs(130)).value_or(QDateTime()),
             start.addMSecs(QuotaWindows::windowMs));
    QVERIFY(!again.blockedUntil(endpoint, start.addMSecs(QuotaWindows::windowMs + 1)));
}

void TestUpstreamClient::failoverMovesOnFromARefusal_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("firstCalls");
    QTest::addColumn<bool>("skippedAfter"); // the refusing source is left out next time
    QTest::newRow("bot check") << Fault::AccessDenied << 1 << true;
    QTest::newRow("quota") << Fault::QuotaExceeded << 1 << true;
    QTest::newRow("platform 502 three times") << Fault::BadGateway << 3 << false;
}

// Two sources for every provider: the first refuses (or keeps failing), the request moves
// to the second at once, in the same call; a permanent refusal keeps the first out after.
void TestUpstreamClient::failoverMovesOnFromARefusal()
{
    QFETCH(Fault, fault);
    QFETCH(int, firstCalls);
    QFETCH(bool, skippedAfter);
    FakeUpstream second;
    QVERIFY(second.listen());
    second.setImageSide(32);
    QuotaWindows quotas;
    SourceHealth health;
    m_client->setQuotaWindows(&quotas);
    m_client->setSourceHealth(&health);
    SourcePlan plan;
    for (const QString &provider : SourcePlan::providers())
        plan.setSources(provider, {UpstreamSource::deployment(m_fake->endpoint()),
                                   UpstreamSource::deployment(second.endpoint())});
    m_client->setSources(plan);
    m_fake->setRetryAfter("0");
    m_fake->queueFault(fault, 3);
    UpstreamCall *c = call(*m_client);
    QSignalSpy moved(c, &UpstreamCall::sourceChanged);
    QVERIFY(waitFinished(c));
    QVERIFY2(c->result().ok(), qPrintable(c->result().error.message));
    QCOMPARE(m_fake->requestCount(), firstCalls);
    QCOMPARE(second.requestCount(), 1);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(c->result().source.url, second.endpoint());
    QCOMPARE(health.state(second.endpoint()).lastSuccess.isValid(), true);

    UpstreamCall *next = call(*m_client);
    QVERIFY(waitFinished(next));
    QVERIFY(next->result().ok());
    QCOMPARE(m_fake->requestCount(), skippedAfter ? firstCalls : firstCalls + 1);
    m_client->setQuotaWindows(nullptr);
    m_client->setSourceHealth(nullptr);
}

// The route's own 500 means its provider failed after three tries: another source would
// pay for three more, so the call ends there.
void TestUpstreamClient::failoverKeepsTheRoutesOwnError()
{
    FakeUpstream second;
    QVERIFY(second.listen());
    SourcePlan plan;
    for (const QString &provider : SourcePlan::providers())
        plan.setSources(provider, {UpstreamSource::deployment(m_fake->endpoint()),
                                   UpstreamSource::deployment(second.endpoint())});
    m_client->setSources(plan);
    m_fake->queueFault(Fault::ServerError);
    UpstreamCall *c = call(*m_client);
    QVERIFY(waitFinished(c));
    QCOMPARE(c->result().error.kind, UpstreamError::Kind::GenerationFailed);
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(second.requestCount(), 0);
}

// A call cancelled before it started (a job cancelled at once) never sends anything, even
// if start() comes after: no POST that would count against a quota.
void TestUpstreamClient::cancelledBeforeStartNeverCalls()
{
    UpstreamCall *c =
        m_client->generate({QStringLiteral("a lighthouse"), QStringLiteral("openai"),
                            QStringLiteral("dall-e-3"), QStringLiteral("test"), QString(), false},
                           this);
    QSignalSpy finished(c, &UpstreamCall::finished);
    c->cancel();
    c->start();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(c->result().error.kind, UpstreamError::Kind::Cancelled);
    QCoreApplication::processEvents();
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestUpstreamClient::oversizedImageIsRefused()
{
    m_client->setMaxImageBytes(1000);
    m_fake->setImageSide(256);
    UpstreamCall *c = call(*m_client);
    QVERIFY(waitFinished(c));
    QCOMPARE(c->result().error.kind, Kind::TooLarge);
    QCOMPARE(m_fake->requestCount(), 1);
}

void TestUpstreamClient::jobFansOutAndTranscodes()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    GenerationRequest request;
    request.prompt = QStringLiteral("four foxes");
    request.model = *ModelCatalog().resolve(QStringLiteral("replicate/flux-dev"));
    request.n = 4;
    request.outputType = ImageType::Png; // the fake sends WebP for replicate
    GenerationJob job(m_client.get(), &store, request);
    QSignalSpy finished(&job, &GenerationJob::finished);
    QSignalSpy ready(&job, &GenerationJob::imageReady);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(ready.count(), 4);
    QCOMPARE(m_fake->requestCount(), 4);
    QCOMPARE(m_fake->received().first().modelId, QStringLiteral("black-forest-labs/flux-dev"));
    for (const GeneratedImage &image : job.images()) {
        QCOMPARE(image.type, ImageType::Png);
        QCOMPARE(image.originalType, ImageType::Webp);
        QCOMPARE(ImageFormat::sniff(QByteArray::fromBase64(image.base64)), ImageType::Png);
        QCOMPARE(image.pixelSize, QSize(32, 32));
        QVERIFY(store.find(image.imageId));
        // The delivered image and the gallery's copy both say how they were made.
        const auto delivered = ImageMetadata::readFrom(QByteArray::fromBase64(image.base64));
        QVERIFY(delivered);
        QCOMPARE(delivered->prompt, QStringLiteral("four foxes"));
        QCOMPARE(delivered->modelId, QStringLiteral("replicate/flux-dev"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(store.count(), 4, 5000);
    for (const ImageRecord &record : store.query({})) {
        QFile file(record.filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QCOMPARE(ImageFormat::sniff(stored), ImageType::Webp); // the upstream's original
        QCOMPARE(ImageMetadata::readFrom(stored)->provider, QStringLiteral("replicate"));
        QCOMPARE(record.byteSize, stored.size());
    }
}

void TestUpstreamClient::jobPartialSuccess()
{
    GenerationRequest request;
    request.prompt = QStringLiteral("two");
    request.model = *ModelCatalog().resolve({});
    request.n = 2;
    m_fake->queueFault(Fault::BadRequest);
    GenerationJob job(m_client.get(), nullptr, request);
    QSignalSpy finished(&job, &GenerationJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(job.succeeded());
    QCOMPARE(job.images().size(), 1);
    QCOMPARE(job.errors().size(), 1);
    QCOMPARE(job.errors().first().kind, Kind::Rejected);
}

void TestUpstreamClient::jobCancel()
{
    GenerationRequest request;
    request.prompt = QStringLiteral("hang");
    request.model = *ModelCatalog().resolve({});
    request.n = 3;
    m_fake->queueFault(Fault::Hang, 3);
    GenerationJob job(m_client.get(), nullptr, request);
    QSignalSpy finished(&job, &GenerationJob::finished);
    QCOMPARE(job.state(), GenerationJob::State::Ready);
    job.start();
    QCOMPARE(job.state(), GenerationJob::State::Running);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->inFlight(), 3, 5000);
    job.cancel();
    QCOMPARE(job.state(), GenerationJob::State::Finished);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!job.succeeded());
    QCOMPARE(job.error().kind, Kind::Cancelled);
    QCOMPARE(m_client->inFlight(), 0);
}

// An image goes out only once the gallery has it: its file in place and its row committed.
// The store's writer is held at a gate, so the job has an answer and nothing to deliver yet.
void TestUpstreamClient::jobDeliversOnlyKeptImages()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    QSemaphore gate;
    std::atomic<int> writing{0};
    store.setFileWriter([&](const QString &path, const QByteArray &bytes, QString *e) {
        ++writing;
        gate.acquire();
        return saveFileAtomically(path, bytes, e);
    });
    const auto openGate = qScopeGuard([&] { gate.release(8); }); // the store waits for it
    GenerationJob job(m_client.get(), &store, jobRequest(QStringLiteral("a kept fox"), 1));
    QSignalSpy finished(&job, &GenerationJob::finished);
    QSignalSpy ready(&job, &GenerationJob::imageReady);
    bool keptWhenReady = false;
    connect(&job, &GenerationJob::imageReady, this, [&](const GeneratedImage &image) {
        const auto record = store.find(image.imageId);
        keptWhenReady =
            record && !store.isPending(image.imageId) && QFile::exists(record->filePath);
    });
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(writing.load(), 1, 5000);
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(ready.count(), 0); // the upstream answered; the disk has not yet
    QCOMPARE(finished.count(), 0);
    gate.release();
    QVERIFY(finished.wait(5000));
    QCOMPARE(ready.count(), 1);
    QVERIFY(keptWhenReady);
    QVERIFY(job.succeeded());
}

void TestUpstreamClient::jobReportsAnImageItCouldNotKeep()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    store.setFileWriter([](const QString &, const QByteArray &, QString *e) {
        *e = QStringLiteral("No space left on device");
        return false;
    });
    GenerationJob job(m_client.get(), &store, jobRequest(QStringLiteral("a lost fox"), 1));
    QSignalSpy finished(&job, &GenerationJob::finished);
    QSignalSpy ready(&job, &GenerationJob::imageReady);
    job.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(ready.count(), 0);
    QVERIFY(!job.succeeded());
    QCOMPARE(job.error().kind, UpstreamError::Kind::Storage);
    QVERIFY2(job.error().message.contains(QLatin1String("No space left")),
             qPrintable(job.error().message));
    QVERIFY(!job.error().countsAgainstModel());
    QCOMPARE(store.count(), 0);
}

void TestUpstreamClient::logRecordsAJobFromItsSignals()
{
    GenerationRequest request = jobRequest(QStringLiteral("two boats"), 2);
    request.source = QLatin1String(ImageRecord::sourceCli);
    m_fake->queueFault(Fault::BadGateway); // one image needs a second attempt
    RequestLog log;
    GenerationJob job(m_client.get(), nullptr, request);
    const quint64 serial = RequestLogRecorder::record(&log, &job, QStringLiteral("generate"));
    QSignalSpy logged(&log, &RequestLog::requestFinished);
    QVERIFY(log.entry(serial)->isRunning());
    job.start();
    QVERIFY(logged.wait(10000));

    const RequestLogEntry *entry = log.entry(serial);
    QVERIFY(entry);
    QCOMPARE(entry->source, QLatin1String(ImageRecord::sourceCli));
    QCOMPARE(entry->path, QStringLiteral("generate"));
    QCOMPARE(entry->model, request.model.id);
    QCOMPARE(entry->prompt, QStringLiteral("two boats"));
    QCOMPARE(entry->imageCount, 2);
    QCOMPARE(entry->status, 200);
    QCOMPARE(entry->attempts, 3);
    QList<int> perImage = entry->imageAttempts;
    std::sort(perImage.begin(), perImage.end());
    QCOMPARE(perImage, (QList<int>{1, 2}));
    qint64 bytes = 0;
    for (const GeneratedImage &image : job.images())
        bytes += image.byteSize;
    QVERIFY(bytes > 0);
    QCOMPARE(entry->bytes, bytes);
    QVERIFY(entry->upstreamLatencyMs >= 0);
    const QString events = entry->events.join(QLatin1Char('\n'));
    QVERIFY2(events.contains(QLatin1String(": attempt 1 failed after")), qPrintable(events));
    QVERIFY2(events.contains(QLatin1String(": retrying in")), qPrintable(events));
    QVERIFY2(events.contains(QLatin1String(": attempt 2 of 3")), qPrintable(events));
    QCOMPARE(events.count(QLatin1String(" 32x32, ")), 2);
}

void TestUpstreamClient::logRecordsAFailedJob()
{
    const GenerationRequest request = jobRequest(QStringLiteral("refused"), 1);
    m_fake->queueFault(Fault::BadRequest);
    RequestLog log;
    GenerationJob job(m_client.get(), nullptr, request);
    const quint64 serial = RequestLogRecorder::record(&log, &job, QStringLiteral("generate"));
    QSignalSpy logged(&log, &RequestLog::requestFinished);
    job.start();
    QVERIFY(logged.wait(10000));
    const RequestLogEntry *entry = log.entry(serial);
    QCOMPARE(entry->status, 502); // as the API reports a refused upstream request
    QCOMPARE(entry->status, job.error().answerStatus());
    QCOMPARE(entry->bytes, 0);
    QCOMPARE(entry->attempts, 1);
    QVERIFY(entry->error.contains(QLatin1String("400")));
}

void TestUpstreamClient::answerBudgetIsFirstComeFirstServed()
{
    AnswerBudget budget(10);
    QObject context;
    QStringList order;
    QList<AnswerBudget::Grant> held;
    auto ask = [&](const QString &name, qint64 bytes) {
        budget.request(bytes, &context, [&, name](AnswerBudget::Grant grant) {
            order.append(name);
            held.append(std::move(grant));
        });
    };
    ask(QStringLiteral("a"), 6);
    ask(QStringLiteral("b"), 6); // does not fit beside a
    ask(QStringLiteral("c"), 1); // would fit, but b came first
    QCOMPARE(order, QStringList{QStringLiteral("a")});
    QCOMPARE(budget.inUse(), 6);
    QCOMPARE(budget.waiting(), 2);
    held.removeFirst(); // a's answer reached the store
    QCOMPARE(order, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(budget.inUse(), 7);
    held.clear();
    QCOMPARE(budget.inUse(), 0);
    QCOMPARE(budget.waiting(), 0);
}

void TestUpstreamClient::answerBudgetLetsAnOversizedAnswerInAlone()
{
    AnswerBudget budget(10);
    QObject context;
    int granted = 0;
    AnswerBudget::Grant big;
    budget.request(50, &context, [&](AnswerBudget::Grant grant) {
        ++granted;
        big = std::move(grant);
    });
    QCOMPARE(granted, 1); // nothing else held: it may not wait forever
    AnswerBudget::Grant small;
    budget.request(1, &context, [&](AnswerBudget::Grant grant) {
        ++granted;
        small = std::move(grant);
    });
    QCOMPARE(granted, 1);
    big.reset();
    QCOMPARE(granted, 2);
    QCOMPARE(budget.inUse(), 1);
}

void TestUpstreamClient::answerBudgetOutlivedByItsGrants()
{
    AnswerBudget::Grant kept;
    int granted = 0;
    {
        AnswerBudget budget(4);
        auto gone = std::make_unique<QObject>();
        QObject alive;
        budget.request(4, &alive, [&](AnswerBudget::Grant grant) { kept = std::move(grant); });
        budget.request(4, gone.get(), [&](AnswerBudget::Grant) { ++granted; });
        gone.reset(); // its call was deleted while it waited
        budget.setLimit(8);
        QCOMPARE(granted, 0);
        QCOMPARE(budget.waiting(), 0);
        QCOMPARE(budget.inUse(), 4);
    }
    kept.reset(); // the budget is gone; letting go must not touch it
    QCOMPARE(granted, 0);
}

void TestUpstreamClient::answersWaitForRoomInTheBudget_data()
{
    QTest::addColumn<int>("side");
    QTest::newRow("answers that fit the waiting buffer") << 32;
    QTest::newRow("answers larger than the waiting buffer") << 640;
}

void TestUpstreamClient::answersWaitForRoomInTheBudget()
{
    QFETCH(int, side);
    m_fake->setImageSide(side);
    m_client->answerBudget().setLimit(1); // one answer in memory at a time
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    const GenerationRequest request = jobRequest(QStringLiteral("one at a time"), 4);
    // The budget is full (another answer on its way to the store) when the job starts.
    AnswerBudget::Grant other;
    m_client->answerBudget().request(1, this, [&](AnswerBudget::Grant g) { other = std::move(g); });
    GenerationJob job(m_client.get(), &store, request);
    QSignalSpy finished(&job, &GenerationJob::finished);
    QSignalSpy ready(&job, &GenerationJob::imageReady);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->answerBudget().waiting(), 4, 10000);
    QCOMPARE(ready.count(), 0); // all four answered, none taken
    other.reset();
    QVERIFY(finished.wait(20000));
    QCOMPARE(job.images().size(), 4);
    for (const GeneratedImage &image : job.images())
        QCOMPARE(image.pixelSize, QSize(side, side));
    // Every grant is given back once the store has the image.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->answerBudget().inUse(), 0, 5000);
    QCOMPARE(m_client->answerBudget().waiting(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(store.count(), 4, 5000);
}

QTEST_GUILESS_MAIN(TestUpstreamClient)
#include "tst_upstreamclient.moc"
