#pragma once

#include "generation/GenerationJob.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QHash>
#include <QImage>
#include <QPointer>

#include <optional>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;

// One image of a run: a progress view with a live stopwatch and attempt counter while it is
// made, a countdown while the upstream is busy, then the image (click to open it) or the
// reason it failed. Its actions show as buttons over the image on hover; the results view
// offers the same ones in the card's context menu.
class ResultCard : public QFrame
{
    Q_OBJECT
public:
    enum class Action { Retry, Star, Reuse, Compare, Save, Delete };
    static const QList<Action> &allActions();

    ResultCard(GenerationJob *job, int index, const QIcon &providerIcon, QWidget *parent = nullptr);

    // What can be done now: all of them with an image, Retry and Reuse after a failure,
    // nothing while it is made.
    QList<Action> availableActions() const;
    static QString actionText(Action action);
    QToolButton *actionButton(Action action) const { return m_actionButtons.value(int(action)); }
    void setStarred(bool starred);
    // A card whose image went to the trash leaves the feed until the image is restored.
    void setTrashed(bool trashed) { m_trashed = trashed; }
    bool isTrashed() const { return m_trashed; }
    bool isStarred() const { return m_starred; }
    QString prompt() const { return m_prompt; }
    QString modelId() const { return m_modelId; }
    QString imageId() const { return m_imageId; }
    QString title() const;
    QString statusText() const;
    bool isDone() const { return m_state != State::Running && m_state != State::Waiting; }
    // The image's side in pixels; the results view sets it from the window's width.
    void setImageSide(int side);
    int imageSide() const { return m_side; }
    // False for a failed or cancelled card, which shrinks to its reason.
    bool showsImageArea() const { return m_state != State::Failed && m_state != State::Cancelled; }
    // The chrome around the image (margins, frame), for the view's layout.
    static int chromeWidth();
    static constexpr int minimumSide = 200;
    static constexpr int maximumSide = 512;

    // Asks for the same prompt and model again.
    void retry();

signals:
    void openImage(const QString &imageId);
    // `anchor` is the button it came from (a menu opens below it), or null.
    void actionTriggered(ResultCard::Action action, QWidget *anchor);
    // The source refused ImageBridge (the public site's bot check or quota): the way out.
    void deploymentGuideRequested();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    enum class State { Running, Waiting, Done, Failed, Cancelled };

    QHBoxLayout *createTitleRow(const ModelInfo &model, int count, const QIcon &providerIcon);
    QHBoxLayout *createFooter();
    void createHoverBar();
    void placeHoverBar();
    void updateHoverBar();
    void retranslate();
    void followJob(GenerationJob *job);
    void tick();
    void showImage(const GeneratedImage &image);
    void showFailure(const UpstreamError &error);
    void updateStatus();
    void showProgress(qint64 elapsedMs);
    void updateTitle();
    void showPreview();
    // "running", "waiting", "done", "failed", "cancelled": the style sheet colours by it.
    void setStateProperty();

    QPushButton *m_wayOut = nullptr; // shown when the source refused ImageBridge
    int m_index;
    State m_state = State::Running;
    std::optional<State> m_shownState; // the state the chip shows
    int m_attempt = 1;
    int m_maxAttempts = 1;
    qint64 m_retryAt = 0; // ms on m_clock when the next attempt starts
    QString m_retryReason;
    QString m_failure;
    qint64 m_finalMs = -1;
    QString m_imageId;
    QString m_fullTitle;
    QImage m_preview; // decoded once, at the largest side, scaled for the current one
    QString m_prompt;
    QString m_modelId;
    QPushButton *m_retry = nullptr;
    QWidget *m_hoverBar = nullptr;
    QLabel *m_starBadge = nullptr; // shown while the image is starred
    QHash<int, QToolButton *> m_actionButtons;
    bool m_starred = false;
    bool m_trashed = false;
    bool m_refused = false; // the source refused ImageBridge (bot check, quota)
    bool m_hovered = false;
    QProgressBar *m_busy = nullptr; // activity over the image area while it is made
    QSize m_pixelSize;              // of the image, once it is in
    qint64 m_byteSize = 0;
    int m_side = 0; // none yet: the constructor sets the first
    QElapsedTimer m_clock;
    QTimer *m_ticker;
    QLabel *m_title;
    QLabel *m_image;
    QLabel *m_status;
    QLabel *m_stateChip;
    QLabel *m_stopwatch;
};
