#include "grid/GridRuns.h"

#include "common/Logging.h"
#include "store/ImageStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GridRuns)
};

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString &json)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(v.toString());
    return list;
}

GridRunInfo runFrom(const QSqlQuery &q)
{
    GridRunInfo r;
    r.id = q.value(0).toLongLong();
    r.created = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc());
    r.prompts = fromJson(q.value(2).toString());
    r.models = fromJson(q.value(3).toString());
    r.samples = q.value(4).toInt();
    r.state = GridRunInfo::State(std::clamp(q.value(5).toInt(), 0, 3));
    return r;
}
} // namespace

GridRuns::GridRuns(ImageStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

qint64 GridRuns::create(const QStringList &promptsIn, const QStringList &models, int samples,
                        QString *error)
{
    QStringList prompts;
    for (const QString &p : promptsIn) {
        if (!p.trimmed().isEmpty())
            prompts.append(p.trimmed());
    }
    if (prompts.isEmpty() || models.isEmpty()) {
        *error = Tr::tr("A grid needs at least one prompt and one model.");
        return 0;
    }
    if (prompts.size() > maxPrompts || models.size() > maxModels || samples < 1 ||
        samples > maxSamples || prompts.size() * models.size() * samples > maxCells) {
        *error = Tr::tr("A grid can have at most %1 prompts, %2 models, %3 samples and %4 "
                        "images in all.")
                     .arg(maxPrompts)
                     .arg(maxModels)
                     .arg(maxSamples)
                     .arg(maxCells);
        return 0;
    }
    QSqlDatabase db = m_store->database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO grid_runs (created, prompts, models, samples, state) VALUES (?,?,?,?,0)"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(toJson(prompts));
    q.addBindValue(toJson(models));
    q.addBindValue(samples);
    if (!q.exec()) {
        *error = Tr::tr("Cannot store the grid: %1").arg(q.lastError().text());
        db.rollback();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery cell(db);
    cell.prepare(QStringLiteral("INSERT INTO grid_cells (run_id, prompt_index, model_index, "
                                "sample, state) VALUES (?,?,?,?,0)"));
    for (int p = 0; p < prompts.size(); ++p) {
        for (int m = 0; m < models.size(); ++m) {
            for (int s = 0; s < samples; ++s) {
                cell.bindValue(0, id);
                cell.bindValue(1, p);
                cell.bindValue(2, m);
                cell.bindValue(3, s);
                if (!cell.exec()) {
                    *error = Tr::tr("Cannot store the grid: %1").arg(cell.lastError().text());
                    db.rollback();
                    return 0;
                }
            }
        }
    }
    if (!db.commit()) {
        *error = Tr::tr("Cannot store the grid: %1").arg(db.lastError().text());
        return 0;
    }
    emit changed(id);
    return id;
}

std::optional<GridRunInfo> GridRuns::run(qint64 id) const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral(
        "SELECT id, created, prompts, models, samples, state FROM grid_runs WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return runFrom(q);
    return std::nullopt;
}

QList<GridRunInfo> GridRuns::runs() const
{
    QList<GridRunInfo> list;
    QSqlQuery q(m_store->database());
    if (q.exec(QStringLiteral("SELECT id, created, prompts, models, samples, state FROM grid_runs "
                              "ORDER BY id DESC"))) {
        while (q.next())
            list.append(runFrom(q));
    }
    return list;
}

QList<GridCell> GridRuns::cells(qint64 runId) const
{
    QList<GridCell> list;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT prompt_index, model_index, sample, state, image_id, error "
                             "FROM grid_cells WHERE run_id = ? "
                             "ORDER BY prompt_index, model_index, sample"));
    q.addBindValue(runId);
    if (q.exec()) {
        while (q.next()) {
            GridCell c;
            c.prompt = q.value(0).toInt();
            c.model = q.value(1).toInt();
            c.sample = q.value(2).toInt();
            c.state = GridCell::State(std::clamp(q.value(3).toInt(), 0, 2));
            c.imageId = q.value(4).toString();
            c.error = q.value(5).toString();
            list.append(c);
        }
    }
    return list;
}

bool GridRuns::setCell(qint64 runId, const GridCell &c)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE grid_cells SET state = ?, image_id = ?, error = ? "
                             "WHERE run_id = ? AND prompt_index = ? AND model_index = ? "
                             "AND sample = ?"));
    q.addBindValue(int(c.state));
    q.addBindValue(c.imageId.isEmpty() ? QVariant() : QVariant(c.imageId));
    q.addBindValue(c.error.isEmpty() ? QVariant() : QVariant(c.error));
    q.addBindValue(runId);
    q.addBindValue(c.prompt);
    q.addBindValue(c.model);
    q.addBindValue(c.sample);
    if (!q.exec() || q.numRowsAffected() != 1) {
        qCWarning(lcStore) << "cannot update a grid cell:" << q.lastError().text();
        return false;
    }
    emit changed(runId);
    return true;
}

bool GridRuns::setState(qint64 runId, GridRunInfo::State state)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE grid_runs SET state = ? WHERE id = ?"));
    q.addBindValue(int(state));
    q.addBindValue(runId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    emit changed(runId);
    return true;
}

int GridRuns::retryFailed(qint64 runId)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral(
        "UPDATE grid_cells SET state = 0, error = NULL WHERE run_id = ? AND state = 2"));
    q.addBindValue(runId);
    if (!q.exec())
        return 0;
    const int count = q.numRowsAffected();
    if (count > 0)
        emit changed(runId);
    return count;
}

bool GridRuns::remove(qint64 runId)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("DELETE FROM grid_runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    emit changed(runId);
    return true;
}
