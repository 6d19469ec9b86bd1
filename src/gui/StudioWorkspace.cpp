#include "StudioWorkspace.h"

#include "AppContext.h"
#include "arena/ArenaSession.h"
#include "arena/ArenaVotes.h"
#include "arena/LeaderboardModel.h"
#include "gallery/GalleryCuration.h"
#include "gallery/GalleryModel.h"
#include "gallery/GalleryTransfers.h"
#include "gallery/ImageActions.h"
#include "gallery/ThumbnailCache.h"
#include "server/ServerController.h"
#include "store/ImageCollections.h"
#include "studio/StudioSession.h"
#include "widgets/ProviderIcons.h"

StudioWorkspace::StudioWorkspace(AppContext &context, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_icons(std::make_unique<ProviderIcons>())
    , m_session(new StudioSession(&context.upstream(), &context.store(), &context.log(),
                                  &context.stats(), this))
    , m_server(new ServerController(context, this))
    , m_thumbnails(new ThumbnailCache(&context.store(), this))
    , m_galleryModel(new GalleryModel(&context.store(), m_thumbnails, &context.catalog(), this))
    , m_collections(new ImageCollections(&context.store(), this))
    , m_curation(new GalleryCuration(&context.store(), m_collections, dialogParent, this))
    , m_actions(new ImageActions(&context.store(), m_curation, dialogParent, this))
    , m_transfers(new GalleryTransfers(&context.store(), dialogParent, this))
    , m_votes(new ArenaVotes(&context.store(), this))
    , m_arenaSession(
          new ArenaSession(&context.upstream(), &context.store(), m_votes, &context.stats(), this))
    , m_leaderboard(new LeaderboardModel(m_votes, &context.catalog(), &context.stats(), this))
{
    m_arenaSession->setRequestLog(&context.log());
}

StudioWorkspace::~StudioWorkspace() = default;
