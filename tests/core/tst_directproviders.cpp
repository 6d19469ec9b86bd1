#include "AppContext.h"
#include "FakeProviders.h"
#include "FakeUpstream.h"
#include "ManualClock.h"
#include "MemoryKeychain.h"
#include "TestPolicies.h"
#include "image/Base64.h"
#include "keys/ProviderKeyring.h"
#include "keys/RsaSha256.h"
#include "upstream/SourceHealth.h"
#include "upstream/UpstreamClient.h"
#include "upstream/direct/GoogleTokens.h"
#include "upstream/direct/ImageShape.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using Kind = UpstreamError::Kind;

// The four providers called directly with the user's keys, against fakes of their APIs:
// each call's fields, sizes that take effect, named errors, the calls each outcome costs,
// the keys' keeping and where they may go.
class TestDirectProviders : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rs256IsOpenSslsKnownAnswer();
    void googleAssertionIsAValidJwt();
    void eachProviderMakesAnImage_data();
    void eachProviderMakesAnImage();
    void sizesTakeEffect_data();
    void sizesTakeEffect();
    void replicatePollsThenDownloadsWithoutTheKey();
    void replicatePredictionIsCancelledAtTheDeadline();
    void safetyRefusalIsAContentPolicyErrorNotRetried_data();
    void safetyRefusalIsAContentPolicyErrorNotRetried();
    void providerFailureIsRetriedWithBackoff();
    void rateLimitWaitsForRetryAfter();
    void wrongKeyDisablesTheSourceAndFallsOver();
    void missingKeyIsNamedWithoutACall();
    void directOnlyModelNeedsADirectSource();
    void vertexTokenIsCachedThenRenewed();
    void envFileReadsTheTemplatesVariables();
    void keysStayOutOfSettingsAndLogs();

private:
    UpstreamCall *generate(const QString &provider, const QString &model,
                           const QString &prompt = QStringLiteral("a lighthouse"),
                           const QString &shape = QString());
    static bool finishes(UpstreamCall *call, int ms = 15000);
    static GoogleServiceAccount testAccount();
    void configure(const SourcePlan &plan);

    ManualClock m_manualClock;
    std::unique_ptr<FakeProviders> m_fake;
    std::unique_ptr<UpstreamClient> m_client;
    std::shared_ptr<ProviderKeys> m_keys;
    GoogleTokens m_tokens;
    std::unique_ptr<SourceHealth> m_health;
    Clock *m_clock = Clock::system();
};

GoogleServiceAccount TestDirectProviders::testAccount()
{
    QFile file(QStringLiteral(":/test/test-service-account.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString error;
    return GoogleServiceAccount::fromJson(file.readAll(), &error).value_or(GoogleServiceAccount{});
}

void TestDirectProviders::init()
{
    m_fake = std::make_unique<FakeProviders>();
    QVERIFY(m_fake->listen());
    const QHash<QString, QString> keys = m_fake->acceptTestKeys();
    QVERIFY(!keys.isEmpty());
    qputenv("IMAGEBRIDGE_GOOGLE_TOKEN_URL", m_fake->tokenUrl().toEncoded());
    m_keys = std::make_shared<ProviderKeys>();
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        m_keys->set(it.key(), it.value());
    m_clock = Clock::system();
    m_health = std::make_unique<SourceHealth>();
    SourcePlan plan;
    for (const QString &provider : SourcePlan::providers())
        plan.setSources(provider, {UpstreamSource::direct(provider, m_fake->baseUrl(provider))});
    configure(plan);
}

void TestDirectProviders::configure(const SourcePlan &plan)
{
    UpstreamSetup setup;
    setup.sources = plan;
    setup.retry = fastRetryPolicy(3000);
    setup.clock = m_clock;
    setup.health = m_health.get();
    setup.keys = m_keys;
    setup.tokens = &m_tokens;
    m_client = UpstreamClient::create(setup);
}

void TestDirectProviders::cleanup()
{
    qDeleteAll(findChildren<UpstreamCall *>(QString(), Qt::FindDirectChildrenOnly));
    m_client.reset();
    m_fake.reset();
    m_tokens.forget(testAccount());
    qunsetenv("IMAGEBRIDGE_GOOGLE_TOKEN_URL");
}

UpstreamCall *TestDirectProviders::generate(const QString &provider, const QString &model,
                                            const QString &prompt, const QString &shape)
{
    UpstreamCall *call =
        m_client->generate({prompt, provider, model, QStringLiteral("test"), shape, false}, this);
    call->start();
    return call;
}

bool TestDirectProviders::finishes(UpstreamCall *call, int ms)
{
    QSignalSpy spy(call, &UpstreamCall::finished);
    return call->isFinished() || spy.wait(ms);
}

void TestDirectProviders::rs256IsOpenSslsKnownAnswer()
{
    // openssl dgst -sha256 -sign (the test key) of the same bytes: PKCS #1 v1.5 signatures
    // are deterministic, so every backend (OpenSSL, Windows CNG) must give exactly these.
    QString error;
    const auto signature = RsaSha256::sign(testAccount().privateKey.toUtf8(),
                                           QByteArrayLiteral("imagebridge known answer"), &error);
    QVERIFY2(signature, qPrintable(error));
    QCOMPARE(
        signature->toBase64(),
        QByteArrayLiteral("YpwIKgQR0lhB2c7MqfPpr+cgOKNkZOH2jTJb/"
                          "s4SRNkSkUHGN0SFTx575mHNMzczigdwZSASvqIJbunPdqmp0lmNedoaVvUWgun0GkkMk+"
                          "FpeX6XHpe5Nf3bqPqmT42o10wgHgybQit91Obo6BgD5CFcE4WcVzl1AfI9W3fhMqnyPAzZew"
                          "gR//yEIZnIdDg4X8SB6wbEeKBZ7+8MBFwVDlwbrA7b2Ocub0ArgT//Xm4/"
                          "hW3nWSvLi4porgQCN0MO9wKgRMWlhC5E4IKrV8v3Kpv7G++"
                          "F1N92mcFPX5zWVPmU3AYBazx3heO0CTh0GM2ZxgBfYdZMllPrGnyBe/8GQA=="));
    QVERIFY(!RsaSha256::sign(
        "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n", "x", &error));
    QVERIFY(!error.isEmpty());
}

void TestDirectProviders::googleAssertionIsAValidJwt()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, QTimeZone::utc());
    QString error;
    const auto jwt = GoogleTokens::assertion(testAccount(), m_fake->tokenUrl(), now, &error);
    QVERIFY2(jwt, qPrintable(error));
    const QList<QByteArray> parts = jwt->split('.');
    QCOMPARE(parts.size(), 3);
    const auto decode = [](const QByteArray &part) {
        return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding))
            .object();
    };
    QCOMPARE(decode(parts[0]).value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(decode(parts[0]).value(QLatin1String("kid")).toString(), testAccount().privateKeyId);
    const QJsonObject claims = decode(parts[1]);
    QCOMPARE(claims.value(QLatin1String("iss")).toString(), testAccount().clientEmail);
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), m_fake->tokenUrl().toString());
    QCOMPARE(claims.value(QLatin1String("scope")).toString(),
             QStringLiteral("https://www.googleapis.com/auth/cloud-platform"));
    QCOMPARE(claims.value(QLatin1String("exp")).toInteger(), 1800003600);
    // The signature is over the first two parts, with the key.
    const auto again =
        RsaSha256::sign(testAccount().privateKey.toUtf8(), parts[0] + '.' + parts[1], &error);
    QCOMPARE(QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding), *again);
}

void TestDirectProviders::eachProviderMakesAnImage_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("field"); // in the request body
    QTest::newRow("openai") << "openai"
                            << "dall-e-3"
                            << "\"response_format\":\"b64_json\"";
    QTest::newRow("replicate") << "replicate"
                               << "black-forest-labs/flux-schnell"
                               << "\"size\":\"1024x1024\"";
    QTest::newRow("fireworks flux") << "fireworks"
                                    << "accounts/fireworks/models/flux-1-dev-fp8"
                                    << "\"aspect_ratio\":\"1:1\"";
    QTest::newRow("fireworks sdxl") << "fireworks"
                                    << "accounts/fireworks/models/stable-diffusion-xl-1024-v1-0"
                                    << "\"samples\":1";
    QTest::newRow("vertex") << "vertex"
                            << "imagen-3.0-fast-generate-001"
                            << "\"addWatermark\":false";
}

void TestDirectProviders::eachProviderMakesAnImage()
{
    QFETCH(QString, provider);
    QFETCH(QString, model);
    QFETCH(QString, field);
    UpstreamCall *call = generate(provider, model);
    QVERIFY(finishes(call));
    QVERIFY2(call->result().ok(), qPrintable(call->result().error.message));
    QVERIFY(call->result().type != ImageType::Unknown);
    QCOMPARE(call->result().source.kind, UpstreamSource::Kind::Direct);
    QCOMPARE(call->result().attempts, 1);
    QCOMPARE(call->result().providerCalls, 1); // one billed call per delivered image
    QCOMPARE(m_fake->generations(provider), 1);
    QVERIFY2(m_fake->lastBody(provider).contains(field.toUtf8()), m_fake->lastBody(provider));
    if (provider != QLatin1String("openai")) // a random seed, as the template's route sends
        QVERIFY(m_fake->lastBody(provider).contains("\"seed\":"));
}

void TestDirectProviders::sizesTakeEffect_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("openai 1536x1024") << "openai"
                                      << "gpt-image-1"
                                      << "1536x1024" << QSize(1536, 1024);
    QTest::newRow("dall-e-3 nearest") << "openai"
                                      << "dall-e-3"
                                      << "1600x900" << QSize(1792, 1024);
    QTest::newRow("replicate 16:9") << "replicate"
                                    << "black-forest-labs/flux-schnell"
                                    << "16:9" << QSize(256, 144);
    QTest::newRow("fireworks 16:9") << "fireworks"
                                    << "accounts/fireworks/models/flux-1-dev-fp8"
                                    << "16:9" << QSize(256, 144);
    QTest::newRow("vertex 1920x1080 is 16:9") << "vertex"
                                              << "imagen-3.0-generate-002"
                                              << "1920x1080" << QSize(256, 144);
    QTest::newRow("fireworks 5:3 nearest 16:9") << "fireworks"
                                                << "accounts/fireworks/models/ssd-1b"
                                                << "5:3" << QSize(256, 144);
}

void TestDirectProviders::sizesTakeEffect()
{
    QFETCH(QString, provider);
    QFETCH(QString, model);
    QFETCH(QString, shape);
    QFETCH(QSize, expected);
    UpstreamCall *call = generate(provider, model, QStringLiteral("a wide bay"), shape);
    QVERIFY(finishes(call));
    QVERIFY2(call->result().ok(), qPrintable(call->result().error.message));
    const QImage image = QImage::fromData(QByteArray::fromBase64(call->result().base64));
    QCOMPARE(image.size(), expected);
}

void TestDirectProviders::replicatePollsThenDownloadsWithoutTheKey()
{
    m_fake->setReplicatePolls(1);
    UpstreamCall *call =
        generate(QStringLiteral("replicate"), QStringLiteral("black-forest-labs/flux-dev"));
    QVERIFY(finishes(call));
    QVERIFY2(call->result().ok(), qPrintable(call->result().error.message));
    QCOMPARE(m_fake->counts().polls, 2); // one "processing", then "succeeded"
    QCOMPARE(m_fake->counts().downloads, 1);
    QCOMPARE(m_fake->counts().generations, 1);
    for (const auto &[path, authorization] : m_fake->authorizations()) {
        if (path.startsWith(QLatin1String("/delivery/")))
            QVERIFY2(authorization.isEmpty(), "the output download must not carry the key");
        else
            QCOMPARE(authorization,
                     "Bearer " + m_keys->bearer(QStringLiteral("replicate")).toLatin1());
    }
}

void TestDirectProviders::replicatePredictionIsCancelledAtTheDeadline()
{
    m_fake->setReplicateForever(true);
    RetryPolicy policy = fastRetryPolicy(3000);
    policy.deadlineMs = 1500; // one poll, then the deadline
    UpstreamSetup setup;
    setup.sources.setSources(
        QStringLiteral("replicate"),
        {UpstreamSource::direct(QStringLiteral("replicate"),
                                m_fake->baseUrl(QStringLiteral("replicate")))});
    setup.retry = policy;
    setup.keys = m_keys;
    m_client = UpstreamClient::create(setup);
    UpstreamCall *call =
        generate(QStringLiteral("replicate"), QStringLiteral("black-forest-labs/flux-dev"));
    QVERIFY(finishes(call));
    QCOMPARE(call->result().error.kind, Kind::Deadline);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->counts().cancels, 1, 5000);
    QCOMPARE(m_fake->counts().generations, 1);
}

void TestDirectProviders::safetyRefusalIsAContentPolicyErrorNotRetried_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");
    QTest::newRow("openai") << "openai"
                            << "dall-e-3";
    QTest::newRow("replicate") << "replicate"
                               << "black-forest-labs/flux-pro";
    QTest::newRow("fireworks") << "fireworks"
                               << "accounts/fireworks/models/playground-v2-5-1024px-aesthetic";
    QTest::newRow("vertex") << "vertex"
                            << "imagen-3.0-generate-001";
}

void TestDirectProviders::safetyRefusalIsAContentPolicyErrorNotRetried()
{
    QFETCH(QString, provider);
    QFETCH(QString, model);
    UpstreamCall *call = generate(provider, model, QStringLiteral("something [provider-unsafe]"));
    QVERIFY(finishes(call));
    QCOMPARE(call->result().error.kind, Kind::ContentPolicy);
    QCOMPARE(call->result().error.answerStatus(), 400);
    QCOMPARE(call->result().attempts, 1);
    QCOMPARE(m_fake->generations(provider), 1); // one billed call, and no other
}

void TestDirectProviders::providerFailureIsRetriedWithBackoff()
{
    m_fake->queueFailure(QStringLiteral("openai"), 500);
    UpstreamCall *call = generate(QStringLiteral("openai"), QStringLiteral("dall-e-2"));
    QVERIFY(finishes(call));
    QVERIFY2(call->result().ok(), qPrintable(call->result().error.message));
    QCOMPARE(call->result().attempts, 2); // ImageBridge alone retries: its count is the calls
    QCOMPARE(m_fake->generations(QStringLiteral("openai")), 2);
}

void TestDirectProviders::rateLimitWaitsForRetryAfter()
{
    m_clock = &m_manualClock;
    SourcePlan plan;
    plan.setSources(QStringLiteral("fireworks"),
                    {UpstreamSource::direct(QStringLiteral("fireworks"),
                                            m_fake->baseUrl(QStringLiteral("fireworks")))});
    configure(plan);
    m_fake->setRetryAfter("2");
    m_fake->queueFailure(QStringLiteral("fireworks"), 429);
    UpstreamCall *call =
        generate(QStringLiteral("fireworks"), QStringLiteral("accounts/fireworks/models/ssd-1b"));
    QSignalSpy failed(call, &UpstreamCall::attemptFailed);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(2).toInt(), 2000); // Retry-After, to the millisecond
    m_manualClock.advance(1999);
    QCOMPARE(m_fake->generations(QStringLiteral("fireworks")), 1);
    m_manualClock.advance(1);
    QVERIFY(finishes(call));
    QVERIFY2(call->result().ok(), qPrintable(call->result().error.message));
    QCOMPARE(m_fake->generations(QStringLiteral("fireworks")), 2);
}

void TestDirectProviders::wrongKeyDisablesTheSourceAndFallsOver()
{
    FakeUpstream deployment;
    QVERIFY(deployment.listen());
    deployment.setImageSide(32);
    m_keys->set(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-revoked-key-000"));
    SourcePlan plan;
    plan.setSources(QStringLiteral("openai"),
                    {UpstreamSource::direct(QStringLiteral("openai"),
                                            m_fake->baseUrl(QStringLiteral("openai"))),
                     UpstreamSource::deployment(deployment.endpoint())});
    configure(plan);
    UpstreamCall *first = generate(QStringLiteral("openai"), QStringLiteral("dall-e-3"));
    QSignalSpy moved(first, &UpstreamCall::sourceChanged);
    QVERIFY(finishes(first));
    QVERIFY2(first->result().ok(), qPrintable(first->result().error.message));
    QCOMPARE(first->result().source.kind, UpstreamSource::Kind::Deployment);
    QCOMPARE(moved.size(), 1);
    const auto error = moved.first().at(1).value<UpstreamError>();
    QCOMPARE(error.kind, Kind::KeyRejected);
    QVERIFY2(error.message.contains(QLatin1String("OPENAI_API_KEY")), qPrintable(error.message));
    QVERIFY(!error.message.contains(QLatin1String("sk-revoked-key-000")));
    QCOMPARE(m_fake->counts().refusedKeys, 1);
    // Disabled: the next request goes straight to the deployment.
    UpstreamCall *second = generate(QStringLiteral("openai"), QStringLiteral("dall-e-3"));
    QVERIFY(finishes(second));
    QVERIFY(second->result().ok());
    QCOMPARE(m_fake->counts().refusedKeys, 1);
    QCOMPARE(deployment.requestCount(), 2);
}

void TestDirectProviders::missingKeyIsNamedWithoutACall()
{
    m_keys = std::make_shared<ProviderKeys>();
    SourcePlan plan;
    plan.setSources(QStringLiteral("vertex"),
                    {UpstreamSource::direct(QStringLiteral("vertex"),
                                            m_fake->baseUrl(QStringLiteral("vertex")))});
    configure(plan);
    QVERIFY(!m_client->hasUsableSource(QStringLiteral("vertex")));
    UpstreamCall *call =
        generate(QStringLiteral("vertex"), QStringLiteral("imagen-3.0-fast-generate-001"));
    QVERIFY(finishes(call));
    QCOMPARE(call->result().error.kind, Kind::KeyRejected);
    QVERIFY(call->result().error.message.contains(QLatin1String("GOOGLE_PRIVATE_KEY")));
    QCOMPARE(m_fake->counts().tokens + m_fake->counts().generations, 0);
}

// OpenAI's own current models (gpt-image-*) are made only through a direct source: with the
// public site or a deployment first, the direct one is used; with none, the call fails at
// once, naming the key, and nothing is called.
void TestDirectProviders::directOnlyModelNeedsADirectSource()
{
    FakeUpstream site;
    QVERIFY(site.listen());
    SourcePlan plan;
    plan.setSources(QStringLiteral("openai"),
                    {UpstreamSource::deployment(site.endpoint()),
                     UpstreamSource::direct(QStringLiteral("openai"),
                                            m_fake->baseUrl(QStringLiteral("openai")))});
    configure(plan);
    UpstreamRequest request{QStringLiteral("a lighthouse"),
                            QStringLiteral("openai"),
                            QStringLiteral("gpt-image-1"),
                            QStringLiteral("test"),
                            QString(),
                            true};
    UpstreamCall *call = m_client->generate(request, this);
    call->start();
    QVERIFY(finishes(call));
    QVERIFY2(call->result().ok(), qPrintable(call->result().error.message));
    QCOMPARE(site.requestCount(), 0);
    QCOMPARE(m_fake->generations(QStringLiteral("openai")), 1);

    plan.setSources(QStringLiteral("openai"), {UpstreamSource::deployment(site.endpoint())});
    configure(plan);
    call = m_client->generate(request, this);
    call->start();
    QVERIFY(finishes(call));
    QCOMPARE(call->result().error.kind, Kind::KeyRejected);
    QVERIFY2(call->result().error.message.contains(QLatin1String("OPENAI_API_KEY")),
             qPrintable(call->result().error.message));
    QCOMPARE(site.requestCount(), 0);
    QCOMPARE(m_fake->generations(QStringLiteral("openai")), 1);
}

void TestDirectProviders::vertexTokenIsCachedThenRenewed()
{
    m_clock = &m_manualClock;
    m_fake->setTokenClock([this] { return m_manualClock.now().toSecsSinceEpoch(); });
    SourcePlan plan;
    plan.setSources(QStringLiteral("vertex"),
                    {UpstreamSource::direct(QStringLiteral("vertex"),
                                            m_fake->baseUrl(QStringLiteral("vertex")))});
    configure(plan);
    const QString model = QStringLiteral("imagen-3.0-fast-generate-001");
    for (int i = 0; i < 2; ++i) {
        UpstreamCall *call = generate(QStringLiteral("vertex"), model);
        QVERIFY(finishes(call));
        QVERIFY2(call->result().ok(), qPrintable(call->result().error.message));
    }
    QCOMPARE(m_fake->counts().tokens, 1); // cached
    m_manualClock.advance(3600 * 1000);   // expired: a new one
    UpstreamCall *later = generate(QStringLiteral("vertex"), model);
    QVERIFY(finishes(later));
    QVERIFY(later->result().ok());
    QCOMPARE(m_fake->counts().tokens, 2);
    QCOMPARE(m_fake->counts().refusedKeys, 0); // renewed before it was refused
}

void TestDirectProviders::envFileReadsTheTemplatesVariables()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral(".env.local"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "# the template's .env.local\n"
        "OPENAI_API_KEY=sk-from-file # a comment\n"
        "export REPLICATE_API_TOKEN='r8_quoted'\n"
        "GOOGLE_PRIVATE_KEY=\"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n\"\n"
        "FIREWORKS_API_KEY=\"-----multi\n"
        "line-----\"\n"
        "NOT_OURS=ignored\n");
    file.close();
    QString error;
    const auto keys = ProviderKeys::fromEnvFile(path, &error);
    QVERIFY2(keys, qPrintable(error));
    QCOMPARE(keys->value(QStringLiteral("OPENAI_API_KEY")), QStringLiteral("sk-from-file"));
    QCOMPARE(keys->value(QStringLiteral("REPLICATE_API_TOKEN")), QStringLiteral("r8_quoted"));
    QCOMPARE(keys->value(QStringLiteral("GOOGLE_PRIVATE_KEY")),
             QStringLiteral("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"));
    QCOMPARE(keys->value(QStringLiteral("FIREWORKS_API_KEY")),
             QStringLiteral("-----multi\nline-----"));
    QVERIFY(keys->value(QStringLiteral("NOT_OURS")).isEmpty());
    QVERIFY(!ProviderKeys::fromEnvFile(dir.filePath(QStringLiteral("missing")), &error));
    QVERIFY(error.contains(QLatin1String("missing")));
}

namespace {
QStringList *captured = nullptr;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (captured)
        captured->append(message);
}
} // namespace

void TestDirectProviders::keysStayOutOfSettingsAndLogs()
{
    QTemporaryDir dir;
    auto keychain = std::make_shared<MemoryKeychain>();
    AppOptions options;
    options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    options.dataFolder = dir.filePath(QStringLiteral("data"));
    options.keychain = keychain;
    options.sources = QStringList{QStringLiteral("openai=direct:") +
                                  m_fake->baseUrl(QStringLiteral("openai")).toString()};
    QString error;
    auto context = AppContext::create(options, &error);
    QVERIFY2(context, qPrintable(error));
    ProviderKeys openai;
    openai.set(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-wrong-secret-value-42"));
    QVERIFY2(context->saveProviderKeys(QStringLiteral("openai"), openai, &error),
             qPrintable(error));
    QCOMPARE(keychain->entries().value(QStringLiteral("OPENAI_API_KEY")),
             QStringLiteral("sk-wrong-secret-value-42"));
    QCOMPARE(context->keyring().origin(QStringLiteral("openai")),
             ProviderKeyring::Origin::Keychain);

    QStringList messages;
    captured = &messages;
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    QLoggingCategory::setFilterRules(QStringLiteral("imagebridge.*=true"));
    UpstreamCall *call = context->upstream().generate(
        {QStringLiteral("a lighthouse"), QStringLiteral("openai"), QStringLiteral("dall-e-3"),
         QStringLiteral("test"), QString()},
        this);
    call->start();
    QVERIFY(finishes(call));
    qInstallMessageHandler(previous);
    captured = nullptr;
    QLoggingCategory::setFilterRules(QStringLiteral("imagebridge.*.info=false"));
    QCOMPARE(call->result().error.kind, Kind::KeyRejected);
    QVERIFY(!messages.isEmpty());
    for (const QString &line : std::as_const(messages))
        QVERIFY2(!line.contains(QLatin1String("sk-wrong-secret-value-42")), qPrintable(line));
    QVERIFY(!call->result().error.message.contains(QLatin1String("sk-wrong-secret-value-42")));
    context->settings().setSourceSpecs(*options.sources); // the settings file is written
    context->settings().sync();
    QFile settings(options.settingsFile);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("sk-wrong-secret-value-42"));
    // Where no keychain service runs, a key is refused there, not written elsewhere.
    keychain->setUnavailable(true);
    openai.set(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-another-secret-43"));
    QVERIFY(!context->saveProviderKeys(QStringLiteral("openai"), openai, &error));
    QVERIFY(error.contains(QLatin1String("OPENAI_API_KEY")));
    for (const QFileInfo &info :
         QDir(dir.path()).entryInfoList(QDir::Files | QDir::NoDotAndDotDot)) {
        QFile f(info.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("sk-another-secret"), qPrintable(info.filePath()));
    }
}

QTEST_GUILESS_MAIN(TestDirectProviders)
#include "tst_directproviders.moc"
