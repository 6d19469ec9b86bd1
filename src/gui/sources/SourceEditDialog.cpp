#include "sources/SourceEditDialog.h"

#include "upstream/UpstreamClient.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

SourceEditDialog::SourceEditDialog(const Entry &entry, QWidget *parent)
    : QDialog(parent)
    , m_provider(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_headerName(new QLineEdit(this))
    , m_headerValue(new QLineEdit(this))
    , m_publicNote(new QLabel(this))
{
    setObjectName(QStringLiteral("sourceEditDialog"));
    setWindowTitle(tr("Source"));
    m_provider->setObjectName(QStringLiteral("sourceProvider"));
    m_provider->addItem(tr("Every provider"), QStringLiteral("*"));
    for (const QString &provider : SourcePlan::providers())
        m_provider->addItem(provider, provider);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(entry.provider)));
    m_kind->setObjectName(QStringLiteral("sourceKind"));
    m_kind->addItem(tr("My own deployment"), int(UpstreamSource::Kind::Deployment));
    m_kind->addItem(tr("The public site"), int(UpstreamSource::Kind::Public));
    m_kind->addItem(tr("The provider's own API (my key)"), int(UpstreamSource::Kind::Direct));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(entry.source.kind))));
    m_url->setObjectName(QStringLiteral("sourceUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://my-app.vercel.app/api/generate-images"));
    if (entry.source.kind == UpstreamSource::Kind::Deployment)
        m_url->setText(entry.source.url.toString());
    m_headerName->setObjectName(QStringLiteral("sourceHeaderName"));
    m_headerName->setPlaceholderText(QStringLiteral("x-vercel-protection-bypass"));
    m_headerValue->setObjectName(QStringLiteral("sourceHeaderValue"));
    m_headerValue->setEchoMode(QLineEdit::Password);
    if (!entry.source.headers.isEmpty()) {
        m_headerName->setText(QString::fromLatin1(entry.source.headers.first().first));
        m_headerValue->setText(QString::fromUtf8(entry.source.headers.first().second));
    }
    m_publicNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Provider"), m_provider);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&URL"), m_url);
    form->addRow(tr("Extra &header"), m_headerName);
    form->addRow(tr("Header &value"), m_headerValue);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validate())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_publicNote);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SourceEditDialog::updateKind);
    updateKind();
}

void SourceEditDialog::updateKind()
{
    const bool deployment = m_kind->currentData().toInt() == int(UpstreamSource::Kind::Deployment);
    m_url->setEnabled(deployment);
    m_headerName->setEnabled(deployment);
    m_headerValue->setEnabled(deployment);
    const auto kind = UpstreamSource::Kind(m_kind->currentData().toInt());
    m_publicNote->setText(kind == UpstreamSource::Kind::Public
                              ? tr("The public site answers only its own web page, and 20 "
                                   "requests per address per day: ImageBridge will be refused "
                                   "there.")
                              : tr("ImageBridge calls the provider with your key (Sources > Use "
                                   "my own keys), as the template's deployment does."));
    m_publicNote->setVisible(!deployment);
}

SourceEditDialog::Entry SourceEditDialog::entry() const
{
    Entry e;
    e.provider = m_provider->currentData().toString();
    if (m_kind->currentData().toInt() == int(UpstreamSource::Kind::Public)) {
        e.source = UpstreamSource::publicSite();
        return e;
    }
    if (m_kind->currentData().toInt() == int(UpstreamSource::Kind::Direct)) {
        e.source = UpstreamSource::direct(
            e.provider == QLatin1String("*") ? SourcePlan::providers().first() : e.provider);
        return e;
    }
    e.source =
        UpstreamSource::forUrl(UpstreamClient::parseEndpoint(m_url->text()).value_or(QUrl()));
    const QString name = m_headerName->text().trimmed();
    if (!name.isEmpty())
        e.source.headers = {{name.toLatin1(), m_headerValue->text().toUtf8()}};
    return e;
}

bool SourceEditDialog::validate()
{
    if (m_kind->currentData().toInt() != int(UpstreamSource::Kind::Deployment))
        return true;
    if (!UpstreamClient::parseEndpoint(m_url->text())) {
        Dialogs::warning(this, tr("Source"),
                         tr("The URL must be an http:// or https:// address, such as "
                            "https://my-app.vercel.app/api/generate-images."));
        m_url->setFocus();
        return false;
    }
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]*$"));
    const QString name = m_headerName->text().trimmed();
    const QString value = m_headerValue->text();
    const bool control = std::any_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7f;
    });
    if (!token.match(name).hasMatch() || (name.isEmpty() != value.isEmpty()) || control) {
        Dialogs::warning(this, tr("Source"),
                         tr("An extra header needs a name (letters, digits, '-') and a value."));
        m_headerName->setFocus();
        return false;
    }
    return true;
}
