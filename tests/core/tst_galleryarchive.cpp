#include "TestImages.h"
#include "image/ImageMetadata.h"
#include "store/GalleryExport.h"
#include "store/GalleryImport.h"
#include "store/ImageStore.h"
#include "store/ZipWriter.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

// Export to .zip and import from a folder. The archives are checked with Info-ZIP's unzip
// where it is installed, an independent reader.
class TestGalleryArchive : public QObject
{
    Q_OBJECT
private slots:
    void zipIsReadByUnzip();
    void zip64WhenPastTheClassicLimits();
    void exportWritesFilesAndManifests();
    void exportCancelledLeavesNothing();
    void importReadsMetadataAndSkipsDuplicates();

private:
    static QString unzip();
    static QByteArray run(const QString &program, const QStringList &args);
    static QStringList addSettled(ImageStore *store, const QList<ImageRecord> &records);
};

QString TestGalleryArchive::unzip()
{
    return QStandardPaths::findExecutable(QStringLiteral("unzip"));
}

QByteArray TestGalleryArchive::run(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // UTF-8 entry names
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QByteArray("FAILED: ") + p.readAllStandardError();
    return p.readAllStandardOutput();
}

QStringList TestGalleryArchive::addSettled(ImageStore *store, const QList<ImageRecord> &records)
{
    QSignalSpy added(store, &ImageStore::imageAdded);
    QStringList ids;
    for (int i = 0; i < records.size(); ++i)
        ids.append(store->add(records.at(i), makeTestImage(16 + i, "png", i)));
    if (!QTest::qWaitFor([&] { return added.count() == records.size(); }, 5000))
        return {};
    return ids;
}

void TestGalleryArchive::zipIsReadByUnzip()
{
    if (unzip().isEmpty())
        QSKIP("unzip is not installed (Debian: unzip)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    ZipWriter zip(&file);
    const QByteArray big(300000, 'x');
    QVERIFY(zip.add(QStringLiteral("images/狐狸.txt"), "fox", QDateTime::currentDateTime()));
    QVERIFY(zip.add(QStringLiteral("big.bin"), big, QDateTime::currentDateTime()));
    QVERIFY(zip.add(QStringLiteral("empty"), {}, QDateTime::currentDateTime()));
    QVERIFY(zip.finish());
    file.close();
    QVERIFY(!run(unzip(), {QStringLiteral("-tq"), path}).startsWith("FAILED"));
    QCOMPARE(run(unzip(), {QStringLiteral("-p"), path, QStringLiteral("images/狐狸.txt")}),
             QByteArray("fox"));
    QCOMPARE(run(unzip(), {QStringLiteral("-p"), path, QStringLiteral("big.bin")}), big);
}

void TestGalleryArchive::zip64WhenPastTheClassicLimits()
{
    if (unzip().isEmpty())
        QSKIP("unzip is not installed (Debian: unzip)");
    // More entries than a classic ZIP can count (65,535) need the Zip64 end records.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    ZipWriter zip(&file);
    constexpr int count = 70000;
    for (int i = 0; i < count; ++i)
        QVERIFY(zip.add(QStringLiteral("n/%1").arg(i), QByteArray::number(i), {}));
    QVERIFY(zip.finish());
    file.close();
    const QList<QByteArray> names = run(unzip(), {QStringLiteral("-Z1"), path}).split('\n');
    QCOMPARE(names.count(QByteArray("n/69999")), 1);
    QCOMPARE(names.size() - 1, count); // the last line is empty
    QCOMPARE(run(unzip(), {QStringLiteral("-p"), path, QStringLiteral("n/65536")}),
             QByteArray("65536"));
}

void TestGalleryArchive::exportWritesFilesAndManifests()
{
    QTemporaryDir dir;
    ImageStore store(dir.filePath(QStringLiteral("gallery")));
    QString error;
    QVERIFY(store.open(&error));
    ImageRecord a;
    a.prompt = QStringLiteral("a fox, in \"snow\"\nsecond line");
    a.modelId = QStringLiteral("openai/dall-e-3");
    a.provider = QStringLiteral("openai");
    a.type = ImageType::Png;
    a.source = QLatin1String(ImageRecord::sourceStudio);
    ImageRecord b = a;
    b.prompt = QStringLiteral("狐狸");
    b.created = QDateTime::currentDateTimeUtc().addSecs(-60);
    ImageRecord c = a;
    c.prompt = QStringLiteral("gone");
    const QStringList ids = addSettled(&store, {a, b, c});
    QCOMPARE(ids.size(), 3);
    QList<ImageRecord> records;
    for (const QString &id : ids)
        records.append(*store.find(id));
    QVERIFY(QFile::remove(records.at(2).filePath)); // deleted outside ImageBridge

    const QString zipPath = dir.filePath(QStringLiteral("export.zip"));
    QFuture<GalleryExport::Summary> future =
        QtConcurrent::run(&GalleryExport::run, records, zipPath);
    future.waitForFinished();
    const GalleryExport::Summary summary = future.result();
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.exported, 2);
    QCOMPARE(summary.missing, 1);
    QVERIFY(QFile::exists(zipPath));

    const QJsonArray images =
        QJsonDocument::fromJson(GalleryExport::manifestJson(records, {ids[2]}))
            .object()
            .value(QLatin1String("images"))
            .toArray();
    QCOMPARE(images.size(), 3);
    QCOMPARE(images.at(0).toObject().value(QLatin1String("prompt")).toString(), a.prompt);
    QVERIFY(images.at(2).toObject().value(QLatin1String("file")).isNull());
    // The source in the words the viewer uses ("studio"), not the index's code.
    QCOMPARE(images.at(0).toObject().value(QLatin1String("source")).toString(),
             QStringLiteral("studio"));
    const QByteArray csvBytes = GalleryExport::manifestCsv(records, {});
    QVERIFY(csvBytes.startsWith("\xef\xbb\xbfid,file,prompt,model,")); // BOM for spreadsheets
    const QString csv = QString::fromUtf8(csvBytes);
    QVERIFY(csv.contains(QStringLiteral("\"a fox, in \"\"snow\"\"\nsecond line\"")));
    QVERIFY(csv.contains(QStringLiteral(",狐狸,")));
    QVERIFY(csv.contains(QStringLiteral(",studio,")));
    QVERIFY(!csv.contains(QStringLiteral(",GUI,")));

    if (unzip().isEmpty())
        QSKIP("unzip is not installed; the archive's contents were not read back");
    const QStringList names = QString::fromUtf8(run(unzip(), {QStringLiteral("-Z1"), zipPath}))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(names.size(), 4);
    QVERIFY(names.contains(GalleryExport::entryName(records.at(0))));
    QVERIFY(names.contains(QStringLiteral("manifest.json")));
    QFile original(records.at(1).filePath);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(run(unzip(), {QStringLiteral("-p"), zipPath, GalleryExport::entryName(records.at(1))}),
             original.readAll());
    const QJsonDocument manifest = QJsonDocument::fromJson(
        run(unzip(), {QStringLiteral("-p"), zipPath, QStringLiteral("manifest.json")}));
    QCOMPARE(manifest.object().value(QLatin1String("images")).toArray().size(), 3);
}

void TestGalleryArchive::exportCancelledLeavesNothing()
{
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(QStringLiteral("never.zip"));
    QPromise<GalleryExport::Summary> promise;
    promise.start();
    promise.future().cancel();
    ImageRecord r;
    r.id = ImageStore::newId();
    r.filePath = dir.filePath(QStringLiteral("x.png"));
    GalleryExport::run(promise, {r}, zipPath);
    QVERIFY(!QFile::exists(zipPath));
}

void TestGalleryArchive::importReadsMetadataAndSkipsDuplicates()
{
    QTemporaryDir dir;
    ImageStore store(dir.filePath(QStringLiteral("gallery")));
    QString error;
    QVERIFY(store.open(&error));
    ImageRecord existing;
    existing.prompt = QStringLiteral("already here");
    existing.type = ImageType::Png;
    const QStringList ids = addSettled(&store, {existing});
    QFile stored(store.find(ids.first())->filePath);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QByteArray storedBytes = stored.readAll();

    const QString folder = dir.filePath(QStringLiteral("incoming"));
    QVERIFY(QDir().mkpath(folder + QLatin1String("/nested")));
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(folder + QLatin1Char('/') + name);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    // An Automatic1111 PNG, written by Qt's own PNG writer as another tool would.
    QImage a1111(12, 12, QImage::Format_RGB32);
    a1111.fill(Qt::darkRed);
    a1111.setText(QStringLiteral("parameters"),
                  QStringLiteral("a castle on a hill\nSteps: 30, Sampler: Euler, Seed: 7, "
                                 "Size: 12x12, Model: dreamshaper_8"));
    QByteArray a1111Bytes;
    QBuffer buffer(&a1111Bytes);
    QVERIFY(QImageWriter(&buffer, "png").write(a1111));
    ImageMetadata ours;
    ours.prompt = QStringLiteral("a jpeg with our metadata");
    ours.modelId = QStringLiteral("vertex/imagen-3.0-fast");
    ours.provider = QStringLiteral("vertex");
    ours.created = QDateTime(QDate(2025, 5, 6), QTime(7, 8, 9), QTimeZone::utc());
    QVERIFY(write(QStringLiteral("castle.png"), a1111Bytes));
    QVERIFY(write(QStringLiteral("nested/castle copy.png"), a1111Bytes)); // same content
    QVERIFY(write(QStringLiteral("nested/ours.jpg"), ours.embedInto(makeTestImage(20, "jpeg", 3))));
    QVERIFY(write(QStringLiteral("broken.png"), "not an image at all"));
    QVERIFY(write(QStringLiteral("again.png"), storedBytes)); // already in the gallery
    QVERIFY(write(QStringLiteral("notes.txt"), "ignored"));

    const QStringList files = GalleryImport::imageFiles(folder);
    QCOMPARE(files.size(), 5);
    QFuture<GalleryImport::Event> future = QtConcurrent::run(
        &GalleryImport::run, files, store.contentHashes(), store.imagesWithoutHash());
    future.waitForFinished();
    GalleryImport::Summary summary;
    QList<ImageRecord> imported;
    for (const GalleryImport::Event &e : future.results()) {
        summary.count(e);
        if (e.kind == GalleryImport::Event::Kind::Image)
            imported.append(e.record);
    }
    QCOMPARE(summary.imported, 2);
    QCOMPARE(summary.duplicates, 2);
    QCOMPARE(summary.unreadable, 1);
    QCOMPARE(summary.unreadableFiles, QStringList{QStringLiteral("broken.png")});
    QCOMPARE(imported.at(0).prompt, QStringLiteral("a castle on a hill"));
    QCOMPARE(imported.at(0).modelId, QStringLiteral("dreamshaper_8"));
    QCOMPARE(imported.at(0).source, QLatin1String(ImageRecord::sourceImport));
    QCOMPARE(imported.at(1).prompt, ours.prompt);
    QCOMPARE(imported.at(1).created, ours.created);
    QCOMPARE(imported.at(1).pixelSize, QSize(20, 20));
    QVERIFY(summary.text().contains(QLatin1String("broken.png")));
}

QTEST_GUILESS_MAIN(TestGalleryArchive)
#include "tst_galleryarchive.moc"
