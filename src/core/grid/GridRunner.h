#pragma once

#include "generation/ModelCatalog.h"
#include "grid/GridRuns.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class GenerationJob;
class ImageStore;
class ModelStats;
class RequestLog;
class UpstreamClient;

// Works through a grid run's pending cells, at most `concurrency` images at a time, each
// as its own generation (so one model's failures never stop the rest). Pause lets the
// running cells finish and starts no more; resume carries on; cancel stops the running
// ones too (they stay pending, so the run can be resumed later, even after a restart).
class GridRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxConcurrency = 16;

    GridRunner(UpstreamClient *client, ImageStore *store, const ModelCatalog *catalog,
               GridRuns *runs, qint64 runId, QObject *parent = nullptr);
    ~GridRunner() override;

    void setConcurrency(int concurrency);
    void setModelStats(ModelStats *stats);
    // Each cell's generation becomes an entry of `log`.
    void setRequestLog(RequestLog *log);

    bool start(QString *error); // also resumes a run stopped earlier
    void pause();
    void resume();
    void cancel();
    void retryFailed();

    qint64 runId() const { return m_info.id; }
    const GridRunInfo &info() const { return m_info; }
    const QList<GridCell> &cells() const { return m_cells; }
    bool isRunning() const { return !m_running.isEmpty(); }
    bool isPaused() const { return m_paused; }
    int doneCount() const;
    int failedCount() const;

signals:
    void cellChanged(int index); // into cells()
    void progress(int done, int failed, int total);
    void finished(); // nothing pending and nothing running, or cancelled

private:
    void fill();
    void startCell(int index);
    void settle(int index, const GridCell &cell);
    void reportProgress();

    UpstreamClient *m_client;
    QPointer<ImageStore> m_store;
    const ModelCatalog *m_catalog;
    GridRuns *m_runs;
    QPointer<ModelStats> m_stats;
    QPointer<RequestLog> m_log;
    GridRunInfo m_info;
    QList<ModelInfo> m_models; // resolved, by model index
    QList<GridCell> m_cells;
    QHash<int, GenerationJob *> m_running; // cell index -> job
    int m_concurrency = 4;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_started = false;
};
