#include "studio/PromptPanel.h"

#include "AppSettings.h"
#include "generation/GenerationJob.h"
#include "ui_PromptPanel.h"
#include "widgets/ModelPicker.h"

#include <QComboBox>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {
constexpr int maxHistory = 50;
const QString squareShape = QStringLiteral("1:1");
} // namespace

QStringList PromptPanel::suggestions()
{
    return {PromptPanel::tr("a corgi in a space suit, watercolor"),
            PromptPanel::tr("a lighthouse on a cliff at dawn, oil painting"),
            PromptPanel::tr("a cozy reading nook with rain on the window"),
            PromptPanel::tr("an isometric pixel-art city at night"),
            PromptPanel::tr("a bowl of ramen, studio photo, soft light"),
            PromptPanel::tr("a red fox in fresh snow, national geographic"),
            PromptPanel::tr("a paper-cut diorama of a mountain village"),
            PromptPanel::tr("a retro-futuristic train station, 1960s poster"),
            PromptPanel::tr("an astronaut tending a greenhouse on Mars")};
}

PromptPanel::PromptPanel(ModelPicker *picker, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PromptPanel>())
    , m_picker(picker)
    , m_settings(settings)
    , m_history(settings->promptHistory())
{
    m_ui->setupUi(this);
    auto *hostLayout = new QVBoxLayout(m_ui->modelPickerHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    hostLayout->addWidget(picker);
    // Tab runs top to bottom, through the picker too. setTabOrder moves one widget after
    // another, so the whole chain is set.
    QList<QWidget *> order{m_ui->promptEdit, m_ui->historyButton, m_ui->suggestionsText,
                           m_ui->moreSuggestionsButton};
    order += picker->tabOrder();
    order << m_ui->countSpin << m_ui->sizeCombo << m_ui->generateButton << m_ui->cancelButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_ui->promptEdit->installEventFilter(this);
    // Icons from the ImageBridge icon theme, which follows the light or dark palette.
    m_ui->generateButton->setIcon(QIcon::fromTheme(QStringLiteral("imagebridge-generate")));
    m_ui->cancelButton->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_ui->historyButton->setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent")));
    m_ui->historyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->moreSuggestionsButton->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    for (QLabel *label : {m_ui->promptLabel, m_ui->modelsLabel})
        label->setProperty("role", QStringLiteral("heading"));

    connect(m_ui->generateButton, &QPushButton::clicked, this, &PromptPanel::requestGenerate);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &PromptPanel::cancelRequested);
    connect(m_ui->suggestionsText, &QLabel::linkActivated, this, [this](const QString &link) {
        const QStringList all = suggestions();
        setPrompt(all.value(link.toInt()));
        m_ui->promptEdit->setFocus();
    });
    connect(m_ui->moreSuggestionsButton, &QToolButton::clicked, this, [this] {
        m_suggestionOffset += 3;
        showSuggestions();
    });
    fillShapes();
    connect(m_ui->sizeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_settings->setImageShape(imageShape());
        showShapeNote();
    });
    connect(m_picker, &ModelPicker::selectionChanged, this, &PromptPanel::showShapeNote);
    rebuildHistoryMenu();
    showSuggestions();
    showShapeNote();
    setFocusProxy(m_ui->promptEdit);
}

PromptPanel::~PromptPanel() = default;

QString PromptPanel::prompt() const
{
    return m_ui->promptEdit->toPlainText().trimmed();
}

void PromptPanel::setPrompt(const QString &prompt)
{
    m_ui->promptEdit->setPlainText(prompt);
    m_ui->promptEdit->moveCursor(QTextCursor::End);
}

void PromptPanel::requestCancel()
{
    if (m_ui->cancelButton->isEnabled())
        emit cancelRequested();
}

int PromptPanel::imageCount() const
{
    return m_ui->countSpin->value();
}

QString PromptPanel::imageShape() const
{
    const QString shape = m_ui->sizeCombo->currentData().toString();
    return shape.isEmpty() ? squareShape : shape;
}

void PromptPanel::setDirectProviders(const QSet<QString> &providers)
{
    m_directProviders = providers;
    showShapeNote();
}

void PromptPanel::fillShapes()
{
    // The ratios every direct provider offers or comes nearest to; OpenAI's sizes are
    // picked by the nearest ratio.
    const QList<std::pair<QString, QString>> shapes{{squareShape, tr("1:1 square")},
                                                    {QStringLiteral("16:9"), tr("16:9 wide")},
                                                    {QStringLiteral("9:16"), tr("9:16 tall")},
                                                    {QStringLiteral("4:3"), tr("4:3 landscape")},
                                                    {QStringLiteral("3:4"), tr("3:4 portrait")},
                                                    {QStringLiteral("3:2"), tr("3:2 photo")},
                                                    {QStringLiteral("2:3"), tr("2:3 poster")}};
    const QString wanted = m_ui->sizeCombo->count() ? imageShape() : m_settings->imageShape();
    const QSignalBlocker quiet(m_ui->sizeCombo);
    m_ui->sizeCombo->clear();
    for (const auto &[shape, label] : shapes)
        m_ui->sizeCombo->addItem(label, shape);
    m_ui->sizeCombo->setCurrentIndex(std::max(0, m_ui->sizeCombo->findData(wanted)));
}

void PromptPanel::showShapeNote()
{
    int fixed = 0;
    const QList<ModelInfo> models = m_picker->selectedModels();
    for (const ModelInfo &model : models)
        fixed += m_directProviders.contains(model.provider) ? 0 : 1;
    const bool show = imageShape() != squareShape && fixed > 0;
    if (show) {
        m_ui->sizeNote->setText(
            fixed == models.size()
                ? tr("The public site and deployments make 1024 × 1024 only: use your own keys "
                     "(Settings > Sources) for other shapes.")
                : tr("%n of the chosen models go through the public site or a deployment and "
                     "stay 1024 × 1024.",
                     nullptr, fixed));
    }
    m_ui->sizeNote->setVisible(show && m_generationControlsVisible);
}

void PromptPanel::setGenerationControlsVisible(bool visible)
{
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->promptLabel, m_ui->historyButton, m_ui->promptEdit, m_ui->suggestionsText,
             m_ui->moreSuggestionsButton, m_ui->countLabel, m_ui->countSpin, m_ui->sizeLabel,
             m_ui->sizeCombo, m_ui->generateButton, m_ui->cancelButton})
        w->setVisible(visible);
    m_generationControlsVisible = visible;
    showShapeNote();
}

void PromptPanel::setBusy(bool busy)
{
    m_ui->cancelButton->setEnabled(busy);
}

void PromptPanel::requestGenerate()
{
    const QString text = prompt();
    if (text.isEmpty()) {
        emit problem(tr("Type a prompt first."));
        m_ui->promptEdit->setFocus();
        return;
    }
    if (text.size() > GenerationRequest::maxPromptLength) {
        emit problem(tr("The prompt is too long (%1 characters, at most %2).")
                         .arg(text.size())
                         .arg(GenerationRequest::maxPromptLength));
        return;
    }
    const QList<ModelInfo> models = m_picker->selectedModels();
    if (models.isEmpty()) {
        emit problem(tr("Pick at least one model."));
        return;
    }
    remember(text);
    emit generateRequested(text, models, imageCount(), imageShape());
}

void PromptPanel::remember(const QString &prompt)
{
    m_history.removeAll(prompt);
    m_history.prepend(prompt);
    while (m_history.size() > maxHistory)
        m_history.removeLast();
    m_historyIndex = -1;
    m_settings->setPromptHistory(m_history);
    rebuildHistoryMenu();
}

void PromptPanel::rebuildHistoryMenu()
{
    auto *menu = new QMenu(this);
    for (const QString &entry : std::as_const(m_history)) {
        QString label = entry.simplified();
        if (label.size() > 70)
            label = label.left(67) + QLatin1String("...");
        menu->addAction(label, this, [this, entry] { setPrompt(entry); });
    }
    if (m_history.isEmpty())
        menu->addAction(tr("No earlier prompts"))->setEnabled(false);
    delete m_ui->historyButton->menu();
    m_ui->historyButton->setMenu(menu);
}

void PromptPanel::showSuggestions()
{
    const QStringList all = suggestions();
    QStringList links;
    for (int i = 0; i < 3; ++i) {
        const int index = (m_suggestionOffset + i) % int(all.size());
        links.append(QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(index)
                         .arg(all.at(index).section(QLatin1Char(','), 0, 0).toHtmlEscaped()));
    }
    m_ui->suggestionsText->clear(); // the same text again would not pick up a new link colour
    m_ui->suggestionsText->setText(tr("Try: %1").arg(links.join(QStringLiteral(" · "))));
}

void PromptPanel::stepHistory(int direction)
{
    if (m_history.isEmpty())
        return;
    m_historyIndex = std::clamp(m_historyIndex + direction, -1, int(m_history.size()) - 1);
    setPrompt(m_historyIndex < 0 ? QString() : m_history.at(m_historyIndex));
}

bool PromptPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->promptEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrl = key->modifiers() & Qt::ControlModifier;
        if (ctrl && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            requestGenerate();
            return true;
        }
        const QTextCursor cursor = m_ui->promptEdit->textCursor();
        if (key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier &&
            cursor.block() == m_ui->promptEdit->document()->firstBlock()) {
            stepHistory(+1);
            return true;
        }
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier &&
            cursor.block() == m_ui->promptEdit->document()->lastBlock()) {
            stepHistory(-1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PromptPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        showSuggestions(); // rich-text links take the link colour when set
    QWidget::changeEvent(event);
}

void PromptPanel::retranslate()
{
    m_ui->retranslateUi(this);
    fillShapes();
    showShapeNote();
    showSuggestions();
    rebuildHistoryMenu();
}
