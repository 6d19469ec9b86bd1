#include "GalleryModel.h"

#include "RequestLog.h"
#include "ThumbnailCache.h"

#include <QLocale>
#include <QMimeData>
#include <QUrl>

GalleryModel::GalleryModel(ImageStore *store, ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_thumbnails(thumbnails)
{
    connect(m_store, &ImageStore::imageAdded, this, &GalleryModel::onAdded);
    connect(m_store, &ImageStore::imageRemoved, this, &GalleryModel::onRemoved);
    connect(m_thumbnails, &ThumbnailCache::ready, this, [this](const QString &id) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row), index(row), {Qt::DecorationRole});
    });
    setFilter({}, {});
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
    case Qt::ToolTipRole:
        return tr("%1\n%2 · %3 · %4 s\nfrom %5")
            .arg(r.prompt.left(300), r.modelId,
                 QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat))
            .arg(r.elapsedMs / 1000.0, 0, 'f', 1)
            .arg(RequestLog::displaySource(r.source));
    case Qt::DecorationRole:
        return m_thumbnails->get(r.id, r.filePath);
    case Qt::AccessibleTextRole:
        return tr("Image: %1").arg(r.prompt.left(200));
    case RecordRole:
        return QVariant::fromValue(r);
    case IdRole:
        return r.id;
    case IsApiRole:
        return r.source != QLatin1String("GUI") && r.source != QLatin1String("CLI");
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
    const QList<ImageRecord> page =
        m_store->query({m_text, m_modelId, int(m_records.size()), pageSize});
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

void GalleryModel::setFilter(const QString &text, const QString &modelId)
{
    // The first page is part of the reset, so views never see rows arrive mid-reset.
    beginResetModel();
    m_text = text.trimmed();
    m_modelId = modelId;
    m_records = m_store->query({m_text, m_modelId, 0, pageSize});
    m_exhausted = m_records.size() < pageSize;
    m_total = m_store->count();
    endResetModel();
}

int GalleryModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id)
            return i;
    }
    return -1;
}

bool GalleryModel::matches(const ImageRecord &record) const
{
    return (m_text.isEmpty() || record.prompt.contains(m_text, Qt::CaseInsensitive)) &&
           (m_modelId.isEmpty() || record.modelId == m_modelId);
}

void GalleryModel::onAdded(const ImageRecord &record)
{
    ++m_total;
    if (!matches(record))
        return;
    beginInsertRows({}, 0, 0);
    m_records.prepend(record);
    endInsertRows();
}

void GalleryModel::onRemoved(const QString &id)
{
    m_total = std::max(0, m_total - 1);
    m_thumbnails->forget(id);
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_records.removeAt(row);
    endRemoveRows();
}
