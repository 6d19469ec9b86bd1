#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>

class QAction;
class QWidget;

// A key a widget answers, listed once: the widget makes its QAction from the list and the
// shortcuts dialog shows the same list, so the two cannot drift.
struct KeyBinding
{
    const char *context; // the translation context of `text`: the widget's class
    const char *text;    // untranslated (QT_TRANSLATE_NOOP)
    QList<QKeySequence> keys;

    QString translatedText() const { return QCoreApplication::translate(context, text); }
};

// Every key of the standard binding `key`, then `extra` where it is not among them.
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key,
                                 const QList<QKeySequence> &extra = {});

// One QAction per binding on `widget`, in the list's order, answering within `context`.
QList<QAction *> addKeyActions(QWidget *widget, const QList<KeyBinding> &bindings,
                               Qt::ShortcutContext context = Qt::WidgetWithChildrenShortcut);
