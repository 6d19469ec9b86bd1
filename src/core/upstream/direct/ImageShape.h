#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The shape asked of an image: pixels ("1536x1024", the API's `size`) or a ratio ("16:9",
// the studio's choice), and the nearest one a provider supports.
struct ImageShape
{
    int width = 0; // pixels, or the ratio's terms
    int height = 0;
    bool isRatio = false;

    // nullopt for empty, "auto" or anything else that is not a shape.
    static std::optional<ImageShape> parse(const QString &text);
    double ratio() const { return double(width) / double(height); }

    // The entry of `choices` ("WxH" or "W:H", all of one kind) nearest to `shape`: the
    // closest ratio, then (pixels) the closest area. `fallback` when `shape` is not one.
    static QString nearest(const QString &shape, const QStringList &choices,
                           const QString &fallback);
};
