#include "BuildInfo.h"
#include "FakeProviders.h"
#include "FakeUpstream.h"
#include "LineWriter.h"
#include "image/ImageFormat.h"
#include "keys/ProviderKeys.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

// The imagebridge executable as a user runs it, against the fake upstream.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void version();
    void generateWritesImages();
    void generateFailureIsOneLine();
    void generateThroughADirectSource();
    void everyCatalogModelThroughItsDirectSource();
    void gridWritesASheetAndKeepsTheImages();
    void usageErrors_data();
    void usageErrors();
    void sourcesListsEachProvidersFailoverOrder();
    void serveRefusesTakenPort();
    void serveStopsOnSigterm();
    void lineWriterNeverBlocksOnAStalledReader();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments, int timeoutMs = 20000);
    QProcessEnvironment environment() const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeUpstream> m_fake;
    QProcessEnvironment m_extraEnvironment; // this test's own variables
};

void TestCli::init()
{
    m_extraEnvironment = {};
    m_home = std::make_unique<QTemporaryDir>();
    m_fake = std::make_unique<FakeUpstream>();
    m_fake->setImageSide(32);
    QVERIFY(m_fake->listen());
}

QProcessEnvironment TestCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    // Explicit on every system: on Windows HOME and XDG_* do not move the settings (registry)
    // or the data folder.
    env.insert(QStringLiteral("IMAGEBRIDGE_SETTINGS_FILE"),
               m_home->filePath(QStringLiteral("config/ImageBridge.ini")));
    env.insert(QStringLiteral("IMAGEBRIDGE_DATA_DIR"),
               m_home->filePath(QStringLiteral("data/images")));
    env.insert(QStringLiteral("IMAGEBRIDGE_UPSTREAM_URL"), m_fake->endpoint().toString());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("imagebridge.*.info=false"));
    env.remove(QStringLiteral("IMAGEBRIDGE_API_KEY"));
    for (const QString &name : ProviderKeys::variableNames())
        env.remove(name); // the host's own keys never reach a test
    for (const QString &name : m_extraEnvironment.keys())
        env.insert(name, m_extraEnvironment.value(name));
    return env;
}

TestCli::Run TestCli::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(IMAGEBRIDGE_BINARY), arguments);
    process.closeWriteChannel(); // stdin at its end, for commands that read it
    Run result;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("ImageBridge ") + BuildInfo::version);
}

void TestCli::generateWritesImages()
{
    QTemporaryDir out;
    const Run r =
        run({QStringLiteral("generate"), QStringLiteral("A red fox, at dawn!"),
             QStringLiteral("-m"), QStringLiteral("vertex/imagen-3.0-fast"), QStringLiteral("-n"),
             QStringLiteral("2"), QStringLiteral("-o"), out.path()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> paths = r.out.trimmed().split('\n');
    QCOMPARE(paths.size(), 2);
    QVERIFY(paths.first().trimmed() != paths.last().trimmed());
    // The gallery has them too, the very same files.
    QList<QByteArray> gallery;
    QDirIterator it(m_home->filePath(QStringLiteral("data/images/images")), {"*.png"}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        gallery.append(file.readAll());
    }
    QCOMPARE(gallery.size(), 2);
    for (const QByteArray &line : paths) {
        const QByteArray path = line.trimmed(); // "\r\n" on Windows
        QVERIFY(path.contains("a-red-fox-at-dawn"));
        QFile file(QString::fromLocal8Bit(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(ImageFormat::sniff(bytes), ImageType::Png);
        QVERIFY(gallery.contains(bytes));
    }
    QCOMPARE(m_fake->requestCount(), 2);
    QCOMPARE(m_fake->received().first().modelId, QStringLiteral("imagen-3.0-fast-generate-001"));
    // The request log's line, last, as --serve prints one for each request.
    const QByteArray summary = r.err.trimmed().split('\n').last();
    QVERIFY2(summary.contains(" CLI - generate 200 model=vertex/imagen-3.0-fast attempts=2 "),
             summary.constData());
}

// The template's .env.local and --source openai=direct: the size asked is the size made, and
// a wrong key is one line naming the variable, never the key.
void TestCli::generateThroughADirectSource()
{
    FakeProviders providers;
    QVERIFY(providers.listen());
    providers.setKey(QStringLiteral("openai"), "sk-cli-test-key-123");
    m_extraEnvironment.insert(QStringLiteral("IMAGEBRIDGE_OPENAI_BASE_URL"),
                              providers.baseUrl(QStringLiteral("openai")).toString());
    QFile envFile(m_home->filePath(QStringLiteral(".env.local")));
    QVERIFY(envFile.open(QIODevice::WriteOnly));
    envFile.write("OPENAI_API_KEY=\"sk-cli-test-key-123\"\n");
    envFile.close();
    QTemporaryDir out;
    const QStringList arguments{QStringLiteral("generate"),   QStringLiteral("A red fox"),
                                QStringLiteral("-m"),         QStringLiteral("openai/dall-e-2"),
                                QStringLiteral("--source"),   QStringLiteral("openai=direct"),
                                QStringLiteral("--env-file"), envFile.fileName(),
                                QStringLiteral("--size"),     QStringLiteral("512x512"),
                                QStringLiteral("-o"),         out.path()};
    Run r = run(arguments);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QImage(QString::fromLocal8Bit(r.out.trimmed())).size(), QSize(512, 512));
    QCOMPARE(providers.generations(QStringLiteral("openai")), 1);

    QVERIFY(envFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    envFile.write("OPENAI_API_KEY=sk-revoked-cli-key\n");
    envFile.close();
    r = run(arguments);
    QCOMPARE(r.exitCode, 1);
    // The last line says why, naming the variable; no line quotes the key.
    QVERIFY2(r.err.trimmed().split('\n').last().contains("OPENAI_API_KEY"), r.err.constData());
    QVERIFY2(!r.err.contains("sk-revoked-cli-key"), r.err.constData());
}

// The template's .env.local (Google's key on one line, with literal \n) and --source for
// each provider: every catalog model generates through its provider's API, 16:9 where the
// model can (DALL-E 2 makes squares), with one billed call each.
void TestCli::everyCatalogModelThroughItsDirectSource()
{
    FakeProviders providers;
    QVERIFY(providers.listen());
    const QHash<QString, QString> keys = providers.acceptTestKeys();
    QVERIFY(!keys.isEmpty());
    m_extraEnvironment.insert(QStringLiteral("IMAGEBRIDGE_GOOGLE_TOKEN_URL"),
                              providers.tokenUrl().toString());
    QFile envFile(m_home->filePath(QStringLiteral(".env.local")));
    QVERIFY(envFile.open(QIODevice::WriteOnly));
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        QString value = it.value();
        envFile.write(it.key().toUtf8() + "=\"" +
                      value.replace(QLatin1Char('\n'), QLatin1String("\\n")).toUtf8() + "\"\n");
    }
    envFile.close();
    QStringList common{QStringLiteral("--env-file"), envFile.fileName(), QStringLiteral("--size"),
                       QStringLiteral("16:9")};
    for (const QString &source : providers.directSources())
        common << QStringLiteral("--source") << source;

    const Run list = run({QStringLiteral("--list-models")});
    QCOMPARE(list.exitCode, 0);
    QStringList models;
    for (const QByteArray &line : list.out.split('\n')) {
        if (!line.trimmed().isEmpty() && !line.contains("(alias of "))
            models.append(QString::fromUtf8(line.split('\t').first().split(' ').first()));
    }
    QVERIFY(models.size() >= 23);
    QTemporaryDir out;
    for (const QString &model : std::as_const(models)) {
        const Run r =
            run(QStringList{QStringLiteral("generate"), QStringLiteral("a wide bay"),
                            QStringLiteral("-m"), model, QStringLiteral("-o"), out.path()} +
                common);
        QVERIFY2(r.exitCode == 0, qPrintable(model + QLatin1String(": ") + r.err));
        const QSize size = QImage(QString::fromLocal8Bit(r.out.trimmed())).size();
        const bool squareOnly = model == QLatin1String("openai/dall-e-2");
        QVERIFY2(squareOnly ? size.width() == size.height() : size.width() > size.height(),
                 qPrintable(model));
    }
    QCOMPARE(providers.counts().generations, int(models.size()));
}

void TestCli::generateFailureIsOneLine()
{
    m_fake->queueFault(FakeUpstream::Fault::BadRequest);
    QTemporaryDir out;
    const Run r = run(
        {QStringLiteral("generate"), QStringLiteral("doomed"), QStringLiteral("-o"), out.path()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    const QList<QByteArray> errors = r.err.split('\n');
    const auto failures = std::count_if(errors.cbegin(), errors.cend(), [](const QByteArray &line) {
        return line.startsWith("imagebridge: ");
    });
    QCOMPARE(failures, 1);
    QVERIFY(r.err.contains("HTTP 400"));
    QVERIFY(r.err.trimmed().split('\n').last().contains(" CLI - generate 502 "));
    QVERIFY(QDir(out.path()).isEmpty());
}

void TestCli::gridWritesASheetAndKeepsTheImages()
{
    QTemporaryDir dir;
    const QString prompts = dir.filePath(QStringLiteral("prompts.txt"));
    QFile file(prompts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a red fox\n# not a prompt\n\na lighthouse [fault:badrequest]\n");
    file.close();
    const QString sheet = dir.filePath(QStringLiteral("sheet.png"));
    const Run r =
        run({QStringLiteral("grid"), QStringLiteral("--prompts"), prompts,
             QStringLiteral("--models"), QStringLiteral("dall-e-3,vertex/imagen-3.0-fast"),
             QStringLiteral("--samples"), QStringLiteral("2"), QStringLiteral("--concurrency"),
             QStringLiteral("3"), QStringLiteral("-o"), sheet});
    // The second prompt fails on every model: some cells made, so exit code 3.
    QVERIFY2(r.exitCode == 3, r.err.constData());
    QCOMPARE(QString::fromLocal8Bit(r.out.trimmed()), QDir::toNativeSeparators(sheet));
    QCOMPARE(m_fake->requestCount(), 8);
    QVERIFY(m_fake->peakInFlight() <= 3);
    QVERIFY(r.err.contains("[8/8]"));
    QVERIFY(r.err.contains("failed"));
    const QImage image(sheet);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 4 * 256 && image.height() > 2 * 256);
    // Every made image is in the gallery.
    QVERIFY(QFile::exists(m_home->filePath(QStringLiteral("data/images/index.sqlite"))));

    // HTML instead, with every cell made: exit code 0.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("a blue whale\n");
    file.close();
    const QString page = dir.filePath(QStringLiteral("grid.html"));
    const Run html = run({QStringLiteral("grid"), QStringLiteral("--prompts"), prompts,
                          QStringLiteral("--models"), QStringLiteral("replicate/flux-schnell"),
                          QStringLiteral("-o"), page});
    QVERIFY2(html.exitCode == 0, html.err.constData());
    QFile written(page);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("data:image/jpeg;base64,"));
}

// --source entries in their order, a provider left out served by --upstream; the same
// from IMAGEBRIDGE_SOURCES.
void TestCli::sourcesListsEachProvidersFailoverOrder()
{
    const Run r =
        run({QStringLiteral("sources"), QStringLiteral("--upstream"),
             QStringLiteral("http://127.0.0.1:9/api/generate-images"), QStringLiteral("--source"),
             QStringLiteral("replicate=deployment:http://127.0.0.1:3000/api/generate-images"),
             QStringLiteral("--source"), QStringLiteral("replicate=public")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(0).startsWith("replicate: 1. deployment http://127.0.0.1:3000/"),
             lines.at(0));
    QVERIFY2(lines.at(1).contains("2. public https://ai-sdk-image-generator.vercel.app/"),
             lines.at(1));
    QVERIFY2(lines.at(1).contains("Vercel BotID"), lines.at(1));
    QVERIFY2(lines.at(2).startsWith("vertex:    1. deployment http://127.0.0.1:9/"), lines.at(2));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("n too big") << QStringList{"generate", "x", "-n", "11"} << 2;
    QTest::newRow("no prompt") << QStringList{"generate"} << 2;
    QTest::newRow("unknown command") << QStringList{"paint", "x"} << 2;
    QTest::newRow("bad port") << QStringList{"--serve", "--port", "70000"} << 2;
    QTest::newRow("bad host") << QStringList{"--serve", "--host", "my-pc"} << 2;
    QTest::newRow("bad upstream") << QStringList{"--serve", "--upstream", "ftp://x"} << 2;
    QTest::newRow("short key") << QStringList{"--serve", "--key", "1"} << 2;
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << 2;
    QTest::newRow("unknown model") << QStringList{"generate", "x", "-m", "nope/nope"} << 1;
    QTest::newRow("grid without prompts")
        << QStringList{"grid", "--models", "dall-e-3", "-o", "x.png"} << 2;
    QTest::newRow("grid prompts missing")
        << QStringList{"grid", "--prompts", "/nonexistent", "--models", "dall-e-3", "-o", "x.png"}
        << 2;
    QTest::newRow("grid unknown model")
        << QStringList{"grid", "--prompts", "-", "--models", "nope/nope", "-o", "x.png"} << 2;
    QTest::newRow("grid samples") << QStringList{"grid",     "--prompts", "p",
                                                 "--models", "dall-e-3",  "--samples",
                                                 "11",       "-o",        "x.png"}
                                  << 2;
    QTest::newRow("samples without grid") << QStringList{"generate", "x", "--samples", "2"} << 2;
    QTest::newRow("bad source provider")
        << QStringList{"sources", "--source", "midjourney=public"} << 2;
    QTest::newRow("bad source kind") << QStringList{"sources", "--source", "openai=local"} << 2;
    QTest::newRow("bad source url")
        << QStringList{"--serve", "--source", "openai=deployment:ftp://x"} << 2;
    QTest::newRow("sources with arguments") << QStringList{"sources", "x"} << 2;
    QTest::newRow("bad catalog") << QStringList{"--list-models", "--catalog", "/nonexistent.json"}
                                 << 1;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.err.trimmed().count('\n'), 0); // one line
    QVERIFY(r.err.startsWith("imagebridge: "));
    for (const QString &argument : arguments) { // the line names the option that is wrong
        if (argument == QLatin1String("--host") || argument == QLatin1String("--port"))
            QVERIFY2(r.err.contains(argument.toLatin1()), r.err.constData());
    }
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestCli::serveRefusesTakenPort()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    const Run r = run(
        {QStringLiteral("--serve"), QStringLiteral("--port"), QString::number(taken.serverPort())});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(
        QByteArray("Cannot listen on 127.0.0.1:" + QByteArray::number(taken.serverPort()))));
    QVERIFY(r.err.contains("--port"));
}

void TestCli::serveStopsOnSigterm()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGTERM is a Unix signal");
#else
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(IMAGEBRIDGE_BINARY),
                  {QStringLiteral("--serve"), QStringLiteral("--port"), QStringLiteral("0")});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("Press Ctrl+C"),
                             10000);
    QVERIFY(out.contains("serving the OpenAI-compatible API at http://127.0.0.1:"));
    QVERIFY(out.contains("API key: ib-")); // generated on first run, never the Worker's "1"
    ::kill(pid_t(process.processId()), SIGTERM);
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
#endif
}

void TestCli::lineWriterNeverBlocksOnAStalledReader()
{
    int fds[2];
#ifdef Q_OS_WIN
    QCOMPARE(_pipe(fds, 4096, _O_BINARY), 0);
#else
    QCOMPARE(pipe(fds), 0);
#endif
    QByteArray read;
    std::thread reader;
    qint64 leftOut = 0;
    {
        LineWriter writer(fds[1], 100);
        // Nobody reads yet: the pipe fills, 100 lines wait, the rest are left out. Had a
        // write blocked, the test would hang here.
        for (int i = 0; i < 5000; ++i)
            writer.write(QStringLiteral("line %1 %2").arg(i).arg(QString(40, QLatin1Char('.'))));
        leftOut = writer.leftOut();
        QVERIFY(leftOut > 0);
        QVERIFY(leftOut < 5000);
        reader = std::thread([&read, fd = fds[0]] {
            char buffer[4096];
#ifdef Q_OS_WIN
            for (int n; (n = _read(fd, buffer, sizeof buffer)) > 0;)
#else
            for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
#endif
                read.append(buffer, n);
        });
    } // written out before the writer goes
#ifdef Q_OS_WIN
    _close(fds[1]);
#else
    ::close(fds[1]);
#endif
    reader.join();
    // The lines taken, in order, and where some were left out, a line saying how many.
    QVERIFY2(read.startsWith("line 0 "), read.left(200).constData());
    QVERIFY(read.endsWith('\n'));
    qint64 counted = 0;
    int taken = 0;
    int previous = -1;
    const QByteArray notice = " line(s) left out: the output was not being read)";
    for (const QByteArray &line : read.chopped(1).split('\n')) {
        if (line.startsWith('(') && line.endsWith(notice)) {
            counted += line.mid(1, line.size() - 1 - notice.size()).toLongLong();
            continue;
        }
        QVERIFY2(line.startsWith("line "), line.constData());
        const int number = line.split(' ').value(1).toInt();
        QVERIFY(number > previous);
        previous = number;
        ++taken;
    }
    QCOMPARE(counted, leftOut);
    QCOMPARE(taken, 5000 - leftOut);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
