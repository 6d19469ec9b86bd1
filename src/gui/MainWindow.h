#pragma once

#include "generation/ModelCatalog.h"

#include <QAction>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <utility>

class SettingsDialog;
class AppContext;
class AppSettings;
class ArenaSession;
class ArenaView;
class ArenaVotes;
class Appearance;
class GalleryCuration;
class GalleryModel;
class GalleryTransfers;
class GridView;
class GalleryView;
class GenerationJob;
class ImageActions;
class ImageCollections;
class ImageStore;
class ModelPicker;
class ModelStats;
class PromptPanel;
class ProviderIcons;
class QLabel;
class QSystemTrayIcon;
class QTabWidget;
class QToolButton;
class RequestLog;
class RequestLogDock;
class ResultsView;
class ServerController;
class ServerPanel;
class StudioSession;
class StudioWorkspace;
class ThumbnailCache;
class WelcomePanel;
class UpstreamClient;

// What the window works with; owned by the caller.

// The desktop studio: prompt and models on the left, the current run's results and the
// gallery on the right, the request log and the server panel as docks, a tray icon while
// the server runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AppContext &context, Appearance *appearance, QWidget *parent = nullptr);
    ~MainWindow() override;

    PromptPanel *promptPanel() const { return m_prompt; }
    ResultsView *resultsView() const { return m_results; }
    WelcomePanel *welcomePanel() const { return m_welcome; }
    GalleryView *galleryView() const { return m_gallery; }
    RequestLogDock *requestLogDock() const { return m_logDock; }
    ServerController *server() const;
    ImageActions *imageActions() const;
    GalleryCuration *curation() const;
    GalleryTransfers *transfers() const;
    ArenaView *arenaView() const { return m_arena; }
    GridView *gridView() const { return m_grid; }
    ArenaSession *arenaSession() const;
    ArenaVotes *arenaVotes() const;
    StudioSession *session() const;
    QTabWidget *tabs() const { return m_tabs; }

    void startServerIfWanted();
    void openImage(const QString &imageId);
    void compareImages(const QString &leftId, const QString &rightId);
    void reuse(const QString &prompt, const QString &modelId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct ActionSpec
    {
        const char *objectName = nullptr;
        const char *text = nullptr; // untranslated (QT_TR_NOOP); none: a separator
        QList<QKeySequence> keys;
        std::function<void()> trigger;
        QAction *existing = nullptr; // a dock's own toggle action, shown in the menu
        QAction::MenuRole role = QAction::TextHeuristicRole;
    };
    struct MenuSpec
    {
        const char *title;
        QList<ActionSpec> actions;
    };

    void buildCentralArea();
    void buildDocks();
    void showPanelsFor(int tab);
    void showServerPanel();
    void buildStatusBar();
    void connectStudio();
    QList<MenuSpec> menuTable();
    void buildMenus();
    void buildTray();
    SettingsDialog *openSettings(bool atSources = false);
    void showSourcesInPicker();
    void showDeploymentGuide();
    void findInGallery();
    void showAbout();
    void reviewVotes();
    void replay(const QString &prompt, const QString &modelId, int count);
    void generate(const QString &prompt, const QList<ModelInfo> &models, int count,
                  const QString &shape);
    void onJobFinished(GenerationJob *job);
    void onSettingsApplied();
    void showShortcuts();
    void updateLogStatus();
    void updateServerStatus();
    void showMessage(const QString &text);
    void retranslate();
    void updateUndoActions();
    void restoreState();
    void quitForReal();

    AppContext &m_context;
    Appearance *m_appearance;
    StudioWorkspace *m_studio;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    ArenaView *m_arena = nullptr;
    GridView *m_grid = nullptr;
    ModelPicker *m_picker = nullptr;
    PromptPanel *m_prompt = nullptr;
    QTabWidget *m_tabs = nullptr;
    ResultsView *m_results = nullptr;
    WelcomePanel *m_welcome = nullptr;
    GalleryView *m_gallery = nullptr;
    RequestLogDock *m_logDock = nullptr;
    ServerPanel *m_serverPanel = nullptr; // a dialog, made once and kept
    QToolButton *m_serverStatus = nullptr;
    QToolButton *m_logStatus = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_quitting = false;
    // Each menu and action with its untranslated text, for retranslate().
    QList<std::pair<QAction *, const char *>> m_texts;
};
