#pragma once

#include "arena/BradleyTerry.h"

#include <QAbstractTableModel>

class ArenaVotes;
class ModelCatalog;
class ModelStats;

// The personal leaderboard: every model with arena votes, best rating first, with its
// 95 % interval, wins/losses/ties, and the user's own success rate and typical time.
class LeaderboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Model, Rating, Interval, Record, Success, Typical, ColumnCount };

    LeaderboardModel(ArenaVotes *votes, const ModelCatalog *catalog, const ModelStats *stats,
                     QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QHash<QString, BradleyTerry::Rating> &ratings() const { return m_ratings; }
    QString modelAt(int row) const { return m_order.value(row); }
    void refresh();

private:
    ArenaVotes *m_votes;
    const ModelCatalog *m_catalog;
    const ModelStats *m_stats;
    QHash<QString, BradleyTerry::Rating> m_ratings;
    QStringList m_order;
};
