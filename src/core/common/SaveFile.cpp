#include "common/SaveFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

namespace {
// One write() of megabytes costs the kernel about three times the CPU of the same bytes in
// pieces that stay in the CPU cache while they are copied (measured here: 6.0 ms against
// 2.0 ms for a fresh 1.8 MB buffer on ext4).
constexpr qsizetype writePiece = 256 * 1024;

bool writeInPieces(QSaveFile &file, const QByteArray &bytes)
{
    for (qsizetype at = 0; at < bytes.size(); at += writePiece) {
        const qsizetype length = std::min(writePiece, bytes.size() - at);
        if (file.write(bytes.constData() + at, length) != length)
            return false;
    }
    return true;
}
} // namespace

bool saveFileAtomically(const QString &path, const QByteArray &bytes, QString *errorString)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && writeInPieces(file, bytes) && file.commit())
        return true;
    *errorString = file.errorString();
    return false;
}

void releaseFromPageCache(const QString &path)
{
#ifdef Q_OS_LINUX
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        ::posix_fadvise(file.handle(), 0, 0, POSIX_FADV_DONTNEED);
#else
    Q_UNUSED(path)
#endif
}
