#include "widgets/ModelPicker.h"

#include "generation/ModelStats.h"
#include "widgets/ProviderIcons.h"

#include <QEvent>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

ModelPickerModel::ModelPickerModel(const ModelCatalog *catalog, const ModelStats *stats,
                                   const ProviderIcons *icons, QObject *parent)
    : QStandardItemModel(parent)
    , m_catalog(catalog)
    , m_stats(stats)
    , m_icons(icons)
{
    build();
    connect(m_stats, &ModelStats::changed, this, &ModelPickerModel::refreshHistory);
}

void ModelPickerModel::build()
{
    clear();
    setColumnCount(2);
    retranslate();
    for (const ProviderInfo &provider : m_catalog->providers()) {
        auto *group = new QStandardItem(m_icons->icon(provider.id), provider.name);
        group->setFlags(Qt::ItemIsEnabled);
        group->setData(QString(provider.name + QLatin1Char(' ') + provider.id), SearchTextRole);
        auto *groupInfo = new QStandardItem;
        groupInfo->setFlags(Qt::ItemIsEnabled);
        for (const ModelInfo &m : m_catalog->models()) {
            if (m.provider != provider.id)
                continue;
            auto *item = new QStandardItem(m.name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setData(m.id, ModelIdRole);
            item->setData(
                QString(m.name + QLatin1Char(' ') + m.id + QLatin1Char(' ') + provider.name),
                SearchTextRole);
            item->setToolTip(m.id);
            auto *history = new QStandardItem;
            history->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            group->appendRow({item, history});
        }
        appendRow({group, groupInfo});
    }
    labelGroups();
    refreshHistory();
}

void ModelPickerModel::setSources(const QHash<QString, QList<UpstreamSource>> &byProvider)
{
    m_sources = byProvider;
    labelGroups();
}

// "Replicate (12) · via your key": the provider, its model count and the source that serves
// it, on a row spanning both columns so the history column stays narrow.
void ModelPickerModel::labelGroups()
{
    const QList<ProviderInfo> providers = m_catalog->providers();
    for (int g = 0; g < rowCount() && g < providers.size(); ++g) {
        QStandardItem *group = item(g, NameColumn);
        const ProviderInfo &provider = providers.at(g);
        const QString label = QStringLiteral("%1 (%2)").arg(provider.name).arg(group->rowCount());
        const QList<UpstreamSource> sources = m_sources.value(provider.id);
        const bool direct = std::any_of(sources.cbegin(), sources.cend(),
                                        [](const UpstreamSource &s) { return s.isDirect(); });
        markDirectOnly(group, direct);
        if (sources.isEmpty()) {
            group->setText(label);
            group->setToolTip(QString());
            continue;
        }
        const UpstreamSource &first = sources.first();
        const QString via = first.isDirect()                             ? tr("your key")
                            : first.kind == UpstreamSource::Kind::Public ? tr("public site")
                                                                         : first.displayName();
        group->setText(tr("%1 · via %2").arg(label, via));
        QStringList names;
        for (const UpstreamSource &source : sources)
            names.append(source.displayName());
        group->setToolTip(
            names.size() > 1
                ? tr("Sources in failover order: %1").arg(names.join(QStringLiteral(" \u2192 ")))
                : tr("Source: %1").arg(names.first()));
    }
}

// A model only the provider's own API makes can be picked once the provider has a direct
// source (the user's key); until then it is shown, greyed, saying so.
void ModelPickerModel::markDirectOnly(QStandardItem *group, bool direct)
{
    for (int r = 0; r < group->rowCount(); ++r) {
        QStandardItem *item = group->child(r, NameColumn);
        const auto model = m_catalog->resolve(item->data(ModelIdRole).toString());
        if (!model || !model->directOnly)
            continue;
        item->setEnabled(direct);
        if (!direct)
            item->setCheckState(Qt::Unchecked);
        item->setToolTip(direct ? model->id
                                : tr("%1: made only with your own %2 key (Settings > Sources > "
                                     "Use my own keys)")
                                      .arg(model->id, SourcePlan::providerName(model->provider)));
    }
}

void ModelPickerModel::retranslate()
{
    setHorizontalHeaderLabels({tr("Model"), tr("Your history")});
    labelGroups(); // "via your key", the history's units
    refreshHistory();
}

QList<QStandardItem *> ModelPickerModel::modelItems() const
{
    QList<QStandardItem *> items;
    for (int g = 0; g < rowCount(); ++g) {
        QStandardItem *group = item(g, NameColumn);
        for (int r = 0; r < group->rowCount(); ++r)
            items.append(group->child(r, NameColumn));
    }
    return items;
}

QStringList ModelPickerModel::checkedIds() const
{
    QStringList ids;
    for (QStandardItem *item : modelItems()) {
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(ModelIdRole).toString());
    }
    return ids;
}

void ModelPickerModel::setCheckedIds(const QStringList &ids)
{
    for (QStandardItem *item : modelItems())
        item->setCheckState(ids.contains(item->data(ModelIdRole).toString()) ? Qt::Checked
                                                                             : Qt::Unchecked);
}

void ModelPickerModel::refreshHistory()
{
    const QDateTime now = m_stats->now();
    for (QStandardItem *item : modelItems()) {
        QStandardItem *history = item->parent()->child(item->row(), HistoryColumn);
        const ModelStats::Summary s = m_stats->summary(item->data(ModelIdRole).toString());
        QString text;
        QString tip;
        if (s.isCoolingDown(now)) {
            text = tr("cooling down");
            tip = tr("Failed %n time(s) in a row; try another model for a while.", nullptr,
                     s.consecutiveFailures);
            history->setForeground(QColor(0xd9, 0x77, 0x06));
        } else if (s.attempts() > 0) {
            text = s.typicalMs >= 0 ? tr("%1 % · %2 s")
                                          .arg(qRound(s.successRate() * 100))
                                          .arg(s.typicalMs / 1000.0, 0, 'f', 1)
                                    : tr("%1 %").arg(qRound(s.successRate() * 100));
            tip = tr("%1 of %2 recent images succeeded").arg(s.successes).arg(s.attempts());
            history->setData(QVariant(), Qt::ForegroundRole);
        } else {
            history->setData(QVariant(), Qt::ForegroundRole);
        }
        const auto rating = m_ratings.constFind(item->data(ModelIdRole).toString());
        if (rating != m_ratings.cend() && rating->games() > 0) {
            text = text.isEmpty() ? tr("★%1").arg(qRound(rating->rating))
                                  : tr("★%1 · %2").arg(qRound(rating->rating)).arg(text);
            tip = tr("Your arena rating: %1 (95 %: %2 – %3) from %n vote(s)", nullptr,
                     rating->games())
                      .arg(qRound(rating->rating))
                      .arg(qRound(rating->low))
                      .arg(qRound(rating->high)) +
                  (tip.isEmpty() ? QString() : QLatin1Char('\n') + tip);
        }
        history->setText(text);
        history->setToolTip(tip);
    }
}

void ModelPickerModel::setRatings(const QHash<QString, BradleyTerry::Rating> &ratings)
{
    m_ratings = ratings;
    refreshHistory();
}

ModelPicker::ModelPicker(const ModelCatalog *catalog, const ModelStats *stats,
                         const ProviderIcons *icons, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_model(new ModelPickerModel(catalog, stats, icons, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    setUpFilter();
    setUpTree();
    QHBoxLayout *presets = createPresetRow();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addLayout(presets);
    layout->addWidget(m_tree, 1);

    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (item->isCheckable()) {
            updateSummary();
            emit selectionChanged();
        }
    });
    retranslate();
    updateSummary();
}

QList<QWidget *> ModelPicker::tabOrder() const
{
    QList<QWidget *> order{m_filter};
    order += m_presetButtons;
    order.append(m_tree);
    return order;
}

// The filter box matches names, ids and providers, and opens the groups it finds models in.
void ModelPicker::setUpFilter()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(ModelPickerModel::SearchTextRole);
    m_filter->setObjectName(QStringLiteral("modelFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
}

void ModelPicker::setUpTree()
{
    m_tree->setObjectName(QStringLiteral("modelTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    // "Stable Diffusion 3.5 Large" and "... Large Turbo" differ at the end.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setAlternatingRowColors(false);
    m_tree->header()->setSectionResizeMode(ModelPickerModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ModelPickerModel::HistoryColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    // Provider rows span both columns; rows the filter brings back are new rows to span.
    const auto spanGroups = [this] {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, spanGroups);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, spanGroups);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, spanGroups);
    spanGroups();
    m_tree->expandAll();
}

// A button per preset of the catalog, then the summary of the selection.
QHBoxLayout *ModelPicker::createPresetRow()
{
    auto *presets = new QHBoxLayout;
    presets->setContentsMargins(0, 0, 0, 0);
    for (const ModelPreset &preset : m_catalog->presets()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("preset_") + preset.id);
        button->setProperty("presetId", preset.id);
        button->setAutoRaise(false);
        connect(button, &QToolButton::clicked, this, [this, id = preset.id] { applyPreset(id); });
        presets->addWidget(button);
        m_presetButtons.append(button);
    }
    presets->addStretch();
    presets->addWidget(m_summary);
    return presets;
}

void ModelPicker::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter models"));
    m_filter->setAccessibleName(tr("Filter models"));
    m_tree->setAccessibleName(tr("Models"));
    for (QWidget *w : std::as_const(m_presetButtons)) {
        auto *button = static_cast<QToolButton *>(w);
        const QString id = button->property("presetId").toString();
        for (const ModelPreset &preset : m_catalog->presets()) {
            if (preset.id != id)
                continue;
            const QString name = id == QLatin1String("performance") ? tr("Performance")
                                 : id == QLatin1String("quality")   ? tr("Quality")
                                                                    : preset.name;
            button->setText(name);
            button->setToolTip(tr("Compare the %1 models of the upstream's page: %2")
                                   .arg(name, preset.modelIds.join(QLatin1String(", "))));
        }
    }
    m_model->retranslate();
    m_model->refreshHistory();
    updateSummary();
}

void ModelPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QList<ModelInfo> ModelPicker::selectedModels() const
{
    QList<ModelInfo> models;
    for (const QString &id : m_model->checkedIds()) {
        if (const auto m = m_catalog->resolve(id))
            models.append(*m);
    }
    return models;
}

void ModelPicker::setSelectedIds(const QStringList &ids)
{
    m_model->setCheckedIds(ids);
    updateSummary();
    emit selectionChanged();
}

void ModelPicker::applyPreset(const QString &presetId)
{
    for (const ModelPreset &preset : m_catalog->presets()) {
        if (preset.id == presetId)
            setSelectedIds(preset.modelIds);
    }
}

void ModelPicker::updateSummary()
{
    const int n = int(m_model->checkedIds().size());
    m_summary->setText(n == 0   ? tr("No model selected")
                       : n == 1 ? tr("1 model")
                                : tr("%1 models: compare").arg(n));
}
