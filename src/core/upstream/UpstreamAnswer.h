#pragma once

#include "image/ImageFormat.h"
#include "upstream/UpstreamError.h"

#include <QByteArray>
#include <QCoreApplication>

// Reads the upstream's 200 answer, {"provider": ..., "image": "<base64>"}: finds and checks
// the image without decoding it (base64 alphabet, size, magic bytes) and says in plain words
// what is wrong when the answer is not a usable image. Sees bytes from the network: fuzzed
// (tests/fuzz).
struct UpstreamAnswer
{
    Q_DECLARE_TR_FUNCTIONS(UpstreamAnswer)
public:
    QByteArray base64; // the image as the upstream sent it, without a data: prefix
    ImageType type = ImageType::Unknown;
    qint64 byteSize = 0; // decoded
    UpstreamError error; // InvalidResponse or TooLarge when not usable

    static UpstreamAnswer parse(QByteArray body, qint64 maxImageBytes);
    // The same checks for an image's bare base64 (a direct provider's, out of its envelope).
    static UpstreamAnswer check(QByteArray base64, qint64 maxImageBytes);
    // The "error" text of an upstream failure body ({"error": "..."} or {"error": {"message"}}),
    // at most 500 characters; empty when there is none.
    static QString errorText(const QByteArray &body);
};
