#include "gallery/GallerySections.h"

#include "gallery/GalleryCuration.h"
#include "store/ImageCollections.h"
#include "store/ImageStore.h"

#include <QEvent>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QTimer>

namespace {
constexpr int kindRole = Qt::UserRole + 1;
constexpr int collectionRole = Qt::UserRole + 2;
constexpr int nameRole = Qt::UserRole + 3;
} // namespace

QIcon GallerySections::iconFor(Kind kind) const
{
    switch (kind) {
    case Kind::All:
        return QIcon::fromTheme(QStringLiteral("folder-pictures"),
                                style()->standardIcon(QStyle::SP_DirHomeIcon));
    case Kind::Starred: {
        // No standard icon for a star: a gold one, drawn once.
        static const QIcon star = [this] {
            QPixmap pixmap(32, 32);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            QFont f = font();
            f.setPixelSize(28);
            painter.setFont(f);
            painter.setPen(QColor(240, 180, 0));
            painter.drawText(pixmap.rect(), Qt::AlignCenter, QStringLiteral("\u2605"));
            return QIcon(pixmap);
        }();
        return star;
    }
    case Kind::Collection:
        return QIcon::fromTheme(QStringLiteral("folder"),
                                style()->standardIcon(QStyle::SP_DirIcon));
    case Kind::Trash:
        return QIcon::fromTheme(QStringLiteral("user-trash"),
                                style()->standardIcon(QStyle::SP_TrashIcon));
    }
    return {};
}

GallerySections::GallerySections(ImageStore *store, GalleryCuration *curation, QWidget *parent)
    : QListWidget(parent)
    , m_store(store)
    , m_curation(curation)
{
    setObjectName(QStringLiteral("gallerySections"));
    setContextMenuPolicy(Qt::CustomContextMenu);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(150);
    setSpacing(2);
    setIconSize(QSize(16, 16));
    connect(this, &QListWidget::currentRowChanged, this, [this] {
        if (!m_refreshing)
            emit sectionChanged();
    });
    connect(this, &QWidget::customContextMenuRequested, this, &GallerySections::showMenu);
    setAccessibleName(tr("Gallery sections"));
    for (auto signal : {&ImageStore::imagesTrashed, &ImageStore::imagesChanged})
        connect(store, signal, this, &GallerySections::refresh);
    // API clients can add a hundred images a second; the counts follow at most ten times a
    // second instead of running their queries and rebuilding the list for each.
    m_addedRefresh = new QTimer(this);
    m_addedRefresh->setSingleShot(true);
    m_addedRefresh->setInterval(100);
    connect(m_addedRefresh, &QTimer::timeout, this, &GallerySections::refresh);
    connect(store, &ImageStore::imageAdded, m_addedRefresh, [this] {
        if (!m_addedRefresh->isActive())
            m_addedRefresh->start();
    });
    connect(store, &ImageStore::imageRemoved, this, &GallerySections::refresh);
    connect(store, &ImageStore::imagesRestored, this, &GallerySections::refresh);
    connect(curation->collections(), &ImageCollections::changed, this, &GallerySections::refresh);
    refresh();
}

QListWidgetItem *GallerySections::addSection(Kind kind, const QString &name, int count,
                                             qint64 collectionId)
{
    auto *item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(name).arg(count), this);
    item->setIcon(iconFor(kind));
    item->setData(kindRole, int(kind));
    item->setData(collectionRole, collectionId);
    item->setData(nameRole, name);
    item->setData(Qt::AccessibleTextRole, tr("%1, %n image(s)", nullptr, count).arg(name));
    return item;
}

void GallerySections::refresh()
{
    const Kind kind = currentKind();
    const qint64 collection = currentCollection();
    m_refreshing = true;
    clear();
    ImageQuery starred;
    starred.starredOnly = true;
    ImageQuery trash;
    trash.trashed = true;
    addSection(Kind::All, tr("All images"), m_store->count(), 0);
    addSection(Kind::Starred, tr("Starred"), m_store->count(starred), 0);
    for (const ImageCollection &c : m_curation->collections()->all())
        addSection(Kind::Collection, c.name, c.count, c.id);
    addSection(Kind::Trash, tr("Trash"), m_store->count(trash), 0);
    select(kind, collection); // a deleted collection falls back to all images
    m_refreshing = false;
    // New counts are not a new section: the gallery is queried again only if the section
    // itself changed (it was a query of the whole gallery ten times a second under load).
    if (currentKind() != kind || currentCollection() != collection)
        emit sectionChanged();
}

GallerySections::Kind GallerySections::currentKind() const
{
    const QListWidgetItem *item = currentItem();
    return item ? Kind(item->data(kindRole).toInt()) : Kind::All;
}

qint64 GallerySections::currentCollection() const
{
    const QListWidgetItem *item = currentItem();
    return item && currentKind() == Kind::Collection ? item->data(collectionRole).toLongLong() : 0;
}

void GallerySections::select(Kind kind, qint64 collectionId)
{
    for (int i = 0; i < count(); ++i) {
        const QListWidgetItem *it = item(i);
        if (Kind(it->data(kindRole).toInt()) == kind &&
            it->data(collectionRole).toLongLong() == collectionId) {
            if (currentRow() != i)
                setCurrentRow(i);
            return;
        }
    }
    setCurrentRow(0);
}

void GallerySections::showMenu(const QPoint &pos)
{
    const QListWidgetItem *item = itemAt(pos);
    const Kind kind = item ? Kind(item->data(kindRole).toInt()) : Kind::All;
    const qint64 id = item ? item->data(collectionRole).toLongLong() : 0;
    QMenu menu(this);
    menu.addAction(tr("New collection..."), this, [this] {
        if (const qint64 created = m_curation->newCollection())
            select(Kind::Collection, created);
    });
    if (kind == Kind::Collection) {
        menu.addAction(tr("Rename collection..."), this,
                       [this, id] { m_curation->renameCollection(id); });
        menu.addAction(tr("Export collection..."), this, [this, id, item] {
            emit exportCollectionRequested(id, item->data(nameRole).toString());
        });
        menu.addAction(tr("Delete collection..."), this,
                       [this, id] { m_curation->deleteCollection(id); });
    }
    if (kind == Kind::Trash)
        menu.addAction(tr("Empty trash..."), m_curation, &GalleryCuration::emptyTrash);
    menu.exec(viewport()->mapToGlobal(pos));
}

void GallerySections::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Gallery sections"));
        refresh();
    }
    QListWidget::changeEvent(event);
}
