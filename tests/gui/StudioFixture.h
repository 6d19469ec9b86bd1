#pragma once

#include "AppContext.h"
#include "Appearance.h"
#include "FakeUpstream.h"
#include "MainWindow.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class Keychain;

// The desktop studio over the fake upstream, with its settings and gallery in a temporary
// folder, built as the studio command builds it: from an AppContext started with
// --upstream. `reopen()` builds a new context and window over the same folder, as a
// restart would. The pointers are the current context's.
struct StudioFixture
{
    struct Setup
    {
        // The fake upstream as the saved upstream URL rather than --upstream, so the sources
        // saved in Settings take effect (as for a user who set them).
        bool upstreamInSettings = false;
        // The keychain the run keeps secrets in (none: a MemoryKeychain of its own).
        std::shared_ptr<Keychain> keychain;
        // Sources saved in Settings ("PROVIDER=KIND[:URL]"); with upstreamInSettings only.
        QStringList savedSources;
    };

    StudioFixture();
    explicit StudioFixture(Setup wanted);
    void reopen();

    Setup setup;

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
