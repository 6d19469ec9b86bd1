#include "store/StoreRecovery.h"

#include "common/Logging.h"
#include "image/ImageMetadata.h"
#include "store/ImageStore.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace {
// The store's own names: "<32 hex>.<ext>", and QSaveFile's temporary "<that>.<6 letters>".
const QRegularExpression &storedName()
{
    static const QRegularExpression re(QStringLiteral("^([0-9a-f]{32})\\.[a-z]{3,4}$"));
    return re;
}

const QRegularExpression &temporaryName()
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{32}\\.[a-z]{3,4}\\.[A-Za-z0-9]{6}$"));
    return re;
}

QSet<QString> indexedIds(const ImageStore &store)
{
    QSet<QString> ids;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id FROM images"))) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}

// The record of a file in place, from its bytes and the metadata they carry; nullopt when
// it could not be read (*notAnImage false: left alone) or is no image (*notAnImage true).
std::optional<ImageRecord> describe(const QString &id, const QString &path, bool *notAnImage)
{
    *notAnImage = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 256 * 1024 * 1024)
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    ImageRecord record;
    record.id = id;
    record.filePath = path;
    record.type = ImageFormat::sniff(bytes);
    record.pixelSize = ImageFormat::pixelSize(bytes);
    *notAnImage = record.type == ImageType::Unknown;
    if (record.type == ImageType::Unknown || !record.pixelSize.isValid())
        return std::nullopt;
    record.byteSize = bytes.size();
    record.source = QLatin1String(ImageRecord::sourceRecovered);
    record.created = QFileInfo(path).lastModified().toUTC();
    if (const auto metadata = ImageMetadata::readFrom(bytes)) {
        record.prompt = metadata->prompt;
        record.modelId = metadata->modelId;
        record.provider = metadata->provider;
        record.upstream = metadata->upstream;
        if (metadata->created.isValid())
            record.created = metadata->created;
    }
    return record;
}
} // namespace

StoreRecovery::Summary StoreRecovery::run(ImageStore &store)
{
    Summary summary;
    if (!store.isOpen())
        return summary;
    const QSet<QString> indexed = indexedIds(store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDirIterator it(store.folder() + QLatin1String("/images"), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString name = info.fileName();
        if (temporaryName().match(name).hasMatch()) {
            if (info.lastModified().msecsTo(now) >= temporaryFileAgeMs && QFile::remove(path))
                ++summary.temporaryFilesRemoved;
            continue;
        }
        const auto match = storedName().match(name);
        if (!match.hasMatch() || indexed.contains(match.captured(1)))
            continue;
        QString error;
        bool notAnImage = false;
        if (const auto record = describe(match.captured(1), path, &notAnImage)) {
            if (store.adopt(*record, &error))
                ++summary.imagesIndexed;
            else
                qCWarning(lcStore).noquote() << "cannot index" << path << ":" << error;
        } else if (notAnImage && QFile::remove(path)) {
            ++summary.unreadableRemoved;
        } else if (!notAnImage) {
            qCWarning(lcStore).noquote() << "left alone, cannot read" << path;
        }
    }
    if (!summary.isEmpty())
        qCInfo(lcStore).noquote() << "recovered after a crash:" << summary.imagesIndexed
                                  << "image(s) indexed," << summary.temporaryFilesRemoved
                                  << "temporary file(s) and" << summary.unreadableRemoved
                                  << "unreadable file(s) removed";
    return summary;
}
