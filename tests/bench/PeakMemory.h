#pragma once

#include <QFile>

// Resident memory figures of a process from /proc, in KiB; -1 where /proc is not there.
inline qint64 procStatusKiB(const char *field, qint64 pid = 0)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid)
                         : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// The peak resident memory (VmHWM).
inline qint64 peakMemoryKiB(qint64 pid = 0)
{
    return procStatusKiB("VmHWM", pid);
}

// The resident memory now (VmRSS).
inline qint64 residentMemoryKiB(qint64 pid = 0)
{
    return procStatusKiB("VmRSS", pid);
}

// Starts a new peak: VmHWM drops to the current VmRSS (Linux, "5" in clear_refs).
inline bool resetPeakMemory(qint64 pid)
{
    QFile refs(QStringLiteral("/proc/%1/clear_refs").arg(pid));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}
