#pragma once

#include "codegen/Artifact.h"
#include "diff/JobDiff.h"
#include "diff/TextDiff.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace kg {

class CodeView;

/// Compares two generations (or a generation with an export folder on disk): a summary of
/// added / removed / changed files, the file list, and a side-by-side or unified diff of the
/// selected file with changed lines highlighted. Alt+Down / Alt+Up jump between changes.
class DiffView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { SideBySide, Unified };

    explicit DiffView(QWidget *parent = nullptr);

    /// Compares @p older (labelled @p olderLabel) with @p newer and selects the first difference.
    void setJobs(const ArtifactList &older, const ArtifactList &newer, const QString &olderLabel,
                 const QString &newerLabel);
    const JobDiff &jobDiff() const { return m_diff; }
    /// "2 changed, 1 added, 1 removed, 12 unchanged".
    QString summaryText() const;

    /// Shows the diff of @p path; false when it is not in either list.
    bool showFile(const QString &path);
    QString currentPath() const { return m_currentPath; }
    /// The line diff of the current file.
    const TextDiff &currentDiff() const { return m_textDiff; }

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    CodeView *leftView() const { return m_left; }
    CodeView *rightView() const { return m_right; }
    CodeView *unifiedView() const { return m_unified; }

    /// Moves to the next / previous changed line in the current file (wrapping).
    bool nextChange();
    bool previousChange();

private:
    void fillFileList();
    void render();
    QList<int> changeRows() const;
    CodeView *activeView() const;

    ArtifactList m_older;
    ArtifactList m_newer;
    QString m_olderLabel;
    QString m_newerLabel;
    JobDiff m_diff;
    TextDiff m_textDiff;
    QString m_currentPath;
    Mode m_mode = Mode::SideBySide;

    QLabel *m_summary;
    QComboBox *m_modeBox;
    QCheckBox *m_hideUnchanged;
    QTreeWidget *m_files;
    QStackedWidget *m_stack;
    CodeView *m_left;
    CodeView *m_right;
    CodeView *m_unified;
    QAction *m_nextChange;
    QAction *m_previousChange;
};

} // namespace kg
