#include "studio/ResultRun.h"

#include "generation/GenerationJob.h"
#include "studio/ResultCard.h"
#include "widgets/ProviderIcons.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

ResultRun::ResultRun(const QList<GenerationJob *> &jobs, const ProviderIcons *icons,
                     QWidget *parent)
    : QFrame(parent)
    , m_started(QDateTime::currentDateTime())
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("resultRun"));
    // As wide as its cards, so that the feed centres every run the same way.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    if (!jobs.isEmpty())
        m_prompt = jobs.first()->request().prompt;
    for (GenerationJob *job : jobs) {
        m_modelNames.append(job->request().model.name);
        const QIcon icon = icons->icon(job->request().model.provider);
        for (int i = 0; i < job->request().n; ++i)
            m_cards.append(new ResultCard(job, i, icon, this));
    }
    m_title->setObjectName(QStringLiteral("runPrompt"));
    m_title->setProperty("role", QStringLiteral("heading"));
    m_title->setText(m_prompt.simplified());
    m_title->setToolTip(m_prompt);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("runDetails"));
    m_grid->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addLayout(m_grid);
    retranslate();
}

QList<ResultCard *> ResultRun::cards() const
{
    QList<ResultCard *> list;
    for (const QPointer<ResultCard> &card : m_cards) {
        if (card)
            list.append(card);
    }
    return list;
}

int ResultRun::balancedColumns(int cards, int fitting)
{
    if (cards <= 0)
        return 0;
    // Up to three side by side; more make a grid as square as it can be (four: 2 × 2),
    // so that each image stays large enough to judge.
    const int square = cards <= 3 ? cards : int(std::ceil(std::sqrt(double(cards))));
    fitting = std::clamp(fitting, 1, square);
    const int rows = (cards + fitting - 1) / fitting;
    return (cards + rows - 1) / rows;
}

// As many columns as fit cards of the smallest size, evened out over the rows; then the
// cards grow to share the width: a wide window shows larger images, not empty space.
void ResultRun::layOut(int available, int visibleHeight, int spacing)
{
    QList<ResultCard *> shown = cards();
    shown.removeIf([](const ResultCard *card) { return card->isTrashed(); });
    const int chrome = ResultCard::chromeWidth();
    const int fitting =
        std::max(1, (available + spacing) / (ResultCard::minimumSide + chrome + spacing));
    const int columns = balancedColumns(int(shown.size()), fitting);
    if (columns == 0) { // every image went to the trash
        setVisible(false);
        m_columns = 0;
        m_laidOut.clear();
        return;
    }
    int side = (available - (columns - 1) * spacing) / columns - chrome;
    // Also no taller than the view, so that a whole run can be seen at once. The height
    // around an image comes from a card that shows one (a failed card shows none).
    const int rows = (int(shown.size()) + columns - 1) / columns;
    const int header = m_title->sizeHint().height() + m_details->sizeHint().height() + 16;
    int cardChrome = -1;
    for (const ResultCard *card : std::as_const(shown)) {
        if (card->showsImageArea())
            cardChrome = std::max(cardChrome, card->sizeHint().height() - card->imageSide());
    }
    if (cardChrome >= 0)
        side = std::min(side,
                        (visibleHeight - header - rows * cardChrome - (rows - 1) * spacing) / rows);
    for (ResultCard *card : shown)
        card->setImageSide(side);
    // The prompt wraps within the cards' width rather than widening the run.
    const int width = columns * shown.first()->width() + (columns - 1) * spacing;
    for (QLabel *label : {m_title, m_details})
        label->setFixedWidth(width);
    m_grid->setSpacing(spacing);
    if (columns == m_columns && shown == m_laidOut)
        return;
    m_columns = columns;
    m_laidOut = shown;
    for (ResultCard *card : cards()) {
        m_grid->removeWidget(card);
        card->hide();
    }
    for (int i = 0; i < shown.size(); ++i) {
        m_grid->addWidget(shown.at(i), i / columns, i % columns);
        shown.at(i)->show();
    }
    setVisible(true);
}

void ResultRun::retranslate()
{
    const QString time = QLocale().toString(m_started.time(), QLocale::ShortFormat);
    QString models = m_modelNames.join(QStringLiteral(", "));
    if (m_modelNames.size() > 3)
        models = tr("%n model(s)", nullptr, int(m_modelNames.size()));
    m_details->setText(tr("%1 · %2").arg(models, time));
    m_details->setToolTip(m_modelNames.join(QLatin1Char('\n')));
}

void ResultRun::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}
