#include "ApiError.h"
#include "access/AccessGuard.h"
#include "access/CorsPolicy.h"
#include "requests/ChatRequest.h"
#include "requests/ImagesRequest.h"
#include "wire/Sse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// Units of the server that need no network: request translation, SSE framing, error
// bodies, CORS and key checks.
class TestTranslation : public QObject
{
    Q_OBJECT
private slots:
    void sseFraming();
    void errorBodyShape();
    void upstreamErrorsMapToStatuses_data();
    void upstreamErrorsMapToStatuses();
    void imagesRequestDefaults();
    void imagesRequestAliases();
    void chatPromptIsLastUserMessage();
    void chatPurposes();
    void corsAllowList();
    void constantTimeCompare();

private:
    ModelCatalog m_catalog;
};

void TestTranslation::sseFraming()
{
    QCOMPARE(Sse::event("{\"a\":1}"), QByteArray("data: {\"a\":1}\n\n"));
    QCOMPARE(Sse::event("{}", "image_generation.completed"),
             QByteArray("event: image_generation.completed\ndata: {}\n\n"));
    QCOMPARE(Sse::event("line1\nline2"), QByteArray("data: line1\ndata: line2\n\n"));
    QCOMPARE(Sse::comment("keep\nalive"), QByteArray(": keep alive\n\n"));
    QCOMPARE(Sse::done(), QByteArray("data: [DONE]\n\n"));
}

void TestTranslation::errorBodyShape()
{
    const ApiError e = ApiError::badRequest(QStringLiteral("bad n"), QStringLiteral("n"),
                                            QStringLiteral("invalid_value"));
    const QJsonObject error =
        QJsonDocument::fromJson(e.body()).object().value(QLatin1String("error")).toObject();
    QCOMPARE(error.keys(), QStringList({"code", "message", "param", "type"}));
    QCOMPARE(error.value(QLatin1String("message")).toString(), QStringLiteral("bad n"));
    QCOMPARE(error.value(QLatin1String("param")).toString(), QStringLiteral("n"));
    const QJsonObject unauthorized = QJsonDocument::fromJson(ApiError::unauthorized(false).body())
                                         .object()[QLatin1String("error")]
                                         .toObject();
    QVERIFY(unauthorized.value(QLatin1String("param")).isNull());
    QVERIFY(unauthorized.value(QLatin1String("code")).isNull());
    QCOMPARE(ApiError::unauthorized(true).status, 401);
    QCOMPARE(ApiError::tooManyRequests(2).retryAfterSeconds, 2);
    QVERIFY(ApiError::tooManyRequests(2).retryable);
}

void TestTranslation::upstreamErrorsMapToStatuses_data()
{
    using Kind = UpstreamError::Kind;
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("status");
    QTest::newRow("rate limited") << Kind::RateLimited << 429 << 429;
    QTest::newRow("network") << Kind::Network << 0 << 503;
    QTest::newRow("timeout") << Kind::Timeout << 504 << 504;
    QTest::newRow("deadline") << Kind::Deadline << 0 << 504;
    QTest::newRow("garbage") << Kind::InvalidResponse << 200 << 502;
    QTest::newRow("500") << Kind::UpstreamFailure << 500 << 502;
    QTest::newRow("503") << Kind::UpstreamFailure << 503 << 503;
    QTest::newRow("rejected") << Kind::Rejected << 400 << 502;
    QTest::newRow("not kept") << Kind::Storage << 0 << 500;
}

void TestTranslation::upstreamErrorsMapToStatuses()
{
    QFETCH(UpstreamError::Kind, kind);
    QFETCH(int, httpStatus);
    QFETCH(int, status);
    const ApiError e = ApiError::fromUpstream({kind, httpStatus, QStringLiteral("why")});
    QCOMPARE(e.status, status);
    QCOMPARE(e.message, QStringLiteral("why"));
    QVERIFY(!e.retryable);
}

void TestTranslation::imagesRequestDefaults()
{
    const auto parsed = ImagesRequest::parse({{"prompt", "x"}}, m_catalog, {});
    QVERIFY(std::holds_alternative<ImagesRequest>(parsed));
    const auto &r = std::get<ImagesRequest>(parsed);
    QCOMPARE(r.n, 1);
    QCOMPARE(r.outputType, ImageType::Unknown); // as the upstream made it
    QVERIFY(!r.wantsUrl);
    QVERIFY(!r.stream);
    QCOMPARE(r.model.id, m_catalog.defaultModelId());
    const auto withDefault = ImagesRequest::parse({{"prompt", "x"}}, m_catalog,
                                                  QStringLiteral("vertex/imagen-3.0-fast"));
    QCOMPARE(std::get<ImagesRequest>(withDefault).model.upstreamModelId,
             QStringLiteral("imagen-3.0-fast-generate-001"));
}

void TestTranslation::imagesRequestAliases()
{
    const auto parsed = ImagesRequest::parse({{"prompt", "x"},
                                              {"model", "gpt-image-1"},
                                              {"response_format", "url"},
                                              {"output_format", "webp"}},
                                             m_catalog, {});
    const auto &r = std::get<ImagesRequest>(parsed);
    QCOMPARE(r.model.id, QStringLiteral("replicate/flux-1.1-pro-ultra"));
    QVERIFY(r.wantsUrl);
    QCOMPARE(r.outputType, ImageType::Webp);
    QVERIFY(r.outputFormatGiven);
}

void TestTranslation::chatPromptIsLastUserMessage()
{
    const QJsonArray messages{
        QJsonObject{{"role", "user"}, {"content", "first idea"}},
        QJsonObject{{"role", "assistant"}, {"content", "![img](data:image/png;base64,AAAA)"}},
        QJsonObject{{"role", "user"},
                    {"content",
                     QJsonArray{QJsonObject{{"type", "text"}, {"text", "second"}},
                                QJsonObject{{"type", "text"},
                                            {"text", "idea ![p](data:image/png;base64,BBBB)"}}}}},
        QJsonObject{{"role", "assistant"}, {"content", "thinking"}}};
    const auto parsed =
        ChatRequest::parse({{"messages", messages},
                            {"stream", true},
                            {"stream_options", QJsonObject{{"include_usage", true}}}},
                           m_catalog, {});
    QVERIFY(std::holds_alternative<ChatRequest>(parsed));
    const auto &r = std::get<ChatRequest>(parsed);
    QCOMPARE(r.prompt, QStringLiteral("second\nidea"));
    QCOMPARE(r.purpose, ChatRequest::Purpose::Image);
    QVERIFY(r.stream);
    QVERIFY(r.includeUsage);
    QCOMPARE(r.earlierPrompts, QStringList{QStringLiteral("first idea")});
}

void TestTranslation::chatPurposes()
{
    const QJsonObject firstTurn{{"role", "user"}, {"content", "a misty forest with deer"}};
    auto parse = [this](const QJsonArray &messages) {
        return std::get<ChatRequest>(
            ChatRequest::parse({{"model", "gpt-4o-mini"}, {"messages", messages}}, m_catalog, {}));
    };
    ChatRequest title =
        parse({firstTurn,
               QJsonObject{{"role", "user"},
                           {"content",
                            QStringLiteral("使用四到五个字直接返回这句话的简要主题，不要解释")}}});
    QCOMPARE(title.purpose, ChatRequest::Purpose::Title);
    QCOMPARE(title.housekeepingAnswer(), QStringLiteral("a misty forest with deer"));
    ChatRequest summary =
        parse({firstTurn,
               QJsonObject{{"role", "system"},
                           {"content", "Summarize the discussion briefly in 200 words or less"}}});
    QCOMPARE(summary.purpose, ChatRequest::Purpose::Summary);
    QVERIFY(summary.housekeepingAnswer().contains(QLatin1String("a misty forest with deer")));
    // An unknown model is an error for an image, not for housekeeping.
    QVERIFY(std::holds_alternative<ApiError>(ChatRequest::parse(
        {{"model", "gpt-4o-mini"}, {"messages", QJsonArray{firstTurn}}}, m_catalog, {})));
}

void TestTranslation::corsAllowList()
{
    const CorsPolicy open;
    QCOMPARE(open.headers("https://a.example").first().second, QByteArray("*"));
    const CorsPolicy listed({QStringLiteral("https://chat.example")});
    QVERIFY(listed.isAllowed("https://chat.example"));
    QVERIFY(!listed.isAllowed("https://evil.example"));
    const HttpHeaders allowed = listed.headers("https://chat.example");
    QVERIFY(allowed.contains(HttpHeader("Access-Control-Allow-Origin", "https://chat.example")));
    QVERIFY(allowed.contains(HttpHeader("Vary", "Origin")));
    for (const auto &h : listed.headers("https://evil.example"))
        QVERIFY(h.first != "Access-Control-Allow-Origin");
    // A requested header list with odd characters is not echoed.
    const HttpHeaders preflight = open.preflightHeaders("x-evil\r\nset-cookie: a");
    for (const auto &h : preflight)
        QVERIFY(!h.second.contains("set-cookie"));
}

void TestTranslation::constantTimeCompare()
{
    QVERIFY(AccessGuard::constantTimeEquals("abc", "abc"));
    QVERIFY(!AccessGuard::constantTimeEquals("abc", "abd"));
    QVERIFY(!AccessGuard::constantTimeEquals("abc", "abcd"));
    QVERIFY(!AccessGuard::constantTimeEquals("", "a"));
    const AccessGuard guard(QStringLiteral("secret-key-123"), {QStringLiteral("imagebridge.lan")});
    QVERIFY(guard.isAuthorized("Bearer secret-key-123"));
    QVERIFY(guard.isAuthorized("  Bearer   secret-key-123 "));
    QVERIFY(!guard.isAuthorized("Basic secret-key-123"));
    QVERIFY(guard.isHostAllowed("imagebridge.lan:8787"));
    QVERIFY(guard.isHostAllowed("localhost."));
    QVERIFY(!guard.isHostAllowed("[::1"));
    QVERIFY(!AccessGuard(QString(), {}).isAuthorized("Bearer "));
}

QTEST_GUILESS_MAIN(TestTranslation)
#include "tst_translation.moc"
