#include "SignalWatcher.h"

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};

void onSignal(int number)
{
    const char byte = char(number);
    // write() is async-signal-safe; the event loop reads the byte.
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}
} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(signalPipe[1], &byte, 1) == 1)
            emit terminationRequested(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

SignalWatcher::~SignalWatcher()
{
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    for (int &fd : signalPipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

#else
#include <QCoreApplication>
#include <QMetaObject>

#include <atomic>
#include <cstdlib>
#include <windows.h>

namespace {
std::atomic<SignalWatcher *> instance{nullptr};
HANDLE stopped = nullptr; // set at exit, after main() has returned: shutdown has run

// Runs on a thread Windows creates for the console event.
BOOL WINAPI onConsoleEvent(DWORD type)
{
    const bool closing =
        type == CTRL_CLOSE_EVENT || type == CTRL_LOGOFF_EVENT || type == CTRL_SHUTDOWN_EVENT;
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && !closing)
        return FALSE;
    // Queued to the watcher's thread; dropped by Qt if the watcher is gone by then.
    if (SignalWatcher *watcher = instance.load())
        QMetaObject::invokeMethod(
            watcher, [watcher] { emit watcher->terminationRequested(2); }, Qt::QueuedConnection);
    // Windows ends the process as soon as this returns for a closing console (and after
    // about 5 s regardless): wait for the shutdown to finish so it is a clean one.
    if (closing && stopped)
        WaitForSingleObject(stopped, 4500);
    return TRUE;
}
} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    instance = this;
    if (!stopped) {
        stopped = CreateEventW(nullptr, TRUE, FALSE, nullptr);
        std::atexit([] { SetEvent(stopped); });
    }
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

SignalWatcher::~SignalWatcher()
{
    instance = nullptr;
}
#endif
