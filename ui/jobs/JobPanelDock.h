#pragma once

#include "store/Records.h"

#include <QDockWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QSystemTrayIcon;
class QTableView;
class QUrl;

namespace kg::store {
class Database;
}

namespace kg::ui {

class JobTableModel;

/// The job panel: every generation (local and remote, from the GUI or the command line) in a
/// live table, with cancel, explicit re-run, open artifacts and reveal the exported folder.
/// It only asks; the window connects the requests to the generation backends and the viewer.
/// When a job finishes while the window is in the background, the user is told (a tray message
/// where the desktop has a tray, else the status bar).
class JobPanelDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit JobPanelDock(std::shared_ptr<store::Database> database, QWidget *parent = nullptr);
    ~JobPanelDock() override;

    JobTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The selected job, or 0.
    qint64 currentJobId() const;
    /// Selects the row of job @p id (e.g. the one just started).
    void selectJob(qint64 id);
    /// The action with @p objectName ("actionCancelJob", "actionRerunJob",
    /// "actionOpenArtifacts", "actionRevealExport"), for tests and menus.
    QAction *action(const QString &objectName) const;

    /// How "reveal folder" opens a folder; QDesktopServices::openUrl by default.
    void setFolderOpener(std::function<bool(const QUrl &)> opener);

Q_SIGNALS:
    void cancelRequested(qint64 jobId);
    /// Re-run with the same graph revision and options (JobRecorder::rerunRequest).
    void rerunRequested(qint64 jobId);
    void openArtifactsRequested(qint64 jobId);
    /// A job finished while the window was not active; @p message is what the user was shown.
    void jobFinishedInBackground(qint64 jobId, const QString &message);

private:
    void updateActions();
    void onJobFinished(qint64 jobId, store::JobStatus status);
    void revealExport();
    void retranslate();

    std::shared_ptr<store::Database> m_db;
    qint64 m_pendingSelection = 0; ///< asked for before its row existed
    JobTableModel *m_model;
    QTableView *m_view;
    QComboBox *m_statusFilter;
    QLabel *m_errorLabel;
    QAction *m_cancel;
    QAction *m_rerun;
    QAction *m_openArtifacts;
    QAction *m_reveal;
    QSystemTrayIcon *m_tray = nullptr;
    std::function<bool(const QUrl &)> m_openFolder;
};

} // namespace kg::ui
