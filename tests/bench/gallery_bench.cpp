// gallery_bench: how the gallery behaves with 10,000 images. Not a test: prints figures.
//   QT_QPA_PLATFORM=offscreen ./build/tests/bench/gallery_bench [count]
#include "FakeUpstream.h"
#include "GalleryModel.h"
#include "GalleryView.h"
#include "ImageActions.h"
#include "ImageStore.h"
#include "ModelCatalog.h"
#include "PeakMemory.h"
#include "ThumbnailCache.h"

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
    const int count = app.arguments().value(1, QStringLiteral("10000")).toInt();
    QTemporaryDir dir;
    ImageStore store(dir.path());
    QString error;
    if (!store.open(&error))
        return 1;
    const QByteArray image = FakeUpstream::makeImage(96, "jpeg", 3);
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
        r.source = i % 7 == 0 ? QStringLiteral("127.0.0.1") : QStringLiteral("GUI");
        r.created = QDateTime::currentDateTimeUtc().addSecs(i);
        store.add(r, image);
        if (i % 500 == 0)
            QCoreApplication::processEvents();
    }
    if (!QTest::qWaitFor([&] { return settled == count; }, 600000))
        return 1;
    out << QStringLiteral("stored %1 images in %2 s (file + index row each)")
               .arg(count)
               .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;

    ThumbnailCache thumbnails(dir.path());
    clock.restart();
    GalleryModel model(&store, &thumbnails);
    out << QStringLiteral("gallery model opened (first page of %1 rows): %2 ms")
               .arg(model.rowCount())
               .arg(clock.elapsed())
        << Qt::endl;
    clock.restart();
    model.setFilter(QStringLiteral("lighthouse"), {});
    out << QStringLiteral("search \"lighthouse\": %1 ms").arg(clock.elapsed()) << Qt::endl;
    clock.restart();
    model.setFilter({}, catalog.models().at(3).id);
    out << QStringLiteral("filter by model: %1 ms").arg(clock.elapsed()) << Qt::endl;
    model.setFilter({}, {});

    ImageActions actions(&store, nullptr);
    GalleryView view(&model, &catalog, &actions);
    view.resize(1200, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
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
    out << QStringLiteral("peak memory (VmHWM): %1 MiB").arg(peakMemoryKiB() / 1024.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}
