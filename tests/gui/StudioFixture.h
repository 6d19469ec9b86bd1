#pragma once

#include "AppContext.h"
#include "Appearance.h"
#include "FakeUpstream.h"
#include "MainWindow.h"

#include <QTemporaryDir>

#include <memory>

// The desktop studio over the fake upstream, with its settings and gallery in a temporary
// folder, built as the studio command builds it: from an AppContext started with
// --upstream. `reopen()` builds a new context and window over the same folder, as a
// restart would. The pointers are the current context's.
struct StudioFixture
{
    StudioFixture();
    void reopen();

    QTemporaryDir dir;
    FakeUpstream upstream;
    Appearance appearance;
    std::unique_ptr<AppContext> context;
    AppSettings *settings = nullptr;
    const ModelCatalog *catalog = nullptr;
    UpstreamClient *client = nullptr;
    ImageStore *store = nullptr;
    ModelStats *stats = nullptr;
    RequestLog *log = nullptr;
    std::unique_ptr<MainWindow> window;
    bool ok = false;
};
