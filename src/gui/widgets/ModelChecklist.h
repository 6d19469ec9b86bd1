#pragma once

#include <QListWidget>

class ModelCatalog;

// The catalog's models as a flat checklist, for choosing a set of models at once (the
// arena's pool, a grid's columns).
class ModelChecklist : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int modelIdRole = Qt::UserRole;

    explicit ModelChecklist(const ModelCatalog *catalog, QWidget *parent = nullptr);

    QStringList checkedIds() const;
    void setCheckedIds(const QStringList &ids);
    // Checks every model, or unchecks them all when all were checked.
    void toggleAll();
};
