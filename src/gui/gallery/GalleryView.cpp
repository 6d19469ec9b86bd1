#include "gallery/GalleryView.h"

#include "gallery/GalleryCuration.h"
#include "gallery/GalleryModel.h"
#include "gallery/GallerySections.h"
#include "gallery/ImageActions.h"
#include "store/ImageCollections.h"
#include "widgets/MessageBar.h"

#include <QAction>

#include <QAbstractItemView>
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
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QStackedLayout>
#include <QTimer>
#include <QUndoStack>
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
    if (index.data(GalleryModel::MissingRole).toBool()) {
        painter->fillRect(imageRect, QColor(0, 0, 0, 150));
        painter->setPen(Qt::white);
        painter->drawText(imageRect.adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap,
                          GalleryView::tr("The file is missing"));
    }
    if (index.data(GalleryModel::StarredRole).toBool()) {
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 1.4);
        painter->setFont(font);
        const QRect starRect(imageRect.left() + 4, imageRect.top() + 2, 28, 28);
        painter->setPen(QColor(0, 0, 0, 160));
        painter->drawText(starRect.translated(1, 1), Qt::AlignCenter, QStringLiteral("\u2605"));
        painter->setPen(QColor(255, 196, 0));
        painter->drawText(starRect, Qt::AlignCenter, QStringLiteral("\u2605"));
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
    const int line = option.fontMetrics.height();
    const QRect textRect(tile.left() + 6, imageRect.bottom() + 4, tile.width() - 12, line);
    const QString text = option.fontMetrics.elidedText(
        index.data(Qt::DisplayRole).toString().simplified(), Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
    // The model under the prompt, quieter.
    if (!selected)
        painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(
        textRect.translated(0, line + 2), Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(index.data(GalleryModel::ModelNameRole).toString(),
                                      Qt::ElideRight, textRect.width()));
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(pal.highlight().color(), 2));
        painter->drawPath(frame);
    }
    painter->restore();
}

QSize GalleryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {m_tileSide, m_tileSide + 2 * option.fontMetrics.height() + 12};
}

void GalleryDelegate::setWantedSide(int side)
{
    m_wantedSide = std::clamp(side, smallestTileSide, maximumTileSide);
    if (m_width > 0)
        fitWidth(m_width);
}

void GalleryDelegate::fitWidth(int width)
{
    m_width = width;
    const int columns = std::max(1, width / m_wantedSide);
    const int side = std::clamp(width / columns, m_wantedSide, maximumTileSide);
    if (side == m_tileSide)
        return;
    m_tileSide = side;
    emit sizeHintChanged(QModelIndex());
}

GalleryView::GalleryView(GalleryModel *model, ImageActions *actions, GalleryCuration *curation,
                         QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_actions(actions)
    , m_curation(curation)
    , m_sections(new GallerySections(actions->store(), curation, this))
    , m_filter(new QLineEdit(this))
    , m_modelFilter(new QComboBox(this))
    , m_tileSize(new QSlider(Qt::Horizontal, this))
    , m_modelCountsTimer(new QTimer(this))
    , m_sourceFilter(new QComboBox(this))
    , m_dateFilter(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_emptyTrash(new QPushButton(this))
    , m_messageBar(new MessageBar(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
{
    configureFilters();
    configureList();
    connectSignals();
    connectKeys();
    buildLayout();
    retranslate();
}

void GalleryView::configureFilters()
{
    m_filter->setObjectName(QStringLiteral("galleryFilter"));
    m_filter->setClearButtonEnabled(true);
    m_modelFilter->setObjectName(QStringLiteral("galleryModelFilter"));
    m_modelFilter->addItem(QString(), QString()); // "All models"; retranslate() fills the rest
    m_sourceFilter->setObjectName(QStringLiteral("gallerySourceFilter"));
    for (int i = 0; i < 7; ++i) // in the order of ImageQuery::Source
        m_sourceFilter->addItem(QString());
    m_dateFilter->setObjectName(QStringLiteral("galleryDateFilter"));
    for (int days : {0, 1, 7, 30, 365})
        m_dateFilter->addItem(QString(), days);
    m_sort->setObjectName(QStringLiteral("gallerySort"));
    for (int i = 0; i < 3; ++i)
        m_sort->addItem(QString());
    m_emptyTrash->setObjectName(QStringLiteral("galleryEmptyTrash"));
}

void GalleryView::configureList()
{
    m_list->setObjectName(QStringLiteral("galleryList"));
    m_list->setModel(m_model);
    m_delegate = new GalleryDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_tileSize->setObjectName(QStringLiteral("galleryTileSize"));
    m_tileSize->setRange(GalleryDelegate::smallestTileSide, GalleryDelegate::maximumTileSide);
    m_tileSize->setSingleStep(8);
    m_tileSize->setPageStep(32);
    m_tileSize->setValue(GalleryDelegate::minimumTileSide);
    m_tileSize->setMaximumWidth(140);
    m_list->setViewMode(QListView::IconMode);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionRectVisible(true);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->installEventFilter(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_empty->setWordWrap(true);
}

void GalleryView::connectSignals()
{
    // Typing waits a moment so each keystroke does not query the index.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(debounce, &QTimer::timeout, this, &GalleryView::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_modelFilter, m_sourceFilter, m_dateFilter, m_sort})
        connect(box, &QComboBox::currentIndexChanged, this, &GalleryView::applyFilter);
    connect(m_sections, &GallerySections::sectionChanged, this, &GalleryView::applyFilter);
    connect(m_tileSize, &QSlider::valueChanged, this, [this](int side) {
        m_delegate->setWantedSide(side);
        emit tileSideChanged(side);
    });
    // Many images can come at once (an API client's batch): one count query for them all.
    m_modelCountsTimer->setSingleShot(true);
    m_modelCountsTimer->setInterval(300);
    connect(m_modelCountsTimer, &QTimer::timeout, this, &GalleryView::refreshModelFilter);
    ImageStore *store = m_actions->store();
    // Started, not restarted: a steady stream of images still gets counted.
    auto recount = [this] {
        if (!m_modelCountsTimer->isActive())
            m_modelCountsTimer->start();
    };
    connect(store, &ImageStore::imageAdded, this, recount);
    connect(store, &ImageStore::imageRemoved, this, recount);
    connect(store, &ImageStore::imagesTrashed, this, recount);
    connect(store, &ImageStore::imagesRestored, this, recount);
    connect(m_emptyTrash, &QPushButton::clicked, m_curation, &GalleryCuration::emptyTrash);
    connect(m_sections, &GallerySections::exportCollectionRequested, this,
            [this](qint64 id, const QString &name) {
                ImageQuery members;
                members.collectionId = id;
                members.limit = 1000000;
                emit exportRequested(m_actions->store()->query(members), name);
            });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        emit openImage(index.data(GalleryModel::IdRole).toString());
    });
    connect(m_list, &QListView::customContextMenuRequested, this, &GalleryView::showContextMenu);
    connect(m_model, &GalleryModel::countsChanged, this, &GalleryView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GalleryView::updateCount);
    connect(m_curation, &GalleryCuration::done, m_messageBar, &MessageBar::show);
    // A command is pushed before it is announced, so any later move of the stack is an
    // undo or redo the bar's offer no longer matches.
    connect(m_curation->undoStack(), &QUndoStack::indexChanged, m_messageBar,
            &MessageBar::withdrawUndo);
    connect(m_messageBar, &MessageBar::undoRequested, m_curation,
            [curation = m_curation] { curation->undoStack()->undo(); });
}

QWidget *GalleryView::buildContentPanel()
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_tileSize);
    bar->addWidget(m_emptyTrash);
    auto *stack = new QStackedLayout;
    stack->setStackingMode(QStackedLayout::StackAll);
    stack->addWidget(m_empty);
    stack->addWidget(m_list);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(m_messageBar);
    contentLayout->addLayout(stack, 1);
    return content;
}

QWidget *GalleryView::buildSidePanel()
{
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_sections, 1);
    m_filtersLabel = new QLabel(side);
    m_filtersLabel->setObjectName(QStringLiteral("galleryFiltersLabel"));
    QFont heading = m_filtersLabel->font();
    heading.setBold(true);
    m_filtersLabel->setFont(heading);
    sideLayout->addWidget(m_filtersLabel);
    for (QComboBox *box : {m_modelFilter, m_sourceFilter, m_dateFilter, m_sort}) {
        box->setMinimumContentsLength(12);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        sideLayout->addWidget(box);
    }
    return side;
}

void GalleryView::buildLayout()
{
    // The search and the count above the tiles; the sections and the finer filters in the
    // side panel, where each can be read in full.
    QWidget *content = buildContentPanel();
    QWidget *side = buildSidePanel();
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("gallerySplitter"));
    splitter->addWidget(side);
    splitter->addWidget(content);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 1000});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void GalleryView::retranslate()
{
    m_filter->setPlaceholderText(tr("Search prompts"));
    m_filter->setAccessibleName(tr("Search prompts"));
    refreshModelFilter();
    m_tileSize->setToolTip(tr("Thumbnail size"));
    m_tileSize->setAccessibleName(tr("Thumbnail size"));
    m_modelFilter->setAccessibleName(tr("Filter by model"));
    const QStringList sources{tr("All sources"),  tr("This window"), tr("API clients"),
                              tr("Command line"), tr("Imported"),    tr("Arena"),
                              tr("Grids")};
    for (int i = 0; i < sources.size(); ++i)
        m_sourceFilter->setItemText(i, sources.at(i));
    m_sourceFilter->setAccessibleName(tr("Filter by source"));
    const QStringList dates{tr("Any time"), tr("Today"), tr("Past 7 days"), tr("Past 30 days"),
                            tr("Past year")};
    for (int i = 0; i < dates.size(); ++i)
        m_dateFilter->setItemText(i, dates.at(i));
    m_dateFilter->setAccessibleName(tr("Filter by date"));
    const QStringList sorts{tr("Newest first"), tr("Oldest first"), tr("By model")};
    for (int i = 0; i < sorts.size(); ++i)
        m_sort->setItemText(i, sorts.at(i));
    m_sort->setAccessibleName(tr("Sort order"));
    m_filtersLabel->setText(tr("Filter and sort"));
    m_emptyTrash->setText(tr("Empty trash..."));
    m_list->setAccessibleName(tr("Gallery"));
    updateCount();
}

void GalleryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool GalleryView::inTrash() const
{
    return m_sections->currentKind() == GallerySections::Kind::Trash;
}

void GalleryView::applyFilter()
{
    ImageQuery q;
    q.text = m_filter->text();
    q.modelId = m_modelFilter->currentData().toString();
    q.source = ImageQuery::Source(m_sourceFilter->currentIndex());
    const int days = m_dateFilter->currentData().toInt();
    if (days > 0)
        q.from = QDate::currentDate().addDays(1 - days);
    q.sort = ImageQuery::Sort(m_sort->currentIndex());
    q.trashed = inTrash();
    q.starredOnly = m_sections->currentKind() == GallerySections::Kind::Starred;
    q.collectionId = m_sections->currentCollection();
    m_model->setQuery(q);
}

void GalleryView::updateCount()
{
    const bool filtered = !m_filter->text().trimmed().isEmpty() ||
                          m_modelFilter->currentIndex() > 0 || m_sourceFilter->currentIndex() > 0 ||
                          m_dateFilter->currentIndex() > 0;
    m_count->setText(filtered ? tr("%1 shown").arg(m_model->matchCount())
                              : tr("%n image(s)", nullptr, m_model->matchCount()));
    m_emptyTrash->setVisible(inTrash() && m_model->matchCount() > 0);
    const bool empty = m_model->rowCount() == 0;
    QString text;
    switch (m_sections->currentKind()) {
    case GallerySections::Kind::Trash:
        text = tr("The trash is empty. Deleted images wait here until you empty it.");
        break;
    case GallerySections::Kind::Starred:
        text = tr("No starred images yet. Press S on an image to star it.");
        break;
    case GallerySections::Kind::Collection:
        text = tr("This collection is empty. Add images from their context menu.");
        break;
    case GallerySections::Kind::All:
        text = tr("Your images will appear here, including those made by API clients.");
        break;
    }
    m_empty->setText(filtered ? tr("No image matches the filter.") : text);
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
}

QStringList GalleryView::selectedIds() const
{
    QModelIndexList rows = m_list->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(GalleryModel::IdRole).toString());
    return ids;
}

bool GalleryView::currentRecord(ImageRecord *record) const
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return false;
    *record = m_model->record(index.row());
    return true;
}

void GalleryView::toggleStar(const QStringList &ids)
{
    bool allStarred = !ids.isEmpty();
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        allStarred = allStarred && row >= 0 && m_model->record(row).starred;
    }
    m_curation->setStarred(ids, !allStarred);
}

void GalleryView::removeSelection()
{
    const QStringList ids = selectedIds();
    if (inTrash())
        m_curation->deleteForGood(ids);
    else
        m_curation->trash(ids);
}

void GalleryView::addCollectionMenu(QMenu *menu, const QStringList &ids)
{
    QMenu *collections = menu->addMenu(tr("Add to collection"));
    for (const ImageCollection &c : m_curation->collections()->all())
        collections->addAction(c.name, this,
                               [this, id = c.id, ids] { m_curation->addToCollection(id, ids); });
    if (!collections->isEmpty())
        collections->addSeparator();
    collections->addAction(tr("New collection..."), this, [this, ids] {
        if (const qint64 id = m_curation->newCollection())
            m_curation->addToCollection(id, ids);
    });
    if (const qint64 current = m_sections->currentCollection())
        menu->addAction(tr("Remove from this collection"), this,
                        [this, current, ids] { m_curation->takeFromCollection(current, ids); });
}

void GalleryView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_list->selectionModel()->isSelected(index))
        m_list->setCurrentIndex(index);
    const QStringList ids = selectedIds();
    const ImageRecord record = m_model->record(index.row());
    QMenu menu(this);
    if (inTrash()) {
        menu.addAction(tr("Restore"), this, [this, ids] { m_curation->restore(ids); });
        menu.addAction(tr("Delete for good..."), this,
                       [this, ids] { m_curation->deleteForGood(ids); });
        menu.exec(m_list->viewport()->mapToGlobal(pos));
        return;
    }
    if (ids.size() == 1) {
        menu.addAction(tr("Open"), this, [this, record] { emit openImage(record.id); });
        menu.addAction(tr("Reuse prompt and model"), this,
                       [this, record] { m_actions->reuse(record); });
        menu.addSeparator();
    }
    if (ids.size() == 2)
        menu.addAction(tr("Compare"), this,
                       [this, ids] { emit compareImages(ids.at(0), ids.at(1)); });
    menu.addAction(record.starred && ids.size() == 1 ? tr("Unstar") : tr("Star"), this,
                   [this, ids] { toggleStar(ids); });
    addCollectionMenu(&menu, ids);
    menu.addSeparator();
    if (ids.size() == 1) {
        menu.addAction(tr("Save as..."), this, [this, record] { m_actions->saveAs(record); });
        menu.addAction(tr("Copy image"), this, [this, record] { m_actions->copyImage(record); });
        menu.addAction(tr("Copy prompt"), this, [this, record] { m_actions->copyPrompt(record); });
        menu.addAction(tr("Show in file manager"), this,
                       [this, record] { m_actions->showInFolder(record); });
        menu.addSeparator();
    }
    menu.addAction(tr("Export..."), this, [this, ids] {
        QList<ImageRecord> records;
        for (const QString &id : ids)
            records.append(m_model->record(m_model->rowOf(id)));
        emit exportRequested(records, tr("ImageBridge images"));
    });
    menu.addSeparator();
    menu.addAction(tr("Move to trash"), this, [this, ids] { m_curation->trash(ids); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

bool GalleryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::Resize) {
        // The width left when the scroll bar shows, whether it does or not: tiles that
        // changed with the scroll bar would make it come and go.
        const int width =
            m_list->contentsRect().width() -
            m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list) -
            2 * m_list->spacing() - 1;
        // The delegate's sizeHintChanged() makes the view lay its items out again.
        m_delegate->fitWidth(width);
    }
    return QWidget::eventFilter(watched, event);
}

QList<KeyBinding> GalleryView::keyBindings()
{
    const char *c = "GalleryView";
    return {
        {c, QT_TRANSLATE_NOOP("GalleryView", "Star or unstar the selection"), {Qt::Key_S}},
        {c, QT_TRANSLATE_NOOP("GalleryView", "Compare the two selected images"), {Qt::Key_C}},
        {c, QT_TRANSLATE_NOOP("GalleryView", "Move the selection to the trash"),
         standardKeys(QKeySequence::Delete, {Qt::Key_Delete})},
        {c, QT_TRANSLATE_NOOP("GalleryView", "Copy the image"), standardKeys(QKeySequence::Copy)}};
}

// In the order of keyBindings(), while the thumbnail grid has the focus.
void GalleryView::refreshModelFilter()
{
    if (m_modelFilter->view()->isVisible()) { // not under the person's open list
        m_modelCountsTimer->start();
        return;
    }
    const QString chosen = m_modelFilter->currentData().toString();
    const QSignalBlocker quiet(m_modelFilter);
    m_modelFilter->clear();
    m_modelFilter->addItem(tr("All models"), QString());
    for (const auto &[modelId, count] : m_actions->store()->modelCounts()) {
        m_modelFilter->addItem(tr("%1 (%2)").arg(m_model->modelName(modelId)).arg(count), modelId);
    }
    // A model chosen before keeps its place while it has images.
    m_modelFilter->setCurrentIndex(std::max(0, m_modelFilter->findData(chosen)));
    if (!chosen.isEmpty() && m_modelFilter->currentIndex() == 0)
        applyFilter();
}

void GalleryView::connectKeys()
{
    const QList<QAction *> keys = addKeyActions(m_list, keyBindings(), Qt::WidgetShortcut);
    connect(keys.at(0), &QAction::triggered, this, [this] {
        if (!inTrash())
            toggleStar(selectedIds());
    });
    connect(keys.at(1), &QAction::triggered, this, [this] {
        if (selectedIds().size() == 2)
            emit compareImages(selectedIds().at(0), selectedIds().at(1));
    });
    connect(keys.at(2), &QAction::triggered, this, &GalleryView::removeSelection);
    connect(keys.at(3), &QAction::triggered, this, [this] {
        ImageRecord record;
        if (currentRecord(&record))
            m_actions->copyImage(record);
    });
}
