#include "server/ServerPanel.h"

#include "server/ClientGuides.h"
#include "server/ServerController.h"
#include "ui_ServerPanel.h"
#include "widgets/Dialogs.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ServerPanel::ServerPanel(ServerController *server, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerPanel>())
    , m_server(server)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("serverPanel"));
    setWindowTitle(tr("Local API server"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout()->addWidget(buttons);
    resize(std::max(width(), 600), std::max(height(), 640)); // the key and the guides' tabs in full

    connect(m_ui->startStopButton, &QPushButton::clicked, this, &ServerPanel::toggleServer);
    connect(m_ui->showKeyButton, &QToolButton::toggled, this, [this](bool show) {
        m_ui->keyEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        rebuildGuides(); // they show the key as the field does
    });
    connect(m_ui->copyKeyButton, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_server->apiKey());
        emit message(tr("API key copied"));
    });
    connect(m_ui->regenerateKeyButton, &QToolButton::clicked, this, [this] {
        const auto answer =
            Dialogs::question(this, tr("New API key"),
                              tr("Clients set up with the current key will be refused until "
                                 "they get the new one. Make a new key?"));
        if (answer != QMessageBox::Yes)
            return;
        m_server->regenerateKey();
        refresh();
        emit message(tr("A new API key was made"));
    });
    connect(m_ui->copyUrlButton, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_server->baseUrl().toString());
        emit message(tr("Base URL copied"));
    });
    connect(m_server, &ServerController::stateChanged, this, &ServerPanel::refresh);
    refresh();
}

ServerPanel::~ServerPanel() = default;

void ServerPanel::toggleServer()
{
    if (m_server->isRunning()) {
        m_server->stop();
        return;
    }
    const QString host = m_ui->hostEdit->text().trimmed();
    const quint16 port = quint16(m_ui->portSpin->value());
    if (host != m_server->host() || port != m_server->port())
        m_server->setEndpoint(host, port);
    if (!m_server->start())
        Dialogs::warning(this, tr("Local API server"),
                         tr("The server could not start: %1\n\nIs another ImageBridge running? "
                            "Choose another port.")
                             .arg(m_server->lastError()));
}

void ServerPanel::refresh()
{
    const bool running = m_server->isRunning();
    m_ui->statusLight->setStyleSheet(
        QStringLiteral("border-radius: 7px; background: %1;")
            .arg(running ? QStringLiteral("#22c55e") : QStringLiteral("#9ca3af")));
    m_ui->statusLight->setAccessibleName(running ? tr("Server running") : tr("Server stopped"));
    m_ui->statusText->setText(running ? tr("Running at %1").arg(m_server->baseUrl().toString())
                              : m_server->lastError().isEmpty()
                                  ? tr("Stopped")
                                  : tr("Stopped: %1").arg(m_server->lastError()));
    m_ui->startStopButton->setText(running ? tr("Stop") : tr("Start"));
    m_ui->hostEdit->setText(m_server->host());
    m_ui->portSpin->setValue(m_server->port());
    m_ui->hostEdit->setEnabled(!running);
    m_ui->portSpin->setEnabled(!running);
    m_ui->keyEdit->setText(m_server->apiKey());
    m_ui->keyEdit->setCursorPosition(0); // from its start, not scrolled to its end
    m_ui->urlEdit->setText(m_server->baseUrl().toString());
    rebuildGuides();
}

void ServerPanel::rebuildGuides()
{
    const int current = m_ui->guidesTabs->currentIndex();
    while (m_ui->guidesTabs->count() > 0) {
        QWidget *page = m_ui->guidesTabs->widget(0);
        m_ui->guidesTabs->removeTab(0);
        delete page;
    }
    for (const ClientGuide &guide :
         clientGuides(m_server->baseUrl().toString(), m_server->apiKey())) {
        auto *page = new QWidget;
        // Hidden like the key field until "show" is pressed; Copy gives the real key.
        QString shown = guide.text;
        if (!m_ui->showKeyButton->isChecked() && !m_server->apiKey().isEmpty())
            shown.replace(m_server->apiKey(), QString(12, QChar(0x2022)));
        auto *text = new QPlainTextEdit(shown, page);
        text->setReadOnly(true);
        text->setAccessibleName(tr("%1 set-up").arg(guide.name));
        QFont mono = text->font();
        mono.setFamily(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        text->setFont(mono);
        auto *copy = new QPushButton(tr("Copy"), page);
        connect(copy, &QPushButton::clicked, this, [this, value = guide.text, name = guide.name] {
            QGuiApplication::clipboard()->setText(value);
            emit message(tr("%1 set-up copied").arg(name));
        });
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(text, 1);
        layout->addWidget(copy, 0, Qt::AlignRight);
        m_ui->guidesTabs->addTab(page, guide.name);
    }
    m_ui->guidesTabs->setCurrentIndex(std::max(0, current));
}

void ServerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setWindowTitle(tr("Local API server"));
        refresh();
    }
    QDialog::changeEvent(event);
}
