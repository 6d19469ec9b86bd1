#pragma once

#include "generation/ModelCatalog.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

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
    ServerController *server() const { return m_server; }
    ImageActions *imageActions() const { return m_actions; }
    GalleryCuration *curation() const { return m_curation; }
    GalleryTransfers *transfers() const { return m_transfers; }
    ArenaView *arenaView() const { return m_arena; }
    GridView *gridView() const { return m_grid; }
    ArenaSession *arenaSession() const { return m_arenaSession; }
    ArenaVotes *arenaVotes() const { return m_votes; }
    StudioSession *session() const { return m_session; }
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
    void buildMenus();
    void buildTray();
    void generate(const QString &prompt, const QList<ModelInfo> &models, int count);
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
    std::unique_ptr<ProviderIcons> m_icons;
    StudioSession *m_session;
    ServerController *m_server;
    ThumbnailCache *m_thumbnails;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    GalleryModel *m_galleryModel;
    ImageCollections *m_collections;
    GalleryCuration *m_curation;
    ImageActions *m_actions;
    GalleryTransfers *m_transfers;
    ArenaVotes *m_votes;
    ArenaSession *m_arenaSession;
    ArenaView *m_arena = nullptr;
    GridView *m_grid = nullptr;
    ModelPicker *m_picker;
    PromptPanel *m_prompt;
    QTabWidget *m_tabs;
    ResultsView *m_results;
    WelcomePanel *m_welcome;
    GalleryView *m_gallery;
    RequestLogDock *m_logDock;
    ServerPanel *m_serverPanel;
    QToolButton *m_serverStatus;
    QToolButton *m_logStatus;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_quitting = false;
    QList<QAction *> m_translatable;
};
