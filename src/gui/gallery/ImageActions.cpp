#include "gallery/ImageActions.h"

#include "common/SaveFile.h"
#include "gallery/GalleryCuration.h"
#include "image/ImageMetadata.h"
#include "widgets/Dialogs.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

ImageActions::ImageActions(ImageStore *store, GalleryCuration *curation, QWidget *dialogParent,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_curation(curation)
    , m_dialogParent(dialogParent)
{}

void ImageActions::saveAs(const ImageRecord &record)
{
    // The Pictures folder where there is one (a fresh account may have none), else home.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString base = record.prompt.simplified().left(40);
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QString());
    const QString suggested = folder + QLatin1Char('/') + (base.isEmpty() ? record.id : base) +
                              QLatin1Char('.') + ImageFormat::extension(record.type);
    // The file type shown first is the image's own, matching the suggested name.
    const QString png = tr("PNG image (*.png)");
    const QString jpeg = tr("JPEG image (*.jpg *.jpeg)");
    const QString webp = tr("WebP image (*.webp)");
    QString selectedFilter = record.type == ImageType::Jpeg   ? jpeg
                             : record.type == ImageType::Webp ? webp
                                                              : png;
    const QString path = Dialogs::saveFileName(
        m_dialogParent, tr("Save image as"), suggested,
        QStringList{png, jpeg, webp}.join(QLatin1String(";;")), &selectedFilter);
    if (path.isEmpty())
        return;
    QFile source(record.filePath);
    if (!source.open(QIODevice::ReadOnly)) {
        Dialogs::warning(m_dialogParent, tr("Save image"),
                         tr("Cannot read the image: %1").arg(source.errorString()));
        return;
    }
    QByteArray bytes = source.readAll();
    ImageType target = ImageFormat::fromName(QFileInfo(path).suffix());
    if (target == ImageType::Unknown)
        target = ImageType::Png;
    if (target != record.type) {
        QString error;
        bytes = ImageFormat::transcode(bytes, target, 92, &error);
        if (bytes.isEmpty()) {
            Dialogs::warning(m_dialogParent, tr("Save image"), error);
            return;
        }
    }
    // Also brings files from earlier releases up to today's metadata conventions.
    ImageMetadata metadata;
    metadata.prompt = record.prompt;
    metadata.modelId = record.modelId;
    metadata.provider = record.provider;
    metadata.created = record.created;
    bytes = metadata.embedInto(bytes);
    QString fileError;
    if (!saveFileAtomically(path, bytes, &fileError)) {
        Dialogs::warning(m_dialogParent, tr("Save image"),
                         tr("Cannot write %1: %2").arg(path, fileError));
        return;
    }
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void ImageActions::copyImage(const ImageRecord &record)
{
    const QImage image(record.filePath);
    if (image.isNull()) {
        emit message(tr("The image file could not be read."));
        return;
    }
    auto *mime = new QMimeData;
    mime->setImageData(image);
    mime->setUrls({QUrl::fromLocalFile(record.filePath)});
    QGuiApplication::clipboard()->setMimeData(mime);
    emit message(tr("Image copied"));
}

void ImageActions::copyPrompt(const ImageRecord &record)
{
    QGuiApplication::clipboard()->setText(record.prompt);
    emit message(tr("Prompt copied"));
}

void ImageActions::showInFolder(const ImageRecord &record)
{
    const QFileInfo info(record.filePath);
#if defined(Q_OS_WIN)
    QProcess::startDetached(
        QStringLiteral("explorer.exe"),
        {QStringLiteral("/select,"), QDir::toNativeSeparators(info.absoluteFilePath())});
#elif defined(Q_OS_MACOS)
    QProcess::startDetached(QStringLiteral("open"),
                            {QStringLiteral("-R"), info.absoluteFilePath()});
#else
    QDesktopServices::openUrl(QUrl::fromLocalFile(info.absolutePath()));
#endif
}

bool ImageActions::remove(const ImageRecord &record)
{
    if (m_store->isPending(record.id)) {
        emit message(tr("The image is still being saved."));
        return false;
    }
    m_curation->trash({record.id});
    return true;
}
