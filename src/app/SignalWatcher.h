#pragma once

#include <QObject>

// Turns SIGINT/SIGTERM (on Windows: Ctrl+C, Ctrl+Break, closing the console, log-off) into a
// Qt signal delivered through the event loop, so shutdown runs as ordinary code rather than
// inside a signal handler.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signal);
};
