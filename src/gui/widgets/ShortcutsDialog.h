#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QTextBrowser;

// The keyboard shortcuts, in groups over two columns: a window of its own that can be
// resized and scrolled, and opens no larger than the screen.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Row
    {
        QString text; // a menu text may keep its mnemonic mark; it is dropped here
        QList<QKeySequence> keys;
    };
    struct Group
    {
        QString title;
        QList<Row> rows;
    };

    // `left` and `right` are the two columns' groups, top to bottom.
    ShortcutsDialog(const QList<Group> &left, const QList<Group> &right, QWidget *parent);

    // What it lists, as plain text (tests, and the accessible description).
    QString plainText() const;
    // "&Generate" and, in Chinese, "生成(&G)" as they read in a list.
    static QString withoutMnemonic(QString text);

private:
    QTextBrowser *m_text;
};
