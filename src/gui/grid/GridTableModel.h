#pragma once

#include "grid/GridRuns.h"

#include <QAbstractTableModel>

class GridRunner;
class ImageStore;
class ThumbnailCache;

// A grid run as a table: prompts as rows, models as columns; each cell holds its samples'
// image ids (or why they failed), for GridDelegate to paint as thumbnails.
class GridTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { ImageIdsRole = Qt::UserRole + 1, StatesRole, ErrorsRole };

    GridTableModel(ImageStore *store, ThumbnailCache *thumbnails, QObject *parent = nullptr);

    void setRun(const GridRunInfo &run, const QStringList &modelNames,
                const QList<GridCell> &cells);
    void updateCell(const GridCell &cell);
    const GridRunInfo &run() const { return m_run; }
    const QList<GridCell> &cells() const { return m_cells; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QImage thumbnail(const QString &imageId) const;

private:
    QList<const GridCell *> cellsAt(int prompt, int model) const;

    ImageStore *m_store;
    ThumbnailCache *m_thumbnails;
    GridRunInfo m_run;
    QStringList m_modelNames;
    QList<GridCell> m_cells;
};
