#include "arena/ArenaVotesDialog.h"

#include "arena/ArenaVotes.h"
#include "generation/ModelCatalog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int voteIdRole = Qt::UserRole + 1;
constexpr int imagesRole = Qt::UserRole + 2;
} // namespace

ArenaVotesDialog::ArenaVotesDialog(ArenaVotes *votes, const ModelCatalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_votes(votes)
    , m_catalog(catalog)
    , m_table(new QTableWidget(this))
    , m_open(new QPushButton(tr("Compare the images"), this))
    , m_undo(new QPushButton(tr("Take the vote back"), this))
{
    setObjectName(QStringLiteral("arenaVotesDialog"));
    setWindowTitle(tr("Your arena votes"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_table->setObjectName(QStringLiteral("arenaVotesTable"));
    m_table->setAccessibleName(tr("Your arena votes"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Prompt"), tr("Left"), tr("Right"), tr("Verdict")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
        if (!item)
            return;
        const QStringList ids = item->data(imagesRole).toStringList();
        emit compareImages(ids.value(0), ids.value(1));
    });
    connect(m_undo, &QPushButton::clicked, this, &ArenaVotesDialog::undoSelected);
    connect(votes, &ArenaVotes::changed, this, &ArenaVotesDialog::refresh);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(m_open);
    row->addWidget(m_undo);
    row->addStretch();
    row->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    resize(900, 520);
    refresh();
}

void ArenaVotesDialog::refresh()
{
    QList<ArenaVote> votes = m_votes->all();
    std::reverse(votes.begin(), votes.end());
    m_table->setRowCount(int(votes.size()));
    auto name = [this](const QString &id) {
        const auto model = m_catalog->resolve(id);
        return model ? model->name : id;
    };
    for (int row = 0; row < votes.size(); ++row) {
        const ArenaVote &v = votes.at(row);
        const QString verdict = v.outcome == ArenaVote::Outcome::Left    ? tr("left is better")
                                : v.outcome == ArenaVote::Outcome::Right ? tr("right is better")
                                : v.outcome == ArenaVote::Outcome::Tie   ? tr("tie")
                                                                         : tr("both bad");
        const QStringList texts{QLocale().toString(v.created.toLocalTime(), QLocale::ShortFormat),
                                v.prompt, name(v.leftModel), name(v.rightModel), verdict};
        for (int column = 0; column < texts.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
        m_table->item(row, 0)->setData(voteIdRole, v.id);
        m_table->item(row, 0)->setData(imagesRole, QStringList{v.leftImage, v.rightImage});
    }
    const bool any = !votes.isEmpty();
    m_open->setEnabled(any);
    m_undo->setEnabled(any);
    if (any && m_table->currentRow() < 0)
        m_table->selectRow(0);
}

void ArenaVotesDialog::undoSelected()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (item)
        m_votes->undo(item->data(voteIdRole).toLongLong());
}
