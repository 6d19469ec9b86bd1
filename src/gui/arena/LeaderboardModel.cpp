#include "arena/LeaderboardModel.h"

#include "arena/ArenaVotes.h"
#include "generation/ModelCatalog.h"
#include "generation/ModelStats.h"

LeaderboardModel::LeaderboardModel(ArenaVotes *votes, const ModelCatalog *catalog,
                                   const ModelStats *stats, QObject *parent)
    : QAbstractTableModel(parent)
    , m_votes(votes)
    , m_catalog(catalog)
    , m_stats(stats)
{
    connect(votes, &ArenaVotes::changed, this, &LeaderboardModel::refresh);
    refresh();
}

void LeaderboardModel::refresh()
{
    beginResetModel();
    m_ratings = m_votes->ratings();
    m_order = m_ratings.keys();
    std::sort(m_order.begin(), m_order.end(), [this](const QString &a, const QString &b) {
        const double ra = m_ratings.value(a).rating;
        const double rb = m_ratings.value(b).rating;
        return ra != rb ? ra > rb : a < b;
    });
    endResetModel();
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString id = m_order.at(index.row());
    const BradleyTerry::Rating r = m_ratings.value(id);
    const ModelStats::Summary s = m_stats->summary(id);
    if (role == Qt::TextAlignmentRole && index.column() != Model)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Interval)
        return tr("With 95 % confidence the rating lies between %1 and %2; more votes narrow it.")
            .arg(qRound(r.low))
            .arg(qRound(r.high));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Rank:
        return index.row() + 1;
    case Model: {
        const auto model = m_catalog->resolve(id);
        return model ? model->name : id;
    }
    case Rating:
        return qRound(r.rating);
    case Interval:
        return tr("%1 – %2").arg(qRound(r.low)).arg(qRound(r.high));
    case Record:
        return tr("%1 – %2 – %3").arg(r.wins).arg(r.losses).arg(r.ties);
    case Success:
        return s.attempts() > 0 ? tr("%1 %").arg(qRound(s.successRate() * 100)) : QString();
    case Typical:
        return s.typicalMs >= 0 ? tr("%1 s").arg(s.typicalMs / 1000.0, 0, 'f', 1) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Rank:
        return tr("#");
    case Model:
        return tr("Model");
    case Rating:
        return tr("Rating");
    case Interval:
        return tr("95 % interval");
    case Record:
        return tr("Won – lost – tied");
    case Success:
        return tr("Success");
    case Typical:
        return tr("Typical time");
    case ColumnCount:
        break;
    }
    return {};
}
