#include "arena/ArenaSession.h"

#include "generation/GenerationJob.h"
#include "generation/ModelStats.h"
#include "generation/RequestLogRecorder.h"
#include "store/ImageStore.h"

namespace {
// After this many failed pairs in a row the arena stops asking (the upstream is down).
constexpr int maxFailuresInARow = 6;
} // namespace

ArenaSession::ArenaSession(UpstreamClient *client, ImageStore *store, ArenaVotes *votes,
                           ModelStats *stats, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_votes(votes)
    , m_stats(stats)
{}

ArenaSession::~ArenaSession()
{
    m_active = false;
    cancel(&m_current);
    cancel(&m_next);
}

void ArenaSession::setRandom(QRandomGenerator *random)
{
    m_chooser = ArenaPairChooser(random);
}

QStringList ArenaSession::poolIds() const
{
    QStringList ids;
    for (const ModelInfo &m : m_pool)
        ids.append(m.id);
    return ids;
}

bool ArenaSession::start(const QList<ModelInfo> &pool, const QStringList &prompts, QString *error)
{
    QStringList usable;
    for (const QString &p : prompts) {
        if (!p.trimmed().isEmpty())
            usable.append(p.trimmed());
    }
    QList<ModelInfo> models;
    for (const ModelInfo &m : pool) {
        if (!std::any_of(models.cbegin(), models.cend(),
                         [&m](const ModelInfo &o) { return o.id == m.id; }))
            models.append(m);
    }
    if (models.size() < 2) {
        *error = tr("The arena needs at least two models in the pool.");
        return false;
    }
    if (usable.isEmpty()) {
        *error = tr("Type a prompt for the arena.");
        return false;
    }
    stop();
    m_pool = models;
    m_prompts = usable;
    m_nextPrompt = 0;
    m_failuresInARow = 0;
    m_active = true;
    fill(&m_current);
    fill(&m_next);
    emit waiting();
    return true;
}

void ArenaSession::stop()
{
    m_active = false;
    cancel(&m_current);
    cancel(&m_next);
    m_current = {};
    m_next = {};
}

void ArenaSession::cancel(Slot *slot)
{
    for (GenerationJob *job : {slot->leftJob.data(), slot->rightJob.data()}) {
        if (!job)
            continue;
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
    slot->leftJob = nullptr;
    slot->rightJob = nullptr;
    slot->active = false;
}

void ArenaSession::fill(Slot *slot)
{
    const auto chosen = m_chooser.choose(poolIds(), m_votes->ratings(), m_lastPair);
    if (chosen.first.isEmpty())
        return;
    m_lastPair = chosen;
    auto model = [this](const QString &id) {
        return *std::find_if(m_pool.cbegin(), m_pool.cend(),
                             [&id](const ModelInfo &m) { return m.id == id; });
    };
    *slot = {};
    slot->active = true;
    slot->pair.prompt = m_prompts.at(m_nextPrompt % m_prompts.size());
    ++m_nextPrompt;
    slot->pair.left = model(chosen.first);
    slot->pair.right = model(chosen.second);
    for (const bool left : {true, false}) {
        GenerationRequest request;
        request.prompt = slot->pair.prompt;
        request.model = left ? slot->pair.left : slot->pair.right;
        request.source = QLatin1String(ImageRecord::sourceArena);
        auto *job = new GenerationJob(m_client, m_store, request, this);
        if (m_log)
            RequestLogRecorder::record(m_log, job, tr("arena"));
        (left ? slot->leftJob : slot->rightJob) = job;
        connect(job, &GenerationJob::finished, this,
                [this, slot, job, left] { onJobFinished(slot, job, left); });
        job->start();
    }
}

void ArenaSession::onJobFinished(Slot *slot, GenerationJob *job, bool left)
{
    const QString modelId = job->request().model.id;
    const bool cancelled = job->error().kind == UpstreamError::Kind::Cancelled;
    if (m_stats && job->error().countsAgainstModel())
        m_stats->record(modelId, job->succeeded(), job->elapsedMs());
    if (!job->succeeded()) {
        // Not a vote: the other image is wasted and the pair replaced.
        const QString message = job->error().message;
        cancel(slot);
        if (!m_active || cancelled)
            return;
        emit pairFailed(modelId, message);
        if (++m_failuresInARow >= maxFailuresInARow) {
            stop();
            return;
        }
        fill(slot);
        return;
    }
    (left ? slot->pair.leftImage : slot->pair.rightImage) = job->images().first().imageId;
    (left ? slot->leftJob : slot->rightJob) = nullptr;
    job->deleteLater();
    if (slot->pair.leftImage.isEmpty() || slot->pair.rightImage.isEmpty())
        return;
    slot->ready = true;
    slot->active = false;
    m_failuresInARow = 0;
    if (slot == &m_current)
        emit pairReady();
}

qint64 ArenaSession::vote(ArenaVote::Outcome outcome)
{
    if (!m_current.ready)
        return 0;
    ArenaVote v;
    v.prompt = m_current.pair.prompt;
    v.leftModel = m_current.pair.left.id;
    v.rightModel = m_current.pair.right.id;
    v.leftImage = m_current.pair.leftImage;
    v.rightImage = m_current.pair.rightImage;
    v.outcome = outcome;
    m_lastVote = m_votes->add(v);
    const Pair judged = m_current.pair;
    emit revealed(judged, outcome);
    promote();
    return m_lastVote;
}

bool ArenaSession::undoLastVote()
{
    if (m_lastVote == 0 || !m_votes->undo(m_lastVote))
        return false;
    m_lastVote = 0;
    return true;
}

// The background pair becomes the current one, and a new one starts behind it.
void ArenaSession::promote()
{
    cancel(&m_current);
    m_current = m_next;
    m_next = {};
    // The jobs still point at the slot they were made for: move them along.
    for (GenerationJob *job : {m_current.leftJob.data(), m_current.rightJob.data()}) {
        if (!job)
            continue;
        job->disconnect(this);
        const bool left = job == m_current.leftJob;
        connect(job, &GenerationJob::finished, this,
                [this, job, left] { onJobFinished(&m_current, job, left); });
    }
    if (!m_active)
        return;
    fill(&m_next);
    if (m_current.ready)
        emit pairReady();
    else
        emit waiting();
}
