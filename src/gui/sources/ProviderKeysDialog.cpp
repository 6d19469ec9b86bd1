#include "sources/ProviderKeysDialog.h"

#include "AppContext.h"
#include "upstream/UpstreamSource.h"
#include "widgets/Dialogs.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
const QString googleLocation = QStringLiteral("GOOGLE_VERTEX_LOCATION");
constexpr qint64 maxKeyFileBytes = 64 * 1024;
} // namespace

ProviderKeysDialog::ProviderKeysDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_googleAccount(new QLabel(this))
    , m_googleLocation(new QLineEdit(this))
    , m_googleFile(new QPushButton(tr("Choose &key file..."), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("providerKeysDialog"));
    setWindowTitle(tr("Your own provider keys"));
    m_current = *m_context.keyring().keys(SourcePlan::providers());
    m_edited = m_current;

    auto *intro = new QLabel(tr("With your own keys ImageBridge calls the providers directly, as "
                                "the template's deployment does, and honours sizes and aspect "
                                "ratios. Keys are kept in your system's keychain, never in a "
                                "settings file."),
                             this);
    intro->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("keychainProblem"));
    m_problem->setWordWrap(true);
    m_problem->setText(m_context.keyring().keychainProblem());
    m_problem->setVisible(!m_problem->text().isEmpty());

    auto *form = new QFormLayout;
    addBearerRow(form, QStringLiteral("openai"), tr("&OpenAI API key"), QStringLiteral("sk-..."));
    addBearerRow(form, QStringLiteral("replicate"), tr("&Replicate API token"),
                 QStringLiteral("r8_..."));
    addBearerRow(form, QStringLiteral("fireworks"), tr("&Fireworks API key"),
                 QStringLiteral("fw_..."));
    m_googleFile->setObjectName(QStringLiteral("googleKeyFileButton"));
    m_googleAccount->setObjectName(QStringLiteral("googleAccount"));
    m_googleAccount->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *googleRow = new QHBoxLayout;
    googleRow->addWidget(m_googleAccount, 1);
    googleRow->addWidget(m_googleFile);
    form->addRow(tr("Google &service account"), googleRow);
    m_googleLocation->setObjectName(QStringLiteral("googleLocation"));
    m_googleLocation->setPlaceholderText(
        QString::fromLatin1(GoogleServiceAccount::defaultLocation));
    m_googleLocation->setText(m_current.value(googleLocation));
    form->addRow(tr("Vertex AI &region"), m_googleLocation);
    const bool googleFromEnvironment = m_context.keyring().origin(QStringLiteral("vertex")) ==
                                       ProviderKeyring::Origin::Environment;
    m_googleFile->setEnabled(!googleFromEnvironment);
    m_googleLocation->setEnabled(!googleFromEnvironment);
    connect(m_googleFile, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(
            this, tr("Google service-account key"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            tr("JSON key files (*.json)"));
        if (!path.isEmpty())
            loadGoogleKeyFile(path);
    });
    showGoogleAccount();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void ProviderKeysDialog::addBearerRow(QFormLayout *form, const QString &provider,
                                      const QString &label, const QString &example)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(provider + QStringLiteral("KeyField"));
    field->setEchoMode(QLineEdit::Password);
    field->setPlaceholderText(example); // the key's usual prefix
    field->setText(m_current.bearer(provider));
    const bool fromEnvironment =
        m_context.keyring().origin(provider) == ProviderKeyring::Origin::Environment;
    field->setEnabled(!fromEnvironment);
    field->setToolTip(originText(provider));
    auto *origin = new QLabel(originText(provider), this);
    origin->setObjectName(provider + QStringLiteral("KeyOrigin"));
    auto *column = new QVBoxLayout;
    column->addWidget(field);
    column->addWidget(origin);
    form->addRow(label, column);
    m_keyFields.insert(provider, field);
}

QString ProviderKeysDialog::originText(const QString &provider) const
{
    switch (m_context.keyring().origin(provider)) {
    case ProviderKeyring::Origin::Environment:
        return tr("From the environment (%1); it wins over the keychain.")
            .arg(ProviderKeys::variablesOf(provider).value(0));
    case ProviderKeyring::Origin::Keychain:
        return tr("Kept in the keychain.");
    case ProviderKeyring::Origin::None:
        break;
    }
    return tr("Not set.");
}

bool ProviderKeysDialog::loadGoogleKeyFile(const QString &path)
{
    QFile file(path);
    QString error;
    std::optional<GoogleServiceAccount> account;
    if (!file.open(QIODevice::ReadOnly))
        error = file.errorString();
    else if (file.size() > maxKeyFileBytes)
        error = tr("The file is too large to be a key file.");
    else
        account = GoogleServiceAccount::fromJson(file.read(maxKeyFileBytes), &error);
    if (!account) {
        Dialogs::warning(this, windowTitle(), tr("%1 cannot be used: %2").arg(path, error));
        return false;
    }
    m_edited.set(QStringLiteral("GOOGLE_CLIENT_EMAIL"), account->clientEmail);
    m_edited.set(QStringLiteral("GOOGLE_PRIVATE_KEY"), account->privateKey);
    m_edited.set(QStringLiteral("GOOGLE_PRIVATE_KEY_ID"), account->privateKeyId);
    m_edited.set(QStringLiteral("GOOGLE_VERTEX_PROJECT"), account->project);
    showGoogleAccount();
    return true;
}

void ProviderKeysDialog::showGoogleAccount()
{
    const QString email = m_edited.value(QStringLiteral("GOOGLE_CLIENT_EMAIL"));
    // An account's e-mail has no spaces to wrap at: the project goes on a line of its own.
    m_googleAccount->setText(
        email.isEmpty() ? originText(QStringLiteral("vertex"))
                        : tr("%1\nProject: %2")
                              .arg(email, m_edited.value(QStringLiteral("GOOGLE_VERTEX_PROJECT"))));
}

QStringList ProviderKeysDialog::providersWithKeys() const
{
    ProviderKeys all = m_edited;
    for (auto it = m_keyFields.cbegin(); it != m_keyFields.cend(); ++it)
        all.set(ProviderKeys::variablesOf(it.key()).value(0), it.value()->text());
    QStringList out;
    for (const QString &provider : SourcePlan::providers()) {
        if (all.has(provider))
            out.append(provider);
    }
    return out;
}

bool ProviderKeysDialog::save()
{
    QString error;
    for (auto it = m_keyFields.cbegin(); it != m_keyFields.cend(); ++it) {
        const QString &provider = it.key();
        const QString name = ProviderKeys::variablesOf(provider).value(0);
        if (!it.value()->isEnabled() || it.value()->text().trimmed() == m_current.value(name))
            continue;
        ProviderKeys values;
        values.set(name, it.value()->text());
        if (!m_context.saveProviderKeys(provider, values, &error)) {
            Dialogs::warning(this, windowTitle(), error);
            return false;
        }
    }
    m_edited.set(googleLocation, m_googleLocation->text());
    bool googleChanged = false;
    for (const QString &name : ProviderKeys::variablesOf(QStringLiteral("vertex")))
        googleChanged = googleChanged || m_edited.value(name) != m_current.value(name);
    if (m_googleFile->isEnabled() && googleChanged &&
        !m_context.saveProviderKeys(QStringLiteral("vertex"), m_edited, &error)) {
        Dialogs::warning(this, windowTitle(), error);
        return false;
    }
    return true;
}
