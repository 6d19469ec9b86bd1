#pragma once

#include "ImageStore.h"

#include <QAbstractListModel>

class ThumbnailCache;

Q_DECLARE_METATYPE(ImageRecord)

// The gallery as a list model over the ImageStore: newest first, filtered by prompt text
// and model, fetched in pages so 10,000 images cost nothing until scrolled to, with
// thumbnails made off the UI thread.
class GalleryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { RecordRole = Qt::UserRole + 1, IdRole, IsApiRole };
    static constexpr int pageSize = 200;

    GalleryModel(ImageStore *store, ThumbnailCache *thumbnails, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    void setFilter(const QString &text, const QString &modelId);
    ImageRecord record(int row) const { return m_records.at(row); }
    int rowOf(const QString &id) const;
    int totalCount() const { return m_total; }

private:
    bool matches(const ImageRecord &record) const;
    void onAdded(const ImageRecord &record);
    void onRemoved(const QString &id);

    ImageStore *m_store;
    ThumbnailCache *m_thumbnails;
    QList<ImageRecord> m_records;
    QString m_text;
    QString m_modelId;
    bool m_exhausted = false;
    int m_total = 0;
};
