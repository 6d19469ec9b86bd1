#include "TestImages.h"
#include "image/Base64.h"
#include "image/Crc32.h"
#include "image/ImageMetadata.h"
#include "image/metadata/A1111Parameters.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>
#include <QtConcurrent>

// The metadata ImageBridge writes must be read by other tools, so besides our own reader
// the tests use Qt's image reader and, where it is installed, exiftool.
class TestImageMetadata : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void pngTextIsReadByQt();
    void exiftoolReadsIt_data();
    void exiftoolReadsIt();
    void writingTwiceReplaces_data();
    void writingTwiceReplaces();
    void splicesIntoPngBase64();
    void splicingMovesNoImageData();
    void longPromptStillFitsJpeg();
    void readsOtherTools_data();
    void readsOtherTools();
    void readsEarlierImageBridgeJpeg();
    void leavesMalformedPngAlone();
    void workerThreadsThatParsedEndCleanly();

private:
    static ImageMetadata
    sample(const QString &prompt = QStringLiteral("a \"quoted\" <fox> & 狐狸"));
    static QByteArray pngWithText(const QList<QPair<QString, QString>> &texts);
};

ImageMetadata TestImageMetadata::sample(const QString &prompt)
{
    ImageMetadata m;
    m.prompt = prompt;
    m.modelId = QStringLiteral("replicate/flux-dev");
    m.provider = QStringLiteral("replicate");
    m.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    return m;
}

// Written by Qt's own PNG writer, as another tool would (it compresses long texts).
QByteArray TestImageMetadata::pngWithText(const QList<QPair<QString, QString>> &texts)
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    for (const auto &t : texts)
        image.setText(t.first, t.second); // QImageWriter::setText() would fold line breaks
    QImageWriter(&buffer, "png").write(image);
    return bytes;
}

void TestImageMetadata::roundTrip_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::newRow("png") << QByteArray("png");
    QTest::newRow("jpeg") << QByteArray("jpeg");
    QTest::newRow("webp") << QByteArray("webp");
}

void TestImageMetadata::roundTrip()
{
    QFETCH(QByteArray, format);
    const QByteArray original = makeTestImage(40, format.constData(), 9);
    QVERIFY(!ImageMetadata::readFrom(original));
    const ImageMetadata m = sample();
    const QByteArray tagged = m.embedInto(original);
    QVERIFY(tagged.size() > original.size());
    if (format == "png") { // so that the upstream's base64 of the image data can be reused
        for (const QString &prompt :
             {QStringLiteral("a"), QStringLiteral("a&"), QStringLiteral("a&&"),
              QStringLiteral("a\"<"), QStringLiteral("ü")}) {
            const QByteArray padded = sample(prompt).embedInto(original);
            QCOMPARE((padded.size() - original.size()) % 3, 0);
            QCOMPARE(ImageMetadata::readFrom(padded)->prompt, prompt);
        }
    }
    QCOMPARE(ImageFormat::sniff(tagged), ImageFormat::sniff(original));
    const QImage decoded = QImage::fromData(tagged);
    QVERIFY(!decoded.isNull());
    QCOMPARE(decoded.size(), QSize(40, 40));
    const auto read = ImageMetadata::readFrom(tagged);
    QVERIFY(read);
    QCOMPARE(read->prompt, m.prompt);
    QCOMPARE(read->modelId, m.modelId);
    QCOMPARE(read->provider, m.provider);
    QCOMPARE(read->created, m.created);
    QCOMPARE(read->pixelSize, QSize(40, 40));
    QCOMPARE(read->generator, ImageMetadata::software());
}

void TestImageMetadata::pngTextIsReadByQt()
{
    for (const QString &prompt : {QStringLiteral("a red fox"), QStringLiteral("一只红狐狸")}) {
        const QByteArray bytes = sample(prompt).embedInto(makeTestImage(24, "png", 3));
        // QImage::text(), not QImageReader::text(), which folds line breaks.
        const QImage reader = QImage::fromData(bytes, "png");
        const QString parameters = reader.text(QStringLiteral("parameters"));
        const QStringList lines = parameters.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first(), prompt);
        QCOMPARE(lines.last(),
                 QStringLiteral("Steps: unknown, Size: 24x24, Model: replicate/flux-dev, "
                                "Provider: replicate, Created: 2026-01-02T03:04:05Z, Version: ") +
                     ImageMetadata::software());
        const QString xmp = reader.text(QStringLiteral("XML:com.adobe.xmp"));
        QVERIFY(xmp.contains(QLatin1String(
            "Iptc4xmpExt:DigitalSourceType=\"http://cv.iptc.org/newscodes/digitalsourcetype/"
            "trainedAlgorithmicMedia\"")));
        QVERIFY(xmp.contains(prompt));
        QVERIFY(QJsonDocument::fromJson(reader.text(QStringLiteral("imagebridge")).toUtf8())
                    .isObject());
        // Latin-1 text goes into tEXt, which every reader knows; the rest into iTXt.
        QCOMPARE(bytes.contains("tEXtparameters"), prompt == QStringLiteral("a red fox"));
    }
}

void TestImageMetadata::exiftoolReadsIt_data()
{
    roundTrip_data();
}

void TestImageMetadata::exiftoolReadsIt()
{
    const QString exiftool = QStandardPaths::findExecutable(QStringLiteral("exiftool"));
    if (exiftool.isEmpty())
        QSKIP("exiftool is not installed (Debian: libimage-exiftool-perl)");
    QFETCH(QByteArray, format);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("image.") + QString::fromLatin1(format));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(sample().embedInto(makeTestImage(40, format.constData(), 9)));
    file.close();

    QProcess run;
    run.start(exiftool, {QStringLiteral("-j"), QStringLiteral("-n"), QStringLiteral("-a"),
                         QStringLiteral("-G1"), path});
    QVERIFY(run.waitForFinished(30000));
    QCOMPARE(run.exitCode(), 0);
    const QJsonObject tags =
        QJsonDocument::fromJson(run.readAllStandardOutput()).array().first().toObject();
    QVERIFY2(!tags.contains(QLatin1String("ExifTool:Warning")),
             qPrintable(tags.value(QLatin1String("ExifTool:Warning")).toString()));
    const QString parameters = format == "png"
                                   ? tags.value(QLatin1String("PNG:Parameters")).toString()
                                   : tags.value(QLatin1String("ExifIFD:UserComment")).toString();
    QVERIFY2(parameters.startsWith(sample().prompt + QLatin1String("\nSteps: unknown")),
             qPrintable(QJsonDocument(tags).toJson()));
    QCOMPARE(tags.value(QLatin1String("XMP-dc:Description")).toString(), sample().prompt);
    QCOMPARE(tags.value(QLatin1String("XMP-xmp:CreatorTool")).toString(),
             ImageMetadata::software());
    QCOMPARE(
        tags.value(QLatin1String("XMP-iptcExt:DigitalSourceType")).toString(),
        QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"));
    if (format != "png")
        QCOMPARE(tags.value(QLatin1String("IFD0:Software")).toString(), ImageMetadata::software());
}

void TestImageMetadata::writingTwiceReplaces_data()
{
    roundTrip_data();
}

void TestImageMetadata::writingTwiceReplaces()
{
    QFETCH(QByteArray, format);
    const QByteArray original = makeTestImage(32, format.constData(), 5);
    const QByteArray once = sample(QStringLiteral("first")).embedInto(original);
    const QByteArray twice = sample(QStringLiteral("second")).embedInto(once);
    QCOMPARE(ImageMetadata::readFrom(twice)->prompt, QStringLiteral("second"));
    QCOMPARE(twice.count("trainedAlgorithmicMedia"), once.count("trainedAlgorithmicMedia"));
    QVERIFY(!twice.contains("first"));
    if (format == "png")
        QCOMPARE((twice.size() - once.size()) % 3, 0);
    QVERIFY(!QImage::fromData(twice).isNull());
}

namespace {
// embedIntoBase64() on a copy: the edited base64, or empty when it said no (and then the
// copy must be as it was).
QByteArray spliced(const ImageMetadata &m, const QByteArray &base64)
{
    QByteArray text = base64;
    if (m.embedIntoBase64(text))
        return text;
    return text == base64 ? QByteArray() : QByteArray("changed although it said no");
}
} // namespace

void TestImageMetadata::splicesIntoPngBase64()
{
    const QByteArray original = makeTestImage(64, "png", 6);
    const QByteArray once = sample(QStringLiteral("first")).embedInto(original);
    for (const QString &prompt :
         {QStringLiteral("a"), QStringLiteral("a&"), QStringLiteral("a&&")}) {
        const ImageMetadata m = sample(prompt);
        // The spliced base64 is exactly that of the whole file, edited.
        QCOMPARE(spliced(m, original.toBase64()), m.embedInto(original).toBase64());
        QCOMPARE(spliced(m, once.toBase64()), m.embedInto(once).toBase64());
    }

    // An old "parameters" text after the image data: only a full edit can remove it.
    const QByteArray text = QByteArray("parameters") + '\0' + "old";
    QByteArray chunk(4, '\0');
    chunk[3] = char(text.size());
    chunk += "tEXt" + text;
    const quint32 crc = Crc32::of(text, Crc32::of("tEXt"));
    for (int shift : {24, 16, 8, 0})
        chunk += char((crc >> shift) & 0xff);
    QByteArray late = original;
    late.insert(late.size() - 12, chunk);
    QVERIFY(!QImage::fromData(late).isNull());
    QCOMPARE(spliced(sample(), late.toBase64()), QByteArray());
    QVERIFY(!sample().embedInto(late).contains("old"));

    QCOMPARE(spliced(sample(), makeTestImage(32, "jpeg", 1).toBase64()), QByteArray());
    QCOMPARE(spliced(sample(), original.left(200).toBase64()), QByteArray());
    QCOMPARE(spliced(sample(), QByteArray(300, 'A')), QByteArray());
}

void TestImageMetadata::splicingMovesNoImageData()
{
    const QByteArray original = makeTestImage(256, "png", 9);
    const ImageMetadata m = sample(QStringLiteral("a lighthouse at dusk"));
    const QByteArray expected = m.embedInto(original).toBase64();

    // As an upstream answer is read: into a buffer with room in front, filled by appending.
    QByteArray buffer = ImageMetadata::base64Buffer(original.size() * 4 / 3 + 4);
    const QByteArray base64 = original.toBase64();
    for (qsizetype at = 0; at < base64.size(); at += 4096)
        buffer.append(base64.mid(at, 4096));
    const char *lastChar = buffer.constData() + buffer.size() - 1;
    QVERIFY(m.embedIntoBase64(buffer));
    QCOMPARE(buffer, expected);
    // The image data's text is where it was: neither moved nor copied.
    QCOMPARE(static_cast<const void *>(buffer.constData() + buffer.size() - 1),
             static_cast<const void *>(lastChar));

    // A shared buffer is edited as a copy; the other owner keeps the original.
    QByteArray other = base64;
    QByteArray shared = other;
    QVERIFY(m.embedIntoBase64(shared));
    QCOMPARE(shared, expected);
    QCOMPARE(other, base64);

    // A prompt too long for the room still gives the right text.
    const ImageMetadata wordy = sample(QString(30000, QLatin1Char('w')));
    QByteArray small = ImageMetadata::base64Buffer(base64.size());
    small.append(base64);
    QVERIFY(wordy.embedIntoBase64(small));
    QCOMPARE(small, wordy.embedInto(original).toBase64());
}

void TestImageMetadata::longPromptStillFitsJpeg()
{
    // The longest prompt the API accepts: EXIF holds it (UTF-16 in one 64 KiB segment);
    // the XMP drops the duplicate record to stay within its segment.
    const QString prompt(32000, QChar(0x72d0)); // 狐
    const QByteArray tagged = sample(prompt).embedInto(makeTestImage(24, "jpeg", 2));
    QVERIFY(!QImage::fromData(tagged).isNull());
    const auto read = ImageMetadata::readFrom(tagged);
    QVERIFY(read);
    QCOMPARE(read->prompt, prompt);
    QCOMPARE(read->modelId, QStringLiteral("replicate/flux-dev"));
}

void TestImageMetadata::readsOtherTools_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("generator");

    QTest::newRow("automatic1111")
        << pngWithText({{QStringLiteral("parameters"),
                         QStringLiteral("a cat in a hat, (masterpiece:1.2)\nNegative prompt: dog\n"
                                        "Steps: 20, Sampler: DPM++ 2M Karras, CFG scale: 7, "
                                        "Seed: 1234, Size: 512x768, Model hash: abc, "
                                        "Model: sd_xl_base_1.0, Version: v1.6.0")}})
        << QStringLiteral("a cat in a hat, (masterpiece:1.2)") << QStringLiteral("sd_xl_base_1.0")
        << QStringLiteral("v1.6.0");
    const QString comfy = QStringLiteral(
        R"({"3":{"class_type":"KSampler","inputs":{"seed":1,"positive":["6",0],"negative":["7",0],"model":["4",0]}},)"
        R"("4":{"class_type":"CheckpointLoaderSimple","inputs":{"ckpt_name":"flux1-dev.safetensors"}},)"
        R"("7":{"class_type":"CLIPTextEncode","inputs":{"text":"blurry","clip":["4",1]}},)"
        R"("6":{"class_type":"CLIPTextEncode","inputs":{"text":"a lighthouse at dusk","clip":["4",1]}}})");
    QTest::newRow("comfyui") << pngWithText({{QStringLiteral("prompt"), comfy}})
                             << QStringLiteral("a lighthouse at dusk")
                             << QStringLiteral("flux1-dev.safetensors")
                             << QStringLiteral("ComfyUI");
    QTest::newRow("invokeai")
        << pngWithText(
               {{QStringLiteral("invokeai_metadata"),
                 QStringLiteral(R"({"positive_prompt":"a quiet harbour","negative_prompt":"",)"
                                R"("width":1024,"height":1024,"model":{"name":"Juggernaut XL",)"
                                R"("base":"sdxl"}})")}})
        << QStringLiteral("a quiet harbour") << QStringLiteral("Juggernaut XL")
        << QStringLiteral("InvokeAI");
}

void TestImageMetadata::readsOtherTools()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, prompt);
    QFETCH(QString, model);
    QFETCH(QString, generator);
    const auto read = ImageMetadata::readFrom(file);
    QVERIFY(read);
    QCOMPARE(read->prompt, prompt);
    QCOMPARE(read->modelId, model);
    QCOMPARE(read->generator, generator);
}

void TestImageMetadata::readsEarlierImageBridgeJpeg()
{
    // Earlier releases wrote a JPEG comment: "imagebridge " and the JSON record.
    const QByteArray json = R"({"prompt":"old fox","model":"openai/dall-e-3","provider":"openai"})";
    const QByteArray jpeg = makeTestImage(16, "jpeg", 1);
    QByteArray segment("\xff\xfe", 2);
    segment += char(0);
    segment += char(json.size() + 12 + 2);
    const QByteArray old = jpeg.left(2) + segment + "imagebridge " + json + jpeg.mid(2);
    QCOMPARE(ImageMetadata::readFrom(old)->prompt, QStringLiteral("old fox"));
    // and writing today's metadata drops that comment
    const QByteArray today = sample(QStringLiteral("new fox")).embedInto(old);
    QVERIFY(!today.contains("old fox"));
    QCOMPARE(ImageMetadata::readFrom(today)->prompt, QStringLiteral("new fox"));
}

void TestImageMetadata::leavesMalformedPngAlone()
{
    // Found by fuzz_image_metadata: an IHDR length other than 13 once put the metadata
    // after the end of the file, where no reader looks.
    QByteArray png = makeTestImage(16, "png", 4);
    png[8] = '\x40'; // IHDR length 0x4000000d
    QCOMPARE(sample().embedInto(png), png);
}

QTEST_GUILESS_MAIN(TestImageMetadata)
// Imports read Automatic1111 text on worker threads, which end when the pool lets them go.
// Built with MinGW, a thread that had run a JIT-compiled QRegularExpression freed garbage
// as it ended (src/core/common/MingwRegexJit.cpp): under Wine, without the workaround, this test
// hung in 5 of 8 runs.
void TestImageMetadata::workerThreadsThatParsedEndCleanly()
{
#ifdef __MINGW32__
    QCOMPARE(qgetenv("QT_ENABLE_REGEXP_JIT"), QByteArray("0"));
#endif
    const QString text = QStringLiteral("a fox\nSteps: 20, Model: sdxl, Size: 8x8");
    for (int round = 0; round < 8; ++round) {
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        QList<QFuture<std::optional<ImageMetadata>>> parses;
        for (int i = 0; i < 16; ++i)
            parses.append(
                QtConcurrent::run(&pool, [&text] { return A1111Parameters::parse(text); }));
        for (const auto &parse : std::as_const(parses)) {
            QVERIFY(parse.result());
            QCOMPARE(parse.result()->prompt, QStringLiteral("a fox"));
        }
    } // each pool ends its threads here
}

#include "tst_imagemetadata.moc"
