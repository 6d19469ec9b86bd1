#include "MainWindow.h"

#include "AppContext.h"
#include "AppSettings.h"
#include "Appearance.h"
#include "BuildInfo.h"
#include "RequestLogDock.h"
#include "SettingsDialog.h"
#include "StudioWorkspace.h"
#include "arena/ArenaView.h"
#include "arena/ArenaVotesDialog.h"
#include "arena/LeaderboardModel.h"
#include "gallery/CompareDialog.h"
#include "gallery/GalleryCuration.h"
#include "gallery/GalleryModel.h"
#include "gallery/GalleryTransfers.h"
#include "gallery/GalleryView.h"
#include "gallery/ImageActions.h"
#include "gallery/ImageViewer.h"
#include "gallery/ThumbnailCache.h"
#include "generation/GenerationJob.h"
#include "generation/ModelStats.h"
#include "generation/RequestLog.h"
#include "grid/GridView.h"
#include "image/ImageMetadata.h"
#include "server/ServerController.h"
#include "server/ServerPanel.h"
#include "sources/DeploymentGuide.h"
#include "store/ImageCollections.h"
#include "studio/PromptPanel.h"
#include "studio/ResultsView.h"
#include "studio/StudioSession.h"
#include "studio/WelcomePanel.h"
#include "upstream/UpstreamClient.h"
#include "widgets/MessageBar.h"
#include "widgets/ModelPicker.h"
#include "widgets/ProviderIcons.h"
#include "widgets/ShortcutsDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>

#include <utility>

namespace {
// The key that opens Settings: the platform's own where it has one, and Ctrl+, on every
// platform (Linux desktops define none).
QList<QKeySequence> preferencesKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    const QKeySequence comma(Qt::CTRL | Qt::Key_Comma);
    if (!keys.contains(comma))
        keys.append(comma);
    return keys;
}

// F11 everywhere, plus the platform's own key; a key listed twice would be ambiguous.
QList<QKeySequence> fullScreenKeys()
{
    QList<QKeySequence> keys{QKeySequence(Qt::Key_F11)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::FullScreen)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}
} // namespace

MainWindow::MainWindow(AppContext &context, Appearance *appearance, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_appearance(appearance)
    , m_studio(new StudioWorkspace(context, this, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/imagebridge.svg")));
    setAcceptDrops(true);
    buildCentralArea();
    buildDocks();
    buildStatusBar();
    connectStudio();
    buildMenus();
    buildTray();
    retranslate();
    resize(1280, 820);
    resizeDocks({m_logDock}, {200}, Qt::Vertical);
    restoreState();
    updateServerStatus();
    m_prompt->setFocus(); // the first thing a person types is a prompt, not a model filter
}

MainWindow::~MainWindow()
{
    // Children go after this body: the undo stack clears itself on the way and must not
    // update the actions of a window that is half gone (found by UBSan).
    curation()->undoStack()->disconnect(this);
}

ServerController *MainWindow::server() const
{
    return m_studio->server();
}
ImageActions *MainWindow::imageActions() const
{
    return m_studio->actions();
}
GalleryCuration *MainWindow::curation() const
{
    return m_studio->curation();
}
GalleryTransfers *MainWindow::transfers() const
{
    return m_studio->transfers();
}
ArenaSession *MainWindow::arenaSession() const
{
    return m_studio->arenaSession();
}
ArenaVotes *MainWindow::arenaVotes() const
{
    return m_studio->votes();
}
StudioSession *MainWindow::session() const
{
    return m_studio->session();
}

void MainWindow::buildCentralArea()
{
    m_picker = new ModelPicker(&m_context.catalog(), &m_context.stats(), m_studio->icons(), this);
    QStringList selected = m_context.settings().selectedModels();
    m_picker->setSelectedIds(selected.isEmpty() ? QStringList{m_context.defaultModelId()}
                                                : selected);
    // The picker shows each model's arena rating beside its history.
    m_picker->model()->setRatings(m_studio->leaderboard()->ratings());
    m_prompt = new PromptPanel(m_picker, &m_context.settings(), this);
    showSourcesInPicker();

    m_results = new ResultsView(m_studio->icons(), imageActions(), curation(), this);
    m_welcome = new WelcomePanel(server(), m_results);
    m_results->setWelcome(m_welcome);
    m_gallery = new GalleryView(m_studio->galleryModel(), imageActions(), curation(), this);
    if (const int side = m_context.settings().galleryTileSide(); side > 0)
        m_gallery->tileSizeSlider()->setValue(side);
    connect(m_gallery, &GalleryView::tileSideChanged, this,
            [this](int side) { m_context.settings().setGalleryTileSide(side); });
    m_arena =
        new ArenaView(arenaSession(), m_studio->leaderboard(), m_picker, &m_context.store(), this);
    m_arena->setPromptHistory(m_context.settings().promptHistory());
    m_grid = new GridView(m_context, m_studio->thumbnails(), m_picker, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    for (QWidget *tab : {static_cast<QWidget *>(m_results), static_cast<QWidget *>(m_gallery),
                         static_cast<QWidget *>(m_arena), static_cast<QWidget *>(m_grid)})
        m_tabs->addTab(tab, QString());
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showPanelsFor);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_prompt);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 840});
    setCentralWidget(splitter);
}

// The side panel serves the tabs that make images with the checked models: all of it for
// Results, only its picker for Arena and Grids (they have prompts of their own), none of it
// for the gallery.
void MainWindow::showPanelsFor(int tab)
{
    QWidget *page = m_tabs->widget(tab);
    m_prompt->setVisible(page != m_gallery);
    m_prompt->setGenerationControlsVisible(page == m_results);
    // Ctrl+Enter and Esc act on the prompt panel's controls: not while they are hidden
    // (Enter in the arena's prompt starts the arena, Esc leaves a search).
    for (const char *name : {"generateAction", "cancelAction"}) {
        if (auto *action = findChild<QAction *>(QLatin1String(name)))
            action->setEnabled(page == m_results);
    }
}

void MainWindow::showServerPanel()
{
    m_serverPanel->show();
    m_serverPanel->raise();
    m_serverPanel->activateWindow();
}

void MainWindow::buildDocks()
{
    m_logDock = new RequestLogDock(&m_context.log(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_serverPanel = new ServerPanel(server(), this);
    connect(m_logDock->toggleViewAction(), &QAction::triggered, this,
            [this](bool visible) { m_context.settings().setRequestLogVisible(visible); });
}

void MainWindow::buildStatusBar()
{
    // The log starts collapsed; this counter shows that traffic happens and opens it.
    m_logStatus = new QToolButton(this);
    m_logStatus->setObjectName(QStringLiteral("logStatus"));
    m_logStatus->setAutoRaise(true);
    statusBar()->addPermanentWidget(m_logStatus);
    connect(m_logStatus, &QToolButton::clicked, m_logDock->toggleViewAction(), &QAction::trigger);
    // One connect each: a table of Qt's own signals, made before run time, would hold the
    // addresses of MinGW's import thunks, which Qt 6.8's DLL does not know as its signals.
    connect(&m_context.log(), &QAbstractItemModel::rowsInserted, this,
            &MainWindow::updateLogStatus);
    connect(&m_context.log(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateLogStatus);
    connect(&m_context.log(), &QAbstractItemModel::modelReset, this, &MainWindow::updateLogStatus);

    m_serverStatus = new QToolButton(this);
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    m_serverStatus->setAutoRaise(true);
    m_serverStatus->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    statusBar()->addPermanentWidget(m_serverStatus);
    connect(m_serverStatus, &QToolButton::clicked, this, &MainWindow::showServerPanel);
    connect(server(), &ServerController::stateChanged, this, &MainWindow::updateServerStatus);
}

void MainWindow::connectStudio()
{
    StudioSession *studio = session();
    connect(m_picker, &ModelPicker::selectionChanged, this,
            [this] { m_context.settings().setSelectedModels(m_picker->selectedIds()); });
    connect(m_studio->votes(), &ArenaVotes::changed, this,
            [this] { m_picker->model()->setRatings(m_studio->leaderboard()->ratings()); });
    connect(m_prompt, &PromptPanel::generateRequested, this, &MainWindow::generate);
    connect(m_prompt, &PromptPanel::cancelRequested, studio, &StudioSession::cancelAll);
    connect(studio, &StudioSession::busyChanged, m_prompt, &PromptPanel::setBusy);
    // Before the jobs start, so the cards see every attempt.
    connect(studio, &StudioSession::started, m_results, &ResultsView::showRun);
    connect(studio, &StudioSession::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_results, &ResultsView::openImage, this, &MainWindow::openImage);
    connect(m_results, &ResultsView::compareImages, this, &MainWindow::compareImages);
    connect(m_results, &ResultsView::retryRequested, this,
            [this](const QString &prompt, const QString &modelId) { replay(prompt, modelId, 1); });
    connect(m_results, &ResultsView::reuseRequested, this, &MainWindow::reuse);
    connect(m_gallery, &GalleryView::openImage, this, &MainWindow::openImage);
    connect(m_gallery, &GalleryView::compareImages, this, &MainWindow::compareImages);
    connect(m_gallery, &GalleryView::exportRequested, transfers(), &GalleryTransfers::exportImages);
    connect(transfers(), &GalleryTransfers::finished, this, [this](const QString &summary) {
        m_tabs->setCurrentWidget(m_gallery);
        m_gallery->messageBar()->show(summary, false);
    });
    connect(imageActions(), &ImageActions::reuseRequested, this, &MainWindow::reuse);
    connect(m_grid, &GridView::openImage, this, &MainWindow::openImage);
    connect(m_arena, &ArenaView::reviewVotes, this, &MainWindow::reviewVotes);
    connect(m_logDock, &RequestLogDock::replayRequested, this, &MainWindow::replay);
    connect(m_welcome, &WelcomePanel::promptChosen, this, [this](const QString &prompt) {
        m_prompt->setPrompt(prompt);
        m_prompt->setFocus();
    });
    connect(m_welcome, &WelcomePanel::shortcutsRequested, this, &MainWindow::showShortcuts);
    connect(m_welcome, &WelcomePanel::ownKeysRequested, this, [this] {
        SettingsDialog *dialog = openSettings(true);
        QMetaObject::invokeMethod(dialog, &SettingsDialog::showProviderKeys, Qt::QueuedConnection);
    });
    connect(m_welcome, &WelcomePanel::deploymentGuideRequested, this,
            &MainWindow::showDeploymentGuide);
    connect(m_results, &ResultsView::deploymentGuideRequested, this,
            &MainWindow::showDeploymentGuide);
    connect(m_prompt, &PromptPanel::problem, this, &MainWindow::showMessage);
    connect(imageActions(), &ImageActions::message, this, &MainWindow::showMessage);
    connect(m_grid, &GridView::message, this, &MainWindow::showMessage);
    connect(m_logDock, &RequestLogDock::message, this, &MainWindow::showMessage);
    connect(m_serverPanel, &ServerPanel::message, this, &MainWindow::showMessage);
    connect(m_welcome, &WelcomePanel::message, this, &MainWindow::showMessage);
}

void MainWindow::reviewVotes()
{
    auto *dialog = new ArenaVotesDialog(arenaVotes(), &m_context.catalog(), this);
    connect(dialog, &ArenaVotesDialog::compareImages, this, &MainWindow::compareImages);
    dialog->show();
}

void MainWindow::replay(const QString &prompt, const QString &modelId, int count)
{
    const auto model = m_context.catalog().resolve(modelId);
    if (!model) {
        showMessage(tr("The model %1 is not in the catalog.").arg(modelId));
        return;
    }
    // The prompt box and the picker keep what the person is writing and has chosen.
    generate(prompt, {*model}, std::min(count, GenerationRequest::maxImages),
             m_prompt->imageShape());
}

// The window's menus as one table: each row is an action's object name, text, keys and
// handler (or an action a dock already has). Building the menus, retranslating them and
// the shortcuts dialog all read what this made, so no text can fall out of step.
QList<MainWindow::MenuSpec> MainWindow::menuTable()
{
    using Keys = QList<QKeySequence>;
    const auto tab = [this](QWidget *page) {
        return [this, page] { m_tabs->setCurrentWidget(page); };
    };
    QUndoStack *undo = curation()->undoStack();
    return {
        {QT_TR_NOOP("&File"),
         {{"generateAction", QT_TR_NOOP("&Generate"),
           Keys{QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
           [this] { m_prompt->requestGenerate(); }},
          {"cancelAction", QT_TR_NOOP("&Cancel"), Keys{QKeySequence(Qt::Key_Escape)},
           [this] { m_prompt->requestCancel(); }},
          {},
          {"importAction", QT_TR_NOOP("&Import folder..."),
           Keys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
           [this] { transfers()->importFolder(); }},
          {},
          {"settingsAction", QT_TR_NOOP("&Settings..."), preferencesKeys(),
           [this] { openSettings(); }},
          {},
          {"quitAction", QT_TR_NOOP("&Quit"), QKeySequence::keyBindings(QKeySequence::Quit),
           [this] { quitForReal(); }, nullptr, QAction::QuitRole}}},
        {QT_TR_NOOP("&Edit"),
         {{"undoAction", QT_TR_NOOP("&Undo"), QKeySequence::keyBindings(QKeySequence::Undo),
           [undo] { undo->undo(); }},
          {"redoAction", QT_TR_NOOP("&Redo"), QKeySequence::keyBindings(QKeySequence::Redo),
           [undo] { undo->redo(); }}}},
        {QT_TR_NOOP("&View"),
         {{"resultsAction", QT_TR_NOOP("&Results"), Keys{QKeySequence(Qt::CTRL | Qt::Key_1)},
           tab(m_results)},
          {"galleryAction", QT_TR_NOOP("&Gallery"), Keys{QKeySequence(Qt::CTRL | Qt::Key_2)},
           tab(m_gallery)},
          {"arenaAction", QT_TR_NOOP("&Arena"), Keys{QKeySequence(Qt::CTRL | Qt::Key_3)},
           tab(m_arena)},
          {"gridsAction", QT_TR_NOOP("G&rids"), Keys{QKeySequence(Qt::CTRL | Qt::Key_4)},
           tab(m_grid)},
          {"findAction", QT_TR_NOOP("&Find in gallery"),
           QKeySequence::keyBindings(QKeySequence::Find), [this] { findInGallery(); }},
          {"fullScreenAction", QT_TR_NOOP("F&ull screen"), fullScreenKeys(),
           [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); }},
          {},
          {"requestLogAction",
           QT_TR_NOOP("Request &log"),
           Keys{QKeySequence(Qt::CTRL | Qt::Key_L)},
           {},
           m_logDock->toggleViewAction()},
          {"serverPanelAction",
           QT_TR_NOOP("Local API &server..."),
           {},
           [this] { showServerPanel(); }}}},
        {QT_TR_NOOP("&Help"),
         {{"shortcutsAction", QT_TR_NOOP("&Keyboard shortcuts"), {}, [this] { showShortcuts(); }},
          {},
          {"aboutAction",
           QT_TR_NOOP("&About ImageBridge"),
           {},
           [this] { showAbout(); },
           nullptr,
           QAction::AboutRole},
          {"aboutQtAction",
           QT_TR_NOOP("About &Qt"),
           {},
           [] { QApplication::aboutQt(); },
           nullptr,
           QAction::AboutQtRole}}},
    };
}

void MainWindow::buildMenus()
{
    for (const MenuSpec &spec : menuTable()) {
        QMenu *menu = menuBar()->addMenu(QString());
        m_texts.append({menu->menuAction(), spec.title});
        for (const ActionSpec &a : spec.actions) {
            if (!a.text) {
                menu->addSeparator();
                continue;
            }
            QAction *action = a.existing ? a.existing : new QAction(this);
            action->setObjectName(QLatin1String(a.objectName));
            if (!a.keys.isEmpty())
                action->setShortcuts(a.keys);
            action->setMenuRole(a.role);
            if (a.trigger)
                connect(action, &QAction::triggered, this, a.trigger);
            menu->addAction(action);
            m_texts.append({action, a.text});
        }
    }
    // Window-wide: they work whichever widget of the window has the focus.
    findChild<QAction *>(QStringLiteral("settingsAction"))
        ->setShortcutContext(Qt::ApplicationShortcut);
    m_undoAction = findChild<QAction *>(QStringLiteral("undoAction"));
    m_redoAction = findChild<QAction *>(QStringLiteral("redoAction"));
    QUndoStack *undo = curation()->undoStack();
    connect(undo, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(undo, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);
}

SettingsDialog *MainWindow::openSettings(bool atSources)
{
    auto *dialog = new SettingsDialog(m_context, this);
    if (atSources)
        dialog->showSources();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::onSettingsApplied);
    dialog->open();
    return dialog;
}

void MainWindow::showDeploymentGuide()
{
    auto *guide = new DeploymentGuide(this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    connect(guide, &DeploymentGuide::sourcesRequested, this, [this] { openSettings(true); });
    guide->open();
}

void MainWindow::findInGallery()
{
    m_tabs->setCurrentWidget(m_gallery);
    if (auto *filter = m_gallery->findChild<QLineEdit *>(QStringLiteral("galleryFilter"))) {
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ImageBridge"),
        tr("<h3>ImageBridge %1</h3><p>A desktop studio and a local OpenAI-compatible server "
           "for the AI SDK Image Generator.</p><p>Built with Qt %2.</p>")
            .arg(QLatin1String(BuildInfo::version), QLatin1String(qVersion())));
}

void MainWindow::buildTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show ImageBridge"), this, [this] {
        showNormal();
        activateWindow();
    });
    menu->addAction(tr("Start or stop the server"), this, [this] {
        if (server()->isRunning())
            server()->stop();
        else
            server()->start();
    });
    menu->addSeparator();
    menu->addAction(tr("Quit"), this, &MainWindow::quitForReal);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger) {
                    setVisible(!isVisible());
                    if (isVisible())
                        activateWindow();
                }
            });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("ImageBridge"));
    m_tabs->setTabText(0, tr("Results"));
    m_tabs->setTabText(1, tr("Gallery"));
    m_tabs->setTabText(2, tr("Arena"));
    m_tabs->setTabText(3, tr("Grids"));
    m_tabs->setAccessibleName(tr("Results, gallery, arena and grids"));
    for (const auto &[action, text] : std::as_const(m_texts))
        action->setText(tr(text));
    updateLogStatus();
    updateServerStatus();
    updateUndoActions();
}

void MainWindow::updateUndoActions()
{
    const QUndoStack *undo = curation()->undoStack();
    m_undoAction->setEnabled(undo->canUndo());
    m_undoAction->setText(undo->canUndo() ? tr("&Undo %1").arg(undo->undoText()) : tr("&Undo"));
    m_redoAction->setEnabled(undo->canRedo());
    m_redoAction->setText(undo->canRedo() ? tr("&Redo %1").arg(undo->redoText()) : tr("&Redo"));
}

void MainWindow::showShortcuts()
{
    // Made from the actions themselves, so the list cannot drift from what works: the
    // window's menus (by their table text: "Undo", not "Undo Star 1 image"), then the keys
    // of the gallery, the viewer, the compare view and the arena, from the same tables
    // their actions are made from.
    ShortcutsDialog::Group studio{tr("Studio"), {}};
    for (const auto &[action, untranslated] : std::as_const(m_texts)) {
        if (!action->shortcuts().isEmpty())
            studio.rows.append({tr(untranslated), action->shortcuts()});
    }
    studio.rows.append({tr("Earlier prompts (in the prompt box)"),
                        {QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down)}});
    auto group = [](const QString &title, const QList<KeyBinding> &bindings) {
        ShortcutsDialog::Group made{title, {}};
        for (const KeyBinding &binding : bindings)
            made.rows.append({binding.translatedText(), binding.keys});
        return made;
    };
    auto *dialog = new ShortcutsDialog({studio, group(tr("Gallery"), GalleryView::keyBindings()),
                                        group(tr("Arena"), ArenaView::keyBindings())},
                                       {group(tr("Image viewer"), ImageViewer::keyBindings()),
                                        group(tr("Compare"), CompareDialog::keyBindings())},
                                       this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreState()
{
    const AppSettings &settings = m_context.settings();
    if (const QByteArray geometry = settings.windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.windowState(); !state.isEmpty())
        QMainWindow::restoreState(state);
    // Collapsed until the user opens it; then as they left it.
    m_logDock->setVisible(settings.requestLogVisible());
}

void MainWindow::updateLogStatus()
{
    const int count = m_context.log().rowCount();
    m_logStatus->setText(tr("%n request(s)", nullptr, count));
    m_logStatus->setToolTip(tr("Show or hide the request log (Ctrl+L)"));
    m_logStatus->setAccessibleName(tr("Request log: %n request(s)", nullptr, count));
}

void MainWindow::startServerIfWanted()
{
    if (!m_context.settings().startServerWithApp())
        return;
    if (!server()->start())
        showMessage(tr("The API server could not start: %1").arg(server()->lastError()));
}

void MainWindow::generate(const QString &prompt, const QList<ModelInfo> &models, int count,
                          const QString &shape)
{
    session()->generate(prompt, models, count, shape); // the results view shows it from started()
    m_tabs->setCurrentWidget(m_results);
    showMessage(models.size() > 1 ? tr("Comparing %1 models...").arg(models.size())
                                  : tr("Generating..."));
}

void MainWindow::onJobFinished(GenerationJob *job)
{
    if (session()->isBusy())
        return;
    const int made = int(job->images().size());
    const bool cancelled = job->error().kind == UpstreamError::Kind::Cancelled;
    const QString text = job->succeeded() ? tr("Images are ready")
                         : cancelled      ? tr("Cancelled.")
                                          : tr("Generation failed: %1").arg(job->error().message);
    showMessage(text);
    // Tell a person who is not looking.
    if (m_tray && m_tray->isVisible() && (!isVisible() || isMinimized()))
        m_tray->showMessage(tr("ImageBridge"), made > 0 ? tr("Your images are ready.") : text);
}

void MainWindow::openImage(const QString &imageId)
{
    const auto record = m_context.store().find(imageId);
    if (!record) {
        showMessage(tr("That image is no longer in the gallery."));
        return;
    }
    auto *viewer =
        new ImageViewer(m_studio->galleryModel(), *record, imageActions(), curation(), this);
    viewer->show();
}

void MainWindow::compareImages(const QString &leftId, const QString &rightId)
{
    const auto left = m_context.store().find(leftId);
    const auto right = m_context.store().find(rightId);
    if (!left || !right) {
        showMessage(tr("That image is no longer in the gallery."));
        return;
    }
    const GalleryModel *gallery = m_studio->galleryModel();
    auto *dialog = new CompareDialog(*left, *right, gallery->modelName(left->modelId),
                                     gallery->modelName(right->modelId), this);
    dialog->show();
}

void MainWindow::reuse(const QString &prompt, const QString &modelId)
{
    m_prompt->setPrompt(prompt);
    if (const auto model = m_context.catalog().resolve(modelId))
        m_picker->setSelectedIds({model->id});
    m_prompt->setFocus();
    showMessage(tr("Prompt and model restored"));
}

void MainWindow::showSourcesInPicker()
{
    QHash<QString, QList<UpstreamSource>> sources;
    QSet<QString> direct; // first in line, so they make the shape asked for
    const SourcePlan plan = m_context.sourcePlan();
    for (const QString &provider : SourcePlan::providers()) {
        sources.insert(provider, plan.sources(provider));
        if (!sources.value(provider).isEmpty() && sources.value(provider).first().isDirect())
            direct.insert(provider);
    }
    m_picker->model()->setSources(sources);
    m_prompt->setDirectProviders(direct);
}

void MainWindow::onSettingsApplied()
{
    m_context.applySettings(); // the --upstream option keeps winning
    showSourcesInPicker();
    m_appearance->applyTheme(m_context.settings().theme());
    m_appearance->applyLanguage(m_context.settings().language());
    if (server()->isRunning())
        server()->start(); // picks up the upstream, chat mode and default model
    showMessage(tr("Settings saved"));
}

void MainWindow::updateServerStatus()
{
    const bool running = server()->isRunning();
    QPixmap light(12, 12);
    light.fill(Qt::transparent);
    {
        QPainter p(&light);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(running ? QColor(0x22, 0xc5, 0x5e) : QColor(0x9c, 0xa3, 0xaf));
        p.setPen(Qt::NoPen);
        p.drawEllipse(light.rect().adjusted(1, 1, -1, -1));
    }
    m_serverStatus->setIcon(QIcon(light));
    m_serverStatus->setText(running ? tr("Server %1").arg(server()->baseUrl().authority())
                                    : tr("Server stopped"));
    m_serverStatus->setToolTip(tr("Show or hide the server panel"));
    m_logDock->setServerBaseUrl(server()->baseUrl().toString());
    if (m_tray) {
        m_tray->setToolTip(
            running ? tr("ImageBridge: serving at %1").arg(server()->baseUrl().toString())
                    : tr("ImageBridge"));
        m_tray->setVisible(running || m_context.settings().keepRunningInTray());
    }
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 6000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_context.settings().setWindowGeometry(saveGeometry());
    m_context.settings().setWindowState(saveState());
    if (!m_quitting && m_tray && m_context.settings().keepRunningInTray()) {
        hide();
        m_tray->show();
        m_tray->showMessage(
            tr("ImageBridge"),
            tr("ImageBridge keeps running in the tray. Quit it from the tray menu."));
        event->ignore();
        return;
    }
    session()->cancelAll();
    event->accept();
    QApplication::quit();
}

void MainWindow::quitForReal()
{
    m_quitting = true;
    close();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->source() == nullptr)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // A folder is imported into the gallery; an image gives back its prompt and model.
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir()) {
            transfers()->importFolder(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
    }
    for (const QUrl &url : event->mimeData()->urls()) {
        QFile file(url.toLocalFile());
        if (!url.isLocalFile() || !file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024)
            continue;
        const auto metadata = ImageMetadata::readFrom(file.readAll());
        if (!metadata) {
            showMessage(tr("%1 does not say how it was made.").arg(url.fileName()));
            continue;
        }
        reuse(metadata->prompt, metadata->modelId);
        event->acceptProposedAction();
        return;
    }
}
