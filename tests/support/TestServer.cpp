#include "TestServer.h"

#include "TestPolicies.h"

TestServer::TestServer(ServerConfig config)
{
    if (!upstream.listen())
        return;
    AppOptions options;
    options.settingsFile = dataDir.filePath(QStringLiteral("settings.ini"));
    options.dataFolder = dataDir.filePath(QStringLiteral("data"));
    options.upstream = upstream.endpoint();
    options.retryPolicy = fastRetryPolicy(50);
    QString error;
    context = AppContext::create(options, &error);
    if (!context) {
        qWarning("cannot open the test server's context: %s", qPrintable(error));
        return;
    }
    config.port = 0;
    config.apiKey = QString::fromLatin1(key);
    server = std::make_unique<ApiServer>(config, &context->catalog(), &context->upstream(),
                                         &context->store(), &context->log());
    if (!server->listen(&error))
        return;
    http = std::make_unique<TestHttp>(
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->port())), key);
    ok = true;
}
