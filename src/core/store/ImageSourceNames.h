#pragma once

#include <QCoreApplication>
#include <QString>

// Who asked for an image, in words: "studio", "command line", ... or the API client's
// address. The same words in the viewer, the gallery, the request log and an export's
// manifest (there untranslated), from one table.
class ImageSourceNames
{
    Q_DECLARE_TR_FUNCTIONS(ImageSourceNames)

public:
    // English, for files (an export's manifest).
    static QString name(const QString &source);
    // In the interface language.
    static QString displayName(const QString &source);
};
