#include "ResultsView.h"

#include "GenerationJob.h"
#include "ProviderIcons.h"
#include "ResultCard.h"

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
    , m_empty(new QLabel(m_canvas))
{
    setObjectName(QStringLiteral("resultsView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_grid->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_grid->setSpacing(12);
    m_grid->setContentsMargins(12, 12, 12, 12);
    m_empty->setText(tr("Type a prompt, pick one or more models and press Ctrl+Enter.\n"
                        "With several models you get their results side by side."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    setWidget(m_canvas);
    // The empty state sits in the middle of the view, over the (empty) canvas.
    m_empty->setParent(viewport());
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
}

void ResultsView::showRun(const QList<GenerationJob *> &jobs)
{
    for (const QPointer<ResultCard> &card : std::as_const(m_cards))
        delete card;
    m_cards.clear();
    m_empty->hide();
    for (GenerationJob *job : jobs) {
        const QIcon icon = m_icons->icon(job->request().model.provider);
        for (int i = 0; i < job->request().n; ++i) {
            auto *card = new ResultCard(job, i, icon, m_canvas);
            connect(card, &ResultCard::openImage, this, &ResultsView::openImage);
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
    m_empty->setGeometry(viewport()->rect());
    relayout();
}

void ResultsView::relayout()
{
    if (m_cards.isEmpty())
        return;
    const int cardWidth = m_cards.first()->width() + m_grid->spacing();
    const int columns =
        std::max(1, (viewport()->width() - 2 * m_grid->contentsMargins().left()) / cardWidth);
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
    if (!card || card->imageId().isEmpty())
        return;
    QMenu menu(this);
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
