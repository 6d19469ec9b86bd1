#pragma once

class AppContext;

// The desktop studio: builds the window over the run's context and runs the event loop.
int runStudioCommand(AppContext &context);
