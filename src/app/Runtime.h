#pragma once

#include "AppSettings.h"
#include "ImageStore.h"
#include "ModelCatalog.h"
#include "ModelStats.h"
#include "RequestLog.h"
#include "UpstreamClient.h"

#include <memory>

struct CommandLine;

// The core objects of one run, built from the saved settings with the command line's
// overrides applied (overrides are not saved).
class Runtime
{
public:
    // On failure returns nullptr and *error holds one line for the user.
    static std::unique_ptr<Runtime> create(const CommandLine &commandLine, QString *error);

    Runtime(const CommandLine &commandLine);

    AppSettings settings;
    ModelCatalog catalog;
    UpstreamClient upstream;
    std::unique_ptr<ImageStore> store;
    RequestLog log;
    std::unique_ptr<ModelStats> stats;
    QString defaultModel;
};
