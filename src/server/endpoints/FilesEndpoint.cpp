#include "endpoints/FilesEndpoint.h"

#include "ApiExchange.h"
#include "store/ImageStore.h"

#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace {
struct LoadedFile
{
    QByteArray bytes;
    QString error;
};

LoadedFile load(const QString &path, ImageType stored, ImageType wanted)
{
    LoadedFile result;
    QFile file(path);
    constexpr qint64 maxFileBytes = 64 * 1024 * 1024;
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxFileBytes) {
        result.error = file.errorString();
        return result;
    }
    result.bytes = file.readAll();
    if (wanted != stored)
        result.bytes = ImageFormat::transcode(result.bytes, wanted, 90, &result.error);
    return result;
}
} // namespace

QString FilesEndpoint::urlFor(const QString &origin, const QString &imageId,
                              const QString &extension)
{
    return origin + QLatin1String(routePrefix) + imageId + QLatin1Char('.') + extension;
}

FilesEndpoint::FilesEndpoint(const ApiServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{}

void FilesEndpoint::serve(const std::shared_ptr<ApiExchange> &exchange, const QString &fileName)
{
    const int dot = fileName.indexOf(QLatin1Char('.'));
    const QString id = fileName.left(dot);
    const ImageType wanted =
        dot > 0 ? ImageFormat::fromName(fileName.mid(dot + 1)) : ImageType::Unknown;
    if (!ImageStore::isValidId(id) || wanted == ImageType::Unknown || !m_services.store->find(id)) {
        exchange->replyError(ApiError::notFound(exchange->method(), exchange->path()));
        return;
    }
    // A url answer can be fetched before its file is written: wait for it.
    m_services.store->whenSettled(id, this, [this, exchange, id, wanted](const QString &error) {
        if (!error.isEmpty()) {
            exchange->replyError(ApiError::notFound(exchange->method(), exchange->path()));
            return;
        }
        serveStored(exchange, id, wanted);
    });
}

void FilesEndpoint::serveStored(const std::shared_ptr<ApiExchange> &exchange, const QString &id,
                                ImageType wanted)
{
    const auto record = m_services.store->find(id);
    if (!record) {
        exchange->replyError(ApiError::notFound(exchange->method(), exchange->path()));
        return;
    }
    auto *watcher = new QFutureWatcher<LoadedFile>(this);
    connect(watcher, &QFutureWatcher<LoadedFile>::finished, this, [watcher, exchange, wanted] {
        watcher->deleteLater();
        const LoadedFile file = watcher->result();
        if (file.bytes.isEmpty()) {
            ApiError error;
            error.status = 500;
            error.type = QStringLiteral("server_error");
            error.message = tr("The image could not be read: %1").arg(file.error);
            exchange->replyError(error);
            return;
        }
        exchange->replyBytes(200, ImageFormat::mimeType(wanted), file.bytes,
                             {{"Cache-Control", "private, max-age=31536000, immutable"},
                              {"X-Content-Type-Options", "nosniff"}});
    });
    watcher->setFuture(QtConcurrent::run(&load, record->filePath, record->type, wanted));
}
