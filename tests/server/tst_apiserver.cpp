#include "BuildInfo.h"
#include "TestServer.h"
#include "image/ImageMetadata.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using Fault = FakeUpstream::Fault;
using Headers = QList<QPair<QByteArray, QByteArray>>;

// The server over real HTTP on 127.0.0.1, against the fake upstream.
class TestApiServer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void healthNeedsNoKey();
    void openApiDescribesWhatIsServed();
    void modelsList();
    void modelById();
    void auth_data();
    void auth();
    void hostGuard_data();
    void hostGuard();
    void preflightWithoutKey();
    void everyAnswerHasIdTypeAndCors();
    void unknownRouteAndMethod();

    void imagesKeepTheUpstreamFormat();
    void imagesFanOut();
    void imagesOutputFormat();
    void imagesUrlServesFiles();
    void imagesIgnoreUnknownFields();
    void imagesStream();
    void partialImagesAreRefusedInAStream();
    void todaysModelNamesAreAliases();
    void imagesStreamFailureIsAnErrorEvent();
    void transientGarbageStillGivesEveryImage();
    void imageThatCannotBeKeptIsAServerError();
    void quotaIsSaidOnceThenAnsweredWithoutCalls();
    void failoverFromARefusingSourceInOneRequest();
    void editsAreRefused();
    void badInput_data();
    void badInput();
    void hugeBodies();
    void fileTraversal_data();
    void fileTraversal();
    void upstreamFaults_data();
    void upstreamFaults();

    void chatNonStream();
    void chatStreamSequence();
    void chatStreamFailureIsAnErrorEvent();
    void chatStreamHeadersAtOnceAndKeepAlive();
    void chatHousekeepingGetsText();
    void chatLargeHistory();
    void chatLinkOnlyMode();
    void chatBadInput();

    void disconnectCancelsUpstreamWork();
    void pipelinedRequestsAreAnsweredInOrder();
    void logRecordsRequests();

    void expectContinueWhenTheBodyIsWelcome();
    void expectContinueRefusedAtOnce_data();
    void expectContinueRefusedAtOnce();
    void malformedRequestsAreRefusedAndClosed_data();
    void malformedRequestsAreRefusedAndClosed();
    void chunkedBodiesAreAccepted();
    void http10ClientsAreAnswered();
    void slowClientsTimeOut();
    void connectionCap();

private:
    static QByteArray json(const QJsonObject &o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    void expectServing();

    // The `data:` payloads of an SSE body, in order.
    static QList<QByteArray> sseData(const QByteArray &body)
    {
        QList<QByteArray> data;
        for (const QByteArray &line : body.split('\n')) {
            if (line.startsWith("data: "))
                data.append(line.mid(6));
        }
        return data;
    }
    // The last event of a failed stream: an OpenAI error object with the status the plain
    // answer would have had, and nothing after it (no [DONE]).
    static void verifyStreamError(const QList<QByteArray> &data, int status)
    {
        QVERIFY(!data.isEmpty());
        const QJsonObject error =
            QJsonDocument::fromJson(data.last()).object().value(QLatin1String("error")).toObject();
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(!error.value(QLatin1String("type")).toString().isEmpty());
        QVERIFY(error.contains(QLatin1String("code")));
        QCOMPARE(error.value(QLatin1String("status")).toInt(), status);
        QVERIFY(!data.contains("[DONE]"));
    }

    // A raw connection to the server, for what QNetworkAccessManager never sends.
    std::unique_ptr<QTcpSocket> connectRaw() const
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, t->server->port());
        if (!socket->waitForConnected(5000))
            return nullptr;
        return socket;
    }
    static QByteArray head(const QByteArray &method, const QByteArray &path,
                           const QByteArray &extraLines)
    {
        return method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
               QByteArray(TestServer::key) + "\r\n" + extraLines + "\r\n";
    }
    // The JSON error of an answer that is in `answer` whole.
    static QJsonObject errorOf(const QByteArray &answer)
    {
        const qsizetype bodyStart = answer.indexOf("\r\n\r\n");
        return QJsonDocument::fromJson(answer.mid(bodyStart + 4))
            .object()
            .value(QLatin1String("error"))
            .toObject();
    }

    std::unique_ptr<TestServer> t;
};

void TestApiServer::init()
{
    t = std::make_unique<TestServer>();
    QVERIFY(t->ok);
    t->upstream.setImageSide(64);
}

void TestApiServer::cleanup()
{
    t.reset();
}

void TestApiServer::expectServing()
{
    const TestResponse r = t->http->get(QStringLiteral("/healthz"));
    QCOMPARE(r.status, 200);
}

// GET /v1/openapi.json needs no key and describes exactly what the server answers: each
// documented path answers (not 404), each undocumented one does not, and each documented
// body field is checked as the document says (a wrong type is a 400 naming it).
void TestApiServer::openApiDescribesWhatIsServed()
{
    t->http->setKey({});
    const TestResponse r = t->http->get(QStringLiteral("/v1/openapi.json"));
    QCOMPARE(r.status, 200);
    const QJsonObject document = r.json();
    QVERIFY2(document.value(QLatin1String("openapi")).toString().startsWith(QLatin1String("3.1")),
             r.body.left(200).constData());
    const QJsonObject paths = document.value(QLatin1String("paths")).toObject();
    QVERIFY(paths.contains(QLatin1String("/v1/images/generations")));
    QVERIFY(paths.contains(QLatin1String("/v1/models/{model}")));
    QVERIFY(!paths.contains(QLatin1String("/v1/audio/speech")));
    t->http->setKey(TestServer::key);
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        QString concrete = path.key();
        concrete.replace(QLatin1String("{model}"), QLatin1String("dall-e-3"))
            .replace(QLatin1String("{name}"), QLatin1String("missing.png"));
        for (auto op = item.begin(); op != item.end(); ++op) {
            const QJsonObject responses =
                op.value().toObject().value(QLatin1String("responses")).toObject();
            const TestResponse answer =
                op.key() == QLatin1String("get")
                    ? t->http->get(concrete)
                    : t->http->post(concrete, "{}", {{"Content-Type", "application/json"}});
            QVERIFY2(responses.contains(QString::number(answer.status)),
                     qPrintable(op.key() + QLatin1Char(' ') + concrete + QLatin1String(": ") +
                                QString::number(answer.status) + QLatin1String(" not documented")));
            const QJsonObject body = op.value()
                                         .toObject()
                                         .value(QLatin1String("requestBody"))
                                         .toObject()
                                         .value(QLatin1String("content"))
                                         .toObject()
                                         .value(QLatin1String("application/json"))
                                         .toObject()
                                         .value(QLatin1String("schema"))
                                         .toObject();
            const QJsonObject properties = body.value(QLatin1String("properties")).toObject();
            for (auto field = properties.begin(); field != properties.end(); ++field) {
                // A value of another type than the one documented.
                const QString type =
                    field.value().toObject().value(QLatin1String("type")).toString();
                const QJsonValue wrong = type == QLatin1String("string")
                                             ? QJsonValue(12)
                                             : QJsonValue(QStringLiteral("x"));
                QJsonObject request{
                    {QLatin1String("prompt"), QLatin1String("a fox")},
                    {QLatin1String("messages"),
                     QJsonArray{QJsonObject{{QLatin1String("role"), QLatin1String("user")},
                                            {QLatin1String("content"), QLatin1String("a fox")}}}}};
                request.insert(field.key(), wrong);
                const TestResponse refused = t->http->postJson(concrete, request);
                QVERIFY2(refused.status == 400 &&
                             refused.errorObject().value(QLatin1String("param")).toString() ==
                                 field.key(),
                         qPrintable(concrete + QLatin1Char(' ') + field.key() +
                                    QLatin1String(": ") +
                                    QString::fromUtf8(refused.body.left(200))));
            }
        }
    }
}

void TestApiServer::healthNeedsNoKey()
{
    t->http->setKey({});
    const TestResponse r = t->http->get(QStringLiteral("/healthz"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(r.json().value(QLatin1String("version")).toString(),
             QLatin1String(BuildInfo::version));
}

void TestApiServer::modelsList()
{
    const TestResponse r = t->http->get(QStringLiteral("/v1/models"));
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QCOMPARE(body.value(QLatin1String("object")).toString(), QStringLiteral("list"));
    const QJsonArray data = body.value(QLatin1String("data")).toArray();
    // The template's 23: OpenAI's own gpt-image models need a direct source, which this
    // server has not.
    QCOMPARE(data.size(), 23);
    for (const QJsonValue &v : data) {
        const QJsonObject m = v.toObject();
        QVERIFY(!m.value(QLatin1String("id")).toString().contains(QLatin1String("gpt-image")));
        QCOMPARE(m.value(QLatin1String("object")).toString(), QStringLiteral("model"));
        QVERIFY(m.value(QLatin1String("created")).isDouble());
        QVERIFY(!m.value(QLatin1String("owned_by")).toString().isEmpty());
        QCOMPARE(m.value(QLatin1String("supported_endpoint_types")).toArray(),
                 QJsonArray{QLatin1String("image-generation")});
    }
    // Without the /v1 prefix too (clients configured with a bare base URL).
    QCOMPARE(t->http->get(QStringLiteral("/models")).status, 200);
}

void TestApiServer::modelById()
{
    TestResponse r = t->http->get(QStringLiteral("/v1/models/fireworks/ssd-1b"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("id")).toString(), QStringLiteral("fireworks/ssd-1b"));
    QCOMPARE(t->http->get(QStringLiteral("/v1/models/dall-e-3")).status, 200);
    r = t->http->get(QStringLiteral("/v1/models/no-such-model"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorObject().value(QLatin1String("code")).toString(),
             QStringLiteral("model_not_found"));
    QVERIFY(r.errorObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("no-such-model")));
}

void TestApiServer::auth_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("missing") << QByteArray() << 401;
    QTest::newRow("wrong") << QByteArray("Bearer wrong-key-0123456789") << 401;
    QTest::newRow("prefix of key") << QByteArray("Bearer test-key") << 401;
    QTest::newRow("worker default") << QByteArray("Bearer 1") << 401;
    QTest::newRow("no scheme") << QByteArray(TestServer::key) << 401;
    QTest::newRow("right") << QByteArray("Bearer ") + TestServer::key << 200;
    QTest::newRow("lower-case scheme") << QByteArray("bearer ") + TestServer::key << 200;
}

void TestApiServer::auth()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    t->http->setKey({});
    Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const TestResponse r = t->http->get(QStringLiteral("/v1/models"), headers);
    QCOMPARE(r.status, status);
    if (status == 401) {
        QCOMPARE(r.errorObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("invalid_request_error"));
        QVERIFY(!r.errorObject().value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(!r.body.contains(TestServer::key));
    }
}

void TestApiServer::hostGuard_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("status");
    QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1:1234") << 200;
    QTest::newRow("localhost") << QByteArray("localhost") << 200;
    QTest::newRow("ipv6 loopback") << QByteArray("[::1]:8787") << 200;
    QTest::newRow("rebinding name") << QByteArray("attacker.example:8787") << 403;
    QTest::newRow("lan address") << QByteArray("192.168.1.20") << 403;
}

void TestApiServer::hostGuard()
{
    QFETCH(QByteArray, host);
    QFETCH(int, status);
    const TestResponse r = t->http->get(QStringLiteral("/v1/models"), {{"Host", host}});
    QCOMPARE(r.status, status);
    if (status == 403)
        QCOMPARE(r.errorObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("host_not_allowed"));
}

void TestApiServer::preflightWithoutKey()
{
    t->http->setKey({});
    const TestResponse r = t->http->send(
        "OPTIONS", QStringLiteral("/v1/chat/completions"), {},
        {{"Origin", "https://app.nextchat.dev"},
         {"Access-Control-Request-Method", "POST"},
         {"Access-Control-Request-Headers", "authorization,content-type,x-stainless-os"},
         {"Access-Control-Request-Private-Network", "true"}},
        5000);
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));
    const QByteArray allowed = r.header("Access-Control-Allow-Headers").toLower();
    QVERIFY(allowed.contains("authorization"));
    QVERIFY(allowed.contains("x-stainless-retry-count"));
    QVERIFY(allowed.contains("x-stainless-os"));
    QCOMPARE(r.header("Access-Control-Allow-Private-Network"), QByteArray("true"));
    QVERIFY(r.header("Access-Control-Allow-Methods").contains("POST"));
}

void TestApiServer::everyAnswerHasIdTypeAndCors()
{
    t->http->setKey({});
    const QList<TestResponse> answers{t->http->get(QStringLiteral("/v1/models")),
                                      t->http->get(QStringLiteral("/nope")),
                                      t->http->get(QStringLiteral("/healthz"))};
    for (const TestResponse &r : answers) {
        QVERIFY(r.header("x-request-id").startsWith("req_"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));
    }
    QVERIFY(answers.at(0).header("x-request-id") != answers.at(1).header("x-request-id"));
}

void TestApiServer::unknownRouteAndMethod()
{
    TestResponse r = t->http->get(QStringLiteral("/v1/embeddings"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorObject().value(QLatin1String("code")).toString(),
             QStringLiteral("unknown_url"));
    r = t->http->send("DELETE", QStringLiteral("/v1/models"), {}, {}, 5000);
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("Allow"), QByteArray("GET, OPTIONS"));
    r = t->http->get(QStringLiteral("/v1/images/generations"));
    QCOMPARE(r.status, 405);
    r = t->http->send("HEAD", QStringLiteral("/v1/models"), {}, {}, 5000);
    QCOMPARE(r.status, 405);
}

void TestApiServer::imagesKeepTheUpstreamFormat()
{
    // The fake answers WebP for replicate, as the real one does: without output_format it
    // goes out as WebP, labelled so, not re-encoded as a PNG many times its size.
    const TestResponse r =
        t->http->postJson(QStringLiteral("/v1/images/generations"),
                          {{"prompt", "a red fox"}, {"model", "replicate/flux-dev"}});
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QVERIFY(body.value(QLatin1String("created")).toInteger() > 1700000000);
    const QJsonArray data = body.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 1);
    const QByteArray image =
        QByteArray::fromBase64(data.first()[QLatin1String("b64_json")].toString().toLatin1());
    QCOMPARE(ImageFormat::sniff(image), ImageType::Webp);
    QCOMPARE(data.first()[QLatin1String("revised_prompt")].toString(), QStringLiteral("a red fox"));
    QCOMPARE(body.value(QLatin1String("size")).toString(), QStringLiteral("64x64"));
    QCOMPARE(body.value(QLatin1String("output_format")).toString(), QStringLiteral("webp"));
    // The metadata went into the WebP itself.
    QCOMPARE(ImageMetadata::readFrom(image)->prompt, QStringLiteral("a red fox"));
    // Converted only when asked.
    const TestResponse png = t->http->postJson(
        QStringLiteral("/v1/images/generations"),
        {{"prompt", "a red fox"}, {"model", "replicate/flux-dev"}, {"output_format", "png"}});
    const QJsonObject pngBody = png.json();
    QCOMPARE(pngBody.value(QLatin1String("output_format")).toString(), QStringLiteral("png"));
    QCOMPARE(ImageFormat::sniff(QByteArray::fromBase64(pngBody.value(QLatin1String("data"))
                                                           .toArray()
                                                           .first()[QLatin1String("b64_json")]
                                                           .toString()
                                                           .toLatin1())),
             ImageType::Png);
    QCOMPARE(t->upstream.received().first().modelId, QStringLiteral("black-forest-labs/flux-dev"));
    QCOMPARE(t->upstream.received().first().provider, QStringLiteral("replicate"));
}

void TestApiServer::imagesFanOut()
{
    t->upstream.setDelayMs(200);
    const TestResponse r = t->http->postJson(QStringLiteral("/v1/images/generations"),
                                             {{"prompt", "four"}, {"model", "dall-e-3"}, {"n", 4}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("data")).toArray().size(), 4);
    QCOMPARE(t->upstream.requestCount(), 4);
    QCOMPARE(t->upstream.peakInFlight(), 4); // in parallel, not one after another
    QCOMPARE(t->upstream.received().first().modelId, QStringLiteral("dall-e-3"));
    QTRY_COMPARE_WITH_TIMEOUT(t->store().count(), 4, 5000);
}

void TestApiServer::imagesOutputFormat()
{
    const TestResponse r = t->http->postJson(QStringLiteral("/v1/images/generations"),
                                             {{"prompt", "jpeg please"},
                                              {"model", "vertex/imagen-3.0-fast"},
                                              {"output_format", "jpeg"},
                                              {"output_compression", 70}});
    QCOMPARE(r.status, 200);
    const QByteArray image = QByteArray::fromBase64(
        r.json()[QLatin1String("data")][0][QLatin1String("b64_json")].toString().toLatin1());
    QCOMPARE(ImageFormat::sniff(image), ImageType::Jpeg);
    QCOMPARE(r.json().value(QLatin1String("output_format")).toString(), QStringLiteral("jpeg"));
}

void TestApiServer::imagesUrlServesFiles()
{
    const TestResponse r =
        t->http->postJson(QStringLiteral("/v1/images/generations"), {{"prompt", "by url"},
                                                                     {"model", "fireworks/ssd-1b"},
                                                                     {"response_format", "url"},
                                                                     {"n", 2}});
    QCOMPARE(r.status, 200);
    const QJsonArray data = r.json().value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 2);
    for (const QJsonValue &item : data) {
        const QUrl url(item[QLatin1String("url")].toString());
        QVERIFY(!item.toObject().contains(QLatin1String("b64_json")));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.path().endsWith(QLatin1String(".jpeg"))); // fireworks gives JPEG
        TestHttp anonymous(url.adjusted(QUrl::RemovePath));
        TestResponse file = anonymous.get(url.path()); // no key: <img> tags cannot send one
        QCOMPARE(file.status, 200);
        QCOMPARE(file.header("Content-Type"), QByteArray("image/jpeg"));
        QCOMPARE(ImageFormat::sniff(file.body), ImageType::Jpeg);
        QCOMPARE(file.header("Access-Control-Allow-Origin"), QByteArray("*"));
        // Another extension converts.
        QString pngPath = url.path();
        pngPath.replace(QLatin1String(".jpeg"), QLatin1String(".png"));
        file = anonymous.get(pngPath);
        QCOMPARE(file.status, 200);
        QCOMPARE(file.header("Content-Type"), QByteArray("image/png"));
        QCOMPARE(ImageFormat::sniff(file.body), ImageType::Png);
    }
}

void TestApiServer::imagesIgnoreUnknownFields()
{
    const TestResponse r = t->http->postJson(QStringLiteral("/v1/images/generations"),
                                             {{"prompt", "extras"},
                                              {"quality", "hd"},
                                              {"style", "vivid"},
                                              {"user", "u1"},
                                              {"seed", 42},
                                              {"size", "1024x1792"},
                                              {"width", 512},
                                              {"negative_prompt", "blur"},
                                              {"steps", 20},
                                              {"background", "auto"},
                                              {"moderation", "low"},
                                              {"response_format", QJsonValue::Null}});
    QCOMPARE(r.status, 200);
    // Accepted, not echoed: the answer says what was made, and nothing it cannot know.
    QVERIFY(!r.json().contains(QLatin1String("quality")));
    QVERIFY(!r.json().contains(QLatin1String("background")));
    QVERIFY(!r.json().contains(QLatin1String("usage")));
    QCOMPARE(t->http
                 ->postJson(QStringLiteral("/v1/images/generations"),
                            {{"prompt", "auto"}, {"size", "auto"}})
                 .status,
             200);
    // An empty size is no size, as before the field rules (some clients send "").
    QCOMPARE(t->http
                 ->postJson(QStringLiteral("/v1/images/generations"),
                            {{"prompt", "no size"}, {"size", ""}})
                 .status,
             200);
}

void TestApiServer::partialImagesAreRefusedInAStream()
{
    const TestResponse r =
        t->http->postJson(QStringLiteral("/v1/images/generations"),
                          {{"prompt", "x"}, {"stream", true}, {"partial_images", 2}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorObject().value(QLatin1String("param")).toString(),
             QStringLiteral("partial_images"));
    QCOMPARE(t->upstream.requestCount(), 0);
    // 0 asks for none, and a value out of range names the field too.
    QCOMPARE(t->http
                 ->postJson(QStringLiteral("/v1/images/generations"),
                            {{"prompt", "x"}, {"stream", true}, {"partial_images", 0}})
                 .status,
             200);
    QCOMPARE(t->http
                 ->postJson(QStringLiteral("/v1/images/generations"),
                            {{"prompt", "x"}, {"partial_images", 9}})
                 .errorObject()
                 .value(QLatin1String("param"))
                 .toString(),
             QStringLiteral("partial_images"));
}

// The model names clients hard-code in 2026 are aliases from the catalog file.
void TestApiServer::todaysModelNamesAreAliases()
{
    for (const char *name : {"gpt-image-1.5", "gpt-image-1-mini", "gpt-image-2",
                             "gpt-image-2-2026-04-21", "chatgpt-image-latest"}) {
        const TestResponse r = t->http->postJson(QStringLiteral("/v1/images/generations"),
                                                 {{"prompt", "x"}, {"model", name}});
        QVERIFY2(r.status == 200, name);
        QCOMPARE(t->http->get(QStringLiteral("/v1/models/") + QLatin1String(name)).status, 200);
    }
}

void TestApiServer::imagesStream()
{
    const TestResponse r = t->http->postJson(QStringLiteral("/v1/images/generations"),
                                             {{"prompt", "streamed"}, {"stream", true}, {"n", 2}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/event-stream"));
    QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));
    int completed = 0;
    for (const QByteArray &block : r.body.split('\n')) {
        if (!block.startsWith("data: "))
            continue;
        const QJsonObject event = QJsonDocument::fromJson(block.mid(6)).object();
        QCOMPARE(event.value(QLatin1String("type")).toString(),
                 QStringLiteral("image_generation.completed"));
        // As the upstream made it, and labelled so.
        QCOMPARE(ImageFormat::sniff(QByteArray::fromBase64(
                     event.value(QLatin1String("b64_json")).toString().toLatin1())),
                 ImageFormat::fromName(event.value(QLatin1String("output_format")).toString()));
        QVERIFY(event.contains(QLatin1String("usage"))); // required by the SDKs' event type
        QCOMPARE(event.value(QLatin1String("quality")).toString(), QStringLiteral("auto"));
        // From the image itself: the fake's WebP and PNG have no alpha channel.
        QCOMPARE(event.value(QLatin1String("background")).toString(), QStringLiteral("opaque"));
        ++completed;
    }
    QCOMPARE(completed, 2);
    QVERIFY(r.body.contains("event: image_generation.completed\n"));
}

void TestApiServer::imagesStreamFailureIsAnErrorEvent()
{
    t->upstream.queueFault(Fault::BadRequest); // not retried
    const TestResponse r = t->http->postJson(QStringLiteral("/v1/images/generations"),
                                             {{"prompt", "doomed"}, {"stream", true}});
    QCOMPARE(r.status, 200); // the headers went out before the failure
    const QList<QByteArray> data = sseData(r.body);
    verifyStreamError(data, 502);
    QVERIFY(!r.body.contains("image_generation.completed"));
    QCOMPARE(t->log().at(t->log().rowCount() - 1).status, 502);
}

void TestApiServer::transientGarbageStillGivesEveryImage()
{
    t->upstream.setRetryAfter("0");
    t->upstream.queueFault(Fault::NonJson);
    const TestResponse r = t->http->postJson(QStringLiteral("/v1/images/generations"),
                                             {{"prompt", "two please"}, {"n", 2}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("data")).toArray().size(), 2);
    QCOMPARE(t->upstream.requestCount(), 3);
}

// The disk refuses the file: the client hears it (500, storage_failed) rather than getting
// an image the gallery does not have.
void TestApiServer::imageThatCannotBeKeptIsAServerError()
{
    t->store().setFileWriter([](const QString &, const QByteArray &, QString *e) {
        *e = QStringLiteral("No space left on device");
        return false;
    });
    const TestResponse r = t->http->postJson(QStringLiteral("/v1/images/generations"),
                                             {{"prompt", "a red fox"}, {"model", "dall-e-3"}});
    QCOMPARE(r.status, 500);
    QCOMPARE(r.errorObject().value(QLatin1String("code")).toString(),
             QStringLiteral("storage_failed"));
    QCOMPARE(r.errorObject().value(QLatin1String("type")).toString(),
             QStringLiteral("server_error"));
    QCOMPARE(t->upstream.requestCount(), 1); // not retried: the upstream did its part
    QCOMPARE(t->store().count(), 0);
}

// The public site's quota: a 429 with its own code and when it resets; the requests that
// follow (an SDK's retries, other clients) cost no upstream call.
void TestApiServer::quotaIsSaidOnceThenAnsweredWithoutCalls()
{
    t->upstream.setDailyLimit(1);
    const QJsonObject body{{"prompt", "a red fox"}, {"model", "dall-e-3"}};
    QCOMPARE(t->http->postJson(QStringLiteral("/v1/images/generations"), body).status, 200);
    for (int i = 0; i < 3; ++i) {
        const TestResponse r = t->http->postJson(QStringLiteral("/v1/images/generations"), body);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("upstream_quota_exceeded"));
        QVERIFY(r.errorObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("deployment")));
        QVERIFY(r.header("Retry-After").toInt() > 3000);
        QCOMPARE(r.header("x-should-retry"), QByteArray("false"));
    }
    QCOMPARE(t->upstream.requestCount(), 2);
}

// The public site refuses applications; the person's own deployment is next in line for
// replicate: one request, one refused call, one made image, and the refusing source left
// out after. openai has only the refusing source: once it refused, /v1/models leaves
// openai's models out.
void TestApiServer::failoverFromARefusingSourceInOneRequest()
{
    FakeUpstream deployment;
    QVERIFY(deployment.listen());
    deployment.setImageSide(32);
    t->upstream.setBotCheck(true);
    const UpstreamSource refusing = UpstreamSource::deployment(t->upstream.endpoint());
    SourcePlan plan = SourcePlan::everyProvider(refusing);
    plan.setSources(QStringLiteral("replicate"),
                    {refusing, UpstreamSource::deployment(deployment.endpoint())});
    t->client().setSources(plan);

    QElapsedTimer clock;
    clock.start();
    const TestResponse r =
        t->http->postJson(QStringLiteral("/v1/images/generations"),
                          {{"prompt", "a fox"}, {"model", "replicate/flux-dev"}});
    QCOMPARE(r.status, 200);
    qInfo("failover from a refusing source to a deployment: %lld ms", clock.elapsed());
    QCOMPARE(t->upstream.requestCount(), 1);
    QCOMPARE(deployment.requestCount(), 1);
    QTRY_VERIFY(!t->log().at(t->log().rowCount() - 1).isRunning());
    const QStringList events = t->log().at(t->log().rowCount() - 1).events;
    QVERIFY2(events.join(QLatin1Char('\n')).contains(QLatin1String("moving on to 127.0.0.1")),
             qPrintable(events.join(QLatin1Char('\n'))));
    QCOMPARE(t->store().query({}).value(0).upstream,
             QStringLiteral("deployment:") + deployment.endpoint().toString());

    QCOMPARE(t->http
                 ->postJson(QStringLiteral("/v1/images/generations"),
                            {{"prompt", "a fox"}, {"model", "replicate/flux-dev"}})
                 .status,
             200);
    QCOMPARE(t->upstream.requestCount(), 1); // cooling down after its refusal

    const TestResponse denied = t->http->postJson(QStringLiteral("/v1/images/generations"),
                                                  {{"prompt", "a fox"}, {"model", "dall-e-3"}});
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.errorObject().value(QLatin1String("code")).toString(),
             QStringLiteral("upstream_access_denied"));
    QCOMPARE(t->upstream.requestCount(), 1); // openai's only source refused already

    const QJsonArray models =
        t->http->get(QStringLiteral("/v1/models")).json().value(QLatin1String("data")).toArray();
    QStringList ids;
    for (const QJsonValue &m : models)
        ids.append(m[QLatin1String("id")].toString());
    QVERIFY(ids.contains(QStringLiteral("replicate/flux-dev")));
    QVERIFY(!ids.contains(QStringLiteral("openai/dall-e-3")));
}

void TestApiServer::editsAreRefused()
{
    // A real upload is megabytes of multipart: the answer does not depend on its size
    // (it was a 413 over 1 MiB), and the connection stays usable after it.
    const QByteArray upload = "--x\r\nContent-Disposition: form-data; name=\"image\"; "
                              "filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n" +
                              QByteArray(3 * 1024 * 1024, 'p') + "\r\n--x--\r\n";
    for (const QString &path :
         {QStringLiteral("/v1/images/edits"), QStringLiteral("/v1/images/variations")}) {
        const TestResponse r =
            t->http->post(path, upload, {{"Content-Type", "multipart/form-data; boundary=x"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("unsupported_operation"));
        QVERIFY(r.errorObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("cannot edit")));
    }
    QCOMPARE(t->upstream.requestCount(), 0);
}

void TestApiServer::badInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("param");
    QTest::newRow("malformed json") << QByteArray("{\"prompt\": ") << QString();
    QTest::newRow("not an object") << QByteArray("[1,2]") << QString();
    QTest::newRow("empty body") << QByteArray("") << QString();
    QTest::newRow("invalid utf-8") << QByteArray("{\"prompt\":\"\xff\xfe\xfd\"}") << QString();
    QTest::newRow("missing prompt") << QByteArray("{\"n\":1}") << QStringLiteral("prompt");
    QTest::newRow("blank prompt") << QByteArray("{\"prompt\":\"   \"}") << QStringLiteral("prompt");
    QTest::newRow("prompt not string") << QByteArray("{\"prompt\":5}") << QStringLiteral("prompt");
    QTest::newRow("n zero") << QByteArray("{\"prompt\":\"x\",\"n\":0}") << QStringLiteral("n");
    QTest::newRow("n eleven") << QByteArray("{\"prompt\":\"x\",\"n\":11}") << QStringLiteral("n");
    QTest::newRow("n fraction") << QByteArray("{\"prompt\":\"x\",\"n\":1.5}")
                                << QStringLiteral("n");
    QTest::newRow("n string") << QByteArray("{\"prompt\":\"x\",\"n\":\"2\"}")
                              << QStringLiteral("n");
    QTest::newRow("bad size") << QByteArray("{\"prompt\":\"x\",\"size\":\"huge\"}")
                              << QStringLiteral("size");
    QTest::newRow("bad response_format")
        << QByteArray("{\"prompt\":\"x\",\"response_format\":\"gif\"}")
        << QStringLiteral("response_format");
    QTest::newRow("bad output_format") << QByteArray("{\"prompt\":\"x\",\"output_format\":\"bmp\"}")
                                       << QStringLiteral("output_format");
    QTest::newRow("compression range")
        << QByteArray("{\"prompt\":\"x\",\"output_compression\":101}")
        << QStringLiteral("output_compression");
    QTest::newRow("stream not bool")
        << QByteArray("{\"prompt\":\"x\",\"stream\":\"yes\"}") << QStringLiteral("stream");
    QTest::newRow("model not string")
        << QByteArray("{\"prompt\":\"x\",\"model\":[1]}") << QStringLiteral("model");
    QTest::newRow("model empty") << QByteArray("{\"prompt\":\"x\",\"model\":\"\"}")
                                 << QStringLiteral("model");
    QTest::newRow("model blank") << QByteArray("{\"prompt\":\"x\",\"model\":\" \"}")
                                 << QStringLiteral("model");
    QTest::newRow("prompt too long")
        << QByteArray("{\"prompt\":\"") + QByteArray(32001, 'a') + "\"}"
        << QStringLiteral("prompt");
}

void TestApiServer::badInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, param);
    const TestResponse r = t->http->post(QStringLiteral("/v1/images/generations"), body,
                                         {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 400);
    const QJsonObject error = r.errorObject();
    QCOMPARE(error.value(QLatin1String("type")).toString(),
             QStringLiteral("invalid_request_error"));
    QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
    if (param.isEmpty())
        QVERIFY(error.value(QLatin1String("param")).isNull());
    else
        QCOMPARE(error.value(QLatin1String("param")).toString(), param);
    QCOMPARE(t->upstream.requestCount(), 0);
    expectServing();
}

void TestApiServer::hugeBodies()
{
    // Over the images limit (1 MiB): refused after reading.
    TestResponse r = t->http->post(QStringLiteral("/v1/images/generations"),
                                   "{\"prompt\":\"" + QByteArray(1100 * 1024, 'a') + "\"}");
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorObject().value(QLatin1String("code")).toString(),
             QStringLiteral("payload_too_large"));
    // Over every limit: refused from the announced length, before the body is buffered.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, t->server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                 QByteArray(TestServer::key) +
                 "\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(qint64(1) << 33) + "\r\n\r\n{\"messages\":");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n{"), 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    expectServing();
}

void TestApiServer::fileTraversal_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("dot dot") << "/v1/images/files/../../index.sqlite";
    QTest::newRow("encoded") << "/v1/images/files/..%2F..%2Findex.sqlite";
    QTest::newRow("unknown id") << "/v1/images/files/0123456789abcdef0123456789abcdef.png";
    QTest::newRow("bad extension") << "/v1/images/files/0123456789abcdef0123456789abcdef.sqlite";
    QTest::newRow("no extension") << "/v1/images/files/0123456789abcdef0123456789abcdef";
    QTest::newRow("upper case") << "/v1/images/files/0123456789ABCDEF0123456789ABCDEF.png";
}

void TestApiServer::fileTraversal()
{
    QFETCH(QString, path);
    TestHttp anonymous(t->http->url({}));
    const TestResponse r = anonymous.get(path);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    expectServing();
}

void TestApiServer::upstreamFaults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("upstreamCalls");
    QTest::newRow("429") << Fault::RateLimited << 429 << 3;
    QTest::newRow("502") << Fault::BadGateway << 502 << 3;
    QTest::newRow("route 500") << Fault::ServerError << 502 << 1;
    QTest::newRow("503") << Fault::Unavailable << 503 << 3;
    QTest::newRow("504 html") << Fault::GatewayTimeout << 504 << 3;
    QTest::newRow("400") << Fault::BadRequest << 502 << 1;
    // Broken 200 answers are retried like a 502.
    QTest::newRow("truncated") << Fault::TruncatedJson << 502 << 3;
    QTest::newRow("non-json") << Fault::NonJson << 502 << 3;
    QTest::newRow("no image") << Fault::MissingImage << 502 << 3;
    QTest::newRow("bad base64") << Fault::InvalidBase64 << 502 << 3;
    // The public site: said plainly, never retried.
    QTest::newRow("bot check") << Fault::AccessDenied << 403 << 1;
    QTest::newRow("quota") << Fault::QuotaExceeded << 429 << 1;
    QTest::newRow("unsafe") << Fault::UnsafeContent << 400 << 1;
}

void TestApiServer::upstreamFaults()
{
    QFETCH(Fault, fault);
    QFETCH(int, status);
    QFETCH(int, upstreamCalls);
    t->upstream.setRetryAfter("0");
    t->upstream.queueFault(fault, 3);
    const TestResponse r =
        t->http->postJson(QStringLiteral("/v1/images/generations"), {{"prompt", "faulty"}});
    QCOMPARE(r.status, status);
    QCOMPARE(t->upstream.requestCount(), upstreamCalls);
    QCOMPARE(r.header("x-should-retry"), QByteArray("false"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!r.errorObject().value(QLatin1String("message")).toString().isEmpty());
    const auto entry = t->log().at(t->log().rowCount() - 1);
    QCOMPARE(entry.attempts, upstreamCalls);
    QCOMPARE(entry.status, status);
}

void TestApiServer::chatNonStream()
{
    const TestResponse r = t->http->postJson(
        QStringLiteral("/v1/chat/completions"),
        {{"model", "vertex/imagen-3.0-fast"},
         {"messages",
          QJsonArray{
              QJsonObject{{"role", "system"}, {"content", "You are helpful"}},
              QJsonObject{
                  {"role", "user"},
                  {"content",
                   QJsonArray{QJsonObject{{"type", "text"}, {"text", "a cat"}},
                              QJsonObject{{"type", "image_url"},
                                          {"image_url", QJsonObject{{"url", "http://x/y.png"}}}},
                              QJsonObject{{"type", "text"}, {"text", "in space"}}}}}}}});
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QCOMPARE(body.value(QLatin1String("object")).toString(), QStringLiteral("chat.completion"));
    QCOMPARE(t->upstream.received().first().prompt, QStringLiteral("a cat\nin space"));
    const QJsonObject message =
        body[QLatin1String("choices")][0][QLatin1String("message")].toObject();
    QCOMPARE(message.value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
    const QString content = message.value(QLatin1String("content")).toString();
    QVERIFY2(content.startsWith(QLatin1String("![a cat in space](data:image/jpeg;base64,")),
             qPrintable(content.left(80)));
    QVERIFY(content.contains(QLatin1String("/v1/images/files/")));
    QCOMPARE(body[QLatin1String("choices")][0][QLatin1String("finish_reason")].toString(),
             QStringLiteral("stop"));
    QVERIFY(body.value(QLatin1String("usage")).toObject().contains(QLatin1String("total_tokens")));
}

void TestApiServer::chatStreamSequence()
{
    const TestResponse r = t->http->postJson(
        QStringLiteral("/v1/chat/completions"),
        {{"model", "openai/dall-e-3"},
         {"stream", true},
         {"stream_options", QJsonObject{{"include_usage", true}}},
         {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "a lighthouse"}}}}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/event-stream"));
    QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));
    QList<QByteArray> data;
    for (const QByteArray &line : r.body.split('\n')) {
        if (line.startsWith("data: "))
            data.append(line.mid(6));
    }
    QCOMPARE(data.size(), 5);
    QCOMPARE(data.last(), QByteArray("[DONE]"));
    const QJsonObject role = QJsonDocument::fromJson(data.at(0)).object();
    const QJsonObject content = QJsonDocument::fromJson(data.at(1)).object();
    const QJsonObject finish = QJsonDocument::fromJson(data.at(2)).object();
    const QJsonObject usage = QJsonDocument::fromJson(data.at(3)).object();
    QCOMPARE(
        role[QLatin1String("choices")][0][QLatin1String("delta")][QLatin1String("role")].toString(),
        QStringLiteral("assistant"));
    QVERIFY(content[QLatin1String("choices")][0][QLatin1String("delta")][QLatin1String("content")]
                .toString()
                .startsWith(QLatin1String("![a lighthouse](data:image/jpeg;base64,")));
    QCOMPARE(finish[QLatin1String("choices")][0][QLatin1String("finish_reason")].toString(),
             QStringLiteral("stop"));
    QCOMPARE(usage.value(QLatin1String("choices")).toArray().size(), 0);
    QVERIFY(usage.value(QLatin1String("usage")).isObject());
    for (const QJsonObject &chunk : {role, content, finish, usage}) {
        QCOMPARE(chunk.value(QLatin1String("object")).toString(),
                 QStringLiteral("chat.completion.chunk"));
        QCOMPARE(chunk.value(QLatin1String("id")), role.value(QLatin1String("id")));
        QVERIFY(!chunk.contains(QLatin1String("error")));
    }
}

void TestApiServer::chatStreamFailureIsAnErrorEvent()
{
    t->upstream.setRetryAfter("0");
    t->upstream.queueFault(Fault::RateLimited, 3);
    const TestResponse r = t->http->postJson(
        QStringLiteral("/v1/chat/completions"),
        {{"model", "openai/dall-e-3"},
         {"stream", true},
         {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "a lighthouse"}}}}});
    QCOMPARE(r.status, 200);
    const QList<QByteArray> data = sseData(r.body);
    QCOMPARE(data.size(), 2); // the role chunk, then the error
    verifyStreamError(data, 429);
    QVERIFY(!r.body.contains("finish_reason\":\"stop"));
}

void TestApiServer::chatStreamHeadersAtOnceAndKeepAlive()
{
    ServerConfig config;
    config.keepAliveIntervalMs = 100;
    t = std::make_unique<TestServer>(config);
    QVERIFY(t->ok);
    t->upstream.setImageSide(32);
    t->upstream.setDelayMs(700);
    QNetworkRequest request(t->http->url(QStringLiteral("/v1/chat/completions")));
    request.setRawHeader("Authorization", QByteArray("Bearer ") + TestServer::key);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = t->http->manager().post(
        request,
        json({{"stream", true},
              {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "slow"}}}}}));
    QSignalSpy metaData(reply, &QNetworkReply::metaDataChanged);
    QVERIFY(metaData.wait(5000));
    // The headers came before the image was made (the upstream call may not even have
    // arrived at the fake yet).
    QVERIFY(!reply->isFinished());
    QTRY_COMPARE_WITH_TIMEOUT(t->upstream.inFlight(), 1, 5000);
    QVERIFY(!reply->isFinished());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    const QByteArray body = reply->readAll();
    QVERIFY(body.contains(": keep-alive\n\n"));
    QVERIFY(body.endsWith("data: [DONE]\n\n"));
    delete reply;
}

void TestApiServer::chatHousekeepingGetsText()
{
    const QJsonArray history{
        QJsonObject{{"role", "user"}, {"content", "a cat on a roof at night"}},
        QJsonObject{{"role", "assistant"}, {"content", "![x](data:image/jpeg;base64,AAAA)"}}};
    QJsonArray title = history;
    title.append(QJsonObject{
        {"role", "user"},
        {"content", "Please generate a four to five word title summarizing our conversation "
                    "without any lead-in, punctuation, quotation marks, periods, symbols, bold "
                    "text, or additional text. Remove enclosing quotation marks."}});
    TestResponse r =
        t->http->postJson(QStringLiteral("/v1/chat/completions"),
                          {{"model", "gpt-4o-mini"}, {"stream", false}, {"messages", title}});
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.json()[QLatin1String("choices")][0][QLatin1String("message")][QLatin1String("content")]
            .toString(),
        QStringLiteral("a cat on a roof"));
    QJsonArray summary = history;
    summary.append(QJsonObject{{"role", "system"},
                               {"content", "Summarize the discussion briefly in 200 words or less "
                                           "to use as a prompt for future context."}});
    r = t->http->postJson(QStringLiteral("/v1/chat/completions"),
                          {{"stream", true}, {"messages", summary}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("a cat on a roof at night"));
    QCOMPARE(t->upstream.requestCount(), 0);
}

void TestApiServer::chatLargeHistory()
{
    // Earlier answers echo inline images back: bodies of many MiB must be fine.
    QJsonArray messages;
    const QString bigImage = QStringLiteral("![old](data:image/png;base64,%1)")
                                 .arg(QString(6 * 1024 * 1024, QLatin1Char('A')));
    messages.append(QJsonObject{{"role", "user"}, {"content", "first"}});
    messages.append(QJsonObject{{"role", "assistant"}, {"content", bigImage}});
    messages.append(QJsonObject{{"role", "user"}, {"content", "second"}});
    const TestResponse r =
        t->http->postJson(QStringLiteral("/v1/chat/completions"), {{"messages", messages}}, 30000);
    QCOMPARE(r.status, 200);
    QCOMPARE(t->upstream.received().first().prompt, QStringLiteral("second"));
}

void TestApiServer::chatLinkOnlyMode()
{
    ServerConfig config;
    config.chatInlineImages = false;
    t = std::make_unique<TestServer>(config);
    QVERIFY(t->ok);
    const TestResponse r = t->http->postJson(
        QStringLiteral("/v1/chat/completions"),
        {{"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "link"}}}}});
    QCOMPARE(r.status, 200);
    const QString content =
        r.json()[QLatin1String("choices")][0][QLatin1String("message")][QLatin1String("content")]
            .toString();
    QVERIFY2(content.startsWith(QLatin1String("![link](http://127.0.0.1:")), qPrintable(content));
    QVERIFY(!content.contains(QLatin1String("base64")));
    const QString path = QUrl(content.section(QLatin1Char('('), 1).chopped(1)).path();
    QCOMPARE(TestHttp(t->http->url({})).get(path).status, 200);
}

void TestApiServer::chatBadInput()
{
    const QList<QByteArray> bodies{
        "{}",
        "{\"messages\":[]}",
        "{\"messages\":\"hi\"}",
        "{\"messages\":[{\"content\":\"no role\"}]}",
        "{\"messages\":[{\"role\":\"assistant\",\"content\":\"no user\"}]}",
        "{\"messages\":[{\"role\":\"user\",\"content\":\"\"}]}",
        "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"stream\":1}",
        "{\"model\":\"\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}"};
    for (const QByteArray &body : bodies) {
        const TestResponse r = t->http->post(QStringLiteral("/v1/chat/completions"), body);
        QVERIFY2(r.status == 400, body.constData());
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    }
    const TestResponse r = t->http->postJson(
        QStringLiteral("/v1/chat/completions"),
        {{"model", "nope/nope"},
         {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "x"}}}}});
    QCOMPARE(r.status, 404);
    QCOMPARE(t->upstream.requestCount(), 0);
}

void TestApiServer::pipelinedRequestsAreAnsweredInOrder()
{
    // HTTP/1.1: answers on one connection come in the order of the requests, even when a
    // later one (a health check) is ready long before an earlier one (an image).
    t->upstream.setDelayMs(300);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, t->server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = R"({"prompt":"slow one"})";
    const QByteArray health = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    socket.write(
        "POST /v1/images/generations HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
        QByteArray(TestServer::key) + "\r\nContent-Type: application/json\r\nContent-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n" + body + health + health);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 200") == 3, 10000);
    const qsizetype image = received.indexOf("\"b64_json\"");
    const qsizetype firstHealth = received.indexOf("\"status\":\"ok\"");
    QVERIFY(image > 0);
    QVERIFY(firstHealth > 0);
    QVERIFY2(image < firstHealth, "the health check overtook the image answer");
    QCOMPARE(received.count("\"status\":\"ok\""), 2);
    expectServing();
}

void TestApiServer::disconnectCancelsUpstreamWork()
{
    t->upstream.queueFault(Fault::Hang, 2);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, t->server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = R"({"prompt":"leaving","n":2})";
    socket.write(
        "POST /v1/images/generations HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
        QByteArray(TestServer::key) + "\r\nContent-Type: application/json\r\nContent-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QTRY_COMPARE_WITH_TIMEOUT(t->upstream.inFlight(), 2, 5000);
    QCOMPARE(t->server->activeImages(), 2);
    socket.abort();
    QTRY_COMPARE_WITH_TIMEOUT(t->server->activeImages(), 0, 5000);
    QCOMPARE(t->client().inFlight(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(t->upstream.inFlight(), 0, 5000); // upstream connections closed
    QCOMPARE(t->upstream.requestCount(), 2);                    // and nothing retried
    QTRY_COMPARE_WITH_TIMEOUT(t->log().at(t->log().rowCount() - 1).status, 499, 5000);
    expectServing();

    // An answer that is ready after its client left must not crash the server (Qt 6.4 trap).
    t->upstream.setDelayMs(300);
    QTcpSocket second;
    second.connectToHost(QHostAddress::LocalHost, t->server->port());
    QVERIFY(second.waitForConnected(5000));
    second.write("GET /v1/images/files/0123456789abcdef0123456789abcdef.png HTTP/1.1\r\nHost: "
                 "127.0.0.1\r\n\r\n");
    second.write(
        "POST /v1/images/generations HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
        QByteArray(TestServer::key) + "\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n\r\n" + body);
    QTRY_COMPARE_WITH_TIMEOUT(t->upstream.inFlight(), 2, 5000);
    second.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(t->server->activeImages(), 0, 5000);
    expectServing();
}

void TestApiServer::logRecordsRequests()
{
    QSignalSpy finished(&t->log(), &RequestLog::requestFinished);
    t->http->postJson(QStringLiteral("/v1/images/generations"),
                      {{"prompt", "logged"}, {"model", "dall-e-2"}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    const RequestLogEntry &e = t->log().at(t->log().rowCount() - 1);
    QCOMPARE(e.method, QStringLiteral("POST"));
    QCOMPARE(e.path, QStringLiteral("/v1/images/generations"));
    QCOMPARE(e.model, QStringLiteral("openai/dall-e-2"));
    QCOMPARE(e.status, 200);
    QCOMPARE(e.attempts, 1);
    QCOMPARE(e.source, QStringLiteral("127.0.0.1"));
    QVERIFY(e.upstreamLatencyMs >= 0);
    QVERIFY(e.bytes > 0);
    QVERIFY(!e.summaryLine().contains(QLatin1String(TestServer::key)));
}

void TestApiServer::expectContinueWhenTheBodyIsWelcome()
{
    auto socket = connectRaw();
    QVERIFY(socket);
    const QByteArray body = R"({"prompt":"a fox"})";
    socket->write(head("POST", "/v1/images/generations",
                       "Content-Type: application/json\r\nExpect: 100-continue\r\n"
                       "Content-Length: " +
                           QByteArray::number(body.size()) + "\r\n"));
    QByteArray received;
    // The interim answer comes before any body byte was sent.
    QTRY_VERIFY_WITH_TIMEOUT((received += socket->readAll()).contains("\r\n\r\n"), 5000);
    QCOMPARE(received, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    QCOMPARE(t->upstream.requestCount(), 0);
    socket->write(body);
    QTRY_VERIFY_WITH_TIMEOUT((received += socket->readAll()).contains("\"b64_json\""), 10000);
    QVERIFY(received.mid(25).startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(t->upstream.requestCount(), 1);
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState); // kept alive
}

void TestApiServer::expectContinueRefusedAtOnce_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("wrong key") << QByteArray("POST /v1/chat/completions HTTP/1.1\r\nHost: "
                                             "127.0.0.1\r\nAuthorization: Bearer wrong\r\n"
                                             "Expect: 100-continue\r\nContent-Length: 50\r\n\r\n")
                               << 401 << QStringLiteral("invalid_api_key");
    QTest::newRow("too large") << head("POST", "/v1/images/generations",
                                       "Expect: 100-continue\r\nContent-Length: 5000000\r\n")
                               << 413 << QStringLiteral("payload_too_large");
    QTest::newRow("foreign host") << QByteArray("POST /v1/chat/completions HTTP/1.1\r\nHost: "
                                                "evil.example\r\nExpect: 100-continue\r\n"
                                                "Content-Length: 50\r\n\r\n")
                                  << 403 << QStringLiteral("host_not_allowed");
    // An edit is refused for what it asks, not for its size: before the upload.
    QTest::newRow("edit upload")
        << head("POST", "/v1/images/edits",
                "Expect: 100-continue\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                "Content-Length: 5000000\r\n")
        << 400 << QStringLiteral("unsupported_operation");
}

void TestApiServer::expectContinueRefusedAtOnce()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, code);
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write(request + "Origin: http://localhost:3000\r\n");
    // The final answer instead of 100 Continue, without the body having been sent; then
    // the connection closes, since the unread body would follow.
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket->readAll()).contains("}}") ||
                                 socket->state() == QAbstractSocket::UnconnectedState,
                             5000);
    QVERIFY2(received.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status))),
             received.constData());
    QVERIFY(!received.contains("100 Continue"));
    QVERIFY(received.contains("Connection: close\r\n"));
    QVERIFY(received.contains("Access-Control-Allow-Origin"));
    QCOMPARE(errorOf(received).value(QLatin1String("code")).toString(), code);
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(t->upstream.requestCount(), 0);
    expectServing();
}

void TestApiServer::malformedRequestsAreRefusedAndClosed_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    const QByteArray post = "POST /v1/images/generations HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    QTest::newRow("length with chunked")
        << post + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
        << 400;
    QTest::newRow("differing lengths")
        << post + "Content-Length: 4\r\nContent-Length: 5\r\n\r\n{}{}" << 400;
    QTest::newRow("NUL in a value") << post + QByteArray("X-A: a\0b\r\n\r\n", 13) << 400;
    QTest::newRow("bare LF") << QByteArray("GET /healthz HTTP/1.1\nHost: 127.0.0.1\n\n") << 400;
    QTest::newRow("bare CR") << QByteArray("GET /healthz HTTP/1.1\rHost: 127.0.0.1\r\n\r\n") << 400;
    QTest::newRow("obsolete folding") << post + "X-A: a\r\n b\r\n\r\n" << 400;
    QTest::newRow("http/2 version")
        << QByteArray("GET /healthz HTTP/2.0\r\nHost: a\r\n\r\n") << 505;
    QTest::newRow("tls client hello")
        << QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03", 11) << 400;
    QTest::newRow("request line too long")
        << "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        << 414;
    QTest::newRow("head too large")
        << "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
               QByteArray("X-Filler: " + QByteArray(1000, 'a') + "\r\n").repeated(40) + "\r\n"
        << 431;
    QTest::newRow("too many fields") << "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                                            QByteArray("X-A: 1\r\n").repeated(101) + "\r\n"
                                     << 431;
}

void TestApiServer::malformedRequestsAreRefusedAndClosed()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write(request);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT(
        (received += socket->readAll(), socket->state() == QAbstractSocket::UnconnectedState),
        5000);
    received += socket->readAll();
    QVERIFY2(received.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
             received.left(200).constData());
    QVERIFY(received.contains("Connection: close\r\n"));
    const QJsonObject error = errorOf(received);
    QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
    QVERIFY(!error.value(QLatin1String("code")).toString().isEmpty());
    QCOMPARE(t->upstream.requestCount(), 0);
    expectServing();
}

void TestApiServer::chunkedBodiesAreAccepted()
{
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write(head("POST", "/v1/images/generations",
                       "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n") +
                  "a\r\n{\"prompt\":\r\n8\r\n\"a cat\"}\r\n0\r\n\r\n");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket->readAll()).contains("\"b64_json\""), 10000);
    QVERIFY(received.startsWith("HTTP/1.1 200 OK"));
    QCOMPARE(t->upstream.received().first().prompt, QStringLiteral("a cat"));
}

void TestApiServer::http10ClientsAreAnswered()
{
    // No Host needed, and the connection closes after the answer unless kept alive.
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write("GET /healthz HTTP/1.0\r\n\r\n");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT(
        (received += socket->readAll(), socket->state() == QAbstractSocket::UnconnectedState),
        5000);
    received += socket->readAll();
    QVERIFY2(received.startsWith("HTTP/1.1 200 OK"), received.constData());
    QVERIFY(received.contains("Connection: close\r\n"));
    QVERIFY(received.contains("\"status\":\"ok\""));

    auto kept = connectRaw();
    QVERIFY(kept);
    kept->write("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    received.clear();
    QTRY_VERIFY_WITH_TIMEOUT((received += kept->readAll()).contains("\"status\":\"ok\""), 5000);
    QVERIFY(received.contains("Connection: keep-alive\r\n"));
    QCOMPARE(kept->state(), QAbstractSocket::ConnectedState);
}

void TestApiServer::slowClientsTimeOut()
{
    ServerConfig config;
    config.http.headerTimeoutMs = 300;
    config.http.bodyTimeoutMs = 300;
    config.http.idleTimeoutMs = 300;
    t = std::make_unique<TestServer>(config);
    QVERIFY(t->ok);

    auto slowHead = connectRaw();
    auto slowBody = connectRaw();
    auto idle = connectRaw();
    QVERIFY(slowHead && slowBody && idle);
    slowHead->write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    slowBody->write(head("POST", "/v1/images/generations", "Content-Length: 100\r\n") + "{\"pro");
    QByteArray headAnswer;
    QByteArray bodyAnswer;
    // Others are served while the three wait.
    expectServing();
    QTRY_VERIFY_WITH_TIMEOUT((headAnswer += slowHead->readAll(), bodyAnswer += slowBody->readAll(),
                              slowHead->state() == QAbstractSocket::UnconnectedState &&
                                  slowBody->state() == QAbstractSocket::UnconnectedState &&
                                  idle->state() == QAbstractSocket::UnconnectedState),
                             5000);
    headAnswer += slowHead->readAll();
    bodyAnswer += slowBody->readAll();
    QVERIFY2(headAnswer.startsWith("HTTP/1.1 408 "), headAnswer.constData());
    QVERIFY2(bodyAnswer.startsWith("HTTP/1.1 408 "), bodyAnswer.constData());
    QCOMPARE(errorOf(bodyAnswer).value(QLatin1String("code")).toString(),
             QStringLiteral("request_timeout"));
    QVERIFY(idle->readAll().isEmpty()); // an idle connection is closed without a word
    QCOMPARE(t->upstream.requestCount(), 0);
}

void TestApiServer::connectionCap()
{
    ServerConfig config;
    config.http.maxConnections = 2;
    t = std::make_unique<TestServer>(config);
    QVERIFY(t->ok);
    auto first = connectRaw();
    auto second = connectRaw();
    QVERIFY(first && second);
    QTRY_COMPARE_WITH_TIMEOUT(t->server->openConnections(), 2, 5000);

    auto third = connectRaw();
    QVERIFY(third);
    QByteArray refused;
    QTRY_VERIFY_WITH_TIMEOUT(
        (refused += third->readAll(), third->state() == QAbstractSocket::UnconnectedState), 5000);
    refused += third->readAll();
    QVERIFY2(refused.startsWith("HTTP/1.1 503 "), refused.constData());
    QVERIFY(refused.contains("Retry-After: 1\r\n"));
    QCOMPARE(errorOf(refused).value(QLatin1String("code")).toString(),
             QStringLiteral("too_many_connections"));

    // The two admitted connections are served, and a place is free again once one closes.
    first->write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += first->readAll()).contains("\"status\":\"ok\""), 5000);
    first->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(t->server->openConnections(), 1, 5000);
    auto fourth = connectRaw();
    QVERIFY(fourth);
    fourth->write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    answer.clear();
    QTRY_VERIFY_WITH_TIMEOUT((answer += fourth->readAll()).contains("\"status\":\"ok\""), 5000);
}

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"
