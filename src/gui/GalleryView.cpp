#include "GalleryView.h"

#include "GalleryModel.h"
#include "ImageActions.h"
#include "ModelCatalog.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

void GalleryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect tile = option.rect.adjusted(4, 4, -4, -4);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    QPainterPath frame;
    frame.addRoundedRect(tile, 8, 8);
    painter->fillPath(frame, selected ? pal.highlight() : pal.base());
    const QRect imageRect(tile.left() + 6, tile.top() + 6, tile.width() - 12, tile.width() - 12);
    const QImage thumb = index.data(Qt::DecorationRole).value<QImage>();
    if (!thumb.isNull()) {
        const QSize scaled = thumb.size().scaled(imageRect.size(), Qt::KeepAspectRatio);
        const QRect target(imageRect.center().x() - scaled.width() / 2 + 1,
                           imageRect.center().y() - scaled.height() / 2 + 1, scaled.width(),
                           scaled.height());
        painter->drawImage(target, thumb);
    } else {
        painter->fillRect(imageRect, pal.alternateBase());
    }
    if (index.data(GalleryModel::IsApiRole).toBool()) {
        const QString badge = QStringLiteral("API");
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.8);
        font.setBold(true);
        painter->setFont(font);
        const QRect badgeRect(imageRect.right() - 40, imageRect.top() + 6, 34,
                              QFontMetrics(font).height() + 2);
        QPainterPath pill;
        pill.addRoundedRect(badgeRect, 6, 6);
        painter->fillPath(pill, QColor(16, 163, 127, 220));
        painter->setPen(Qt::white);
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
    }
    painter->setFont(option.font);
    painter->setPen(selected ? pal.highlightedText().color() : pal.text().color());
    const QRect textRect(tile.left() + 6, imageRect.bottom() + 4, tile.width() - 12,
                         tile.bottom() - imageRect.bottom() - 6);
    const QString text = option.fontMetrics.elidedText(
        index.data(Qt::DisplayRole).toString().simplified(), Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(pal.highlight().color(), 2));
        painter->drawPath(frame);
    }
    painter->restore();
}

QSize GalleryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {tileSide, tileSide + option.fontMetrics.height() + 10};
}

GalleryView::GalleryView(GalleryModel *model, const ModelCatalog *catalog, ImageActions *actions,
                         QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_catalog(catalog)
    , m_actions(actions)
    , m_filter(new QLineEdit(this))
    , m_modelFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("galleryFilter"));
    m_filter->setClearButtonEnabled(true);
    m_modelFilter->setObjectName(QStringLiteral("galleryModelFilter"));
    m_modelFilter->addItem(QString(), QString());
    for (const ModelInfo &m : catalog->models())
        m_modelFilter->addItem(m.name, m.id);

    m_list->setObjectName(QStringLiteral("galleryList"));
    m_list->setModel(model);
    m_list->setItemDelegate(new GalleryDelegate(m_list));
    m_list->setViewMode(QListView::IconMode);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->installEventFilter(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    // Typing waits a moment so each keystroke does not query the index.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(debounce, &QTimer::timeout, this, &GalleryView::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_modelFilter, &QComboBox::currentIndexChanged, this, &GalleryView::applyFilter);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        emit openImage(index.data(GalleryModel::IdRole).toString());
    });
    connect(m_list, &QListView::customContextMenuRequested, this, &GalleryView::showContextMenu);
    connect(model, &QAbstractItemModel::rowsInserted, this, &GalleryView::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &GalleryView::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &GalleryView::updateCount);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_modelFilter, 1);
    bar->addWidget(m_count);
    auto *stack = new QStackedLayout;
    stack->setStackingMode(QStackedLayout::StackAll);
    stack->addWidget(m_empty);
    stack->addWidget(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(stack, 1);
    retranslate();
}

void GalleryView::retranslate()
{
    m_filter->setPlaceholderText(tr("Search prompts"));
    m_filter->setAccessibleName(tr("Search prompts"));
    m_modelFilter->setItemText(0, tr("All models"));
    m_modelFilter->setAccessibleName(tr("Filter by model"));
    m_list->setAccessibleName(tr("Gallery"));
    updateCount();
}

void GalleryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GalleryView::applyFilter()
{
    m_model->setFilter(m_filter->text(), m_modelFilter->currentData().toString());
}

void GalleryView::updateCount()
{
    const bool filtered =
        !m_filter->text().trimmed().isEmpty() || m_modelFilter->currentIndex() > 0;
    m_count->setText(filtered ? tr("%1 shown").arg(m_model->rowCount())
                              : tr("%n image(s)", nullptr, m_model->totalCount()));
    const bool empty = m_model->rowCount() == 0;
    m_empty->setText(
        filtered ? tr("No image matches the filter.")
                 : tr("Your images will appear here, including those made by API clients."));
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
}

bool GalleryView::currentRecord(ImageRecord *record) const
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return false;
    *record = m_model->record(index.row());
    return true;
}

void GalleryView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    const ImageRecord record = m_model->record(index.row());
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, record] { emit openImage(record.id); });
    menu.addAction(tr("Reuse prompt and model"), this,
                   [this, record] { m_actions->reuse(record); });
    menu.addSeparator();
    menu.addAction(tr("Save as..."), this, [this, record] { m_actions->saveAs(record); });
    menu.addAction(tr("Copy image"), this, [this, record] { m_actions->copyImage(record); });
    menu.addAction(tr("Copy prompt"), this, [this, record] { m_actions->copyPrompt(record); });
    menu.addAction(tr("Show in file manager"), this,
                   [this, record] { m_actions->showInFolder(record); });
    menu.addSeparator();
    menu.addAction(tr("Delete..."), this, [this, record] { m_actions->remove(record); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

bool GalleryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        ImageRecord record;
        if (key->matches(QKeySequence::Delete) && currentRecord(&record)) {
            m_actions->remove(record);
            return true;
        }
        if (key->matches(QKeySequence::Copy) && currentRecord(&record)) {
            m_actions->copyImage(record);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
