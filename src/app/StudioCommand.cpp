#include "StudioCommand.h"

#include "Appearance.h"
#include "BuildInfo.h"
#include "CommandLine.h"
#include "MainWindow.h"
#include "Runtime.h"
#include "ServerController.h"

#include <QApplication>

int runStudioCommand(const CommandLine &cl, Runtime &rt)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/imagebridge.svg")));
    QGuiApplication::setDesktopFileName(QLatin1String(BuildInfo::applicationId)); // Wayland app id
    QApplication::setQuitOnLastWindowClosed(false); // the tray may keep us running
    Appearance appearance;
    appearance.applyTheme(rt.settings.theme());
    appearance.applyLanguage(rt.settings.language());

    StudioServices services;
    services.settings = &rt.settings;
    services.catalog = &rt.catalog;
    services.upstream = &rt.upstream;
    services.store = rt.store.get();
    services.log = &rt.log;
    services.stats = rt.stats.get();
    services.defaultModel = rt.defaultModel;
    if (cl.upstream)
        services.upstreamOverride = QUrl(*cl.upstream);
    MainWindow window(services, &appearance);
    window.server()->setOverrides(cl.host.value_or(QString()), cl.port ? int(*cl.port) : -1,
                                  cl.apiKey.value_or(QString()));
    window.show();
    window.startServerIfWanted();
    return QApplication::exec();
}
