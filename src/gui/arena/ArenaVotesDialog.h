#pragma once

#include <QDialog>

class ArenaVotes;
class ModelCatalog;
class QPushButton;
class QTableWidget;

// Every arena vote, newest first: when, the prompt, both models and the verdict. A vote
// can be opened (both images in the compare view) or taken back; the ratings follow.
class ArenaVotesDialog : public QDialog
{
    Q_OBJECT
public:
    ArenaVotesDialog(ArenaVotes *votes, const ModelCatalog *catalog, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void undoSelected();

signals:
    void compareImages(const QString &leftId, const QString &rightId);

private:
    void refresh();

    ArenaVotes *m_votes;
    const ModelCatalog *m_catalog;
    QTableWidget *m_table;
    QPushButton *m_open;
    QPushButton *m_undo;
};
