#include "image/ImageMetadata.h"

#include "BuildInfo.h"
#include "image/Base64.h"
#include "image/metadata/A1111Parameters.h"
#include "image/metadata/ExifUserComment.h"
#include "image/metadata/JpegSegments.h"
#include "image/metadata/PngText.h"
#include "image/metadata/WebpChunks.h"
#include "image/metadata/WorkflowMetadata.h"
#include "image/metadata/XmpPacket.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
// The PNG text keywords embedInto() writes, and so replaces.
constexpr char pngParameters[] = "parameters";
constexpr char pngXmp[] = "XML:com.adobe.xmp";
constexpr char pngRecord[] = "imagebridge";

QByteArray recordJson(const ImageMetadata &m)
{
    QJsonObject o{{QLatin1String("prompt"), m.prompt},
                  {QLatin1String("model"), m.modelId},
                  {QLatin1String("provider"), m.provider},
                  {QLatin1String("created"), m.created.toUTC().toString(Qt::ISODate)},
                  {QLatin1String("software"), ImageMetadata::software()}};
    if (!m.upstream.isEmpty())
        o.insert(QLatin1String("upstream"), m.upstream);
    if (m.pixelSize.isValid()) {
        o.insert(QLatin1String("width"), m.pixelSize.width());
        o.insert(QLatin1String("height"), m.pixelSize.height());
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<ImageMetadata> fromRecord(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (!o.value(QLatin1String("prompt")).isString())
        return std::nullopt;
    ImageMetadata m;
    m.prompt = o.value(QLatin1String("prompt")).toString();
    m.modelId = o.value(QLatin1String("model")).toString();
    m.provider = o.value(QLatin1String("provider")).toString();
    m.upstream = o.value(QLatin1String("upstream")).toString();
    m.created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate);
    const int width = o.value(QLatin1String("width")).toInt();
    const int height = o.value(QLatin1String("height")).toInt();
    if (width > 0 && height > 0)
        m.pixelSize = QSize(width, height);
    m.generator = o.value(QLatin1String("software")).toString(QStringLiteral("ImageBridge"));
    return m;
}

std::optional<ImageMetadata> interpret(const MetadataFields &fields)
{
    const XmpPacket::Contents xmp = XmpPacket::parse(fields.xmp);
    for (const QByteArray &record : {fields.imageBridgeJson, xmp.record}) {
        if (auto m = fromRecord(record))
            return m;
    }
    if (auto m = A1111Parameters::parse(fields.parameters))
        return m;
    if (auto m = WorkflowMetadata::fromInvokeAi(fields.invokeAiMetadata))
        return m;
    if (auto m = WorkflowMetadata::fromComfyUi(fields.comfyPrompt))
        return m;
    if (xmp.description.isEmpty())
        return std::nullopt;
    ImageMetadata m;
    m.prompt = xmp.description;
    m.generator = xmp.creatorTool;
    return m;
}

QByteArray xmpFor(const ImageMetadata &m, bool withRecord)
{
    return XmpPacket::build(m.prompt, ImageMetadata::software(), m.created,
                            withRecord ? recordJson(m) : QByteArray());
}

QByteArray embedJpeg(const QByteArray &bytes, const ImageMetadata &m)
{
    const QByteArray exif =
        JpegSegments::exifPrefix +
        ExifUserComment::build(A1111Parameters::format(m, ImageMetadata::software()),
                               ImageMetadata::software());
    // A JPEG segment holds 64 KiB: a very long prompt leaves the record out of the XMP
    // (the parameters text still has it all).
    QByteArray xmp = JpegSegments::xmpPrefix + xmpFor(m, true);
    if (xmp.size() > JpegSegments::maxPayload)
        xmp = JpegSegments::xmpPrefix + xmpFor(m, false);
    return JpegSegments::withApp1(bytes, {exif, xmp});
}
} // namespace

QString ImageMetadata::software()
{
    return QStringLiteral("%1 %2").arg(QLatin1String(BuildInfo::applicationName),
                                       QLatin1String(BuildInfo::version));
}

QByteArray ImageMetadata::embedInto(const QByteArray &bytes) const
{
    ImageMetadata m = *this;
    if (!m.pixelSize.isValid())
        m.pixelSize = ImageFormat::pixelSize(bytes);
    QByteArray out;
    switch (ImageFormat::sniff(bytes)) {
    case ImageType::Png:
        out = PngText::withEntries(bytes,
                                   {{pngParameters, A1111Parameters::format(m, software())},
                                    {pngXmp, QString::fromUtf8(xmpFor(m, false))},
                                    {pngRecord, QString::fromUtf8(recordJson(m))}},
                                   PngText::Growth::MultipleOfThree);
        break;
    case ImageType::Jpeg:
        out = embedJpeg(bytes, m);
        break;
    case ImageType::Webp:
        out = WebpChunks::withMetadata(
            bytes, ExifUserComment::build(A1111Parameters::format(m, software()), software()),
            xmpFor(m, true));
        break;
    case ImageType::Gif:
    case ImageType::Unknown:
        break;
    }
    return out.isEmpty() ? bytes : out; // malformed: left as it is (found by fuzzing)
}

bool ImageMetadata::embedIntoBase64(QByteArray &base64) const
{
    if (ImageFormat::sniff(Base64::decodePrefix(base64, 8)) != ImageType::Png)
        return false;
    const qsizetype prefix =
        PngText::base64MetadataPrefix(base64, {pngParameters, pngXmp, pngRecord});
    if (prefix < 0)
        return false;
    // The chunks before the image data, edited like the whole file would be. Their size
    // changes by a multiple of three (PngText::Growth), so the rest of the text still fits.
    const qsizetype prefixChars = prefix / 3 * 4;
    const QByteArray head = Base64::decode(QByteArrayView(base64).first(prefixChars));
    const QByteArray edited = embedInto(head);
    if (edited.size() == head.size() || edited.size() % 3 != 0)
        return false;
    // Removing from the front only moves QByteArray's start; prepending uses the room
    // before it when there is enough. Megabytes of image data stay where they are.
    base64.remove(0, prefixChars);
    base64.prepend(edited.toBase64());
    return true;
}

QByteArray ImageMetadata::base64Buffer(qsizetype capacity)
{
    QByteArray buffer;
    buffer.reserve(base64HeadRoom + capacity);
    // A byte more than the room: removing everything would leave the start where it is.
    buffer.resize(base64HeadRoom + 1);
    buffer.remove(0, base64HeadRoom);
    buffer.resize(0);
    return buffer;
}

std::optional<ImageMetadata> ImageMetadata::readFrom(const QByteArray &bytes)
{
    switch (ImageFormat::sniff(bytes)) {
    case ImageType::Png:
        return interpret(PngText::read(bytes));
    case ImageType::Jpeg:
        return interpret(JpegSegments::read(bytes));
    case ImageType::Webp:
        return interpret(WebpChunks::read(bytes));
    case ImageType::Gif:
    case ImageType::Unknown:
        break;
    }
    return std::nullopt;
}
