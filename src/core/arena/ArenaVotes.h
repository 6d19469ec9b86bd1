#pragma once

#include "arena/BradleyTerry.h"

#include <QDateTime>
#include <QObject>

class ImageStore;

struct ArenaVote
{
    enum class Outcome { Left = 0, Right = 1, Tie = 2, BothBad = 3 };

    qint64 id = 0;
    QDateTime created;
    QString prompt;
    QString leftModel;
    QString rightModel;
    QString leftImage; // ids in the ImageStore
    QString rightImage;
    Outcome outcome = Outcome::Tie;
};

// The arena's votes, in the image index beside the images they judge, so every vote can
// be reviewed and undone later; ratings are always recomputed from all of them.
class ArenaVotes : public QObject
{
    Q_OBJECT
public:
    explicit ArenaVotes(ImageStore *store, QObject *parent = nullptr);

    qint64 add(ArenaVote vote); // the vote's id, 0 on failure
    bool undo(qint64 id);
    QList<ArenaVote> all() const; // oldest first, undone ones left out
    int count() const;

    // Ratings over every vote; "both bad" says nothing about which is better, so it
    // counts as a tie, as in public arenas.
    QHash<QString, BradleyTerry::Rating> ratings() const;
    static QList<BradleyTerry::Game> games(const QList<ArenaVote> &votes);

signals:
    void changed();

private:
    ImageStore *m_store;
};
