#include "store/ImageStore.h"

#include "common/Logging.h"
#include "common/RandomId.h"
#include "common/SaveFile.h"
#include "image/Base64.h"
#include "store/ImageStoreSchema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimeZone>
#include <QtConcurrent>

namespace {

ImageRecord recordFromQuery(const QSqlQuery &q)
{
    ImageRecord r;
    r.id = q.value(0).toString();
    r.prompt = q.value(1).toString();
    r.modelId = q.value(2).toString();
    r.provider = q.value(3).toString();
    r.created = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::utc());
    r.elapsedMs = q.value(5).toLongLong();
    r.byteSize = q.value(6).toLongLong();
    r.pixelSize = QSize(q.value(7).toInt(), q.value(8).toInt());
    r.type = ImageFormat::fromName(q.value(9).toString().section(QLatin1Char('/'), 1));
    r.source = q.value(10).toString();
    r.filePath = q.value(11).toString();
    r.starred = q.value(12).toBool();
    if (!q.value(13).isNull())
        r.trashedAt = QDateTime::fromMSecsSinceEpoch(q.value(13).toLongLong(), QTimeZone::utc());
    r.fileMissing = q.value(14).toBool();
    r.upstream = q.value(15).toString();
    return r;
}

// A null QString binds as SQL NULL; the columns are NOT NULL.
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString selectColumns = QStringLiteral(
    "SELECT id, prompt, model, provider, created, elapsed_ms, byte_size, width, height, mime, "
    "source, path, starred, trashed_at, missing, upstream FROM images ");

// SQLite takes at most 999 values in one statement; ids go in batches below that.
constexpr qsizetype idBatch = 500;

// "?,?,?" for n bound values.
QString sqlParameterMarks(qsizetype n)
{
    QString out;
    out.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        out += i ? QLatin1String(",?") : QLatin1String("?");
    return out;
}
} // namespace

bool ImageRecord::isFromApi() const
{
    for (const char *own :
         {sourceStudio, sourceCli, sourceImport, sourceArena, sourceGrid, sourceRecovered}) {
        if (source == QLatin1String(own))
            return false;
    }
    return true;
}

ImageStore::ImageStore(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
{
    m_writers.setMaxThreadCount(writerThreads);
    m_writers.setObjectName(QStringLiteral("ImageStore writers"));
}

ImageStore::~ImageStore()
{
    indexWritesStillRunning();
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString ImageStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString ImageStore::newId()
{
    return QString::fromLatin1(RandomId::hex(16)); // 128 bits
}

bool ImageStore::isValidId(const QString &id)
{
    return id.size() == 32 && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
               return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                      (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
           });
}

bool ImageStore::open(QString *error)
{
    if (!QDir().mkpath(m_folder + QLatin1String("/images"))) {
        *error = tr("Cannot create the image folder %1.").arg(m_folder);
        return false;
    }
    const QString name = QStringLiteral("imagestore-%1").arg(quintptr(this), 0, 16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_folder + QLatin1String("/index.sqlite"));
        // The studio and its API engine each have a connection; a writer waits its turn.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        const bool opened = db.open();
        if (!opened)
            *error = tr("Cannot open the image index: %1").arg(db.lastError().text());
        if (!opened || !ImageStoreSchema::prepare(db, error)) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
    }
    m_connection = name;
    return true;
}

QSqlDatabase ImageStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString ImageStore::add(ImageRecord record, QByteArray bytes, QByteArray sha256)
{
    const qint64 size = bytes.size();
    return enqueue(std::move(record), std::move(sha256), size,
                   [bytes = std::move(bytes), writer = m_fileWriter](const ImageRecord &r) {
                       return writeFile(r, bytes, writer);
                   });
}

QString ImageStore::addBase64(ImageRecord record, QByteArray base64)
{
    const qint64 size = base64.size();
    return enqueue(std::move(record), {}, size,
                   [base64 = std::move(base64), writer = m_fileWriter](const ImageRecord &r) {
                       // The caller checked it (Base64::isValid).
                       return writeFile(r, Base64::decode(base64), writer);
                   });
}

QString ImageStore::enqueue(ImageRecord record, QByteArray sha256, qint64 backlogBytes,
                            std::function<WriteResult(const ImageRecord &)> write)
{
    record.id = newId();
    if (!record.created.isValid())
        record.created = QDateTime::currentDateTimeUtc();
    const QString month = record.created.toUTC().toString(QStringLiteral("yyyy-MM"));
    record.filePath = QStringLiteral("%1/images/%2/%3.%4")
                          .arg(m_folder, month, record.id, ImageFormat::extension(record.type));
    m_pending.insert(record.id, Pending{record, std::move(sha256), {}, backlogBytes, {}});
    m_backlogBytes += backlogBytes;

    const QString id = record.id;
    auto *watcher = new QFutureWatcher<WriteResult>(this);
    connect(watcher, &QFutureWatcher<WriteResult>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        onWritten(id, watcher->result());
    });
    const QFuture<WriteResult> future =
        QtConcurrent::run(&m_writers, [record, write = std::move(write)] { return write(record); });
    m_pending[id].write = future;
    watcher->setFuture(future);
    return id;
}

ImageStore::WriteResult ImageStore::writeFile(const ImageRecord &record, const QByteArray &bytes,
                                              const FileWriter &writer)
{
    WriteResult result;
    if (ImageFormat::sniff(bytes) == ImageType::Unknown) {
        result.error = tr("The data is not a PNG, JPEG, WebP or GIF image.");
        return result;
    }
    QString fileError;
    if (!writer(record.filePath, bytes, &fileError)) {
        result.error = tr("Cannot write %1: %2").arg(record.filePath, fileError);
        return result;
    }
    releaseFromPageCache(record.filePath);
    result.ok = true;
    result.byteSize = bytes.size();
    // The caller read it already where it could (the generation, the import).
    result.pixelSize =
        record.pixelSize.isValid() ? record.pixelSize : ImageFormat::pixelSize(bytes);
    return result;
}

void ImageStore::whenRoomToWrite(QObject *context, std::function<void()> then)
{
    if (m_roomWaiters.isEmpty() && m_backlogBytes < m_backlogLimit) {
        then();
        return;
    }
    m_roomWaiters.append({context, std::move(then)});
}

void ImageStore::admitRoomWaiters()
{
    // Each one admitted may add to the backlog again; the next waits if it did.
    while (!m_roomWaiters.isEmpty() && m_backlogBytes < m_backlogLimit) {
        const RoomWaiter waiter = m_roomWaiters.takeFirst();
        if (waiter.context)
            waiter.then();
    }
}

void ImageStore::onWritten(const QString &id, const WriteResult &result)
{
    Pending pending = m_pending.take(id);
    m_backlogBytes -= pending.backlogBytes;
    QString error;
    const bool ok = indexWritten(pending.record, pending.sha256, result, &error);
    if (ok) {
        emit imageAdded(pending.record);
    } else {
        qCWarning(lcStore).noquote() << "could not save image" << id << ":" << error;
        emit saveFailed(id, error);
    }
    for (const Waiter &waiter : std::as_const(pending.waiters)) {
        if (waiter.context)
            waiter.done(ok ? QString() : error);
    }
    admitRoomWaiters();
}

// Gives a written file its row; a file that cannot be indexed is not kept.
bool ImageStore::indexWritten(ImageRecord &record, const QByteArray &sha256,
                              const WriteResult &result, QString *error)
{
    *error = result.error;
    if (!result.ok)
        return false;
    record.byteSize = result.byteSize;
    record.pixelSize = result.pixelSize;
    if (insertRow(record, sha256, error))
        return true;
    QFile::remove(record.filePath);
    return false;
}

// The store is closing with files still being written: waits for them and indexes them
// quietly (whoever would be told may be gone already).
void ImageStore::indexWritesStillRunning()
{
    m_writers.waitForDone();
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        QString error;
        if (!indexWritten(it->record, it->sha256, it->write.result(), &error))
            qCWarning(lcStore).noquote() << "could not save image" << it.key() << ":" << error;
        // Queued: whoever waits must not run inside the store's destructor.
        for (const Waiter &waiter : std::as_const(it->waiters)) {
            if (waiter.context)
                QMetaObject::invokeMethod(
                    waiter.context, [done = waiter.done, error] { done(error); },
                    Qt::QueuedConnection);
        }
    }
    m_pending.clear();
}

bool ImageStore::adopt(const ImageRecord &record, QString *error)
{
    bool inserted = false;
    if (!insertRow(record, {}, error, Conflict::KeepExisting, &inserted))
        return false;
    if (inserted) // not when its writer committed a row meanwhile
        emit imageAdded(record);
    return true;
}

bool ImageStore::insertRow(const ImageRecord &r, const QByteArray &sha256, QString *error,
                           Conflict conflict, bool *inserted)
{
    if (!isOpen()) {
        *error = tr("The image index is not open.");
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("INSERT INTO images (id, prompt, model, provider, created, elapsed_ms, "
                       "byte_size, width, height, mime, source, path, starred, sha256, upstream) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ") +
        // A row another process's recovery made for this file while it was being
        // written gives way to the writer's own (it knows the source and timings).
        (conflict == Conflict::KeepExisting
             ? QLatin1String("ON CONFLICT(id) DO NOTHING")
             : QLatin1String("ON CONFLICT(id) DO UPDATE SET prompt=excluded.prompt, "
                             "model=excluded.model, provider=excluded.provider, "
                             "created=excluded.created, elapsed_ms=excluded.elapsed_ms, "
                             "byte_size=excluded.byte_size, width=excluded.width, "
                             "height=excluded.height, mime=excluded.mime, "
                             "source=excluded.source, sha256=excluded.sha256, "
                             "upstream=excluded.upstream")));
    q.addBindValue(r.id);
    q.addBindValue(notNull(r.prompt));
    q.addBindValue(notNull(r.modelId));
    q.addBindValue(notNull(r.provider));
    q.addBindValue(r.created.toMSecsSinceEpoch());
    q.addBindValue(r.elapsedMs);
    q.addBindValue(r.byteSize);
    q.addBindValue(r.pixelSize.width());
    q.addBindValue(r.pixelSize.height());
    q.addBindValue(QString::fromLatin1(ImageFormat::mimeType(r.type)));
    q.addBindValue(notNull(r.source));
    q.addBindValue(notNull(r.filePath));
    q.addBindValue(r.starred ? 1 : 0);
    q.addBindValue(sha256.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(sha256)));
    q.addBindValue(r.upstream.isEmpty() ? QVariant() : QVariant(r.upstream));
    if (!q.exec()) {
        *error = tr("Cannot index the image: %1").arg(q.lastError().text());
        return false;
    }
    if (inserted)
        *inserted = q.numRowsAffected() == 1;
    return true;
}

std::optional<ImageRecord> ImageStore::find(const QString &id) const
{
    if (const auto it = m_pending.constFind(id); it != m_pending.cend())
        return it->record;
    if (!isOpen() || !isValidId(id))
        return std::nullopt;
    QSqlQuery q(database());
    q.prepare(selectColumns + QLatin1String("WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return recordFromQuery(q);
    return std::nullopt;
}

void ImageStore::whenSettled(const QString &id, QObject *context, Settled done)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        done(find(id) ? QString() : tr("The image is not in the gallery."));
        return;
    }
    it->waiters.append({context, std::move(done)});
}

QList<ImageRecord> ImageStore::query(const ImageQuery &filter) const
{
    QList<ImageRecord> records;
    if (!isOpen())
        return records;
    QVariantList values;
    const QString sql = selectColumns + filter.whereClause(&values) + filter.orderClause() +
                        QLatin1String("LIMIT ? OFFSET ?");
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(std::clamp(filter.limit, 0, 100000));
    q.addBindValue(std::max(0, filter.offset));
    if (!q.exec()) {
        qCWarning(lcStore) << "query failed:" << q.lastError().text();
        return records;
    }
    while (q.next())
        records.append(recordFromQuery(q));
    return records;
}

int ImageStore::count(const ImageQuery &filter) const
{
    if (!isOpen())
        return 0;
    QVariantList values;
    QSqlQuery q(database());
    q.prepare(QLatin1String("SELECT COUNT(*) FROM images ") + filter.whereClause(&values));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int ImageStore::count() const
{
    return count(ImageQuery{});
}

QList<std::pair<QString, int>> ImageStore::modelCounts() const
{
    QList<std::pair<QString, int>> counts;
    if (!isOpen())
        return counts;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT model, COUNT(*) AS n FROM images WHERE trashed_at IS NULL "
                               "GROUP BY model ORDER BY n DESC, model"))) {
        qCWarning(lcStore) << "model counts failed:" << q.lastError().text();
        return counts;
    }
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toInt()});
    return counts;
}

QList<ImageRecord> ImageStore::findAll(const QStringList &ids) const
{
    QList<ImageRecord> records;
    for (qsizetype at = 0; at < ids.size(); at += idBatch) {
        const QStringList batch = ids.mid(at, idBatch);
        QSqlQuery q(database());
        q.prepare(selectColumns +
                  QStringLiteral("WHERE id IN (%1)").arg(sqlParameterMarks(batch.size())));
        for (const QString &id : batch)
            q.addBindValue(id);
        if (q.exec()) {
            while (q.next())
                records.append(recordFromQuery(q));
        }
    }
    return records;
}

// Runs `sql` (with "%1" where the id list goes, and an optional first value) for every
// id, in one transaction.
bool ImageStore::execForIds(const QString &sql, const QStringList &ids, const QVariant &value)
{
    if (!isOpen() || ids.isEmpty())
        return false;
    QSqlDatabase db = database();
    db.transaction();
    for (qsizetype at = 0; at < ids.size(); at += idBatch) {
        const QStringList batch = ids.mid(at, idBatch);
        QSqlQuery q(db);
        q.prepare(sql.arg(sqlParameterMarks(batch.size())));
        if (value.isValid())
            q.addBindValue(value);
        for (const QString &id : batch)
            q.addBindValue(id);
        if (!q.exec()) {
            qCWarning(lcStore) << "update failed:" << q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool ImageStore::setStarred(const QStringList &ids, bool starred)
{
    if (!execForIds(QStringLiteral("UPDATE images SET starred = ? WHERE id IN (%1)"), ids,
                    starred ? 1 : 0))
        return false;
    emit imagesChanged(ids);
    return true;
}

bool ImageStore::trash(const QStringList &ids)
{
    if (!execForIds(QStringLiteral("UPDATE images SET trashed_at = ? WHERE trashed_at IS NULL "
                                   "AND id IN (%1)"),
                    ids, QDateTime::currentMSecsSinceEpoch()))
        return false;
    emit imagesTrashed(ids);
    return true;
}

bool ImageStore::restore(const QStringList &ids)
{
    if (!execForIds(QStringLiteral("UPDATE images SET trashed_at = NULL WHERE id IN (%1)"), ids))
        return false;
    emit imagesRestored(findAll(ids));
    return true;
}

// Deletes the rows matching `condition` and then their files; returns how many.
int ImageStore::deleteForGood(const QString &condition, const QVariant &value)
{
    if (!isOpen())
        return 0;
    QSqlDatabase db = database();
    QSqlQuery select(db);
    select.prepare(QLatin1String("SELECT id, path FROM images WHERE ") + condition);
    if (value.isValid())
        select.addBindValue(value);
    QStringList ids;
    QStringList paths;
    if (select.exec()) {
        while (select.next()) {
            ids.append(select.value(0).toString());
            paths.append(select.value(1).toString());
        }
    }
    // Files first: a row goes only with its file, so a file that cannot be deleted keeps
    // its image in the trash rather than coming back as a crash leftover (StoreRecovery).
    for (qsizetype i = ids.size() - 1; i >= 0; --i) {
        if (QFile::exists(paths.at(i)) && !QFile::remove(paths.at(i))) {
            qCWarning(lcStore).noquote() << "could not delete" << paths.at(i);
            ids.removeAt(i);
        }
    }
    if (ids.isEmpty() || !execForIds(QStringLiteral("DELETE FROM images WHERE id IN (%1)"), ids))
        return 0;
    for (const QString &id : std::as_const(ids))
        emit imageRemoved(id);
    return int(ids.size());
}

bool ImageStore::remove(const QString &id, QString *error)
{
    if (isPending(id)) {
        *error = tr("The image is still being saved.");
        return false;
    }
    if (!find(id)) {
        *error = tr("No such image.");
        return false;
    }
    if (deleteForGood(QStringLiteral("id = ?"), id) != 1) {
        *error =
            tr("Cannot remove the image from the index: %1").arg(database().lastError().text());
        return false;
    }
    return true;
}

int ImageStore::emptyTrash()
{
    return deleteForGood(QStringLiteral("trashed_at IS NOT NULL"));
}

int ImageStore::purgeTrashedBefore(const QDateTime &time)
{
    return deleteForGood(QStringLiteral("trashed_at < ?"), time.toMSecsSinceEpoch());
}

bool ImageStore::containsContent(const QByteArray &sha256) const
{
    if (!isOpen())
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM images WHERE sha256 = ? LIMIT 1"));
    q.addBindValue(QString::fromLatin1(sha256));
    return q.exec() && q.next();
}

QSet<QByteArray> ImageStore::contentHashes() const
{
    QSet<QByteArray> hashes;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT sha256 FROM images WHERE sha256 IS NOT NULL"))) {
        while (q.next())
            hashes.insert(q.value(0).toString().toLatin1());
    }
    return hashes;
}

QList<QPair<QString, QString>> ImageStore::imagesWithoutHash() const
{
    QList<QPair<QString, QString>> images;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, path FROM images WHERE sha256 IS NULL"))) {
        while (q.next())
            images.append({q.value(0).toString(), q.value(1).toString()});
    }
    return images;
}

void ImageStore::setContentHash(const QString &id, const QByteArray &sha256)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE images SET sha256 = ? WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(sha256));
    q.addBindValue(id);
    q.exec();
}

void ImageStore::checkFiles()
{
    if (!isOpen())
        return;
    struct Entry
    {
        QString id;
        QString path;
        bool missing;
    };
    QList<Entry> entries;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, path, missing FROM images"))) {
        while (q.next())
            entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    }
    using Changes = QPair<QStringList, QStringList>; // went missing, came back
    auto *watcher = new QFutureWatcher<Changes>(this);
    connect(watcher, &QFutureWatcher<Changes>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Changes changes = watcher->result();
        const bool gone = execForIds(
            QStringLiteral("UPDATE images SET missing = 1 WHERE id IN (%1)"), changes.first);
        const bool back = execForIds(
            QStringLiteral("UPDATE images SET missing = 0 WHERE id IN (%1)"), changes.second);
        if (gone || back)
            emit imagesChanged(changes.first + changes.second);
    });
    watcher->setFuture(QtConcurrent::run([entries = std::move(entries)] {
        Changes changes;
        for (const Entry &e : entries) {
            const bool missing = !QFileInfo::exists(e.path);
            if (missing && !e.missing)
                changes.first.append(e.id);
            else if (!missing && e.missing)
                changes.second.append(e.id);
        }
        return changes;
    }));
}
