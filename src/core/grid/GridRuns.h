#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

class ImageStore;

// A grid run: every prompt × every model × k samples, generated as one job, kept in the
// image index cell by cell so a run survives a restart and goes on where it stopped.
struct GridCell
{
    enum class State { Pending = 0, Done = 1, Failed = 2 };
    int prompt = 0;
    int model = 0;
    int sample = 0;
    State state = State::Pending;
    QString imageId; // Done
    QString error;   // Failed
};

struct GridRunInfo
{
    enum class State { Running = 0, Paused = 1, Finished = 2, Cancelled = 3 };
    qint64 id = 0;
    QDateTime created;
    QStringList prompts;
    QStringList models; // catalog ids
    int samples = 1;
    State state = State::Running;

    int cellCount() const { return int(prompts.size() * models.size()) * samples; }
};

class GridRuns : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxPrompts = 200;
    static constexpr int maxModels = 30;
    static constexpr int maxSamples = 10;
    static constexpr int maxCells = 2000;

    explicit GridRuns(ImageStore *store, QObject *parent = nullptr);

    // The new run's id with all its cells pending, or 0 with *error (too large, empty).
    qint64 create(const QStringList &prompts, const QStringList &models, int samples,
                  QString *error);
    std::optional<GridRunInfo> run(qint64 id) const;
    QList<GridRunInfo> runs() const; // newest first
    QList<GridCell> cells(qint64 runId) const;
    bool setCell(qint64 runId, const GridCell &cell);
    bool setState(qint64 runId, GridRunInfo::State state);
    int retryFailed(qint64 runId); // failed cells back to pending; how many
    bool remove(qint64 runId);     // the run, not its images

signals:
    void changed(qint64 runId);

private:
    ImageStore *m_store;
};
