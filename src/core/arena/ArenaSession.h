#pragma once

#include "arena/ArenaPairChooser.h"
#include "arena/ArenaVotes.h"
#include "generation/ModelCatalog.h"

#include <QObject>
#include <QPointer>

class GenerationJob;
class RequestLog;
class ImageStore;
class ModelStats;
class UpstreamClient;

// The blind arena at work: generates the same prompt on two models from the pool, hands
// the pair over without names once both images are in, stores the person's vote with both
// image ids, and always has the next pair generating in the background, so there is no
// wait between votes when the upstream is fast enough. A failed or timed-out image is no
// vote: it counts against the model's reliability (ModelStats) and the pair is replaced.
class ArenaSession : public QObject
{
    Q_OBJECT
public:
    struct Pair
    {
        QString prompt;
        ModelInfo left;
        ModelInfo right;
        QString leftImage; // ids in the ImageStore, once made
        QString rightImage;
    };

    ArenaSession(UpstreamClient *client, ImageStore *store, ArenaVotes *votes, ModelStats *stats,
                 QObject *parent = nullptr);
    ~ArenaSession() override;

    void setRandom(QRandomGenerator *random); // tests
    // The request log each pair's two generations are recorded in, as the studio's are.
    void setRequestLog(RequestLog *log) { m_log = log; }

    // Starts (or restarts) with these models and prompts; each pair takes the next prompt.
    // False with *error when the pool has fewer than two models or there is no prompt.
    bool start(const QList<ModelInfo> &pool, const QStringList &prompts, QString *error);
    void stop();
    bool isActive() const { return m_active; }

    bool hasPair() const { return m_current.ready; }
    const Pair &pair() const { return m_current.pair; }
    // Stores the vote for the current pair and moves on to the next; returns the vote id.
    qint64 vote(ArenaVote::Outcome outcome);
    qint64 lastVote() const { return m_lastVote; }
    bool undoLastVote();

signals:
    void pairReady(); // pair() holds the new pair
    void waiting();   // the next pair is still being made
    void revealed(const ArenaSession::Pair &pair, ArenaVote::Outcome outcome);
    void pairFailed(const QString &modelId, const QString &message);

private:
    struct Slot
    {
        Pair pair;
        QPointer<GenerationJob> leftJob;
        QPointer<GenerationJob> rightJob;
        bool ready = false;
        bool active = false;
    };
    void fill(Slot *slot);
    void onJobFinished(Slot *slot, GenerationJob *job, bool left);
    void cancel(Slot *slot);
    void promote();
    QStringList poolIds() const;

    UpstreamClient *m_client;
    QPointer<ImageStore> m_store;
    ArenaVotes *m_votes;
    QPointer<ModelStats> m_stats;
    RequestLog *m_log = nullptr;
    ArenaPairChooser m_chooser;
    QList<ModelInfo> m_pool;
    QStringList m_prompts;
    int m_nextPrompt = 0;
    Slot m_current;
    Slot m_next;
    QPair<QString, QString> m_lastPair;
    qint64 m_lastVote = 0;
    bool m_active = false;
    int m_failuresInARow = 0;
};
