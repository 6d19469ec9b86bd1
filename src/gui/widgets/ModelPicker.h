#pragma once

#include "arena/BradleyTerry.h"
#include "generation/ModelCatalog.h"
#include "upstream/UpstreamSource.h"

#include <QStandardItemModel>
#include <QWidget>

class ModelStats;
class ProviderIcons;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// The catalog as a checkable tree, providers on top, with the user's own history per
// model (arena rating, success rate, typical time, cooling down after repeated failures).
class ModelPickerModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { ModelIdRole = Qt::UserRole + 1, SearchTextRole };
    enum Column { NameColumn, HistoryColumn };

    ModelPickerModel(const ModelCatalog *catalog, const ModelStats *stats,
                     const ProviderIcons *icons, QObject *parent = nullptr);

    QStringList checkedIds() const;
    void setCheckedIds(const QStringList &ids);
    void refreshHistory();
    void setRatings(const QHash<QString, BradleyTerry::Rating> &ratings);
    // Which source serves each provider (your key, a deployment's host, the public site),
    // shown on its group row; the whole failover order in its tooltip.
    void setSources(const QHash<QString, QList<UpstreamSource>> &byProvider);
    void retranslate();

private:
    void build();
    QList<QStandardItem *> modelItems() const;
    void labelGroups();
    void markDirectOnly(QStandardItem *group, bool direct);

    QHash<QString, QList<UpstreamSource>> m_sources;

    const ModelCatalog *m_catalog;
    const ModelStats *m_stats;
    const ProviderIcons *m_icons;
    QHash<QString, BradleyTerry::Rating> m_ratings;
};

// The model picker: a filter box, the "performance" and "quality" presets of the
// upstream's page, and the tree. Checking several models compares them side by side.
class ModelPicker : public QWidget
{
    Q_OBJECT
public:
    ModelPicker(const ModelCatalog *catalog, const ModelStats *stats, const ProviderIcons *icons,
                QWidget *parent = nullptr);

    QList<ModelInfo> selectedModels() const;
    QStringList selectedIds() const { return m_model->checkedIds(); }
    void setSelectedIds(const QStringList &ids);
    ModelPickerModel *model() const { return m_model; }
    // Its widgets top to bottom (the filter, the presets, the tree): the panel around it puts
    // them in its Tab order.
    QList<QWidget *> tabOrder() const;

signals:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpFilter();
    void setUpTree();
    QHBoxLayout *createPresetRow();
    void applyPreset(const QString &presetId);
    void updateSummary();
    void retranslate();

    const ModelCatalog *m_catalog;
    ModelPickerModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QLabel *m_summary;
    QList<QWidget *> m_presetButtons;
};
