#include "AppContext.h"
#include "BuildInfo.h"
#include "CommandLine.h"
#include "GenerateCommand.h"
#include "GridCommand.h"
#include "ServeCommand.h"
#include "SourcesCommand.h"
#include "StudioCommand.h"
#include "common/ProcessMemory.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
// after windows.h, which it needs
#include <shellapi.h>
#endif

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

#ifdef Q_OS_WIN
// The Windows build is a GUI-subsystem program without a console of its own. Started from
// one (imagebridge --serve in a terminal), it joins that console, so that Ctrl+C and
// closing the window reach it, and writes to it. Output that is already redirected (a pipe
// or a file: scripts, QProcess) stays where it is.
void attachParentConsole()
{
    const auto isRedirected = [](DWORD which) {
        const HANDLE handle = GetStdHandle(which);
        return handle && handle != INVALID_HANDLE_VALUE && GetFileType(handle) != FILE_TYPE_UNKNOWN;
    };
    const bool outRedirected = isRedirected(STD_OUTPUT_HANDLE);
    const bool errRedirected = isRedirected(STD_ERROR_HANDLE);
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE *stream = nullptr;
    if (!outRedirected)
        freopen_s(&stream, "CONOUT$", "w", stdout);
    if (!errRedirected)
        freopen_s(&stream, "CONOUT$", "w", stderr);
}
#endif

// The arguments as the user typed them. On Windows argv is in the ANSI code page, which
// cannot hold every name (a data folder under C:\Users\李明); the wide command line can.
QStringList commandLineArguments(int argc, char *argv[])
{
    QStringList arguments;
#ifdef Q_OS_WIN
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    int count = 0;
    if (LPWSTR *wide = CommandLineToArgvW(GetCommandLineW(), &count)) {
        for (int i = 0; i < count; ++i)
            arguments.append(QString::fromWCharArray(wide[i]));
        LocalFree(wide);
    }
#else
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
#endif
    return arguments;
}

int listModels(const AppContext &context)
{
    QTextStream out(stdout);
    const QString defaultId = context.defaultModelId();
    for (const ModelInfo &m : context.catalog().models()) {
        const bool isDefault = m.id == defaultId;
        out << m.id << (isDefault ? QLatin1String("  (default)") : QLatin1String(""))
            << (m.directOnly ? QLatin1String("  (own key only)") : QLatin1String("")) << '\t'
            << m.name << Qt::endl;
    }
    // The names clients hard-code, each with the model it makes (the catalog file sets them).
    const QHash<QString, QString> &aliases = context.catalog().aliases();
    QStringList names = aliases.keys();
    names.sort();
    for (const QString &alias : std::as_const(names)) {
        const auto model = context.catalog().resolve(alias);
        out << alias << "  (" << Tr::tr("alias of %1").arg(aliases.value(alias)) << ")\t"
            << (model ? model->name : QString()) << Qt::endl;
    }
    return 0;
}

// The desktop studio needs a display; without one, say so instead of aborting.
bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}
// Without a login session (ssh into a container, CI) XDG_RUNTIME_DIR is unset. Qt then uses
// a private folder under /tmp anyway, but says so on stderr, where a command promises one
// line per error; so the command names that folder itself.
void useRuntimeFolder()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QString folder =
        QDir::tempPath() + QStringLiteral("/runtime-") + QString::fromLocal8Bit(qgetenv("USER"));
    if (QDir().mkpath(folder) &&
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(folder));
#endif
}
} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    attachParentConsole();
#endif
    ProcessMemory::configureAllocator();
    QCoreApplication::setApplicationName(QLatin1String(BuildInfo::applicationName));
    QCoreApplication::setOrganizationName(QLatin1String(BuildInfo::organizationName));
    QCoreApplication::setApplicationVersion(QLatin1String(BuildInfo::version));

    // Parsed before any application object exists: the studio needs a QApplication (and a
    // display), the server and the one-shot commands must run on machines without one.
    int exitCode = 0;
    const auto cl = CommandLine::parse(commandLineArguments(argc, argv), &exitCode);
    if (!cl)
        return exitCode;
    const bool gui = cl->mode == CommandLine::Mode::Default;
#ifdef Q_OS_WIN
    // The studio lives on its own: closing the terminal it was started from must not end it.
    if (gui)
        FreeConsole();
#endif
    if (gui && !hasDisplay()) {
        QTextStream(stderr) << BuildInfo::executableName << ": "
                            << Tr::tr("no display found; run the server with --serve "
                                      "or make images with generate (see --help)")
                            << Qt::endl;
        return 1;
    }
    std::unique_ptr<QCoreApplication> app;
    if (gui) {
        app = std::make_unique<QApplication>(argc, argv);
    } else if (cl->mode == CommandLine::Mode::Grid) {
        // The contact sheet paints text, which needs a QGuiApplication; without a display
        // it paints offscreen.
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        useRuntimeFolder();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    if (cl->verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("imagebridge.*.debug=true"));

    QString error;
    const auto context = AppContext::create(cl->appOptions(), &error);
    if (!context) {
        QTextStream(stderr) << BuildInfo::executableName << ": " << error << Qt::endl;
        return 1;
    }
    switch (cl->mode) {
    case CommandLine::Mode::ListModels:
        return listModels(*context);
    case CommandLine::Mode::Generate:
        return runGenerateCommand(*cl, *context);
    case CommandLine::Mode::Grid:
        return runGridCommand(*cl, *context);
    case CommandLine::Mode::Serve:
        return runServeCommand(*cl, *context);
    case CommandLine::Mode::Sources:
        return runSourcesCommand(*context);
    case CommandLine::Mode::Default:
        break;
    }
    return runStudioCommand(*context);
}
