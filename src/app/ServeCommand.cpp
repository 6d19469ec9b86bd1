#include "ServeCommand.h"

#include "ApiServer.h"
#include "BuildInfo.h"
#include "CommandLine.h"
#include "Runtime.h"
#include "SignalWatcher.h"

#include <QCoreApplication>
#include <QTextStream>

int runServeCommand(const CommandLine &cl, Runtime &rt)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    ServerConfig config;
    const QString hostText = cl.host.value_or(rt.settings.host());
    if (hostText == QLatin1String("localhost"))
        config.address = QHostAddress::LocalHost;
    else
        config.address = QHostAddress(hostText);
    if (config.address.isNull()) {
        err << BuildInfo::executableName << ": "
            << QCoreApplication::translate("ServeCommand", "--host '%1' is not an IP address")
                   .arg(hostText)
            << Qt::endl;
        return 2;
    }
    config.port = cl.port.value_or(rt.settings.port());
    const bool keyFromSettings = !cl.apiKey.has_value();
    config.apiKey = cl.apiKey ? cl.apiKey->trimmed() : rt.settings.apiKey();
    config.allowedOrigins = rt.settings.allowedOrigins();
    config.allowedHosts = rt.settings.allowedHosts();
    config.defaultModel = rt.defaultModel;
    config.chatInlineImages = rt.settings.chatImageMode() == AppSettings::ChatImageMode::Inline;

    ApiServer server(config, &rt.catalog, &rt.upstream, rt.store.get(), &rt.log);
    QString error;
    if (!server.listen(&error)) {
        err << BuildInfo::executableName << ": " << error << ' '
            << QCoreApplication::translate(
                   "ServeCommand",
                   "Is another ImageBridge running? Use --port to choose another port (0 picks a "
                   "free one).")
            << Qt::endl;
        return 1;
    }
    if (!config.address.isLoopback())
        err << QCoreApplication::translate(
                   "ServeCommand",
                   "warning: listening on %1, reachable from other machines; anyone with the key "
                   "can use it.")
                   .arg(config.address.toString())
            << Qt::endl;

    out << QCoreApplication::translate("ServeCommand",
                                       "%1 %2 serving the OpenAI-compatible API at %3")
               .arg(QLatin1String(BuildInfo::applicationName), QLatin1String(BuildInfo::version),
                    server.baseUrl().toString())
        << Qt::endl;
    if (keyFromSettings)
        out << QCoreApplication::translate("ServeCommand", "API key: %1").arg(config.apiKey)
            << Qt::endl;
    else
        out << QCoreApplication::translate("ServeCommand",
                                           "API key: as given by --key or IMAGEBRIDGE_API_KEY")
            << Qt::endl;
    out << QCoreApplication::translate("ServeCommand", "Upstream: %1")
               .arg(rt.upstream.endpoint().toString())
        << Qt::endl;
    out << QCoreApplication::translate("ServeCommand", "Images are saved in %1")
               .arg(rt.store->folder())
        << Qt::endl;
    out << QCoreApplication::translate("ServeCommand", "Press Ctrl+C to stop.") << Qt::endl;

    QObject::connect(
        &rt.log, &RequestLog::requestFinished, &server,
        [&out](const RequestLogEntry &entry) { out << entry.summaryLine() << Qt::endl; });

    SignalWatcher signalWatcher;
    QObject::connect(
        &signalWatcher, &SignalWatcher::terminationRequested, &server, [&](int number) {
            out << QCoreApplication::translate("ServeCommand", "Signal %1 received, shutting down.")
                       .arg(number)
                << Qt::endl;
            server.close();
            QCoreApplication::quit();
        });
    return QCoreApplication::exec();
}
