#include "arena/BradleyTerry.h"

#include <QSet>

#include <cmath>

namespace {
constexpr double scale = 400.0 / 2.302585092994046; // Elo points per unit of ln(p)
constexpr int maxIterations = 10000;
constexpr double tolerance = 1e-10;
const QString anchor = QStringLiteral("\x01anchor");
} // namespace

QHash<QString, BradleyTerry::Rating> BradleyTerry::fit(const QList<Game> &games, double priorGames)
{
    QHash<QString, Rating> ratings;
    // Pairwise totals: games played and points won, per ordered pair.
    QHash<QString, QHash<QString, double>> played;
    QHash<QString, double> points;
    auto addGame = [&](const QString &a, const QString &b, double scoreA, double weight) {
        played[a][b] += weight;
        played[b][a] += weight;
        points[a] += scoreA * weight;
        points[b] += (1.0 - scoreA) * weight;
    };
    for (const Game &g : games) {
        if (g.a == g.b)
            continue;
        addGame(g.a, g.b, std::clamp(g.scoreA, 0.0, 1.0), 1.0);
        Rating &ra = ratings[g.a];
        Rating &rb = ratings[g.b];
        if (g.scoreA > 0.5) {
            ++ra.wins;
            ++rb.losses;
        } else if (g.scoreA < 0.5) {
            ++ra.losses;
            ++rb.wins;
        } else {
            ++ra.ties;
            ++rb.ties;
        }
    }
    const QList<QString> models = ratings.keys();
    if (priorGames > 0) {
        for (const QString &m : models)
            addGame(m, anchor, 0.5, priorGames);
    }

    // Hunter's MM: p_i <- W_i / sum_j n_ij / (p_i + p_j), the anchor fixed at 1.
    QHash<QString, double> p;
    for (const QString &m : models)
        p[m] = 1.0;
    p[anchor] = 1.0;
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        double change = 0;
        QHash<QString, double> next = p;
        for (const QString &m : models) {
            double denominator = 0;
            const auto &opponents = played.value(m);
            for (auto it = opponents.cbegin(); it != opponents.cend(); ++it)
                denominator += it.value() / (p.value(m) + p.value(it.key()));
            // A model that never scored stays finite: a tiny share of a point.
            const double value = std::max(points.value(m), 1e-9) / denominator;
            change = std::max(change, std::abs(std::log(value) - std::log(p.value(m))));
            next[m] = value;
        }
        p = next;
        if (priorGames <= 0) { // no anchor: fix the scale by the geometric mean
            double logMean = 0;
            for (const QString &m : models)
                logMean += std::log(p[m]);
            logMean /= std::max<qsizetype>(1, models.size());
            for (const QString &m : models)
                p[m] = std::exp(std::log(p[m]) - logMean);
        }
        if (change < tolerance)
            break;
    }

    // The interval from the fit's curvature: var(ln p_i) ~ 1 / sum_j n_ij q (1 - q).
    for (const QString &m : models) {
        double information = 0;
        const auto &opponents = played.value(m);
        for (auto it = opponents.cbegin(); it != opponents.cend(); ++it) {
            const double q = p.value(m) / (p.value(m) + p.value(it.key()));
            information += it.value() * q * (1 - q);
        }
        Rating &r = ratings[m];
        r.rating = 1000 + scale * std::log(p.value(m));
        const double margin = information > 0 ? 1.96 * scale / std::sqrt(information) : 1000;
        r.low = r.rating - margin;
        r.high = r.rating + margin;
    }
    return ratings;
}
