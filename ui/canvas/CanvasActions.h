#pragma once

#include <QHash>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;
class QWidget;

namespace kg {
class AppSettings;
}

namespace kg::ui {

class GraphEditor;

/// The canvas commands as QActions (Edit, View and Graph menus, toolbar), with standard
/// shortcuts and object names ("actionCopy", "actionFitAll", …), enabled according to the
/// selection. The window only places them.
class CanvasActions : public QObject
{
    Q_OBJECT

public:
    /// Creates the actions as children of @p window (so their shortcuts work window-wide).
    CanvasActions(GraphEditor *editor, AppSettings &settings, QWidget *window);

    QAction *action(const QString &objectName) const { return m_actions.value(objectName); }

    void addEditActions(QMenu *menu) const;
    void addViewActions(QMenu *menu) const;
    void addGraphActions(QMenu *menu) const;
    void addToolBarActions(QToolBar *toolBar) const;
    /// The canvas context menu for the current selection (caller owns it).
    QMenu *createContextMenu(QWidget *parent) const;

private:
    QAction *make(const char *name, const QString &text, const QKeySequence &shortcut,
                  const QString &tip = {});
    void updateEnabled();

    GraphEditor *m_editor;
    AppSettings &m_settings;
    QWidget *m_window;
    QHash<QString, QAction *> m_actions;
    QActionGroup *m_tools;
};

} // namespace kg::ui
