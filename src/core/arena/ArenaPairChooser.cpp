#include "arena/ArenaPairChooser.h"

#include <cmath>

ArenaPairChooser::ArenaPairChooser(QRandomGenerator *random)
    : m_random(random)
{}

double ArenaPairChooser::informationOf(const BradleyTerry::Rating &a, const BradleyTerry::Rating &b)
{
    // Few games: much to learn about either side. Close ratings: the outcome is uncertain.
    const double novelty = 1.0 / (1.0 + a.games()) + 1.0 / (1.0 + b.games());
    const double closeness = std::exp(-std::abs(a.rating - b.rating) / 200.0);
    return novelty + 0.5 * closeness;
}

QPair<QString, QString>
ArenaPairChooser::choose(const QStringList &poolIn,
                         const QHash<QString, BradleyTerry::Rating> &ratings,
                         const QPair<QString, QString> &previous) const
{
    QStringList pool = poolIn;
    pool.removeDuplicates();
    if (pool.size() < 2)
        return {};
    struct Candidate
    {
        QString a;
        QString b;
        double weight;
    };
    QList<Candidate> candidates;
    double total = 0;
    for (qsizetype i = 0; i < pool.size(); ++i) {
        for (qsizetype j = i + 1; j < pool.size(); ++j) {
            const bool repeat = (pool[i] == previous.first && pool[j] == previous.second) ||
                                (pool[i] == previous.second && pool[j] == previous.first);
            if (repeat && pool.size() > 2)
                continue;
            // Squared, so the most informative pairs are clearly preferred while every
            // pair keeps a chance.
            const double info = informationOf(ratings.value(pool[i]), ratings.value(pool[j]));
            candidates.append({pool[i], pool[j], info * info});
            total += info * info;
        }
    }
    double draw = m_random->generateDouble() * total;
    for (const Candidate &c : std::as_const(candidates)) {
        draw -= c.weight;
        if (draw <= 0) // left and right at random, so neither side is favoured
            return m_random->bounded(2) ? qMakePair(c.a, c.b) : qMakePair(c.b, c.a);
    }
    const Candidate &last = candidates.last();
    return {last.a, last.b};
}
