#pragma once

#include <QString>

#include <memory>
#include <thread>

// Writes lines to a file descriptor (stdout) from a thread of its own, so a reader that stops
// reading (a paused `| less`, a stuck log shipper) never blocks the caller. At most
// `capacity` lines wait; further ones are left out and counted, and the count is written in
// their place once the reader takes lines again.
class LineWriter
{
public:
    explicit LineWriter(int fd, int capacity = 1000);
    // Writes what still waits if the reader takes it within flushTimeoutMs, then stops.
    ~LineWriter();

    LineWriter(const LineWriter &) = delete;
    LineWriter &operator=(const LineWriter &) = delete;

    static constexpr int flushTimeoutMs = 2000;
    static constexpr int standardOutput = 1; // the descriptor, on POSIX and Windows alike

    // Never blocks on the descriptor.
    void write(const QString &line);
    qint64 leftOut() const;

private:
    struct State;
    static void run(const std::shared_ptr<State> &state);

    // Shared with the thread: one stuck in write() at exit is let go, not joined.
    std::shared_ptr<State> m_state;
    std::thread m_thread;
};
