#include "grid/GridRunner.h"

#include "generation/GenerationJob.h"
#include "generation/ModelStats.h"
#include "generation/RequestLog.h"
#include "generation/RequestLogRecorder.h"
#include "store/ImageStore.h"

GridRunner::GridRunner(UpstreamClient *client, ImageStore *store, const ModelCatalog *catalog,
                       GridRuns *runs, qint64 runId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_catalog(catalog)
    , m_runs(runs)
{
    m_info.id = runId;
}

GridRunner::~GridRunner()
{
    m_cancelled = true;
    const auto jobs = m_running;
    for (GenerationJob *job : jobs) {
        job->disconnect(this);
        job->cancel();
    }
}

void GridRunner::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, 1, maxConcurrency);
    if (m_started)
        fill();
}

bool GridRunner::start(QString *error)
{
    const auto info = m_runs->run(m_info.id);
    if (!info) {
        *error = tr("There is no grid run %1.").arg(m_info.id);
        return false;
    }
    m_info = *info;
    m_models.clear();
    for (const QString &id : m_info.models) {
        const auto model = m_catalog->resolve(id, error);
        if (!model || id.isEmpty())
            return false;
        m_models.append(*model);
    }
    m_cells = m_runs->cells(m_info.id);
    m_started = true;
    m_paused = false;
    m_cancelled = false;
    m_runs->setState(m_info.id, GridRunInfo::State::Running);
    reportProgress();
    fill();
    return true;
}

void GridRunner::pause()
{
    if (!m_started || m_paused)
        return;
    m_paused = true;
    m_runs->setState(m_info.id, GridRunInfo::State::Paused);
}

void GridRunner::resume()
{
    if (!m_started || !m_paused)
        return;
    m_paused = false;
    m_runs->setState(m_info.id, GridRunInfo::State::Running);
    fill();
}

void GridRunner::cancel()
{
    if (!m_started || m_cancelled)
        return;
    m_cancelled = true;
    const auto jobs = m_running;
    for (GenerationJob *job : jobs)
        job->cancel(); // each settles its cell as pending again
    m_runs->setState(m_info.id, GridRunInfo::State::Cancelled);
    emit finished();
}

void GridRunner::retryFailed()
{
    m_runs->retryFailed(m_info.id);
    m_cells = m_runs->cells(m_info.id);
    for (int i = 0; i < m_cells.size(); ++i)
        emit cellChanged(i);
    if (m_cancelled || !m_started) {
        QString error;
        start(&error);
        return;
    }
    reportProgress();
    fill();
}

int GridRunner::doneCount() const
{
    return int(std::count_if(m_cells.cbegin(), m_cells.cend(),
                             [](const GridCell &c) { return c.state == GridCell::State::Done; }));
}

int GridRunner::failedCount() const
{
    return int(std::count_if(m_cells.cbegin(), m_cells.cend(),
                             [](const GridCell &c) { return c.state == GridCell::State::Failed; }));
}

void GridRunner::fill()
{
    if (m_cancelled)
        return;
    for (int i = 0; i < m_cells.size() && !m_paused && m_running.size() < m_concurrency; ++i) {
        if (m_cells[i].state == GridCell::State::Pending && !m_running.contains(i))
            startCell(i);
    }
    const bool pending = std::any_of(m_cells.cbegin(), m_cells.cend(), [](const GridCell &c) {
        return c.state == GridCell::State::Pending;
    });
    if (!pending && m_running.isEmpty()) {
        m_runs->setState(m_info.id, GridRunInfo::State::Finished);
        emit finished();
    }
}

void GridRunner::startCell(int index)
{
    GenerationRequest request;
    request.prompt = m_info.prompts.value(m_cells[index].prompt);
    request.model = m_models.value(m_cells[index].model);
    request.n = 1;
    request.source = QLatin1String(ImageRecord::sourceGrid);
    auto *job = new GenerationJob(m_client, m_store, request, this);
    RequestLogRecorder::record(m_log, job, tr("grid cell"));
    m_running.insert(index, job);
    connect(job, &GenerationJob::finished, this, [this, index, job] {
        m_running.remove(index);
        job->deleteLater();
        GridCell cell = m_cells[index];
        if (m_stats && job->error().countsAgainstModel())
            m_stats->record(job->request().model.id, job->succeeded(), job->elapsedMs());
        if (job->succeeded()) {
            cell.state = GridCell::State::Done;
            cell.imageId = job->images().first().imageId;
            cell.error.clear();
        } else if (job->error().kind == UpstreamError::Kind::Cancelled) {
            cell.state = GridCell::State::Pending; // not done: a resumed run makes it
        } else {
            cell.state = GridCell::State::Failed;
            cell.error = job->error().message;
        }
        settle(index, cell);
    });
    job->start();
}

void GridRunner::settle(int index, const GridCell &cell)
{
    m_cells[index] = cell;
    m_runs->setCell(m_info.id, cell);
    emit cellChanged(index);
    reportProgress();
    fill();
}

void GridRunner::reportProgress()
{
    emit progress(doneCount(), failedCount(), int(m_cells.size()));
}

void GridRunner::setModelStats(ModelStats *stats)
{
    m_stats = stats;
}

void GridRunner::setRequestLog(RequestLog *log)
{
    m_log = log;
}
