#pragma once

#include <QStringList>

class AppContext;

// Each provider's sources in failover order with what the run knows of them (a quota
// window, a refusal), as lines for a terminal: `imagebridge sources`, and the start of
// `--serve`.
QStringList describeSources(const AppContext &context);

// `imagebridge sources`: prints describeSources(); exit code 0.
int runSourcesCommand(const AppContext &context);
