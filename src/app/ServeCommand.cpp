#include "ServeCommand.h"

#include "ApiEngine.h"
#include "AppContext.h"
#include "BuildInfo.h"
#include "CommandLine.h"
#include "LineWriter.h"
#include "SignalWatcher.h"
#include "SourcesCommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
};
} // namespace

int runServeCommand(const CommandLine &cl, AppContext &context)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    const bool keyFromOption = cl.apiKey.has_value();
    QString error;
    const auto setup = ApiEngine::Setup::from(context, &error);
    if (!setup) {
        err << BuildInfo::executableName << ": " << error << Qt::endl;
        return 2;
    }
    const ServerConfig &config = setup->server;
    ApiEngine engine(&context.catalog(), context.store().folder(), &context.log());
    if (!engine.start(*setup, &error)) {
        err << BuildInfo::executableName << ": " << error << ' '
            << Tr::tr(
                   "Is another ImageBridge running? Use --port to choose another port (0 picks a "
                   "free one).")
            << Qt::endl;
        return 1;
    }
    if (!config.address.isLoopback())
        err << Tr::tr(
                   "warning: listening on %1, reachable from other machines; anyone with the key "
                   "can use it.")
                   .arg(config.address.toString())
            << Qt::endl;

    out << Tr::tr("%1 %2 serving the OpenAI-compatible API at %3")
               .arg(QLatin1String(BuildInfo::applicationName), QLatin1String(BuildInfo::version),
                    engine.baseUrl().toString())
        << Qt::endl;
    if (!keyFromOption)
        out << Tr::tr("API key: %1").arg(config.apiKey) << Qt::endl;
    else
        out << Tr::tr("API key: as given by --key or IMAGEBRIDGE_API_KEY") << Qt::endl;
    out << Tr::tr("Sources, in failover order:") << Qt::endl;
    for (const QString &line : describeSources(context))
        out << "  " << line << Qt::endl;
    out << Tr::tr("Images are saved in %1").arg(context.store().folder()) << Qt::endl;
    out << Tr::tr("Press Ctrl+C to stop.") << Qt::endl;

    // A line per request from here on, through a writer that never blocks the main thread:
    // with stdout not being read, the request log's calls would pile up behind it.
    out.flush();
    LineWriter lines(LineWriter::standardOutput);
    QObject::connect(&context.log(), &RequestLog::requestFinished, &engine,
                     [&lines](const RequestLogEntry &entry) { lines.write(entry.summaryLine()); });

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &engine,
                     [&](int number) {
                         lines.write(Tr::tr("Signal %1 received, shutting down.").arg(number));
                         engine.stop();
                         QCoreApplication::quit();
                     });
    return QCoreApplication::exec();
}
