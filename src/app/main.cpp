#include "BuildInfo.h"
#include "CommandLine.h"
#include "GenerateCommand.h"
#include "Runtime.h"
#include "ServeCommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
int listModels(const Runtime &rt)
{
    QTextStream out(stdout);
    for (const ModelInfo &m : rt.catalog.models()) {
        const bool isDefault =
            m.id == (rt.defaultModel.isEmpty() ? rt.catalog.defaultModelId() : rt.defaultModel);
        out << m.id << (isDefault ? QLatin1String("  (default)") : QLatin1String("")) << '\t'
            << m.name << Qt::endl;
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Images pass through as multi-megabyte buffers. glibc would map and unmap each one,
    // and the page faults of fresh mappings cost more than the copying itself.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QLatin1String(BuildInfo::applicationName));
    QCoreApplication::setOrganizationName(QLatin1String(BuildInfo::organizationName));
    QCoreApplication::setApplicationVersion(QLatin1String(BuildInfo::version));

    int exitCode = 0;
    const auto cl = CommandLine::parse(QCoreApplication::arguments(), &exitCode);
    if (!cl)
        return exitCode;
    if (cl->verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("imagebridge.*.debug=true"));

    if (cl->mode == CommandLine::Mode::Default) {
        QTextStream(stdout) << QCoreApplication::translate(
                                   "main",
                                   "The desktop studio is not part of this build yet.\n"
                                   "Run the API server with:   imagebridge --serve\n"
                                   "Make images with:          imagebridge generate \"a red fox\"\n"
                                   "All options:               imagebridge --help")
                            << Qt::endl;
        return 0;
    }

    QString error;
    const auto runtime = Runtime::create(*cl, &error);
    if (!runtime) {
        QTextStream(stderr) << BuildInfo::executableName << ": " << error << Qt::endl;
        return 1;
    }
    switch (cl->mode) {
    case CommandLine::Mode::ListModels:
        return listModels(*runtime);
    case CommandLine::Mode::Generate:
        return runGenerateCommand(*cl, *runtime);
    case CommandLine::Mode::Serve:
    case CommandLine::Mode::Default:
        break;
    }
    return runServeCommand(*cl, *runtime);
}
