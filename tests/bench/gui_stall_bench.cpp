// The GUI stall benchmark: does serving API clients freeze the studio?
//
// Starts the studio window (offscreen when there is no display) over a fake upstream in
// its own process, turns its API server on, and has 16 API clients in another thread
// generate 1.5 MB images for 20 s (or the seconds given as the first argument). Meanwhile
// a 1 ms timer on the GUI thread measures how late the event loop runs it. Prints:
//   gui stall: p99 X ms, max Y ms over N samples while serving M images
// Not a test: run it by hand (see README, "Benchmark").

#include "AppContext.h"
#include "Appearance.h"
#include "MainWindow.h"
#include "TestImages.h"
#include "server/ServerController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

namespace {
constexpr char key[] = "stall-bench-key";
constexpr int clients = 16;

// Keeps `clients` requests in flight until stopped. Lives in its own thread. Several
// network managers, because one opens at most six connections to a host.
class ApiLoad : public QObject
{
public:
    explicit ApiLoad(const QUrl &url)
        : m_url(url)
    {}

    void start()
    {
        for (int i = 0; i < clients; ++i) {
            if (i % 6 == 0)
                m_managers.push_back(std::make_unique<QNetworkAccessManager>());
            send(m_managers.back().get());
        }
    }
    void stop() { m_stopping = true; }
    int images() const { return m_images.load(); }
    int failures() const { return m_failures.load(); }
    bool idle() const { return m_inFlight.load() == 0; }

private:
    void send(QNetworkAccessManager *manager)
    {
        QNetworkRequest request(m_url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", QByteArray("Bearer ") + key);
        ++m_inFlight;
        QNetworkReply *reply = manager->post(
            request,
            QByteArrayLiteral(R"({"prompt":"stall bench","model":"vertex/imagen-3.0-fast"})"));
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply, manager] {
            const bool ok = reply->error() == QNetworkReply::NoError && reply->size() > 1000000;
            reply->readAll();
            reply->deleteLater();
            ++(ok ? m_images : m_failures);
            --m_inFlight;
            if (!m_stopping)
                send(manager);
        });
    }

    QUrl m_url;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    bool m_stopping = false;
    std::atomic<int> m_images{0};
    std::atomic<int> m_failures{0};
    std::atomic<int> m_inFlight{0};
};

double percentile(QList<double> samples, double q)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(q * samples.size())));
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int seconds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 20;

    QTemporaryDir home;
    const QByteArray image = makeTestImage(800, "png", 7); // about 1.5 MB
    const QString imagePath = home.filePath(QStringLiteral("image.png"));
    QFile imageFile(imagePath);
    if (!imageFile.open(QIODevice::WriteOnly) || imageFile.write(image) != image.size())
        return 1;
    imageFile.close();

    // The fake upstream in its own process, so its work does not count against the GUI.
    QProcess fake;
    fake.start(QStringLiteral(FAKE_UPSTREAM_PROGRAM),
               {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--delay"),
                QStringLiteral("0"), QStringLiteral("--image-file"), imagePath});
    QByteArray banner;
    QElapsedTimer wait;
    wait.start();
    while (!banner.contains('\n') && wait.elapsed() < 15000 && fake.waitForReadyRead(1000))
        banner += fake.readAllStandardOutput();
    const qsizetype at = banner.indexOf("http");
    if (at < 0) {
        err << "gui_stall_bench: the fake upstream did not start" << Qt::endl;
        return 1;
    }
    const QUrl upstream(
        QString::fromLatin1(banner.mid(at, banner.indexOf('\n', at) - at)).trimmed());

    AppOptions options;
    options.settingsFile = home.filePath(QStringLiteral("settings.ini"));
    options.dataFolder = home.filePath(QStringLiteral("gallery"));
    options.upstream = upstream;
    options.port = 0;
    options.apiKey = QString::fromLatin1(key);
    QString error;
    const auto context = AppContext::create(options, &error);
    if (!context) {
        err << "gui_stall_bench: " << error << Qt::endl;
        return 1;
    }
    context->settings().setStartServerWithApp(false);
    Appearance appearance;
    appearance.applyTheme(AppSettings::Theme::Light);
    MainWindow window(*context, &appearance);
    window.resize(1280, 800);
    window.show();
    if (!window.server()->start()) {
        err << "gui_stall_bench: " << window.server()->lastError() << Qt::endl;
        return 1;
    }
    QUrl api = window.server()->baseUrl();
    api.setPath(QStringLiteral("/v1/images/generations"));

    QThread loadThread;
    ApiLoad load(api);
    load.moveToThread(&loadThread);
    loadThread.start();

    // The lateness of a 1 ms timer on the GUI thread.
    QList<double> lateness;
    QElapsedTimer clock;
    QTimer sampler;
    sampler.setTimerType(Qt::PreciseTimer);
    sampler.setInterval(1);
    qint64 last = 0;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.append(std::max(0.0, (now - last) / 1e6 - 1.0));
        last = now;
    });
    QTimer::singleShot(0, &load, [&load] { load.start(); });
    clock.start();
    sampler.start();
    QTimer::singleShot(seconds * 1000, &app, [&] {
        sampler.stop();
        QMetaObject::invokeMethod(&load, [&load] { load.stop(); });
        app.quit();
    });
    app.exec();

    // Let the requests in flight end before the server and the window go.
    QElapsedTimer drain;
    drain.start();
    while (!load.idle() && drain.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    loadThread.quit();
    loadThread.wait();
    window.server()->stop();
    fake.terminate();
    fake.waitForFinished(5000);

    if (!lateness.isEmpty())
        lateness.removeFirst(); // the first interval includes the start
    double max = 0;
    for (double l : std::as_const(lateness))
        max = std::max(max, l);
    out << QStringLiteral("gui stall: p99 %1 ms, max %2 ms over %3 samples while serving %4 images")
               .arg(percentile(lateness, 0.99), 0, 'f', 1)
               .arg(max, 0, 'f', 1)
               .arg(lateness.size())
               .arg(load.images())
        << Qt::endl;
    if (load.failures() > 0)
        err << "gui_stall_bench: " << load.failures() << " requests failed" << Qt::endl;
    return load.images() > 0 ? 0 : 1;
}
