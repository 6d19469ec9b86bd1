#pragma once

#include "studio/ResultCard.h"

#include <QList>
#include <QPointer>
#include <QScrollArea>

class GalleryCuration;
class GenerationJob;
class ImageActions;
class ProviderIcons;
class QMenu;
class QTimer;
class QVBoxLayout;
class ResultRun;

// The results feed: each run (a card per image per model, side by side, so models can be
// compared on the same prompt with each one's time) stays, newest first, under its prompt,
// models and time. A card's actions (retry, star, reuse the prompt, compare, save, move to
// the trash) are on its hover buttons and in its context menu.
class ResultsView : public QScrollArea
{
    Q_OBJECT
public:
    ResultsView(const ProviderIcons *icons, ImageActions *actions, GalleryCuration *curation,
                QWidget *parent = nullptr);

    // What the view shows until the first run (the welcome page).
    void setWelcome(QWidget *welcome);
    bool isShowingWelcome() const { return m_welcome && m_runs.isEmpty(); }
    // Puts a new run at the top of the feed.
    void showRun(const QList<GenerationJob *> &jobs);
    // The newest run's cards.
    QList<ResultCard *> cards() const;
    // The runs in the feed, newest first.
    QList<ResultRun *> runs() const;
    // The newest run's cards per row.
    int columns() const;
    static constexpr int spacing = 16;
    // Older runs leave the feed (their images stay in the gallery): each card keeps a preview.
    static constexpr int maxRuns = 12;

    // The context menu of a card, as the view shows it.
    void fillMenu(QMenu *menu, ResultCard *card);

signals:
    void openImage(const QString &imageId);
    void compareImages(const QString &leftId, const QString &rightId);
    // The same prompt and model, one image.
    void retryRequested(const QString &prompt, const QString &modelId);
    void reuseRequested(const QString &prompt, const QString &modelId);
    void deploymentGuideRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void relayout();
    void rememberTopRun();
    void trigger(ResultCard *card, ResultCard::Action action, QWidget *anchor);
    void fillCompareMenu(QMenu *menu, ResultCard *card);
    void followStore();
    QList<ResultCard *> cardsShowing(const QStringList &imageIds) const;

    const ProviderIcons *m_icons;
    ImageActions *m_actions;
    GalleryCuration *m_curation;
    QWidget *m_canvas;
    QVBoxLayout *m_feed;
    QTimer *m_relayoutTimer;
    QPointer<QWidget> m_welcome;
    QList<QPointer<ResultRun>> m_runs; // newest first
    QPointer<ResultRun> m_anchor;      // kept at the top of the view while runs resize
    int m_anchorOffset = 0;
};
