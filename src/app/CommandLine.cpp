#include "CommandLine.h"

#include "BuildInfo.h"
#include "ServerConfig.h"
#include "generation/GenerationJob.h"
#include "grid/GridRunner.h"
#include "grid/GridRuns.h"
#include "upstream/UpstreamClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

namespace {
void printError(const QString &message)
{
    QTextStream(stderr) << BuildInfo::executableName << ": " << message << Qt::endl;
}

std::optional<QString> fromEnvironment(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
}
} // namespace

std::optional<CommandLine> CommandLine::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("ImageBridge: a desktop studio and a local OpenAI-compatible server for the AI SDK "
           "Image Generator.\n\n"
           "  imagebridge                      start the desktop studio\n"
           "  imagebridge --serve              run the API server without a window\n"
           "  imagebridge generate \"PROMPT\"    make images and print their paths\n"
           "  imagebridge grid --prompts FILE --models ID[,ID...] -o SHEET.png\n"
           "                                   prompts x models, as a labelled contact sheet\n"
           "  imagebridge --list-models        list the model ids\n\n"
           "Environment: IMAGEBRIDGE_UPSTREAM_URL, IMAGEBRIDGE_API_KEY, IMAGEBRIDGE_DATA_DIR, "
           "IMAGEBRIDGE_SETTINGS_FILE."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serve(QStringLiteral("serve"),
                                   tr("Run the API server headless until SIGINT/SIGTERM."));
    const QCommandLineOption listModels(QStringLiteral("list-models"),
                                        tr("Print the model ids and exit."));
    const QCommandLineOption host(QStringLiteral("host"),
                                  tr("Address to listen on (default 127.0.0.1)."), tr("address"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Port to listen on (default 8787; 0 picks a free one)."),
                                  tr("port"));
    const QCommandLineOption key(
        QStringLiteral("key"), tr("API key clients must send (default: the saved, generated key)."),
        tr("key"));
    const QCommandLineOption upstream(QStringLiteral("upstream"),
                                      tr("Upstream endpoint URL (default: the public service)."),
                                      tr("url"));
    const QCommandLineOption catalog(QStringLiteral("catalog"),
                                     tr("Model catalog JSON file replacing the built-in one."),
                                     tr("file"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        tr("Folder for the image gallery (default: the user's data folder)."), tr("folder"));
    const QCommandLineOption settingsFile(
        QStringLiteral("settings"),
        tr("INI file holding the settings (default: the platform's settings store)."), tr("file"));
    const QCommandLineOption model({QStringLiteral("m"), QStringLiteral("model")},
                                   tr("generate: model id (default: the default model)."),
                                   tr("id"));
    const QCommandLineOption count({QStringLiteral("n"), QStringLiteral("count")},
                                   tr("generate: number of images, 1 to 10."), tr("N"),
                                   QStringLiteral("1"));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        tr("generate: folder to write the images to (default: the current folder)."), tr("folder"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("generate: png, jpeg or webp (default: as the upstream sends it)."), tr("format"));
    const QCommandLineOption prompts(QStringLiteral("prompts"),
                                     tr("grid: file with one prompt per line (- for stdin)."),
                                     tr("file"));
    const QCommandLineOption models(QStringLiteral("models"),
                                    tr("grid: model ids, separated by commas."), tr("ids"));
    const QCommandLineOption samples(
        QStringLiteral("samples"),
        tr("grid: images per prompt and model, 1 to %1.").arg(GridRuns::maxSamples), tr("K"),
        QStringLiteral("1"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        tr("grid: images generated at once, 1 to %1 (default 4).").arg(GridRunner::maxConcurrency),
        tr("C"), QStringLiteral("4"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Print debug output."));
    parser.addOptions({serve, listModels, host, port, key, upstream, catalog, dataDir, settingsFile,
                       model, count, output, format, prompts, models, samples, concurrency,
                       verbose});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("generate PROMPT: make images; grid: prompts x models."),
                                 QStringLiteral("[generate PROMPT | grid]"));

    auto usageError = [exitCode](const QString &message) {
        printError(message);
        *exitCode = 2;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        *exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << BuildInfo::applicationName << ' ' << BuildInfo::version << Qt::endl;
        *exitCode = 0;
        return std::nullopt;
    }

    CommandLine cl;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1String("grid")) {
        if (positional.size() != 1)
            return usageError(tr("grid takes no arguments besides its options (see --help)"));
        cl.mode = Mode::Grid;
    } else if (!positional.isEmpty()) {
        if (positional.first() != QLatin1String("generate"))
            return usageError(tr("unknown command '%1' (see --help)").arg(positional.first()));
        if (positional.size() != 2 || positional.at(1).trimmed().isEmpty())
            return usageError(
                tr("generate takes one prompt in quotes, e.g. imagebridge generate \"a red fox\""));
        cl.mode = Mode::Generate;
        cl.prompt = positional.at(1);
    }
    if (parser.isSet(serve)) {
        if (cl.mode == Mode::Generate || cl.mode == Mode::Grid)
            return usageError(tr("--serve and generate cannot be combined"));
        cl.mode = Mode::Serve;
    }
    if (parser.isSet(listModels))
        cl.mode = Mode::ListModels;

    if (parser.isSet(host)) {
        cl.host = parser.value(host);
        if (ServerConfig::addressFor(*cl.host).isNull())
            return usageError(
                tr("--host '%1' is not an IP address (e.g. 127.0.0.1, or 0.0.0.0 for all)")
                    .arg(*cl.host));
    }
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value > 65535)
            return usageError(tr("--port must be a number from 0 to 65535"));
        cl.port = quint16(value);
    }
    cl.apiKey = parser.isSet(key) ? std::optional<QString>(parser.value(key))
                                  : fromEnvironment("IMAGEBRIDGE_API_KEY");
    if (cl.apiKey && cl.apiKey->trimmed().size() < 8)
        return usageError(tr("the API key must have at least 8 characters"));
    cl.upstream = parser.isSet(upstream) ? std::optional<QString>(parser.value(upstream))
                                         : fromEnvironment("IMAGEBRIDGE_UPSTREAM_URL");
    if (cl.upstream && !UpstreamClient::parseEndpoint(*cl.upstream))
        return usageError(tr("the upstream URL '%1' is not an http(s) URL").arg(*cl.upstream));
    if (parser.isSet(catalog))
        cl.catalogFile = parser.value(catalog);
    cl.dataDir = parser.isSet(dataDir) ? std::optional<QString>(parser.value(dataDir))
                                       : fromEnvironment("IMAGEBRIDGE_DATA_DIR");
    cl.settingsFile = parser.isSet(settingsFile)
                          ? std::optional<QString>(parser.value(settingsFile))
                          : fromEnvironment("IMAGEBRIDGE_SETTINGS_FILE");
    cl.verbose = parser.isSet(verbose);

    cl.model = parser.value(model);
    bool countOk = false;
    cl.count = parser.value(count).toInt(&countOk);
    if (!countOk || cl.count < 1 || cl.count > GenerationRequest::maxImages)
        return usageError(tr("-n must be a number from 1 to %1").arg(GenerationRequest::maxImages));
    cl.outputDir = parser.value(output);
    cl.format = parser.value(format).toLower();
    if (!cl.format.isEmpty() && cl.format != QLatin1String("png") &&
        cl.format != QLatin1String("jpeg") && cl.format != QLatin1String("jpg") &&
        cl.format != QLatin1String("webp"))
        return usageError(tr("--format must be png, jpeg or webp"));

    if (cl.mode == Mode::Grid) {
        cl.promptsFile = parser.value(prompts);
        for (const QString &id : parser.value(models).split(QLatin1Char(','), Qt::SkipEmptyParts))
            cl.models.append(id.trimmed());
        cl.sheetPath = parser.value(output);
        if (cl.promptsFile.isEmpty() || cl.models.isEmpty() || cl.sheetPath.isEmpty())
            return usageError(
                tr("grid needs --prompts FILE, --models ID[,ID...] and -o SHEET.png"));
        bool ok = false;
        cl.samples = parser.value(samples).toInt(&ok);
        if (!ok || cl.samples < 1 || cl.samples > GridRuns::maxSamples)
            return usageError(
                tr("--samples must be a number from 1 to %1").arg(GridRuns::maxSamples));
        cl.concurrency = parser.value(concurrency).toInt(&ok);
        if (!ok || cl.concurrency < 1 || cl.concurrency > GridRunner::maxConcurrency)
            return usageError(
                tr("--concurrency must be a number from 1 to %1").arg(GridRunner::maxConcurrency));
    } else if (parser.isSet(prompts) || parser.isSet(models) || parser.isSet(samples) ||
               parser.isSet(concurrency)) {
        return usageError(tr("--prompts, --models, --samples and --concurrency belong to grid"));
    }
    return cl;
}

AppOptions CommandLine::appOptions() const
{
    AppOptions options;
    options.settingsFile = settingsFile.value_or(QString());
    options.catalogFile = catalogFile;
    options.dataFolder = dataDir;
    if (upstream)
        options.upstream = UpstreamClient::parseEndpoint(*upstream);
    options.host = host;
    options.port = port;
    options.apiKey = apiKey;
    return options;
}
