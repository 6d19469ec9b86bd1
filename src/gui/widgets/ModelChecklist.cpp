#include "widgets/ModelChecklist.h"

#include "generation/ModelCatalog.h"

ModelChecklist::ModelChecklist(const ModelCatalog *catalog, QWidget *parent)
    : QListWidget(parent)
{
    for (const ModelInfo &m : catalog->models()) {
        auto *item = new QListWidgetItem(m.name, this);
        item->setData(modelIdRole, m.id);
        item->setToolTip(m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

QStringList ModelChecklist::checkedIds() const
{
    QStringList ids;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            ids.append(item(i)->data(modelIdRole).toString());
    }
    return ids;
}

void ModelChecklist::setCheckedIds(const QStringList &ids)
{
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(ids.contains(item(i)->data(modelIdRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
}

void ModelChecklist::toggleAll()
{
    const bool all = checkedIds().size() == count();
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(all ? Qt::Unchecked : Qt::Checked);
}
