#pragma once

#include "sources/SourceEditDialog.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class AppContext;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class UpstreamCall;
class UpstreamClient;

// Settings > Sources: each provider's sources in failover order (add, edit, reorder,
// remove), what the run knows of each (its last success and failure, a refusal, the public
// site's calls left today), and Test, which makes one real generation through the chosen
// source with the provider's cheapest model and shows the answer.
class SourcesPage : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesPage(AppContext &context, QWidget *parent = nullptr);
    ~SourcesPage() override;

    // The rows as saved settings entries ("PROVIDER=KIND[:URL]").
    QStringList specs() const;
    // Adds a source at the top, as the Add dialog does.
    void addSource(const SourceEditDialog::Entry &entry);
    // Saves the rows and their headers (the secrets file); false with *error otherwise.
    bool save(QString *error);

    // Opens "Use my own keys"; providers that get keys get their direct source first.
    void openKeys();

    // The model Test uses for `provider`: its cheapest one in the catalog.
    static QString testModelId(const QString &provider);

protected:
    void changeEvent(QEvent *event) override;

private:
    QPushButton *addButton(const QString &objectName);
    void connectButtons();
    void load();
    void addEntry(const SourceEditDialog::Entry &entry, int at = -1);
    SourceEditDialog::Entry entryOf(const QTreeWidgetItem *item) const;
    void showEntry(QTreeWidgetItem *item, const SourceEditDialog::Entry &entry);
    void edit(QTreeWidgetItem *item);
    void move(int by);
    void test();
    void showTestResult(UpstreamCall *call);
    void updateButtons();
    void retranslate();
    QString stateText(const UpstreamSource &source) const;

    AppContext &m_context;
    QLabel *m_intro;
    QLabel *m_override;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_guide;
    QPushButton *m_keys;
    QLabel *m_testResult;
    std::unique_ptr<UpstreamClient> m_testClient;
    QPointer<UpstreamCall> m_testCall;
    bool m_changed = false; // the person added, edited, moved or removed a source
};
