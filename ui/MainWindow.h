#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QTimer;
class QToolBar;
class QUndoGroup;
class QLabel;

namespace kg {
class AppSettings;
class GraphDocument;
class RecoveryStore;
struct RecoveryEntry;
} // namespace kg

namespace kg::ui {

class CanvasActions;
class GraphEditor;
class GraphScene;
class GraphView;
class InspectorWidget;
class PaletteWidget;

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
    GraphScene *scene() const { return m_scene; }
    GraphView *view() const { return m_view; }
    GraphEditor *editor() const { return m_editor; }
    PaletteWidget *paletteWidget() const { return m_palette; }
    InspectorWidget *inspector() const { return m_inspector; }

    /// Adds a dock panel (object name set by the caller, for saveState()) and its toggle to
    /// View → Panels. Later panels (project browser, jobs, artifacts) come in the same way.
    void addPanel(QDockWidget *dock, Qt::DockWidgetArea area);

    /// Opens @p path here when this window holds an empty, unmodified document, else in a new
    /// window. Shows an error and returns false when the file cannot be read.
    bool openFile(const QString &path);
    /// Saves to the current path, or asks for one. Returns false when cancelled or failed.
    bool save();
    bool saveAs();
    /// Opens a copy of the sample graph at @p path as a new, unsaved document.
    bool newFromSample(const QString &path);
    /// Loads an autosaved document left behind by a crash; it stays modified until saved.
    bool loadRecovered(const RecoveryEntry &entry, const RecoveryStore &store);
    /// Writes the recovery copy now if the document changed since the last one.
    bool autosaveNow();
    /// The id of this document's recovery copy.
    QString recoveryId() const { return m_recoveryId; }
    /// Keeps recovery copies in @p folder instead of the per-user default (tests, portable use).
    void setRecoveryFolder(const QString &folder);
    /// Sets the autosave interval (default 30 s; 0 turns autosave off).
    void setAutosaveInterval(int milliseconds);
    /// The window for a new document: this one when it is pristine, else a new window.
    MainWindow *windowForNewDocument();
    /// Restores the default docks and toolbars.
    void resetLayout();

    /// The action with @p objectName (e.g. "actionSave"), for tests and the command palette.
    QAction *action(const QString &objectName) const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createCanvas();
    void createMenus();
    void updateSamplesMenu();
    void exportImage();
    void onModifiedChanged(bool modified);
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
    GraphScene *m_scene = nullptr;
    GraphView *m_view = nullptr;
    GraphEditor *m_editor = nullptr;
    CanvasActions *m_canvasActions = nullptr;
    PaletteWidget *m_palette = nullptr;
    InspectorWidget *m_inspector = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_samplesMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QLabel *m_statusDocument = nullptr;
    QLabel *m_statusZoom = nullptr;
    std::unique_ptr<RecoveryStore> m_recovery;
    QString m_recoveryId;
    QTimer *m_autosaveTimer = nullptr;
    bool m_autosaveDirty = false;
    QByteArray m_defaultState;
};

} // namespace kg::ui
