#include "TestServer.h"

#include "TestPolicies.h"

TestServer::TestServer(ServerConfig config)
    : store(dataDir.path())
{
    QString error;
    if (!upstream.listen() || !store.open(&error))
        return;
    client.setEndpoint(upstream.endpoint());
    client.setRetryPolicy(fastRetryPolicy(50));

    config.port = 0;
    config.apiKey = QString::fromLatin1(key);
    server = std::make_unique<ApiServer>(config, &catalog, &client, &store, &log);
    if (!server->listen(&error))
        return;
    http = std::make_unique<TestHttp>(
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->port())), key);
    ok = true;
}
