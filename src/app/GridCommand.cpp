#include "GridCommand.h"

#include "AppContext.h"
#include "BuildInfo.h"
#include "CommandLine.h"
#include "SignalWatcher.h"
#include "common/SaveFile.h"
#include "grid/ContactSheet.h"
#include "grid/GridRunner.h"
#include "grid/GridRuns.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QTextStream>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GridCommand)
};

constexpr qint64 maxPromptsFile = 1024 * 1024;

// One prompt per line; blank lines and lines starting with '#' are skipped.
bool readPrompts(const QString &path, QStringList *prompts, QString *error)
{
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(maxPromptsFile + 1);
    if (bytes.size() > maxPromptsFile) {
        *error = Tr::tr("%1 is larger than 1 MiB").arg(path);
        return false;
    }
    for (const QString &line : QString::fromUtf8(bytes).split(QLatin1Char('\n'))) {
        const QString prompt = line.trimmed();
        if (!prompt.isEmpty() && !prompt.startsWith(QLatin1Char('#')))
            prompts->append(prompt);
    }
    if (prompts->isEmpty()) {
        *error = Tr::tr("%1 holds no prompts (one per line)").arg(path);
        return false;
    }
    return true;
}

bool writeSheet(const ContactSheet::Input &input, const QString &path, QString *error)
{
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
        path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive)) {
        bytes = ContactSheet::html(input);
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!QImageWriter(&buffer, "png").write(ContactSheet::render(input))) {
            *error = Tr::tr("cannot encode the contact sheet");
            return false;
        }
    }
    return saveFileAtomically(path, bytes, error);
}

// One line to stderr, after the program's name.
void say(QTextStream &err, const QString &message)
{
    err << BuildInfo::executableName << ": " << message << Qt::endl;
}

// The catalog's ids and names of the models asked for; false, with *error, on an unknown one.
bool resolveModels(const ModelCatalog &catalog, const QStringList &ids, QStringList *models,
                   QStringList *names, QString *error)
{
    for (const QString &id : ids) {
        const auto model = catalog.resolve(id, error);
        if (!model)
            return false;
        models->append(model->id);
        names->append(model->name);
    }
    return true;
}

// What the run makes, before it starts.
void announceRun(QTextStream &err, qint64 runId, qsizetype promptCount, qsizetype modelCount,
                 const CommandLine &cl, int total)
{
    err << Tr::tr("Grid %1: %2 prompts x %3 models x %4 = %5 images, %6 at a time")
               .arg(runId)
               .arg(promptCount)
               .arg(modelCount)
               .arg(cl.samples)
               .arg(total)
               .arg(cl.concurrency)
        << Qt::endl;
}

// A line on stderr for every cell done or failed.
void reportProgress(const GridRunner &runner, QTextStream &err, const QStringList &names,
                    const QStringList &prompts, int total)
{
    auto report = [&runner, &err, &names, &prompts, total](int index) {
        const GridCell &c = runner.cells().at(index);
        if (c.state == GridCell::State::Pending)
            return;
        const int settled = runner.doneCount() + runner.failedCount();
        const QString where =
            QStringLiteral("%1 · %2").arg(names.value(c.model), prompts.value(c.prompt).left(40));
        err << (c.state == GridCell::State::Done
                    ? Tr::tr("[%1/%2] done: %3").arg(settled).arg(total).arg(where)
                    : Tr::tr("[%1/%2] failed: %3: %4").arg(settled).arg(total).arg(where, c.error))
            << Qt::endl;
    };
    QObject::connect(&runner, &GridRunner::cellChanged, &runner, report);
}

// The sheet is made from the gallery's files, which every done cell has (a job
// delivers an image once it is kept).
ContactSheet::Input sheetInput(const GridRunInfo &run, const QStringList &names,
                               const QList<GridCell> &cells, const ImageStore &store)
{
    ContactSheet::Input input;
    input.run = run;
    input.modelNames = names;
    input.cells = cells;
    QHash<QString, QString> paths;
    for (const GridCell &c : input.cells) {
        if (const auto record = store.find(c.imageId); record && !c.imageId.isEmpty())
            paths.insert(c.imageId, record->filePath);
    }
    input.images = ContactSheet::loadImages(paths, ContactSheet::thumbSide * 2);
    return input;
}
} // namespace

int runGridCommand(const CommandLine &cl, AppContext &context)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    QStringList models;
    QStringList names;
    if (!resolveModels(context.catalog(), cl.models, &models, &names, &error)) {
        say(err, error + QLatin1Char(' ') + Tr::tr("(imagebridge --list-models shows the ids)"));
        return 2;
    }
    QStringList prompts;
    if (!readPrompts(cl.promptsFile, &prompts, &error)) {
        say(err, error);
        return 2;
    }
    GridRuns runs(&context.store());
    const qint64 runId = runs.create(prompts, models, cl.samples, &error);
    if (runId == 0) {
        say(err, error);
        return 2;
    }
    GridRunner runner(&context.upstream(), &context.store(), &context.catalog(), &runs, runId);
    runner.setConcurrency(cl.concurrency);
    runner.setModelStats(&context.stats());
    const int total = runs.run(runId)->cellCount();
    announceRun(err, runId, prompts.size(), models.size(), cl, total);
    reportProgress(runner, err, names, prompts, total);
    QObject::connect(&runner, &GridRunner::finished, &runner, [] {
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    SignalWatcher signalWatcher;
    bool interrupted = false;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &runner,
                     [&runner, &interrupted] {
                         interrupted = true;
                         runner.cancel();
                     });
    if (!runner.start(&error)) {
        say(err, error);
        return 2;
    }
    QCoreApplication::exec();

    const ContactSheet::Input input =
        sheetInput(*runs.run(runId), names, runner.cells(), context.store());
    if (!writeSheet(input, cl.sheetPath, &error)) {
        say(err, Tr::tr("cannot write %1: %2").arg(cl.sheetPath, error));
        return 1;
    }
    out << QDir::toNativeSeparators(cl.sheetPath) << Qt::endl;
    if (interrupted)
        say(err, Tr::tr("interrupted; the studio's Grids tab can resume run %1").arg(runId));
    const int done = runner.doneCount();
    if (done == 0)
        return 1;
    return done == total ? 0 : 3;
}
