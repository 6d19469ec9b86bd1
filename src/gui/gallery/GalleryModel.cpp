#include "gallery/GalleryModel.h"

#include "generation/ModelCatalog.h"

#include "gallery/ThumbnailCache.h"
#include "generation/RequestLog.h"

#include <QLocale>
#include <QMimeData>
#include <QUrl>

GalleryModel::GalleryModel(ImageStore *store, ThumbnailCache *thumbnails,
                           const ModelCatalog *catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_thumbnails(thumbnails)
{
    connect(m_store, &ImageStore::imageAdded, this, &GalleryModel::onAdded);
    connect(m_store, &ImageStore::imageRemoved, this, [this](const QString &id) {
        m_thumbnails->forget(id);
        removeIds({id});
    });
    connect(m_store, &ImageStore::imagesChanged, this, &GalleryModel::onChanged);
    connect(m_store, &ImageStore::imagesTrashed, this, &GalleryModel::onTrashed);
    connect(m_store, &ImageStore::imagesRestored, this, &GalleryModel::onRestored);
    connect(m_thumbnails, &ThumbnailCache::ready, this, [this](const QString &id) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row), index(row), {Qt::DecorationRole});
    });
    setQuery({});
}

int GalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

QVariant GalleryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.prompt;
    case Qt::ToolTipRole: {
        const QString tip =
            tr("%1\n%2 · %3 · %4 s\nfrom %5")
                .arg(r.prompt.left(300), modelName(r.modelId),
                     QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat))
                .arg(r.elapsedMs / 1000.0, 0, 'f', 1)
                .arg(RequestLog::displaySource(r.source));
        return r.starred ? tip + QLatin1Char('\n') + tr("★ Starred") : tip;
    }
    case Qt::DecorationRole:
        return m_thumbnails->get(r.id, r.filePath);
    case Qt::AccessibleTextRole:
        return r.starred ? tr("Starred image: %1").arg(r.prompt.left(200))
                         : tr("Image: %1").arg(r.prompt.left(200));
    case ModelNameRole:
        return modelName(r.modelId);
    case StarredRole:
        return r.starred;
    case MissingRole:
        return r.fileMissing;
    case RecordRole:
        return QVariant::fromValue(r);
    case IdRole:
        return r.id;
    case IsApiRole:
        return r.isFromApi();
    default:
        return {};
    }
}

bool GalleryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void GalleryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    ImageQuery next = m_query;
    next.offset = int(m_records.size());
    next.limit = pageSize;
    const QList<ImageRecord> page = m_store->query(next);
    m_exhausted = page.size() < pageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_records.append(page);
    endInsertRows();
}

Qt::ItemFlags GalleryModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) |
           (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList GalleryModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list"), QStringLiteral("text/plain")};
}

QMimeData *GalleryModel::mimeData(const QModelIndexList &indexes) const
{
    auto *mime = new QMimeData;
    QList<QUrl> urls;
    QStringList prompts;
    for (const QModelIndex &index : indexes) {
        const ImageRecord &r = m_records.at(index.row());
        urls.append(QUrl::fromLocalFile(r.filePath));
        prompts.append(r.prompt);
    }
    mime->setUrls(urls); // other applications take the files themselves
    mime->setText(prompts.join(QLatin1Char('\n')));
    return mime;
}

void GalleryModel::setQuery(const ImageQuery &query)
{
    // The first page is part of the reset, so views never see rows arrive mid-reset.
    beginResetModel();
    m_query = query;
    m_query.offset = 0;
    m_query.limit = pageSize;
    m_records = m_store->query(m_query);
    m_exhausted = m_records.size() < pageSize;
    m_matching = m_exhausted ? int(m_records.size()) : m_store->count(m_query);
    endResetModel();
    emit countsChanged();
}

void GalleryModel::fetchAll()
{
    while (canFetchMore({}))
        fetchMore({});
}

int GalleryModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id)
            return i;
    }
    return -1;
}

// Puts a record where the query's order wants it, if that place is among the rows
// fetched so far (otherwise it arrives with a later page).
void GalleryModel::insertSorted(const ImageRecord &record)
{
    if (!m_query.matches(record) || rowOf(record.id) >= 0)
        return;
    ++m_matching;
    const auto at = std::lower_bound(
        m_records.cbegin(), m_records.cend(), record,
        [this](const ImageRecord &a, const ImageRecord &b) { return m_query.precedes(a, b); });
    const int row = int(at - m_records.cbegin());
    if (row == m_records.size() && !m_exhausted)
        return;
    beginInsertRows({}, row, row);
    m_records.insert(row, record);
    endInsertRows();
}

void GalleryModel::removeIds(const QStringList &ids)
{
    bool any = false;
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_records.removeAt(row);
        endRemoveRows();
        m_matching = std::max(0, m_matching - 1);
        any = true;
    }
    if (any)
        emit countsChanged();
}

void GalleryModel::onAdded(const ImageRecord &record)
{
    insertSorted(record);
    emit countsChanged();
}

void GalleryModel::onChanged(const QStringList &ids)
{
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        if (const auto fresh = m_store->find(id)) {
            m_records[row] = *fresh;
            if (!m_query.matches(*fresh) && m_query.collectionId <= 0) {
                removeIds({id}); // e.g. unstarred while showing starred images
                continue;
            }
            emit dataChanged(index(row), index(row));
        }
    }
    emit countsChanged();
}

void GalleryModel::onTrashed(const QStringList &ids)
{
    if (!m_query.trashed) {
        removeIds(ids);
        return;
    }
    // The trash view: refresh, it is small and ordered by the same query.
    setQuery(m_query);
}

void GalleryModel::onRestored(const QList<ImageRecord> &records)
{
    if (m_query.trashed) {
        QStringList ids;
        for (const ImageRecord &r : records)
            ids.append(r.id);
        removeIds(ids);
        return;
    }
    if (m_query.collectionId > 0) {
        setQuery(m_query); // membership is not on the record
        return;
    }
    for (const ImageRecord &r : records)
        insertSorted(r);
    emit countsChanged();
}

QString GalleryModel::modelName(const QString &modelId) const
{
    const auto model = m_catalog ? m_catalog->resolve(modelId) : std::nullopt;
    return model ? model->name : modelId;
}
