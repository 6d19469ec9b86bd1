#include "arena/ArenaView.h"

#include "arena/LeaderboardModel.h"
#include "store/ImageStore.h"
#include "widgets/KeyBindings.h"
#include "widgets/ModelPicker.h"
#include "widgets/ZoomableImage.h"

#include <QAction>
#include <QCompleter>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
QImage readImage(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    return reader.read();
}
} // namespace

ArenaView::ArenaView(ArenaSession *session, LeaderboardModel *leaderboard, const ModelPicker *pool,
                     ImageStore *store, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_store(store)
    , m_leaderboard(leaderboard)
    , m_pool(pool)
    , m_prompt(new QLineEdit(this))
    , m_start(new QPushButton(this))
    , m_left(new ZoomableImage(this))
    , m_right(new ZoomableImage(this))
    , m_leftName(new QLabel(this))
    , m_rightName(new QLabel(this))
    , m_status(new QLabel(this))
    , m_reveal(new QLabel(this))
    , m_voteLeft(new QPushButton(this))
    , m_voteRight(new QPushButton(this))
    , m_voteTie(new QPushButton(this))
    , m_voteBad(new QPushButton(this))
    , m_undo(new QPushButton(this))
    , m_review(new QPushButton(this))
    , m_leaderboardTitle(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("arenaView"));
    configureWidgets();
    configureLeaderboard();
    connectSignals();
    connectKeys();
    buildLayout();
    setVotingEnabled(false);
    m_undo->setEnabled(false);
    retranslate();
}

void ArenaView::configureWidgets()
{
    m_prompt->setObjectName(QStringLiteral("arenaPrompt"));
    m_prompt->setClearButtonEnabled(true);
    m_start->setObjectName(QStringLiteral("arenaStart"));
    m_reveal->setObjectName(QStringLiteral("arenaReveal"));
    m_reveal->setAlignment(Qt::AlignCenter);
    m_reveal->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    // The pair shrinks with a laptop's window; the images scale to what they get.
    for (ZoomableImage *image : {m_left, m_right})
        image->setMinimumSize(160, 100);
    for (QLabel *name : {m_leftName, m_rightName}) {
        name->setAlignment(Qt::AlignCenter);
        QFont f = name->font();
        f.setBold(true);
        name->setFont(f);
    }
}

void ArenaView::configureLeaderboard()
{
    m_table->setObjectName(QStringLiteral("arenaLeaderboard"));
    m_table->setModel(m_leaderboard);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LeaderboardModel::Model,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);
    // A few rows; it scrolls for more, and the pair keeps the height to be judged.
    const int header = m_table->horizontalHeader()->sizeHint().height();
    const int row = m_table->verticalHeader()->defaultSectionSize();
    m_table->setMinimumHeight(header + row);
    m_table->setMaximumHeight(header + 7 * row);
    QFont heading = m_leaderboardTitle->font();
    heading.setBold(true);
    m_leaderboardTitle->setFont(heading);
}

void ArenaView::connectSignals()
{
    connect(m_start, &QPushButton::clicked, this, &ArenaView::start);
    connect(m_prompt, &QLineEdit::returnPressed, this, &ArenaView::start);
    connect(m_voteLeft, &QPushButton::clicked, this, [this] { vote(ArenaVote::Outcome::Left); });
    connect(m_voteRight, &QPushButton::clicked, this, [this] { vote(ArenaVote::Outcome::Right); });
    connect(m_voteTie, &QPushButton::clicked, this, [this] { vote(ArenaVote::Outcome::Tie); });
    connect(m_voteBad, &QPushButton::clicked, this, [this] { vote(ArenaVote::Outcome::BothBad); });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_session->undoLastVote())
            m_reveal->setText(tr("The last vote was taken back."));
        m_undo->setEnabled(false);
    });
    connect(m_review, &QPushButton::clicked, this, &ArenaView::reviewVotes);
    connect(m_session, &ArenaSession::pairReady, this, &ArenaView::showPair);
    connect(m_session, &ArenaSession::waiting, this, &ArenaView::showWaiting);
    connect(m_session, &ArenaSession::revealed, this, &ArenaView::onRevealed);
    connect(m_session, &ArenaSession::pairFailed, this,
            [this](const QString &modelId, const QString &message) {
                m_status->setText(tr("%1 failed (%2); trying another pair. Failures count "
                                     "against reliability, not as votes.")
                                      .arg(modelId, message.left(120)));
            });
}

QWidget *ArenaView::buildCentrePanel()
{
    auto *setup = new QHBoxLayout;
    setup->addWidget(m_prompt, 1);
    setup->addWidget(m_start);
    auto *images = new QGridLayout;
    images->addWidget(m_left, 0, 0);
    images->addWidget(m_right, 0, 1);
    images->addWidget(m_leftName, 1, 0);
    images->addWidget(m_rightName, 1, 1);
    images->setRowStretch(0, 1);
    // Each side's vote under its image; a tie and "both bad" between them, below.
    images->addWidget(m_voteLeft, 2, 0);
    images->addWidget(m_voteRight, 2, 1);
    auto *votes = new QHBoxLayout;
    votes->addStretch(1);
    for (QPushButton *b : {m_voteTie, m_voteBad})
        votes->addWidget(b);
    votes->addStretch(1);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addLayout(setup);
    centreLayout->addLayout(images, 1);
    centreLayout->addLayout(votes);
    centreLayout->addWidget(m_status);
    centreLayout->addWidget(m_reveal);
    return centre;
}

QWidget *ArenaView::buildBoardPanel()
{
    auto *board = new QWidget(this);
    auto *boardLayout = new QVBoxLayout(board);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    // The buttons on a row of their own: beside the title they would widen the tab.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_review);
    boardLayout->addWidget(m_leaderboardTitle);
    boardLayout->addWidget(m_table, 1);
    boardLayout->addLayout(buttons);
    return board;
}

void ArenaView::buildLayout()
{
    // The board below the pair: it gets the window's whole width for its columns, and the
    // pair keeps what a laptop screen can give side by side.
    QWidget *centre = buildCentrePanel();
    QWidget *board = buildBoardPanel();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("arenaSplitter"));
    splitter->addWidget(centre);
    splitter->addWidget(board);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({640, 200});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void ArenaView::setPromptHistory(const QStringList &prompts)
{
    auto *completer = new QCompleter(prompts, m_prompt);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_prompt->setCompleter(completer);
    if (m_prompt->text().isEmpty() && !prompts.isEmpty())
        m_prompt->setPlaceholderText(prompts.first());
}

void ArenaView::start()
{
    // Prompts separated by "|" take turns; an empty field uses the suggested prompt.
    QString text = m_prompt->text().trimmed();
    if (text.isEmpty())
        text = m_prompt->placeholderText();
    QString error;
    if (!m_session->start(m_pool->selectedModels(), text.split(QLatin1Char('|')), &error)) {
        m_status->setText(error);
        return;
    }
    m_reveal->clear();
    setFocus(Qt::OtherFocusReason); // the vote keys work at once
}

void ArenaView::showWaiting()
{
    setVotingEnabled(false);
    m_left->setImage({}, tr("Generating..."));
    m_right->setImage({}, tr("Generating..."));
    m_leftName->setText(tr("Left"));
    m_rightName->setText(tr("Right"));
    m_status->setText(tr("Making the next pair. The names stay hidden until you vote."));
}

void ArenaView::showPair()
{
    const ArenaSession::Pair &pair = m_session->pair();
    m_leftName->setText(tr("Left"));
    m_rightName->setText(tr("Right"));
    m_status->setText(tr("Prompt: %1").arg(pair.prompt));
    setVotingEnabled(true);
    setFocus(Qt::OtherFocusReason);
    const quint64 serial = ++m_pairSerial;
    for (const bool left : {true, false}) {
        ZoomableImage *view = left ? m_left : m_right;
        const QString id = left ? pair.leftImage : pair.rightImage;
        view->setImage({}, tr("Loading..."));
        // The file may still be on its way to disk; decode it off the UI thread.
        m_store->whenSettled(id, this, [this, view, id, serial](const QString &error) {
            const auto record = m_store->find(id);
            if (!error.isEmpty() || !record || serial != m_pairSerial)
                return;
            auto *watcher = new QFutureWatcher<QImage>(this);
            connect(watcher, &QFutureWatcher<QImage>::finished, this,
                    [this, watcher, view, serial] {
                        watcher->deleteLater();
                        if (serial == m_pairSerial)
                            view->setImage(watcher->result(), tr("The image could not be read."));
                    });
            watcher->setFuture(QtConcurrent::run(&readImage, record->filePath));
        });
    }
}

void ArenaView::setVotingEnabled(bool on)
{
    for (QPushButton *b : {m_voteLeft, m_voteRight, m_voteTie, m_voteBad})
        b->setEnabled(on);
}

void ArenaView::vote(ArenaVote::Outcome outcome)
{
    if (!m_session->hasPair())
        return;
    m_session->vote(outcome);
    m_undo->setEnabled(true);
}

void ArenaView::onRevealed(const ArenaSession::Pair &pair, ArenaVote::Outcome outcome)
{
    const QString verdict = outcome == ArenaVote::Outcome::Left    ? tr("You chose the left one")
                            : outcome == ArenaVote::Outcome::Right ? tr("You chose the right one")
                            : outcome == ArenaVote::Outcome::Tie   ? tr("A tie")
                                                                   : tr("Both bad");
    const auto ratings = m_leaderboard->ratings();
    m_reveal->setText(tr("%1: left was %2 (now %3), right was %4 (now %5).")
                          .arg(verdict, pair.left.name)
                          .arg(qRound(ratings.value(pair.left.id).rating))
                          .arg(pair.right.name)
                          .arg(qRound(ratings.value(pair.right.id).rating)));
}

QList<KeyBinding> ArenaView::keyBindings()
{
    const char *c = "ArenaView";
    return {{c, QT_TRANSLATE_NOOP("ArenaView", "Vote: left is better"), {Qt::Key_1}},
            {c, QT_TRANSLATE_NOOP("ArenaView", "Vote: right is better"), {Qt::Key_2}},
            {c, QT_TRANSLATE_NOOP("ArenaView", "Vote: a tie"), {Qt::Key_3}},
            {c, QT_TRANSLATE_NOOP("ArenaView", "Vote: both bad"), {Qt::Key_0}}};
}

// In the order of keyBindings(); the arena's prompt field keeps its digits.
void ArenaView::connectKeys()
{
    const QList<QAction *> keys = addKeyActions(this, keyBindings());
    const ArenaVote::Outcome outcomes[] = {ArenaVote::Outcome::Left, ArenaVote::Outcome::Right,
                                           ArenaVote::Outcome::Tie, ArenaVote::Outcome::BothBad};
    for (qsizetype i = 0; i < keys.size(); ++i)
        connect(keys.at(i), &QAction::triggered, this, [this, o = outcomes[i]] { vote(o); });
}

void ArenaView::retranslate()
{
    m_prompt->setAccessibleName(tr("Arena prompt"));
    m_prompt->setToolTip(tr("Separate several prompts with | to take turns"));
    m_start->setText(tr("Start"));
    m_voteLeft->setText(tr("Left is better (1)"));
    m_voteRight->setText(tr("Right is better (2)"));
    m_voteTie->setText(tr("Tie (3)"));
    m_voteBad->setText(tr("Both bad (0)"));
    m_undo->setText(tr("Undo vote"));
    m_review->setText(tr("All votes..."));
    m_review->setToolTip(tr("Review your votes, compare their images or take one back"));
    m_left->setAccessibleName(tr("Left image"));
    m_right->setAccessibleName(tr("Right image"));
    m_leaderboardTitle->setText(tr("Your leaderboard"));
    m_table->setAccessibleName(tr("Your leaderboard"));
    if (!m_session->isActive()) {
        m_status->setText(
            tr("Check two or more models in the picker, type a prompt and press Start."));
    } else if (m_session->hasPair()) {
        m_status->setText(tr("Prompt: %1").arg(m_session->pair().prompt));
    }
    m_leftName->setText(tr("Left"));
    m_rightName->setText(tr("Right"));
}

void ArenaView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
