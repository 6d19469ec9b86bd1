// imagebridge-screenshots: drives the studio against the fake upstream and saves the
// pictures used in the README (docs/screenshots). Run under a display, e.g.
//   xvfb-run -a -s "-screen 0 1600x1000x24" ./build/tests/imagebridge-screenshots docs/screenshots
//   [zh_CN] [--dark]
#include "MemoryKeychain.h"
#include "RequestLogDock.h"
#include "SettingsDialog.h"
#include "StudioFixture.h"
#include "TestHttp.h"
#include "arena/ArenaView.h"
#include "gallery/CompareDialog.h"
#include "gallery/GalleryCuration.h"
#include "gallery/GalleryModel.h"
#include "gallery/GallerySections.h"
#include "gallery/GalleryView.h"
#include "gallery/ImageViewer.h"
#include "grid/GridRunner.h"
#include "grid/GridView.h"
#include "server/ServerController.h"
#include "sources/ProviderKeysDialog.h"
#include "sources/SourcesPage.h"
#include "store/ImageCollections.h"
#include "studio/PromptPanel.h"
#include "studio/ResultCard.h"
#include "studio/ResultsView.h"
#include "studio/StudioSession.h"
#include "widgets/ModelPicker.h"
#include "widgets/ZoomableImage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace {
bool waitFor(const std::function<bool()> &condition, int ms = 15000)
{
    return QTest::qWaitFor(condition, ms);
}

void save(QWidget *window, const QString &folder, const QString &name)
{
    QTest::qWait(300); // let thumbnails and repaints land
    const QString path = folder + QLatin1Char('/') + name;
    window->grab().save(path);
    QTextStream(stdout) << "saved " << path << Qt::endl;
}

void generate(StudioFixture &t, const QString &prompt, const QStringList &models, int count = 1)
{
    PromptPanel *panel = t.window->promptPanel();
    panel->picker()->setSelectedIds(models);
    panel->setPrompt(prompt);
    panel->findChild<QSpinBox *>(QStringLiteral("countSpin"))->setValue(count);
    panel->requestGenerate();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString folder = app.arguments().value(1, QStringLiteral("docs/screenshots"));
    const QString language = app.arguments().value(2);
    QDir().mkpath(folder);

    StudioFixture t;
    if (!t.ok)
        return 1;
    const bool dark = app.arguments().contains(QStringLiteral("--dark"));
    t.appearance.applyTheme(dark ? AppSettings::Theme::Dark : AppSettings::Theme::Light);
    // English too goes through its translation, which holds the plural forms.
    const bool english = language.isEmpty() || language.startsWith(QLatin1Char('-'));
    t.appearance.applyLanguage(english ? QStringLiteral("en") : language);
    t.reopen();
    t.upstream.setImageSide(384);
    t.window->resize(1440, 900);
    // The tests pick a free port; the pictures show the default one.
    t.window->server()->setEndpoint(QStringLiteral("127.0.0.1"), ServerConfig::defaultPort);
    QString suffix = language.isEmpty() || language.startsWith(QLatin1Char('-'))
                         ? QString()
                         : QLatin1Char('-') + language;
    if (dark)
        suffix += QStringLiteral("-dark");

    save(t.window.get(), folder, QStringLiteral("welcome%1.png").arg(suffix));

    // Compare: the upstream page's four "performance" models side by side.
    t.upstream.setDelayMs(900);
    generate(t, QStringLiteral("a corgi in a space suit, watercolor"),
             {QStringLiteral("replicate/stable-diffusion-3.5-turbo"),
              QStringLiteral("vertex/imagen-3.0-fast"), QStringLiteral("openai/dall-e-2"),
              QStringLiteral("fireworks/flux-1-schnell-fp8")});
    waitFor([&] { return !t.window->session()->isBusy(); });
    save(t.window.get(), folder, QStringLiteral("compare%1.png").arg(suffix));

    // A retry: the upstream is busy once, the card counts down, the log shows both attempts.
    t.upstream.setRetryAfter("3");
    t.upstream.queueFault(FakeUpstream::Fault::RateLimited);
    t.upstream.setDelayMs(300);
    generate(t, QStringLiteral("a lighthouse on a cliff at dawn, oil painting"),
             {QStringLiteral("replicate/flux-schnell"), QStringLiteral("openai/dall-e-3")});
    waitFor([&] {
        const auto cards = t.window->resultsView()->cards();
        return !cards.isEmpty() && cards.first()->statusText().contains(QLatin1String("2"));
    });
    QTest::qWait(900);
    t.window->requestLogDock()->table()->selectRow(t.log->rowCount() - 2);
    save(t.window.get(), folder, QStringLiteral("retry%1.png").arg(suffix));
    waitFor([&] { return !t.window->session()->isBusy(); });
    t.window->requestLogDock()->table()->selectRow(t.log->rowCount() - 2);
    save(t.window.get(), folder, QStringLiteral("log%1.png").arg(suffix));

    // The results feed with three runs, newest first, on a small laptop and a large screen.
    t.upstream.setDelayMs(50);
    generate(t, QStringLiteral("a paper-cut diorama of a mountain village"),
             {QStringLiteral("vertex/imagen-3.0-fast"), QStringLiteral("openai/dall-e-3")});
    waitFor([&] { return !t.window->session()->isBusy(); });
    t.window->requestLogDock()->hide();
    for (const QSize size : {QSize(900, 600), QSize(1600, 1000)}) {
        t.window->resize(size);
        save(t.window.get(), folder,
             QStringLiteral("feed-%1x%2%3.png").arg(size.width()).arg(size.height()).arg(suffix));
    }
    t.window->resize(1440, 900);
    t.window->requestLogDock()->show();

    // The gallery after a few more, including one made by an API client.
    t.upstream.setDelayMs(50);
    const QStringList prompts{QStringLiteral("a cozy reading nook with rain on the window"),
                              QStringLiteral("an isometric pixel-art city at night"),
                              QStringLiteral("a bowl of ramen, studio photo")};
    for (const QString &prompt : prompts) {
        generate(t, prompt, {QStringLiteral("fireworks/ssd-1b")}, 2);
        waitFor([&] { return !t.window->session()->isBusy(); });
    }
    t.window->server()->start();
    TestHttp http(t.window->server()->baseUrl().adjusted(QUrl::RemovePath),
                  t.window->server()->apiKey().toLatin1());
    http.postJson(QStringLiteral("/v1/images/generations"),
                  {{"prompt", "a red fox in fresh snow"}, {"model", "dall-e-3"}});
    t.window->tabs()->setCurrentIndex(1);
    waitFor([&] { return t.window->galleryView()->model()->rowCount() >= 13; });
    save(t.window.get(), folder, QStringLiteral("gallery%1.png").arg(suffix));

    // The server panel with its client guides.
    auto *serverPanel = t.window->findChild<QDialog *>(QStringLiteral("serverPanel"));
    serverPanel->resize(560, 640);
    serverPanel->show();
    save(serverPanel, folder, QStringLiteral("server%1.png").arg(suffix));
    serverPanel->hide();
    // Curation: stars, two collections, and the trash.
    GalleryView *gallery = t.window->galleryView();
    GalleryModel *model = gallery->model();
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->record(row).id);
    GalleryCuration *curation = t.window->curation();
    curation->setStarred({ids[0], ids[3], ids[4]}, true);
    const bool chinese = language == QLatin1String("zh_CN");
    QString error;
    const qint64 posters = curation->collections()->create(
        chinese ? QStringLiteral("海报灵感") : QStringLiteral("Poster ideas"), &error);
    curation->collections()->create(
        chinese ? QStringLiteral("夜景") : QStringLiteral("Night scenes"), &error);
    curation->addToCollection(posters, {ids[0], ids[1], ids[2], ids[3], ids[4]});
    gallery->sections()->select(GallerySections::Kind::Collection, posters);
    gallery->list()->selectionModel()->select(model->index(1), QItemSelectionModel::Select);
    gallery->list()->selectionModel()->select(model->index(2), QItemSelectionModel::Select);
    save(t.window.get(), folder, QStringLiteral("collections%1.png").arg(suffix));
    gallery->sections()->select(GallerySections::Kind::All);
    curation->trash({ids[6], ids[7], ids[8]});
    gallery->sections()->select(GallerySections::Kind::Trash);
    save(t.window.get(), folder, QStringLiteral("trash%1.png").arg(suffix));
    curation->undoStack()->undo();
    gallery->sections()->select(GallerySections::Kind::All);

    // The viewer with its details, and two images on the before/after slider.
    t.window->openImage(model->record(1).id);
    for (auto *viewer : t.window->findChildren<ImageViewer *>()) {
        viewer->resize(1200, 760);
        viewer->show();
        waitFor([&] { return !viewer->imageView()->image().isNull(); });
        save(viewer, folder, QStringLiteral("viewer%1.png").arg(suffix));
        viewer->close();
    }
    t.window->compareImages(model->record(0).id, model->record(2).id);
    for (auto *compare : t.window->findChildren<CompareDialog *>()) {
        compare->resize(1100, 720);
        compare->setMode(CompareDialog::Mode::Slider);
        compare->sliderView()->setSplit(0.45);
        compare->show();
        save(compare, folder, QStringLiteral("compare-slider%1.png").arg(suffix));
        compare->close();
    }
    // The shortcuts dialog, made from the actions.
    t.window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    if (auto *shortcuts = t.window->findChild<QDialog *>(QStringLiteral("shortcutsBox"))) {
        save(shortcuts, folder, QStringLiteral("shortcuts%1.png").arg(suffix));
        shortcuts->close();
    }

    // The arena on a 1366 × 768 laptop: a pool of four, a few votes, the next pair without
    // names.
    t.window->resize(1366, 768);
    t.window->requestLogDock()->hide();
    ArenaView *arena = t.window->arenaView();
    t.window->tabs()->setCurrentWidget(arena);
    const QStringList pool{
        QStringLiteral("replicate/flux-schnell"), QStringLiteral("vertex/imagen-3.0-fast"),
        QStringLiteral("openai/dall-e-3"), QStringLiteral("fireworks/flux-1-schnell-fp8")};
    t.window->promptPanel()->picker()->setSelectedIds(pool);
    arena->promptEdit()->setText(chinese
                                     ? QStringLiteral("雨中的灯塔，油画")
                                     : QStringLiteral("a lighthouse in the rain, oil painting"));
    arena->start();
    ArenaSession *session = t.window->arenaSession();
    const QList<ArenaVote::Outcome> votes{ArenaVote::Outcome::Left, ArenaVote::Outcome::Right,
                                          ArenaVote::Outcome::Left, ArenaVote::Outcome::Tie,
                                          ArenaVote::Outcome::Left, ArenaVote::Outcome::Right,
                                          ArenaVote::Outcome::Left};
    for (const ArenaVote::Outcome outcome : votes) {
        waitFor([&] { return session->hasPair(); });
        session->vote(outcome);
    }
    waitFor([&] { return session->hasPair(); });
    save(t.window.get(), folder, QStringLiteral("leaderboard%1.png").arg(suffix));
    arena->revealLabel()->clear();
    save(t.window.get(), folder, QStringLiteral("arena%1.png").arg(suffix));
    session->stop();
    t.window->resize(1440, 900);
    t.window->requestLogDock()->show();

    // A grid: three prompts on three models, two samples each.
    GridView *grid = t.window->gridView();
    t.window->tabs()->setCurrentWidget(grid);
    grid->promptsEdit()->setPlainText(
        chinese ? QStringLiteral("一只戴眼镜的猫\n雪山下的小木屋\n霓虹灯下的拉面店")
                : QStringLiteral("a cat wearing glasses\na cabin below snowy peaks\n"
                                 "a ramen shop under neon lights"));
    const QStringList gridModels{QStringLiteral("replicate/flux-schnell"),
                                 QStringLiteral("vertex/imagen-3.0-fast"),
                                 QStringLiteral("openai/dall-e-3")};
    t.window->promptPanel()->picker()->setSelectedIds(gridModels);
    grid->samples()->setValue(2);
    grid->startNew();
    waitFor([&] { return grid->runner() && grid->runner()->doneCount() == 18; }, 30000);
    waitFor([&] {
        for (const GridCell &c : grid->runner()->cells()) {
            if (t.store->isPending(c.imageId))
                return false;
        }
        return true;
    });
    save(t.window.get(), folder, QStringLiteral("grid%1.png").arg(suffix));
    QString sheetError;
    grid->exportTo(folder + QStringLiteral("/grid-sheet%1.png").arg(suffix), &sheetError);

    SettingsDialog settings(*t.context);
    settings.show();
    save(&settings, folder, QStringLiteral("settings%1.png").arg(suffix));
    // The sources: the person's deployment first, the public site after it.
    settings.sourcesPage()->addSource(
        {QStringLiteral("*"), UpstreamSource::deployment(QUrl(QStringLiteral(
                                  "https://my-app.vercel.app/api/generate-images")))});
    settings.showSources();
    save(&settings, folder, QStringLiteral("sources%1.png").arg(suffix));
    settings.close();

    // The public site's refusal, said on the card with the way out.
    t.upstream.setDelayMs(0);
    t.upstream.setBotCheck(true);
    generate(t, QStringLiteral("a fox in the snow, watercolour"),
             {QStringLiteral("openai/dall-e-3")});
    waitFor([&] { return !t.window->session()->isBusy(); });
    t.window->tabs()->setCurrentWidget(t.window->resultsView());
    save(t.window.get(), folder, QStringLiteral("refused%1.png").arg(suffix));
    t.upstream.setBotCheck(false);

    // Your own keys: the form (OpenAI's key in the keychain, Replicate's from the
    // environment, Google's from its key file) and the picker naming each provider's source,
    // with a shape that only the direct ones make.
    auto keychain = std::make_shared<MemoryKeychain>();
    keychain->write(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-proj-screenshot-0123"));
    qputenv("REPLICATE_API_TOKEN", "r8_screenshot_0123456789");
    StudioFixture own(StudioFixture::Setup{
        true,
        keychain,
        {QStringLiteral("openai=direct"), QStringLiteral("replicate=direct"),
         QStringLiteral("vertex=direct"),
         QStringLiteral("*=deployment:https://my-app.vercel.app/api/generate-images")}});
    if (!own.ok)
        return 1;
    own.window->resize(1440, 900);
    own.window->server()->setEndpoint(QStringLiteral("127.0.0.1"), ServerConfig::defaultPort);
    {
        ProviderKeysDialog keys(*own.context, own.window.get());
        keys.loadGoogleKeyFile(QStringLiteral(":/test/test-service-account.json"));
        keys.show();
        save(&keys, folder, QStringLiteral("keys%1.png").arg(suffix));
    }
    PromptPanel *ownPanel = own.window->promptPanel();
    ownPanel->picker()->setSelectedIds({QStringLiteral("openai/dall-e-3"),
                                        QStringLiteral("replicate/flux-schnell"),
                                        QStringLiteral("fireworks/flux-1-schnell-fp8")});
    auto *shape = ownPanel->findChild<QComboBox *>(QStringLiteral("sizeCombo"));
    shape->setCurrentIndex(shape->findData(QStringLiteral("16:9")));
    save(own.window.get(), folder, QStringLiteral("own-keys%1.png").arg(suffix));
    qunsetenv("REPLICATE_API_TOKEN");
    return 0;
}
