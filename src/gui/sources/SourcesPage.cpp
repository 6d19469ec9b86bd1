#include "sources/SourcesPage.h"

#include "AppContext.h"
#include "sources/DeploymentGuide.h"
#include "sources/ProviderKeysDialog.h"
#include "upstream/QuotaWindows.h"
#include "upstream/SourceHealth.h"
#include "upstream/SourceStatus.h"
#include "upstream/UpstreamClient.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Role { EntryProvider = Qt::UserRole, EntrySpec, EntryHeaderName, EntryHeaderValue };

// A row's source: "*=direct" stands for each provider's own API (shown as the first's).
std::optional<UpstreamSource> parseRow(const QString &provider, const QString &spec)
{
    QString error;
    return UpstreamSource::parse(
        spec, provider == QLatin1String("*") ? SourcePlan::providers().first() : provider, &error);
}
} // namespace

SourcesPage::SourcesPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_intro(new QLabel(this))
    , m_override(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_add(addButton(QStringLiteral("addSourceButton")))
    , m_edit(addButton(QStringLiteral("editSourceButton")))
    , m_up(addButton(QStringLiteral("sourceUpButton")))
    , m_down(addButton(QStringLiteral("sourceDownButton")))
    , m_remove(addButton(QStringLiteral("removeSourceButton")))
    , m_test(addButton(QStringLiteral("testSourceButton")))
    , m_guide(addButton(QStringLiteral("sourceGuideButton")))
    , m_keys(addButton(QStringLiteral("providerKeysButton")))
    , m_testResult(new QLabel(this))
{
    setObjectName(QStringLiteral("sourcesPage"));
    m_intro->setWordWrap(true);
    m_override->setWordWrap(true);
    m_override->setObjectName(QStringLiteral("sourcesOverride"));
    m_testResult->setWordWrap(true);
    m_testResult->setObjectName(QStringLiteral("sourceTestResult"));
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("sourcesList"));
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_up, m_down, m_remove, m_test})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_keys);
    buttons->addWidget(m_guide);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_override);
    layout->addLayout(row, 1);
    layout->addWidget(m_testResult);

    connectButtons();
    retranslate();
    load();
}

SourcesPage::~SourcesPage()
{
    // A test still running: the call goes before its client (and the client's network pool).
    delete m_testCall.data();
}

void SourcesPage::connectButtons()
{
    connect(m_add, &QPushButton::clicked, this, [this] { edit(nullptr); });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(m_list->currentItem()); });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { edit(item); });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        m_changed = true;
        updateButtons();
    });
    connect(m_test, &QPushButton::clicked, this, &SourcesPage::test);
    connect(m_guide, &QPushButton::clicked, this, [this] {
        auto *guide = new DeploymentGuide(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->open();
    });
    connect(m_keys, &QPushButton::clicked, this, &SourcesPage::openKeys);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SourcesPage::updateButtons);
}

void SourcesPage::openKeys()
{
    ProviderKeysDialog dialog(m_context, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A provider that now has keys gets its direct source first, unless it has one.
    for (const QString &provider : dialog.providersWithKeys()) {
        bool listed = false;
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            const SourceEditDialog::Entry entry = entryOf(m_list->topLevelItem(i));
            listed = listed || (entry.source.isDirect() && (entry.provider == provider ||
                                                            entry.provider == QLatin1String("*")));
        }
        if (!listed)
            addSource({provider, UpstreamSource::direct(provider)});
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        showEntry(item, entryOf(item));
    }
}

QPushButton *SourcesPage::addButton(const QString &objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    return button;
}

QString SourcesPage::testModelId(const QString &provider)
{
    if (provider == QLatin1String("vertex"))
        return QStringLiteral("vertex/imagen-3.0-fast");
    if (provider == QLatin1String("openai"))
        return QStringLiteral("openai/dall-e-2");
    if (provider == QLatin1String("fireworks"))
        return QStringLiteral("fireworks/flux-1-schnell-fp8");
    return QStringLiteral("replicate/flux-schnell");
}

void SourcesPage::load()
{
    m_list->clear();
    QStringList specs = m_context.settings().sourceSpecs();
    if (specs.isEmpty()) // the saved URL serves every provider
        specs = {QStringLiteral("*=") +
                 UpstreamSource::forUrl(m_context.settings().upstreamUrl()).spec()};
    for (const QString &spec : specs) {
        const qsizetype equals = spec.indexOf(QLatin1Char('='));
        if (const auto source = parseRow(spec.left(equals), spec.mid(equals + 1))) {
            UpstreamSource withHeaders = *source;
            withHeaders.headers = m_context.sourceHeaders().stored(source->url);
            addEntry({spec.left(equals), withHeaders});
        }
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void SourcesPage::addSource(const SourceEditDialog::Entry &entry)
{
    addEntry(entry, 0);
    m_list->setCurrentItem(m_list->topLevelItem(0));
    m_changed = true;
    updateButtons();
}

void SourcesPage::addEntry(const SourceEditDialog::Entry &entry, int at)
{
    auto *item = new QTreeWidgetItem;
    showEntry(item, entry);
    m_list->insertTopLevelItem(at < 0 ? m_list->topLevelItemCount() : at, item);
}

void SourcesPage::showEntry(QTreeWidgetItem *item, const SourceEditDialog::Entry &entry)
{
    item->setData(0, EntryProvider, entry.provider);
    item->setData(0, EntrySpec, entry.source.spec());
    const auto header = entry.source.headers.value(0);
    item->setData(0, EntryHeaderName, QString::fromLatin1(header.first));
    item->setData(0, EntryHeaderValue, QString::fromUtf8(header.second));
    item->setText(0, entry.provider == QLatin1String("*") ? tr("every provider") : entry.provider);
    if (entry.source.isDirect() && entry.provider == QLatin1String("*"))
        item->setText(1, tr("each provider's own API (your keys)"));
    else if (entry.source.kind == UpstreamSource::Kind::Deployment)
        item->setText(1, entry.source.url.toDisplayString(QUrl::RemoveUserInfo));
    else
        item->setText(1, entry.source.displayName());
    item->setText(2, stateText(entry.source));
    item->setToolTip(2, item->text(2));
}

SourceEditDialog::Entry SourcesPage::entryOf(const QTreeWidgetItem *item) const
{
    SourceEditDialog::Entry entry;
    entry.provider = item->data(0, EntryProvider).toString();
    entry.source = parseRow(entry.provider, item->data(0, EntrySpec).toString())
                       .value_or(UpstreamSource::publicSite());
    const QString name = item->data(0, EntryHeaderName).toString();
    if (!name.isEmpty())
        entry.source.headers = {
            {name.toLatin1(), item->data(0, EntryHeaderValue).toString().toUtf8()}};
    return entry;
}

QString SourcesPage::stateText(const UpstreamSource &source) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    const auto time = [&locale](const QDateTime &t) {
        return locale.toString(t.toLocalTime(), QLocale::ShortFormat);
    };
    if (source.isDirect()) {
        const ProviderKeyring::Origin origin = m_context.keyring().origin(source.provider);
        if (origin == ProviderKeyring::Origin::None)
            return tr("No key yet: use \"Use my own keys...\"");
    }
    const SourceStatus status =
        SourceStatus::of(source, &m_context.quotaWindows(), &m_context.sourceHealth(), now);
    if (status.quotaResetsAt)
        return tr("Daily quota used up; not called until %1").arg(time(*status.quotaResetsAt));
    const SourceHealth::State &health = status.health;
    QStringList parts;
    if (status.refusal)
        parts.append(tr("Refused: %1 (skipped for a while)").arg(status.refusal->message));
    else if (health.lastFailure.isValid() && health.lastFailure > health.lastSuccess)
        parts.append(
            tr("Last failure %1: %2").arg(time(health.lastFailure), health.lastError.message));
    if (health.lastSuccess.isValid())
        parts.append(tr("last success %1").arg(time(health.lastSuccess)));
    if (source.kind == UpstreamSource::Kind::Public) {
        const int limit = SourceStatus::publicDailyLimit;
        parts.append(tr("about %1 of %2 left today, shared with everyone on your network")
                         .arg(std::max(0, limit - status.postsInWindow))
                         .arg(limit));
    }
    return parts.isEmpty() ? tr("Not used yet") : parts.join(QLatin1String("; "));
}

QStringList SourcesPage::specs() const
{
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        out.append(item->data(0, EntryProvider).toString() + QLatin1Char('=') +
                   item->data(0, EntrySpec).toString());
    }
    return out;
}

bool SourcesPage::save(QString *error)
{
    // One set of headers per deployment URL (rows for several providers share it), and
    // none kept for a source no longer listed.
    QList<QUrl> urls;
    QHash<QUrl, SourceHeaders::Headers> headers;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const SourceEditDialog::Entry entry = entryOf(m_list->topLevelItem(i));
        if (entry.source.kind != UpstreamSource::Kind::Deployment)
            continue;
        if (!urls.contains(entry.source.url))
            urls.append(entry.source.url);
        if (!entry.source.headers.isEmpty() && !headers.contains(entry.source.url))
            headers.insert(entry.source.url, entry.source.headers);
    }
    for (const QUrl &url : std::as_const(urls)) {
        if (!m_context.sourceHeaders().setHeaders(url, headers.value(url), error))
            return false;
    }
    if (!m_context.sourceHeaders().keepOnly(urls, error))
        return false;
    // Untouched, the list stays what it was: none of its own means the endpoint URL of the
    // General page serves every provider.
    if (m_changed)
        m_context.settings().setSourceSpecs(specs());
    return true;
}

void SourcesPage::edit(QTreeWidgetItem *item)
{
    SourceEditDialog dialog(item ? entryOf(item)
                                 : SourceEditDialog::Entry{QStringLiteral("*"), UpstreamSource{}},
                            this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (item)
        showEntry(item, dialog.entry());
    else
        addEntry(dialog.entry(), 0); // a new source is tried first
    m_changed = true;
    m_list->setCurrentItem(item ? item : m_list->topLevelItem(0));
    updateButtons();
}

void SourcesPage::move(int by)
{
    const int from = m_list->indexOfTopLevelItem(m_list->currentItem());
    const int to = from + by;
    if (from < 0 || to < 0 || to >= m_list->topLevelItemCount())
        return;
    QTreeWidgetItem *item = m_list->takeTopLevelItem(from);
    m_list->insertTopLevelItem(to, item);
    m_changed = true;
    m_list->setCurrentItem(item);
    updateButtons();
}

// One real generation through the chosen source alone, with its provider's cheapest model.
void SourcesPage::test()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || m_testClient)
        return;
    const SourceEditDialog::Entry entry = entryOf(item);
    const QString provider =
        entry.provider == QLatin1String("*") ? SourcePlan::providers().first() : entry.provider;
    const auto model = m_context.catalog().resolve(testModelId(provider));
    if (!model)
        return;
    UpstreamSetup setup = m_context.upstreamSetup();
    setup.sources = SourcePlan::everyProvider(entry.source);
    m_testClient = UpstreamClient::create(setup);
    UpstreamCall *call = m_testClient->generate(
        {QStringLiteral("a lighthouse on a cliff at dusk, test image"), model->provider,
         model->upstreamModelId, QStringLiteral("source test"), QString(), false},
        m_testClient.get());
    m_testCall = call;
    connect(call, &UpstreamCall::finished, this, [this, call] { showTestResult(call); });
    m_testResult->setText(tr("Testing %1 with %2...").arg(entry.source.displayName(), model->name));
    updateButtons();
    call->start();
}

void SourcesPage::showTestResult(UpstreamCall *call)
{
    const UpstreamResult &r = call->result();
    const QString where = r.source.displayName();
    if (r.ok()) {
        m_testResult->setText(tr("%1 answered in %2 s: a %3 image of %4 bytes.")
                                  .arg(where)
                                  .arg(r.elapsedMs / 1000.0, 0, 'f', 1)
                                  .arg(ImageFormat::extension(r.type).toUpper())
                                  .arg(r.byteSize));
    } else {
        m_testResult->setText(tr("%1 failed: %2").arg(where, r.error.message));
    }
    call->deleteLater(); // still on the stack; goes before its client
    m_testClient.release()->deleteLater();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        showEntry(item, entryOf(item));
    }
    updateButtons();
}

void SourcesPage::updateButtons()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    const int count = m_list->topLevelItemCount();
    m_edit->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < count);
    m_remove->setEnabled(row >= 0 && count > 1); // every provider keeps a source
    m_test->setEnabled(row >= 0 && !m_testClient);
}

void SourcesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SourcesPage::retranslate()
{
    m_intro->setText(tr("Each provider tries its sources from the top; a source that refuses "
                        "(access denied, its daily quota, a missing deployment) or keeps "
                        "failing passes the same request to the next one. The public site "
                        "answers only its own web page, so put your own deployment or your "
                        "own provider keys first."));
    const AppOptions &options = m_context.options();
    m_override->setVisible(options.sources.has_value() || options.upstream.has_value());
    m_override->setText(tr("This run was started with --source or --upstream, which win until "
                           "ImageBridge starts without them; what you save here applies then."));
    m_list->setHeaderLabels({tr("Provider"), tr("Source"), tr("State")});
    m_add->setText(tr("&Add..."));
    m_edit->setText(tr("&Edit..."));
    m_up->setText(tr("Move &up"));
    m_down->setText(tr("Move &down"));
    m_remove->setText(tr("&Remove"));
    m_test->setText(tr("&Test"));
    m_guide->setText(tr("Your own &deployment..."));
    m_keys->setText(tr("Use my own &keys..."));
}
