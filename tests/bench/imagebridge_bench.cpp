// imagebridge_bench: prints what the server costs. Not a test: it asserts nothing and
// prints figures. It starts the fake upstream and `imagebridge --serve` as separate
// processes and drives both with wrk, so every figure stands next to the same load sent
// straight to the fake upstream (the physical limit of this machine):
//
//   1. GET /v1/models at 50 connections (direct: the fake's small 404 answer);
//   2. a 1.5 MB image at 1, 16 and 64 connections: requests/s, p50, p99, max, and the
//      server's peak memory during each run;
//   3. the server's resident memory when idle, before and after the load;
//   4. wall time of 64 concurrent generations against an upstream that takes 1 s;
//   5. the disk's own limit: how many of the images per second it keeps the way the
//      store keeps each one (a second ceiling that the direct rows do not pay);
//   6. where nginx is installed, the image runs through nginx as a plain reverse proxy:
//      what forwarding alone costs when the proxy shares the cores with wrk and the fake.
#include "PeakMemory.h"
#include "ReferenceProxy.h"
#include "TestImages.h"
#include "common/SaveFile.h"
#include "store/ImageStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>
#include <memory>
#include <tuple>

namespace {
QTextStream out(stdout);
constexpr char key[] = "bench-key-0123456789";

// Starts `program` and waits until a line of its stdout contains `marker`; returns the line.
QByteArray startAndWait(QProcess &process, const QString &program, const QStringList &args,
                        const QByteArray &marker, const QProcessEnvironment &env)
{
    process.setProcessEnvironment(env);
    process.start(program, args);
    QByteArray seen;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 15000) {
        QSignalSpy ready(&process, &QProcess::readyReadStandardOutput);
        ready.wait(200);
        seen += process.readAllStandardOutput();
        for (const QByteArray &line : seen.split('\n')) {
            if (line.contains(marker))
                return line;
        }
    }
    QTextStream(stderr) << "bench: " << program << " did not start: " << seen
                        << process.readAllStandardError() << Qt::endl;
    return {};
}

// Runs `total` POSTs with `concurrency` in flight; returns each one's latency in ms.
QList<double> measure(const QUrl &url, const QByteArray &body, bool auth, int concurrency,
                      int total, int minimumBytes = 1000000)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    for (int i = 0; i < concurrency; ++i)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    QList<double> latencies;
    int started = 0;
    int failures = 0;
    std::function<void(int)> launch = [&](int slot) {
        if (started >= total)
            return;
        ++started;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (auth)
            request.setRawHeader("Authorization", QByteArray("Bearer ") + key);
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QNetworkReply *reply = managers[size_t(slot)]->post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, clock, slot] {
            const QByteArray answer = reply->readAll();
            if (reply->error() != QNetworkReply::NoError || answer.size() < minimumBytes)
                ++failures;
            latencies.append(double(clock->nsecsElapsed()) / 1e6);
            reply->deleteLater();
            launch(slot);
        });
    };
    for (int i = 0; i < concurrency; ++i)
        launch(i);
    QElapsedTimer guard;
    guard.start();
    while (latencies.size() < total && guard.elapsed() < 300000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (failures > 0)
        out << "  (" << failures << " requests failed)" << Qt::endl;
    return latencies;
}

// What one wrk run measured. Latencies in ms.
struct Load
{
    double requestsPerSecond = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    qint64 requests = 0;
    qint64 failed = 0; // non-2xx answers and socket errors
    qint64 bytesPerAnswer = 0;
    bool ok = false;
};

// A wrk script: the request, and a summary line in microseconds that needs no unit parsing.
QByteArray wrkScript(const QByteArray &method, const QByteArray &body, bool auth)
{
    QByteArray lua = "wrk.method = \"" + method + "\"\n";
    if (!body.isEmpty())
        lua +=
            "wrk.body = [[" + body + "]]\nwrk.headers[\"Content-Type\"] = \"application/json\"\n";
    if (auth)
        lua += QByteArray("wrk.headers[\"Authorization\"] = \"Bearer ") + key + "\"\n";
    lua += R"(done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH %d %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
    summary.bytes, latency:percentile(50), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write + e.timeout))
end
)";
    return lua;
}

Load runWrk(const QString &wrk, const QString &scriptPath, const QUrl &url, int connections,
            int seconds)
{
    QProcess process;
    process.start(wrk, {QStringLiteral("-t%1").arg(std::min(2, connections)),
                        QStringLiteral("-c%1").arg(connections),
                        QStringLiteral("-d%1s").arg(seconds), QStringLiteral("--timeout"),
                        QStringLiteral("30s"), QStringLiteral("-s"), scriptPath, url.toString()});
    Load load;
    // Waited for in the event loop, not with waitForFinished(): that would leave the
    // server's stdout (a line per request) undrained, and once its pipe is full the server's
    // main thread blocks writing, with the request log's calls piling up for it.
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot((seconds + 60) * 1000, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        QTextStream(stderr) << "bench: wrk did not finish" << Qt::endl;
        return load;
    }
    const QByteArray output = process.readAllStandardOutput();
    const qsizetype at = output.indexOf("BENCH ");
    const QList<QByteArray> f = output.mid(at + 6).split('\n').value(0).split(' ');
    if (at < 0 || f.size() < 8) {
        QTextStream(stderr) << "bench: wrk said: " << output << process.readAllStandardError()
                            << Qt::endl;
        return load;
    }
    load.requests = f[0].toLongLong();
    const double durationUs = f[1].toDouble();
    load.requestsPerSecond = durationUs > 0 ? load.requests * 1e6 / durationUs : 0;
    load.bytesPerAnswer = load.requests > 0 ? f[2].toLongLong() / load.requests : 0;
    load.p50 = f[3].toDouble() / 1000;
    load.p99 = f[4].toDouble() / 1000;
    load.max = f[5].toDouble() / 1000;
    load.failed = f[6].toLongLong() + f[7].toLongLong();
    load.ok = load.requests > 0;
    return load;
}

QString describe(const Load &load)
{
    QString text = QStringLiteral("%1 req/s, p50 %2 ms, p99 %3 ms, max %4 ms")
                       .arg(load.requestsPerSecond, 0, 'f', 0)
                       .arg(load.p50, 0, 'f', 2)
                       .arg(load.p99, 0, 'f', 1)
                       .arg(load.max, 0, 'f', 1);
    if (load.failed > 0)
        text += QStringLiteral(", %1 of %2 FAILED").arg(load.failed).arg(load.requests);
    return text;
}

// Images per second the disk keeps as the store keeps each (written whole, synced to
// disk, renamed into place, dropped from the page cache), on as many threads as the store
// writes with.
double keptImagesPerSecond(const QString &folder, const QByteArray &image, int seconds)
{
    QElapsedTimer clock;
    clock.start();
    std::atomic<int> kept{0};
    std::atomic<bool> failed{false};
    auto writer = [&](int thread) {
        QString error;
        for (int i = 0; clock.elapsed() < seconds * 1000 && !failed; ++i) {
            const QString path =
                QStringLiteral("%1/disk-%2-%3.png").arg(folder).arg(thread).arg(i % 16);
            if (!saveFileAtomically(path, image, &error)) {
                QTextStream(stderr)
                    << "bench: writing " << path << " failed: " << error << Qt::endl;
                failed = true;
                return;
            }
            releaseFromPageCache(path);
            ++kept;
        }
    };
    QThreadPool pool; // the global one has only as many threads as cores
    pool.setMaxThreadCount(ImageStore::writerThreads);
    QList<QFuture<void>> writers;
    for (int thread = 0; thread < ImageStore::writerThreads; ++thread)
        writers.append(QtConcurrent::run(&pool, writer, thread));
    for (QFuture<void> &w : writers)
        w.waitForFinished();
    return failed ? 0 : kept * 1000.0 / double(std::max<qint64>(1, clock.elapsed()));
}

// a / b, or 0 when there is no b to compare with.
double ratio(double a, double b)
{
    return b > 0 ? a / b : 0;
}

QString mib(qint64 kib)
{
    return QString::number(kib / 1024.0, 'f', 1) + QLatin1String(" MiB");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString dir = QCoreApplication::applicationDirPath();
    const QString fakeProgram = dir + QLatin1String("/../fakeupstream/imagebridge-fake-upstream");
    const QString serverProgram = dir + QLatin1String("/../../src/app/imagebridge");
    QTemporaryDir home;

    // A photo-like PNG of about 1.5 MB.
    const QByteArray image = makeTestImage(800, "png", 7);
    const QString imagePath = home.filePath(QStringLiteral("image.png"));
    QFile imageFile(imagePath);
    imageFile.open(QIODevice::WriteOnly);
    imageFile.write(image);
    imageFile.close();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("IMAGEBRIDGE_API_KEY"), QLatin1String(key));

    // A small image too, so the 64-way figure can be read apart from the data volume.
    const QByteArray smallImage = makeTestImage(128, "png", 8);
    const QString smallImagePath = home.filePath(QStringLiteral("small.png"));
    QFile smallFile(smallImagePath);
    smallFile.open(QIODevice::WriteOnly);
    smallFile.write(smallImage);
    smallFile.close();

    auto startPair = [&](QProcess &fake, QProcess &server, int delayMs,
                         const QString &file) -> std::pair<QUrl, QUrl> {
        const QByteArray fakeLine =
            startAndWait(fake, fakeProgram,
                         {QStringLiteral("--delay"), QString::number(delayMs),
                          QStringLiteral("--image-file"), file},
                         "Fake upstream at", env);
        const QUrl upstream(QString::fromLatin1(fakeLine.mid(fakeLine.indexOf("http"))).trimmed());
        const QByteArray serverLine =
            startAndWait(server, serverProgram,
                         {QStringLiteral("--serve"), QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--upstream"), upstream.toString()},
                         "serving the OpenAI-compatible API", env);
        for (QProcess *p : {&fake, &server}) // their output is not needed after the start
            QObject::connect(p, &QProcess::readyReadStandardOutput, p,
                             [p] { p->readAllStandardOutput(); });
        QUrl api(QString::fromLatin1(serverLine.mid(serverLine.indexOf("http"))).trimmed());
        api.setPath(QStringLiteral("/v1/images/generations"));
        return {upstream, api};
    };
    auto stop = [](QProcess &p) {
        p.terminate();
        if (!p.waitForFinished(5000))
            p.kill();
    };

    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (wrk.isEmpty()) {
        QTextStream(stderr) << "bench: wrk is not installed (sudo apt-get install wrk)" << Qt::endl;
        return 1;
    }
    const int seconds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 10;

    out << "ImageBridge benchmark: image " << image.size() / 1024 << " KiB PNG ("
        << QByteArray::number(image.size() / 1048576.0, 'f', 2)
        << " MB), machine cores: " << QThread::idealThreadCount() << ", " << seconds
        << " s per run, wrk" << Qt::endl;

    QProcess fake;
    QProcess server;
    const auto [upstream, api] = startPair(fake, server, 0, imagePath);
    if (upstream.isEmpty() || api.isEmpty())
        return 1;
    const qint64 serverPid = server.processId();
    const qint64 idleAtStart = residentMemoryKiB(serverPid);
    const QByteArray upstreamBody =
        R"({"prompt":"bench","provider":"vertex","modelId":"imagen-3.0-fast-generate-001"})";
    const QByteArray apiBody = R"({"prompt":"bench","model":"vertex/imagen-3.0-fast"})";

    auto script = [&home](const char *name, const QByteArray &lua) {
        const QString path = home.filePath(QString::fromLatin1(name));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(lua);
        return path;
    };
    const QString directImage = script("direct-image.lua", wrkScript("POST", upstreamBody, false));
    const QString viaImage = script("via-image.lua", wrkScript("POST", apiBody, true));
    const QString directSmall = script("direct-small.lua", wrkScript("GET", {}, false));
    const QString viaModels = script("via-models.lua", wrkScript("GET", {}, true));
    QUrl models = api;
    models.setPath(QStringLiteral("/v1/models"));
    QUrl fakeRoot = upstream;
    fakeRoot.setPath(QStringLiteral("/"));

    ReferenceProxy proxy;
    QString noProxy;
    const bool proxied = proxy.start(home.filePath(QStringLiteral("nginx")), upstream, &noProxy);
    const QUrl proxyImage = proxy.front(upstream);

    runWrk(wrk, directImage, upstream, 4, 2); // warm-up: caches, connections, the store
    runWrk(wrk, viaImage, api, 4, 2);
    if (proxied)
        runWrk(wrk, directImage, proxyImage, 4, 2);

    Load directSmallLoad = runWrk(wrk, directSmall, fakeRoot, 50, seconds);
    directSmallLoad.failed = 0; // its 404 is the small answer measured
    const Load modelsLoad = runWrk(wrk, viaModels, models, 50, seconds);
    out << "GET /v1/models, 50 connections: ImageBridge " << describe(modelsLoad)
        << "\n    direct (the fake's small 404) " << describe(directSmallLoad) << Qt::endl;

    const double diskRate =
        keptImagesPerSecond(home.filePath(QStringLiteral("disk")), image, std::min(seconds, 3));
    out << QStringLiteral("the disk keeps %1 of these images/s as the store does (synced, %2 "
                          "writers): ImageBridge keeps every image, the direct rows keep none")
               .arg(diskRate, 0, 'f', 0)
               .arg(ImageStore::writerThreads)
        << Qt::endl;

    for (int connections : {1, 16, 64}) {
        const Load direct = runWrk(wrk, directImage, upstream, connections, seconds);
        const qint64 before = residentMemoryKiB(serverPid);
        resetPeakMemory(serverPid);
        const Load via = runWrk(wrk, viaImage, api, connections, seconds);
        const qint64 peak = peakMemoryKiB(serverPid);
        out << "image, " << connections << " connection(s): ImageBridge " << describe(via)
            << ", peak RSS " << mib(peak) << " (" << mib(before) << " before)"
            << "\n    direct " << describe(direct)
            << QStringLiteral("\n    ratio %1x, added p50 %2 ms, p99 %3x direct, max %4x own p50, "
                              "answers %5 vs %6 bytes")
                   .arg(ratio(via.requestsPerSecond, direct.requestsPerSecond), 0, 'f', 2)
                   .arg(via.p50 - direct.p50, 0, 'f', 2)
                   .arg(ratio(via.p99, direct.p99), 0, 'f', 2)
                   .arg(ratio(via.max, via.p50), 0, 'f', 2)
                   .arg(via.bytesPerAnswer)
                   .arg(direct.bytesPerAnswer)
            << Qt::endl;
        if (!proxied)
            continue;
        const Load forwarded = runWrk(wrk, directImage, proxyImage, connections, seconds);
        out << "    plain proxy (nginx " << proxy.version() << ", forwards only) "
            << describe(forwarded)
            << QStringLiteral("\n    plain proxy %1x direct, p99 %2x direct; ImageBridge %3x the "
                              "plain proxy")
                   .arg(ratio(forwarded.requestsPerSecond, direct.requestsPerSecond), 0, 'f', 2)
                   .arg(ratio(forwarded.p99, direct.p99), 0, 'f', 2)
                   .arg(ratio(via.requestsPerSecond, forwarded.requestsPerSecond), 0, 'f', 2)
            << Qt::endl;
    }
    if (!proxied)
        out << "(no plain-proxy rows: " << noProxy << ")" << Qt::endl;
    // The server gives freed memory back 2 s after its last image (ProcessMemory).
    QTimer::singleShot(3000, &app, &QCoreApplication::quit);
    app.exec();
    out << "server resident memory when idle: " << mib(idleAtStart) << " at start, "
        << mib(residentMemoryKiB(serverPid)) << " 3 s after the load" << Qt::endl;
    stop(server);
    stop(fake);

    for (const auto &[label, file, minimumBytes] :
         {std::tuple{"1.8 MB", imagePath, 1000000}, std::tuple{"small", smallImagePath, 1000}}) {
        QProcess slowFake;
        QProcess server2;
        const auto [slowUpstream, api2] = startPair(slowFake, server2, 1000, file);
        auto wallOf = [&](const QUrl &url, const QByteArray &body, bool auth, int *answered) {
            QElapsedTimer wall;
            wall.start();
            *answered = int(measure(url, body, auth, 64, 64, minimumBytes).size());
            return double(wall.nsecsElapsed()) / 1e6;
        };
        int directAnswered = 0;
        int viaAnswered = 0;
        const double directMs = wallOf(slowUpstream, upstreamBody, false, &directAnswered);
        const double viaMs = wallOf(api2, apiBody, true, &viaAnswered);
        out << QStringLiteral("64 concurrent generations against a 1 s upstream, %1 image: via "
                              "ImageBridge %2 ms (%3 answered); the upstream called directly %4 ms")
                   .arg(QLatin1String(label))
                   .arg(viaMs, 0, 'f', 0)
                   .arg(viaAnswered)
                   .arg(directMs, 0, 'f', 0)
            << Qt::endl;
        stop(server2);
        stop(slowFake);
    }
    out << "targets: models >= 20000 req/s; image ratio >= 0.8x at 16 and 64, added p50 <= 1 ms "
           "at 1, p99 <= 1.5x direct at 64, max <= 2x p50; peak RSS <= 100 MiB, idle <= 40 MiB; "
           "64 x 1 s in <= 1300 ms"
        << Qt::endl;
    return 0;
}
