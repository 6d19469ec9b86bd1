#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

// A slim bar above the gallery that says what just happened and, for changes that can be
// taken back, offers Undo. It hides itself after a while.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    void show(const QString &text, bool undoable);
    // The change it offers to undo was undone or redone elsewhere (Ctrl+Z, the menu): the
    // offer is stale, so the bar goes.
    void withdrawUndo();

signals:
    void undoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text;
    QPushButton *m_undo;
    QPushButton *m_close;
    QTimer *m_hide;
};
