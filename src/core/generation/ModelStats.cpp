#include "generation/ModelStats.h"

#include "common/Logging.h"
#include "store/ImageStoreSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace {
constexpr int recentOutcomes = 50;
}

bool ModelStats::Summary::isCoolingDown(const QDateTime &now) const
{
    return coolDownEnds(now).isValid();
}

QDateTime ModelStats::Summary::coolDownEnds(const QDateTime &now) const
{
    if (consecutiveFailures < coolDownAfterFailures || !lastFailure.isValid())
        return {};
    const QDateTime ends = lastFailure.addMSecs(coolDownMs);
    return now < ends ? ends : QDateTime();
}

ModelStats::ModelStats(const QString &folder, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_clock(clock ? clock : Clock::system())
{}

ModelStats::~ModelStats()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool ModelStats::open(QString *error)
{
    const QString name = QStringLiteral("modelstats-%1").arg(quintptr(this), 0, 16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_folder + QLatin1String("/index.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")); // shared index
        QString schemaError;
        if (!db.open() || !ImageStoreSchema::prepare(db, &schemaError)) {
            *error = tr("Cannot open the model history: %1")
                         .arg(schemaError.isEmpty() ? db.lastError().text() : schemaError);
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
    }
    m_connection = name;
    load();
    return true;
}

void ModelStats::load()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT DISTINCT model FROM outcomes")))
        return;
    QStringList models;
    while (q.next())
        models.append(q.value(0).toString());
    for (const QString &model : std::as_const(models)) {
        recompute(model);
        scheduleCoolDownEnd(model);
    }
}

bool ModelStats::isCoolingDown(const QString &modelId) const
{
    return summary(modelId).isCoolingDown(m_clock->now());
}

void ModelStats::scheduleCoolDownEnd(const QString &modelId)
{
    m_coolDownEnds.erase(modelId);
    const QDateTime now = m_clock->now();
    const QDateTime ends = summary(modelId).coolDownEnds(now);
    if (!ends.isValid())
        return;
    m_coolDownEnds[modelId] = m_clock->schedule(now.msecsTo(ends), [this, modelId] {
        const QString model = modelId; // the alarm holding this lambda goes first
        m_coolDownEnds.erase(model);
        emit changed(model);
    });
}

void ModelStats::record(const QString &modelId, bool ok, qint64 elapsedMs)
{
    if (m_connection.isEmpty())
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO outcomes VALUES (?, ?, ?, ?)"));
    q.addBindValue(modelId);
    q.addBindValue(ok ? 1 : 0);
    q.addBindValue(elapsedMs);
    q.addBindValue(m_clock->now().toMSecsSinceEpoch());
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot record a model outcome:" << q.lastError().text();
        return;
    }
    recompute(modelId);
    scheduleCoolDownEnd(modelId);
    emit changed(modelId);
}

void ModelStats::recompute(const QString &modelId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT ok, elapsed_ms, at FROM outcomes WHERE model = ? "
                             "ORDER BY at DESC, rowid DESC LIMIT %1")
                  .arg(recentOutcomes));
    q.addBindValue(modelId);
    if (!q.exec())
        return;
    Summary s;
    QList<qint64> times;
    bool streak = true;
    while (q.next()) {
        const bool ok = q.value(0).toBool();
        if (ok) {
            ++s.successes;
            times.append(q.value(1).toLongLong());
            streak = false;
        } else {
            ++s.failures;
            if (!s.lastFailure.isValid())
                s.lastFailure =
                    QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::utc());
            if (streak)
                ++s.consecutiveFailures;
        }
    }
    if (!times.isEmpty()) {
        std::sort(times.begin(), times.end());
        s.typicalMs = times.at(times.size() / 2);
    }
    m_summaries.insert(modelId, s);
}
