#pragma once

#include "AppSettings.h"
#include "Appearance.h"
#include "FakeUpstream.h"
#include "ImageStore.h"
#include "MainWindow.h"
#include "ModelCatalog.h"
#include "ModelStats.h"
#include "RequestLog.h"
#include "UpstreamClient.h"

#include <QTemporaryDir>

#include <memory>

// The desktop studio over the fake upstream, with its settings and gallery in a temporary
// folder. `reopen()` builds a new window over the same folder, as a restart would.
struct StudioFixture
{
    StudioFixture();
    void reopen();

    QTemporaryDir dir;
    FakeUpstream upstream;
    ModelCatalog catalog;
    UpstreamClient client;
    RequestLog log;
    Appearance appearance;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<ImageStore> store;
    std::unique_ptr<ModelStats> stats;
    std::unique_ptr<MainWindow> window;
    bool ok = false;
};
