#include "widgets/KeyBindings.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

namespace {
// Gives the actions their texts again when the interface language changes.
class KeyActionTexts : public QObject
{
public:
    KeyActionTexts(QWidget *widget, QList<QAction *> actions, QList<KeyBinding> bindings)
        : QObject(widget)
        , m_actions(std::move(actions))
        , m_bindings(std::move(bindings))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange) {
            for (qsizetype i = 0; i < m_actions.size(); ++i)
                m_actions.at(i)->setText(m_bindings.at(i).translatedText());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QList<QAction *> m_actions;
    QList<KeyBinding> m_bindings;
};
} // namespace

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
    new KeyActionTexts(widget, actions, bindings);
    return actions;
}
