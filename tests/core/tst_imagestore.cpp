#include "Base64.h"
#include "FakeUpstream.h"
#include "ImageFormat.h"
#include "ImageStore.h"
#include "RequestLog.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestImageStore : public QObject
{
    Q_OBJECT
private slots:
    void sniffsMagicBytes_data();
    void sniffsMagicBytes();
    void base64Checks();
    void transcodes();
    void addWritesFileAndRow();
    void survivesReopen();
    void queryFiltersAndOrders();
    void removeDeletesFileAndRow();
    void idsAreRandomAndValidated();
    void requestLogIsABoundedModel();

private:
    static ImageRecord draft(const QString &prompt,
                             const QString &model = QStringLiteral("openai/dall-e-3"));
};

ImageRecord TestImageStore::draft(const QString &prompt, const QString &model)
{
    ImageRecord r;
    r.prompt = prompt;
    r.modelId = model;
    r.provider = model.section(QLatin1Char('/'), 0, 0);
    r.type = ImageType::Png;
    r.source = QStringLiteral("GUI");
    r.elapsedMs = 1234;
    return r;
}

void TestImageStore::sniffsMagicBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ImageType>("type");
    QTest::newRow("png") << FakeUpstream::makeImage(16, "png", 1) << ImageType::Png;
    QTest::newRow("jpeg") << FakeUpstream::makeImage(16, "jpeg", 1) << ImageType::Jpeg;
    QTest::newRow("webp") << FakeUpstream::makeImage(16, "webp", 1) << ImageType::Webp;
    QTest::newRow("gif") << QByteArray("GIF89a....") << ImageType::Gif;
    QTest::newRow("text") << QByteArray("hello world") << ImageType::Unknown;
    QTest::newRow("riff not webp") << QByteArray("RIFF....WAVEfmt ") << ImageType::Unknown;
}

void TestImageStore::sniffsMagicBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ImageType, type);
    QCOMPARE(ImageFormat::sniff(bytes), type);
}

void TestImageStore::base64Checks()
{
    const QByteArray bytes = FakeUpstream::makeImage(32, "png", 2);
    const QByteArray b64 = bytes.toBase64();
    QVERIFY(Base64::isValid(b64));
    QCOMPARE(Base64::decodedSize(b64), bytes.size());
    QCOMPARE(Base64::decodePrefix(b64, 8), bytes.left(Base64::decodePrefix(b64, 8).size()));
    QVERIFY(Base64::decodePrefix(b64, 8).size() >= 8);
    QByteArray longInvalid = b64;
    longInvalid[longInvalid.size() / 2] = '*'; // caught by the 16-byte SIMD steps too
    QVERIFY(!Base64::isValid(longInvalid));
    QCOMPARE(Base64::decode(b64), bytes);
    QVERIFY(!Base64::isValid("abc"));
    QVERIFY(!Base64::isValid("ab=c"));
    QVERIFY(!Base64::isValid("ab c"));
    QVERIFY(!Base64::isValid(""));
    QVERIFY(Base64::isValid("YQ=="));
}

void TestImageStore::transcodes()
{
    const QByteArray webp = FakeUpstream::makeImage(64, "webp", 3);
    QString error;
    const QByteArray png = ImageFormat::transcode(webp, ImageType::Png, 100, &error);
    QCOMPARE(ImageFormat::sniff(png), ImageType::Png);
    QCOMPARE(ImageFormat::pixelSize(png), QSize(64, 64));
    const QByteArray jpeg = ImageFormat::transcode(png, ImageType::Jpeg, 80, &error);
    QCOMPARE(ImageFormat::sniff(jpeg), ImageType::Jpeg);
    QVERIFY(ImageFormat::transcode("garbage", ImageType::Png, 100, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestImageStore::addWritesFileAndRow()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QSignalSpy added(&store, &ImageStore::imageAdded);
    const QByteArray bytes = FakeUpstream::makeImage(48, "png", 4);
    const QString id = store.add(draft(QStringLiteral("a red fox")), bytes);
    QVERIFY(store.isPending(id));
    QVERIFY(store.find(id)); // findable at once
    QVERIFY(added.wait(5000));
    QVERIFY(!store.isPending(id));
    const auto record = store.find(id);
    QVERIFY(record);
    QCOMPARE(record->prompt, QStringLiteral("a red fox"));
    QCOMPARE(record->pixelSize, QSize(48, 48));
    QCOMPARE(record->type, ImageType::Png);
    QFile file(record->filePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(record->byteSize, written.size());
    QCOMPARE(written, bytes); // the store keeps the bytes it is given
    QCOMPARE(store.count(), 1);
}

void TestImageStore::survivesReopen()
{
    QTemporaryDir dir;
    QString id;
    {
        ImageStore store(dir.path());
        QString error;
        QVERIFY(store.open(&error));
        QSignalSpy added(&store, &ImageStore::imageAdded);
        id = store.add(draft(QStringLiteral("kept")), FakeUpstream::makeImage(16, "png", 5));
        QVERIFY(added.wait(5000));
    }
    ImageStore again(dir.path());
    QString error;
    QVERIFY(again.open(&error));
    QCOMPARE(again.count(), 1);
    QCOMPARE(again.find(id)->prompt, QStringLiteral("kept"));
}

void TestImageStore::queryFiltersAndOrders()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    QSignalSpy added(&store, &ImageStore::imageAdded);
    const QByteArray png = FakeUpstream::makeImage(16, "png", 6);
    const QStringList prompts{"a red fox", "a blue whale", "100% red_ish"};
    for (int i = 0; i < prompts.size(); ++i) {
        ImageRecord r = draft(prompts.at(i), i == 1 ? QStringLiteral("vertex/imagen-3.0-fast")
                                                    : QStringLiteral("openai/dall-e-3"));
        r.created = QDateTime::currentDateTimeUtc().addSecs(i);
        store.add(r, png);
    }
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 3, 5000);
    auto all = store.query({});
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.first().prompt, QStringLiteral("100% red_ish")); // newest first
    QCOMPARE(store.query({QStringLiteral("red"), {}, 0, 100}).size(), 2);
    QCOMPARE(store.query({QStringLiteral("0% red_"), {}, 0, 100}).size(), 1); // wildcards literal
    QCOMPARE(store.query({{}, QStringLiteral("vertex/imagen-3.0-fast"), 0, 100}).size(), 1);
    QCOMPARE(store.query({{}, {}, 1, 1}).first().prompt, QStringLiteral("a blue whale"));
}

void TestImageStore::removeDeletesFileAndRow()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    QSignalSpy added(&store, &ImageStore::imageAdded);
    const QString id =
        store.add(draft(QStringLiteral("gone")), FakeUpstream::makeImage(16, "png", 7));
    QVERIFY(!store.remove(id, &error)); // still being written
    QVERIFY(added.wait(5000));
    const QString path = store.find(id)->filePath;
    QVERIFY(QFile::exists(path));
    QSignalSpy removed(&store, &ImageStore::imageRemoved);
    QVERIFY2(store.remove(id, &error), qPrintable(error));
    QCOMPARE(removed.count(), 1);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!store.find(id));
    QCOMPARE(store.count(), 0);
}

void TestImageStore::idsAreRandomAndValidated()
{
    const QString a = ImageStore::newId();
    QCOMPARE(a.size(), 32);
    QVERIFY(ImageStore::isValidId(a));
    QVERIFY(a != ImageStore::newId());
    QVERIFY(!ImageStore::isValidId(QStringLiteral("../../etc/passwd")));
    QVERIFY(!ImageStore::isValidId(a.toUpper()));
    QVERIFY(!ImageStore::isValidId(a.left(31)));
}

void TestImageStore::requestLogIsABoundedModel()
{
    RequestLog log(3);
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&log, &RequestLog::requestFinished);
    QList<quint64> serials;
    for (int i = 0; i < 5; ++i) {
        RequestLogEntry e;
        e.method = QStringLiteral("POST");
        e.path = QStringLiteral("/v1/images/generations");
        e.source = QStringLiteral("127.0.0.1");
        serials.append(log.begin(e));
    }
    QCOMPARE(log.rowCount(), 3);
    QVERIFY(!log.entry(serials.first())); // evicted
    log.finish(serials.first(), 200, 10); // ignored
    QCOMPARE(finished.count(), 0);
    log.addAttempt(serials.last());
    log.addAttempt(serials.last());
    log.setUpstreamLatency(serials.last(), 321);
    log.setModel(serials.last(), QStringLiteral("openai/dall-e-3"));
    log.finish(serials.last(), 200, 2048);
    QCOMPARE(finished.count(), 1);
    const RequestLogEntry *e = log.entry(serials.last());
    QCOMPARE(e->attempts, 2);
    QCOMPARE(e->status, 200);
    QCOMPARE(log.data(log.index(2, RequestLog::Model)).toString(),
             QStringLiteral("openai/dall-e-3"));
    QCOMPARE(log.data(log.index(2, RequestLog::Attempts)).toString(), QStringLiteral("2"));
    QVERIFY(e->summaryLine().contains(QLatin1String("attempts=2")));
    log.clear();
    QCOMPARE(log.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestImageStore)
#include "tst_imagestore.moc"
