#pragma once

struct CommandLine;
class AppContext;

// imagebridge generate "prompt": makes the images, keeps them in the gallery, writes
// copies to the output folder and prints their paths; progress goes to stderr.
// Exit code: 0 all images made, 1 none, 3 some.
int runGenerateCommand(const CommandLine &commandLine, AppContext &context);
