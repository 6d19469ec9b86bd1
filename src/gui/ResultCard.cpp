#include "ResultCard.h"

#include "Base64.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QMouseEvent>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
constexpr int imageSide = 224;

QImage decodePreview(const QByteArray &base64, qreal devicePixelRatio)
{
    QImage image = QImage::fromData(Base64::decode(base64));
    const int side = int(imageSide * devicePixelRatio);
    if (!image.isNull())
        image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

// Upstream errors in words a person can act on.
QString plainReason(const UpstreamError &error)
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
        return ResultCard::tr(
            "The service could not make this image. It often works on a second try.");
    case Kind::Rejected:
        return ResultCard::tr("The service refused this request (the model may be unavailable).");
    case Kind::InvalidResponse:
        return ResultCard::tr("The service answered with something that is not an image.");
    case Kind::TooLarge:
        return ResultCard::tr("The service sent an image larger than ImageBridge accepts.");
    case Kind::Cancelled:
        return ResultCard::tr("Cancelled.");
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
    , m_stopwatch(new QLabel(this))
{
    setObjectName(QStringLiteral("resultCard"));
    setFrameShape(QFrame::StyledPanel);
    setFixedWidth(imageSide + 24);
    const ModelInfo &model = job->request().model;
    const int count = job->request().n;
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    const QString title =
        count > 1 ? tr("%1 (%2 of %3)").arg(model.name).arg(index + 1).arg(count) : model.name;
    m_title->setText(QFontMetrics(titleFont).elidedText(title, Qt::ElideRight, imageSide - 24));
    m_title->setToolTip(QStringLiteral("%1\n%2").arg(title, model.id));
    auto *icon = new QLabel(this);
    icon->setPixmap(providerIcon.pixmap(16, 16));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(icon);
    titleRow->addWidget(m_title, 1);

    m_image->setFixedSize(imageSide, imageSide);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setObjectName(QStringLiteral("resultImage"));
    m_image->setStyleSheet(
        QStringLiteral("#resultImage { background: palette(base); border-radius: 6px; }"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2);
    m_stopwatch->setAlignment(Qt::AlignRight);
    QFont mono = m_stopwatch->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    m_stopwatch->setFont(mono);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addWidget(m_image);
    layout->addWidget(m_status);
    layout->addWidget(m_stopwatch);
    setAccessibleName(tr("Result from %1").arg(model.name));

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
    connect(m_ticker, &QTimer::timeout, this, &ResultCard::tick);
    m_clock.start();
    m_ticker->start(100);
    m_image->setText(tr("Generating..."));
    updateStatus();
    tick();
}

QString ResultCard::statusText() const
{
    return m_status->text();
}

void ResultCard::tick()
{
    const qint64 ms = m_finalMs >= 0 ? m_finalMs : m_clock.elapsed();
    m_stopwatch->setText(tr("%1 s").arg(ms / 1000.0, 0, 'f', 1));
    if (m_state == State::Waiting)
        updateStatus();
}

void ResultCard::updateStatus()
{
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
    case State::Done:
        m_status->setText(m_attempt > 1 ? tr("Done after %n attempt(s).", nullptr, m_attempt)
                                        : tr("Done."));
        break;
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
    tick();
    updateStatus();
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to open the image"));
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_image->setPixmap(QPixmap::fromImage(watcher->result()));
    });
    watcher->setFuture(QtConcurrent::run(&decodePreview, image.base64, devicePixelRatioF()));
}

void ResultCard::showFailure(const UpstreamError &error)
{
    m_state = error.kind == UpstreamError::Kind::Cancelled ? State::Cancelled : State::Failed;
    m_finalMs = m_clock.elapsed();
    m_ticker->stop();
    m_failure = plainReason(error);
    m_image->setText(m_state == State::Cancelled ? tr("Cancelled") : tr("Failed"));
    m_image->setToolTip(error.message);
    tick();
    updateStatus();
}

void ResultCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_imageId.isEmpty())
        emit openImage(m_imageId);
    QFrame::mouseReleaseEvent(event);
}

void ResultCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateStatus();
    QFrame::changeEvent(event);
}

QString ResultCard::title() const
{
    return m_title->text();
}
