#pragma once

#include "generation/GenerationJob.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QImage>
#include <QPointer>

#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTimer;

// One image of a run: a live stopwatch and attempt counter while it is made, a countdown
// while the upstream is busy, then the image (click to open it) or the reason it failed.
class ResultCard : public QFrame
{
    Q_OBJECT
public:
    ResultCard(GenerationJob *job, int index, const QIcon &providerIcon, QWidget *parent = nullptr);

    QString imageId() const { return m_imageId; }
    QString title() const;
    QString statusText() const;
    bool isDone() const { return m_state != State::Running && m_state != State::Waiting; }
    // The image's side in pixels; the results view sets it from the window's width.
    void setImageSide(int side);
    int imageSide() const { return m_side; }
    // The chrome around the image (margins, frame), for the view's layout.
    static int chromeWidth();
    static constexpr int minimumSide = 200;
    static constexpr int maximumSide = 512;

    // Asks for the same prompt and model again (failed or cancelled cards).
    void retry();

signals:
    void openImage(const QString &imageId);
    void retryRequested(const QString &prompt, const QString &modelId);
    // The source refused ImageBridge (the public site's bot check or quota): the way out.
    void deploymentGuideRequested();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class State { Running, Waiting, Done, Failed, Cancelled };

    QHBoxLayout *createTitleRow(const ModelInfo &model, int count, const QIcon &providerIcon);
    QHBoxLayout *createFooter();
    void retranslate();
    void followJob(GenerationJob *job);
    void tick();
    void showImage(const GeneratedImage &image);
    void showFailure(const UpstreamError &error);
    void updateStatus();
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
    int m_side = 0; // none yet: the constructor sets the first
    QElapsedTimer m_clock;
    QTimer *m_ticker;
    QLabel *m_title;
    QLabel *m_image;
    QLabel *m_status;
    QLabel *m_stateChip;
    QLabel *m_stopwatch;
};
