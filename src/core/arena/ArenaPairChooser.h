#pragma once

#include "arena/BradleyTerry.h"

#include <QPair>
#include <QRandomGenerator>
#include <QStringList>

// Picks the next two models to compare, so the personal ratings settle quickly: it
// prefers models with few votes and pairs whose ratings are close (the votes that tell
// the most), never the same model twice in a pair, and varies with a random draw so
// the same pair does not come back every time.
class ArenaPairChooser
{
public:
    explicit ArenaPairChooser(QRandomGenerator *random = QRandomGenerator::global());

    // Empty when the pool has fewer than two models. `previous` is avoided when the pool
    // allows another pair.
    QPair<QString, QString> choose(const QStringList &pool,
                                   const QHash<QString, BradleyTerry::Rating> &ratings,
                                   const QPair<QString, QString> &previous = {}) const;

    // How much a vote between a and b is expected to teach (higher is better).
    static double informationOf(const BradleyTerry::Rating &a, const BradleyTerry::Rating &b);

private:
    QRandomGenerator *m_random;
};
