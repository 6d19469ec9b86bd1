#include "studio/WelcomePanel.h"

#include "server/ClientGuides.h"
#include "server/ServerController.h"
#include "studio/PromptPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int sampleCount = 3;

QLabel *heading(QWidget *parent, qreal scale)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel *paragraph(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton *copyButton(QWidget *parent)
{
    auto *button =
        new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), QString(), parent);
    return button;
}
} // namespace

WelcomePanel::WelcomePanel(ServerController *server, QWidget *parent)
    : QFrame(parent)
    , m_server(server)
{
    setObjectName(QStringLiteral("welcomePanel"));
    m_title = heading(this, 1.8);
    m_title->setObjectName(QStringLiteral("welcomeTitle"));
    m_subtitle = paragraph(this);
    m_subtitle->setObjectName(QStringLiteral("welcomeSubtitle"));
    QFrame *studio = createStudioCard();
    QFrame *api = createApiCard();

    m_shortcuts = new QLabel(this);
    m_shortcuts->setObjectName(QStringLiteral("welcomeShortcuts"));
    m_shortcuts->setWordWrap(true);
    connect(m_shortcuts, &QLabel::linkActivated, this, &WelcomePanel::shortcutsRequested);
    layOutPanel(studio, api);
    static_cast<QVBoxLayout *>(layout())->insertWidget(2, createSourceNotice());
    connectApiCard();

    for (const ClientGuide &guide : clientGuides(QString(), QString()))
        m_client->addItem(guide.name);
    // The clients people most often connect first.
    m_client->setCurrentIndex(std::max(0, m_client->findText(QStringLiteral("LobeChat"))));
    retranslate();
}

// The public site answers only its own page: said at once, with the way out.
QFrame *WelcomePanel::createSourceNotice()
{
    QFrame *notice = makeCard(QStringLiteral("welcomeSources"));
    m_sourceNotice = paragraph(notice);
    m_sourceNotice->setObjectName(QStringLiteral("welcomeSourceNotice"));
    m_ownDeployment = new QPushButton(notice);
    m_ownDeployment->setObjectName(QStringLiteral("ownDeploymentButton"));
    connect(m_ownDeployment, &QPushButton::clicked, this, &WelcomePanel::deploymentGuideRequested);
    m_ownKeys = new QPushButton(notice);
    m_ownKeys->setObjectName(QStringLiteral("ownKeysButton"));
    connect(m_ownKeys, &QPushButton::clicked, this, &WelcomePanel::ownKeysRequested);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_ownDeployment);
    buttons->addWidget(m_ownKeys);
    auto *row = new QHBoxLayout(notice);
    row->setContentsMargins(24, 16, 24, 16);
    row->addWidget(m_sourceNotice, 1);
    row->addLayout(buttons);
    return notice;
}

// The studio card: what to do, and prompts to start from.
QFrame *WelcomePanel::createStudioCard()
{
    QFrame *studio = makeCard(QStringLiteral("welcomeStudio"));
    m_studioHeading = heading(studio, 1.2);
    m_studioText = paragraph(studio);
    m_tryLabel = new QLabel(studio);
    auto *studioLayout = new QVBoxLayout(studio);
    studioLayout->setContentsMargins(24, 24, 24, 24);
    studioLayout->setSpacing(12);
    studioLayout->addWidget(m_studioHeading);
    studioLayout->addWidget(m_studioText);
    studioLayout->addSpacing(8);
    studioLayout->addWidget(m_tryLabel);
    for (int i = 0; i < sampleCount; ++i) {
        auto *sample =
            new QPushButton(QIcon::fromTheme(QStringLiteral("image-x-generic")), QString(), studio);
        sample->setObjectName(QStringLiteral("welcomeSample"));
        sample->setFlat(true);
        sample->setCursor(Qt::PointingHandCursor);
        connect(sample, &QPushButton::clicked, this,
                [this, sample] { emit promptChosen(sample->property("prompt").toString()); });
        m_samples.append(sample);
        studioLayout->addWidget(sample, 0, Qt::AlignLeft);
    }
    studioLayout->addStretch(1);
    return studio;
}

// The API card: address, key, server state, and set-up text per client.
QFrame *WelcomePanel::createApiCard()
{
    QFrame *api = makeCard(QStringLiteral("welcomeApi"));
    m_apiHeading = heading(api, 1.2);
    m_apiText = paragraph(api);
    m_addressLabel = new QLabel(api);
    m_address = new QLineEdit(api);
    m_address->setReadOnly(true);
    m_copyAddress = copyButton(api);
    m_keyLabel = new QLabel(api);
    m_key = new QLineEdit(api);
    m_key->setReadOnly(true);
    m_copyKey = copyButton(api);
    m_addressLabel->setBuddy(m_address);
    m_keyLabel->setBuddy(m_key);
    m_serverState = new QLabel(api);
    m_serverState->setObjectName(QStringLiteral("welcomeServerState"));
    m_startStop =
        new QPushButton(QIcon::fromTheme(QStringLiteral("network-server")), QString(), api);
    m_clientLabel = new QLabel(api);
    m_client = new QComboBox(api);
    m_clientLabel->setBuddy(m_client);
    m_guide = new QPlainTextEdit(api);
    m_guide->setReadOnly(true);
    m_guide->setFixedHeight(fontMetrics().lineSpacing() * 10);
    m_copyGuide = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), QString(), api);
    layOutApiCard(api);
    return api;
}

void WelcomePanel::layOutApiCard(QFrame *api)
{
    auto *fields = new QGridLayout;
    fields->setHorizontalSpacing(8);
    fields->setVerticalSpacing(8);
    fields->addWidget(m_addressLabel, 0, 0);
    fields->addWidget(m_address, 0, 1);
    fields->addWidget(m_copyAddress, 0, 2);
    fields->addWidget(m_keyLabel, 1, 0);
    fields->addWidget(m_key, 1, 1);
    fields->addWidget(m_copyKey, 1, 2);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverState, 1);
    serverRow->addWidget(m_startStop);
    auto *clientRow = new QHBoxLayout;
    clientRow->addWidget(m_clientLabel);
    clientRow->addWidget(m_client, 1);
    clientRow->addWidget(m_copyGuide);
    auto *apiLayout = new QVBoxLayout(api);
    apiLayout->setContentsMargins(24, 24, 24, 24);
    apiLayout->setSpacing(12);
    apiLayout->addWidget(m_apiHeading);
    apiLayout->addWidget(m_apiText);
    apiLayout->addLayout(fields);
    apiLayout->addLayout(serverRow);
    apiLayout->addSpacing(8);
    apiLayout->addLayout(clientRow);
    apiLayout->addWidget(m_guide);
}

// The title over the two cards side by side, the shortcuts under them.
void WelcomePanel::layOutPanel(QFrame *studio, QFrame *api)
{
    auto *cards = new QHBoxLayout;
    cards->setSpacing(16);
    cards->addWidget(studio, 1);
    cards->addWidget(api, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 24, 8, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    layout->addLayout(cards);
    layout->addWidget(m_shortcuts);
    layout->addStretch(1);
}

// The copy buttons, the client choice and the server's start and stop.
void WelcomePanel::connectApiCard()
{
    connect(m_copyAddress, &QPushButton::clicked, this,
            [this] { copy(m_address->text(), m_addressLabel->text()); });
    connect(m_copyKey, &QPushButton::clicked, this,
            [this] { copy(m_server->apiKey(), m_keyLabel->text()); });
    connect(m_copyGuide, &QPushButton::clicked, this,
            [this] { copy(m_guide->toPlainText(), m_client->currentText()); });
    connect(m_client, &QComboBox::currentIndexChanged, this, &WelcomePanel::updateGuide);
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_server->isRunning())
            m_server->stop();
        else if (!m_server->start())
            emit message(tr("The API server could not start: %1").arg(m_server->lastError()));
    });
    connect(m_server, &ServerController::stateChanged, this, &WelcomePanel::updateServer);
    connect(m_server, &ServerController::endpointChanged, this, &WelcomePanel::updateServer);
}

QFrame *WelcomePanel::makeCard(const QString &objectName)
{
    auto *card = new QFrame(this);
    card->setObjectName(objectName);
    card->setProperty("card", true);
    card->setFrameShape(QFrame::StyledPanel);
    return card;
}

QString WelcomePanel::addressText() const
{
    return m_address->text();
}

QString WelcomePanel::setupText() const
{
    return m_guide->toPlainText();
}

void WelcomePanel::copy(const QString &text, const QString &what)
{
    QApplication::clipboard()->setText(text);
    QString name = what;
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    emit message(tr("Copied: %1").arg(name));
}

void WelcomePanel::retranslate()
{
    m_title->setText(tr("Welcome to ImageBridge"));
    m_subtitle->setText(tr("Make images with about two dozen models from Replicate, Google "
                           "Vertex AI, OpenAI and Fireworks, here in the studio or from the "
                           "chat apps you already use."));
    m_sourceNotice->setText(
        tr("The public AI SDK Image Generator now answers only its own web page, not "
           "applications such as ImageBridge. Your own deployment of the same open-source "
           "template works, on Vercel or on this computer, in a few minutes; or ImageBridge "
           "calls the same providers directly with your own API keys."));
    m_ownDeployment->setText(tr("Use your own &deployment..."));
    m_ownKeys->setText(tr("Use your own API &keys..."));
    m_studioHeading->setText(tr("Make images here"));
    m_studioText->setText(tr("Describe the image on the left, tick one or more models and press "
                             "Ctrl+Enter. Several models give their results side by side, each "
                             "with its own time, so you can see which suits you. Everything you "
                             "make is kept in the Gallery."));
    m_tryLabel->setText(tr("Start from one of these:"));
    const QStringList prompts = PromptPanel::suggestions();
    for (int i = 0; i < m_samples.size(); ++i) {
        const QString prompt = prompts.value(i);
        m_samples.at(i)->setText(prompt);
        m_samples.at(i)->setProperty("prompt", prompt);
        m_samples.at(i)->setAccessibleName(tr("Use the prompt: %1").arg(prompt));
    }
    m_apiHeading->setText(tr("Use it from your apps"));
    m_apiText->setText(tr("ImageBridge is also a local OpenAI-compatible API: LobeChat, NextChat, "
                          "Cherry Studio, the openai SDKs and curl can make images through it. "
                          "Only programs on this computer can reach it, and they need the key."));
    m_addressLabel->setText(tr("&Address:"));
    m_keyLabel->setText(tr("API &key:"));
    m_copyAddress->setToolTip(tr("Copy the address"));
    m_copyAddress->setAccessibleName(tr("Copy the address"));
    m_copyKey->setToolTip(tr("Copy the API key"));
    m_copyKey->setAccessibleName(tr("Copy the API key"));
    m_clientLabel->setText(tr("Set &up:"));
    m_client->setAccessibleName(tr("Client to set up"));
    m_guide->setAccessibleName(tr("Set-up steps"));
    m_copyGuide->setText(tr("Copy"));
    m_copyGuide->setAccessibleName(tr("Copy the set-up steps"));
    m_shortcuts->setText(tr("Ctrl+Enter generate · Esc cancel · Ctrl+F search the gallery · "
                            "Ctrl+L request log · F11 full screen · <a href=\"#\">all "
                            "shortcuts</a>"));
    updateServer();
}

void WelcomePanel::updateServer()
{
    const bool running = m_server->isRunning();
    m_address->setText(m_server->baseUrl().toString());
    m_key->setText(m_server->apiKey());
    m_serverState->setText(running ? tr("The server is running.")
                                   : tr("The server is stopped. Start it to connect apps."));
    m_serverState->setProperty("running", running);
    m_startStop->setText(running ? tr("Stop server") : tr("Start server"));
    m_startStop->setAccessibleName(m_startStop->text());
    updateGuide();
}

void WelcomePanel::updateGuide()
{
    const QList<ClientGuide> guides =
        clientGuides(m_server->baseUrl().toString(), m_server->apiKey());
    const int index = m_client->currentIndex();
    if (index >= 0 && index < guides.size())
        m_guide->setPlainText(guides.at(index).text);
}

void WelcomePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}
