#include "ImageStore.h"

#include "Logging.h"
#include "RandomId.h"
#include "SaveFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QtConcurrent>

namespace {
constexpr int schemaVersion = 1;

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
    return r;
}

// A null QString binds as SQL NULL; the columns are NOT NULL.
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString selectColumns = QStringLiteral(
    "SELECT id, prompt, model, provider, created, elapsed_ms, byte_size, width, height, mime, "
    "source, path FROM images ");
} // namespace

ImageStore::ImageStore(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
{}

ImageStore::~ImageStore()
{
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
        if (!db.open()) {
            *error = tr("Cannot open the image index: %1").arg(db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA user_version"));
        const int version = q.next() ? q.value(0).toInt() : 0;
        if (version > schemaVersion) {
            *error = tr("The image index was written by a newer ImageBridge.");
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
        const bool created =
            q.exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS images (id TEXT PRIMARY KEY, prompt TEXT NOT NULL, "
                "model TEXT NOT NULL, provider TEXT NOT NULL, created INTEGER NOT NULL, "
                "elapsed_ms INTEGER NOT NULL, byte_size INTEGER NOT NULL, width INTEGER, "
                "height INTEGER, mime TEXT NOT NULL, source TEXT NOT NULL, path TEXT NOT NULL)")) &&
            q.exec(QStringLiteral(
                "CREATE INDEX IF NOT EXISTS images_created ON images(created DESC)")) &&
            q.exec(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion));
        if (!created) {
            *error = tr("Cannot prepare the image index: %1").arg(q.lastError().text());
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
    }
    m_connection = name;
    return true;
}

QString ImageStore::add(ImageRecord record, QByteArray bytes)
{
    record.id = newId();
    if (!record.created.isValid())
        record.created = QDateTime::currentDateTimeUtc();
    const QString month = record.created.toUTC().toString(QStringLiteral("yyyy-MM"));
    record.filePath = QStringLiteral("%1/images/%2/%3.%4")
                          .arg(m_folder, month, record.id, ImageFormat::extension(record.type));
    m_pending.insert(record.id, Pending{record, {}});

    const QString id = record.id;
    auto *watcher = new QFutureWatcher<WriteResult>(this);
    connect(watcher, &QFutureWatcher<WriteResult>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        onWritten(id, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&ImageStore::writeFile, record, std::move(bytes)));
    return id;
}

ImageStore::WriteResult ImageStore::writeFile(const ImageRecord &record, const QByteArray &bytes)
{
    WriteResult result;
    if (ImageFormat::sniff(bytes) == ImageType::Unknown) {
        result.error = tr("The data is not a PNG, JPEG, WebP or GIF image.");
        return result;
    }
    QString fileError;
    if (!saveFileAtomically(record.filePath, bytes, &fileError)) {
        result.error = tr("Cannot write %1: %2").arg(record.filePath, fileError);
        return result;
    }
    result.ok = true;
    result.byteSize = bytes.size();
    result.pixelSize = ImageFormat::pixelSize(bytes);
    return result;
}

void ImageStore::onWritten(const QString &id, const WriteResult &result)
{
    Pending pending = m_pending.take(id);
    ImageRecord &record = pending.record;
    QString error = result.error;
    bool ok = result.ok;
    if (ok) {
        record.byteSize = result.byteSize;
        record.pixelSize = result.pixelSize;
        ok = insertRow(record, &error);
        if (!ok)
            QFile::remove(record.filePath);
    }
    if (ok) {
        emit imageAdded(record);
    } else {
        qCWarning(lcStore).noquote() << "could not save image" << id << ":" << error;
        emit saveFailed(id, error);
    }
    for (const auto &done : std::as_const(pending.waiters))
        done(ok);
}

bool ImageStore::insertRow(const ImageRecord &r, QString *error)
{
    if (!isOpen()) {
        *error = tr("The image index is not open.");
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO images VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
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
    if (!q.exec()) {
        *error = tr("Cannot index the image: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

std::optional<ImageRecord> ImageStore::find(const QString &id) const
{
    if (const auto it = m_pending.constFind(id); it != m_pending.cend())
        return it->record;
    if (!isOpen() || !isValidId(id))
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(selectColumns + QLatin1String("WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return recordFromQuery(q);
    return std::nullopt;
}

void ImageStore::whenSettled(const QString &id, QObject *context, std::function<void(bool)> done)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        done(find(id).has_value());
        return;
    }
    it->waiters.append([guard = QPointer<QObject>(context), done = std::move(done)](bool ok) {
        if (guard)
            done(ok);
    });
}

QList<ImageRecord> ImageStore::query(const ImageQuery &filter) const
{
    QList<ImageRecord> records;
    if (!isOpen())
        return records;
    QString sql = selectColumns + QLatin1String("WHERE 1=1 ");
    if (!filter.text.isEmpty())
        sql += QLatin1String("AND prompt LIKE ? ESCAPE '\\' ");
    if (!filter.modelId.isEmpty())
        sql += QLatin1String("AND model = ? ");
    sql += QLatin1String("ORDER BY created DESC, id LIMIT ? OFFSET ?");
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!filter.text.isEmpty()) {
        QString escaped = filter.text;
        escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        q.addBindValue(QString(QLatin1Char('%') + escaped + QLatin1Char('%')));
    }
    if (!filter.modelId.isEmpty())
        q.addBindValue(filter.modelId);
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

int ImageStore::count() const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM images")) && q.next() ? q.value(0).toInt()
                                                                             : 0;
}

bool ImageStore::remove(const QString &id, QString *error)
{
    const auto record = find(id);
    if (!record || isPending(id)) {
        *error = record ? tr("The image is still being saved.") : tr("No such image.");
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM images WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = tr("Cannot remove the image from the index: %1").arg(q.lastError().text());
        return false;
    }
    if (QFile::exists(record->filePath) && !QFile::remove(record->filePath))
        qCWarning(lcStore).noquote() << "could not delete" << record->filePath;
    emit imageRemoved(id);
    return true;
}
