#include "gallery/CompareDialog.h"

#include "widgets/ZoomableImage.h"

#include <QAction>

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

CompareDialog::CompareDialog(const ImageRecord &left, const ImageRecord &right,
                             const QString &leftName, const QString &rightName, QWidget *parent)
    : QDialog(parent)
    , m_records{left, right}
    , m_names{leftName, rightName}
    , m_left(new ZoomableImage(this))
    , m_right(new ZoomableImage(this))
    , m_slider(new ZoomableImage(this))
    , m_leftCaption(new QLabel(this))
    , m_rightCaption(new QLabel(this))
    , m_sliderCaption(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_sideBySide(new QToolButton(this))
    , m_sliderMode(new QToolButton(this))
    , m_swap(new QToolButton(this))
    , m_fit(new QToolButton(this))
    , m_actual(new QToolButton(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    configureWidgets();
    connectSignals();
    connectKeys();
    buildPages();
    buildLayout();
    resize(1200, 760);
    retranslate();
    load();
}

void CompareDialog::configureWidgets()
{
    m_slider->setObjectName(QStringLiteral("compareSlider"));
    for (QToolButton *b : {m_sideBySide, m_sliderMode})
        b->setCheckable(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_sideBySide);
    modes->addButton(m_sliderMode);
    m_sideBySide->setChecked(true);
    for (QLabel *caption : {m_leftCaption, m_rightCaption, m_sliderCaption}) {
        caption->setAlignment(Qt::AlignCenter);
        caption->setWordWrap(true);
    }
}

void CompareDialog::connectSignals()
{
    connect(m_sideBySide, &QToolButton::clicked, this, [this] { setMode(Mode::SideBySide); });
    connect(m_sliderMode, &QToolButton::clicked, this, [this] { setMode(Mode::Slider); });
    connect(m_swap, &QToolButton::clicked, this, &CompareDialog::swap);
    connect(m_fit, &QToolButton::clicked, this,
            [this] { (m_mode == Mode::Slider ? m_slider : m_left)->fit(); });
    connect(m_actual, &QToolButton::clicked, this,
            [this] { (m_mode == Mode::Slider ? m_slider : m_left)->actualSize(); });
    connect(m_left, &ZoomableImage::viewChanged, this, [this] { follow(m_left); });
    connect(m_right, &ZoomableImage::viewChanged, this, [this] { follow(m_right); });
}

void CompareDialog::buildPages()
{
    auto *sideBySide = new QWidget(this);
    auto *grid = new QGridLayout(sideBySide);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_left, 0, 0);
    grid->addWidget(m_right, 0, 1);
    grid->addWidget(m_leftCaption, 1, 0);
    grid->addWidget(m_rightCaption, 1, 1);
    grid->setRowStretch(0, 1);
    auto *slider = new QWidget(this);
    auto *sliderLayout = new QVBoxLayout(slider);
    sliderLayout->setContentsMargins(0, 0, 0, 0);
    sliderLayout->addWidget(m_slider, 1);
    sliderLayout->addWidget(m_sliderCaption);
    m_stack->addWidget(sideBySide);
    m_stack->addWidget(slider);
}

void CompareDialog::buildLayout()
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_sideBySide);
    bar->addWidget(m_sliderMode);
    bar->addWidget(m_swap);
    bar->addStretch();
    bar->addWidget(m_fit);
    bar->addWidget(m_actual);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
}

QString CompareDialog::caption(int side) const
{
    const ImageRecord &record = m_records[side];
    return tr("%1 · %2 × %3")
        .arg(m_names[side])
        .arg(record.pixelSize.width())
        .arg(record.pixelSize.height());
}

void CompareDialog::load()
{
    for (int i = 0; i < 2; ++i) {
        QImageReader reader(m_records[i].filePath);
        reader.setAutoTransform(true);
        m_images[i] = reader.read(); // two images, once: the dialog opens on request
    }
    const QString unreadable = tr("The image could not be read.");
    m_left->setImage(m_images[0], unreadable);
    m_right->setImage(m_images[1], unreadable);
    m_slider->setImage(m_images[0], unreadable);
    m_slider->setOverlay(m_images[1]);
    m_slider->setOverlayLabels(m_names[0], m_names[1]);
    m_leftCaption->setText(caption(0));
    m_rightCaption->setText(caption(1));
    m_sliderCaption->setText(tr("Left: %1   Right: %2").arg(caption(0), caption(1)));
    setWindowTitle(tr("Compare: %1").arg(m_records[0].prompt.simplified().left(60)));
}

// Side by side, whatever one image does (zoom, pan) the other does too.
void CompareDialog::follow(ZoomableImage *leader)
{
    if (m_following)
        return;
    m_following = true;
    (leader == m_left ? m_right : m_left)->setView(leader->view());
    m_following = false;
}

void CompareDialog::setMode(Mode mode)
{
    m_mode = mode;
    m_stack->setCurrentIndex(mode == Mode::Slider ? 1 : 0);
    m_sideBySide->setChecked(mode == Mode::SideBySide);
    m_sliderMode->setChecked(mode == Mode::Slider);
    (mode == Mode::Slider ? m_slider : m_left)->setFocus();
}

void CompareDialog::swap()
{
    std::swap(m_records[0], m_records[1]);
    std::swap(m_names[0], m_names[1]);
    const qreal split = m_slider->split();
    load();
    m_slider->setSplit(split);
}

QList<KeyBinding> CompareDialog::keyBindings()
{
    const char *c = "CompareDialog";
    return {
        {c, QT_TRANSLATE_NOOP("CompareDialog", "Side by side or slider"), {Qt::Key_M}},
        {c, QT_TRANSLATE_NOOP("CompareDialog", "Swap the images"), {Qt::Key_X}},
        {c, QT_TRANSLATE_NOOP("CompareDialog", "Fit to the window"), {Qt::Key_0}},
        {c, QT_TRANSLATE_NOOP("CompareDialog", "Actual size"), {Qt::Key_1}},
        {c, QT_TRANSLATE_NOOP("CompareDialog", "Move the slider left"), {Qt::Key_Left}},
        {c, QT_TRANSLATE_NOOP("CompareDialog", "Move the slider right"), {Qt::Key_Right}},
        {c, QT_TRANSLATE_NOOP("CompareDialog", "Close"), {Qt::Key_Escape}},
    };
}

// In the order of keyBindings().
void CompareDialog::connectKeys()
{
    const QList<QAction *> keys = addKeyActions(this, keyBindings());
    auto active = [this] { return m_mode == Mode::Slider ? m_slider : m_left; };
    const QList<std::function<void()>> triggers{
        [this] { setMode(m_mode == Mode::Slider ? Mode::SideBySide : Mode::Slider); },
        [this] { swap(); },
        [active] { active()->fit(); },
        [active] { active()->actualSize(); },
        [this] { m_slider->setSplit(m_slider->split() - 0.05); },
        [this] { m_slider->setSplit(m_slider->split() + 0.05); },
        [this] { close(); },
    };
    for (qsizetype i = 0; i < keys.size(); ++i)
        connect(keys.at(i), &QAction::triggered, this, triggers.at(i));
}

void CompareDialog::retranslate()
{
    m_sideBySide->setText(tr("Side by side"));
    m_sliderMode->setText(tr("Slider"));
    m_sliderMode->setToolTip(tr("Before and after over the same spot (M)"));
    m_swap->setText(tr("Swap"));
    m_swap->setToolTip(tr("Swap the images (X)"));
    m_fit->setText(tr("Fit"));
    m_actual->setText(tr("100 %"));
    m_left->setAccessibleName(tr("Left image"));
    m_right->setAccessibleName(tr("Right image"));
    m_slider->setAccessibleName(tr("Before and after"));
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
