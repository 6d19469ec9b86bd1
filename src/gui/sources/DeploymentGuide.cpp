#include "sources/DeploymentGuide.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DeploymentGuide::DeploymentGuide(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
    , m_openSources(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("deploymentGuide"));
    m_text->setObjectName(QStringLiteral("deploymentGuideText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    m_text->setMinimumWidth(480);
    m_openSources->setObjectName(QStringLiteral("openSourcesButton"));
    m_openSources->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_openSources, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_openSources, &QPushButton::clicked, this, [this] {
        accept();
        emit sourcesRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    retranslate();
}

QString DeploymentGuide::templateRepository()
{
    return QStringLiteral("https://github.com/vercel-labs/ai-sdk-image-generator");
}

void DeploymentGuide::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DeploymentGuide::retranslate()
{
    setWindowTitle(tr("Use your own deployment"));
    m_openSources->setText(tr("Open Settings > &Sources"));
    m_close->setText(tr("&Close"));
    m_text->setText(
        tr("<p>The public AI SDK Image Generator answers only its own web page, and 20 "
           "requests per address per day. Your own copy of the same template answers "
           "ImageBridge, with your own provider keys.</p>"
           "<p><b>On Vercel:</b> open <a href=\"%1\">%1</a> and choose <i>Deploy</i>. The form "
           "asks for the keys of the providers you use: <tt>OPENAI_API_KEY</tt>, "
           "<tt>REPLICATE_API_TOKEN</tt>, <tt>FIREWORKS_API_KEY</tt>, and for Google Vertex "
           "<tt>GOOGLE_CLIENT_EMAIL</tt>, <tt>GOOGLE_PRIVATE_KEY</tt>, "
           "<tt>GOOGLE_PRIVATE_KEY_ID</tt>, <tt>GOOGLE_VERTEX_PROJECT</tt> and "
           "<tt>GOOGLE_VERTEX_LOCATION</tt>. Its address then ends in <tt>.vercel.app</tt>.</p>"
           "<p><b>On this computer:</b> clone the repository, put the same variables in "
           "<tt>.env.local</tt>, then run <tt>npm install</tt> and <tt>npx next dev</tt>. It "
           "listens on <tt>http://localhost:3000</tt>.</p>"
           "<p><b>Then</b> add it in Settings &gt; Sources as a deployment: the address followed "
           "by <tt>/api/generate-images</tt>, for example "
           "<tt>https://my-app.vercel.app/api/generate-images</tt>. A deployment behind Vercel "
           "Authentication also needs its <tt>x-vercel-protection-bypass</tt> header.</p>")
            .arg(templateRepository()));
}
