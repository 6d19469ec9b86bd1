#include "upstream/direct/ImageShape.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

std::optional<ImageShape> ImageShape::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})\\s*([x:])\\s*(\\d{1,5})$"));
    const auto match = pattern.match(text.trimmed().toLower());
    if (!match.hasMatch())
        return std::nullopt;
    ImageShape shape{match.captured(1).toInt(), match.captured(3).toInt(),
                     match.captured(2) == QLatin1String(":")};
    if (shape.width <= 0 || shape.height <= 0)
        return std::nullopt;
    return shape;
}

QString ImageShape::nearest(const QString &shape, const QStringList &choices,
                            const QString &fallback)
{
    const auto wanted = parse(shape);
    if (!wanted)
        return fallback;
    QString best = fallback;
    double bestRatio = std::numeric_limits<double>::max();
    double bestArea = std::numeric_limits<double>::max();
    for (const QString &choice : choices) {
        const auto option = parse(choice);
        if (!option)
            continue;
        const double ratioDistance = std::abs(std::log(option->ratio() / wanted->ratio()));
        const double areaDistance =
            wanted->isRatio || option->isRatio
                ? 0
                : std::abs(std::log(double(option->width) * option->height /
                                    (double(wanted->width) * wanted->height)));
        if (ratioDistance < bestRatio - 1e-9 ||
            (std::abs(ratioDistance - bestRatio) < 1e-9 && areaDistance < bestArea)) {
            best = choice;
            bestRatio = ratioDistance;
            bestArea = areaDistance;
        }
    }
    return best;
}
