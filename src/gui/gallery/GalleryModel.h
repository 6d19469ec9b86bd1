#pragma once

#include "store/ImageStore.h"

#include <QAbstractListModel>

class ModelCatalog;
class ThumbnailCache;

Q_DECLARE_METATYPE(ImageRecord)

// The gallery (or the trash) as a list model over the ImageStore for one ImageQuery,
// fetched in pages so 50,000 images cost nothing until scrolled to, with thumbnails made
// off the UI thread. Stars, trash and restore update the rows in place.
class GalleryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        RecordRole = Qt::UserRole + 1,
        IdRole,
        IsApiRole,
        StarredRole,
        MissingRole,
        ModelNameRole // modelName() of the image's model
    };
    static constexpr int pageSize = 200;

    GalleryModel(ImageStore *store, ThumbnailCache *thumbnails, const ModelCatalog *catalog,
                 QObject *parent = nullptr);

    // The model's name where the catalog knows it, else its id.
    QString modelName(const QString &modelId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    void setQuery(const ImageQuery &query);
    const ImageQuery &query() const { return m_query; }
    ImageRecord record(int row) const { return m_records.at(row); }
    int rowOf(const QString &id) const;
    // Images matching the query (all of them, not only the rows fetched so far).
    int matchCount() const { return m_matching; }
    // Loads every remaining page (select all, export); cheap at 50,000 rows.
    void fetchAll();

signals:
    void countsChanged();

private:
    void insertSorted(const ImageRecord &record);
    void removeIds(const QStringList &ids);
    void onAdded(const ImageRecord &record);
    void onChanged(const QStringList &ids);
    void onTrashed(const QStringList &ids);
    void onRestored(const QList<ImageRecord> &records);

    ImageStore *m_store;
    const ModelCatalog *m_catalog;
    ThumbnailCache *m_thumbnails;
    QList<ImageRecord> m_records;
    ImageQuery m_query;
    bool m_exhausted = false;
    int m_matching = 0;
};
