#include "ApiEngine.h"
#include "AppContext.h"
#include "FakeProviders.h"
#include "FakeUpstream.h"
#include "ManualClock.h"
#include "TestHttp.h"
#include "TestPolicies.h"

#include <QImage>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The composition root and the engine thread: the options win over saved settings, the
// API answers while the calling thread is blocked, and what the engine saves and logs
// reaches the context's store and request log.
class TestApiEngine : public QObject
{
    Q_OBJECT

private:
    static constexpr char key[] = "engine-key-0123456789";

    std::unique_ptr<AppContext> makeContext(const QTemporaryDir &dir, AppOptions options = {})
    {
        options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        options.dataFolder = dir.filePath(QStringLiteral("data"));
        QString error;
        auto context = AppContext::create(options, &error);
        if (!context)
            qWarning().noquote() << error;
        return context;
    }

private slots:
    void optionsWinOverSavedSettings()
    {
        QTemporaryDir dir;
        {
            AppSettings saved(dir.filePath(QStringLiteral("settings.ini")));
            saved.setHost(QStringLiteral("127.0.0.1"));
            saved.setPort(9001);
            saved.setUpstreamUrl(QUrl(QStringLiteral("https://saved.example/api")));
            saved.setApiKey(QStringLiteral("saved-key-0123"));
        }
        AppOptions options;
        options.upstream = QUrl(QStringLiteral("http://127.0.0.1:1/override"));
        options.port = 9002;
        options.apiKey = QStringLiteral("  option-key-0123 ");
        ManualClock clock;
        QRandomGenerator random(7);
        options.clock = &clock;
        options.random = &random;
        const auto context = makeContext(dir, options);
        QVERIFY(context);
        QString error;
        auto setup = ApiEngine::Setup::from(*context, &error);
        QVERIFY2(setup, qPrintable(error));
        QCOMPARE(setup->upstream.sources.sources(QStringLiteral("openai")).value(0).url,
                 *options.upstream);
        // The engine's own client runs on the run's clock and jitter source.
        QCOMPARE(setup->upstream.clock, &clock);
        QCOMPARE(setup->upstream.random, &random);
        QCOMPARE(setup->server.port, quint16(9002));
        QCOMPARE(setup->server.apiKey, QStringLiteral("option-key-0123"));
        QCOMPARE(context->upstream().endpoint(), *options.upstream);

        // Applying edited settings keeps every option.
        context->settings().setUpstreamUrl(QUrl(QStringLiteral("https://edited.example/api")));
        context->settings().setPort(9003);
        context->applySettings();
        QCOMPARE(context->upstream().endpoint(), *options.upstream);
        setup = ApiEngine::Setup::from(*context, &error);
        QCOMPARE(setup->upstream.sources.sources(QStringLiteral("openai")).value(0).url,
                 *options.upstream);
        QCOMPARE(setup->server.port, quint16(9002));

        // Choosing an address in the studio replaces the option it stood for.
        context->setEndpoint(QStringLiteral("127.0.0.1"), 9004);
        QCOMPARE(context->port(), quint16(9004));
        QCOMPARE(context->apiKey(), QStringLiteral("option-key-0123"));
    }

    void aHostThatIsNotAnAddressIsRefused()
    {
        QTemporaryDir dir;
        AppOptions options;
        options.host = QStringLiteral("example.com");
        const auto context = makeContext(dir, options);
        QVERIFY(context);
        QString error;
        QVERIFY(!ApiEngine::Setup::from(*context, &error));
        QVERIFY(error.contains(QLatin1String("example.com")));
    }

    void answersWhileTheCallingThreadIsBlocked()
    {
        QTemporaryDir dir;
        const auto context = makeContext(dir);
        QVERIFY(context);
        QString error;
        auto setup = ApiEngine::Setup::from(*context, &error);
        QVERIFY(setup);
        setup->server.port = 0;
        ApiEngine engine(&context->catalog(), context->store().folder(), &context->log());
        QVERIFY2(engine.start(*setup, &error), qPrintable(error));
        QVERIFY(engine.engineThread() != QThread::currentThread());

        // waitFor* blocks this thread without running its event loop: only a server in
        // another thread can answer.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, engine.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(5000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    }

    void imagesAndLogReachTheContext()
    {
        QTemporaryDir dir;
        FakeUpstream upstream;
        upstream.setImageSide(64);
        QVERIFY(upstream.listen());
        AppOptions options;
        options.upstream = upstream.endpoint();
        options.apiKey = QString::fromLatin1(key);
        options.retryPolicy = fastRetryPolicy();
        options.port = 0;
        const auto context = makeContext(dir, options);
        QVERIFY(context);
        QString error;
        const auto setup = ApiEngine::Setup::from(*context, &error);
        QVERIFY(setup);
        ApiEngine engine(&context->catalog(), context->store().folder(), &context->log());
        connect(&engine, &ApiEngine::imageAdded, &context->store(), &ImageStore::announceAdded);
        QSignalSpy added(&context->store(), &ImageStore::imageAdded);
        QVERIFY(engine.start(*setup, &error));

        TestHttp http(engine.baseUrl().adjusted(QUrl::RemovePath), key);
        const TestResponse response = http.postJson(QStringLiteral("/v1/images/generations"),
                                                    {{"prompt", "from the engine"}, {"n", 2}});
        QCOMPARE(response.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 2, 5000);
        const ImageRecord record = added.at(0).at(0).value<ImageRecord>();
        QCOMPARE(record.prompt, QStringLiteral("from the engine"));
        QVERIFY(QFile::exists(record.filePath));
        // The context's own connection finds what the engine's saved.
        QVERIFY(context->store().find(record.id));

        RequestLog &log = context->log();
        QTRY_VERIFY_WITH_TIMEOUT(log.rowCount() == 1 && !log.at(0).isRunning(), 5000);
        QCOMPARE(log.at(0).status, 200);
        QCOMPARE(log.at(0).imageCount, 2);
        QCOMPARE(log.at(0).attempts, 2);

        // Stopped, the port is closed; started again, it serves.
        const quint16 port = engine.port();
        engine.stop();
        QVERIFY(!engine.isRunning());
        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!refused.waitForConnected(2000)); // nothing listens
        QVERIFY(engine.start(*setup, &error));
        QCOMPARE(TestHttp(engine.baseUrl().adjusted(QUrl::RemovePath), key)
                     .get(QStringLiteral("/v1/models"))
                     .status,
                 200);
    }

    void everyCatalogModelThroughItsDirectSource()
    {
        // The user's own keys, every provider direct: each catalog model answers through its
        // provider's API with one billed call, and the shape asked for is the shape made.
        QTemporaryDir dir;
        FakeProviders providers;
        QVERIFY(providers.listen());
        const QHash<QString, QString> keys = providers.acceptTestKeys();
        QVERIFY(!keys.isEmpty());
        qputenv("IMAGEBRIDGE_GOOGLE_TOKEN_URL", providers.tokenUrl().toEncoded());
        const auto unset = qScopeGuard([] { qunsetenv("IMAGEBRIDGE_GOOGLE_TOKEN_URL"); });
        AppOptions options;
        options.sources = providers.directSources();
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            options.envFileKeys.set(it.key(), it.value());
        options.apiKey = QString::fromLatin1(key);
        options.retryPolicy = fastRetryPolicy();
        options.port = 0;
        const auto context = makeContext(dir, options);
        QVERIFY(context);
        QString error;
        const auto setup = ApiEngine::Setup::from(*context, &error);
        QVERIFY(setup);
        ApiEngine engine(&context->catalog(), context->store().folder(), &context->log());
        QVERIFY2(engine.start(*setup, &error), qPrintable(error));
        TestHttp http(engine.baseUrl().adjusted(QUrl::RemovePath), key);

        const QList<ModelInfo> &models = context->catalog().models();
        QVERIFY(models.size() >= 23);
        for (const ModelInfo &model : models) {
            const TestResponse response = http.postJson(QStringLiteral("/v1/images/generations"),
                                                        {{"model", model.id},
                                                         {"prompt", "a wide bay at dusk"},
                                                         {"size", "1536x1024"},
                                                         {"response_format", "b64_json"}});
            QVERIFY2(response.status == 200,
                     qPrintable(model.id + QLatin1String(": ") +
                                QString::fromUtf8(response.body.left(300))));
            const QJsonObject answer = response.json();
            const QImage image = QImage::fromData(QByteArray::fromBase64(
                answer[QLatin1String("data")][0][QLatin1String("b64_json")].toString().toLatin1()));
            QVERIFY2(!image.isNull(), qPrintable(model.id));
            // DALL-E 2 makes squares only; every other model takes the landscape shape.
            const bool squareOnly = model.upstreamModelId == QLatin1String("dall-e-2");
            QVERIFY2(squareOnly ? image.width() == image.height() : image.width() > image.height(),
                     qPrintable(model.id));
            QCOMPARE(answer[QLatin1String("size")].toString(),
                     QStringLiteral("%1x%2").arg(image.width()).arg(image.height()));
        }
        QCOMPARE(providers.counts().generations, int(models.size()));
        QCOMPARE(providers.counts().refusedKeys, 0);
    }

    void logKeepsSerialOrderAcrossThreads()
    {
        RequestLog log;
        QThread writer;
        QObject worker;
        worker.moveToThread(&writer);
        writer.start();
        QList<quint64> fromThread;
        QMetaObject::invokeMethod(
            &worker,
            [&] {
                for (int i = 0; i < 50; ++i) {
                    RequestLogEntry entry;
                    entry.path = QStringLiteral("/thread");
                    const quint64 serial = log.begin(entry);
                    log.finish(serial, 200 + i, i);
                    fromThread.append(serial);
                }
            },
            Qt::BlockingQueuedConnection);
        writer.quit();
        writer.wait();
        RequestLogEntry own;
        own.path = QStringLiteral("/own");
        const quint64 ownSerial = log.begin(own); // inserted before the queued ones arrive
        QCOMPARE(log.rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(log.rowCount(), 51, 5000);
        for (int row = 1; row < log.rowCount(); ++row)
            QVERIFY(log.at(row - 1).serial < log.at(row).serial);
        QCOMPARE(log.entry(fromThread.at(7))->status, 207);
        QCOMPARE(log.entry(ownSerial)->path, QStringLiteral("/own"));
    }
};

QTEST_GUILESS_MAIN(TestApiEngine)
#include "tst_apiengine.moc"
