#pragma once

#include <QAction>
#include <QKeySequence>

namespace kg::ui {

/// An action of @p window named @p name (its object name, which the tests and the action
/// lookup use) with @p text and @p shortcut (none when empty); triggering it calls @p slot in
/// the context of @p receiver.
template<typename Slot>
QAction *makeAction(QObject *window, QObject *receiver, const char *name, const QString &text,
                    const QKeySequence &shortcut, Slot slot)
{
    auto *action = new QAction(text, window);
    action->setObjectName(QString::fromLatin1(name));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    QObject::connect(action, &QAction::triggered, receiver, slot);
    return action;
}

} // namespace kg::ui
