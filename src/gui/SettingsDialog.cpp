#include "SettingsDialog.h"

#include "AppContext.h"
#include "AppSettings.h"
#include "generation/ModelCatalog.h"
#include "sources/SourcesPage.h"
#include "ui_SettingsDialog.h"
#include "upstream/UpstreamClient.h"
#include "widgets/Dialogs.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

SettingsDialog::SettingsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(&context.settings())
    , m_catalog(&context.catalog())
{
    m_ui->setupUi(this);
    if (const auto &given = context.options().upstream) {
        // The field holds the saved address, which runs without --upstream use.
        m_givenUpstream = *given;
        m_upstreamOverride = new QLabel(this);
        m_upstreamOverride->setObjectName(QStringLiteral("upstreamOverride"));
        m_upstreamOverride->setWordWrap(true);
        m_ui->upstreamForm->insertRow(1, QString(), m_upstreamOverride);
        showUpstreamOverride();
    }
    m_sources = new SourcesPage(context, m_ui->sourcesPage);
    m_ui->sourcesLayout->addWidget(m_sources);
    fillChoices();
    load();
    connect(m_ui->browseButton, &QToolButton::clicked, this, [this] {
        const QString folder =
            Dialogs::existingFolder(this, tr("Image folder"), m_ui->imageFolderEdit->text());
        if (!folder.isEmpty())
            m_ui->imageFolderEdit->setText(folder);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillChoices()
{
    m_ui->defaultModelCombo->clear();
    for (const ModelInfo &m : m_catalog->models())
        m_ui->defaultModelCombo->addItem(QStringLiteral("%1 (%2)").arg(m.name, m.id), m.id);
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("Follow the system"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_ui->themeCombo->clear();
    m_ui->themeCombo->addItem(tr("Follow the system"), int(AppSettings::Theme::System));
    m_ui->themeCombo->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_ui->themeCombo->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_ui->chatModeCombo->clear();
    m_ui->chatModeCombo->addItem(tr("Compact image in the chat, with a link to the original"),
                                 int(AppSettings::ChatImageMode::Inline));
    m_ui->chatModeCombo->addItem(tr("Link to the image only (smallest chat history)"),
                                 int(AppSettings::ChatImageMode::LinkOnly));
    m_ui->noteLabel->setText(tr("A new image folder is used from the next start; images already "
                                "made stay where they are."));
}

void SettingsDialog::load()
{
    m_ui->upstreamUrlEdit->setText(m_settings->upstreamUrl().toString());
    const RetryPolicy policy = m_settings->retryPolicy();
    m_ui->timeoutSpin->setValue(policy.transferTimeoutMs / 1000);
    m_ui->attemptsSpin->setValue(policy.maxAttempts);
    m_ui->backoffSpin->setValue(policy.initialBackoffMs);
    const QString model = m_catalog->effectiveDefaultId(m_settings->defaultModel());
    m_ui->defaultModelCombo->setCurrentIndex(std::max(0, m_ui->defaultModelCombo->findData(model)));
    m_ui->imageFolderEdit->setText(QDir::toNativeSeparators(m_settings->imageFolder()));
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(m_settings->language())));
    m_ui->themeCombo->setCurrentIndex(
        std::max(0, m_ui->themeCombo->findData(int(m_settings->theme()))));
    m_ui->startServerCheck->setChecked(m_settings->startServerWithApp());
    m_ui->trayCheck->setChecked(m_settings->keepRunningInTray());
    m_ui->trashDaysSpin->setValue(m_settings->trashDays());
    m_ui->chatModeCombo->setCurrentIndex(
        std::max(0, m_ui->chatModeCombo->findData(int(m_settings->chatImageMode()))));
}

bool SettingsDialog::apply()
{
    const auto url = UpstreamClient::parseEndpoint(m_ui->upstreamUrlEdit->text());
    if (!url) {
        Dialogs::warning(this, tr("Settings"),
                         tr("The endpoint URL must be an http:// or https:// address."));
        m_ui->upstreamUrlEdit->setFocus();
        return false;
    }
    const QString folder = QDir::fromNativeSeparators(m_ui->imageFolderEdit->text().trimmed());
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        Dialogs::warning(this, tr("Settings"), tr("The image folder cannot be created."));
        m_ui->imageFolderEdit->setFocus();
        return false;
    }
    m_settings->setUpstreamUrl(*url);
    QString sourcesError;
    if (!m_sources->save(&sourcesError)) {
        Dialogs::warning(this, tr("Settings"),
                         tr("The sources could not be saved: %1").arg(sourcesError));
        return false;
    }
    RetryPolicy policy = m_settings->retryPolicy();
    policy.transferTimeoutMs = m_ui->timeoutSpin->value() * 1000;
    policy.maxAttempts = m_ui->attemptsSpin->value();
    policy.initialBackoffMs = m_ui->backoffSpin->value();
    m_settings->setRetryPolicy(policy);
    m_settings->setDefaultModel(m_ui->defaultModelCombo->currentData().toString());
    m_settings->setImageFolder(folder);
    m_settings->setLanguage(m_ui->languageCombo->currentData().toString());
    m_settings->setTheme(AppSettings::Theme(m_ui->themeCombo->currentData().toInt()));
    m_settings->setStartServerWithApp(m_ui->startServerCheck->isChecked());
    m_settings->setKeepRunningInTray(m_ui->trayCheck->isChecked());
    m_settings->setTrashDays(m_ui->trashDaysSpin->value());
    m_settings->setChatImageMode(
        AppSettings::ChatImageMode(m_ui->chatModeCombo->currentData().toInt()));
    m_settings->sync();
    emit applied();
    return true;
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        load();
        showUpstreamOverride();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::showUpstreamOverride()
{
    if (!m_upstreamOverride)
        return;
    m_upstreamOverride->setText(
        tr("This run uses %1, given with --upstream or IMAGEBRIDGE_UPSTREAM_URL; the address "
           "above is saved for runs without it.")
            .arg(m_givenUpstream.toString(QUrl::RemoveUserInfo)));
}

void SettingsDialog::showSources()
{
    m_ui->tabs->setCurrentWidget(m_ui->sourcesPage);
}

void SettingsDialog::showProviderKeys()
{
    showSources();
    m_sources->openKeys();
}
