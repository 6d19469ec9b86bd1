#pragma once

#include <QByteArray>

// Unguessable identifiers from the system's cryptographic random source: image ids (the
// secret of an image URL), API keys, request and completion ids.
namespace RandomId {
// `bytes` random bytes as lower-case hex (2 characters a byte).
QByteArray hex(int bytes);
// `bytes` random bytes as unpadded base64url.
QByteArray base64Url(int bytes);
} // namespace RandomId
