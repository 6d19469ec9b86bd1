#include "StudioFixture.h"

#include "MemoryKeychain.h"
#include "TestPolicies.h"
#include "gallery/ImageActions.h"
#include "widgets/Dialogs.h"

#include <QDebug>

StudioFixture::StudioFixture()
    : StudioFixture(Setup{})
{}

StudioFixture::StudioFixture(Setup wanted)
    : setup(std::move(wanted))
{
    if (!setup.keychain) // a test never touches the OS keychain
        setup.keychain = std::make_shared<MemoryKeychain>();
    upstream.setImageSide(64);
    if (!upstream.listen())
        return;
    // As the studio command does: the palette, style sheet and icon theme of the light theme.
    appearance.applyTheme(AppSettings::Theme::Light);
    reopen();
}

void StudioFixture::reopen()
{
    window.reset();
    context.reset();
    const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings saved(settingsFile);
        saved.setPort(0);
        saved.setStartServerWithApp(false);
        if (setup.upstreamInSettings) {
            saved.setUpstreamUrl(upstream.endpoint());
            saved.setSourceSpecs(setup.savedSources);
        }
    }
    AppOptions options;
    options.settingsFile = settingsFile;
    options.dataFolder = dir.filePath(QStringLiteral("gallery"));
    if (!setup.upstreamInSettings)
        options.upstream = upstream.endpoint(); // as --upstream would
    options.keychain = setup.keychain;
    options.retryPolicy = fastRetryPolicy();
    QString error;
    context = AppContext::create(options, &error);
    ok = context != nullptr;
    if (!ok) {
        qWarning().noquote() << "studio fixture:" << error;
        return;
    }
    settings = &context->settings();
    catalog = &context->catalog();
    client = &context->upstream();
    store = &context->store();
    stats = &context->stats();
    log = &context->log();

    window = std::make_unique<MainWindow>(*context, &appearance);
    Dialogs::setStandingAnswer(QMessageBox::Yes); // deletes are confirmed
    window->show();
}
