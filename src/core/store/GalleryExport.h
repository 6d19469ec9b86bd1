#pragma once

#include "store/ImageStore.h"

#include <QCoreApplication>
#include <QPromise>

// A .zip of gallery images as they are on disk, with manifest.json and manifest.csv
// (id, file, prompt, model, provider, created, width, height, bytes, source, starred), so
// a selection or a collection can be archived, shared or read by a spreadsheet.
class GalleryExport
{
    Q_DECLARE_TR_FUNCTIONS(GalleryExport)
public:
    struct Summary
    {
        int exported = 0;
        int missing = 0; // files gone from disk; listed in the manifest as such
        qint64 bytes = 0;
        QString error; // empty on success
    };

    // Runs off the UI thread (QtConcurrent); reports progress per image and stops early,
    // leaving no archive behind, when the future is cancelled. The archive is written
    // with QSaveFile, so a failure never leaves half a file.
    static void run(QPromise<Summary> &promise, const QList<ImageRecord> &records,
                    const QString &zipPath);

    // The name an image gets inside the archive: date, model and id, e.g.
    // "images/2026-12-02_101500_openai-dall-e-3_1a2b3c4d.png".
    static QString entryName(const ImageRecord &record);
    static QByteArray manifestCsv(const QList<ImageRecord> &records, const QSet<QString> &missing);
    static QByteArray manifestJson(const QList<ImageRecord> &records, const QSet<QString> &missing);
};
