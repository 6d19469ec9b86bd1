#pragma once

#include <QObject>

#include <memory>

class AppContext;
class ArenaSession;
class ArenaVotes;
class GalleryCuration;
class GalleryModel;
class GalleryTransfers;
class ImageActions;
class ImageCollections;
class LeaderboardModel;
class ProviderIcons;
class QWidget;
class ServerController;
class StudioSession;
class ThumbnailCache;

// What the studio's widgets work with, made once for a window: the generation session,
// the API server's controller, the gallery (model, thumbnails, collections, curation,
// actions, transfers) and the arena (votes, session, leaderboard). The window only
// arranges widgets around these. `dialogParent` is where the gallery's dialogs open.
class StudioWorkspace : public QObject
{
    Q_OBJECT
public:
    StudioWorkspace(AppContext &context, QWidget *dialogParent, QObject *parent = nullptr);
    ~StudioWorkspace() override;

    ProviderIcons *icons() const { return m_icons.get(); }
    StudioSession *session() const { return m_session; }
    ServerController *server() const { return m_server; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    GalleryModel *galleryModel() const { return m_galleryModel; }
    ImageCollections *collections() const { return m_collections; }
    GalleryCuration *curation() const { return m_curation; }
    ImageActions *actions() const { return m_actions; }
    GalleryTransfers *transfers() const { return m_transfers; }
    ArenaVotes *votes() const { return m_votes; }
    ArenaSession *arenaSession() const { return m_arenaSession; }
    LeaderboardModel *leaderboard() const { return m_leaderboard; }

private:
    std::unique_ptr<ProviderIcons> m_icons;
    StudioSession *m_session;
    ServerController *m_server;
    ThumbnailCache *m_thumbnails;
    GalleryModel *m_galleryModel;
    ImageCollections *m_collections;
    GalleryCuration *m_curation;
    ImageActions *m_actions;
    GalleryTransfers *m_transfers;
    ArenaVotes *m_votes;
    ArenaSession *m_arenaSession;
    LeaderboardModel *m_leaderboard;
};
