#pragma once

#include "ApiServer.h"
#include "FakeUpstream.h"
#include "ImageStore.h"
#include "ModelCatalog.h"
#include "RequestLog.h"
#include "TestHttp.h"
#include "UpstreamClient.h"

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
