#pragma once

#include <QByteArray>
#include <QString>

// Writes `bytes` to `path` all at once or not at all (QSaveFile: a temporary file renamed
// on success), creating the folder if needed, so an interrupted write never leaves a torn
// image behind. On failure returns false and *errorString holds the file's error.
bool saveFileAtomically(const QString &path, const QByteArray &bytes, QString *errorString);
