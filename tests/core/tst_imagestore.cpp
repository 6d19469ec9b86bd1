#include "LegacyIndex.h"
#include "TestImages.h"
#include "generation/RequestLog.h"
#include "image/Base64.h"
#include "image/ImageFormat.h"
#include "image/ImageMetadata.h"
#include "store/ImageCollections.h"
#include "store/ImageStore.h"
#include "store/ImageStoreSchema.h"
#include "store/StoreRecovery.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    void alphaIsReadFromTheHeader();
    void base64OfAnEditReusesTheOriginal();
    void transcodes();
    void addWritesFileAndRow();
    void writesWaitForRoomInTheBacklog();
    void survivesReopen();
    void closingIndexesWritesStillRunning();
    void recoversWhatACrashLeft();
    void queryFiltersAndOrders();
    void removeDeletesFileAndRow();
    void starsAndFiltersByStar();
    void trashRestoresRowAndFile();
    void emptyingTheTrashDeletesForGood();
    void collectionsHoldImages();
    void migratesVersion1InPlace();
    void noticesFilesDeletedOutside();
    void idsAreRandomAndValidated();
    void requestLogIsABoundedModel();

private:
    // Adds images and waits until they are on disk.
    static QStringList addSettled(ImageStore *store, const QStringList &prompts);
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
    r.source = QLatin1String(ImageRecord::sourceStudio);
    r.elapsedMs = 1234;
    return r;
}

QStringList TestImageStore::addSettled(ImageStore *store, const QStringList &prompts)
{
    QSignalSpy added(store, &ImageStore::imageAdded);
    QStringList ids;
    for (int i = 0; i < prompts.size(); ++i) {
        ImageRecord r = draft(prompts.at(i));
        r.created = QDateTime::currentDateTimeUtc().addSecs(i);
        ids.append(store->add(r, makeTestImage(16, "png", i)));
    }
    if (!QTest::qWaitFor([&] { return added.count() == prompts.size(); }, 5000))
        return {};
    return ids;
}

void TestImageStore::sniffsMagicBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ImageType>("type");
    QTest::newRow("png") << makeTestImage(16, "png", 1) << ImageType::Png;
    QTest::newRow("jpeg") << makeTestImage(16, "jpeg", 1) << ImageType::Jpeg;
    QTest::newRow("webp") << makeTestImage(16, "webp", 1) << ImageType::Webp;
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

void TestImageStore::alphaIsReadFromTheHeader()
{
    const auto encoded = [](QImage::Format format, const char *type) {
        QImage image(8, 8, format);
        image.fill(Qt::red);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, type);
        return bytes;
    };
    QVERIFY(ImageFormat::mayHaveAlpha(encoded(QImage::Format_ARGB32, "PNG")));
    QVERIFY(!ImageFormat::mayHaveAlpha(encoded(QImage::Format_RGB32, "PNG")));
    QVERIFY(!ImageFormat::mayHaveAlpha(encoded(QImage::Format_RGB32, "JPEG")));
    QVERIFY(!ImageFormat::mayHaveAlpha(makeTestImage(16, "png", 1)));
}

void TestImageStore::base64Checks()
{
    const QByteArray bytes = makeTestImage(32, "png", 2);
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
    // The run of alphabet ends at the first other character, wherever it is: inside and
    // across the 64- and 16-character steps and the tail.
    const QByteArray clean = b64.left(300).replace('=', 'A');
    QCOMPARE(Base64::alphabetRun(clean), clean.size());
    for (qsizetype at = 0; at < clean.size(); ++at) {
        for (char other : {'=', '"', '-', '\0', char(0xc3)}) {
            QByteArray text = clean;
            text[at] = other;
            QCOMPARE(Base64::alphabetRun(text), at);
        }
    }
    // Every length around the 16-character steps and the end, every byte value.
    QByteArray random(70000, Qt::Uninitialized);
    for (qsizetype i = 0; i < random.size(); ++i)
        random[i] = char((i * 7919 + (i >> 8) * 31) & 0xff);
    for (qsizetype length :
         {0, 1, 2, 3, 11, 12, 13, 15, 16, 17, 23, 24, 25, 47, 48, 49, 100, 69999}) {
        const QByteArray data = random.left(length);
        QCOMPARE(Base64::decode(data.toBase64()), data);
    }
}

void TestImageStore::base64OfAnEditReusesTheOriginal()
{
    const QByteArray original = makeTestImage(48, "png", 4);
    const QByteArray b64 = original.toBase64();
    for (int inserted : {0, 1, 2, 3, 5, 6, 300}) {
        for (qsizetype at : {qsizetype(0), qsizetype(33), qsizetype(34), original.size()}) {
            QByteArray edited = original;
            edited.insert(at, QByteArray(inserted, 'x'));
            QCOMPARE(Base64::encodeEdited(edited, original, b64), edited.toBase64());
        }
    }
    QByteArray replaced = original;
    replaced[40] = char(~replaced[40]);
    QCOMPARE(Base64::encodeEdited(replaced, original, b64), replaced.toBase64());
    QByteArray twoEdits = original;
    twoEdits[twoEdits.size() - 5] = char(twoEdits[twoEdits.size() - 5] ^ 1);
    twoEdits.insert(33, "abc");
    QCOMPARE(Base64::encodeEdited(twoEdits, original, b64), twoEdits.toBase64());
    const QByteArray shorter = original.left(original.size() - 3);
    QCOMPARE(Base64::encodeEdited(shorter, original, b64), shorter.toBase64());
    QByteArray edited = original;
    edited.insert(33, "abc");
    QCOMPARE(Base64::encodeEdited(edited, original, b64.left(b64.size() - 4)), edited.toBase64());
}

void TestImageStore::transcodes()
{
    const QByteArray webp = makeTestImage(64, "webp", 3);
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
    const QByteArray bytes = makeTestImage(48, "png", 4);
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

void TestImageStore::writesWaitForRoomInTheBacklog()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    store.setWriteBacklogLimit(1); // any write in flight fills it
    const QByteArray bytes = makeTestImage(16, "png", 2);
    QList<int> order;
    auto write = [&](int n) {
        return [&, n] {
            order.append(n);
            store.add(draft(QStringLiteral("fox %1").arg(n)), bytes);
        };
    };
    store.whenRoomToWrite(this, write(1));
    QCOMPARE(order, QList<int>{1}); // nothing in flight: at once
    QCOMPARE(store.writeBacklogBytes(), bytes.size());
    auto *gone = new QObject;
    store.whenRoomToWrite(this, write(2));
    store.whenRoomToWrite(gone, write(99));
    store.whenRoomToWrite(this, write(3));
    delete gone;
    QCOMPARE(order, QList<int>{1}); // held back while the first is written
    // In the order asked, one at a time: each admitted write fills the backlog again, so
    // when an image is added the next one has not been let in yet.
    QList<QList<int>> seenAtEachAdd;
    connect(&store, &ImageStore::imageAdded, this, [&] { seenAtEachAdd.append(order); });
    QTRY_COMPARE_WITH_TIMEOUT(seenAtEachAdd.size(), 3, 5000);
    QCOMPARE(seenAtEachAdd, (QList<QList<int>>{{1}, {1, 2}, {1, 2, 3}}));
    QCOMPARE(store.writeBacklogBytes(), 0);
    QCOMPARE(store.count(), 3);
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
        id = store.add(draft(QStringLiteral("kept")), makeTestImage(16, "png", 5));
        QVERIFY(added.wait(5000));
    }
    ImageStore again(dir.path());
    QString error;
    QVERIFY(again.open(&error));
    QCOMPARE(again.count(), 1);
    QCOMPARE(again.find(id)->prompt, QStringLiteral("kept"));
}

// The studio or the server quitting right after a generation: the store is closed before
// its writer reported back. The images must be in the gallery the next time, with their
// files.
void TestImageStore::closingIndexesWritesStillRunning()
{
    QTemporaryDir dir;
    QStringList ids;
    {
        ImageStore store(dir.path());
        QString error;
        QVERIFY(store.open(&error));
        QSignalSpy added(&store, &ImageStore::imageAdded);
        for (int i = 0; i < 6; ++i)
            ids.append(store.add(draft(QStringLiteral("last %1").arg(i)),
                                 makeTestImage(16 + i, "png", i)));
        QVERIFY(store.hasPending());
        QCOMPARE(added.count(), 0); // nothing reported yet: no event loop ran
    }
    ImageStore again(dir.path());
    QString error;
    QVERIFY(again.open(&error));
    QCOMPARE(again.count(), ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        const std::optional<ImageRecord> record = again.find(ids.at(i));
        QVERIFY(record);
        QVERIFY(QFileInfo::exists(record->filePath));
        QCOMPARE(record->pixelSize.width(), 16 + i);
    }
}

// What kill -9 can leave between a write's steps, planted by hand: a temporary file of a
// write that never finished, a file renamed into place whose row was never committed, and
// a file with a store's name that is no image.
void TestImageStore::recoversWhatACrashLeft()
{
    QTemporaryDir dir;
    const QString month = dir.filePath(QStringLiteral("images/2026-12"));
    QVERIFY(QDir().mkpath(month));
    auto plant = [&](const QString &name, const QByteArray &bytes, qint64 ageMs) {
        const QString path = month + QLatin1Char('/') + name;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.flush(); // a later flush would stamp the time anew
        file.setFileTime(QDateTime::currentDateTimeUtc().addMSecs(-ageMs),
                         QFileDevice::FileModificationTime);
    };
    const QString orphan = ImageStore::newId();
    const QString junk = ImageStore::newId();
    ImageMetadata metadata;
    metadata.prompt = QStringLiteral("a fox the crash almost took");
    metadata.modelId = QStringLiteral("openai/dall-e-3");
    metadata.provider = QStringLiteral("openai");
    metadata.created = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
    plant(orphan + QLatin1String(".png"), metadata.embedInto(makeTestImage(24, "png", 3)), 1000);
    plant(junk + QLatin1String(".png"), QByteArray("not an image"), 1000);
    const qint64 old = StoreRecovery::temporaryFileAgeMs + 1000;
    plant(ImageStore::newId() + QLatin1String(".png.AbCd12"), QByteArray(100, 'x'), old);
    // Young: possibly another process's write in progress.
    plant(ImageStore::newId() + QLatin1String(".png.XyZw34"), QByteArray(100, 'x'), 0);

    ImageStore store(dir.path());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const QString kept = store.add(ImageRecord{}, makeTestImage(16, "png", 1));
    QTRY_VERIFY_WITH_TIMEOUT(!store.hasPending(), 5000);
    QSignalSpy added(&store, &ImageStore::imageAdded);

    const StoreRecovery::Summary summary = StoreRecovery::run(store);
    QCOMPARE(summary.imagesIndexed, 1);
    QCOMPARE(summary.unreadableRemoved, 1);
    QCOMPARE(summary.temporaryFilesRemoved, 1);
    QCOMPARE(added.count(), 1);
    const auto recovered = store.find(orphan);
    QVERIFY(recovered);
    QCOMPARE(recovered->prompt, metadata.prompt);
    QCOMPARE(recovered->modelId, metadata.modelId);
    QCOMPARE(recovered->created, metadata.created);
    QCOMPARE(recovered->source, QLatin1String(ImageRecord::sourceRecovered));
    QCOMPARE(recovered->pixelSize, QSize(24, 24));
    QCOMPARE(recovered->filePath, month + QLatin1Char('/') + orphan + QLatin1String(".png"));
    QVERIFY(!QFile::exists(month + QLatin1Char('/') + junk + QLatin1String(".png")));
    QVERIFY(store.find(kept));
    QCOMPARE(store.count(), 2);
    QCOMPARE(QDir(month).entryList(QDir::Files).filter(QStringLiteral(".XyZw34")).size(), 1);
    // A second start finds nothing more to do.
    QVERIFY(StoreRecovery::run(store).isEmpty());
    // A row its writer committed meanwhile stays the writer's, and is not announced again.
    ImageRecord again = *store.find(kept);
    again.source = QLatin1String(ImageRecord::sourceRecovered);
    QVERIFY(store.adopt(again, &error));
    QCOMPARE(added.count(), 1);
    QCOMPARE(store.find(kept)->source, QString());
}

void TestImageStore::queryFiltersAndOrders()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    QSignalSpy added(&store, &ImageStore::imageAdded);
    const QByteArray png = makeTestImage(16, "png", 6);
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
    ImageQuery red;
    red.text = QStringLiteral("red");
    QCOMPARE(store.query(red).size(), 2);
    QCOMPARE(store.count(red), 2);
    ImageQuery literal;
    literal.text = QStringLiteral("0% red_");
    QCOMPARE(store.query(literal).size(), 1); // wildcards literal
    ImageQuery vertex;
    vertex.modelId = QStringLiteral("vertex/imagen-3.0-fast");
    QCOMPARE(store.query(vertex).size(), 1);
    ImageQuery second;
    second.offset = 1;
    second.limit = 1;
    QCOMPARE(store.query(second).first().prompt, QStringLiteral("a blue whale"));
    ImageQuery oldest;
    oldest.sort = ImageQuery::Sort::Oldest;
    QCOMPARE(store.query(oldest).first().prompt, QStringLiteral("a red fox"));
    ImageQuery byModel;
    byModel.sort = ImageQuery::Sort::Model;
    QCOMPARE(store.query(byModel).first().modelId, QStringLiteral("openai/dall-e-3"));
    QCOMPARE(store.query(byModel).last().modelId, QStringLiteral("vertex/imagen-3.0-fast"));
    ImageQuery today;
    today.from = QDate::currentDate().addDays(-1);
    today.to = QDate::currentDate().addDays(1);
    QCOMPARE(store.count(today), 3);
    today.from = QDate::currentDate().addDays(2);
    today.to = {};
    QCOMPARE(store.count(today), 0);
    ImageQuery api;
    api.source = ImageQuery::Source::Api;
    QCOMPARE(store.count(api), 0);
    api.source = ImageQuery::Source::Studio;
    QCOMPARE(store.count(api), 3);
    for (const ImageRecord &r : store.query({}))
        QVERIFY(api.matches(r)); // the model's check agrees with the SQL
}

void TestImageStore::removeDeletesFileAndRow()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    QSignalSpy added(&store, &ImageStore::imageAdded);
    const QString id = store.add(draft(QStringLiteral("gone")), makeTestImage(16, "png", 7));
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

void TestImageStore::starsAndFiltersByStar()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    const QStringList ids = addSettled(&store, {"one", "two", "three"});
    QCOMPARE(ids.size(), 3);
    QSignalSpy changed(&store, &ImageStore::imagesChanged);
    QVERIFY(store.setStarred({ids[0], ids[2]}, true));
    QCOMPARE(changed.count(), 1);
    ImageQuery starred;
    starred.starredOnly = true;
    QCOMPARE(store.count(starred), 2);
    QVERIFY(store.find(ids[0])->starred);
    QVERIFY(!store.find(ids[1])->starred);
    QVERIFY(store.setStarred({ids[0]}, false));
    QCOMPARE(store.count(starred), 1);
}

void TestImageStore::trashRestoresRowAndFile()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    const QStringList ids = addSettled(&store, {"keep", "bin me", "bin me too"});
    const QString path = store.find(ids[1])->filePath;
    QSignalSpy trashed(&store, &ImageStore::imagesTrashed);
    QVERIFY(store.trash({ids[1], ids[2]}));
    QCOMPARE(trashed.count(), 1);
    QCOMPARE(store.count(), 1); // gone from the gallery at once
    ImageQuery trash;
    trash.trashed = true;
    QCOMPARE(store.count(trash), 2);
    QVERIFY(store.find(ids[1])->trashedAt.isValid());
    QVERIFY(QFile::exists(path)); // the file stays until the trash is emptied

    QSignalSpy restored(&store, &ImageStore::imagesRestored);
    QVERIFY(store.restore({ids[1]}));
    QCOMPARE(restored.count(), 1);
    const auto records = restored.first().first().value<QList<ImageRecord>>();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().prompt, QStringLiteral("bin me"));
    QVERIFY(!records.first().trashedAt.isValid());
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.count(trash), 1);
}

void TestImageStore::emptyingTheTrashDeletesForGood()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    ImageCollections collections(&store);
    QString error;
    QVERIFY(store.open(&error));
    const QStringList ids = addSettled(&store, {"old", "recent", "kept"});
    const qint64 favourites = collections.create(QStringLiteral("Favourites"), &error);
    QVERIFY(collections.add(favourites, ids));
    QVERIFY(store.trash({ids[0], ids[1]}));
    // Nothing was trashed before an hour ago, so an age limit of one hour keeps all.
    QCOMPARE(store.purgeTrashedBefore(QDateTime::currentDateTimeUtc().addSecs(-3600)), 0);
    const QString path = store.find(ids[0])->filePath;
    QSignalSpy removed(&store, &ImageStore::imageRemoved);
    QCOMPARE(store.emptyTrash(), 2);
    QCOMPARE(removed.count(), 2);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!store.find(ids[0]));
    QCOMPARE(store.count(), 1);
    QCOMPARE(collections.members(favourites), QStringList{ids[2]}); // membership went too
}

void TestImageStore::collectionsHoldImages()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    ImageCollections collections(&store);
    QString error;
    QVERIFY(store.open(&error));
    const QStringList ids = addSettled(&store, {"a", "b", "c"});
    QSignalSpy changed(&collections, &ImageCollections::changed);
    const qint64 birds = collections.create(QStringLiteral("Birds"), &error);
    QVERIFY2(birds > 0, qPrintable(error));
    const qint64 blue = collections.create(QStringLiteral("Blue things"), &error);
    QCOMPARE(collections.create(QStringLiteral("  birds "), &error), 0); // names are unique
    QVERIFY(error.contains(QLatin1String("Birds")));
    QCOMPARE(collections.create(QStringLiteral("   "), &error), 0);
    QCOMPARE(
        collections.create(QString(ImageCollections::maxNameLength + 1, QLatin1Char('x')), &error),
        0);

    QVERIFY(collections.add(birds, {ids[0], ids[1]}));
    QVERIFY(collections.add(blue, {ids[1]}));  // an image may be in several
    QVERIFY(collections.add(birds, {ids[0]})); // adding twice is harmless
    QCOMPARE(collections.containing(ids[1]).size(), 2);
    ImageQuery inBirds;
    inBirds.collectionId = birds;
    QCOMPARE(store.count(inBirds), 2);

    QVERIFY(store.trash({ids[0]}));
    auto all = collections.all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().name, QStringLiteral("Birds"));
    QCOMPARE(all.first().count, 1); // the trashed one does not count

    QVERIFY(collections.rename(blue, QStringLiteral("Azure"), &error));
    QVERIFY(!collections.rename(blue, QStringLiteral("BIRDS"), &error));
    QCOMPARE(collections.all().first().name, QStringLiteral("Azure"));
    QVERIFY(collections.take(birds, {ids[1]}));
    QCOMPARE(collections.members(birds), QStringList{ids[0]});
    QVERIFY(collections.remove(birds));
    QCOMPARE(collections.all().size(), 1);
    QCOMPARE(store.count() + store.count([] {
        ImageQuery q;
        q.trashed = true;
        return q;
    }()),
             3);
    QVERIFY(changed.count() >= 7);
}

void TestImageStore::migratesVersion1InPlace()
{
    QTemporaryDir dir;
    {
        // The index exactly as release 0.1 created it, with one image.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(dir.filePath(QStringLiteral("index.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QLatin1String(legacyImagesTableV1)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO images VALUES ('0123456789abcdef0123456789abcdef', 'an old fox', "
            "'openai/dall-e-3', 'openai', 1700000000000, 900, 123, 16, 16, 'image/png', 'GUI', "
            "'/nowhere/old.png')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    ImageStore store(dir.path());
    ImageCollections collections(&store);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const auto old = store.find(QStringLiteral("0123456789abcdef0123456789abcdef"));
    QVERIFY(old);
    QCOMPARE(old->prompt, QStringLiteral("an old fox"));
    QVERIFY(!old->starred);
    QVERIFY(!old->trashedAt.isValid());
    QVERIFY(store.setStarred({old->id}, true));
    QVERIFY(collections.create(QStringLiteral("Old ones"), &error) > 0);
    QVERIFY(store.trash({old->id}));
    QVERIFY(store.restore({old->id}));
    QSqlQuery version(store.database());
    QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
    QCOMPARE(version.value(0).toInt(), ImageStoreSchema::version);
}

void TestImageStore::noticesFilesDeletedOutside()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    const QStringList ids = addSettled(&store, {"here", "deleted by hand"});
    const QString path = store.find(ids[1])->filePath;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(ImageFormat::sniff(bytes) != ImageType::Unknown);
    // Saved without a content hash: the next import computes it.
    QVERIFY(store.imagesWithoutHash().contains(qMakePair(ids[1], path)));
    QVERIFY(QFile::remove(path));
    QSignalSpy changed(&store, &ImageStore::imagesChanged);
    store.checkFiles();
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.first().first().toStringList(), QStringList{ids[1]});
    QVERIFY(store.find(ids[1])->fileMissing);
    QVERIFY(!store.find(ids[0])->fileMissing);
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
