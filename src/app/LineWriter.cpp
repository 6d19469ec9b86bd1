#include "LineWriter.h"

#include <QByteArray>
#include <QCoreApplication>

#include <chrono>
#include <climits>
#include <condition_variable>
#include <deque>
#include <mutex>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <cerrno>
#include <unistd.h>
#endif

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LineWriter)
};

// False when the descriptor takes no more (the reader is gone).
bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
#ifdef Q_OS_WIN
        const int n = ::_write(fd, bytes.constData() + done, unsigned(bytes.size() - done));
#else
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
#endif
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}
} // namespace

struct LineWriter::State
{
    explicit State(int descriptor, int maxLines)
        : fd(descriptor)
        , capacity(maxLines)
    {}

    const int fd;
    const int capacity;
    std::mutex mutex;
    std::condition_variable wake;    // a line waits, or stopping
    std::condition_variable drained; // nothing waits and nothing is being written
    std::deque<QByteArray> lines;
    qint64 leftOut = 0;
    qint64 leftOutUnreported = 0;
    bool writing = false;
    bool broken = false;
    bool stopping = false;

    bool idle() const { return broken || (lines.empty() && !writing); }
};

LineWriter::LineWriter(int fd, int capacity)
    : m_state(std::make_shared<State>(fd, std::max(1, capacity)))
    , m_thread([state = m_state] { run(state); })
{}

LineWriter::~LineWriter()
{
    std::unique_lock lock(m_state->mutex);
    m_state->drained.wait_for(lock, std::chrono::milliseconds(flushTimeoutMs),
                              [this] { return m_state->idle(); });
    m_state->stopping = true;
    const bool stuck = m_state->writing;
    lock.unlock();
    m_state->wake.notify_all();
    if (stuck)
        m_thread.detach(); // blocked on a reader that does not read; the process exit ends it
    else
        m_thread.join();
}

void LineWriter::write(const QString &line)
{
    {
        const std::lock_guard lock(m_state->mutex);
        if (m_state->broken)
            return;
        if (int(m_state->lines.size()) >= m_state->capacity) {
            ++m_state->leftOut;
            // An empty entry marks where lines were left out: the count is written there.
            if (m_state->leftOutUnreported++ == 0)
                m_state->lines.emplace_back();
            return;
        }
        m_state->lines.push_back(line.toUtf8() + '\n');
    }
    m_state->wake.notify_one();
}

qint64 LineWriter::leftOut() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->leftOut;
}

void LineWriter::run(const std::shared_ptr<State> &state)
{
    std::unique_lock lock(state->mutex);
    for (;;) {
        state->wake.wait(lock, [&] { return state->stopping || !state->lines.empty(); });
        if (state->lines.empty())
            return; // stopping, everything written
        QByteArray bytes = std::move(state->lines.front());
        state->lines.pop_front();
        if (bytes.isEmpty()) {
            const int count = int(std::min<qint64>(state->leftOutUnreported, INT_MAX));
            bytes = Tr::tr("(%n line(s) left out: the output was not being read)", nullptr, count)
                        .toUtf8() +
                    '\n';
            state->leftOutUnreported = 0;
        }
        state->writing = true;
        lock.unlock();
        const bool ok = writeAll(state->fd, bytes);
        lock.lock();
        state->writing = false;
        if (!ok) {
            state->broken = true;
            state->lines.clear();
        }
        if (state->idle())
            state->drained.notify_all();
        if (state->broken)
            return;
    }
}
