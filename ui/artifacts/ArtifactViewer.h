#pragma once

#include "codegen/ArtifactProblem.h"
#include "codegen/GenerationBackend.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QTabWidget;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace kg {

class CodeView;
class DiffView;
class ProblemsPane;
class SearchBar;

/// Reviews a job's artifacts: a file tree (folders, Kubernetes kinds, sizes, problem badges),
/// read-only highlighted code tabs with search and go-to-line, the generation report in its own
/// tab, a Problems pane that jumps to the line, diffs against another job or an export folder,
/// and export. Self-contained: its actions carry object names and widget-scoped shortcuts, so a
/// main window only has to place it (e.g. in a dock) and connect the canvas link.
class ArtifactViewer : public QWidget
{
    Q_OBJECT

public:
    /// Re-renders the job's artifacts in an output layout (files, single, kustomize, helm); set
    /// by whoever owns the local engine. Without it, export offers the artifacts' own paths or
    /// one multi-document file.
    using LayoutRenderer = std::function<Result<ArtifactList>(const QString &layout)>;

    explicit ArtifactViewer(QWidget *parent = nullptr);
    ~ArtifactViewer() override;

    /// Shows a job's artifacts and its report; closes the previous job's tabs.
    void setArtifacts(const ArtifactList &artifacts, const GenerationReport &report = {},
                      const QString &title = {});
    const ArtifactList &artifacts() const { return m_artifacts; }
    /// Validation problems (YAML syntax, schema) to show beside the report's own warnings.
    void setProblems(const ArtifactProblemList &problems);
    /// All problems shown: validation ones first, then those from the report.
    ArtifactProblemList allProblems() const;
    /// Local jobs: the layouts the engine offers and how to re-render in one of them.
    void setLayoutRenderer(const QStringList &layouts, LayoutRenderer renderer);

    /// Opens (or switches to) the tab of @p path and moves to @p line; false if unknown.
    bool openArtifact(const QString &path, int line = 0, int column = 0);
    /// Opens the generation report tab.
    void showReport();
    /// Opens a diff tab comparing @p older (e.g. an earlier job) with the shown artifacts.
    DiffView *compareWith(const ArtifactList &older, const QString &olderLabel);

    /// The code view of the current tab (file or report), or nullptr (e.g. a diff tab).
    CodeView *currentCodeView() const;
    /// Path of the artifact in the current tab; empty for the report or a diff.
    QString currentPath() const;
    QTreeWidget *tree() const { return m_tree; }
    QTabWidget *tabs() const { return m_tabs; }
    SearchBar *searchBar() const { return m_searchBar; }
    ProblemsPane *problemsPane() const { return m_problemsPane; }
    /// The viewer's actions (find, go to line, copy, word wrap, report, compare, export, …).
    QList<QAction *> viewerActions() const;

public Q_SLOTS:
    /// Selects the artifacts generated from @p nodeId (canvas → viewer) and opens the first.
    void showArtifactsOfNode(const QString &nodeId);
    /// Opens the export dialog for the shown artifacts.
    void exportArtifacts();

Q_SIGNALS:
    /// An artifact generated from @p nodeId was chosen (viewer → canvas).
    void nodeSelected(const QString &nodeId);
    /// Artifacts were exported to @p path (a folder or an archive).
    void exported(const QString &path);

private:
    void createActions();
    void fillTree();
    void refreshProblems();
    void treeItemChanged(QTreeWidgetItem *item);
    void jumpToProblem(const ArtifactProblem &problem);
    void searchCurrent();
    void goToLineInteractive();
    void compareWithFolder();
    void updateActions();
    CodeView *codeViewAt(int tabIndex) const;
    int tabOf(const QString &key) const;

    ArtifactList m_artifacts;
    GenerationReport m_report;
    QString m_title;
    ArtifactProblemList m_validationProblems;
    QStringList m_layouts;
    LayoutRenderer m_renderer;
    bool m_selectingFromCanvas = false;

    QToolBar *m_toolBar;
    QTreeWidget *m_tree;
    QTabWidget *m_tabs;
    SearchBar *m_searchBar;
    ProblemsPane *m_problemsPane;
    QHash<QString, QAction *> m_actions;
};

} // namespace kg
