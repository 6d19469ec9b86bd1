#include "arena/ArenaVotes.h"

#include "common/Logging.h"
#include "store/ImageStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

ArenaVotes::ArenaVotes(ImageStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

qint64 ArenaVotes::add(ArenaVote v)
{
    if (!v.created.isValid())
        v.created = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("INSERT INTO arena_votes (created, prompt, left_model, right_model, "
                             "left_image, right_image, outcome) VALUES (?,?,?,?,?,?,?)"));
    q.addBindValue(v.created.toMSecsSinceEpoch());
    q.addBindValue(v.prompt.isNull() ? QStringLiteral("") : v.prompt);
    q.addBindValue(v.leftModel);
    q.addBindValue(v.rightModel);
    q.addBindValue(v.leftImage);
    q.addBindValue(v.rightImage);
    q.addBindValue(int(v.outcome));
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot store the vote:" << q.lastError().text();
        return 0;
    }
    emit changed();
    return q.lastInsertId().toLongLong();
}

bool ArenaVotes::undo(qint64 id)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE arena_votes SET undone = 1 WHERE id = ? AND undone = 0"));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    emit changed();
    return true;
}

QList<ArenaVote> ArenaVotes::all() const
{
    QList<ArenaVote> votes;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, created, prompt, left_model, right_model, left_image, "
                               "right_image, outcome FROM arena_votes WHERE undone = 0 "
                               "ORDER BY id")))
        return votes;
    while (q.next()) {
        ArenaVote v;
        v.id = q.value(0).toLongLong();
        v.created = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc());
        v.prompt = q.value(2).toString();
        v.leftModel = q.value(3).toString();
        v.rightModel = q.value(4).toString();
        v.leftImage = q.value(5).toString();
        v.rightImage = q.value(6).toString();
        v.outcome = ArenaVote::Outcome(std::clamp(q.value(7).toInt(), 0, 3));
        votes.append(v);
    }
    return votes;
}

int ArenaVotes::count() const
{
    QSqlQuery q(m_store->database());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM arena_votes WHERE undone = 0")) && q.next()
               ? q.value(0).toInt()
               : 0;
}

QList<BradleyTerry::Game> ArenaVotes::games(const QList<ArenaVote> &votes)
{
    QList<BradleyTerry::Game> games;
    for (const ArenaVote &v : votes) {
        const double score = v.outcome == ArenaVote::Outcome::Left    ? 1.0
                             : v.outcome == ArenaVote::Outcome::Right ? 0.0
                                                                      : 0.5;
        games.append({v.leftModel, v.rightModel, score});
    }
    return games;
}

QHash<QString, BradleyTerry::Rating> ArenaVotes::ratings() const
{
    return BradleyTerry::fit(games(all()));
}
