#pragma once

struct CommandLine;
class Runtime;

// The desktop studio: builds the window over the runtime and runs the event loop.
int runStudioCommand(const CommandLine &commandLine, Runtime &runtime);
