#pragma once

#include "arena/ArenaSession.h"
#include "widgets/KeyBindings.h"

#include <QWidget>

class ImageStore;
class LeaderboardModel;
class ModelCatalog;
class QLabel;
class QLineEdit;
class ModelPicker;
class QPushButton;
class QTableView;
class ZoomableImage;

// The Arena tab: the models checked in the studio's shared picker are the pool; type a
// prompt, then judge pairs of images made by two of them, without their names. The keys of
// keyBindings() vote; the names show after the vote while the next pair (already made in
// the background) appears. "Undo vote" takes back the last one. The leaderboard below sorts
// the models by the personal rating.
class ArenaView : public QWidget
{
    Q_OBJECT
public:
    // Its keys, for the shortcuts dialog.
    static QList<KeyBinding> keyBindings();
    ArenaView(ArenaSession *session, LeaderboardModel *leaderboard, const ModelPicker *pool,
              ImageStore *store, QWidget *parent = nullptr);

    void setPromptHistory(const QStringList &prompts);
    QLineEdit *promptEdit() const { return m_prompt; }
    QPushButton *startButton() const { return m_start; }
    QLabel *revealLabel() const { return m_reveal; }
    void start();

signals:
    void reviewVotes();

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectKeys();
    void configureWidgets();
    void configureLeaderboard();
    void connectSignals();
    QWidget *buildCentrePanel();
    QWidget *buildBoardPanel();
    void buildLayout();
    void showPair();
    void showWaiting();
    void onRevealed(const ArenaSession::Pair &pair, ArenaVote::Outcome outcome);
    void vote(ArenaVote::Outcome outcome);
    void setVotingEnabled(bool on);
    void retranslate();

    ArenaSession *m_session;
    ImageStore *m_store;
    quint64 m_pairSerial = 0;
    LeaderboardModel *m_leaderboard;
    const ModelPicker *m_pool;
    QLineEdit *m_prompt;
    QPushButton *m_start;
    ZoomableImage *m_left;
    ZoomableImage *m_right;
    QLabel *m_leftName;
    QLabel *m_rightName;
    QLabel *m_status;
    QLabel *m_reveal;
    QPushButton *m_voteLeft;
    QPushButton *m_voteRight;
    QPushButton *m_voteTie;
    QPushButton *m_voteBad;
    QPushButton *m_undo;
    QPushButton *m_review;
    QLabel *m_leaderboardTitle;
    QTableView *m_table;
};
