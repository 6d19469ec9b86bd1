#pragma once

#include "ImageFormat.h"

#include <QDateTime>
#include <QString>

#include <optional>

// What made an image, written into the file itself (PNG iTXt, JPEG comment, WebP XMP) so
// an image stays self-describing outside the app; dropping it back restores the prompt.
struct ImageMetadata
{
    QString prompt;
    QString modelId;
    QString provider;
    QDateTime created;

    // The bytes with the metadata added; unchanged when the type is not supported (GIF)
    // or the file is malformed.
    QByteArray embedInto(const QByteArray &bytes) const;
    static std::optional<ImageMetadata> readFrom(const QByteArray &bytes);
};
