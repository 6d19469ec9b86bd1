// imagebridge-fake-upstream: the test upstream as a program, to try ImageBridge offline.
#include "FakeUpstream.h"
#include "TestImages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <algorithm>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local stand-in for the AI SDK Image Generator upstream. Put [fault:NAME] in a prompt "
        "to inject a fault (RateLimited, ServerError, BadGateway, Unavailable, GatewayTimeout, "
        "Hang, Reset, TruncatedJson, NonJson, MissingImage, InvalidBase64, NotAnImage, "
        "AccessDenied, "
        "QuotaExceeded, UnsafeContent, ProviderFailure)."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port (default 0: a free one)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption delay(QStringLiteral("delay"),
                                   QStringLiteral("Delay before each answer, in ms."),
                                   QStringLiteral("ms"), QStringLiteral("800"));
    const QCommandLineOption side(QStringLiteral("image-size"),
                                  QStringLiteral("Image side in pixels."), QStringLiteral("pixels"),
                                  QStringLiteral("1024"));
    const QCommandLineOption file(QStringLiteral("image-file"),
                                  QStringLiteral("Answer every request with this image file."),
                                  QStringLiteral("path"));
    const QCommandLineOption botCheck(
        QStringLiteral("bot-check"),
        QStringLiteral("Refuse every POST as the public site's Vercel BotID does (403)."));
    const QCommandLineOption dailyLimit(
        QStringLiteral("daily-limit"),
        QStringLiteral("Allow each client address N POSTs, then answer 429 as the public "
                       "site's middleware does (every POST counts, failed ones too)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption writeImages(
        QStringLiteral("write-images"),
        QStringLiteral("Write the test image as image.png, image.webp and image.jpeg into DIR "
                       "(for the fake providers of the template app) and exit."),
        QStringLiteral("DIR"));
    parser.addOptions({port, delay, side, file, botCheck, dailyLimit, writeImages});
    parser.process(app);
    if (parser.isSet(writeImages)) {
        const int pixels = std::clamp(parser.value(side).toInt(), 16, 4096);
        for (const char *format : {"png", "webp", "jpeg"}) {
            QFile out(QDir(parser.value(writeImages))
                          .filePath(QStringLiteral("image.") + QLatin1String(format)));
            if (!out.open(QIODevice::WriteOnly) ||
                out.write(makeTestImage(pixels, format, 7)) <= 0) {
                QTextStream(stderr)
                    << "imagebridge-fake-upstream: cannot write " << out.fileName() << Qt::endl;
                return 1;
            }
        }
        return 0;
    }

    FakeUpstream upstream;
    upstream.setDelayMs(parser.value(delay).toInt());
    upstream.setImageSide(std::clamp(parser.value(side).toInt(), 16, 4096));
    upstream.setBotCheck(parser.isSet(botCheck));
    upstream.setDailyLimit(std::max(0, parser.value(dailyLimit).toInt()));
    if (parser.isSet(file)) {
        QFile image(parser.value(file));
        if (!image.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "imagebridge-fake-upstream: cannot read " << parser.value(file)
                                << Qt::endl;
            return 1;
        }
        upstream.setImageOverride(image.readAll());
    }
    if (!upstream.listen(quint16(parser.value(port).toUInt()))) {
        QTextStream(stderr) << "imagebridge-fake-upstream: cannot listen on port "
                            << parser.value(port) << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "Fake upstream at " << upstream.endpoint().toString() << Qt::endl;
    return QCoreApplication::exec();
}
