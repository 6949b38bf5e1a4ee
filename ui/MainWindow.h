#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
class QUndoGroup;
class QLabel;

namespace kg {
class AppSettings;
class GraphDocument;
} // namespace kg

namespace kg::ui {

/// One window per document: menus, docks and wiring only, no business logic. The document is
/// always there (a new window starts with an empty, unmodified graph).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::shared_ptr<AppSettings> settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    GraphDocument *document() const { return m_document; }
    AppSettings &settings() const { return *m_settings; }

    /// Opens @p path here when this window holds an empty, unmodified document, else in a new
    /// window. Shows an error and returns false when the file cannot be read.
    bool openFile(const QString &path);
    /// Saves to the current path, or asks for one. Returns false when cancelled or failed.
    bool save();
    bool saveAs();
    /// Restores the default docks and toolbars.
    void resetLayout();

    /// The action with @p objectName (e.g. "actionSave"), for tests and the command palette.
    QAction *action(const QString &objectName) const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateTitle();
    void updateRecentFilesMenu();
    void newDocument();
    void openDialog();
    bool isPristine() const;
    bool maybeSave();
    bool saveTo(const QString &path);
    void showAbout();
    void showPreferences();
    void retranslate();

    std::shared_ptr<AppSettings> m_settings;
    GraphDocument *m_document;
    QUndoGroup *m_undoGroup;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_statusDocument = nullptr;
    QByteArray m_defaultState;
};

} // namespace kg::ui
