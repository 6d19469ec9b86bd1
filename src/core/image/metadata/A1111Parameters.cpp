#include "image/metadata/A1111Parameters.h"

#include <QHash>
#include <QRegularExpression>

namespace {
// A value holding a comma or a quote is quoted, as Automatic1111 does.
QString value(const QString &text)
{
    QString v = text.simplified();
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')))
        return v;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QHash<QString, QString> pairs(const QString &line)
{
    // The same grammar as Automatic1111's infotext parser.
    static const QRegularExpression pair(
        QStringLiteral(R"(\s*(\w[\w \-/]+):\s*("(?:\\.|[^\\"])+"|[^,]*)(?:,|$))"));
    QHash<QString, QString> result;
    auto it = pair.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString v = m.captured(2).trimmed();
        if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"'))) {
            v = v.mid(1, v.size() - 2);
            v.replace(QLatin1String("\\\""), QLatin1String("\""))
                .replace(QLatin1String("\\\\"), QLatin1String("\\"));
        }
        result.insert(m.captured(1).trimmed(), v);
    }
    return result;
}
} // namespace

QString A1111Parameters::format(const ImageMetadata &m, const QString &software)
{
    QStringList keys{QStringLiteral("Steps: unknown")};
    if (m.pixelSize.isValid())
        keys << QStringLiteral("Size: %1x%2").arg(m.pixelSize.width()).arg(m.pixelSize.height());
    keys << QStringLiteral("Model: ") + value(m.modelId)
         << QStringLiteral("Provider: ") + value(m.provider);
    if (m.created.isValid())
        keys << QStringLiteral("Created: ") + m.created.toUTC().toString(Qt::ISODate);
    keys << QStringLiteral("Version: ") + value(software);
    return m.prompt + QLatin1Char('\n') + keys.join(QLatin1String(", "));
}

std::optional<ImageMetadata> A1111Parameters::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    QString prompt = text;
    QHash<QString, QString> keys;
    const qsizetype lastLine = text.lastIndexOf(QLatin1Char('\n'));
    const QString tail = text.mid(lastLine + 1);
    if (tail.trimmed().startsWith(QLatin1String("Steps:"))) {
        keys = pairs(tail);
        prompt = lastLine < 0 ? QString() : text.left(lastLine);
    }
    const qsizetype negative = prompt.indexOf(QLatin1String("\nNegative prompt:"));
    if (negative >= 0)
        prompt.truncate(negative);

    ImageMetadata m;
    m.prompt = prompt.trimmed();
    m.modelId = keys.value(QStringLiteral("Model"));
    m.provider = keys.value(QStringLiteral("Provider"));
    m.created = QDateTime::fromString(keys.value(QStringLiteral("Created")), Qt::ISODate);
    const QStringList size = keys.value(QStringLiteral("Size")).split(QLatin1Char('x'));
    if (size.size() == 2)
        m.pixelSize = QSize(size[0].toInt(), size[1].toInt());
    m.generator = keys.value(QStringLiteral("Version"), QStringLiteral("Automatic1111"));
    return m;
}
