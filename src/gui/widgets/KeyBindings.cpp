#include "widgets/KeyBindings.h"

#include <QAction>
#include <QWidget>

QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QList<QKeySequence> &extra)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    for (const QKeySequence &sequence : extra) {
        if (!keys.contains(sequence))
            keys.append(sequence);
    }
    return keys;
}

QList<QAction *> addKeyActions(QWidget *widget, const QList<KeyBinding> &bindings,
                               Qt::ShortcutContext context)
{
    QList<QAction *> actions;
    for (const KeyBinding &binding : bindings) {
        auto *action = new QAction(binding.translatedText(), widget);
        action->setShortcuts(binding.keys);
        action->setShortcutContext(context);
        widget->addAction(action);
        actions.append(action);
    }
    return actions;
}
