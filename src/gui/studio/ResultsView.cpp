#include "studio/ResultsView.h"

#include "generation/GenerationJob.h"
#include "studio/ResultCard.h"
#include "widgets/ProviderIcons.h"

#include <QContextMenuEvent>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QResizeEvent>

ResultsView::ResultsView(const ProviderIcons *icons, QWidget *parent)
    : QScrollArea(parent)
    , m_icons(icons)
    , m_canvas(new QWidget(this))
    , m_grid(new QGridLayout(m_canvas))
{
    setObjectName(QStringLiteral("resultsView"));
    setAccessibleName(tr("Results"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_grid->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_grid->setSpacing(spacing);
    m_grid->setContentsMargins(spacing, spacing, spacing, spacing);
    setWidget(m_canvas);
}

void ResultsView::setWelcome(QWidget *welcome)
{
    m_welcome = welcome;
    m_grid->addWidget(welcome, 0, 0);
}

void ResultsView::showRun(const QList<GenerationJob *> &jobs)
{
    for (const QPointer<ResultCard> &card : std::as_const(m_cards))
        delete card;
    m_cards.clear();
    if (m_welcome) {
        m_grid->removeWidget(m_welcome);
        m_welcome->hide();
    }
    for (GenerationJob *job : jobs) {
        const QIcon icon = m_icons->icon(job->request().model.provider);
        for (int i = 0; i < job->request().n; ++i) {
            auto *card = new ResultCard(job, i, icon, m_canvas);
            connect(card, &ResultCard::openImage, this, &ResultsView::openImage);
            connect(card, &ResultCard::retryRequested, this, &ResultsView::retryRequested);
            connect(card, &ResultCard::deploymentGuideRequested, this,
                    &ResultsView::deploymentGuideRequested);
            m_cards.append(card);
        }
    }
    m_columns = 0;
    relayout();
}

QList<ResultCard *> ResultsView::cards() const
{
    QList<ResultCard *> list;
    for (const QPointer<ResultCard> &card : m_cards) {
        if (card)
            list.append(card);
    }
    return list;
}

void ResultsView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (m_welcome)
        m_welcome->setFixedWidth(std::min(1040, viewport()->width() - 2 * spacing));
    relayout();
}

// As many columns as fit cards of the smallest size (no more than there are cards), then
// the cards grow to share the width: a wide window shows larger images, not empty space.
void ResultsView::relayout()
{
    if (m_cards.isEmpty())
        return;
    const int available = viewport()->width() - 2 * spacing;
    const int chrome = ResultCard::chromeWidth();
    const int fitting =
        std::max(1, (available + spacing) / (ResultCard::minimumSide + chrome + spacing));
    const int columns = std::min<int>(fitting, int(m_cards.size()));
    const int side = (available - (columns - 1) * spacing) / columns - chrome;
    for (const QPointer<ResultCard> &card : std::as_const(m_cards)) {
        if (card)
            card->setImageSide(side);
    }
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (int i = 0; i < m_cards.size(); ++i) {
        if (m_cards.at(i)) {
            m_grid->addWidget(m_cards.at(i), i / columns, i % columns);
            m_cards.at(i)->show();
        }
    }
}

void ResultsView::contextMenuEvent(QContextMenuEvent *event)
{
    QWidget *child = childAt(event->pos());
    ResultCard *card = nullptr;
    for (QWidget *w = child; w && !card; w = w->parentWidget())
        card = qobject_cast<ResultCard *>(w);
    if (!card || !card->isDone())
        return;
    QMenu menu(this);
    if (card->imageId().isEmpty()) { // failed or cancelled
        menu.addAction(tr("Retry"), card, &ResultCard::retry);
        menu.exec(event->globalPos());
        return;
    }
    menu.addAction(tr("Open"), this, [this, id = card->imageId()] { emit openImage(id); });
    QMenu *compare = menu.addMenu(tr("Compare with"));
    for (const QPointer<ResultCard> &other : std::as_const(m_cards)) {
        if (!other || other == card || other->imageId().isEmpty())
            continue;
        compare->addAction(other->title(), this,
                           [this, left = card->imageId(), right = other->imageId()] {
                               emit compareImages(left, right);
                           });
    }
    compare->setEnabled(!compare->isEmpty());
    menu.exec(event->globalPos());
}
