#pragma once

#include "ApiServer.h"
#include "AppContext.h"
#include "FakeUpstream.h"
#include "TestHttp.h"

#include <QTemporaryDir>

#include <memory>

// The whole server stack on 127.0.0.1 against the fake upstream, with fast retry timings,
// built as every run is: from an AppContext on a private data folder and settings file.
struct TestServer
{
    static constexpr char key[] = "test-key-0123456789";

    explicit TestServer(ServerConfig config = {});

    const ModelCatalog &catalog() const { return context->catalog(); }
    UpstreamClient &client() { return context->upstream(); }
    ImageStore &store() { return context->store(); }
    RequestLog &log() { return context->log(); }

    QTemporaryDir dataDir;
    FakeUpstream upstream;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<ApiServer> server;
    std::unique_ptr<TestHttp> http;
    bool ok = false;
};
