#include "LegacyIndex.h"
#include "ManualClock.h"
#include "generation/ModelStats.h"
#include "store/ImageStoreSchema.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The per-model history on a clock the test moves: outcomes stamped with the clock's time,
// the cool-down after three failures in a row, and its end announced by itself.
class TestModelStats : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void successesAndTypicalTime();
    void threeFailuresInARowCoolDown();
    void coolDownEndsByItselfExactly();
    void successEndsTheStreak();
    void coolDownSurvivesARestart();
    void historyJoinsTheVersionedSchema();

private:
    std::unique_ptr<ModelStats> openStats();
    // The failures in a row that start a cool-down.
    void failUntilCoolingDown(ModelStats &stats) const;

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<ManualClock> m_clock;
    const QString m_model = QStringLiteral("model-a");
};

void TestModelStats::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_clock = std::make_unique<ManualClock>();
}

std::unique_ptr<ModelStats> TestModelStats::openStats()
{
    auto stats = std::make_unique<ModelStats>(m_folder->path(), m_clock.get());
    QString error;
    if (!stats->open(&error)) {
        qWarning("cannot open the model history: %s", qPrintable(error));
        return nullptr;
    }
    return stats;
}

void TestModelStats::failUntilCoolingDown(ModelStats &stats) const
{
    for (int i = 0; i < ModelStats::coolDownAfterFailures; ++i)
        stats.record(m_model, false, 100);
}

void TestModelStats::successesAndTypicalTime()
{
    auto stats = openStats();
    QVERIFY(stats);
    stats->record(m_model, true, 4000);
    stats->record(m_model, true, 2000);
    stats->record(m_model, false, 9000);
    stats->record(m_model, true, 3000);
    const ModelStats::Summary s = stats->summary(m_model);
    QCOMPARE(s.successes, 3);
    QCOMPARE(s.failures, 1);
    QCOMPARE(s.consecutiveFailures, 0);
    QCOMPARE(s.typicalMs, 3000);
    QCOMPARE(s.lastFailure, m_clock->now());
    QVERIFY(!stats->isCoolingDown(m_model));
    QCOMPARE(stats->summary(QStringLiteral("never-used")).attempts(), 0);
}

void TestModelStats::threeFailuresInARowCoolDown()
{
    auto stats = openStats();
    QVERIFY(stats);
    stats->record(m_model, false, 100);
    m_clock->advance(1000);
    stats->record(m_model, false, 100);
    QVERIFY(!stats->isCoolingDown(m_model));
    m_clock->advance(1000);
    stats->record(m_model, false, 100);
    QVERIFY(stats->isCoolingDown(m_model));
    const ModelStats::Summary s = stats->summary(m_model);
    QCOMPARE(s.consecutiveFailures, 3);
    QCOMPARE(s.lastFailure, m_clock->now()); // stamped by the clock, not the system's time
    QCOMPARE(s.coolDownEnds(m_clock->now()), m_clock->now().addMSecs(ModelStats::coolDownMs));
}

void TestModelStats::coolDownEndsByItselfExactly()
{
    auto stats = openStats();
    QVERIFY(stats);
    failUntilCoolingDown(*stats);
    QSignalSpy changed(stats.get(), &ModelStats::changed);
    QCOMPARE(m_clock->nextAlarmInMs(), ModelStats::coolDownMs);

    m_clock->advance(ModelStats::coolDownMs - 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY(stats->isCoolingDown(m_model));
    m_clock->advance(1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), m_model);
    QVERIFY(!stats->isCoolingDown(m_model));
    QCOMPARE(m_clock->pendingAlarms(), 0);
}

void TestModelStats::successEndsTheStreak()
{
    auto stats = openStats();
    QVERIFY(stats);
    failUntilCoolingDown(*stats);
    stats->record(m_model, true, 2500);
    QVERIFY(!stats->isCoolingDown(m_model));
    QCOMPARE(stats->summary(m_model).consecutiveFailures, 0);
    QCOMPARE(m_clock->pendingAlarms(), 0); // nothing left to announce
}

void TestModelStats::coolDownSurvivesARestart()
{
    {
        auto stats = openStats();
        QVERIFY(stats);
        failUntilCoolingDown(*stats);
    }
    QCOMPARE(m_clock->pendingAlarms(), 0); // the closed history announces nothing
    m_clock->advance(4 * 60 * 1000);

    auto stats = openStats();
    QVERIFY(stats);
    QVERIFY(stats->isCoolingDown(m_model));
    QSignalSpy changed(stats.get(), &ModelStats::changed);
    QCOMPARE(m_clock->nextAlarmInMs(), ModelStats::coolDownMs - 4 * 60 * 1000);
    m_clock->advance(6 * 60 * 1000);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!stats->isCoolingDown(m_model));
}

// An index whose outcomes table ModelStats made itself, before the table joined the
// versioned schema: opening migrates it to the current version and keeps the history.
void TestModelStats::historyJoinsTheVersionedSchema()
{
    const QString connection = QStringLiteral("v3-with-outcomes");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_folder->filePath(QStringLiteral("index.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QLatin1String(legacyImagesTableV1)));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE outcomes (model TEXT NOT NULL, ok INTEGER "
                                      "NOT NULL, elapsed_ms INTEGER NOT NULL, at INTEGER NOT "
                                      "NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO outcomes VALUES ('model-a', 1, 3000, %1)")
                           .arg(m_clock->now().toMSecsSinceEpoch())));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    auto stats = openStats();
    QVERIFY(stats);
    QCOMPARE(stats->summary(m_model).successes, 1);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_folder->filePath(QStringLiteral("index.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), ImageStoreSchema::version);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                      "'outcomes_model'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QTEST_GUILESS_MAIN(TestModelStats)
#include "tst_modelstats.moc"
