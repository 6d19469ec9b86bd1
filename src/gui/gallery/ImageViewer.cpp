#include "gallery/ImageViewer.h"

#include "gallery/GalleryCuration.h"
#include "gallery/GalleryModel.h"
#include "gallery/ImageActions.h"
#include "generation/RequestLog.h"
#include "widgets/KeyBindings.h"
#include "widgets/ZoomableImage.h"

#include <QAction>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
struct Loaded
{
    QImage image;
    QString error;
};

Loaded loadImage(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    Loaded loaded{reader.read(), {}};
    if (loaded.image.isNull())
        loaded.error = reader.errorString();
    return loaded;
}
} // namespace

ImageViewer::ImageViewer(GalleryModel *model, const ImageRecord &start, ImageActions *actions,
                         GalleryCuration *curation, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_actions(actions)
    , m_curation(curation)
    , m_image(new ZoomableImage(this))
    , m_position(new QLabel(this))
    , m_zoom(new QLabel(this))
    , m_details(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_fit(new QToolButton(this))
    , m_actual(new QToolButton(this))
    , m_star(new QPushButton(this))
    , m_reuse(new QPushButton(this))
    , m_saveAs(new QPushButton(this))
    , m_copyPrompt(new QPushButton(this))
    , m_trash(new QPushButton(this))
{
    setObjectName(QStringLiteral("imageViewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    configureWidgets();
    connectSignals();
    connectKeys();
    followModel(model);
    buildLayout();
    resize(1100, 760);
    retranslate();
    showRecord(start);
}

void ImageViewer::configureWidgets()
{
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_star->setObjectName(QStringLiteral("viewerStar"));
    m_star->setCheckable(true);
    m_details->setObjectName(QStringLiteral("viewerDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumWidth(260);
    m_details->setMaximumWidth(340);
}

void ImageViewer::connectSignals()
{
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_fit, &QToolButton::clicked, m_image, &ZoomableImage::fit);
    connect(m_actual, &QToolButton::clicked, m_image, &ZoomableImage::actualSize);
    connect(m_image, &ZoomableImage::zoomChanged, this, &ImageViewer::updateZoomLabel);
    connect(m_image, &ZoomableImage::stepRequested, this, &ImageViewer::step);
    connect(m_star, &QPushButton::clicked, this,
            [this](bool on) { m_curation->setStarred({m_record.id}, on); });
    connect(m_reuse, &QPushButton::clicked, this, [this] {
        m_actions->reuse(m_record);
        close();
    });
    connect(m_saveAs, &QPushButton::clicked, this, [this] { m_actions->saveAs(m_record); });
    connect(m_copyPrompt, &QPushButton::clicked, this, [this] { m_actions->copyPrompt(m_record); });
    connect(m_trash, &QPushButton::clicked, this, [this] { m_curation->trash({m_record.id}); });
}

void ImageViewer::followModel(GalleryModel *model)
{
    if (model) {
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ImageViewer::onRowsRemoved);
        connect(model, &QAbstractItemModel::dataChanged, this, [this] {
            if (const int row = currentRow(); row >= 0) {
                m_record = m_model->record(row);
                updateDetails();
            }
        });
    }
}

void ImageViewer::buildLayout()
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_previous);
    top->addWidget(m_position);
    top->addWidget(m_next);
    top->addStretch();
    top->addWidget(m_zoom);
    top->addWidget(m_fit);
    top->addWidget(m_actual);
    auto *left = new QVBoxLayout;
    left->addLayout(top);
    left->addWidget(m_image, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_details, 1);
    for (QPushButton *button : {m_star, m_reuse, m_saveAs, m_copyPrompt, m_trash})
        side->addWidget(button);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(side);
}

int ImageViewer::currentRow() const
{
    return m_model ? m_model->rowOf(m_record.id) : -1;
}

void ImageViewer::step(int by)
{
    const int row = currentRow();
    if (row < 0)
        return;
    int target = row + by;
    if (target >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    target = std::clamp(target, 0, m_model->rowCount() - 1);
    if (target != row)
        showRecord(m_model->record(target));
}

void ImageViewer::showRecord(const ImageRecord &record)
{
    m_record = record;
    updateWindowTitle();
    updateDetails();
    load();
}

void ImageViewer::load()
{
    const quint64 serial = ++m_loadSerial;
    m_image->setImage({}, tr("Loading..."));
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        if (serial != m_loadSerial)
            return; // the person moved on meanwhile
        const Loaded loaded = watcher->result();
        m_image->setImage(loaded.image,
                          m_record.fileMissing || !QFile::exists(m_record.filePath)
                              ? tr("The file is missing: %1").arg(m_record.filePath)
                              : tr("The image could not be read: %1").arg(loaded.error));
    });
    watcher->setFuture(QtConcurrent::run(&loadImage, m_record.filePath));
}

void ImageViewer::updateDetails()
{
    const ImageRecord &r = m_record;
    const int row = currentRow();
    m_position->setText(row >= 0 ? tr("%1 of %2").arg(row + 1).arg(m_model->matchCount())
                                 : QString());
    m_previous->setEnabled(row > 0);
    m_next->setEnabled(row >= 0 && row + 1 < m_model->matchCount());
    auto line = [](const QString &label, const QString &value) {
        return QStringLiteral("<p><b>%1</b><br>%2</p>").arg(label.toHtmlEscaped(), value);
    };
    m_details->setText(
        line(tr("Prompt"), r.prompt.toHtmlEscaped().replace(QLatin1Char('\n'), "<br>")) +
        line(tr("Model"), (m_model && m_model->modelName(r.modelId) != r.modelId
                               ? tr("%1 (%2)").arg(m_model->modelName(r.modelId), r.modelId)
                               : r.modelId)
                              .toHtmlEscaped()) +
        line(tr("Created"),
             QLocale().toString(r.created.toLocalTime(), QLocale::LongFormat).toHtmlEscaped()) +
        line(tr("Size"), tr("%1 × %2, %3, %4")
                             .arg(r.pixelSize.width())
                             .arg(r.pixelSize.height())
                             .arg(ImageFormat::extension(r.type).toUpper(),
                                  QLocale().formattedDataSize(r.byteSize))) +
        line(tr("Time taken"), tr("%1 s").arg(r.elapsedMs / 1000.0, 0, 'f', 1)) +
        line(tr("Source"), RequestLog::displaySource(r.source).toHtmlEscaped()));
    m_star->setChecked(r.starred);
    m_star->setText(r.starred ? tr("Starred") : tr("Star"));
    const bool inTrash = r.trashedAt.isValid();
    m_star->setEnabled(!inTrash);
    m_trash->setEnabled(!inTrash);
}

void ImageViewer::updateZoomLabel()
{
    m_zoom->setText(m_image->isFit() ? tr("Fit (%1 %)").arg(qRound(m_image->zoom() * 100))
                                     : tr("%1 %").arg(qRound(m_image->zoom() * 100)));
}

void ImageViewer::onRowsRemoved(const QModelIndex &, int first, int)
{
    if (currentRow() >= 0)
        return updateDetails();
    // The image left the view (trashed here or elsewhere): show the one that took its place,
    // the next one (or the new last), not the first.
    if (!m_model || m_model->rowCount() == 0) {
        close();
        return;
    }
    showRecord(m_model->record(std::min(first, m_model->rowCount() - 1)));
}

QList<KeyBinding> ImageViewer::keyBindings()
{
    const char *c = "ImageViewer";
    return {
        {c, QT_TRANSLATE_NOOP("ImageViewer", "Previous image"), {Qt::Key_Left, Qt::Key_PageUp}},
        // Not Space: it presses the focused button.
        {c, QT_TRANSLATE_NOOP("ImageViewer", "Next image"), {Qt::Key_Right, Qt::Key_PageDown}},
        {c, QT_TRANSLATE_NOOP("ImageViewer", "First image"), {Qt::Key_Home}},
        {c, QT_TRANSLATE_NOOP("ImageViewer", "Zoom in"), {Qt::Key_Plus, Qt::Key_Equal}},
        {c, QT_TRANSLATE_NOOP("ImageViewer", "Zoom out"), {Qt::Key_Minus}},
        {c, QT_TRANSLATE_NOOP("ImageViewer", "Fit to the window"), {Qt::Key_0}},
        {c, QT_TRANSLATE_NOOP("ImageViewer", "Actual size"), {Qt::Key_1}},
        {c, QT_TRANSLATE_NOOP("ImageViewer", "Star or unstar"), {Qt::Key_S}},
        {c, QT_TRANSLATE_NOOP("ImageViewer", "Move to trash"), {Qt::Key_Delete}},
        {c, QT_TRANSLATE_NOOP("ImageViewer", "Copy the image"), standardKeys(QKeySequence::Copy)},
        {c, QT_TRANSLATE_NOOP("ImageViewer", "Full screen"), {Qt::Key_F, Qt::Key_F11}},
        {c, QT_TRANSLATE_NOOP("ImageViewer", "Close"), {Qt::Key_Escape}},
    };
}

// In the order of keyBindings().
void ImageViewer::connectKeys()
{
    const QList<QAction *> keys = addKeyActions(this, keyBindings());
    const QList<std::function<void()>> triggers{
        [this] { step(-1); },
        [this] { step(1); },
        [this] { step(-currentRow()); },
        [this] { m_image->zoomBy(1.25); },
        [this] { m_image->zoomBy(0.8); },
        [this] { m_image->fit(); },
        [this] { m_image->actualSize(); },
        [this] {
            if (!m_record.trashedAt.isValid())
                m_curation->setStarred({m_record.id}, !m_record.starred);
        },
        [this] {
            if (!m_record.trashedAt.isValid())
                m_curation->trash({m_record.id});
        },
        [this] { m_actions->copyImage(m_record); },
        [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); },
        [this] { close(); },
    };
    for (qsizetype i = 0; i < keys.size(); ++i)
        connect(keys.at(i), &QAction::triggered, this, triggers.at(i));
}

void ImageViewer::updateWindowTitle()
{
    setWindowTitle(tr("Image: %1").arg(m_record.prompt.simplified().left(60)));
}

void ImageViewer::retranslate()
{
    updateWindowTitle();
    m_previous->setToolTip(tr("Previous image (Left)"));
    m_previous->setAccessibleName(tr("Previous image"));
    m_next->setToolTip(tr("Next image (Right)"));
    m_next->setAccessibleName(tr("Next image"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit to the window (0)"));
    m_actual->setText(tr("100 %"));
    m_actual->setToolTip(tr("Show at 100 % (1)"));
    m_image->setAccessibleName(tr("Image"));
    m_details->setAccessibleName(tr("Generation details"));
    m_reuse->setText(tr("Use prompt and model"));
    m_saveAs->setText(tr("Save as..."));
    m_copyPrompt->setText(tr("Copy prompt"));
    m_trash->setText(tr("Move to trash"));
    updateDetails();
    updateZoomLabel();
}

void ImageViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
