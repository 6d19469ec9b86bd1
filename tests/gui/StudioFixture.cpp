#include "StudioFixture.h"

#include "ImageActions.h"
#include "TestPolicies.h"

StudioFixture::StudioFixture()
{
    upstream.setImageSide(64);
    if (!upstream.listen())
        return;
    client.setEndpoint(upstream.endpoint());
    client.setRetryPolicy(fastRetryPolicy());
    // As the studio command does: the palette, style sheet and icon theme of the light theme.
    appearance.applyTheme(AppSettings::Theme::Light);
    reopen();
}

void StudioFixture::reopen()
{
    window.reset();
    stats.reset();
    store.reset();
    settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
    settings->setPort(0);
    settings->setStartServerWithApp(false);
    store = std::make_unique<ImageStore>(dir.filePath(QStringLiteral("gallery")));
    stats = std::make_unique<ModelStats>(dir.filePath(QStringLiteral("gallery")));
    QString error;
    ok = store->open(&error) && stats->open(&error);
    StudioServices services;
    services.settings = settings.get();
    services.catalog = &catalog;
    services.upstream = &client;
    services.store = store.get();
    services.log = &log;
    services.stats = stats.get();
    services.upstreamOverride = client.endpoint(); // as --upstream would

    window = std::make_unique<MainWindow>(services, &appearance);
    window->imageActions()->setConfirmDeletes(false);
    window->show();
}
