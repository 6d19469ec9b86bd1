#include "store/GalleryImport.h"

#include "image/ImageMetadata.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace {
QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool readSmallFile(const QString &path, QByteArray *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > GalleryImport::maxFileSize)
        return false;
    *bytes = file.readAll();
    return true;
}
} // namespace

QStringList GalleryImport::imageFiles(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder,
                    {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                     QStringLiteral("*.webp"), QStringLiteral("*.gif")},
                    QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

void GalleryImport::run(QPromise<Event> &promise, const QStringList &files,
                        QSet<QByteArray> knownHashes,
                        const QList<QPair<QString, QString>> &unhashed)
{
    promise.setProgressRange(0, int(unhashed.size() + files.size()));
    int done = 0;
    for (const auto &[id, path] : unhashed) {
        if (promise.isCanceled())
            return;
        QByteArray bytes;
        if (readSmallFile(path, &bytes)) {
            Event e;
            e.kind = Event::Kind::Hashed;
            e.record.id = id;
            e.sha256 = sha256(bytes);
            knownHashes.insert(e.sha256);
            promise.addResult(std::move(e));
        }
        promise.setProgressValue(++done);
    }
    for (const QString &path : files) {
        if (promise.isCanceled())
            return;
        Event e;
        e.path = path;
        QByteArray bytes;
        const ImageType type =
            readSmallFile(path, &bytes) ? ImageFormat::sniff(bytes) : ImageType::Unknown;
        const QSize size = ImageFormat::pixelSize(bytes);
        if (type == ImageType::Unknown || !size.isValid()) {
            e.kind = Event::Kind::Unreadable;
        } else if (const QByteArray hash = sha256(bytes); knownHashes.contains(hash)) {
            e.kind = Event::Kind::Duplicate;
        } else {
            knownHashes.insert(hash);
            const auto metadata = ImageMetadata::readFrom(bytes);
            ImageRecord &r = e.record;
            r.type = type;
            r.pixelSize = size;
            r.byteSize = bytes.size();
            r.source = QLatin1String(ImageRecord::sourceImport);
            r.created = QFileInfo(path).lastModified().toUTC();
            if (metadata) {
                r.prompt = metadata->prompt;
                r.modelId = metadata->modelId;
                r.provider = metadata->provider;
                if (metadata->created.isValid())
                    r.created = metadata->created;
            }
            e.sha256 = hash;
            e.bytes = std::move(bytes);
        }
        promise.addResult(std::move(e));
        promise.setProgressValue(++done);
    }
}

void GalleryImport::Summary::count(const Event &event)
{
    switch (event.kind) {
    case Event::Kind::Image:
        ++imported;
        break;
    case Event::Kind::Duplicate:
        ++duplicates;
        break;
    case Event::Kind::Unreadable:
        ++unreadable;
        if (unreadableFiles.size() < 5)
            unreadableFiles.append(QFileInfo(event.path).fileName());
        break;
    case Event::Kind::Hashed:
        break;
    }
}

QString GalleryImport::Summary::text() const
{
    QString text = tr("Imported %n image(s).", nullptr, imported);
    if (duplicates > 0)
        text += QLatin1Char(' ') + tr("Skipped %n already in the gallery.", nullptr, duplicates);
    if (unreadable > 0)
        text +=
            QLatin1Char(' ') +
            tr("%n file(s) could not be read: %1", nullptr, unreadable)
                .arg(unreadableFiles.join(QLatin1String(", ")) +
                     (unreadable > unreadableFiles.size() ? QStringLiteral(", ...") : QString()));
    return text;
}
