#pragma once

#include "ApiServer.h"
#include "FakeUpstream.h"
#include "TestHttp.h"
#include "generation/ModelCatalog.h"
#include "generation/RequestLog.h"
#include "store/ImageStore.h"
#include "upstream/UpstreamClient.h"

#include <QTemporaryDir>

#include <memory>

// The whole server stack on 127.0.0.1 against the fake upstream, with fast retry timings.
struct TestServer
{
    static constexpr char key[] = "test-key-0123456789";

    explicit TestServer(ServerConfig config = {});

    QTemporaryDir dataDir;
    FakeUpstream upstream;
    ModelCatalog catalog;
    UpstreamClient client;
    ImageStore store;
    RequestLog log;
    std::unique_ptr<ApiServer> server;
    std::unique_ptr<TestHttp> http;
    bool ok = false;
};
