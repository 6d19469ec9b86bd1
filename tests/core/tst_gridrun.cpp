#include "FakeUpstream.h"
#include "TestPolicies.h"
#include "generation/ModelCatalog.h"
#include "generation/RequestLog.h"
#include "grid/ContactSheet.h"
#include "grid/GridRunner.h"
#include "grid/GridRuns.h"
#include "store/ImageStore.h"
#include "upstream/UpstreamClient.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// Grid runs against the fake upstream: every cell made, failures kept apart, pause and
// resume, and a run that goes on after a simulated restart.
class TestGridRun : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void rejectsEmptyAndHugeGrids();
    void runsEveryCellWithinTheLimit();
    void failedCellsCanBeRetried();
    void pauseAndResume();
    void resumesAfterRestart();
    void contactSheetAndPage();

private:
    std::unique_ptr<FakeUpstream> m_fake;
    std::unique_ptr<UpstreamClient> m_client;
    ModelCatalog m_catalog;
};

void TestGridRun::init()
{
    m_fake = std::make_unique<FakeUpstream>();
    QVERIFY(m_fake->listen());
    m_fake->setImageSide(24);
    m_client = std::make_unique<UpstreamClient>();
    m_client->setEndpoint(m_fake->endpoint());
    RetryPolicy policy = fastRetryPolicy();
    policy.maxAttempts = 1;
    m_client->setRetryPolicy(policy);
}

void TestGridRun::rejectsEmptyAndHugeGrids()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    GridRuns runs(&store);
    QCOMPARE(runs.create({"  ", ""}, {"openai/dall-e-3"}, 1, &error), 0);
    QVERIFY(!error.isEmpty());
    QCOMPARE(runs.create({"a"}, {}, 1, &error), 0);
    QCOMPARE(runs.create({"a"}, {"openai/dall-e-3"}, 0, &error), 0);
    QCOMPARE(
        runs.create(QStringList(GridRuns::maxPrompts + 1, "p"), {"openai/dall-e-3"}, 1, &error), 0);
    const qint64 id = runs.create({"a", " ", "b"}, {"openai/dall-e-3"}, 2, &error);
    QVERIFY(id > 0);
    QCOMPARE(runs.run(id)->prompts, (QStringList{"a", "b"})); // blank lines dropped
    QCOMPARE(runs.cells(id).size(), 4);
}

void TestGridRun::runsEveryCellWithinTheLimit()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    GridRuns runs(&store);
    const qint64 id = runs.create({"a red fox", "a blue whale", "a green frog"},
                                  {"openai/dall-e-3", "vertex/imagen-3.0-fast"}, 2, &error);
    QVERIFY2(id > 0, qPrintable(error));
    m_fake->setDelayMs(30);
    GridRunner runner(m_client.get(), &store, &m_catalog, &runs, id);
    runner.setConcurrency(3);
    QSignalSpy finished(&runner, &GridRunner::finished);
    QVERIFY2(runner.start(&error), qPrintable(error));
    QVERIFY(finished.wait(20000));
    QCOMPARE(runner.doneCount(), 12);
    QCOMPARE(m_fake->requestCount(), 12);
    QVERIFY(m_fake->peakInFlight() <= 3);
    QCOMPARE(runs.run(id)->state, GridRunInfo::State::Finished);
    for (const GridCell &c : runs.cells(id)) {
        QCOMPARE(c.state, GridCell::State::Done);
        const auto record = store.find(c.imageId);
        QVERIFY(record);
        QCOMPARE(record->source, QLatin1String(ImageRecord::sourceGrid)); // in the gallery
    }
}

void TestGridRun::failedCellsCanBeRetried()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    GridRuns runs(&store);
    const qint64 id =
        runs.create({"fine", "broken [fault:badrequest]"}, {"openai/dall-e-3"}, 1, &error);
    GridRunner runner(m_client.get(), &store, &m_catalog, &runs, id);
    RequestLog log;
    runner.setRequestLog(&log);
    QSignalSpy finished(&runner, &GridRunner::finished);
    QVERIFY(runner.start(&error));
    QVERIFY(finished.wait(10000));
    QCOMPARE(runner.doneCount(), 1);
    QCOMPARE(runner.failedCount(), 1);
    // Each cell is a request in the log, the failure with the status the API would give.
    QCOMPARE(log.rowCount(), 2);
    QList<int> statuses{log.at(0).status, log.at(1).status};
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int>{200, 502}));
    QCOMPARE(log.at(0).source, QLatin1String(ImageRecord::sourceGrid));
    QCOMPARE(RequestLog::displaySource(log.at(0).source), QStringLiteral("grid"));
    QCOMPARE(log.at(0).path, QStringLiteral("grid cell"));
    QVERIFY(!runs.cells(id).last().error.isEmpty());
    QCOMPARE(runs.run(id)->state, GridRunInfo::State::Finished);
    runner.retryFailed();
    QVERIFY(finished.wait(10000));
    QCOMPARE(runner.failedCount(), 1); // the fault is in the prompt: it fails again
    QCOMPARE(m_fake->requestCount(), 3);
}

void TestGridRun::pauseAndResume()
{
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    GridRuns runs(&store);
    const qint64 id = runs.create({"one", "two", "three", "four"}, {"openai/dall-e-3"}, 1, &error);
    m_fake->setDelayMs(50);
    GridRunner runner(m_client.get(), &store, &m_catalog, &runs, id);
    runner.setConcurrency(1);
    QSignalSpy progress(&runner, &GridRunner::progress);
    QSignalSpy finished(&runner, &GridRunner::finished);
    QVERIFY(runner.start(&error));
    runner.pause();
    QCOMPARE(runs.run(id)->state, GridRunInfo::State::Paused);
    // The running cell finishes; no other starts.
    QTRY_COMPARE_WITH_TIMEOUT(runner.doneCount(), 1, 5000);
    QVERIFY(!runner.isRunning());
    QCOMPARE(m_fake->requestCount(), 1);
    QVERIFY(finished.isEmpty());
    runner.resume();
    QVERIFY(finished.wait(10000));
    QCOMPARE(runner.doneCount(), 4);
}

void TestGridRun::resumesAfterRestart()
{
    QTemporaryDir dir;
    QString error;
    qint64 id = 0;
    {
        ImageStore store(dir.path());
        QVERIFY(store.open(&error));
        GridRuns runs(&store);
        id = runs.create({"a", "b", "c"}, {"openai/dall-e-3", "vertex/imagen-3.0-fast"}, 1, &error);
        m_fake->setDelayMs(40);
        GridRunner runner(m_client.get(), &store, &m_catalog, &runs, id);
        runner.setConcurrency(2);
        QVERIFY(runner.start(&error));
        QTRY_VERIFY_WITH_TIMEOUT(runner.doneCount() >= 2, 5000);
        // The application quits here, with cells still running and pending.
    }
    ImageStore store(dir.path());
    QVERIFY(store.open(&error));
    GridRuns runs(&store);
    const QList<GridCell> before = runs.cells(id);
    const int doneBefore = int(std::count_if(before.cbegin(), before.cend(), [](const GridCell &c) {
        return c.state == GridCell::State::Done;
    }));
    QVERIFY(doneBefore >= 2 && doneBefore < 6);
    GridRunner runner(m_client.get(), &store, &m_catalog, &runs, id);
    QSignalSpy finished(&runner, &GridRunner::finished);
    QVERIFY(runner.start(&error));
    QVERIFY(finished.wait(10000));
    QCOMPARE(runner.doneCount(), 6);
    // The cells done before the restart were kept, not made again.
    const QList<GridCell> after = runs.cells(id);
    for (int i = 0; i < before.size(); ++i) {
        if (before[i].state == GridCell::State::Done)
            QCOMPARE(after[i].imageId, before[i].imageId);
    }
}

void TestGridRun::contactSheetAndPage()
{
    ContactSheet::Input in;
    in.run.prompts = QStringList{"a red fox", "a whale"};
    in.run.models = QStringList{"openai/dall-e-3", "vertex/imagen-3.0-fast", "x/y"};
    in.run.samples = 2;
    in.run.created = QDateTime::currentDateTimeUtc();
    in.modelNames = QStringList{"DALL-E 3", "Imagen 3.0 Fast", "Other"};
    QImage red(40, 40, QImage::Format_RGB32);
    red.fill(Qt::red);
    in.images.insert(QStringLiteral("img1"), red);
    GridCell done;
    done.state = GridCell::State::Done;
    done.imageId = QStringLiteral("img1");
    in.cells.append(done);
    GridCell failed;
    failed.prompt = 1;
    failed.model = 2;
    failed.state = GridCell::State::Failed;
    failed.error = QStringLiteral("upstream said no");
    in.cells.append(failed);
    const QImage sheet = ContactSheet::render(in);
    QVERIFY(sheet.width() > 3 * 2 * ContactSheet::thumbSide);
    QVERIFY(sheet.height() > 2 * ContactSheet::thumbSide);
    // The first cell holds the red image, scaled up into its box.
    bool foundRed = false;
    for (int y = 0; y < sheet.height() && !foundRed; y += 8) {
        for (int x = 0; x < sheet.width() && !foundRed; x += 8)
            foundRed = sheet.pixelColor(x, y) == QColor(Qt::red);
    }
    QVERIFY(foundRed);
    const QString page = QString::fromUtf8(ContactSheet::html(in));
    QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(page.contains(QLatin1String("data:image/jpeg;base64,")));
    QVERIFY(page.contains(QLatin1String("Imagen 3.0 Fast")));
    QVERIFY(page.contains(QLatin1String("upstream said no")));
    QVERIFY(page.contains(QLatin1String("ImageBridge")));
}

QTEST_MAIN(TestGridRun)
#include "tst_gridrun.moc"
