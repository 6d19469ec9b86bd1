#include "gallery/GalleryTransfers.h"

#include "store/GalleryExport.h"
#include "store/ImageStore.h"
#include "widgets/Dialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent>

namespace {
// The dialog follows the work's progress; its Cancel cancels the work.
void bindProgress(QFutureWatcherBase *watcher, QProgressDialog *dialog)
{
    if (!dialog)
        return;
    QObject::connect(watcher, &QFutureWatcherBase::progressRangeChanged, dialog,
                     &QProgressDialog::setRange);
    QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, dialog,
                     &QProgressDialog::setValue);
    QObject::connect(dialog, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
}
} // namespace

GalleryTransfers::GalleryTransfers(ImageStore *store, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_dialogParent(dialogParent)
{}

QProgressDialog *GalleryTransfers::progressDialog(const QString &title, const QString &label)
{
    if (!m_showProgress)
        return nullptr;
    auto *dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, m_dialogParent);
    dialog->setObjectName(QStringLiteral("transferProgress"));
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300); // quick ones finish without a flash of a dialog
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void GalleryTransfers::importFolder(QString folder)
{
    if (m_busy)
        return;
    if (folder.isEmpty() && m_showProgress)
        folder = Dialogs::existingFolder(
            m_dialogParent, tr("Import a folder of images"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    if (folder.isEmpty())
        return;
    const QStringList files = GalleryImport::imageFiles(folder);
    if (files.isEmpty()) {
        emit finished(
            tr("%1 holds no PNG, JPEG, WebP or GIF images.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    m_busy = true;
    m_importSummary = {};
    auto *watcher = new QFutureWatcher<GalleryImport::Event>(this);
    // The reader waits while a few images are on their way to the store, so memory stays
    // bounded however large the folder.
    watcher->setPendingResultsLimit(8);
    QPointer<QProgressDialog> dialog =
        progressDialog(tr("Import"), tr("Importing %n image(s)...", nullptr, int(files.size())));
    connect(watcher, &QFutureWatcher<GalleryImport::Event>::resultReadyAt, this,
            [this, watcher](int index) { onImportEvent(watcher->resultAt(index)); });
    bindProgress(watcher, dialog);
    connect(watcher, &QFutureWatcher<GalleryImport::Event>::finished, this,
            [this, watcher, dialog] {
                const bool cancelled = watcher->isCanceled();
                watcher->deleteLater();
                if (dialog) {
                    dialog->disconnect(watcher);
                    dialog->close();
                }
                m_busy = false;
                emit finished(cancelled ? tr("Import cancelled. %1").arg(m_importSummary.text())
                                        : m_importSummary.text());
            });
    watcher->setFuture(QtConcurrent::run(&GalleryImport::run, files, m_store->contentHashes(),
                                         m_store->imagesWithoutHash()));
}

void GalleryTransfers::onImportEvent(const GalleryImport::Event &event)
{
    if (event.kind == GalleryImport::Event::Kind::Hashed) {
        m_store->setContentHash(event.record.id, event.sha256);
        return;
    }
    if (event.kind == GalleryImport::Event::Kind::Image)
        m_store->add(event.record, event.bytes, event.sha256);
    m_importSummary.count(event);
}

void GalleryTransfers::exportImages(const QList<ImageRecord> &records, const QString &name)
{
    if (m_busy || records.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = Dialogs::saveFileName(m_dialogParent, tr("Export images"),
                                               QDir(folder).filePath(name + QLatin1String(".zip")),
                                               tr("ZIP archive (*.zip)"));
    if (!path.isEmpty())
        exportTo(records, path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)
                              ? path
                              : path + QLatin1String(".zip"));
}

void GalleryTransfers::exportTo(const QList<ImageRecord> &records, const QString &zipPath)
{
    if (m_busy)
        return;
    m_busy = true;
    auto *watcher = new QFutureWatcher<GalleryExport::Summary>(this);
    QPointer<QProgressDialog> dialog =
        progressDialog(tr("Export"), tr("Exporting %n image(s)...", nullptr, int(records.size())));
    bindProgress(watcher, dialog);
    connect(
        watcher, &QFutureWatcher<GalleryExport::Summary>::finished, this,
        [this, watcher, dialog, zipPath] {
            watcher->deleteLater();
            // Read before the dialog closes: closing a progress dialog emits canceled().
            const bool cancelled = watcher->isCanceled() || watcher->future().resultCount() == 0;
            if (dialog) {
                dialog->disconnect(watcher);
                dialog->close();
            }
            m_busy = false;
            if (cancelled) {
                emit finished(tr("Export cancelled."));
                return;
            }
            const GalleryExport::Summary s = watcher->result();
            if (!s.error.isEmpty()) {
                emit finished(s.error);
                return;
            }
            QString text =
                tr("Exported %n image(s) (%1) to %2", nullptr, s.exported)
                    .arg(QLocale().formattedDataSize(s.bytes), QDir::toNativeSeparators(zipPath));
            if (s.missing > 0)
                text +=
                    QLatin1Char(' ') +
                    tr("%n file(s) were missing and are only in the manifest.", nullptr, s.missing);
            emit finished(text);
        });
    watcher->setFuture(QtConcurrent::run(&GalleryExport::run, records, zipPath));
}
