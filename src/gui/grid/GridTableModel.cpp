#include "grid/GridTableModel.h"

#include "gallery/ThumbnailCache.h"
#include "store/ImageStore.h"

GridTableModel::GridTableModel(ImageStore *store, ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_thumbnails(thumbnails)
{
    connect(thumbnails, &ThumbnailCache::ready, this, [this](const QString &id) {
        for (const GridCell &c : std::as_const(m_cells)) {
            if (c.imageId == id)
                emit dataChanged(index(c.prompt, c.model), index(c.prompt, c.model));
        }
    });
}

void GridTableModel::setRun(const GridRunInfo &run, const QStringList &modelNames,
                            const QList<GridCell> &cells)
{
    beginResetModel();
    m_run = run;
    m_modelNames = modelNames;
    m_cells = cells;
    endResetModel();
}

void GridTableModel::updateCell(const GridCell &cell)
{
    for (GridCell &c : m_cells) {
        if (c.prompt == cell.prompt && c.model == cell.model && c.sample == cell.sample) {
            c = cell;
            emit dataChanged(index(cell.prompt, cell.model), index(cell.prompt, cell.model));
            return;
        }
    }
}

int GridTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_run.prompts.size());
}

int GridTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_run.models.size());
}

QList<const GridCell *> GridTableModel::cellsAt(int prompt, int model) const
{
    QList<const GridCell *> list;
    for (const GridCell &c : m_cells) {
        if (c.prompt == prompt && c.model == model)
            list.append(&c);
    }
    return list;
}

QImage GridTableModel::thumbnail(const QString &imageId) const
{
    const auto record = m_store->find(imageId);
    return record ? m_thumbnails->get(imageId, record->filePath) : QImage();
}

QVariant GridTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QList<const GridCell *> cells = cellsAt(index.row(), index.column());
    switch (role) {
    case ImageIdsRole: {
        QStringList ids;
        for (const GridCell *c : cells)
            ids.append(c->imageId);
        return ids;
    }
    case StatesRole: {
        QVariantList states;
        for (const GridCell *c : cells)
            states.append(int(c->state));
        return states;
    }
    case ErrorsRole:
    case Qt::ToolTipRole: {
        QStringList errors;
        for (const GridCell *c : cells) {
            if (c->state == GridCell::State::Failed)
                errors.append(c->error);
        }
        return role == ErrorsRole ? QVariant(errors) : QVariant(errors.join(QLatin1Char('\n')));
    }
    case Qt::AccessibleTextRole: {
        int done = 0;
        for (const GridCell *c : cells)
            done += c->state == GridCell::State::Done ? 1 : 0;
        return tr("%1 on %2: %3 of %4 made")
            .arg(m_run.prompts.value(index.row()), m_modelNames.value(index.column()))
            .arg(done)
            .arg(cells.size());
    }
    default:
        return {};
    }
}

QVariant GridTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return m_modelNames.value(section);
    const QString prompt = m_run.prompts.value(section);
    return role == Qt::ToolTipRole ? prompt : prompt.left(40);
}
