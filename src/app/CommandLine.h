#pragma once

#include "AppContext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// What the user asked for on the command line, with environment overrides folded in.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Mode { Default, Serve, Generate, Grid, ListModels, Sources };

    Mode mode = Mode::Default;
    std::optional<QString> host;
    std::optional<quint16> port;
    std::optional<QString> apiKey;   // --key or IMAGEBRIDGE_API_KEY
    std::optional<QString> upstream; // --upstream or IMAGEBRIDGE_UPSTREAM_URL
    // --source (repeatable) or IMAGEBRIDGE_SOURCES: "PROVIDER=KIND[:URL]" in failover order
    std::optional<QStringList> sources;
    ProviderKeys envFileKeys; // --env-file
    std::optional<QString> catalogFile;
    std::optional<QString> dataDir;      // --data-dir or IMAGEBRIDGE_DATA_DIR
    std::optional<QString> settingsFile; // --settings or IMAGEBRIDGE_SETTINGS_FILE
    bool verbose = false;

    // generate
    QString prompt;
    QString model;
    int count = 1;
    QString outputDir;
    QString format; // png, jpeg, webp or empty (as the upstream gave)
    QString size;   // --size: "1536x1024", "16:9" or empty

    // grid
    QString promptsFile; // one prompt per line; "-" reads stdin
    QStringList models;
    int samples = 1;
    int concurrency = 4;
    QString sheetPath; // -o: the contact sheet (PNG; .html writes the page instead)

    // Parses `arguments` (argv). On --help/--version prints and sets *exitCode to 0; on a
    // usage error prints one line to stderr and sets *exitCode to 2. Either way returns
    // nullopt, and the caller exits with *exitCode.
    static std::optional<CommandLine> parse(const QStringList &arguments, int *exitCode);

    // What the run's AppContext is built from.
    AppOptions appOptions() const;

private:
    struct Options; // every option parse() declares

    // The description, the options and the commands, as --help shows them.
    static void declareOptions(QCommandLineParser &parser, const Options &options);
    // --help or --version: prints it and returns true.
    static bool printHelpOrVersion(const QCommandLineParser &parser);
    // Each reads its part of the command line into `cl`; on a usage error it returns false
    // and *error says why.
    static bool readMode(const QCommandLineParser &parser, const Options &options, CommandLine &cl,
                         QString *error);
    static bool readServerOptions(const QCommandLineParser &parser, const Options &options,
                                  CommandLine &cl, QString *error);
    static bool readGenerateOptions(const QCommandLineParser &parser, const Options &options,
                                    CommandLine &cl, QString *error);
    static bool readGridOptions(const QCommandLineParser &parser, const Options &options,
                                CommandLine &cl, QString *error);
};
