// gallery_bench: how the gallery behaves with 50,000 images. Not a test: prints figures,
// the last line in the form the gallery issue asks for (targets: open < 1 s, search and
// filter < 50 ms, scroll p99 < 16 ms).
//   QT_QPA_PLATFORM=offscreen ./build/tests/bench/gallery_bench [count]
#include "PeakMemory.h"
#include "TestImages.h"
#include "gallery/GalleryCuration.h"
#include "gallery/GalleryModel.h"
#include "gallery/GalleryView.h"
#include "gallery/ImageActions.h"
#include "gallery/ThumbnailCache.h"
#include "generation/ModelCatalog.h"
#include "store/ImageCollections.h"
#include "store/ImageStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {
QTextStream out(stdout);

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int count = app.arguments().value(1, QStringLiteral("50000")).toInt();
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    if (!store.open(&error))
        return 1;
    const QByteArray image = makeTestImage(96, "jpeg", 3);
    const QStringList words{QStringLiteral("fox"), QStringLiteral("lighthouse"),
                            QStringLiteral("corgi"), QStringLiteral("ramen"),
                            QStringLiteral("city")};
    ModelCatalog catalog;

    QElapsedTimer clock;
    clock.start();
    int settled = 0;
    QObject::connect(&store, &ImageStore::imageAdded, [&settled] { ++settled; });
    for (int i = 0; i < count; ++i) {
        ImageRecord r;
        r.prompt = QStringLiteral("a %1 number %2").arg(words.at(i % words.size())).arg(i);
        const ModelInfo &m = catalog.models().at(i % catalog.models().size());
        r.modelId = m.id;
        r.provider = m.provider;
        r.type = ImageType::Jpeg;
        r.source =
            i % 7 == 0 ? QStringLiteral("127.0.0.1") : QLatin1String(ImageRecord::sourceStudio);
        r.created = QDateTime::currentDateTimeUtc().addSecs(i);
        store.add(r, image);
        if (i % 500 == 0) {
            QCoreApplication::processEvents();
            // Outside exec() deleteLater() waits for this; the application's loop does it.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
    }
    if (!QTest::qWaitFor([&] { return settled == count; }, 600000))
        return 1;
    out << QStringLiteral("stored %1 images in %2 s (file + index row each)")
               .arg(count)
               .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;

    out << QStringLiteral("peak memory after storing: %1 MiB")
               .arg(peakMemoryKiB() / 1024.0, 0, 'f', 0)
        << Qt::endl;
    // Opening: a fresh store on the same index, the model's first page and the window.
    clock.restart();
    ImageStore reopened(dir.path());
    if (!reopened.open(&error))
        return 1;
    ThumbnailCache thumbnails(&reopened);
    GalleryModel model(&reopened, &thumbnails, &catalog);
    ImageCollections collections(&reopened);
    GalleryCuration curation(&reopened, &collections, nullptr);
    ImageActions actions(&reopened, &curation, nullptr);
    GalleryView view(&model, &actions, &curation);
    view.resize(1200, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
    const qint64 openMs = clock.elapsed();
    out << QStringLiteral("gallery opened (first page of %1 rows, window shown): %2 ms")
               .arg(model.rowCount())
               .arg(openMs)
        << Qt::endl;
    ImageQuery search;
    search.text = QStringLiteral("lighthouse");
    clock.restart();
    model.setQuery(search);
    const qint64 searchMs = clock.elapsed();
    out << QStringLiteral("search \"lighthouse\": %1 ms, %2 matches")
               .arg(searchMs)
               .arg(model.matchCount())
        << Qt::endl;
    ImageQuery filter;
    filter.modelId = catalog.models().at(3).id;
    filter.source = ImageQuery::Source::Studio;
    filter.sort = ImageQuery::Sort::Oldest;
    clock.restart();
    model.setQuery(filter);
    const qint64 filterMs = clock.elapsed();
    out << QStringLiteral("filter by model and source, oldest first: %1 ms, %2 matches")
               .arg(filterMs)
               .arg(model.matchCount())
        << Qt::endl;
    model.setQuery({});
    QListView *list = view.list();
    QList<qint64> frames;
    clock.restart();
    // Scroll through the whole gallery a screen at a time, as a person flicking would.
    while (true) {
        QElapsedTimer frame;
        frame.start();
        QScrollBar *bar = list->verticalScrollBar();
        bar->setValue(bar->value() + list->viewport()->height());
        list->viewport()->repaint();
        frames.append(frame.elapsed());
        if (model.canFetchMore({}))
            model.fetchMore({});
        if (bar->value() >= bar->maximum() && !model.canFetchMore({}))
            break;
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    std::sort(frames.begin(), frames.end());
    out << QStringLiteral(
               "scrolled %1 rows in %2 screens: %3 ms total, frame p50 %4 ms, p99 %5 ms, max %6 ms")
               .arg(model.rowCount())
               .arg(frames.size())
               .arg(clock.elapsed())
               .arg(frames.at(frames.size() / 2))
               .arg(frames.at(std::min<qsizetype>(frames.size() - 1, frames.size() * 99 / 100)))
               .arg(frames.last())
        << Qt::endl;
    const qint64 p99 = frames.at(std::min<qsizetype>(frames.size() - 1, frames.size() * 99 / 100));
    out << QStringLiteral("gallery %1: open %2 ms, search %3 ms, filter %4 ms, scroll p99 %5 ms, "
                          "peak %6 MiB")
               .arg(count)
               .arg(openMs)
               .arg(searchMs)
               .arg(filterMs)
               .arg(p99)
               .arg(peakMemoryKiB() / 1024.0, 0, 'f', 0)
        << Qt::endl;
    return 0;
}
