#include "SaveFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

bool saveFileAtomically(const QString &path, const QByteArray &bytes, QString *errorString)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *errorString = file.errorString();
    return false;
}
