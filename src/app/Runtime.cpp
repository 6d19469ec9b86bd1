#include "Runtime.h"

#include "CommandLine.h"

#include <QCoreApplication>

Runtime::Runtime(const CommandLine &commandLine)
    : settings(commandLine.settingsFile.value_or(QString()))
{}

std::unique_ptr<Runtime> Runtime::create(const CommandLine &cl, QString *error)
{
    auto rt = std::make_unique<Runtime>(cl);
    const QString catalogFile = cl.catalogFile.value_or(rt->settings.catalogFile());
    if (!catalogFile.isEmpty() && !rt->catalog.loadFile(catalogFile, error))
        return nullptr;

    rt->upstream.setEndpoint(cl.upstream ? QUrl(*cl.upstream) : rt->settings.upstreamUrl());
    rt->upstream.setRetryPolicy(rt->settings.retryPolicy());

    rt->defaultModel = rt->settings.defaultModel();
    if (!rt->defaultModel.isEmpty() && !rt->catalog.resolve(rt->defaultModel))
        rt->defaultModel.clear(); // a stale setting falls back to the catalog's default

    rt->store = std::make_unique<ImageStore>(cl.dataDir.value_or(rt->settings.imageFolder()));
    if (!rt->store->open(error))
        return nullptr;
    rt->stats = std::make_unique<ModelStats>(rt->store->folder());
    if (!rt->stats->open(error))
        return nullptr;
    return rt;
}
