#include "grid/GridView.h"

#include "AppContext.h"
#include "AppSettings.h"
#include "common/SaveFile.h"
#include "generation/ModelCatalog.h"
#include "grid/ContactSheet.h"
#include "grid/GridRunner.h"
#include "grid/GridRuns.h"
#include "grid/GridTableModel.h"
#include "store/ImageStore.h"
#include "widgets/Dialogs.h"
#include "widgets/ModelPicker.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageWriter>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

void GridDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    painter->save();
    const auto *model = qobject_cast<const GridTableModel *>(index.model());
    const QStringList ids = index.data(GridTableModel::ImageIdsRole).toStringList();
    const QVariantList states = index.data(GridTableModel::StatesRole).toList();
    for (int s = 0; s < ids.size(); ++s) {
        const QRect box(option.rect.left() + 4 + s * (thumbSide + 4), option.rect.top() + 4,
                        thumbSide, thumbSide);
        const auto state = GridCell::State(states.value(s).toInt());
        const QImage thumb =
            state == GridCell::State::Done && model ? model->thumbnail(ids.at(s)) : QImage();
        if (!thumb.isNull()) {
            const QSize fitted = thumb.size().scaled(box.size(), Qt::KeepAspectRatio);
            painter->drawImage(
                QRect(box.center() - QPoint(fitted.width(), fitted.height()) / 2, fitted), thumb);
            continue;
        }
        painter->fillRect(box, option.palette.alternateBase());
        painter->setPen(state == GridCell::State::Failed
                            ? QColor(200, 60, 60)
                            : option.palette.color(QPalette::PlaceholderText));
        painter->drawText(box.adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap,
                          state == GridCell::State::Failed ? GridView::tr("failed")
                          : state == GridCell::State::Done ? QString()
                                                           : GridView::tr("waiting"));
    }
    painter->restore();
}

QSize GridDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const int samples =
        std::max<qsizetype>(1, index.data(GridTableModel::ImageIdsRole).toStringList().size());
    return {int(samples) * (thumbSide + 4) + 4, thumbSide + 8};
}

GridView::GridView(AppContext &context, ThumbnailCache *thumbnails, const ModelPicker *models,
                   QWidget *parent)
    : QWidget(parent)
    , m_client(&context.upstream())
    , m_store(&context.store())
    , m_catalog(&context.catalog())
    , m_stats(&context.stats())
    , m_log(&context.log())
    , m_settings(&context.settings())
    , m_runs(new GridRuns(m_store, this))
    , m_table(new GridTableModel(m_store, thumbnails, this))
    , m_prompts(new QPlainTextEdit(this))
    , m_loadPrompts(new QPushButton(this))
    , m_models(models)
    , m_samples(new QSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_start(new QPushButton(this))
    , m_runList(new QComboBox(this))
    , m_pause(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_exportPng(new QAction(this))
    , m_exportHtml(new QAction(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_samplesLabel(new QLabel(this))
    , m_concurrencyLabel(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("gridView"));
    configureWidgets();
    connectSetupSignals();
    connectRunSignals();
    buildLayout();
    retranslate();
    refreshRuns();
    // A run a restart interrupted is shown, ready to resume.
    const QList<GridRunInfo> runs = m_runs->runs();
    if (!runs.isEmpty())
        showRun(runs.first().id);
}

void GridView::configureWidgets()
{
    m_prompts->setObjectName(QStringLiteral("gridPrompts"));
    m_runList->setObjectName(QStringLiteral("gridRuns"));
    m_prompts->setTabChangesFocus(true);
    m_samples->setRange(1, GridRuns::maxSamples);
    m_concurrency->setRange(1, GridRunner::maxConcurrency);
    m_concurrency->setValue(m_settings->gridConcurrency());
    m_samplesLabel->setBuddy(m_samples);
    m_concurrencyLabel->setBuddy(m_concurrency);
    m_view->setObjectName(QStringLiteral("gridTable"));
    m_view->setModel(m_table);
    m_view->setItemDelegate(new GridDelegate(m_view));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setMaximumWidth(260);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setWordWrap(true);
}

void GridView::connectSetupSignals()
{
    connect(m_loadPrompts, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(this, tr("Load prompts"), QString(),
                                                   tr("Text files (*.txt);;All files (*)"));
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return;
        m_prompts->setPlainText(QString::fromUtf8(file.read(1024 * 1024)));
    });
    connect(m_concurrency, &QSpinBox::valueChanged, this, [this](int value) {
        m_settings->setGridConcurrency(value);
        if (m_runner)
            m_runner->setConcurrency(value);
    });
    connect(m_start, &QPushButton::clicked, this, &GridView::startNew);
}

void GridView::connectRunSignals()
{
    connect(m_runList, &QComboBox::activated, this,
            [this](int index) { showRun(m_runList->itemData(index).toLongLong()); });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_runner)
            return;
        if (m_runner->isPaused() || !m_runner->isRunning()) {
            QString error;
            if (m_runner->isPaused())
                m_runner->resume();
            else if (!m_runner->start(&error))
                m_status->setText(error);
        } else {
            m_runner->pause();
        }
        updateControls();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
        updateControls();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->retryFailed();
        updateControls();
    });
    auto *exports = new QMenu(m_export);
    exports->addAction(m_exportPng);
    exports->addAction(m_exportHtml);
    m_export->setMenu(exports);
    connect(m_exportPng, &QAction::triggered, this, [this] { exportSheet(false); });
    connect(m_exportHtml, &QAction::triggered, this, [this] { exportSheet(true); });
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QStringList ids = index.data(GridTableModel::ImageIdsRole).toStringList();
        // The sample under the pointer, as painted side by side.
        const QPoint at = m_view->viewport()->mapFromGlobal(QCursor::pos());
        const int sample =
            (at.x() - m_view->visualRect(index).left()) / (GridDelegate::thumbSide + 4);
        const QString id = ids.value(std::clamp<qsizetype>(sample, 0, ids.size() - 1));
        if (!id.isEmpty())
            emit openImage(id);
    });
}

QWidget *GridView::buildSetupPanel()
{
    auto *form = new QFormLayout;
    form->addRow(m_samplesLabel, m_samples);
    form->addRow(m_concurrencyLabel, m_concurrency);
    auto *options = new QVBoxLayout;
    options->addWidget(m_loadPrompts);
    options->addLayout(form);
    options->addStretch(1);
    options->addWidget(m_start);
    auto *setup = new QWidget(this);
    auto *setupLayout = new QHBoxLayout(setup);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    setupLayout->addWidget(m_prompts, 1);
    setupLayout->addLayout(options);
    return setup;
}

QWidget *GridView::buildResultsPanel()
{
    // Two rows, so that the grid fits beside the picker on a laptop screen.
    auto *controls = new QHBoxLayout;
    for (QPushButton *b : {m_pause, m_cancel, m_retry})
        controls->addWidget(b);
    controls->addStretch(1);
    controls->addWidget(m_export);
    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_runList);
    resultsLayout->addLayout(controls);
    resultsLayout->addWidget(m_progress);
    resultsLayout->addWidget(m_status);
    resultsLayout->addWidget(m_view, 1);
    return results;
}

void GridView::buildLayout()
{
    QWidget *setup = buildSetupPanel();
    QWidget *results = buildResultsPanel();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(setup);
    splitter->addWidget(results);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({140, 700});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

GridView::~GridView() = default;

// A run's line in the list: what it is and where it stands, "running" while this view
// runs it.
QString GridView::runLabel(const GridRunInfo &r) const
{
    const bool mine = m_runner && m_runner->runId() == r.id && m_runner->isRunning();
    const QString state = mine && m_runner->isPaused()               ? tr("paused")
                          : mine                                     ? tr("running")
                          : r.state == GridRunInfo::State::Finished  ? tr("finished")
                          : r.state == GridRunInfo::State::Cancelled ? tr("cancelled")
                                                                     : tr("stopped");
    return tr("Run %1 · %2 · %3 × %4 × %5 · %6")
        .arg(r.id)
        .arg(QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat))
        .arg(r.prompts.size())
        .arg(r.models.size())
        .arg(r.samples)
        .arg(state);
}

void GridView::refreshRuns()
{
    m_runList->clear();
    for (const GridRunInfo &r : m_runs->runs())
        m_runList->addItem(runLabel(r), r.id);
    if (m_runner)
        m_runList->setCurrentIndex(m_runList->findData(m_runner->runId()));
}

void GridView::startNew()
{
    const QStringList models = m_models->selectedIds();
    QStringList prompts;
    for (const QString &line : m_prompts->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1Char('#')))
            prompts.append(line.trimmed());
    }
    QString error;
    const qint64 id = m_runs->create(prompts, models, m_samples->value(), &error);
    if (id == 0) {
        m_status->setText(error);
        return;
    }
    refreshRuns();
    showRun(id);
    if (!m_runner->start(&error))
        m_status->setText(error);
    updateControls();
}

void GridView::showRun(qint64 runId)
{
    const auto run = m_runs->run(runId);
    if (!run)
        return;
    delete m_runner; // pauses nothing: a running one is cancelled (its cells stay pending)
    m_runner = new GridRunner(m_client, m_store, m_catalog, m_runs, runId, this);
    m_runner->setConcurrency(m_concurrency->value());
    m_runner->setModelStats(m_stats);
    m_runner->setRequestLog(m_log);
    QStringList names;
    for (const QString &id : run->models) {
        const auto model = m_catalog->resolve(id);
        names.append(model ? model->name : id);
    }
    m_table->setRun(*run, names, m_runs->cells(runId));
    connect(m_runner, &GridRunner::cellChanged, this,
            [this](int index) { m_table->updateCell(m_runner->cells().at(index)); });
    connect(m_runner, &GridRunner::progress, this, [this](int done, int failed, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done + failed);
        m_status->setText(tr("%1 of %2 made, %3 failed").arg(done).arg(total).arg(failed));
        updateControls();
    });
    connect(m_runner, &GridRunner::finished, this, [this] {
        refreshRuns();
        updateControls();
        emit message(tr("Grid run %1 finished: %2 of %3 made")
                         .arg(m_runner->runId())
                         .arg(m_runner->doneCount())
                         .arg(m_runner->cells().size()));
    });
    const QList<GridCell> cells = m_runs->cells(runId);
    const int done = int(std::count_if(cells.cbegin(), cells.cend(), [](const GridCell &c) {
        return c.state == GridCell::State::Done;
    }));
    const int failed = int(std::count_if(cells.cbegin(), cells.cend(), [](const GridCell &c) {
        return c.state == GridCell::State::Failed;
    }));
    m_progress->setRange(0, int(cells.size()));
    m_progress->setValue(done + failed);
    m_status->setText(done + failed < cells.size()
                          ? tr("Run %1 stopped at %2 of %3; Resume goes on where it stopped.")
                                .arg(runId)
                                .arg(done + failed)
                                .arg(cells.size())
                          : tr("%1 of %2 made, %3 failed").arg(done).arg(cells.size()).arg(failed));
    m_runList->setCurrentIndex(m_runList->findData(runId));
    updateControls();
}

void GridView::updateControls()
{
    const bool has = m_runner != nullptr;
    const bool running = has && m_runner->isRunning() && !m_runner->isPaused();
    const auto cells = has ? m_runner->cells() : QList<GridCell>();
    const bool pending =
        has && (cells.isEmpty() ? m_table->cells().end() !=
                                      std::find_if(m_table->cells().begin(), m_table->cells().end(),
                                                   [](const GridCell &c) {
                                                       return c.state == GridCell::State::Pending;
                                                   })
                                : std::any_of(cells.begin(), cells.end(), [](const GridCell &c) {
                                      return c.state == GridCell::State::Pending;
                                  }));
    m_pause->setEnabled(has && (running || pending));
    m_pause->setText(running ? tr("Pause") : tr("Resume"));
    m_cancel->setEnabled(running);
    const auto &shown = cells.isEmpty() ? m_table->cells() : cells;
    m_retry->setEnabled(has && std::any_of(shown.begin(), shown.end(), [](const GridCell &c) {
                            return c.state == GridCell::State::Failed;
                        }));
    m_export->setEnabled(has);
    // Nothing to choose or to follow before the first run.
    m_runList->setVisible(m_runList->count() > 0);
    m_progress->setVisible(has);
    if (has) {
        const int at = m_runList->findData(m_runner->runId());
        if (const auto run = m_runs->run(m_runner->runId()); run && at >= 0)
            m_runList->setItemText(at, runLabel(*run));
    }
}

namespace {
struct SheetJob
{
    ContactSheet::Input input;
    QHash<QString, QString> paths; // image id -> file
};

// Loads the images and writes the sheet or page: the slow part, safe off the GUI thread.
QString writeSheet(SheetJob job, const QString &path)
{
    job.input.images = ContactSheet::loadImages(job.paths, ContactSheet::thumbSide * 2);
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)) {
        bytes = ContactSheet::html(job.input);
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter(&buffer, "png").write(ContactSheet::render(job.input));
    }
    QString error;
    return saveFileAtomically(path, bytes, &error) ? QString() : error;
}

// What the sheet needs from the GUI thread: the run, names, cells and file paths.
SheetJob sheetJob(const GridTableModel *table, ImageStore *store)
{
    SheetJob job;
    job.input.run = table->run();
    for (int m = 0; m < job.input.run.models.size(); ++m)
        job.input.modelNames.append(table->headerData(m, Qt::Horizontal).toString());
    job.input.cells = table->cells();
    for (const GridCell &c : job.input.cells) {
        if (const auto r = store->find(c.imageId); r && !c.imageId.isEmpty())
            job.paths.insert(c.imageId, r->filePath);
    }
    return job;
}
} // namespace

bool GridView::exportTo(const QString &path, QString *error)
{
    *error = writeSheet(sheetJob(m_table, m_store), path);
    return error->isEmpty();
}

void GridView::exportSheet(bool html)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name = tr("grid-%1").arg(m_table->run().id) +
                         (html ? QStringLiteral(".html") : QStringLiteral(".png"));
    const QString path = Dialogs::saveFileName(
        this, html ? tr("Export the grid as a page") : tr("Export the contact sheet"),
        QDir(folder).filePath(name), html ? tr("HTML page (*.html)") : tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    // Decoding every image and painting the sheet takes seconds for a large grid.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        emit message(error.isEmpty() ? tr("Saved %1").arg(QDir::toNativeSeparators(path))
                                     : tr("Cannot write %1: %2").arg(path, error));
    });
    watcher->setFuture(QtConcurrent::run(&writeSheet, sheetJob(m_table, m_store), path));
}

void GridView::retranslate()
{
    m_prompts->setPlaceholderText(
        tr("One prompt per line; the columns are the models checked in the picker"));
    m_prompts->setAccessibleName(tr("Grid prompts"));
    m_loadPrompts->setText(tr("From a file..."));
    m_loadPrompts->setToolTip(tr("Load prompts from a file, one per line"));
    m_samplesLabel->setText(tr("&Samples"));
    m_samples->setAccessibleName(tr("Samples per prompt and model"));
    m_concurrencyLabel->setText(tr("At &once"));
    m_concurrency->setAccessibleName(tr("Images generated at once"));
    m_start->setText(tr("Run the grid"));
    m_runList->setAccessibleName(tr("Grid runs"));
    m_cancel->setText(tr("Cancel"));
    m_retry->setText(tr("Retry failed"));
    m_export->setText(tr("Export"));
    m_exportPng->setText(tr("Contact sheet (PNG)..."));
    m_exportHtml->setText(tr("HTML page..."));
    m_view->setAccessibleName(tr("Grid"));
    m_progress->setAccessibleName(tr("Grid progress"));
    updateControls();
}

void GridView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshRuns();
    }
    QWidget::changeEvent(event);
}
