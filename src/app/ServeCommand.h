#pragma once

struct CommandLine;
class AppContext;

// imagebridge --serve: the API server without a window, one log line per request on
// stdout, until SIGINT/SIGTERM. Returns the process exit code.
int runServeCommand(const CommandLine &commandLine, AppContext &context);
