#include "CommandLine.h"

#include "BuildInfo.h"
#include "ServerConfig.h"
#include "generation/GenerationJob.h"
#include "grid/GridRunner.h"
#include "grid/GridRuns.h"
#include "upstream/UpstreamClient.h"
#include "upstream/direct/ImageShape.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
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

// A usage error: *error says why, and the reader stops.
bool reject(QString *error, const QString &message)
{
    *error = message;
    return false;
}
} // namespace

// Every option parse() declares, its texts in the language of the run.
struct CommandLine::Options
{
    QCommandLineOption serve{QStringLiteral("serve"),
                             CommandLine::tr("Run the API server headless until SIGINT/SIGTERM.")};
    QCommandLineOption listModels{QStringLiteral("list-models"),
                                  CommandLine::tr("Print the model ids and exit.")};
    QCommandLineOption host{QStringLiteral("host"),
                            CommandLine::tr("Address to listen on (default 127.0.0.1)."),
                            CommandLine::tr("address")};
    QCommandLineOption port{
        QStringLiteral("port"),
        CommandLine::tr("Port to listen on (default 8787; 0 picks a free one)."),
        CommandLine::tr("port")};
    QCommandLineOption key{
        QStringLiteral("key"),
        CommandLine::tr("API key clients must send (default: the saved, generated key)."),
        CommandLine::tr("key")};
    QCommandLineOption upstream{
        QStringLiteral("upstream"),
        CommandLine::tr("Upstream endpoint URL (default: the public service)."),
        CommandLine::tr("url")};
    QCommandLineOption source{
        QStringLiteral("source"),
        CommandLine::tr("A source for a provider, repeatable, in failover order: "
                        "PROVIDER=public, PROVIDER=deployment:URL or PROVIDER=direct (the "
                        "provider's own API with your key; PROVIDER * for all)."),
        CommandLine::tr("provider=kind[:url]")};
    QCommandLineOption envFile{
        QStringLiteral("env-file"),
        CommandLine::tr("Read provider keys from a dotenv file such as the template's .env.local "
                        "(OPENAI_API_KEY, REPLICATE_API_TOKEN, FIREWORKS_API_KEY, GOOGLE_*); "
                        "the environment's own win."),
        CommandLine::tr("file")};
    QCommandLineOption size{
        QStringLiteral("size"),
        CommandLine::tr("generate: the image's size (1536x1024) or aspect ratio (16:9); only a "
                        "direct source honours it, the nearest its provider makes."),
        CommandLine::tr("shape")};
    QCommandLineOption catalog{
        QStringLiteral("catalog"),
        CommandLine::tr("Model catalog JSON file replacing the built-in one."),
        CommandLine::tr("file")};
    QCommandLineOption dataDir{
        QStringLiteral("data-dir"),
        CommandLine::tr("Folder for the image gallery (default: the user's data folder)."),
        CommandLine::tr("folder")};
    QCommandLineOption settingsFile{
        QStringLiteral("settings"),
        CommandLine::tr("INI file holding the settings (default: the platform's settings store)."),
        CommandLine::tr("file")};
    QCommandLineOption model{QStringList{QStringLiteral("m"), QStringLiteral("model")},
                             CommandLine::tr("generate: model id (default: the default model)."),
                             CommandLine::tr("id")};
    QCommandLineOption count{QStringList{QStringLiteral("n"), QStringLiteral("count")},
                             CommandLine::tr("generate: number of images, 1 to 10."),
                             CommandLine::tr("N"), QStringLiteral("1")};
    QCommandLineOption output{
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        CommandLine::tr("generate: folder to write the images to (default: the current folder)."),
        CommandLine::tr("folder")};
    QCommandLineOption format{
        QStringLiteral("format"),
        CommandLine::tr("generate: png, jpeg or webp (default: as the upstream sends it)."),
        CommandLine::tr("format")};
    QCommandLineOption prompts{
        QStringLiteral("prompts"),
        CommandLine::tr("grid: file with one prompt per line (- for stdin)."),
        CommandLine::tr("file")};
    QCommandLineOption models{QStringLiteral("models"),
                              CommandLine::tr("grid: model ids, separated by commas."),
                              CommandLine::tr("ids")};
    QCommandLineOption samples{
        QStringLiteral("samples"),
        CommandLine::tr("grid: images per prompt and model, 1 to %1.").arg(GridRuns::maxSamples),
        CommandLine::tr("K"), QStringLiteral("1")};
    QCommandLineOption concurrency{
        QStringLiteral("concurrency"),
        CommandLine::tr("grid: images generated at once, 1 to %1 (default 4).")
            .arg(GridRunner::maxConcurrency),
        CommandLine::tr("C"), QStringLiteral("4")};
    QCommandLineOption verbose{QStringLiteral("verbose"), CommandLine::tr("Print debug output.")};
};

std::optional<CommandLine> CommandLine::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    const Options options;
    declareOptions(parser, options);

    auto usageError = [exitCode](const QString &message) {
        printError(message);
        *exitCode = 2;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (printHelpOrVersion(parser)) {
        *exitCode = 0;
        return std::nullopt;
    }

    CommandLine cl;
    QString error;
    if (!readMode(parser, options, cl, &error) || !readServerOptions(parser, options, cl, &error) ||
        !readGenerateOptions(parser, options, cl, &error) ||
        !readGridOptions(parser, options, cl, &error))
        return usageError(error);
    return cl;
}

void CommandLine::declareOptions(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        tr("ImageBridge: a desktop studio and a local OpenAI-compatible server for the AI SDK "
           "Image Generator.\n\n"
           "  imagebridge                      start the desktop studio\n"
           "  imagebridge --serve              run the API server without a window\n"
           "  imagebridge generate \"PROMPT\"    make images and print their paths\n"
           "  imagebridge grid --prompts FILE --models ID[,ID...] -o SHEET.png\n"
           "                                   prompts x models, as a labelled contact sheet\n"
           "  imagebridge --list-models        list the model ids\n"
           "  imagebridge sources              each provider's sources and their state\n\n"
           "Environment: IMAGEBRIDGE_UPSTREAM_URL, IMAGEBRIDGE_SOURCES, IMAGEBRIDGE_API_KEY, "
           "IMAGEBRIDGE_DATA_DIR, IMAGEBRIDGE_SETTINGS_FILE; the template's provider keys "
           "(OPENAI_API_KEY, REPLICATE_API_TOKEN, FIREWORKS_API_KEY, GOOGLE_CLIENT_EMAIL, "
           "GOOGLE_PRIVATE_KEY, GOOGLE_PRIVATE_KEY_ID, GOOGLE_VERTEX_PROJECT, "
           "GOOGLE_VERTEX_LOCATION); IMAGEBRIDGE_<PROVIDER>_BASE_URL and "
           "IMAGEBRIDGE_GOOGLE_TOKEN_URL replace the providers' API addresses."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.serve,   options.listModels, options.host,    options.port,
                       options.key,     options.upstream,   options.source,  options.envFile,
                       options.size,    options.catalog,    options.dataDir, options.settingsFile,
                       options.model,   options.count,      options.output,  options.format,
                       options.prompts, options.models,     options.samples, options.concurrency,
                       options.verbose});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("generate PROMPT: make images; grid: prompts x models."),
                                 QStringLiteral("[generate PROMPT | grid]"));
}

bool CommandLine::printHelpOrVersion(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return true;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << BuildInfo::applicationName << ' ' << BuildInfo::version << Qt::endl;
        return true;
    }
    return false;
}

bool CommandLine::readMode(const QCommandLineParser &parser, const Options &options,
                           CommandLine &cl, QString *error)
{
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1String("sources")) {
        if (positional.size() != 1)
            return reject(error, tr("sources takes no arguments (see --help)"));
        cl.mode = Mode::Sources;
    } else if (!positional.isEmpty() && positional.first() == QLatin1String("grid")) {
        if (positional.size() != 1)
            return reject(error, tr("grid takes no arguments besides its options (see --help)"));
        cl.mode = Mode::Grid;
    } else if (!positional.isEmpty()) {
        if (positional.first() != QLatin1String("generate"))
            return reject(error, tr("unknown command '%1' (see --help)").arg(positional.first()));
        if (positional.size() != 2 || positional.at(1).trimmed().isEmpty())
            return reject(
                error,
                tr("generate takes one prompt in quotes, e.g. imagebridge generate \"a red fox\""));
        cl.mode = Mode::Generate;
        cl.prompt = positional.at(1);
    }
    if (parser.isSet(options.serve)) {
        if (cl.mode == Mode::Generate || cl.mode == Mode::Grid)
            return reject(error, tr("--serve and generate cannot be combined"));
        cl.mode = Mode::Serve;
    }
    if (parser.isSet(options.listModels))
        cl.mode = Mode::ListModels;
    return true;
}

bool CommandLine::readServerOptions(const QCommandLineParser &parser, const Options &options,
                                    CommandLine &cl, QString *error)
{
    if (parser.isSet(options.host)) {
        cl.host = parser.value(options.host);
        if (ServerConfig::addressFor(*cl.host).isNull())
            return reject(
                error, tr("--host '%1' is not an IP address (e.g. 127.0.0.1, or 0.0.0.0 for all)")
                           .arg(*cl.host));
    }
    if (parser.isSet(options.port)) {
        bool ok = false;
        const uint value = parser.value(options.port).toUInt(&ok);
        if (!ok || value > 65535)
            return reject(error, tr("--port must be a number from 0 to 65535"));
        cl.port = quint16(value);
    }
    cl.apiKey = parser.isSet(options.key) ? std::optional<QString>(parser.value(options.key))
                                          : fromEnvironment("IMAGEBRIDGE_API_KEY");
    if (cl.apiKey && cl.apiKey->trimmed().size() < 8)
        return reject(error, tr("the API key must have at least 8 characters"));
    cl.upstream = parser.isSet(options.upstream)
                      ? std::optional<QString>(parser.value(options.upstream))
                      : fromEnvironment("IMAGEBRIDGE_UPSTREAM_URL");
    if (cl.upstream && !UpstreamClient::parseEndpoint(*cl.upstream))
        return reject(error, tr("the upstream URL '%1' is not an http(s) URL").arg(*cl.upstream));
    if (parser.isSet(options.source))
        cl.sources = parser.values(options.source);
    else if (const auto listed = fromEnvironment("IMAGEBRIDGE_SOURCES"))
        cl.sources =
            listed->split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    QString sourceError;
    if (cl.sources && !SourcePlan::parse(*cl.sources, UpstreamSource::publicSite(), &sourceError))
        return reject(error, sourceError);
    if (parser.isSet(options.envFile)) {
        QString envError;
        const auto keys = ProviderKeys::fromEnvFile(parser.value(options.envFile), &envError);
        if (!keys)
            return reject(error, envError);
        cl.envFileKeys = *keys;
    }
    if (parser.isSet(options.catalog))
        cl.catalogFile = parser.value(options.catalog);
    cl.dataDir = parser.isSet(options.dataDir)
                     ? std::optional<QString>(parser.value(options.dataDir))
                     : fromEnvironment("IMAGEBRIDGE_DATA_DIR");
    cl.settingsFile = parser.isSet(options.settingsFile)
                          ? std::optional<QString>(parser.value(options.settingsFile))
                          : fromEnvironment("IMAGEBRIDGE_SETTINGS_FILE");
    cl.verbose = parser.isSet(options.verbose);
    return true;
}

bool CommandLine::readGenerateOptions(const QCommandLineParser &parser, const Options &options,
                                      CommandLine &cl, QString *error)
{
    cl.model = parser.value(options.model);
    bool countOk = false;
    cl.count = parser.value(options.count).toInt(&countOk);
    if (!countOk || cl.count < 1 || cl.count > GenerationRequest::maxImages)
        return reject(error,
                      tr("-n must be a number from 1 to %1").arg(GenerationRequest::maxImages));
    cl.outputDir = parser.value(options.output);
    cl.size = parser.value(options.size).trimmed();
    if (!cl.size.isEmpty() && !ImageShape::parse(cl.size))
        return reject(error, tr("--size must be WIDTHxHEIGHT (1536x1024) or a ratio (16:9)"));
    cl.format = parser.value(options.format).toLower();
    if (!cl.format.isEmpty() && cl.format != QLatin1String("png") &&
        cl.format != QLatin1String("jpeg") && cl.format != QLatin1String("jpg") &&
        cl.format != QLatin1String("webp"))
        return reject(error, tr("--format must be png, jpeg or webp"));
    return true;
}

bool CommandLine::readGridOptions(const QCommandLineParser &parser, const Options &options,
                                  CommandLine &cl, QString *error)
{
    if (cl.mode == Mode::Grid) {
        cl.promptsFile = parser.value(options.prompts);
        for (const QString &id :
             parser.value(options.models).split(QLatin1Char(','), Qt::SkipEmptyParts))
            cl.models.append(id.trimmed());
        cl.sheetPath = parser.value(options.output);
        if (cl.promptsFile.isEmpty() || cl.models.isEmpty() || cl.sheetPath.isEmpty())
            return reject(error,
                          tr("grid needs --prompts FILE, --models ID[,ID...] and -o SHEET.png"));
        bool ok = false;
        cl.samples = parser.value(options.samples).toInt(&ok);
        if (!ok || cl.samples < 1 || cl.samples > GridRuns::maxSamples)
            return reject(error,
                          tr("--samples must be a number from 1 to %1").arg(GridRuns::maxSamples));
        cl.concurrency = parser.value(options.concurrency).toInt(&ok);
        if (!ok || cl.concurrency < 1 || cl.concurrency > GridRunner::maxConcurrency)
            return reject(
                error,
                tr("--concurrency must be a number from 1 to %1").arg(GridRunner::maxConcurrency));
    } else if (parser.isSet(options.prompts) || parser.isSet(options.models) ||
               parser.isSet(options.samples) || parser.isSet(options.concurrency)) {
        return reject(error, tr("--prompts, --models, --samples and --concurrency belong to grid"));
    }
    return true;
}

AppOptions CommandLine::appOptions() const
{
    AppOptions options;
    options.settingsFile = settingsFile.value_or(QString());
    options.catalogFile = catalogFile;
    options.dataFolder = dataDir;
    if (upstream)
        options.upstream = UpstreamClient::parseEndpoint(*upstream);
    options.sources = sources;
    options.host = host;
    options.port = port;
    options.apiKey = apiKey;
    options.envFileKeys = envFileKeys;
    return options;
}
