#include "ImageDetailDialog.h"

#include "ImageActions.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

ImageDetailDialog::ImageDetailDialog(const ImageRecord &record, ImageActions *actions,
                                     QWidget *parent)
    : QDialog(parent)
    , m_record(record)
    , m_scroll(new QScrollArea(this))
    , m_image(new QLabel(this))
    , m_fitButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("imageDetail"));
    setWindowTitle(tr("Image: %1").arg(record.prompt.simplified().left(60)));
    setAttribute(Qt::WA_DeleteOnClose);
    QImageReader reader(record.filePath);
    m_pixmap = QPixmap::fromImage(reader.read());
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setAccessibleName(tr("Image"));
    m_scroll->setWidget(m_image);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(false);
    m_scroll->setMinimumSize(420, 420);

    m_fitButton->setCheckable(true);
    m_fitButton->setChecked(true);
    m_fitButton->setText(tr("Fit"));
    m_fitButton->setToolTip(tr("Fit to the window, or show at 100 %"));
    connect(m_fitButton, &QToolButton::toggled, this, &ImageDetailDialog::setFit);

    auto *info = new QFormLayout;
    auto *prompt = new QLabel(record.prompt, this);
    prompt->setWordWrap(true);
    prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    prompt->setMaximumWidth(320);
    info->addRow(tr("Prompt"), prompt);
    info->addRow(tr("Model"), new QLabel(record.modelId, this));
    info->addRow(
        tr("Created"),
        new QLabel(QLocale().toString(record.created.toLocalTime(), QLocale::LongFormat), this));
    info->addRow(tr("Time taken"),
                 new QLabel(tr("%1 s").arg(record.elapsedMs / 1000.0, 0, 'f', 1), this));
    info->addRow(tr("Size"), new QLabel(tr("%1 × %2, %3, %4")
                                            .arg(record.pixelSize.width())
                                            .arg(record.pixelSize.height())
                                            .arg(ImageFormat::extension(record.type).toUpper(),
                                                 QLocale().formattedDataSize(record.byteSize)),
                                        this));
    info->addRow(tr("Source"), new QLabel(record.source == QLatin1String("GUI") ? tr("this window")
                                          : record.source == QLatin1String("CLI")
                                              ? tr("command line")
                                              : tr("API client %1").arg(record.source),
                                          this));
    auto *file = new QLabel(QDir::toNativeSeparators(record.filePath), this);
    file->setWordWrap(true);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setMaximumWidth(320);
    info->addRow(tr("File"), file);

    auto *buttons = new QVBoxLayout;
    auto addButton = [this, buttons](const QString &text, auto slot) {
        auto *button = new QPushButton(text, this);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
        return button;
    };
    addButton(tr("Reuse prompt and model"), [this, actions] {
        actions->reuse(m_record);
        close();
    });
    addButton(tr("Save as..."), [this, actions] { actions->saveAs(m_record); });
    addButton(tr("Copy image"), [this, actions] { actions->copyImage(m_record); });
    addButton(tr("Copy prompt"), [this, actions] { actions->copyPrompt(m_record); });
    addButton(tr("Show in file manager"), [this, actions] { actions->showInFolder(m_record); });
    addButton(tr("Delete..."), [this, actions] {
        if (actions->remove(m_record))
            close();
    });
    buttons->addStretch();

    auto *side = new QVBoxLayout;
    side->addLayout(info);
    side->addLayout(buttons, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_fitButton);
    top->addStretch();
    auto *left = new QVBoxLayout;
    left->addLayout(top);
    left->addWidget(m_scroll, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(side);
    resize(1000, 700);
    updateImage();
}

void ImageDetailDialog::setFit(bool fit)
{
    m_fit = fit;
    m_fitButton->setText(fit ? tr("Fit") : tr("100 %"));
    updateImage();
}

void ImageDetailDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_fit)
        updateImage();
}

void ImageDetailDialog::updateImage()
{
    if (m_pixmap.isNull()) {
        m_image->setText(tr("The image file could not be read."));
        m_image->adjustSize();
        return;
    }
    if (m_fit) {
        const QSize room = m_scroll->viewport()->size() * devicePixelRatioF();
        QPixmap scaled = m_pixmap.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        scaled.setDevicePixelRatio(devicePixelRatioF());
        m_image->setPixmap(scaled);
    } else {
        QPixmap actual = m_pixmap;
        actual.setDevicePixelRatio(devicePixelRatioF());
        m_image->setPixmap(actual);
    }
    m_image->adjustSize();
}
