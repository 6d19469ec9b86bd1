// imagebridge_bench: prints what the server costs. Not a test: it asserts nothing and
// prints figures. It starts the fake upstream and `imagebridge --serve` as separate
// processes, so that the measuring client does not share their event loop.
//
//   1. latency the server adds over calling the upstream directly, 1.5 MB image, at 1 and
//      16 concurrent clients (p50, p99);
//   2. wall time of 64 concurrent generations against a 1 s upstream;
//   3. the server's peak memory (VmHWM).
#include "FakeUpstream.h"
#include "PeakMemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <tuple>

namespace {
QTextStream out(stdout);
constexpr char key[] = "bench-key-0123456789";

struct Percentiles
{
    double p50 = 0;
    double p99 = 0;
};

Percentiles percentiles(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    auto at = [&samples](double q) {
        return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(q * samples.size())));
    };
    return {at(0.50), at(0.99)};
}

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString dir = QCoreApplication::applicationDirPath();
    const QString fakeProgram = dir + QLatin1String("/../fakeupstream/imagebridge-fake-upstream");
    const QString serverProgram = dir + QLatin1String("/../../src/app/imagebridge");
    QTemporaryDir home;

    // A photo-like PNG of about 1.5 MB.
    const QByteArray image = FakeUpstream::makeImage(800, "png", 7);
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
    const QByteArray smallImage = FakeUpstream::makeImage(128, "png", 8);
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
        QUrl api(QString::fromLatin1(serverLine.mid(serverLine.indexOf("http"))).trimmed());
        api.setPath(QStringLiteral("/v1/images/generations"));
        return {upstream, api};
    };
    auto stop = [](QProcess &p) {
        p.terminate();
        if (!p.waitForFinished(5000))
            p.kill();
    };

    out << "ImageBridge benchmark: image " << image.size() / 1024 << " KiB PNG ("
        << QByteArray::number(image.size() / 1048576.0, 'f', 2)
        << " MB), machine cores: " << QThread::idealThreadCount() << Qt::endl;

    QProcess fake;
    QProcess server;
    const auto [upstream, api] = startPair(fake, server, 0, imagePath);
    if (upstream.isEmpty() || api.isEmpty())
        return 1;
    const QByteArray upstreamBody =
        R"({"prompt":"bench","provider":"vertex","modelId":"imagen-3.0-fast-generate-001"})";
    const QByteArray apiBody = R"({"prompt":"bench","model":"vertex/imagen-3.0-fast"})";

    measure(upstream, upstreamBody, false, 4, 40); // warm-up
    measure(api, apiBody, true, 4, 40);
    for (int concurrency : {1, 16}) {
        const int total = concurrency == 1 ? 200 : 640;
        const Percentiles direct =
            percentiles(measure(upstream, upstreamBody, false, concurrency, total));
        const Percentiles through = percentiles(measure(api, apiBody, true, concurrency, total));
        out << QStringLiteral("latency, %1 client(s), %2 requests: direct p50 %3 ms p99 %4 ms | "
                              "via ImageBridge p50 %5 ms p99 %6 ms | added p50 %7 ms p99 %8 ms")
                   .arg(concurrency)
                   .arg(total)
                   .arg(direct.p50, 0, 'f', 2)
                   .arg(direct.p99, 0, 'f', 2)
                   .arg(through.p50, 0, 'f', 2)
                   .arg(through.p99, 0, 'f', 2)
                   .arg(through.p50 - direct.p50, 0, 'f', 2)
                   .arg(through.p99 - direct.p99, 0, 'f', 2)
            << Qt::endl;
    }
    const qint64 peakAfterLatency = peakMemoryKiB(server.processId());
    stop(server);
    stop(fake);

    qint64 peakAfter64 = 0;
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
        if (file == imagePath)
            peakAfter64 = peakMemoryKiB(server2.processId());
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
    out << QStringLiteral("server peak memory (VmHWM): %1 MiB after the latency runs, %2 MiB after "
                          "the 64-way run")
               .arg(peakAfterLatency / 1024.0, 0, 'f', 1)
               .arg(peakAfter64 / 1024.0, 0, 'f', 1)
        << Qt::endl;
    out << "targets: added p50 <= 2 ms; 64 x 1 s in <= 1300 ms" << Qt::endl;
    return 0;
}
