#include "TestServer.h"

TestServer::TestServer(ServerConfig config)
    : store(dataDir.path())
{
    QString error;
    if (!upstream.listen() || !store.open(&error))
        return;
    client.setEndpoint(upstream.endpoint());
    RetryPolicy policy;
    policy.initialBackoffMs = 10;
    policy.maxBackoffMs = 50;
    policy.maxRetryAfterMs = 50;
    policy.transferTimeoutMs = 2000;
    policy.deadlineMs = 20000;
    client.setRetryPolicy(policy);

    config.port = 0;
    config.apiKey = QString::fromLatin1(key);
    server = std::make_unique<ApiServer>(config, &catalog, &client, &store, &log);
    if (!server->listen(&error))
        return;
    http = std::make_unique<TestHttp>(
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->port())), key);
    ok = true;
}
