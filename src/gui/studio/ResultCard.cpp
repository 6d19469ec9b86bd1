#include "studio/ResultCard.h"

#include "image/Base64.h"

#include <QEnterEvent>
#include <QEvent>
#include <QFutureWatcher>
#include <QIcon>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
constexpr int cardMargin = 12;
constexpr int initialSide = 224; // until the results view lays the card out

// Off the GUI thread: the full image is never kept, only a preview at the largest side a
// card can have.
QImage decodePreview(const QByteArray &base64, qreal devicePixelRatio)
{
    QImage image = QImage::fromData(Base64::decode(base64));
    const int side = int(ResultCard::maximumSide * devicePixelRatio);
    if (!image.isNull() && (image.width() > side || image.height() > side))
        image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

// Upstream errors in words a person can act on, after `attempts` tries.
QString plainReason(const UpstreamError &error, int attempts)
{
    using Kind = UpstreamError::Kind;
    switch (error.kind) {
    case Kind::RateLimited:
        return ResultCard::tr("The service is busy right now. Try again in a minute.");
    case Kind::Network:
        return ResultCard::tr("Could not reach the service. Check your connection.");
    case Kind::Timeout:
    case Kind::Deadline:
        return ResultCard::tr("The service took too long to answer.");
    case Kind::UpstreamFailure:
        return ResultCard::tr("The service could not make this image (%n attempt(s)). Retry, "
                              "or pick another model.",
                              nullptr, attempts);
    case Kind::GenerationFailed:
        return ResultCard::tr("The service's image provider failed (it was already retried "
                              "there). Try another model, or again later.");
    case Kind::AccessDenied:
    case Kind::QuotaExceeded:
    case Kind::ContentPolicy:
    case Kind::KeyRejected:
        return error.message; // they say the cause and the way out themselves
    case Kind::Rejected:
        return ResultCard::tr("The service refused this request (the model may be unavailable).");
    case Kind::InvalidResponse:
        return ResultCard::tr("The service answered with something that is not an image.");
    case Kind::TooLarge:
        return ResultCard::tr("The service sent an image larger than ImageBridge accepts.");
    case Kind::Cancelled:
        return ResultCard::tr("Stopped before the image came.");
    case Kind::Storage:
        return ResultCard::tr("The image came but could not be saved: %1").arg(error.message);
    case Kind::None:
        break;
    }
    return error.message;
}
} // namespace

ResultCard::ResultCard(GenerationJob *job, int index, const QIcon &providerIcon, QWidget *parent)
    : QFrame(parent)
    , m_index(index)
    , m_ticker(new QTimer(this))
    , m_title(new QLabel(this))
    , m_image(new QLabel(this))
    , m_status(new QLabel(this))
    , m_stateChip(new QLabel(this))
    , m_stopwatch(new QLabel(this))
{
    setObjectName(QStringLiteral("resultCard"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Maximum);
    // Reachable by Tab: Enter opens the image, the menu key offers the card's actions.
    setFocusPolicy(Qt::StrongFocus);
    const ModelInfo &model = job->request().model;
    m_prompt = job->request().prompt;
    m_modelId = model.id;
    QHBoxLayout *titleRow = createTitleRow(model, job->request().n, providerIcon);

    m_image->setAlignment(Qt::AlignCenter);
    m_image->setObjectName(QStringLiteral("resultImage"));
    m_status->setObjectName(QStringLiteral("resultStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2);
    QHBoxLayout *footer = createFooter();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(cardMargin, cardMargin, cardMargin, cardMargin);
    layout->setSpacing(8);
    layout->addLayout(titleRow);
    layout->addWidget(m_image);
    layout->addWidget(m_status);
    m_wayOut = new QPushButton(this);
    m_wayOut->setObjectName(QStringLiteral("wayOutButton"));
    m_wayOut->hide();
    connect(m_wayOut, &QPushButton::clicked, this, &ResultCard::deploymentGuideRequested);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &ResultCard::retry);
    m_busy = new QProgressBar(m_image);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    auto *progress = new QVBoxLayout(m_image);
    progress->setContentsMargins(24, 0, 24, 24);
    progress->addStretch(1);
    progress->addWidget(m_busy);
    createHoverBar();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_wayOut);
    actions->addStretch(1);
    layout->addLayout(actions);
    retranslate();
    layout->addLayout(footer);
    setAccessibleName(tr("Result from %1").arg(model.name));
    setImageSide(initialSide);

    followJob(job);
    connect(m_ticker, &QTimer::timeout, this, &ResultCard::tick);
    m_clock.start();
    m_ticker->start(100);
    updateStatus();
    tick();
}

const QList<ResultCard::Action> &ResultCard::allActions()
{
    static const QList<Action> actions{Action::Retry,   Action::Star, Action::Reuse,
                                       Action::Compare, Action::Save, Action::Delete};
    return actions;
}

QString ResultCard::actionText(Action action)
{
    switch (action) {
    case Action::Retry:
        return tr("Retry");
    case Action::Star:
        return tr("Star");
    case Action::Reuse:
        return tr("Reuse prompt");
    case Action::Compare:
        return tr("Compare with");
    case Action::Save:
        return tr("Save as...");
    case Action::Delete:
        return tr("Move to trash");
    }
    return {};
}

QList<ResultCard::Action> ResultCard::availableActions() const
{
    if (!m_imageId.isEmpty())
        return allActions();
    if (m_refused) // the same source would refuse it again: the way out is on the card
        return {Action::Reuse};
    if (m_state == State::Failed || m_state == State::Cancelled)
        return {Action::Retry, Action::Reuse};
    return {};
}

// Icon buttons over the image's top right corner, shown while the pointer is on the card.
void ResultCard::createHoverBar()
{
    static const char *const icons[] = {"view-refresh",      "imagebridge-star",
                                        "imagebridge-reuse", "imagebridge-compare",
                                        "document-save",     "edit-delete"};
    m_hoverBar = new QWidget(this); // over the image, or the title when there is none
    m_hoverBar->setObjectName(QStringLiteral("cardActions"));
    m_hoverBar->setAttribute(Qt::WA_StyledBackground);
    auto *row = new QHBoxLayout(m_hoverBar);
    row->setContentsMargins(4, 2, 4, 2);
    row->setSpacing(2);
    for (const Action action : allActions()) {
        auto *button = new QToolButton(m_hoverBar);
        button->setAutoRaise(true);
        button->setIcon(QIcon::fromTheme(QLatin1String(icons[int(action)])));
        button->setFocusPolicy(Qt::NoFocus); // the context menu is the keyboard's way
        connect(button, &QToolButton::clicked, this,
                [this, action, button] { emit actionTriggered(action, button); });
        row->addWidget(button);
        m_actionButtons.insert(int(action), button);
    }
    m_hoverBar->hide();
}

void ResultCard::placeHoverBar()
{
    m_hoverBar->adjustSize();
    const QRect area = m_image->isVisible() ? m_image->geometry() : contentsRect();
    m_hoverBar->move(area.right() - m_hoverBar->width() - 6, area.top() + 6);
}

void ResultCard::updateHoverBar()
{
    const QList<Action> available = availableActions();
    for (const Action action : allActions())
        m_actionButtons.value(int(action))->setVisible(available.contains(action));
    m_hoverBar->setVisible(m_hovered && !available.isEmpty());
    if (m_hoverBar->isVisible()) {
        placeHoverBar();
        m_hoverBar->raise();
    }
}

void ResultCard::setStarred(bool starred)
{
    m_starred = starred;
    m_starBadge->setVisible(starred);
    m_starBadge->setToolTip(tr("Starred"));
    QToolButton *star = actionButton(Action::Star);
    star->setIcon(QIcon::fromTheme(starred ? QStringLiteral("imagebridge-starred")
                                           : QStringLiteral("imagebridge-star")));
    star->setToolTip(starred ? tr("Unstar") : tr("Star"));
    star->setAccessibleName(star->toolTip());
}

void ResultCard::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    updateHoverBar();
    QFrame::enterEvent(event);
}

void ResultCard::leaveEvent(QEvent *event)
{
    m_hovered = false;
    updateHoverBar();
    QFrame::leaveEvent(event);
}

// The provider's icon and the model's name, with the image's number when the run makes
// several.
QHBoxLayout *ResultCard::createTitleRow(const ModelInfo &model, int count,
                                        const QIcon &providerIcon)
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_fullTitle =
        count > 1 ? tr("%1 (%2 of %3)").arg(model.name).arg(m_index + 1).arg(count) : model.name;
    m_title->setToolTip(QStringLiteral("%1\n%2").arg(m_fullTitle, model.id));
    auto *icon = new QLabel(this);
    icon->setPixmap(providerIcon.pixmap(16, 16));
    m_starBadge = new QLabel(QStringLiteral("\u2605"), this);
    m_starBadge->setObjectName(QStringLiteral("resultStar"));
    m_starBadge->hide();
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(icon);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_starBadge);
    return titleRow;
}

// The state chip on the left, the stopwatch on the right.
QHBoxLayout *ResultCard::createFooter()
{
    m_stateChip->setObjectName(QStringLiteral("resultState"));
    m_stopwatch->setObjectName(QStringLiteral("resultStopwatch"));
    m_stopwatch->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont mono = m_stopwatch->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    m_stopwatch->setFont(mono);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_stateChip);
    footer->addStretch(1);
    footer->addWidget(m_stopwatch);
    return footer;
}

// The job's attempts, retries and outcome for this card's image.
void ResultCard::followJob(GenerationJob *job)
{
    connect(job, &GenerationJob::attemptStarted, this, [this](int i, int attempt, int max) {
        if (i != m_index)
            return;
        m_state = State::Running;
        m_attempt = attempt;
        m_maxAttempts = max;
        updateStatus();
    });
    connect(job, &GenerationJob::retryScheduled, this,
            [this](int i, int next, int delayMs, const UpstreamError &e) {
                if (i != m_index)
                    return;
                m_state = State::Waiting;
                m_attempt = next;
                m_retryAt = m_clock.elapsed() + delayMs;
                m_retryReason = e.kind == UpstreamError::Kind::RateLimited ? tr("upstream busy")
                                                                           : tr("upstream failed");
                updateStatus();
            });
    connect(job, &GenerationJob::imageReady, this, [this](const GeneratedImage &image) {
        if (image.index == m_index)
            showImage(image);
    });
    connect(job, &GenerationJob::imageFailed, this, [this](int i, const UpstreamError &error) {
        if (i == m_index)
            showFailure(error);
    });
}

QString ResultCard::statusText() const
{
    return m_status->text();
}

int ResultCard::chromeWidth()
{
    return 2 * cardMargin + 2; // the layout's margins and the frame's lines
}

void ResultCard::setImageSide(int side)
{
    side = std::clamp(side, minimumSide, maximumSide);
    // The view calls this for every card on every resize event: the smooth rescale of the
    // preview runs on the GUI thread, so only when the side really changes.
    if (side == m_side)
        return;
    m_side = side;
    m_image->setFixedSize(side, side);
    setFixedWidth(side + chromeWidth());
    if (m_hoverBar->isVisible())
        placeHoverBar();
    updateTitle();
    showPreview();
}

void ResultCard::updateTitle()
{
    m_title->setText(
        QFontMetrics(m_title->font()).elidedText(m_fullTitle, Qt::ElideRight, m_side - 24));
}

void ResultCard::showPreview()
{
    if (m_preview.isNull())
        return;
    const qreal ratio = devicePixelRatioF();
    QImage scaled = m_preview.scaled(int(m_side * ratio), int(m_side * ratio), Qt::KeepAspectRatio,
                                     Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(ratio);
    m_image->setPixmap(QPixmap::fromImage(scaled));
}

void ResultCard::setStateProperty()
{
    static const char *const names[] = {"running", "waiting", "done", "failed", "cancelled"};
    m_stateChip->setProperty("state", QString::fromLatin1(names[int(m_state)]));
    switch (m_state) {
    case State::Running:
        m_stateChip->setText(tr("Generating"));
        break;
    case State::Waiting:
        m_stateChip->setText(tr("Retrying"));
        break;
    case State::Done:
        m_stateChip->setText(tr("Ready"));
        break;
    case State::Failed:
        m_stateChip->setText(tr("Failed"));
        break;
    case State::Cancelled:
        m_stateChip->setText(tr("Cancelled"));
        break;
    }
    m_stateChip->setAccessibleName(m_stateChip->text());
    // A dynamic property takes effect in the style sheet only after a re-polish.
    m_stateChip->style()->unpolish(m_stateChip);
    m_stateChip->style()->polish(m_stateChip);
    setProperty("state", m_stateChip->property("state"));
    style()->unpolish(this);
    style()->polish(this);
}

void ResultCard::tick()
{
    const qint64 ms = m_finalMs >= 0 ? m_finalMs : m_clock.elapsed();
    m_stopwatch->setText(tr("%1 s").arg(ms / 1000.0, 0, 'f', 1));
    if (m_state == State::Waiting)
        updateStatus();
    if (m_state == State::Running || m_state == State::Waiting)
        showProgress(ms);
}

// While the image is made, the image area says how long it has taken and which attempt
// it is on, or when the next one starts.
void ResultCard::showProgress(qint64 elapsedMs)
{
    QString text = tr("Generating... %1 s").arg(elapsedMs / 1000.0, 0, 'f', 1);
    if (m_state == State::Waiting) {
        const qint64 left = std::max<qint64>(0, m_retryAt - m_clock.elapsed());
        text = tr("Next attempt in %1 s").arg(left / 1000.0, 0, 'f', 1);
    }
    if (m_maxAttempts > 1)
        text += QLatin1Char('\n') + tr("Attempt %1 of %2").arg(m_attempt).arg(m_maxAttempts);
    m_image->setText(text);
}

void ResultCard::updateStatus()
{
    if (m_shownState != m_state) {
        m_shownState = m_state;
        setStateProperty();
    }
    switch (m_state) {
    case State::Running:
        m_status->setText(m_maxAttempts > 1 && m_attempt > 1
                              ? tr("Attempt %1 of %2...").arg(m_attempt).arg(m_maxAttempts)
                              : tr("Waiting for the image..."));
        break;
    case State::Waiting: {
        const qint64 left = std::max<qint64>(0, m_retryAt - m_clock.elapsed());
        m_status->setText(tr("%1, retrying in %2 s, attempt %3 of %4")
                              .arg(m_retryReason)
                              .arg(left / 1000.0, 0, 'f', 1)
                              .arg(m_attempt)
                              .arg(m_maxAttempts));
        break;
    }
    case State::Done: {
        // The chip already says it is ready: the line below says what came.
        QString details = tr("%1 × %2 · %3 KB")
                              .arg(m_pixelSize.width())
                              .arg(m_pixelSize.height())
                              .arg(std::max<qint64>(1, m_byteSize / 1024));
        if (m_attempt > 1)
            details += QStringLiteral(" · ") + tr("%n attempt(s)", nullptr, m_attempt);
        m_status->setText(details);
        break;
    }
    case State::Failed:
    case State::Cancelled:
        m_status->setText(m_failure);
        break;
    }
}

void ResultCard::showImage(const GeneratedImage &image)
{
    m_state = State::Done;
    m_finalMs = image.elapsedMs;
    m_imageId = image.imageId;
    m_ticker->stop();
    m_busy->hide();
    m_image->clear();
    m_pixelSize = image.pixelSize;
    m_byteSize = image.byteSize;
    updateHoverBar();
    tick();
    updateStatus();
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to open the image"));
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_preview = watcher->result();
        showPreview();
    });
    watcher->setFuture(QtConcurrent::run(&decodePreview, image.base64, devicePixelRatioF()));
}

void ResultCard::showFailure(const UpstreamError &error)
{
    m_state = error.kind == UpstreamError::Kind::Cancelled ? State::Cancelled : State::Failed;
    m_finalMs = m_clock.elapsed();
    m_ticker->stop();
    m_busy->hide();
    m_failure = plainReason(error, m_attempt);
    const bool refused = error.kind == UpstreamError::Kind::AccessDenied ||
                         error.kind == UpstreamError::Kind::QuotaExceeded;
    m_refused = refused;
    m_wayOut->setVisible(refused);
    m_retry->setVisible(!refused); // a refusal is answered the same way again
    // No image to show: the card shrinks to its reason, which the chip already heads.
    m_image->hide();
    m_status->setToolTip(error.message);
    tick();
    updateStatus();
    updateHoverBar();
}

void ResultCard::retry()
{
    if (availableActions().contains(Action::Retry))
        emit actionTriggered(Action::Retry, nullptr);
}

void ResultCard::retranslate()
{
    m_wayOut->setText(tr("Use your own &deployment..."));
    m_retry->setText(tr("Retry"));
    m_retry->setToolTip(tr("The same prompt and model again"));
    for (const Action action : allActions()) {
        QToolButton *button = m_actionButtons.value(int(action));
        // A menu's "Save as..." is a button's "Save as" (a translation may use "…").
        QString tip = actionText(action);
        while (tip.endsWith(QLatin1Char('.')) || tip.endsWith(QChar(0x2026)))
            tip.chop(1);
        button->setToolTip(tip);
        button->setAccessibleName(button->toolTip());
    }
    setStarred(m_starred);
}

void ResultCard::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !m_imageId.isEmpty()) {
        emit openImage(m_imageId);
        return;
    }
    QFrame::keyPressEvent(event);
}

void ResultCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_imageId.isEmpty())
        emit openImage(m_imageId);
    QFrame::mouseReleaseEvent(event);
}

void ResultCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setStateProperty();
        updateStatus();
        tick(); // the stopwatch's unit
    }
    QFrame::changeEvent(event);
}

QString ResultCard::title() const
{
    return m_title->text();
}
