#include "upstream/UpstreamAnswer.h"

#include "image/Base64.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Finds the string value of "image" by a byte scan. Returns false when the value is not a
// plain string (escapes inside), so the caller falls back to a full JSON parse. *checked
// says the value was also found to be valid base64 on the way.
bool scanImageValue(const QByteArray &body, QByteArrayView *value, bool *checked)
{
    *checked = false;
    const QByteArray key = QByteArrayLiteral("\"image\"");
    const qsizetype keyAt = body.indexOf(key);
    if (keyAt < 0)
        return false;
    qsizetype i = keyAt + key.size();
    while (i < body.size() && isJsonSpace(body[i]))
        ++i;
    if (i >= body.size() || body[i] != ':')
        return false;
    ++i;
    while (i < body.size() && isJsonSpace(body[i]))
        ++i;
    if (i >= body.size() || body[i] != '"')
        return false;
    const qsizetype start = i + 1;
    // The usual answer, in one pass over the megabytes: base64 has no quote or backslash,
    // so a run of its alphabet, its padding and the closing quote are the whole value.
    qsizetype end = start + Base64::alphabetRun(QByteArrayView(body).sliced(start));
    for (int pad = 0; pad < 2 && end < body.size() && body[end] == '='; ++pad)
        ++end;
    if (end < body.size() && body[end] == '"') {
        *value = QByteArrayView(body.constData() + start, end - start);
        *checked = !value->isEmpty() && value->size() % 4 == 0;
        return true;
    }
    // Something else first (a data: prefix, a character base64 does not have). The run
    // scanned so far holds no quote: the search goes on from where it stopped.
    end = body.indexOf('"', end);
    if (end < 0)
        return false;
    const QByteArrayView candidate(body.constData() + start, end - start);
    if (candidate.contains('\\'))
        return false;
    *value = candidate;
    return true;
}
} // namespace

QString UpstreamAnswer::errorText(const QByteArray &body)
{
    constexpr qsizetype maxErrorBody = 64 * 1024;
    if (body.size() > maxErrorBody)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue error = doc.object().value(QLatin1String("error"));
    if (error.isString())
        return error.toString().left(500);
    if (error.isObject())
        return error.toObject().value(QLatin1String("message")).toString().left(500);
    return {};
}

UpstreamAnswer UpstreamAnswer::check(QByteArray base64, qint64 maxImageBytes)
{
    using Kind = UpstreamError::Kind;
    UpstreamAnswer answer;
    if (!Base64::isValid(base64)) {
        answer.error = {
            Kind::InvalidResponse, 200,
            tr("The upstream answered garbage: %1").arg(tr("the image is not valid base64"))};
        return answer;
    }
    const qint64 size = Base64::decodedSize(base64);
    if (size > maxImageBytes) {
        answer.error = {Kind::TooLarge, 200,
                        tr("The upstream sent an image larger than %1 MiB.")
                            .arg(maxImageBytes / (1024 * 1024))};
        return answer;
    }
    answer.type = ImageFormat::sniff(Base64::decodePrefix(base64, 16));
    if (answer.type == ImageType::Unknown) {
        answer.error = {Kind::InvalidResponse, 200,
                        tr("The upstream answered garbage: %1")
                            .arg(tr("the data is not a PNG, JPEG, WebP or GIF image"))};
        return answer;
    }
    answer.byteSize = size;
    answer.base64 = std::move(base64);
    return answer;
}

UpstreamAnswer UpstreamAnswer::parse(QByteArray body, qint64 maxImageBytes)
{
    using Kind = UpstreamError::Kind;
    UpstreamAnswer answer;
    auto invalid = [&answer](const QString &why) {
        answer.error = {Kind::InvalidResponse, 200,
                        tr("The upstream answered garbage: %1").arg(why)};
        return answer;
    };
    const QByteArrayView trimmed = QByteArrayView(body).trimmed(); // no copy of megabytes
    if (!trimmed.startsWith('{') || !trimmed.endsWith('}'))
        return invalid(tr("not a JSON object"));

    QByteArrayView image;
    QByteArray parsedImage;
    bool checked = false;
    if (!scanImageValue(body, &image, &checked)) {
        // Rare: escaped characters or an unusual layout. Parse properly.
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (!doc.isObject())
            return invalid(parseError.errorString());
        const QJsonValue value = doc.object().value(QLatin1String("image"));
        if (!value.isString()) {
            const QString said = errorText(body);
            return invalid(said.isEmpty() ? tr("no image in the answer") : said);
        }
        parsedImage = value.toString().toLatin1();
        image = parsedImage;
    }
    if (image.startsWith("data:")) {
        const qsizetype comma = image.indexOf(',');
        image = comma < 0 ? QByteArrayView() : image.sliced(comma + 1);
    }
    if (!checked && !Base64::isValid(image))
        return invalid(tr("the image is not valid base64"));
    const qint64 size = Base64::decodedSize(image);
    if (size > maxImageBytes) {
        answer.error = {Kind::TooLarge, 200,
                        tr("The upstream sent an image larger than %1 MiB.")
                            .arg(maxImageBytes / (1024 * 1024))};
        return answer;
    }
    answer.type = ImageFormat::sniff(Base64::decodePrefix(image, 16));
    if (answer.type == ImageType::Unknown)
        return invalid(tr("the data is not a PNG, JPEG, WebP or GIF image"));

    if (!parsedImage.isEmpty()) {
        answer.base64 = parsedImage.right(image.size());
    } else {
        // Cut the body down to the image in place: no copy of megabytes.
        const qsizetype start = image.data() - body.constData();
        const qsizetype length = image.size();
        body.truncate(start + length);
        body.remove(0, start);
        answer.base64 = std::move(body);
    }
    answer.byteSize = size;
    return answer;
}
