#include "studio/ResultsView.h"

#include "gallery/GalleryCuration.h"
#include "gallery/ImageActions.h"
#include "generation/GenerationJob.h"
#include "studio/ResultRun.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

ResultsView::ResultsView(const ProviderIcons *icons, ImageActions *actions,
                         GalleryCuration *curation, QWidget *parent)
    : QScrollArea(parent)
    , m_icons(icons)
    , m_actions(actions)
    , m_curation(curation)
    , m_canvas(new QWidget(this))
    , m_feed(new QVBoxLayout(m_canvas))
    , m_relayoutTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("resultsView"));
    setAccessibleName(tr("Results"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_feed->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_feed->setSpacing(2 * spacing);
    m_feed->setContentsMargins(spacing, spacing, spacing, spacing);
    m_feed->addStretch(1); // the runs keep their height; the room left stays below them
    setWidget(m_canvas);
    m_canvas->installEventFilter(this);
    m_relayoutTimer->setSingleShot(true);
    m_relayoutTimer->setInterval(40);
    connect(m_relayoutTimer, &QTimer::timeout, this, &ResultsView::relayout);
    // Scrolling by hand ends the anchoring of relayout().
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_anchor.clear(); });
    followStore();
}

void ResultsView::setWelcome(QWidget *welcome)
{
    m_welcome = welcome;
    m_feed->insertWidget(0, welcome);
}

void ResultsView::showRun(const QList<GenerationJob *> &jobs)
{
    if (m_welcome) {
        m_feed->removeWidget(m_welcome);
        m_welcome->hide();
    }
    auto *run = new ResultRun(jobs, m_icons, m_canvas);
    for (ResultCard *card : run->cards()) {
        connect(card, &ResultCard::openImage, this, &ResultsView::openImage);
        connect(card, &ResultCard::actionTriggered, this,
                [this, card](ResultCard::Action action, QWidget *anchor) {
                    trigger(card, action, anchor);
                });
        connect(card, &ResultCard::deploymentGuideRequested, this,
                &ResultsView::deploymentGuideRequested);
    }
    m_feed->insertWidget(0, run);
    m_runs.prepend(run);
    // Later: the oldest run's Retry may be what started this one, still in its click.
    while (m_runs.size() > maxRuns) {
        if (ResultRun *oldest = m_runs.takeLast()) {
            m_feed->removeWidget(oldest);
            oldest->hide();
            oldest->deleteLater();
        }
    }
    relayout();
    m_anchor.clear();
    verticalScrollBar()->setValue(0); // the new run, at the top
}

QList<ResultRun *> ResultsView::runs() const
{
    QList<ResultRun *> list;
    for (const QPointer<ResultRun> &run : m_runs) {
        if (run)
            list.append(run);
    }
    return list;
}

QList<ResultCard *> ResultsView::cards() const
{
    const QList<ResultRun *> all = runs();
    return all.isEmpty() ? QList<ResultCard *>() : all.first()->cards();
}

int ResultsView::columns() const
{
    const QList<ResultRun *> all = runs();
    return all.isEmpty() ? 0 : all.first()->columns();
}

void ResultsView::resizeEvent(QResizeEvent *event)
{
    rememberTopRun(); // the canvas takes the new width at once
    QScrollArea::resizeEvent(event);
    if (m_welcome)
        m_welcome->setFixedWidth(std::min(1040, viewport()->width() - 2 * spacing));
    // Dragging the window's edge sends a resize per frame; each new card size rescales
    // every preview, so the cards follow once the drag pauses.
    m_relayoutTimer->start();
}

// The run at the top of the view stays there while the runs above it change height:
// remember it and its offset before anything moves; the canvas puts it back once it has
// its new size.
void ResultsView::rememberTopRun()
{
    const int scrolled = verticalScrollBar()->value();
    if (m_anchor || scrolled <= 0)
        return;
    for (ResultRun *run : runs()) {
        if (run->geometry().bottom() >= scrolled) {
            m_anchor = run;
            m_anchorOffset = scrolled - run->y();
            return;
        }
    }
}

void ResultsView::relayout()
{
    rememberTopRun();
    const int available = viewport()->width() - 2 * spacing;
    const int visible = viewport()->height() - 2 * spacing;
    for (ResultRun *run : runs())
        run->layOut(available, visible, spacing);
}

bool ResultsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && event->type() == QEvent::Resize && m_anchor) {
        // After the canvas's layout has placed the runs at their new heights.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_anchor)
                    verticalScrollBar()->setValue(m_anchor->y() + m_anchorOffset);
            },
            Qt::QueuedConnection);
    }
    return QScrollArea::eventFilter(watched, event);
}

void ResultsView::trigger(ResultCard *card, ResultCard::Action action, QWidget *anchor)
{
    using Action = ResultCard::Action;
    if (action == Action::Retry) {
        emit retryRequested(card->prompt(), card->modelId());
        return;
    }
    if (action == Action::Reuse) {
        emit reuseRequested(card->prompt(), card->modelId());
        return;
    }
    if (action == Action::Compare) {
        QMenu menu(this);
        fillCompareMenu(&menu, card);
        menu.exec(anchor ? anchor->mapToGlobal(QPoint(0, anchor->height())) : QCursor::pos());
        return;
    }
    const auto record = m_actions->store()->find(card->imageId());
    if (!record)
        return;
    switch (action) {
    case Action::Star:
        m_curation->setStarred({record->id}, !record->starred);
        break;
    case Action::Save:
        m_actions->saveAs(*record);
        break;
    case Action::Delete:
        m_actions->remove(*record);
        break;
    default:
        break;
    }
}

// Every other card with an image, in the feed's order: the same run's first.
void ResultsView::fillCompareMenu(QMenu *menu, ResultCard *card)
{
    for (ResultRun *run : runs()) {
        const bool sameRun = run->cards().contains(card);
        for (ResultCard *other : run->cards()) {
            if (other == card || other->imageId().isEmpty() || other->isTrashed())
                continue;
            const QString label =
                sameRun ? other->title()
                        : tr("%1 · %2").arg(other->title(),
                                            QFontMetrics(menu->font())
                                                .elidedText(run->prompt(), Qt::ElideRight, 240));
            // A prompt's "&" is text, not a mnemonic.
            menu->addAction(QString(label).replace(QLatin1Char('&'), QLatin1String("&&")), this,
                            [this, left = card->imageId(), right = other->imageId()] {
                                emit compareImages(left, right);
                            });
        }
    }
    if (menu->isEmpty())
        menu->addAction(tr("No other image to compare with"))->setEnabled(false);
}

void ResultsView::fillMenu(QMenu *menu, ResultCard *card)
{
    const QList<ResultCard::Action> available = card->availableActions();
    if (!card->imageId().isEmpty())
        menu->addAction(tr("Open"), this, [this, id = card->imageId()] { emit openImage(id); });
    for (const ResultCard::Action action : available) {
        const QIcon icon = card->actionButton(action)->icon();
        if (action == ResultCard::Action::Compare) {
            fillCompareMenu(menu->addMenu(icon, ResultCard::actionText(action)), card);
            continue;
        }
        const QString text = action == ResultCard::Action::Star && card->isStarred()
                                 ? tr("Unstar")
                                 : ResultCard::actionText(action);
        menu->addAction(icon, text, this, [this, card, action] { trigger(card, action, nullptr); });
    }
}

void ResultsView::contextMenuEvent(QContextMenuEvent *event)
{
    ResultCard *card = nullptr;
    for (QWidget *w = childAt(event->pos()); w && !card; w = w->parentWidget())
        card = qobject_cast<ResultCard *>(w);
    if (!card || card->availableActions().isEmpty())
        return;
    QMenu menu(this);
    fillMenu(&menu, card);
    menu.exec(event->globalPos());
}

QList<ResultCard *> ResultsView::cardsShowing(const QStringList &imageIds) const
{
    QList<ResultCard *> found;
    for (ResultRun *run : runs()) {
        for (ResultCard *card : run->cards()) {
            if (!card->imageId().isEmpty() && imageIds.contains(card->imageId()))
                found.append(card);
        }
    }
    return found;
}

// Stars and the trash change from anywhere (the gallery, the viewer, Undo): the cards follow.
void ResultsView::followStore()
{
    ImageStore *store = m_actions->store();
    connect(store, &ImageStore::imagesChanged, this, [this, store](const QStringList &ids) {
        for (ResultCard *card : cardsShowing(ids)) {
            if (const auto record = store->find(card->imageId()))
                card->setStarred(record->starred);
        }
    });
    connect(store, &ImageStore::imagesTrashed, this, [this](const QStringList &ids) {
        for (ResultCard *card : cardsShowing(ids))
            card->setTrashed(true);
        relayout();
    });
    connect(store, &ImageStore::imagesRestored, this, [this](const QList<ImageRecord> &records) {
        QStringList ids;
        for (const ImageRecord &record : records)
            ids.append(record.id);
        for (ResultCard *card : cardsShowing(ids))
            card->setTrashed(false);
        relayout();
    });
}
