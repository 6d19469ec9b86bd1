#pragma once

struct CommandLine;
class AppContext;

// imagebridge grid --prompts FILE --models ID[,ID...] [--samples K] [--concurrency C]
// -o SHEET.png: makes every prompt on every model, keeps every image in the gallery
// (and the run, so the studio can resume it), writes the labelled contact sheet (or the
// HTML page when SHEET ends in .html) and prints its path; progress goes to stderr.
// Exit code: 0 every cell made, 3 some, 1 none, 2 a usage error.
int runGridCommand(const CommandLine &commandLine, AppContext &context);
