#pragma once

#include <QByteArray>
#include <QtGlobal>

// A deterministic, photo-like test image of `side` pixels, encoded as `format` ("png",
// "jpeg", "webp"): what the fake upstream answers with and what store and metadata tests
// feed in. Needs only QtGui, so core's tests use it without the fake.
QByteArray makeTestImage(int side, const char *format, quint32 seed);
// The same at `width` x `height` pixels.
QByteArray makeTestImage(int width, int height, const char *format, quint32 seed);
