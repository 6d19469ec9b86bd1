#pragma once

#include "grid/GridRuns.h"

#include <QCoreApplication>
#include <QImage>

// A grid run as one picture or one page: prompts as rows, models as columns, each cell
// with its samples, labelled, with a footer naming the date and ImageBridge's version.
// Painting text needs a QGuiApplication (the command line makes an offscreen one).
class ContactSheet
{
    Q_DECLARE_TR_FUNCTIONS(ContactSheet)
public:
    struct Input
    {
        GridRunInfo run;
        QStringList modelNames; // by model index
        QList<GridCell> cells;
        // The cells' images by image id; a missing one is drawn as a failed cell.
        QHash<QString, QImage> images;
    };

    static constexpr int thumbSide = 256;

    static QImage render(const Input &input);
    // Self-contained: the images are embedded (JPEG, at most 512 px on a side).
    static QByteArray html(const Input &input);

    // The cell's images, loaded from the store's files (run off the UI thread).
    static QHash<QString, QImage> loadImages(const QHash<QString, QString> &pathsById, int maxSide);
};
