#include "StudioCommand.h"

#include "AppContext.h"
#include "Appearance.h"
#include "BuildInfo.h"
#include "MainWindow.h"

#include <QApplication>

int runStudioCommand(AppContext &context)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/imagebridge.svg")));
    QGuiApplication::setDesktopFileName(QLatin1String(BuildInfo::applicationId)); // Wayland app id
    QApplication::setQuitOnLastWindowClosed(false); // the tray may keep us running
    Appearance appearance;
    appearance.applyTheme(context.settings().theme());
    appearance.applyLanguage(context.settings().language());

    context.tidyGallery();
    MainWindow window(context, &appearance);
    window.show();
    window.startServerIfWanted();
    return QApplication::exec();
}
