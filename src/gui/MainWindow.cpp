#include "MainWindow.h"

#include "AppContext.h"
#include "AppSettings.h"
#include "Appearance.h"
#include "BuildInfo.h"
#include "RequestLogDock.h"
#include "SettingsDialog.h"
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
#include "store/ImageCollections.h"
#include "studio/ModelPicker.h"
#include "studio/PromptPanel.h"
#include "studio/ResultsView.h"
#include "studio/StudioSession.h"
#include "studio/WelcomePanel.h"
#include "upstream/UpstreamClient.h"
#include "widgets/MessageBar.h"
#include "widgets/ProviderIcons.h"

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
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>

MainWindow::MainWindow(AppContext &context, Appearance *appearance, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_appearance(appearance)
    , m_icons(std::make_unique<ProviderIcons>())
    , m_session(new StudioSession(&context.upstream(), &context.store(), &context.log(),
                                  &context.stats(), this))
    , m_server(new ServerController(context, this))
    , m_thumbnails(new ThumbnailCache(context.store().folder(), this))
    , m_galleryModel(new GalleryModel(&context.store(), m_thumbnails, this))
    , m_collections(new ImageCollections(&context.store(), this))
    , m_curation(new GalleryCuration(&context.store(), m_collections, this, this))
    , m_actions(new ImageActions(&context.store(), m_curation, this, this))
    , m_transfers(new GalleryTransfers(&context.store(), this, this))
    , m_votes(new ArenaVotes(&context.store(), this))
    , m_arenaSession(
          new ArenaSession(&context.upstream(), &context.store(), m_votes, &context.stats(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/imagebridge.svg")));
    setAcceptDrops(true);

    m_picker = new ModelPicker(&context.catalog(), &context.stats(), m_icons.get(), this);
    QStringList selected = context.settings().selectedModels();
    if (selected.isEmpty())
        selected = {context.defaultModelId()};
    m_picker->setSelectedIds(selected);
    connect(m_picker, &ModelPicker::selectionChanged, this,
            [this] { m_context.settings().setSelectedModels(m_picker->selectedIds()); });
    m_prompt = new PromptPanel(m_picker, &context.settings(), this);
    m_prompt->setMinimumWidth(320);

    m_results = new ResultsView(m_icons.get(), this);
    m_welcome = new WelcomePanel(m_server, m_results);
    m_results->setWelcome(m_welcome);
    m_gallery = new GalleryView(m_galleryModel, &context.catalog(), m_actions, m_curation, this);
    // The trash empties itself of what waited there long enough; files deleted by hand
    // since the last start are marked.
    context.store().purgeTrashedBefore(
        QDateTime::currentDateTimeUtc().addDays(-context.settings().trashDays()));
    context.store().checkFiles();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_results, QString());
    m_tabs->addTab(m_gallery, QString());
    auto *leaderboard = new LeaderboardModel(m_votes, &context.catalog(), &context.stats(), this);
    m_arena =
        new ArenaView(m_arenaSession, leaderboard, &context.catalog(), &context.store(), this);
    m_arena->setPromptHistory(context.settings().promptHistory());
    m_tabs->addTab(m_arena, QString());
    connect(m_arena, &ArenaView::reviewVotes, this, [this] {
        auto *dialog = new ArenaVotesDialog(m_votes, &m_context.catalog(), this);
        connect(dialog, &ArenaVotesDialog::compareImages, this, &MainWindow::compareImages);
        dialog->show();
    });
    m_grid = new GridView(context, m_thumbnails, this);
    m_tabs->addTab(m_grid, QString());
    connect(m_grid, &GridView::openImage, this, &MainWindow::openImage);
    connect(m_grid, &GridView::message, this, &MainWindow::showMessage);
    // The picker shows each model's arena rating beside its history.
    m_picker->model()->setRatings(leaderboard->ratings());
    connect(m_votes, &ArenaVotes::changed, this,
            [this, leaderboard] { m_picker->model()->setRatings(leaderboard->ratings()); });
    m_tabs->setDocumentMode(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_prompt);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 840});
    setCentralWidget(splitter);

    m_logDock = new RequestLogDock(&context.log(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_serverPanel = new ServerPanel(m_server, this);
    addDockWidget(Qt::RightDockWidgetArea, m_serverPanel);
    m_serverPanel->hide();

    // The log starts collapsed; this counter shows that traffic happens and opens it.
    m_logStatus = new QToolButton(this);
    m_logStatus->setObjectName(QStringLiteral("logStatus"));
    m_logStatus->setAutoRaise(true);
    statusBar()->addPermanentWidget(m_logStatus);
    connect(m_logStatus, &QToolButton::clicked, m_logDock->toggleViewAction(), &QAction::trigger);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&context.log(), signal, this, &MainWindow::updateLogStatus);
    connect(&context.log(), &QAbstractItemModel::modelReset, this, &MainWindow::updateLogStatus);
    connect(m_logDock->toggleViewAction(), &QAction::triggered, this, [this](bool visible) {
        m_context.settings().setValue(QStringLiteral("ui/requestLogVisible"),
                                      visible ? QByteArrayLiteral("1") : QByteArrayLiteral("0"));
    });

    m_serverStatus = new QToolButton(this);
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    m_serverStatus->setAutoRaise(true);
    m_serverStatus->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    statusBar()->addPermanentWidget(m_serverStatus);
    connect(m_serverStatus, &QToolButton::clicked, this, [this] {
        m_serverPanel->setVisible(!m_serverPanel->isVisible());
        if (m_serverPanel->isVisible())
            m_serverPanel->raise();
    });

    connect(m_prompt, &PromptPanel::generateRequested, this, &MainWindow::generate);
    connect(m_prompt, &PromptPanel::cancelRequested, m_session, &StudioSession::cancelAll);
    connect(m_prompt, &PromptPanel::problem, this, &MainWindow::showMessage);
    connect(m_session, &StudioSession::busyChanged, m_prompt, &PromptPanel::setBusy);
    // Before the jobs start, so the cards see every attempt.
    connect(m_session, &StudioSession::started, m_results, &ResultsView::showRun);
    connect(m_session, &StudioSession::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_results, &ResultsView::openImage, this, &MainWindow::openImage);
    connect(m_gallery, &GalleryView::openImage, this, &MainWindow::openImage);
    connect(m_gallery, &GalleryView::compareImages, this, &MainWindow::compareImages);
    connect(m_results, &ResultsView::compareImages, this, &MainWindow::compareImages);
    connect(m_gallery, &GalleryView::exportRequested, m_transfers, &GalleryTransfers::exportImages);
    connect(m_transfers, &GalleryTransfers::finished, this, [this](const QString &summary) {
        m_tabs->setCurrentWidget(m_gallery);
        m_gallery->messageBar()->show(summary, false);
    });
    connect(m_actions, &ImageActions::reuseRequested, this, &MainWindow::reuse);
    connect(m_actions, &ImageActions::message, this, &MainWindow::showMessage);
    connect(m_logDock, &RequestLogDock::message, this, &MainWindow::showMessage);
    connect(m_serverPanel, &ServerPanel::message, this, &MainWindow::showMessage);
    connect(m_logDock, &RequestLogDock::replayRequested, this,
            [this](const QString &prompt, const QString &modelId, int count) {
                const auto model = m_context.catalog().resolve(modelId);
                if (!model) {
                    showMessage(tr("The model %1 is not in the catalog.").arg(modelId));
                    return;
                }
                m_prompt->setPrompt(prompt);
                generate(prompt, {*model}, std::min(count, GenerationRequest::maxImages));
            });
    connect(m_server, &ServerController::stateChanged, this, &MainWindow::updateServerStatus);
    connect(m_welcome, &WelcomePanel::promptChosen, this, [this](const QString &prompt) {
        m_prompt->setPrompt(prompt);
        m_prompt->setFocus();
    });
    connect(m_welcome, &WelcomePanel::shortcutsRequested, this, &MainWindow::showShortcuts);
    connect(m_welcome, &WelcomePanel::message, this, &MainWindow::showMessage);

    buildMenus();
    buildTray();
    retranslate();
    resize(1280, 820);
    resizeDocks({m_logDock}, {200}, Qt::Vertical);
    resizeDocks({m_serverPanel}, {420}, Qt::Horizontal);
    restoreState();
    updateServerStatus();
}

MainWindow::~MainWindow()
{
    // Children go after this body: the undo stack clears itself on the way and must not
    // update the actions of a window that is half gone (found by UBSan).
    m_curation->undoStack()->disconnect(this);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    // Window-wide: they work whichever widget of the window has the focus.
    QAction *generate = file->addAction(QString(), this, [this] { m_prompt->requestGenerate(); });
    generate->setObjectName(QStringLiteral("generateAction"));
    generate->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    QAction *cancel = file->addAction(QString(), this, [this] { m_prompt->requestCancel(); });
    cancel->setObjectName(QStringLiteral("cancelAction"));
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    file->addSeparator();
    QAction *import = file->addAction(QString(), this, [this] { m_transfers->importFolder(); });
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addSeparator();
    QAction *settings = file->addAction(QString(), this, [this] {
        auto *dialog = new SettingsDialog(&m_context.settings(), &m_context.catalog(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SettingsDialog::applied, this, &MainWindow::onSettingsApplied);
        dialog->open();
    });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setShortcutContext(Qt::ApplicationShortcut);
    file->addSeparator();
    QAction *quit = file->addAction(QString(), this, &MainWindow::quitForReal);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(QString());
    QUndoStack *undo = m_curation->undoStack();
    m_undoAction = edit->addAction(QString(), undo, &QUndoStack::undo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(QString(), undo, &QUndoStack::redo);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(undo, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(undo, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);

    QMenu *view = menuBar()->addMenu(QString());
    QAction *results =
        view->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_results); });
    results->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *gallery =
        view->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_gallery); });
    gallery->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *arena =
        view->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_arena); });
    arena->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *grids = view->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_grid); });
    grids->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction *find = view->addAction(QString(), this, [this] {
        m_tabs->setCurrentWidget(m_gallery);
        if (auto *filter = m_gallery->findChild<QLineEdit *>(QStringLiteral("galleryFilter"))) {
            filter->setFocus(Qt::ShortcutFocusReason);
            filter->selectAll();
        }
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction *fullScreen = view->addAction(
        QString(), this, [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    // F11 everywhere, plus the platform's own key; a key listed twice would be ambiguous.
    QList<QKeySequence> fullScreenKeys{QKeySequence(Qt::Key_F11)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::FullScreen)) {
        if (!fullScreenKeys.contains(key))
            fullScreenKeys.append(key);
    }
    fullScreen->setShortcuts(fullScreenKeys);
    view->addSeparator();
    QAction *logToggle = m_logDock->toggleViewAction();
    logToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(logToggle);
    view->addAction(m_serverPanel->toggleViewAction());

    QMenu *help = menuBar()->addMenu(QString());
    QAction *about = help->addAction(QString(), this, [this] {
        QMessageBox::about(
            this, tr("About ImageBridge"),
            tr("<h3>ImageBridge %1</h3><p>A desktop studio and a local OpenAI-compatible server "
               "for the AI SDK Image Generator.</p><p>Built with Qt %2.</p>")
                .arg(QLatin1String(BuildInfo::version), QLatin1String(qVersion())));
    });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(QString(), qApp, &QApplication::aboutQt);
    QAction *shortcuts = help->addAction(QString(), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    help->insertAction(about, shortcuts);
    help->insertSeparator(about);
    m_translatable = {file->menuAction(),
                      generate,
                      cancel,
                      settings,
                      quit,
                      view->menuAction(),
                      results,
                      gallery,
                      find,
                      fullScreen,
                      help->menuAction(),
                      about,
                      aboutQt,
                      shortcuts,
                      edit->menuAction(),
                      import};
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
        if (m_server->isRunning())
            m_server->stop();
        else
            m_server->start();
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
    const QStringList texts{tr("&File"),
                            tr("&Generate"),
                            tr("&Cancel"),
                            tr("&Settings..."),
                            tr("&Quit"),
                            tr("&View"),
                            tr("&Results"),
                            tr("&Gallery"),
                            tr("&Find in gallery"),
                            tr("F&ull screen"),
                            tr("&Help"),
                            tr("&About ImageBridge"),
                            tr("About &Qt"),
                            tr("&Keyboard shortcuts"),
                            tr("&Edit"),
                            tr("&Import folder..."),
                            tr("&Arena"),
                            tr("G&rids")};
    for (int i = 0; i < m_translatable.size() && i < texts.size(); ++i)
        m_translatable.at(i)->setText(texts.at(i));
    m_serverPanel->toggleViewAction()->setText(tr("Local API &server"));
    m_logDock->toggleViewAction()->setText(tr("Request &log"));
    updateLogStatus();
    updateServerStatus();
    updateUndoActions();
}

void MainWindow::updateUndoActions()
{
    const QUndoStack *undo = m_curation->undoStack();
    m_undoAction->setEnabled(undo->canUndo());
    m_undoAction->setText(undo->canUndo() ? tr("&Undo %1").arg(undo->undoText()) : tr("&Undo"));
    m_redoAction->setEnabled(undo->canRedo());
    m_redoAction->setText(undo->canRedo() ? tr("&Redo %1").arg(undo->redoText()) : tr("&Redo"));
}

void MainWindow::showShortcuts()
{
    // Made from the window's own actions, so the list cannot drift from what works.
    QString rows;
    for (QAction *action : findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText).toHtmlEscaped());
        keys.removeDuplicates();
        rows += QStringLiteral("<tr><td>%1</td><td style='padding-left:16px'><b>%2</b></td></tr>")
                    .arg(QString(action->text()).remove(QLatin1Char('&')).toHtmlEscaped(),
                         keys.join(QLatin1String(", ")));
    }
    rows += QStringLiteral("<tr><td>%1</td><td style='padding-left:16px'><b>%2</b></td></tr>")
                .arg(tr("Earlier prompts (in the prompt box)").toHtmlEscaped(), tr("Up, Down"));
    auto *box =
        new QMessageBox(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                        QStringLiteral("<table>%1</table>").arg(rows), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("shortcutsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_context.settings().value(QStringLiteral("ui/geometry"));
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_context.settings().value(QStringLiteral("ui/windowState"));
    if (!state.isEmpty())
        QMainWindow::restoreState(state);
    // Collapsed until the user opens it; then as they left it.
    m_logDock->setVisible(m_context.settings().value(QStringLiteral("ui/requestLogVisible")) ==
                          "1");
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
    if (!m_server->start())
        showMessage(tr("The API server could not start: %1").arg(m_server->lastError()));
}

void MainWindow::generate(const QString &prompt, const QList<ModelInfo> &models, int count)
{
    m_session->generate(prompt, models, count); // the results view shows it from started()
    m_tabs->setCurrentWidget(m_results);
    showMessage(models.size() > 1 ? tr("Comparing %1 models...").arg(models.size())
                                  : tr("Generating..."));
}

void MainWindow::onJobFinished(GenerationJob *job)
{
    if (m_session->isBusy())
        return;
    const int made = int(job->images().size());
    const QString text = job->succeeded() ? tr("Images are ready")
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
    auto *viewer = new ImageViewer(m_galleryModel, *record, m_actions, m_curation, this);
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
    auto *dialog = new CompareDialog(*left, *right, this);
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

void MainWindow::onSettingsApplied()
{
    m_context.applySettings(); // the --upstream option keeps winning
    m_appearance->applyTheme(m_context.settings().theme());
    m_appearance->applyLanguage(m_context.settings().language());
    if (m_server->isRunning())
        m_server->start(); // picks up the upstream, chat mode and default model
    showMessage(tr("Settings saved"));
}

void MainWindow::updateServerStatus()
{
    const bool running = m_server->isRunning();
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
    m_serverStatus->setText(running ? tr("Server %1").arg(m_server->baseUrl().authority())
                                    : tr("Server stopped"));
    m_serverStatus->setToolTip(tr("Show or hide the server panel"));
    m_logDock->setServerBaseUrl(m_server->baseUrl().toString());
    if (m_tray) {
        m_tray->setToolTip(
            running ? tr("ImageBridge: serving at %1").arg(m_server->baseUrl().toString())
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
    m_context.settings().setValue(QStringLiteral("ui/geometry"), saveGeometry());
    m_context.settings().setValue(QStringLiteral("ui/windowState"), saveState());
    if (!m_quitting && m_tray && m_context.settings().keepRunningInTray()) {
        hide();
        m_tray->show();
        m_tray->showMessage(
            tr("ImageBridge"),
            tr("ImageBridge keeps running in the tray. Quit it from the tray menu."));
        event->ignore();
        return;
    }
    m_session->cancelAll();
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
            m_transfers->importFolder(url.toLocalFile());
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
