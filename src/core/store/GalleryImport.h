#pragma once

#include "store/ImageStore.h"

#include <QCoreApplication>
#include <QPromise>
#include <QSet>

// Brings a folder of images (and its subfolders) into the gallery: each file is read off
// the UI thread, recognised by its content (not its name), checked against the gallery by
// SHA-256 so nothing comes in twice, and described by the metadata it carries
// (ImageBridge, Automatic1111, ComfyUI, InvokeAI, XMP). The files are copied; the folder
// is left as it was.
class GalleryImport
{
    Q_DECLARE_TR_FUNCTIONS(GalleryImport)
public:
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;

    struct Event
    {
        enum class Kind { Image, Duplicate, Unreadable, Hashed };
        Kind kind = Kind::Image;
        QString path;       // the file looked at
        ImageRecord record; // Image: ready for ImageStore::add(); Hashed: id only
        QByteArray bytes;   // Image: the file's bytes
        QByteArray sha256;  // Image and Hashed
    };

    struct Summary
    {
        int imported = 0;
        int duplicates = 0;
        int unreadable = 0;
        QStringList unreadableFiles; // the first few, to name them

        void count(const Event &event);
        QString text() const;
    };

    // Image files under `folder` by their suffix (png, jpg, jpeg, webp, gif), sorted.
    static QStringList imageFiles(const QString &folder);

    // First hashes the gallery's files that have no hash yet (`unhashed`: id and path;
    // older galleries), reported as Hashed events, then looks at each file. One event per
    // file, progress per file; stops when the future is cancelled.
    static void run(QPromise<Event> &promise, const QStringList &files,
                    QSet<QByteArray> knownHashes, const QList<QPair<QString, QString>> &unhashed);
};
