#pragma once

#include "image/metadata/MetadataFields.h"

#include <QList>
#include <QPair>

// PNG text chunks: read from tEXt, zTXt and iTXt; written as tEXt when the text is
// Latin-1, as uncompressed iTXt (UTF-8) otherwise.
namespace PngText {

using Entry = QPair<QByteArray, QString>; // keyword, text

enum class Growth {
    Any,
    // The last entry's text gets up to two trailing spaces so that the file grows by a
    // multiple of three bytes: the base64 of everything after the text then stays the
    // same, and Base64::encodeEdited() need not encode the image data again.
    MultipleOfThree,
};

// The PNG with `entries` right after IHDR and any earlier text chunk of the same keywords
// removed. Returns an empty array when the PNG is malformed.
QByteArray withEntries(const QByteArray &png, QList<Entry> entries, Growth growth = Growth::Any);

// For a PNG given as standard base64 that isValid() accepted: how many leading bytes hold
// every chunk before the image data (the first IDAT, or IEND), rounded up to a multiple of
// three so that their base64 is a whole prefix of the text. Only chunk headers are decoded.
// -1 when the structure does not hold or a text chunk with one of `keywords` comes later,
// where withEntries() on the whole file would remove it.
qsizetype base64MetadataPrefix(QByteArrayView base64, const QList<QByteArray> &keywords);

// The text chunks before the image data that MetadataFields knows.
MetadataFields read(const QByteArray &png);

} // namespace PngText
