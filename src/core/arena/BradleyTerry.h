#pragma once

#include <QHash>
#include <QList>
#include <QString>

// Personal model ratings from pairwise votes, by the Bradley–Terry model: each model i has
// a strength p_i and wins against j with probability p_i / (p_i + p_j). The strengths are
// the maximum-likelihood fit of all votes (Hunter's MM iteration), so the order in which
// votes were cast does not matter, and the ratings can always be recomputed from the
// stored votes. A tie counts half a win for each side.
//
// Ratings are shown on the familiar Elo scale: 1000 + 400 log10(p). Every model also
// plays `priorGames` virtual ties against a fixed 1000-rated anchor, so a model with only
// wins gets a high but finite rating and few votes stay near 1000.
namespace BradleyTerry {

struct Game
{
    QString a;
    QString b;
    double scoreA = 0.5; // 1 a won, 0 b won, 0.5 tie
};

struct Rating
{
    double rating = 1000;
    double low = 1000; // 95 % confidence interval
    double high = 1000;
    int wins = 0;
    int losses = 0;
    int ties = 0;
    int games() const { return wins + losses + ties; }
};

QHash<QString, Rating> fit(const QList<Game> &games, double priorGames = 1.0);

} // namespace BradleyTerry
