#include "FakeProviders.h"
#include "FakeUpstream.h"
#include "ManualClock.h"
#include "MemoryKeychain.h"
#include "RequestLogDock.h"
#include "SettingsDialog.h"
#include "StudioFixture.h"
#include "TestImages.h"
#include "arena/ArenaView.h"
#include "arena/ArenaVotesDialog.h"
#include "common/SaveFile.h"
#include "gallery/CompareDialog.h"
#include "gallery/GalleryCuration.h"
#include "gallery/GalleryModel.h"
#include "gallery/GallerySections.h"
#include "gallery/GalleryTransfers.h"
#include "gallery/GalleryView.h"
#include "gallery/ImageActions.h"
#include "gallery/ImageViewer.h"
#include "gallery/ThumbnailCache.h"
#include "generation/GenerationJob.h"
#include "generation/ModelStats.h"
#include "grid/GridRunner.h"
#include "grid/GridTableModel.h"
#include "grid/GridView.h"
#include "image/ImageMetadata.h"
#include "server/ServerController.h"
#include "sources/DeploymentGuide.h"
#include "sources/ProviderKeysDialog.h"
#include "sources/SourcesPage.h"
#include "store/ImageCollections.h"
#include "store/ImageQuery.h"
#include "studio/PromptPanel.h"
#include "studio/ResultCard.h"
#include "studio/ResultRun.h"
#include "studio/ResultsView.h"
#include "studio/StudioSession.h"
#include "studio/WelcomePanel.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"
#include "widgets/ModelPicker.h"
#include "widgets/ProviderIcons.h"
#include "widgets/ShortcutsDialog.h"
#include "widgets/ZoomableImage.h"

#include "TestHttp.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItem>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>

using Fault = FakeUpstream::Fault;

// The desktop studio driven as a person would, on the offscreen platform.
class TestStudio : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void typeGenerateAndSeeItInTheGallery();
    void compareThreeModels();
    void retryShowsCountdownAndLog();
    void cancelStopsAHangingRequest();
    void failedCardOffersRetry();
    void deleteGoesToTrashAndUndoBringsItBack();
    void starAndCollectFromTheGallery();
    void newImagesDoNotRequeryTheGallery();
    void viewerKeysWalkStarAndTrash();
    void compareTwoInStepAndAsSlider();
    void importAFolderThenExportIt();
    void arenaVotesWithTheKeys();
    void gridRunsShowsAndExports();
    void galleryReloadsAfterRestart();
    void settingsPersist();
    void upstreamOverrideSurvivesAppliedSettings();
    void shortcutsWorkFromAnywhere();
    void focusStartsInThePromptAndTabGoesDown();
    void everyMenuActionHasTextAndIsListed();
    void refusedSourceOffersTheWayOut();
    void sourceHeadersStayOutOfTheSettings();
    void sourceTestMakesOneGeneration();
    void shapeIsAChoiceThatSaysWhereItHolds();
    void ownKeysServeEveryModelDirectly();
    void logShowsAttemptsPerImage();
    void logStartsCollapsedAndRemembers();
    void everyInteractiveWidgetHasAnAccessibleName();
    void firstRunWelcomesWithTheApi();
    void welcomeSamplesStartAPrompt();
    void resultCardsFollowTheWindowWidth();
    void fitsALaptopScreenOnEveryTab();
    void thumbnailWaitsForItsFile();
    void galleryFiltersListOnlyModelsWithImages();
    void nameDialogIsWideEnoughForItsTitle();
    void switchingLanguageLeavesNoStaleText();
    void saveAsOffersTheImagesOwnType();
    void serverPanelHidesTheKeyUntilShown();
    void resultsFeedKeepsRunsWithTheirActions();
    void emptyPromptIsExplained();
    void logActions();
    void serverStartsAndStops();
    void modelsPassTheTester();
    void pickerCoolDownEndsByItself();

private:
    QPlainTextEdit *promptEdit() const
    {
        return t->window->promptPanel()->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"));
    }
    QPushButton *button(const char *name) const
    {
        return t->window->promptPanel()->findChild<QPushButton *>(QLatin1String(name));
    }
    void generate(const QString &prompt, const QStringList &models);

    std::unique_ptr<StudioFixture> t;
};

void TestStudio::init()
{
    t = std::make_unique<StudioFixture>();
    QVERIFY(t->ok);
}

void TestStudio::cleanup()
{
    t.reset();
}

void TestStudio::generate(const QString &prompt, const QStringList &models)
{
    t->window->promptPanel()->picker()->setSelectedIds(models);
    promptEdit()->setFocus();
    promptEdit()->clear();
    QTest::keyClicks(promptEdit(), prompt);
    QTest::keyClick(promptEdit(), Qt::Key_Return, Qt::ControlModifier);
}

void TestStudio::typeGenerateAndSeeItInTheGallery()
{
    generate(QStringLiteral("a red fox"), {QStringLiteral("vertex/imagen-3.0-fast")});
    QTRY_COMPARE_WITH_TIMEOUT(t->upstream.requestCount(), 1, 5000);
    QCOMPARE(t->upstream.received().first().prompt, QStringLiteral("a red fox"));
    QCOMPARE(t->upstream.received().first().modelId,
             QStringLiteral("imagen-3.0-fast-generate-001"));
    GalleryModel *gallery = t->window->galleryView()->model();
    QTRY_COMPARE_WITH_TIMEOUT(gallery->rowCount(), 1, 10000);
    QCOMPARE(gallery->record(0).prompt, QStringLiteral("a red fox"));
    QCOMPARE(gallery->record(0).source, QLatin1String(ImageRecord::sourceStudio));
    QVERIFY(QFile::exists(gallery->record(0).filePath));
    const QList<ResultCard *> cards = t->window->resultsView()->cards();
    QCOMPARE(cards.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(cards.first()->isDone(), 5000);
    QCOMPARE(cards.first()->imageId(), gallery->record(0).id);
}

void TestStudio::compareThreeModels()
{
    t->upstream.setDelayMs(200);
    generate(QStringLiteral("one prompt, three models"),
             {QStringLiteral("replicate/flux-schnell"), QStringLiteral("openai/dall-e-3"),
              QStringLiteral("fireworks/ssd-1b")});
    QTRY_COMPARE_WITH_TIMEOUT(t->upstream.requestCount(), 3, 5000);
    QCOMPARE(t->upstream.peakInFlight(), 3); // side by side, not one after another
    const QList<ResultCard *> cards = t->window->resultsView()->cards();
    QCOMPARE(cards.size(), 3);
    for (ResultCard *card : cards)
        QTRY_VERIFY_WITH_TIMEOUT(card->isDone() && !card->imageId().isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(t->window->galleryView()->model()->rowCount(), 3, 10000);
    QStringList models;
    for (int row = 0; row < t->log->rowCount(); ++row)
        models.append(t->log->at(row).model);
    models.sort();
    QCOMPARE(models,
             QStringList({"fireworks/ssd-1b", "openai/dall-e-3", "replicate/flux-schnell"}));
}

void TestStudio::retryShowsCountdownAndLog()
{
    t->upstream.setRetryAfter("2");
    t->upstream.queueFault(Fault::RateLimited);
    generate(QStringLiteral("busy upstream"), {QStringLiteral("vertex/imagen-3.0-fast")});
    QTRY_COMPARE_WITH_TIMEOUT(t->window->resultsView()->cards().size(), 1, 5000);
    ResultCard *card = t->window->resultsView()->cards().first();
    QTRY_VERIFY_WITH_TIMEOUT(card->statusText().contains(QLatin1String("retrying in")), 5000);
    QVERIFY2(card->statusText().contains(QLatin1String("upstream busy")),
             qPrintable(card->statusText()));
    QVERIFY(card->statusText().contains(QLatin1String("attempt 2 of 3")));
    QTRY_VERIFY_WITH_TIMEOUT(card->isDone(), 10000);
    QVERIFY(!card->imageId().isEmpty());
    const RequestLogEntry &entry = t->log->at(t->log->rowCount() - 1);
    QCOMPARE(entry.attempts, 2);
    QCOMPARE(entry.attemptsText(), QStringLiteral("2"));
    QCOMPARE(entry.status, 200);
    QVERIFY(entry.events.join(QLatin1Char('\n')).contains(QLatin1String("retrying in")));
}

void TestStudio::cancelStopsAHangingRequest()
{
    t->upstream.queueFault(Fault::Hang);
    generate(QStringLiteral("never answered"), {QStringLiteral("openai/dall-e-2")});
    QTRY_COMPARE_WITH_TIMEOUT(t->upstream.inFlight(), 1, 5000);
    QPushButton *cancel = button("cancelButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!t->window->session()->isBusy());
    QCOMPARE(t->client->inFlight(), 0);
    ResultCard *card = t->window->resultsView()->cards().first();
    QVERIFY(card->isDone());
    QVERIFY(card->imageId().isEmpty());
    QVERIFY(!cancel->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(t->upstream.inFlight(), 0, 5000);
    // Said as a cancellation, not a failure; Retry asks for the same prompt and model again.
    QVERIFY2(!t->window->statusBar()->currentMessage().contains(QLatin1String("failed")),
             qPrintable(t->window->statusBar()->currentMessage()));
    // The log has no upstream latency for it: the upstream never answered (not "0 ms").
    const QModelIndex latency = t->log->index(t->log->rowCount() - 1, RequestLog::Latency);
    QCOMPARE(latency.data().toString(), QString());
    auto *retry = card->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry && retry->isVisible());
    retry->click();
    QTRY_COMPARE_WITH_TIMEOUT(t->upstream.requestCount(), 2, 5000);
    QCOMPARE(t->upstream.received().last().prompt, QStringLiteral("never answered"));
    QCOMPARE(t->upstream.received().last().modelId, QStringLiteral("dall-e-2"));
    QTRY_VERIFY_WITH_TIMEOUT(!t->window->session()->isBusy(), 5000);
    QTRY_VERIFY(!t->window->resultsView()->cards().first()->imageId().isEmpty());
}

// A failure after the route's own retries says how many attempts were made, and offers
// Retry (on the card and in its context menu), not "it often works on a second try".
void TestStudio::failedCardOffersRetry()
{
    t->upstream.setRetryAfter("0");
    t->upstream.queueFault(FakeUpstream::Fault::BadGateway, 3);
    generate(QStringLiteral("a stubborn fox"), {QStringLiteral("openai/dall-e-3")});
    QTRY_VERIFY_WITH_TIMEOUT(!t->window->session()->isBusy(), 10000);
    ResultCard *card = t->window->resultsView()->cards().first();
    QVERIFY(card->imageId().isEmpty());
    QVERIFY2(card->statusText().contains(QLatin1String("(3 attempt")),
             qPrintable(card->statusText()));
    auto *retry = card->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry && retry->isVisible());
    // No empty image box: the card shrinks to its reason and keeps its hover actions.
    QVERIFY(!card->findChild<QLabel *>(QStringLiteral("resultImage"))->isVisibleTo(card));
    QCOMPARE(card->availableActions(),
             (QList<ResultCard::Action>{ResultCard::Action::Retry, ResultCard::Action::Reuse}));
    const int before = t->upstream.requestCount();
    card->retry();
    QTRY_COMPARE_WITH_TIMEOUT(t->upstream.requestCount(), before + 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!t->window->session()->isBusy(), 5000);
    QCOMPARE(t->upstream.received().last().prompt, QStringLiteral("a stubborn fox"));
}

void TestStudio::deleteGoesToTrashAndUndoBringsItBack()
{
    generate(QStringLiteral("three of a kind"),
             {QStringLiteral("vertex/imagen-3.0-fast"), QStringLiteral("openai/dall-e-3"),
              QStringLiteral("replicate/flux-schnell")});
    GalleryView *view = t->window->galleryView();
    GalleryModel *gallery = view->model();
    QTRY_COMPARE_WITH_TIMEOUT(gallery->rowCount(), 3, 10000);
    t->window->tabs()->setCurrentWidget(view);
    const QString kept = gallery->record(2).id;
    const ImageRecord doomed = gallery->record(0);

    // Ctrl-click two tiles, Delete: they leave the gallery, their files stay.
    QListView *list = view->list();
    auto click = [list](int row, Qt::KeyboardModifiers modifiers) {
        const QRect rect = list->visualRect(list->model()->index(row, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, modifiers, rect.center());
    };
    click(0, Qt::NoModifier);
    click(1, Qt::ControlModifier);
    QCOMPARE(view->selectedIds().size(), 2);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(gallery->rowCount(), 1);
    QCOMPARE(gallery->record(0).id, kept);
    QVERIFY(QFile::exists(doomed.filePath));
    QVERIFY(view->messageBar()->isVisible());

    // Ctrl+Z brings both back, in their places.
    QTest::keyClick(t->window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(gallery->rowCount(), 3);
    QCOMPARE(gallery->record(0).id, doomed.id);
    QVERIFY(!view->messageBar()->isVisible()); // no stale "Moved ... [Undo]" offer

    // So does the message bar's Undo.
    click(0, Qt::NoModifier);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(gallery->rowCount(), 2);
    auto *undo = view->messageBar()->findChild<QPushButton *>(QStringLiteral("messageBarUndo"));
    QVERIFY(undo && undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(gallery->rowCount(), 3);

    // In the trash, Delete deletes for good.
    t->window->imageActions()->remove(doomed);
    view->sections()->select(GallerySections::Kind::Trash);
    QCOMPARE(gallery->rowCount(), 1);
    list->selectAll();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(gallery->rowCount(), 0);
    QVERIFY(!QFile::exists(doomed.filePath));
    QVERIFY(!t->store->find(doomed.id));
}

void TestStudio::starAndCollectFromTheGallery()
{
    generate(QStringLiteral("worth keeping"),
             {QStringLiteral("vertex/imagen-3.0-fast"), QStringLiteral("openai/dall-e-3")});
    GalleryView *view = t->window->galleryView();
    GalleryModel *gallery = view->model();
    QTRY_COMPARE_WITH_TIMEOUT(gallery->rowCount(), 2, 10000);
    t->window->tabs()->setCurrentWidget(view);
    QListView *list = view->list();
    list->setCurrentIndex(gallery->index(1));
    list->setFocus(); // the gallery's keys answer while its grid has the focus
    QTRY_VERIFY_WITH_TIMEOUT(list->hasFocus(), 5000);
    QTest::keyClick(list, Qt::Key_S);
    QVERIFY(gallery->record(1).starred);
    QVERIFY(t->store->find(gallery->record(1).id)->starred);
    view->sections()->select(GallerySections::Kind::Starred);
    QCOMPARE(gallery->rowCount(), 1);
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier); // undo the star
    QCOMPARE(gallery->rowCount(), 0);

    view->sections()->select(GallerySections::Kind::All);
    QString error;
    const qint64 birds =
        t->window->curation()->collections()->create(QStringLiteral("Birds"), &error);
    list->selectAll();
    t->window->curation()->addToCollection(birds, view->selectedIds());
    view->sections()->select(GallerySections::Kind::Collection, birds);
    QCOMPARE(view->sections()->currentItem()->text(), QStringLiteral("Birds  (2)"));
    QCOMPARE(gallery->rowCount(), 2);
    t->window->curation()->undoStack()->undo();
    QCOMPARE(view->sections()->currentItem()->text(), QStringLiteral("Birds  (0)"));
}

void TestStudio::newImagesDoNotRequeryTheGallery()
{
    // API clients add images many times a second: the gallery takes them in as new rows
    // and the sections update their counts, without querying the whole gallery again.
    GalleryView *view = t->window->galleryView();
    QSignalSpy resets(view->model(), &QAbstractItemModel::modelReset);
    QSignalSpy sectionChanges(view->sections(), &GallerySections::sectionChanged);
    ImageRecord record;
    record.prompt = QStringLiteral("from an API client");
    record.modelId = QStringLiteral("vertex/imagen-3.0-fast");
    record.type = ImageType::Png;
    t->store->add(record, makeTestImage(16, "png", 3));
    QTRY_COMPARE_WITH_TIMEOUT(view->sections()->item(0)->text(), QStringLiteral("All images  (1)"),
                              5000);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(sectionChanges.count(), 0);
}

void TestStudio::viewerKeysWalkStarAndTrash()
{
    generate(QStringLiteral("look closer"),
             {QStringLiteral("vertex/imagen-3.0-fast"), QStringLiteral("openai/dall-e-3"),
              QStringLiteral("replicate/flux-schnell")});
    GalleryModel *gallery = t->window->galleryView()->model();
    QTRY_COMPARE_WITH_TIMEOUT(gallery->rowCount(), 3, 10000);
    const QString first = gallery->record(0).id;
    const QString second = gallery->record(1).id;
    const QString third = gallery->record(2).id;
    QTRY_VERIFY_WITH_TIMEOUT(!t->store->isPending(second), 5000);
    t->window->openImage(first);
    auto *viewer = t->window->findChild<ImageViewer *>();
    QVERIFY(viewer);
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    QCOMPARE(viewer->record().id, first);
    QTest::keyClick(viewer, Qt::Key_Right);
    QCOMPARE(viewer->record().id, second);
    QTRY_VERIFY_WITH_TIMEOUT(!viewer->imageView()->image().isNull(), 5000); // loaded off-thread
    QTest::keyClick(viewer, Qt::Key_1);
    QCOMPARE(viewer->imageView()->zoom(), 1.0);
    QTest::keyClick(viewer, Qt::Key_Plus);
    QCOMPARE(viewer->imageView()->zoom(), 1.25);
    QTest::keyClick(viewer, Qt::Key_0);
    QVERIFY(viewer->imageView()->isFit());
    QTest::keyClick(viewer, Qt::Key_S);
    QVERIFY(t->store->find(second)->starred);
    QVERIFY(viewer->findChild<QPushButton *>(QStringLiteral("viewerStar"))->isChecked());
    // The middle one to the trash: the one after it takes its place (not the first).
    QTest::keyClick(viewer, Qt::Key_Delete);
    QVERIFY(t->store->find(second)->trashedAt.isValid());
    QCOMPARE(viewer->record().id, third);
    QCOMPARE(gallery->rowCount(), 2);
    QTest::keyClick(viewer, Qt::Key_Left);
    QCOMPARE(viewer->record().id, first);
    QTest::keyClick(viewer, Qt::Key_Delete); // the first: the next one again
    QCOMPARE(viewer->record().id, third);
    QCOMPARE(gallery->rowCount(), 1);
    QPointer<ImageViewer> guard(viewer);
    QTest::keyClick(viewer, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 5000); // closed and deleted
}

void TestStudio::compareTwoInStepAndAsSlider()
{
    generate(QStringLiteral("which is better"),
             {QStringLiteral("vertex/imagen-3.0-fast"), QStringLiteral("openai/dall-e-3")});
    GalleryView *view = t->window->galleryView();
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!t->store->isPending(view->model()->record(0).id) &&
                                 !t->store->isPending(view->model()->record(1).id),
                             5000);
    t->window->tabs()->setCurrentWidget(view);
    view->list()->selectAll();
    view->list()->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(view->list()->hasFocus(), 5000);
    QTest::keyClick(view->list(), Qt::Key_C);
    auto *compare = t->window->findChild<CompareDialog *>();
    QVERIFY(compare);
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    // The captions name the models, not their ids.
    QStringList captions;
    for (const QLabel *label : compare->findChildren<QLabel *>())
        captions.append(label->text());
    QVERIFY2(captions.join('|').contains(QLatin1String("Imagen 3.0 Fast")) &&
                 !captions.join('|').contains(QLatin1String("vertex/")),
             qPrintable(captions.join('|')));
    // Side by side: zooming one zooms the other the same way.
    compare->leftView()->zoomBy(2.0);
    QVERIFY(!compare->rightView()->isFit());
    QCOMPARE(compare->rightView()->zoom(), compare->leftView()->zoom());
    QTest::keyClick(compare, Qt::Key_M);
    QCOMPARE(compare->mode(), CompareDialog::Mode::Slider);
    QCOMPARE(compare->sliderView()->split(), 0.5);
    QTest::keyClick(compare, Qt::Key_Right);
    QVERIFY(compare->sliderView()->split() > 0.5);
    QPointer<CompareDialog> guard(compare);
    QTest::keyClick(compare, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 5000);
}

void TestStudio::importAFolderThenExportIt()
{
    QTemporaryDir folder;
    ImageMetadata made;
    made.prompt = QStringLiteral("from another machine");
    made.modelId = QStringLiteral("openai/dall-e-3");
    for (int i = 0; i < 3; ++i) {
        QFile f(folder.filePath(QStringLiteral("image%1.png").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(made.embedInto(makeTestImage(20 + i, "png", i)));
    }
    GalleryTransfers *transfers = t->window->transfers();
    transfers->setInteractive(false);
    QSignalSpy finished(transfers, &GalleryTransfers::finished);
    transfers->importFolder(folder.path());
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().first().toString().startsWith(QLatin1String("Imported 3 image")),
             qPrintable(finished.first().first().toString()));
    GalleryModel *gallery = t->window->galleryView()->model();
    QTRY_COMPARE_WITH_TIMEOUT(gallery->rowCount(), 3, 10000);
    QCOMPARE(gallery->record(0).prompt, QStringLiteral("from another machine"));
    QCOMPARE(gallery->record(0).source, QLatin1String(ImageRecord::sourceImport));
    QVERIFY(t->window->galleryView()->messageBar()->isVisible());

    transfers->importFolder(folder.path()); // again: nothing new
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.last().first().toString().contains(QLatin1String("Skipped 3")));
    QCOMPARE(gallery->rowCount(), 3);

    for (int row = 0; row < 3; ++row)
        QTRY_VERIFY_WITH_TIMEOUT(!t->store->isPending(gallery->record(row).id), 5000);
    // As a person exports: the file chosen in the dialog, the progress dialog shown (its
    // closing once done used to read as a cancel).
    transfers->setInteractive(true);
    const QString zip = folder.filePath(QStringLiteral("out.zip"));
    Dialogs::setNextFileName(zip);
    transfers->exportImages({gallery->record(0), gallery->record(1)}, QStringLiteral("out"));
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.last().first().toString().startsWith(QLatin1String("Exported 2 image")),
             qPrintable(finished.last().first().toString()));
    QVERIFY(QFileInfo(zip).size() > 0);
}

void TestStudio::arenaVotesWithTheKeys()
{
    ArenaView *arena = t->window->arenaView();
    ArenaSession *session = t->window->arenaSession();
    t->window->tabs()->setCurrentWidget(arena);
    t->window->promptPanel()->picker()->setSelectedIds(
        {QStringLiteral("vertex/imagen-3.0-fast"), QStringLiteral("openai/dall-e-3")});
    arena->promptEdit()->setText(QStringLiteral("a castle in the clouds"));
    QTest::mouseClick(arena->startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(session->hasPair(), 10000);
    const ArenaSession::Pair first = session->pair();
    QVERIFY(first.left.id != first.right.id);
    QVERIFY(!arena->revealLabel()->text().contains(first.left.name)); // names hidden
    QTest::keyClick(arena, Qt::Key_1);
    QCOMPARE(t->window->arenaVotes()->count(), 1);
    QVERIFY(arena->revealLabel()->text().contains(first.left.name)); // revealed after the vote
    const ArenaVote vote = t->window->arenaVotes()->all().first();
    QCOMPARE(vote.leftModel, first.left.id);
    QCOMPARE(vote.outcome, ArenaVote::Outcome::Left);
    QVERIFY(t->store->find(vote.leftImage)); // both images are in the gallery
    QCOMPARE(t->store->find(vote.rightImage)->source, QLatin1String(ImageRecord::sourceArena));
    // Each pair's two generations are in the request log, as the studio's are.
    QVERIFY(t->log->rowCount() >= 2);
    QCOMPARE(t->log->at(0).path, QStringLiteral("arena"));

    // The next pair was made in the background.
    QTRY_VERIFY_WITH_TIMEOUT(session->hasPair(), 10000);
    QTest::keyClick(arena, Qt::Key_3);
    QCOMPARE(t->window->arenaVotes()->count(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(session->hasPair(), 10000);
    QTest::keyClick(arena, Qt::Key_0);
    QCOMPARE(t->window->arenaVotes()->count(), 3);
    QCOMPARE(t->window->arenaVotes()->all().last().outcome, ArenaVote::Outcome::BothBad);
    QVERIFY(session->undoLastVote());
    QCOMPARE(t->window->arenaVotes()->count(), 2);

    // Every vote can be reviewed and taken back later.
    emit arena->reviewVotes();
    auto *review = t->window->findChild<ArenaVotesDialog *>();
    QVERIFY(review);
    QCOMPARE(review->table()->rowCount(), 2);
    QCOMPARE(review->table()->item(1, 4)->text(), QStringLiteral("left is better")); // oldest
    review->undoSelected(); // the newest, selected first
    QCOMPARE(t->window->arenaVotes()->count(), 1);
    QCOMPARE(review->table()->rowCount(), 1);
    review->close();

    // The leaderboard and the model picker show the ratings.
    auto *board = arena->findChild<QTableView *>(QStringLiteral("arenaLeaderboard"));
    QCOMPARE(board->model()->rowCount(), 2);
    ModelPickerModel *picker = t->window->promptPanel()->picker()->model();
    bool rated = false;
    for (QStandardItem *provider : {picker->item(0), picker->item(1), picker->item(2)}) {
        for (int row = 0; provider && row < provider->rowCount(); ++row)
            rated = rated || provider->child(row, ModelPickerModel::HistoryColumn)
                                 ->text()
                                 .startsWith(QStringLiteral("★"));
    }
    QVERIFY(rated);
    session->stop();
}

void TestStudio::gridRunsShowsAndExports()
{
    GridView *grid = t->window->gridView();
    t->window->tabs()->setCurrentWidget(grid);
    grid->promptsEdit()->setPlainText(QStringLiteral("a red fox\n\na blue whale\n"));
    t->window->promptPanel()->picker()->setSelectedIds(
        {QStringLiteral("vertex/imagen-3.0-fast"), QStringLiteral("replicate/flux-schnell")});
    grid->samples()->setValue(2);
    auto *runs = grid->findChild<QComboBox *>(QStringLiteral("gridRuns"));
    QVERIFY(!runs->isVisibleTo(grid)); // nothing to choose before the first run
    grid->startNew();
    QVERIFY(grid->runner());
    QVERIFY(runs->isVisibleTo(grid));
    // While it runs, the list says so (not "stopped").
    QVERIFY2(runs->currentText().endsWith(QLatin1String("running")),
             qPrintable(runs->currentText()));
    QTRY_COMPARE_WITH_TIMEOUT(grid->runner()->doneCount(), 8, 15000);
    QCOMPARE(grid->table()->rowCount(), 2);
    QCOMPARE(grid->table()->columnCount(), 2);
    QCOMPARE(grid->table()
                 ->data(grid->table()->index(1, 1), GridTableModel::ImageIdsRole)
                 .toStringList()
                 .size(),
             2);
    for (const GridCell &c : grid->runner()->cells())
        QTRY_VERIFY_WITH_TIMEOUT(!t->store->isPending(c.imageId), 5000);
    QTemporaryDir dir;
    QString error;
    const QString sheet = dir.filePath(QStringLiteral("sheet.png"));
    QVERIFY2(grid->exportTo(sheet, &error), qPrintable(error));
    QVERIFY(QImage(sheet).width() > 2 * 2 * 256);
    const QString page = dir.filePath(QStringLiteral("grid.html"));
    QVERIFY2(grid->exportTo(page, &error), qPrintable(error));
    QVERIFY(QFileInfo(page).size() > 1000);

    // After a restart the run is listed and shown again.
    const qint64 runId = grid->runner()->runId();
    t->reopen();
    QVERIFY(t->ok);
    QCOMPARE(t->window->gridView()->runner()->runId(), runId);
    QCOMPARE(t->window->gridView()->table()->rowCount(), 2);
}

void TestStudio::galleryReloadsAfterRestart()
{
    generate(QStringLiteral("kept across restarts"), {QStringLiteral("vertex/imagen-3.0-fast")});
    QTRY_COMPARE_WITH_TIMEOUT(t->window->galleryView()->model()->rowCount(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!t->store->isPending(t->window->galleryView()->model()->record(0).id),
                             5000);
    t->reopen();
    QVERIFY(t->ok);
    GalleryModel *gallery = t->window->galleryView()->model();
    QCOMPARE(gallery->rowCount(), 1);
    QCOMPARE(gallery->record(0).prompt, QStringLiteral("kept across restarts"));
    // The prompt history and the model selection survive too.
    QCOMPARE(t->settings->promptHistory().value(0), QStringLiteral("kept across restarts"));
    QCOMPARE(t->window->promptPanel()->picker()->selectedIds(),
             QStringList{QStringLiteral("vertex/imagen-3.0-fast")});
}

void TestStudio::settingsPersist()
{
    SettingsDialog dialog(*t->context);
    dialog.findChild<QSpinBox *>(QStringLiteral("attemptsSpin"))->setValue(5);
    dialog.findChild<QSpinBox *>(QStringLiteral("backoffSpin"))->setValue(700);
    QVERIFY(dialog.apply());
    t->reopen();
    QCOMPARE(t->settings->retryPolicy().maxAttempts, 5);
    QCOMPARE(t->settings->retryPolicy().initialBackoffMs, 700);
    // A bad URL is refused and nothing saved is lost.
    SettingsDialog bad(*t->context);
    bad.findChild<QLineEdit *>(QStringLiteral("upstreamUrlEdit"))
        ->setText(QStringLiteral("not a url"));
    Dialogs::takeWarnings();
    QVERIFY(!bad.apply());
    QCOMPARE(Dialogs::takeWarnings(),
             QStringList{QStringLiteral("Settings: The endpoint URL must be an http:// or "
                                        "https:// address.")});
    QCOMPARE(t->settings->retryPolicy().maxAttempts, 5);
}

void TestStudio::upstreamOverrideSurvivesAppliedSettings()
{
    // Started with --upstream, the studio keeps it when the user saves any setting (the
    // saved URL is the public service's).
    const QUrl fake = t->client->endpoint();
    QVERIFY(fake != t->settings->upstreamUrl());
    t->window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    auto *dialog = t->window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    // The page says the run uses another address than the one it shows and saves.
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("upstreamOverride"));
    QVERIFY(hint && !hint->isHidden());
    QVERIFY2(hint->text().contains(fake.toString()), qPrintable(hint->text()));
    dialog->findChild<QSpinBox *>(QStringLiteral("attemptsSpin"))->setValue(4);
    QVERIFY(dialog->apply());
    QCOMPARE(t->settings->retryPolicy().maxAttempts, 4);
    QCOMPARE(t->client->endpoint(), fake);
    dialog->close();
}

// A new window has the focus in the prompt (the first typed words are a prompt, not a model
// filter), and Tab walks the panel top to bottom, through the model picker.
void TestStudio::focusStartsInThePromptAndTabGoesDown()
{
    t->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(t->window.get()));
    QTRY_COMPARE(QApplication::focusWidget(), promptEdit());
    QStringList walked;
    for (int i = 0; i < 20 && QApplication::focusWidget(); ++i) {
        const QString name = QApplication::focusWidget()->objectName();
        if (walked.isEmpty() || walked.last() != name) // Tab walks the suggestions' links too
            walked.append(name);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QStringList expected{QStringLiteral("promptEdit"), QStringLiteral("historyButton"),
                         QStringLiteral("suggestionsText"), QStringLiteral("moreSuggestionsButton"),
                         QStringLiteral("modelFilter")};
    for (const ModelPreset &preset : t->catalog->presets())
        expected.append(QStringLiteral("preset_") + preset.id);
    expected << QStringLiteral("modelTree") << QStringLiteral("countSpin")
             << QStringLiteral("sizeCombo") << QStringLiteral("generateButton");
    QCOMPARE(walked.mid(0, expected.size()).join(QLatin1Char(' ')),
             expected.join(QLatin1Char(' ')));
}

void TestStudio::shortcutsWorkFromAnywhere()
{
    t->upstream.queueFault(FakeUpstream::Fault::Hang, 3); // runs stay open until cancelled
    t->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(t->window.get()));
    promptEdit()->setPlainText(QStringLiteral("a fox, from anywhere"));
    PromptPanel *panel = t->window->promptPanel();
    QSignalSpy generated(panel, &PromptPanel::generateRequested);
    QSignalSpy cancelled(panel, &PromptPanel::cancelRequested);
    const QList<QWidget *> places{
        panel->picker()->findChild<QLineEdit *>(QStringLiteral("modelFilter")),
        panel->findChild<QSpinBox *>(QStringLiteral("countSpin")),
        panel->picker()->findChild<QWidget *>(QStringLiteral("modelTree"))};
    for (int i = 0; i < places.size(); ++i) {
        QWidget *place = places.at(i);
        QVERIFY(place);
        place->setFocus();
        QTRY_VERIFY(place->hasFocus());
        QTest::keyClick(place, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(generated.count(), i + 1);
        QTRY_VERIFY(button("cancelButton")->isEnabled());
        QTest::keyClick(place, Qt::Key_Escape);
        QTRY_COMPARE(cancelled.count(), i + 1);
        QTRY_VERIFY_WITH_TIMEOUT(button("generateButton")->isEnabled(), 5000);
    }
    // Ctrl+F: the gallery's search, from the prompt box.
    promptEdit()->setFocus();
    QTest::keyClick(promptEdit(), Qt::Key_F, Qt::ControlModifier);
    auto *filter =
        t->window->galleryView()->findChild<QLineEdit *>(QStringLiteral("galleryFilter"));
    QTRY_VERIFY(filter->hasFocus());
    QCOMPARE(t->window->tabs()->currentWidget(), t->window->galleryView());
    // F11 toggles full screen, from the gallery.
    QTest::keyClick(filter, Qt::Key_F11);
    QTRY_VERIFY(t->window->isFullScreen());
    QTest::keyClick(filter, Qt::Key_F11);
    QTRY_VERIFY(!t->window->isFullScreen());
    // Help lists them all.
    t->window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    auto *box = t->window->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsBox"));
    QVERIFY(box);
    for (const char *key : {"Ctrl+Return", "Esc", "Ctrl+F", "F11", "Ctrl+L"})
        QVERIFY2(box->plainText().contains(QLatin1String(key)), key);
    // It opens no larger than the screen, and can be made smaller (it scrolls).
    const QRect screen = box->screen()->availableGeometry();
    QVERIFY(box->height() <= screen.height() && box->width() <= screen.width());
    QVERIFY(box->minimumSizeHint().height() < 400);
    box->close();
}

// The menus are made from one table: every item has its text in each language, and every
// item with keys is in the shortcuts dialog (View > Arena and Grids once had none).
void TestStudio::everyMenuActionHasTextAndIsListed()
{
    // The Undo item names the change ("Undo Star 1 image"); the dialog lists the key.
    t->window->curation()->undoStack()->push(new QUndoCommand(QStringLiteral("Star 1 image")));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        t->appearance.applyLanguage(language);
        // The windows retranslate on the posted LanguageChange events: deliver them now.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QStringList keyed;
        for (QAction *menu : t->window->menuBar()->actions()) {
            QVERIFY2(!menu->text().isEmpty(), qPrintable(language));
            for (QAction *action : menu->menu()->actions()) {
                if (action->isSeparator())
                    continue;
                QVERIFY2(!action->text().isEmpty(),
                         qPrintable(language + QLatin1Char(' ') + action->objectName()));
                if (!action->shortcuts().isEmpty())
                    keyed.append(QString(action->text())
                                     .remove(QRegularExpression(QStringLiteral("\\(&.\\)")))
                                     .remove(QLatin1Char('&')));
            }
        }
        QVERIFY(keyed.size() >= 12);
        t->window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        auto *box = t->window->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsBox"));
        QVERIFY(box);
        const QString listed = box->plainText();
        for (const QString &text : std::as_const(keyed)) {
            if (!text.contains(QLatin1String("Star 1 image")))
                QVERIFY2(listed.contains(text), qPrintable(text));
        }
        QVERIFY(!listed.contains(QLatin1String("Star 1 image")));
        QVERIFY2(!listed.contains(QRegularExpression(QStringLiteral("\\([A-Z]\\)"))),
                 "a mnemonic left in a Chinese menu text");
        // The keys of the gallery, the viewer, the compare view and the arena, each from the
        // table its widget makes its actions from.
        const QList<QList<KeyBinding>> tables{
            GalleryView::keyBindings(), ImageViewer::keyBindings(), CompareDialog::keyBindings(),
            ArenaView::keyBindings()};
        for (const QList<KeyBinding> &table : tables) {
            for (const KeyBinding &binding : table) {
                QVERIFY2(!binding.translatedText().isEmpty() &&
                             listed.contains(binding.translatedText()),
                         binding.text);
            }
        }
        QStringList arenaKeys;
        for (const QAction *action : t->window->arenaView()->actions())
            arenaKeys.append(action->text());
        QCOMPARE(arenaKeys.size(), ArenaView::keyBindings().size());
        QCOMPARE(arenaKeys.first(), ArenaView::keyBindings().first().translatedText());
        delete box;
    }
    t->appearance.applyLanguage(QStringLiteral("en"));
    // Settings opens from the keyboard on every platform (Linux has no Preferences key).
    const auto *settings = t->window->findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(settings->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    const auto *arena = t->window->findChild<QAction *>(QStringLiteral("arenaAction"));
    QCOMPARE(arena->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
}

// The public site refuses the studio: the card says so and offers the guide, whose button
// opens Settings on its Sources page. The welcome page offers the same guide.
void TestStudio::refusedSourceOffersTheWayOut()
{
    auto *own =
        t->window->welcomePanel()->findChild<QPushButton *>(QStringLiteral("ownDeploymentButton"));
    QVERIFY(own && !own->text().isEmpty());
    t->upstream.setBotCheck(true);
    generate(QStringLiteral("a red fox"), {QStringLiteral("vertex/imagen-3.0-fast")});
    QTRY_VERIFY_WITH_TIMEOUT(!t->window->session()->isBusy(), 5000);
    QCOMPARE(t->upstream.requestCount(), 1); // not retried
    QCOMPARE(t->window->resultsView()->cards().first()->availableActions(),
             QList<ResultCard::Action>{ResultCard::Action::Reuse}); // Retry would be refused too
    ResultCard *card = t->window->resultsView()->cards().value(0);
    QVERIFY(card);
    QVERIFY2(card->statusText().contains(QLatin1String("deployment")),
             qPrintable(card->statusText()));
    auto *wayOut = card->findChild<QPushButton *>(QStringLiteral("wayOutButton"));
    QVERIFY(wayOut && wayOut->isVisibleTo(card));
    wayOut->click();
    auto *guide = t->window->findChild<DeploymentGuide *>();
    QTRY_VERIFY(guide && guide->isVisible());
    QVERIFY(guide->findChild<QLabel *>(QStringLiteral("deploymentGuideText"))
                ->text()
                .contains(QLatin1String("npx next dev")));
    guide->findChild<QPushButton *>(QStringLiteral("openSourcesButton"))->click();
    auto *settings = t->window->findChild<SettingsDialog *>();
    QTRY_VERIFY(settings && settings->isVisible());
    QCOMPARE(
        settings->findChild<QTabWidget *>(QStringLiteral("tabs"))->currentWidget()->objectName(),
        QStringLiteral("sourcesPage"));
    settings->close();
}

// A deployment's protection-bypass header is a secret: kept in the keychain, never in the
// settings file, and it reaches the deployment with each request. An earlier version's
// secrets file moves into the keychain; with no keychain service it stays, still used,
// and saving says why it cannot; VERCEL_AUTOMATION_BYPASS_SECRET serves such runs.
void TestStudio::sourceHeadersStayOutOfTheSettings()
{
    const QByteArray secret = "s3cr3t-bypass-value-0123";
    auto *keychain = static_cast<MemoryKeychain *>(t->setup.keychain.get());
    SettingsDialog dialog(*t->context);
    UpstreamSource deployment = UpstreamSource::deployment(t->upstream.endpoint());
    deployment.headers = {{"x-vercel-protection-bypass", secret}};
    dialog.sourcesPage()->addSource({QStringLiteral("*"), deployment});
    QVERIFY(dialog.apply());
    t->settings->sync();
    QFile settingsFile(t->settings->fileName());
    QVERIFY2(settingsFile.open(QIODevice::ReadOnly), qPrintable(settingsFile.fileName()));
    const QByteArray saved = settingsFile.readAll();
    QVERIFY(saved.contains("deployment:"));
    QVERIFY(!saved.contains(secret));
    QVERIFY(!QFile::exists(t->settings->legacySecretsFile()));
    QVERIFY(keychain->entries()
                .value(QStringLiteral("deployment-headers"))
                .contains(QLatin1String(secret)));
    // The plan the run builds carries it to the deployment.
    const SourcePlan plan = t->context->sourcePlan();
    QCOMPARE(plan.sources(QStringLiteral("openai")).value(0).headers.value(0).second, secret);
    t->client->setSources(plan);
    generate(QStringLiteral("a red fox"), {QStringLiteral("vertex/imagen-3.0-fast")});
    QTRY_COMPARE_WITH_TIMEOUT(t->upstream.requestCount(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!t->window->session()->isBusy(), 5000);
    QCOMPARE(t->upstream.received().first().bypass, secret);
    for (int row = 0; row < t->log->rowCount(); ++row)
        QVERIFY(!t->log->at(row).events.join(QLatin1Char(' ')).contains(QLatin1String(secret)));

    // An earlier version's file, with no keychain service: still used, kept, never written.
    const QByteArray older = "older-bypass-value-4567";
    const QString url = t->upstream.endpoint().toString();
    keychain->remove(QStringLiteral("deployment-headers"));
    keychain->setUnavailable(true);
    QFile legacy(t->settings->legacySecretsFile());
    QVERIFY(legacy.open(QIODevice::WriteOnly));
    legacy.write("{\"" + url.toUtf8() + "\":[[\"x-vercel-protection-bypass\",\"" + older + "\"]]}");
    legacy.close();
    t->reopen();
    QCOMPARE(
        t->context->sourcePlan().sources(QStringLiteral("openai")).value(0).headers.value(0).second,
        older);
    QVERIFY(!t->context->sourceHeaders().problem().isEmpty());
    QVERIFY(legacy.exists());
    {
        SettingsDialog refused(*t->context);
        UpstreamSource changed = UpstreamSource::deployment(t->upstream.endpoint());
        changed.headers = {{"x-vercel-protection-bypass", "a-new-value"}};
        refused.sourcesPage()->addSource({QStringLiteral("openai"), changed});
        Dialogs::takeWarnings(); // the test answers them
        QVERIFY(!refused.apply());
        const QStringList warnings = Dialogs::takeWarnings();
        QVERIFY2(warnings.join(' ').contains(QLatin1String("keychain")),
                 qPrintable(warnings.join(' ')));
        QVERIFY(legacy.exists());
    }
    // With the keychain back, the file moves into it at first use and is gone.
    keychain->setUnavailable(false);
    t->reopen();
    QCOMPARE(
        t->context->sourcePlan().sources(QStringLiteral("openai")).value(0).headers.value(0).second,
        older);
    QVERIFY(!legacy.exists());
    QVERIFY(keychain->entries()
                .value(QStringLiteral("deployment-headers"))
                .contains(QLatin1String(older)));

    // The environment's bypass serves a deployment with none of its own.
    keychain->remove(QStringLiteral("deployment-headers"));
    qputenv(SourceHeaders::bypassVariable, "from-the-environment");
    const auto unset = qScopeGuard([] { qunsetenv(SourceHeaders::bypassVariable); });
    t->reopen();
    QCOMPARE(
        t->context->sourcePlan().sources(QStringLiteral("openai")).value(0).headers.value(0).second,
        QByteArray("from-the-environment"));
}

// Test on the Sources page: one real call through the chosen source alone, answered on
// the page; a refusal is said there too, and the state column learns from both.
void TestStudio::sourceTestMakesOneGeneration()
{
    SettingsDialog dialog(*t->context);
    dialog.sourcesPage()->addSource(
        {QStringLiteral("openai"), UpstreamSource::deployment(t->upstream.endpoint())});
    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testSourceButton"));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("sourceTestResult"));
    QVERIFY(test && result && test->isEnabled());
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("answered")), 5000);
    QCOMPARE(t->upstream.requestCount(), 1);
    QCOMPARE(t->upstream.received().first().modelId, QStringLiteral("dall-e-2")); // cheapest
    QTRY_VERIFY(test->isEnabled());
    t->upstream.setBotCheck(true);
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("Vercel BotID")), 5000);
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("sourcesList"));
    QVERIFY2(list->topLevelItem(0)->text(2).contains(QLatin1String("Refused")),
             qPrintable(list->topLevelItem(0)->text(2)));
    QCOMPARE(t->store->count(), 0); // a test, not a gallery image
}

// The shape: a choice kept across runs that reaches each job. Where a chosen model goes
// through the public site or a deployment (always 1024 × 1024), the panel says so.
void TestStudio::shapeIsAChoiceThatSaysWhereItHolds()
{
    PromptPanel *panel = t->window->promptPanel();
    auto *shape = panel->findChild<QComboBox *>(QStringLiteral("sizeCombo"));
    auto *note = panel->findChild<QLabel *>(QStringLiteral("sizeNote"));
    QVERIFY(shape && note);
    QCOMPARE(panel->imageShape(), QStringLiteral("1:1"));
    QVERIFY(note->isHidden());
    shape->setCurrentIndex(shape->findData(QStringLiteral("16:9")));
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QLatin1String("1024")), qPrintable(note->text()));
    generate(QStringLiteral("a wide bay"), {QStringLiteral("vertex/imagen-3.0-fast")});
    const auto jobs = t->window->session()->findChildren<GenerationJob *>();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first()->request().shape, QStringLiteral("16:9"));
    QTRY_VERIFY_WITH_TIMEOUT(!t->window->session()->isBusy(), 5000);
    // A provider on the user's own keys makes the shape: nothing to say for it.
    panel->setDirectProviders({QStringLiteral("vertex")});
    QVERIFY(note->isHidden());
    t->reopen();
    QCOMPARE(t->window->promptPanel()->imageShape(), QStringLiteral("16:9"));
}

// Use my own keys, from the welcome page: keys typed into the form (Google's as its JSON key
// file) go to the keychain, not the settings file; each provider gets its direct source, the
// picker says so, and every catalog model then generates through its provider's API, in the
// shape chosen.
void TestStudio::ownKeysServeEveryModelDirectly()
{
    auto keychain = std::make_shared<MemoryKeychain>();
    t = std::make_unique<StudioFixture>(StudioFixture::Setup{true, keychain, {}});
    QVERIFY(t->ok);
    FakeProviders providers;
    QVERIFY(providers.listen());
    const QHash<QString, QString> keys = providers.acceptTestKeys();
    QVERIFY(!keys.isEmpty());
    QList<QByteArray> variables{"IMAGEBRIDGE_GOOGLE_TOKEN_URL"};
    qputenv(variables.first(), providers.tokenUrl().toEncoded());
    for (const QString &provider : SourcePlan::providers()) {
        variables.append("IMAGEBRIDGE_" + provider.toUpper().toLatin1() + "_BASE_URL");
        qputenv(variables.last(), providers.baseUrl(provider).toEncoded());
    }
    const auto unset = qScopeGuard([&variables] {
        for (const QByteArray &name : std::as_const(variables))
            qunsetenv(name);
    });
    QTemporaryDir keyFolder;
    const QString keyFile = keyFolder.filePath(QStringLiteral("service-account.json"));
    QVERIFY(QFile::copy(QStringLiteral(":/test/test-service-account.json"), keyFile));

    // The form is modal (exec): fill it from inside its own event loop.
    bool filled = false;
    QTimer filler;
    filler.setInterval(20);
    connect(&filler, &QTimer::timeout, this, [&] {
        auto *form = qobject_cast<ProviderKeysDialog *>(QApplication::activeModalWidget());
        if (!form)
            return;
        filler.stop();
        for (const QString &provider :
             {QStringLiteral("openai"), QStringLiteral("replicate"), QStringLiteral("fireworks")}) {
            if (auto *field = form->findChild<QLineEdit *>(provider + QStringLiteral("KeyField")))
                field->setText(keys.value(ProviderKeys::variablesOf(provider).first()));
        }
        filled = form->loadGoogleKeyFile(keyFile);
        form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    filler.start();
    t->window->findChild<QPushButton *>(QStringLiteral("ownKeysButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(filled, 5000);
    auto *settings = t->window->findChild<SettingsDialog *>();
    QVERIFY(settings);
    QTRY_COMPARE(QApplication::activeModalWidget(), settings);
    const QStringList specs = settings->sourcesPage()->specs();
    for (const QString &provider : SourcePlan::providers())
        QVERIFY2(specs.contains(provider + QStringLiteral("=direct")), qPrintable(specs.join(' ')));
    settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    // Keys in the keychain, none in the settings file.
    const QList<QString> kept = keychain->entries().values();
    for (const QString &value : keys)
        QVERIFY(kept.contains(value.trimmed()));
    t->settings->sync();
    QFile settingsFile(t->settings->fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray saved = settingsFile.readAll();
    for (const QString &value : keys)
        QVERIFY(!saved.contains(value.left(24).toUtf8()));

    // The picker names each provider's source on its row, which spans the history column.
    ModelPicker *picker = t->window->promptPanel()->picker();
    auto *tree = picker->findChild<QTreeView *>(QStringLiteral("modelTree"));
    for (int row = 0; row < picker->model()->rowCount(); ++row) {
        const QString label =
            picker->model()->index(row, ModelPickerModel::NameColumn).data().toString();
        QVERIFY2(label.endsWith(QLatin1String("via your key")), qPrintable(label));
        QVERIFY(tree->isFirstColumnSpanned(row, QModelIndex()));
    }

    // Every model, 3:2: one billed call each, and images of that shape (DALL-E 2: squares).
    auto *shape = t->window->promptPanel()->findChild<QComboBox *>(QStringLiteral("sizeCombo"));
    shape->setCurrentIndex(shape->findData(QStringLiteral("3:2")));
    QVERIFY(t->window->promptPanel()->findChild<QLabel *>(QStringLiteral("sizeNote"))->isHidden());
    QStringList all;
    for (const ModelInfo &model : t->catalog->models())
        all.append(model.id);
    generate(QStringLiteral("a harbour at dawn"), all);
    QTRY_COMPARE_WITH_TIMEOUT(t->store->count(), int(all.size()), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!t->window->session()->isBusy(), 5000);
    QCOMPARE(providers.counts().generations, int(all.size()));
    const QList<ImageRecord> records = t->store->query(ImageQuery{});
    for (const ImageRecord &record : records) {
        const QSize size = QImage(record.filePath).size();
        const bool square = record.modelId == QLatin1String("openai/dall-e-2");
        QVERIFY2(square ? size.width() == size.height() : size.width() > size.height(),
                 qPrintable(record.modelId));
    }
}

void TestStudio::logShowsAttemptsPerImage()
{
    // One model, two images, each made at the first attempt: "1 × 2", not "2 attempts".
    t->window->promptPanel()->findChild<QSpinBox *>(QStringLiteral("countSpin"))->setValue(2);
    generate(QStringLiteral("two foxes"), {QStringLiteral("vertex/imagen-3.0-fast")});
    QTRY_COMPARE_WITH_TIMEOUT(t->log->rowCount(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!t->log->at(0).isRunning(), 10000);
    const QModelIndex cell = t->log->index(0, RequestLog::Attempts);
    QCOMPARE(t->log->data(cell).toString(), QStringLiteral("1 × 2"));
    QCOMPARE(t->log->at(0).attempts, 2);
    // A retry of one of them: "1–2 × 2".
    t->upstream.setRetryAfter("0");
    t->upstream.queueFault(FakeUpstream::Fault::BadGateway);
    generate(QStringLiteral("two more foxes"), {QStringLiteral("vertex/imagen-3.0-fast")});
    QTRY_COMPARE_WITH_TIMEOUT(t->log->rowCount(), 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!t->log->at(1).isRunning(), 10000);
    QCOMPARE(t->log->data(t->log->index(1, RequestLog::Attempts)).toString(),
             QStringLiteral("1–2 × 2"));
}

void TestStudio::logStartsCollapsedAndRemembers()
{
    auto logDock = [this] { return t->window->findChild<RequestLogDock *>(); };
    auto counter = [this] {
        return t->window->findChild<QToolButton *>(QStringLiteral("logStatus"));
    };
    t->appearance.applyLanguage(QStringLiteral("en")); // English plural forms, as the app loads
    QVERIFY(logDock()->isHidden());                    // first run: collapsed
    QTRY_COMPARE(counter()->text(), QStringLiteral("0 requests")); // LanguageChange is posted
    generate(QStringLiteral("a counted fox"), {QStringLiteral("vertex/imagen-3.0-fast")});
    QTRY_COMPARE_WITH_TIMEOUT(counter()->text(), QStringLiteral("1 request"), 5000);
    QVERIFY(!counter()->accessibleName().isEmpty());
    QTest::mouseClick(counter(), Qt::LeftButton);
    QTRY_VERIFY(!logDock()->isHidden());
    t->reopen(); // a restart keeps the user's choice
    QVERIFY(!logDock()->isHidden());
    QTest::mouseClick(counter(), Qt::LeftButton);
    QTRY_VERIFY(logDock()->isHidden());
    t->reopen();
    QVERIFY(logDock()->isHidden());
}

void TestStudio::everyInteractiveWidgetHasAnAccessibleName()
{
    // What a screen reader says for each control: its accessible name, or the text Qt
    // derives from a button's label or a field's buddy label.
    t->window->findChild<RequestLogDock *>()->show();
    t->window->findChild<QDialog *>(QStringLiteral("serverPanel"))->show();
    QStringList unnamed;
    // Every tab in turn (the results tab shows the welcome page).
    for (int tab = 0; tab < t->window->tabs()->count(); ++tab) {
        t->window->tabs()->setCurrentIndex(tab);
        for (QWidget *widget : t->window->findChildren<QWidget *>()) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(t->window.get()) ||
                widget->objectName().startsWith(QLatin1String("qt_"))) // Qt's inner parts
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            const QString entry = QStringLiteral("%1 '%2'").arg(
                QLatin1String(widget->metaObject()->className()), widget->objectName());
            if ((!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) &&
                !unnamed.contains(entry))
                unnamed.append(entry);
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
}

void TestStudio::firstRunWelcomesWithTheApi()
{
    WelcomePanel *welcome = t->window->welcomePanel();
    QVERIFY(t->window->resultsView()->isShowingWelcome());
    QVERIFY(welcome->isVisible());
    QCOMPARE(welcome->addressText(), t->window->server()->baseUrl().toString());

    // Copy-ready set-up for each client, with this server's address and key.
    auto *client = welcome->findChild<QComboBox *>();
    QVERIFY(client);
    for (const QString &name : {QStringLiteral("LobeChat"), QStringLiteral("NextChat"),
                                QStringLiteral("Cherry Studio")}) {
        const int index = client->findText(name);
        QVERIFY2(index >= 0, qPrintable(name));
        client->setCurrentIndex(index);
        QVERIFY2(welcome->setupText().contains(t->window->server()->apiKey()), qPrintable(name));
        QVERIFY2(welcome->setupText().contains(QLatin1String("127.0.0.1")), qPrintable(name));
    }
    auto findButton = [welcome](const QString &name) -> QPushButton * {
        for (QPushButton *button : welcome->findChildren<QPushButton *>()) {
            if (button->accessibleName() == name)
                return button;
        }
        return nullptr;
    };
    QPushButton *copyKey = findButton(QStringLiteral("Copy the API key"));
    QVERIFY(copyKey);
    QTest::mouseClick(copyKey, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), t->window->server()->apiKey());
    QTest::mouseClick(findButton(QStringLiteral("Copy the set-up steps")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), welcome->setupText());

    // The server starts from here, and the page says so.
    QPushButton *start = findButton(QStringLiteral("Start server"));
    QVERIFY(start);
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(t->window->server()->isRunning(), 5000);
    QCOMPARE(welcome->addressText(), t->window->server()->baseUrl().toString());
    QVERIFY(!welcome->addressText().contains(QLatin1String(":0/")));
    QVERIFY(findButton(QStringLiteral("Stop server")));
    t->window->server()->stop();
    // A new key reaches the page at once: what it offers to copy is never stale.
    const QString key = t->window->server()->regenerateKey();
    QTest::mouseClick(copyKey, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), key);
    QVERIFY(welcome->setupText().contains(key));
}

void TestStudio::welcomeSamplesStartAPrompt()
{
    WelcomePanel *welcome = t->window->welcomePanel();
    auto *sample = welcome->findChild<QPushButton *>(QStringLiteral("welcomeSample"));
    QVERIFY(sample);
    QTest::mouseClick(sample, Qt::LeftButton);
    QCOMPARE(promptEdit()->toPlainText(), sample->property("prompt").toString());
    QVERIFY(!promptEdit()->toPlainText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(promptEdit()->hasFocus(), 2000);
    // The first run replaces the welcome page with its results.
    QTest::keyClick(promptEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(t->window->resultsView()->cards().size(), 1, 5000);
    QVERIFY(!welcome->isVisible());
    QVERIFY(!t->window->resultsView()->isShowingWelcome());
}

void TestStudio::fitsALaptopScreenOnEveryTab()
{
    // 900 × 600 at scale 1: every tab fits, and neither a tab nor the server panel changes
    // the window's size by itself.
    MainWindow *window = t->window.get();
    window->findChild<RequestLogDock *>()->show();
    window->resize(900, 600);
    QTRY_COMPARE_WITH_TIMEOUT(window->size(), QSize(900, 600), 5000);
    for (int tab = 0; tab < window->tabs()->count(); ++tab) {
        window->tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        const QSize least = window->minimumSizeHint();
        // On failure, the widest parts of the page, to say which one grew.
        QStringList parts;
        for (QWidget *w : window->tabs()->widget(tab)->findChildren<QWidget *>()) {
            if (w->isVisibleTo(window) && w->minimumSizeHint().width() > 200)
                parts.append(QStringLiteral("%1 '%2' %3")
                                 .arg(QLatin1String(w->metaObject()->className()), w->objectName())
                                 .arg(w->minimumSizeHint().width()));
        }
        QVERIFY2(least.width() <= 900 && least.height() <= 600,
                 qPrintable(QStringLiteral("tab %1 needs %2 x %3; side panel %4; %5")
                                .arg(window->tabs()->tabText(tab))
                                .arg(least.width())
                                .arg(least.height())
                                .arg(window->promptPanel()->minimumSizeHint().width())
                                .arg(parts.join(QStringLiteral(", ")))));
        QCOMPARE(window->size(), QSize(900, 600));
    }
    // The prompt panel acts on Results only; the gallery has the width to itself, and the
    // arena and grids keep the shared picker without a second prompt.
    window->tabs()->setCurrentWidget(window->galleryView());
    QVERIFY(!window->promptPanel()->isVisible());
    window->tabs()->setCurrentWidget(window->arenaView());
    QVERIFY(window->promptPanel()->picker()->isVisible());
    QVERIFY(!promptEdit()->isVisible());
    // Their keys do not reach the hidden controls either.
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("generateAction"))->isEnabled());
    window->tabs()->setCurrentWidget(window->resultsView());
    QVERIFY(promptEdit()->isVisible());
    window->findChild<QAction *>(QStringLiteral("serverPanelAction"))->trigger();
    auto *server = window->findChild<QDialog *>(QStringLiteral("serverPanel"));
    QTRY_VERIFY_WITH_TIMEOUT(server->isVisible(), 5000);
    QCoreApplication::processEvents();
    QCOMPARE(window->size(), QSize(900, 600));
    server->close();
    // One model list for Results, Arena and Grids.
    QCOMPARE(window->findChildren<ModelPicker *>().size(), 1);
    // The arena on a 1366 × 768 laptop: the leaderboard's columns all show.
    window->resize(1366, 768);
    window->tabs()->setCurrentWidget(window->arenaView());
    auto *board = window->arenaView()->findChild<QTableView *>(QStringLiteral("arenaLeaderboard"));
    QTRY_VERIFY_WITH_TIMEOUT(board->isVisible() && board->viewport()->width() > 0, 5000);
    QVERIFY2(board->horizontalHeader()->length() <= board->viewport()->width(),
             qPrintable(QStringLiteral("%1 px of columns in %2 px")
                            .arg(board->horizontalHeader()->length())
                            .arg(board->viewport()->width())));
}

void TestStudio::resultCardsFollowTheWindowWidth()
{
    t->window->resize(t->window->minimumSizeHint().width(), 800);
    generate(QStringLiteral("a fox"),
             {QStringLiteral("vertex/imagen-3.0-fast"), QStringLiteral("openai/dall-e-3"),
              QStringLiteral("replicate/flux-schnell"), QStringLiteral("openai/dall-e-2")});
    QTRY_COMPARE_WITH_TIMEOUT(t->window->resultsView()->cards().size(), 4, 5000);
    const QList<ResultCard *> cards = t->window->resultsView()->cards();
    const ResultsView *view = t->window->resultsView();
    // Narrow: as many columns as fit the smallest card (how many depends on the platform's
    // fonts, which size the window's minimum), the rest on the next row.
    const int cardWidth = ResultCard::minimumSide + ResultCard::chromeWidth();
    const int available = view->viewport()->width() - 2 * ResultsView::spacing;
    QTRY_VERIFY_WITH_TIMEOUT(view->columns() > 0, 5000);
    // Rows as even as they can be: never 3 + 1; at most three side by side.
    QCOMPARE(ResultRun::balancedColumns(4, 3), 2);
    QCOMPARE(ResultRun::balancedColumns(4, 4), 2);
    QCOMPARE(ResultRun::balancedColumns(5, 3), 3);
    QCOMPARE(ResultRun::balancedColumns(3, 2), 2);
    QCOMPARE(ResultRun::balancedColumns(3, 5), 3);
    QCOMPARE(ResultRun::balancedColumns(2, 1), 1);
    QCOMPARE(ResultRun::balancedColumns(9, 9), 3);
    const int fitting =
        std::max(1, (available + ResultsView::spacing) / (cardWidth + ResultsView::spacing));
    QCOMPARE(view->columns(), ResultRun::balancedColumns(4, fitting));
    const int narrow = cards.first()->imageSide();
    QVERIFY(narrow >= ResultCard::minimumSide);
    // A laptop: two by two, not three and one.
    t->window->resize(1280, 820);
    QTRY_COMPARE_WITH_TIMEOUT(view->columns(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(cards.at(1)->y(), cards.at(0)->y(), 5000);
    QVERIFY(cards.at(2)->y() > cards.at(0)->y());
    QCOMPARE(cards.at(3)->y(), cards.at(2)->y());
    QCOMPARE(cards.at(2)->x(), cards.at(0)->x());
    // Wide: still two by two, larger, together no wider than the view.
    const int laptop = cards.first()->imageSide();
    t->window->resize(1700, 900);
    QTRY_VERIFY_WITH_TIMEOUT(cards.first()->imageSide() > laptop, 5000);
    QCOMPARE(view->columns(), 2);
    QCOMPARE(cards.at(1)->y(), cards.at(0)->y());
    for (const ResultCard *card : cards) {
        QCOMPARE(card->imageSide(), cards.first()->imageSide());
        QVERIFY(card->geometry().right() < view->viewport()->width());
    }
    QVERIFY(cards.first()->imageSide() <= ResultCard::maximumSide);
}

void TestStudio::galleryFiltersListOnlyModelsWithImages()
{
    generate(QStringLiteral("two of one, one of another"),
             {QStringLiteral("vertex/imagen-3.0-fast"), QStringLiteral("openai/dall-e-3")});
    GalleryView *view = t->window->galleryView();
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 10000);
    generate(QStringLiteral("again"), {QStringLiteral("openai/dall-e-3")});
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 3, 10000);
    QComboBox *models = view->modelFilter();
    // "All models", then the two models that have images, most first, with their counts.
    QTRY_COMPARE_WITH_TIMEOUT(models->count(), 3, 5000);
    QCOMPARE(models->itemData(1).toString(), QStringLiteral("openai/dall-e-3"));
    QVERIFY2(models->itemText(1).endsWith(QLatin1String("(2)")), qPrintable(models->itemText(1)));
    QVERIFY2(models->itemText(2).endsWith(QLatin1String("(1)")), qPrintable(models->itemText(2)));
    models->setCurrentIndex(1);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 5000);
    // The hover text names the model (by its name, as the tile does), the source as the
    // viewer and the manifest do, and the star.
    const QModelIndex first = view->model()->index(0);
    t->window->curation()->setStarred({first.data(GalleryModel::IdRole).toString()}, true);
    const QString tip = view->model()->index(0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("DALL-E 3")) &&
                 tip.contains(QLatin1String("from studio")) &&
                 tip.contains(QLatin1String("Starred")),
             qPrintable(tip));
    // The size slider: larger tiles, and the choice is kept.
    auto *delegate = qobject_cast<GalleryDelegate *>(view->list()->itemDelegate());
    t->window->tabs()->setCurrentWidget(view);
    const int before = delegate->tileSide();
    view->tileSizeSlider()->setValue(GalleryDelegate::maximumTileSide);
    QVERIFY(delegate->tileSide() > before);
    QCOMPARE(t->context->settings().galleryTileSide(), GalleryDelegate::maximumTileSide);
}

void TestStudio::serverPanelHidesTheKeyUntilShown()
{
    auto *panel = t->window->findChild<QDialog *>(QStringLiteral("serverPanel"));
    panel->show();
    const QString key = t->window->server()->apiKey();
    QVERIFY(!key.isEmpty());
    auto guidesText = [panel] {
        QString all;
        for (const QPlainTextEdit *guide : panel->findChildren<QPlainTextEdit *>())
            all += guide->toPlainText();
        return all;
    };
    QVERIFY(!guidesText().isEmpty());
    QVERIFY2(!guidesText().contains(key), "the set-up shows the key the field hides");
    panel->findChild<QToolButton *>(QStringLiteral("showKeyButton"))->setChecked(true);
    QVERIFY(guidesText().contains(key));
    panel->close();
}

void TestStudio::saveAsOffersTheImagesOwnType()
{
    // A JPEG is suggested as "name.jpg" with the JPEG file type, not PNG's.
    QTemporaryDir dir;
    ImageRecord record;
    record.id = QStringLiteral("0123456789abcdef0123456789abcdef");
    record.prompt = QStringLiteral("a harbour at night");
    record.type = ImageType::Jpeg;
    record.filePath = dir.filePath(QStringLiteral("stored.jpg"));
    QImage picture(64, 48, QImage::Format_RGB32);
    picture.fill(Qt::darkBlue);
    QVERIFY(picture.save(record.filePath, "JPEG"));
    const QString out = dir.filePath(QStringLiteral("saved.jpg"));
    Dialogs::setNextFileName(out);
    t->window->imageActions()->saveAs(record);
    QCOMPARE(Dialogs::takeOfferedFilter(), QStringLiteral("JPEG image (*.jpg *.jpeg)"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(out).size() > 0, 5000);
}

void TestStudio::switchingLanguageLeavesNoStaleText()
{
    generate(QStringLiteral("a lantern"), {QStringLiteral("openai/dall-e-3")});
    QTRY_VERIFY_WITH_TIMEOUT(!t->window->resultsView()->cards().first()->imageId().isEmpty(),
                             10000);
    ResultCard *card = t->window->resultsView()->cards().first();
    auto *stopwatch = card->findChild<QLabel *>(QStringLiteral("resultStopwatch"));
    const QStandardItemModel *picker = t->window->promptPanel()->picker()->model();
    auto groupText = [picker] { return picker->item(0, 0)->text(); };
    QVERIFY2(groupText().contains(QLatin1String("via")), qPrintable(groupText()));
    t->appearance.applyLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QVERIFY2(!groupText().contains(QLatin1String("via")), qPrintable(groupText()));
    QVERIFY2(stopwatch->text().contains(QStringLiteral("秒")), qPrintable(stopwatch->text()));
    QStringList arenaLabels;
    for (const QLabel *label : t->window->arenaView()->findChildren<QLabel *>())
        arenaLabels.append(label->text());
    QVERIFY2(!arenaLabels.contains(QStringLiteral("Left")), qPrintable(arenaLabels.join('|')));
    t->appearance.applyLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QVERIFY2(groupText().contains(QLatin1String("via")), qPrintable(groupText()));
    QVERIFY2(stopwatch->text().endsWith(QLatin1String(" s")), qPrintable(stopwatch->text()));
}

void TestStudio::nameDialogIsWideEnoughForItsTitle()
{
    // A window manager elides a title wider than its window ("New c…ection").
    const QString title = QStringLiteral("New collection");
    int width = 0;
    int titleWidth = 0;
    // Looks for the dialog until it shows (or gives up, so exec() cannot wait for ever).
    QTimer finder;
    int tries = 0;
    finder.setInterval(10);
    connect(&finder, &QTimer::timeout, [&] {
        QDialog *dialog = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && w->inherits("QInputDialog"))
                dialog = static_cast<QDialog *>(w);
        }
        if (!dialog && ++tries < 500)
            return;
        finder.stop();
        if (!dialog) { // titleWidth stays 0: the test fails below
            if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                modal->reject();
            return;
        }
        width = dialog->width();
        QFont bold = dialog->font();
        bold.setBold(true); // title bars commonly use a bold face
        titleWidth = QFontMetrics(bold).horizontalAdvance(dialog->windowTitle());
        dialog->reject();
    });
    finder.start();
    const auto answer = Dialogs::text(t->window.get(), title, QStringLiteral("Name:"), title);
    QVERIFY(!answer);
    QVERIFY(titleWidth > 0);
    // Room for the title and a title bar's icon and three buttons.
    QVERIFY2(width >= titleWidth + 4 * 32,
             qPrintable(QStringLiteral("%1 px for a %2 px title").arg(width).arg(titleWidth)));
}

void TestStudio::thumbnailWaitsForItsFile()
{
    // A grid asks for a cell's thumbnail as soon as its image arrives, while the file is
    // still being written: the read must wait for the file, not remember a blank for good.
    ImageStore &store = t->context->store();
    QSemaphore disk;
    store.setFileWriter([&disk](const QString &path, const QByteArray &bytes, QString *error) {
        disk.acquire(); // a slow disk, until the test lets it go on
        return saveFileAtomically(path, bytes, error);
    });
    auto letWritesThrough = qScopeGuard([&] {
        disk.release(100);
        QTRY_VERIFY_WITH_TIMEOUT(!store.hasPending(), 10000);
        store.setFileWriter(saveFileAtomically);
    });
    QImage picture(640, 480, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    ImageRecord record;
    record.prompt = QStringLiteral("a teal square");
    record.modelId = QStringLiteral("openai/dall-e-3");
    record.type = ImageType::Png;
    record.source = QLatin1String(ImageRecord::sourceGrid);
    const QString id = store.add(record, png);
    const QString path = store.find(id)->filePath;
    ThumbnailCache cache(&store);
    QSignalSpy ready(&cache, &ThumbnailCache::ready);
    QVERIFY(cache.get(id, path).isNull());
    QTimer::singleShot(100, [&disk] { disk.release(); }); // the file lands a moment later
    QTRY_VERIFY_WITH_TIMEOUT(!cache.get(id, path).isNull(), 10000);
    QCOMPARE(cache.get(id, path).size(), QSize(256, 192));
    QVERIFY(!cache.hasFailed(id));
}

void TestStudio::resultsFeedKeepsRunsWithTheirActions()
{
    ResultsView *view = t->window->resultsView();
    // A generating card shows a placeholder with its stopwatch, not an empty box.
    t->upstream.setDelayMs(300);
    generate(QStringLiteral("a red kite over a meadow"), {QStringLiteral("openai/dall-e-3")});
    QTRY_COMPARE_WITH_TIMEOUT(view->cards().size(), 1, 5000);
    auto *image = view->cards().first()->findChild<QLabel *>(QStringLiteral("resultImage"));
    QVERIFY2(image->text().contains(
                 QRegularExpression(QStringLiteral("^Generating\\.\\.\\. \\d+\\.\\d s"))),
             qPrintable(image->text()));
    QVERIFY(view->cards().first()->availableActions().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!view->cards().first()->imageId().isEmpty(), 10000);
    t->upstream.setDelayMs(0);
    // "Ready" is the chip; the line below says what came.
    QVERIFY(!view->cards().first()->statusText().contains(QLatin1String("Done")));
    QVERIFY(view->cards().first()->statusText().contains(QStringLiteral("×")));
    generate(QStringLiteral("a paper boat on a puddle"),
             {QStringLiteral("vertex/imagen-3.0-fast"), QStringLiteral("replicate/flux-schnell")});
    QTRY_COMPARE_WITH_TIMEOUT(view->runs().size(), 2, 5000);
    // Newest first, the earlier run still there below it.
    QCOMPARE(view->runs().first()->prompt(), QStringLiteral("a paper boat on a puddle"));
    QCOMPARE(view->runs().last()->prompt(), QStringLiteral("a red kite over a meadow"));
    QVERIFY(view->runs().first()->y() < view->runs().last()->y());
    QTRY_VERIFY_WITH_TIMEOUT(!view->cards().last()->imageId().isEmpty(), 10000);
    ResultCard *card = view->cards().first();
    QTRY_VERIFY_WITH_TIMEOUT(!card->imageId().isEmpty(), 10000);

    // Every action, in the context menu and on the hover bar.
    QMenu menu;
    view->fillMenu(&menu, card);
    QStringList texts;
    for (QAction *action : menu.actions())
        texts.append(action->text());
    for (const ResultCard::Action action : ResultCard::allActions()) {
        QVERIFY2(texts.contains(ResultCard::actionText(action)),
                 qPrintable(ResultCard::actionText(action)));
        QVERIFY(card->actionButton(action));
        QVERIFY(!card->actionButton(action)->toolTip().isEmpty());
    }
    // From the keyboard too: the card takes the focus and the menu key opens its menu.
    QCOMPARE(card->focusPolicy(), Qt::StrongFocus);
    QVERIFY(!card->accessibleName().isEmpty());
    QStringList offered;
    QTimer::singleShot(0, [&offered] {
        if (auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (const QAction *action : popup->actions())
                offered.append(action->text());
            popup->close();
        }
    });
    const QPoint centre = card->rect().center();
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, centre, card->mapToGlobal(centre));
    QApplication::sendEvent(card, &menuKey);
    QCOMPARE(offered, texts);
    // Star from the card; the gallery's undo takes it back, and the card follows.
    const QString id = card->imageId();
    card->actionButton(ResultCard::Action::Star)->click();
    QVERIFY(t->context->store().find(id)->starred);
    QVERIFY(card->isStarred());
    // Marked without hovering.
    QVERIFY(card->findChild<QLabel *>(QStringLiteral("resultStar"))->isVisibleTo(card));
    t->window->curation()->undoStack()->undo();
    QVERIFY(!card->isStarred());
    // Reuse: the prompt and the model come back.
    promptEdit()->clear();
    card->actionButton(ResultCard::Action::Reuse)->click();
    QCOMPARE(promptEdit()->toPlainText(), QStringLiteral("a paper boat on a puddle"));
    QCOMPARE(t->window->promptPanel()->picker()->selectedIds(), QStringList{card->modelId()});
    // A run whose only image goes to the trash leaves the feed, and Undo brings it back.
    ResultRun *kite = view->runs().last();
    kite->cards().first()->actionButton(ResultCard::Action::Delete)->click();
    QTRY_VERIFY_WITH_TIMEOUT(kite->isHidden(), 5000);
    t->window->curation()->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!kite->isHidden(), 5000);
    // Trash: the card leaves the feed; Undo brings it back.
    card->actionButton(ResultCard::Action::Delete)->click();
    QTRY_VERIFY_WITH_TIMEOUT(card->isHidden(), 5000);
    QCOMPARE(view->runs().first()->columns(), 1);
    t->window->curation()->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!card->isHidden(), 5000);
    // Retry: a new run on top with the same prompt and model, and the draft being written
    // in the prompt box and the models checked stay as they were.
    const int requests = t->upstream.requestCount();
    promptEdit()->setPlainText(QStringLiteral("a draft not sent yet"));
    t->window->promptPanel()->picker()->setSelectedIds(
        {QStringLiteral("openai/dall-e-2"), QStringLiteral("openai/dall-e-3")});
    card->actionButton(ResultCard::Action::Retry)->click();
    QTRY_COMPARE_WITH_TIMEOUT(view->runs().size(), 3, 5000);
    QCOMPARE(view->runs().first()->prompt(), QStringLiteral("a paper boat on a puddle"));
    QCOMPARE(promptEdit()->toPlainText(), QStringLiteral("a draft not sent yet"));
    QCOMPARE(t->window->promptPanel()->picker()->selectedIds().size(), 2);
    // Scrolled down to an earlier run, a resize keeps it at the top of the view.
    QTRY_VERIFY_WITH_TIMEOUT(view->verticalScrollBar()->maximum() > view->runs().at(1)->y(), 5000);
    ResultRun *earlier = view->runs().at(1);
    view->verticalScrollBar()->setValue(earlier->y());
    t->window->resize(t->window->width() - 240, t->window->height());
    QTRY_COMPARE_WITH_TIMEOUT(view->verticalScrollBar()->value(), earlier->y(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(t->upstream.requestCount() > requests, 5000);
}

void TestStudio::emptyPromptIsExplained()
{
    promptEdit()->clear();
    QTest::mouseClick(button("generateButton"), Qt::LeftButton);
    QCOMPARE(t->upstream.requestCount(), 0);
    QVERIFY(!t->window->session()->isBusy());
}

void TestStudio::logActions()
{
    generate(QStringLiteral("log me"), {QStringLiteral("openai/dall-e-3")});
    QTRY_VERIFY_WITH_TIMEOUT(t->log->rowCount() == 1 && !t->log->at(0).isRunning(), 10000);
    const RequestLogEntry &entry = t->log->at(0);
    const QString curl =
        RequestLogDock::curlCommand(entry, QStringLiteral("http://127.0.0.1:8787/v1"));
    QVERIFY(curl.contains(QLatin1String("$IMAGEBRIDGE_API_KEY")));
    QVERIFY(curl.contains(QLatin1String("\"prompt\":\"log me\"")));
    QVERIFY(!curl.contains(t->settings->apiKey()));
    QVERIFY(RequestLogDock::describe(entry).contains(QLatin1String("[redacted]")));
    QTemporaryDir out;
    QString error;
    QVERIFY(
        t->window->requestLogDock()->exportTo(out.filePath(QStringLiteral("log.jsonl")), &error));
    QFile file(out.filePath(QStringLiteral("log.jsonl")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
    QCOMPARE(line.value(QLatin1String("model")).toString(), QStringLiteral("openai/dall-e-3"));
    QCOMPARE(line.value(QLatin1String("status")).toInt(), 200);
    // Replay runs the same prompt and model again.
    QSignalSpy replay(t->window->requestLogDock(), &RequestLogDock::replayRequested);
    t->window->requestLogDock()->table()->selectRow(0);
    t->window->requestLogDock()->findChildren<QPushButton *>().at(1)->click();
    QCOMPARE(replay.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(t->upstream.requestCount(), 2, 5000);
    QCOMPARE(t->upstream.received().last().prompt, QStringLiteral("log me"));
}

void TestStudio::serverStartsAndStops()
{
    ServerController *server = t->window->server();
    QVERIFY(!server->isRunning());
    QVERIFY2(server->start(), qPrintable(server->lastError()));
    QVERIFY(server->isRunning());
    QVERIFY(server->baseUrl().port() > 0);
    TestHttp http(server->baseUrl().adjusted(QUrl::RemovePath), server->apiKey().toLatin1());
    QCOMPARE(http.get(QStringLiteral("/v1/models")).status, 200);
    // An API client's image shows up in the gallery, marked as such.
    QCOMPARE(http.postJson(QStringLiteral("/v1/images/generations"), {{"prompt", "from a client"}})
                 .status,
             200);
    GalleryModel *gallery = t->window->galleryView()->model();
    QTRY_COMPARE_WITH_TIMEOUT(gallery->rowCount(), 1, 10000);
    QVERIFY(gallery->data(gallery->index(0), GalleryModel::IsApiRole).toBool());
    server->stop();
    QVERIFY(!server->isRunning());
}

void TestStudio::modelsPassTheTester()
{
    generate(QStringLiteral("for the testers"), {QStringLiteral("vertex/imagen-3.0-fast")});
    QTRY_COMPARE_WITH_TIMEOUT(t->window->galleryView()->model()->rowCount(), 1, 10000);
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester gallery(t->window->galleryView()->model(), Mode::QtTest);
    QAbstractItemModelTester picker(t->window->promptPanel()->picker()->model(), Mode::QtTest);
    QAbstractItemModelTester log(t->log, Mode::QtTest);
    ImageQuery testers;
    testers.text = QStringLiteral("testers");
    t->window->galleryView()->model()->setQuery(testers);
    t->window->promptPanel()->picker()->setSelectedIds({QStringLiteral("openai/dall-e-2")});
    QCOMPARE(t->window->galleryView()->model()->rowCount(), 1);
}

void TestStudio::pickerCoolDownEndsByItself()
{
    // The picker's own history of a model that failed three times in a row: "cooling down"
    // for ten minutes, then back to its figures without anything else happening.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    ManualClock clock;
    ModelStats stats(folder.path(), &clock);
    QString error;
    QVERIFY2(stats.open(&error), qPrintable(error));
    const ModelCatalog catalog;
    const ProviderIcons icons;
    ModelPickerModel picker(&catalog, &stats, &icons);
    const QString model = QStringLiteral("vertex/imagen-3.0-fast");
    const auto history = [&]() -> QString {
        for (int p = 0; p < picker.rowCount(); ++p) {
            QStandardItem *provider = picker.item(p);
            for (int row = 0; row < provider->rowCount(); ++row) {
                if (provider->child(row)->data(ModelPickerModel::ModelIdRole).toString() == model)
                    return provider->child(row, ModelPickerModel::HistoryColumn)->text();
            }
        }
        return QStringLiteral("(not in the picker)");
    };
    stats.record(model, true, 4000);
    for (int i = 0; i < ModelStats::coolDownAfterFailures; ++i)
        stats.record(model, false, 100);
    QCOMPARE(history(), QStringLiteral("cooling down"));
    clock.advance(ModelStats::coolDownMs - 1);
    QCOMPARE(history(), QStringLiteral("cooling down"));
    clock.advance(1);
    QCOMPARE(history(), QStringLiteral("25 % · 4.0 s"));
}

QTEST_MAIN(TestStudio)
#include "tst_studio.moc"
