#pragma once

#include "MetadataFields.h"

#include <QList>
#include <QPair>

// PNG text chunks: read from tEXt, zTXt and iTXt; written as tEXt when the text is
// Latin-1, as uncompressed iTXt (UTF-8) otherwise.
namespace PngText {

using Entry = QPair<QByteArray, QString>; // keyword, text

// The PNG with `entries` right after IHDR and any earlier text chunk of the same keywords
// removed. Returns an empty array when the PNG is malformed.
QByteArray withEntries(const QByteArray &png, const QList<Entry> &entries);

// The text chunks before the image data that MetadataFields knows.
MetadataFields read(const QByteArray &png);

} // namespace PngText
