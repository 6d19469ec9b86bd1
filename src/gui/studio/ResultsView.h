#pragma once

#include <QList>
#include <QPointer>
#include <QScrollArea>

class GenerationJob;
class ProviderIcons;
class QGridLayout;
class QLabel;
class ResultCard;

// The current run: a card per image per model, side by side, so models can be compared
// on the same prompt with each one's time. A card's context menu opens two of them in the
// compare view.
class ResultsView : public QScrollArea
{
    Q_OBJECT
public:
    explicit ResultsView(const ProviderIcons *icons, QWidget *parent = nullptr);

    // What the view shows until the first run (the welcome page).
    void setWelcome(QWidget *welcome);
    bool isShowingWelcome() const { return m_welcome && m_cards.isEmpty(); }
    void showRun(const QList<GenerationJob *> &jobs);
    QList<ResultCard *> cards() const;
    // Cards per row: as many as fit at ResultCard::minimumSide, `spacing` apart and around.
    int columns() const { return m_columns; }
    static constexpr int spacing = 16;

signals:
    void openImage(const QString &imageId);
    void compareImages(const QString &leftId, const QString &rightId);
    // A failed or cancelled card's Retry: the same prompt and model, one image.
    void retryRequested(const QString &prompt, const QString &modelId);
    void deploymentGuideRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void relayout();

    const ProviderIcons *m_icons;
    QWidget *m_canvas;
    QGridLayout *m_grid;
    QPointer<QWidget> m_welcome;
    QList<QPointer<ResultCard>> m_cards;
    int m_columns = 0;
};
