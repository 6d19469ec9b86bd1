#include "GenerateCommand.h"

#include "AppContext.h"
#include "BuildInfo.h"
#include "CommandLine.h"
#include "SignalWatcher.h"
#include "common/SaveFile.h"
#include "generation/GenerationJob.h"
#include "generation/RequestLog.h"
#include "generation/RequestLogRecorder.h"
#include "image/Base64.h"
#include "store/ImageStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)
};

// A file name from the first words of the prompt.
QString slug(const QString &prompt)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
    QString s = prompt.toLower().left(48);
    s.replace(unsafe, QStringLiteral("-"));
    s = s.mid(s.startsWith(QLatin1Char('-')) ? 1 : 0);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("image") : s;
}

// A name neither on disk nor given to another image of this run (files come later).
QString uniquePath(const QDir &dir, const QString &base, const QString &extension,
                   const QSet<QString> &given)
{
    QString path = dir.filePath(base + QLatin1Char('.') + extension);
    for (int i = 2; QFile::exists(path) || given.contains(path); ++i)
        path = dir.filePath(QStringLiteral("%1-%2.%3").arg(base).arg(i).arg(extension));
    return path;
}

// The image as the gallery keeps it (on disk before the job delivers it) is the same file,
// metadata and all, when it was not converted: copied instead of decoded a second time.
bool writeImage(const QString &path, const GeneratedImage &image, ImageStore &store, QString *error)
{
    if (image.type == image.originalType) {
        if (const auto record = store.find(image.imageId)) {
            QFile source(record->filePath);
            if (source.copy(path))
                return true;
        }
    }
    return saveFileAtomically(path, Base64::decode(image.base64), error);
}

// What the command line asks the job to make.
GenerationRequest makeRequest(const CommandLine &cl, const ModelInfo &model)
{
    GenerationRequest request;
    request.prompt = cl.prompt;
    request.model = model;
    request.n = cl.count;
    request.source = QLatin1String(ImageRecord::sourceCli);
    request.outputType = ImageFormat::fromName(cl.format);
    request.shape = cl.size;
    return request;
}

// A line on stderr for every retry the job schedules.
void reportRetries(const GenerationJob &job, QTextStream &err, const UpstreamClient &upstream)
{
    QObject::connect(&job, &GenerationJob::retryScheduled, &job,
                     [&err, &upstream](int index, int next, int delayMs, const UpstreamError &e) {
                         err << Tr::tr("image %1: %2 Retrying in %3 s (attempt %4 of %5).")
                                    .arg(index + 1)
                                    .arg(e.message)
                                    .arg(delayMs / 1000.0, 0, 'f', 1)
                                    .arg(next)
                                    .arg(upstream.retryPolicy().maxAttempts)
                             << Qt::endl;
                     });
}

// Each image as it comes: a copy in `outDir` named after the prompt, its path on stdout;
// *written counts the copies.
void writeCopies(const GenerationJob &job, const QDir &outDir, const QString &prompt,
                 ImageStore &store, QTextStream &out, QTextStream &err, int *written)
{
    auto saveCopy = [&outDir, &store, &out, &err, written, base = slug(prompt),
                     given = QSet<QString>()](const GeneratedImage &image) mutable {
        const QString path = uniquePath(outDir, base, ImageFormat::extension(image.type), given);
        given.insert(path);
        QString fileError;
        if (writeImage(path, image, store, &fileError)) {
            ++*written;
            out << QDir::toNativeSeparators(path) << Qt::endl;
            err << Tr::tr("image %1 done in %2 s")
                       .arg(image.index + 1)
                       .arg(image.elapsedMs / 1000.0, 0, 'f', 1)
                << Qt::endl;
        } else {
            err << BuildInfo::executableName << ": "
                << Tr::tr("cannot write %1: %2").arg(path, fileError) << Qt::endl;
        }
    };
    QObject::connect(&job, &GenerationJob::imageReady, &job, saveCopy);
}

// A line on stderr for every image that could not be made.
void reportFailures(const GenerationJob &job, QTextStream &err)
{
    QObject::connect(
        &job, &GenerationJob::imageFailed, &job, [&err](int index, const UpstreamError &e) {
            err << BuildInfo::executableName << ": "
                << Tr::tr("image %1 failed: %2").arg(index + 1).arg(e.message) << Qt::endl;
        });
}
} // namespace

int runGenerateCommand(const CommandLine &cl, AppContext &context)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto fail = [&err](const QString &message) {
        err << BuildInfo::executableName << ": " << message << Qt::endl;
        return 1;
    };

    QString error;
    const auto model =
        context.catalog().resolve(cl.model.isEmpty() ? context.defaultModel() : cl.model, &error);
    if (!model)
        return fail(error + QLatin1Char(' ') + Tr::tr("(imagebridge --list-models shows the ids)"));
    QDir outDir(cl.outputDir.isEmpty() ? QDir::currentPath() : cl.outputDir);
    if (!outDir.mkpath(QStringLiteral(".")))
        return fail(Tr::tr("cannot create the folder %1").arg(outDir.path()));

    const GenerationRequest request = makeRequest(cl, *model);
    GenerationJob job(&context.upstream(), &context.store(), request);
    const quint64 logSerial = RequestLogRecorder::record(&context.log(), &job, Tr::tr("generate"));
    err << Tr::tr("Generating %n image(s) with %1...", nullptr, request.n).arg(model->id)
        << Qt::endl;
    reportRetries(job, err, context.upstream());
    int written = 0;
    writeCopies(job, outDir, cl.prompt, context.store(), out, err, &written);
    reportFailures(job, err);
    QObject::connect(&job, &GenerationJob::finished, qApp, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &job,
                     [&job] { job.cancel(); });

    job.start();
    QCoreApplication::exec();
    // Last, the line the server prints for each request: attempts, latency, size, outcome.
    if (const RequestLogEntry *entry = context.log().entry(logSerial))
        err << entry->summaryLine() << Qt::endl;
    if (written == 0)
        return 1;
    return written == request.n ? 0 : 3;
}
