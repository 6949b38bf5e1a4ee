#include "GenerationControls.h"

#include "MainWindow.h"
#include "artifacts/ArtifactViewer.h"
#include "canvas/GraphScene.h"
#include "codegen/LocalEngine.h"
#include "jobs/JobPanelDock.h"
#include "model/GraphDocument.h"
#include "session/DocumentSession.h"
#include "session/GenerationService.h"
#include "session/ServerConnection.h"
#include "settings/AppSettings.h"
#include "store/ArtifactRepository.h"
#include "store/JobRecorder.h"
#include "store/JobRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressBar>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

#include <optional>

namespace kg::ui {

GenerationControls::GenerationControls(MainWindow *window, session::DocumentSession *session,
                                       session::ServerConnection *server, ArtifactViewer *viewer,
                                       QDockWidget *artifactsDock, GraphScene *scene)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_generation(session->generation())
    , m_server(server)
    , m_viewer(viewer)
    , m_artifactsDock(artifactsDock)
    , m_scene(scene)
{
    using session::GenerationService;
    connect(m_generation, &GenerationService::runningChanged, this, &GenerationControls::onRunning);
    connect(m_generation, &GenerationService::progress, this,
            [this](int percent, const QString &step) {
                m_progress->setRange(0, percent < 0 ? 0 : 100);
                m_progress->setValue(std::max(0, percent));
                m_window->statusBar()->showMessage(tr("Generating: %1").arg(step));
            });
    connect(m_generation, &GenerationService::succeeded, this,
            [this](qint64 jobId, const GenerationResult &result, const GraphData &graph,
                   const GenerationOptions &options, const QString &backendId) {
                const QString title = jobId ? tr("Job %1").arg(jobId)
                                            : m_session->document()->displayName();
                const bool local = backendId == QLatin1String("local");
                showGeneration(title, result, local ? &graph : nullptr, options);
                m_window->statusBar()->showMessage(tr("Generated %n file(s).", nullptr,
                                                      int(result.artifacts.size())),
                                                   6000);
                if (m_jobPanel && jobId)
                    m_jobPanel->selectJob(jobId);
            });
    connect(m_generation, &GenerationService::failed, this,
            [this](qint64, const Error &error, bool cancelled) {
                if (cancelled) {
                    m_window->statusBar()->showMessage(tr("Generation cancelled."), 6000);
                    return;
                }
                m_window->statusBar()->showMessage(tr("Generation failed."), 6000);
                m_window->message(QMessageBox::Critical, tr("Generation Failed"),
                                  tr("No manifests were generated.\n\n%1").arg(error.toString()));
            });
    connect(m_generation, &GenerationService::recordingDeferred, this,
            [this](const QString &message) {
                // Not modal: the run's files are shown as usual; this says why the job list
                // will only show it after a restart.
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Job Cache"), message,
                                            QMessageBox::Ok, m_window);
                box->setObjectName(QStringLiteral("recordingDeferredMessage"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    if (m_server)
        connect(m_server, &session::ServerConnection::changed, this,
                &GenerationControls::updateBackendChoice);
}

void GenerationControls::addToToolBar(QToolBar *toolBar)
{
    toolBar->addSeparator();
    QAction *generate = m_window->action(QStringLiteral("actionGenerate"));
    toolBar->addAction(generate);
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(generate))) {
        button->setObjectName(QStringLiteral("generateButton"));
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
    }
    m_backendChoice = new QComboBox(m_window);
    m_backendChoice->setObjectName(QStringLiteral("backendChoice"));
    m_backendChoice->setToolTip(tr("Where to generate"));
    m_backendChoice->addItem(tr("Local engine"), QStringLiteral("local"));
    m_backendChoice->addItem(tr("Kubegram server"), QStringLiteral("remote"));
    toolBar->addWidget(m_backendChoice);
    m_layoutChoice = new QComboBox(m_window);
    m_layoutChoice->setObjectName(QStringLiteral("layoutChoice"));
    m_layoutChoice->setToolTip(tr("Output layout"));
    for (const QString &layout : LocalEngine::layouts())
        m_layoutChoice->addItem(LocalEngine::layoutDisplayName(layout), layout);
    AppSettings &settings = m_window->settings();
    m_layoutChoice->setCurrentIndex(
            std::max(0, m_layoutChoice->findData(settings.outputLayout.get())));
    connect(m_layoutChoice, &QComboBox::activated, this, [this] {
        m_window->settings().outputLayout.set(m_layoutChoice->currentData().toString());
    });
    toolBar->addWidget(m_layoutChoice);
    updateBackendChoice();
}

void GenerationControls::addToStatusBar(QStatusBar *statusBar)
{
    m_progress = new QProgressBar(m_window);
    m_progress->setObjectName(QStringLiteral("generationProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(16);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancelButton = new QToolButton(m_window);
    m_cancelButton->setObjectName(QStringLiteral("cancelGenerationButton"));
    m_cancelButton->setDefaultAction(m_window->action(QStringLiteral("actionCancelGeneration")));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->hide();
    statusBar->addPermanentWidget(m_progress);
    statusBar->addPermanentWidget(m_cancelButton);
}

void GenerationControls::attachJobPanel(JobPanelDock *panel)
{
    m_jobPanel = panel;
    connect(panel, &JobPanelDock::openArtifactsRequested, this,
            &GenerationControls::openJobArtifacts);
    connect(panel, &JobPanelDock::rerunRequested, this, [this](qint64 jobId) {
        const auto outcome = m_generation->rerun(jobId);
        if (!outcome.started)
            m_window->message(QMessageBox::Warning, tr("Cannot Run Again"),
                              !outcome.error.isEmpty() ? outcome.error
                                                       : tr("The graph of that job has errors."));
        else if (outcome.jobId && m_jobPanel)
            m_jobPanel->selectJob(outcome.jobId);
    });
    connect(panel, &JobPanelDock::cancelRequested, this, [this](qint64 jobId) {
        if (m_generation->isRunning() && m_generation->jobId() == jobId)
            m_generation->cancel();
        else
            m_window->statusBar()->showMessage(tr("That job is not running in this window."), 5000);
    });
}

void GenerationControls::updateBackendChoice()
{
    if (!m_backendChoice)
        return;
    auto *model = qobject_cast<QStandardItemModel *>(m_backendChoice->model());
    const bool remote = m_server && m_server->isConfigured();
    if (QStandardItem *item = model ? model->item(1) : nullptr) {
        item->setEnabled(remote);
        item->setToolTip(remote ? m_server->statusText()
                                : tr("Configure a server first (File → Kubegram Server…)"));
    }
    if (!remote && m_backendChoice->currentIndex() == 1)
        m_backendChoice->setCurrentIndex(0);
}

bool GenerationControls::generate()
{
    const bool remote = m_backendChoice->currentData().toString() == QLatin1String("remote");
    const GenerationOptions options = session::GenerationService::optionsFrom(
            m_window->settings(), m_layoutChoice->currentData().toString());
    GraphDocument *document = m_session->document();
    // A saved graph is a local project: its jobs are found under it in the browser.
    const Status filed = m_generation->fileUnderLocalProject(document->filePath(), document->name());
    if (!filed)
        m_window->statusBar()->showMessage(filed.error().toString(), 6000);
    const auto outcome = m_generation->start(document->snapshot(),
                                             remote ? session::GenerationService::Backend::Remote
                                                    : session::GenerationService::Backend::Local,
                                             options);
    if (hasErrors(outcome.issues)) {
        QStringList lines;
        QString firstNode;
        for (const ValidationIssue &issue : outcome.issues) {
            if (issue.severity != Severity::Error)
                continue;
            if (firstNode.isEmpty())
                firstNode = issue.location.nodeId;
            const Node *node = document->node(issue.location.nodeId);
            lines << (node ? QStringLiteral("• %1: %2").arg(node->name, issue.message)
                           : QStringLiteral("• %1").arg(issue.message));
        }
        if (!firstNode.isEmpty())
            m_window->selectNodeOnCanvas(firstNode);
        m_window->message(QMessageBox::Warning, tr("Cannot Generate"),
                          tr("The graph has errors. Fix them and generate again:\n\n%1")
                                  .arg(lines.join(QLatin1Char('\n'))));
        return false;
    }
    if (!outcome.started) {
        m_window->message(QMessageBox::Warning, tr("Cannot Generate"), outcome.error);
        return false;
    }
    const int warnings = int(outcome.issues.size());
    m_window->statusBar()->showMessage(
            warnings > 0 ? tr("Generating (%n warning(s))…", nullptr, warnings) : tr("Generating…"));
    if (m_jobPanel && outcome.jobId)
        m_jobPanel->selectJob(outcome.jobId);
    return true;
}

void GenerationControls::onRunning(bool running)
{
    m_window->action(QStringLiteral("actionGenerate"))->setEnabled(!running);
    m_window->action(QStringLiteral("actionCancelGeneration"))->setEnabled(running);
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_progress->setRange(0, 0);
}

void GenerationControls::showGeneration(const QString &title, const GenerationResult &result,
                                        const GraphData *graph, const GenerationOptions &options)
{
    m_viewer->setArtifacts(result.artifacts, result.report, title);
    m_viewer->setProblems(session::GenerationService::manifestProblems(result.artifacts));
    if (graph) {
        // Local jobs: the export can re-render the same graph in another layout.
        m_viewer->setLayoutRenderer(LocalEngine::layouts(),
                                    [graph = *graph,
                                     options](const QString &layout) -> Result<ArtifactList> {
                                        GenerationOptions o = options;
                                        o.layout = layout;
                                        auto r = LocalEngine::generate(graph, o);
                                        if (!r)
                                            return r.error();
                                        return r->artifacts;
                                    });
    } else {
        m_viewer->setLayoutRenderer({}, {});
    }
    m_artifactsDock->show();
    m_artifactsDock->raise();
    // Open something right away: the selected node's manifests, else the report.
    const QStringList selected = m_scene->selectedNodeIds();
    if (selected.size() == 1)
        m_viewer->showArtifactsOfNode(selected.constFirst());
    if (m_viewer->currentCodeView() == nullptr)
        m_viewer->showReport();
}

bool GenerationControls::openJobArtifacts(qint64 jobId)
{
    const auto &database = m_session->database();
    if (!database)
        return false;
    const auto job = store::JobRepository(*database).job(jobId);
    const auto artifacts = job ? store::ArtifactRepository(*database).artifacts(jobId)
                               : Result<ArtifactList>(job.error());
    if (!job || !artifacts) {
        m_window->message(QMessageBox::Warning, tr("Cannot Open Artifacts"),
                          (!job ? job.error() : artifacts.error()).toString());
        return false;
    }
    if (job->status != store::JobStatus::Completed) {
        m_window->statusBar()->showMessage(tr("Job %1 has no artifacts (%2).")
                                                   .arg(jobId)
                                                   .arg(store::jobStatusDisplayName(job->status)),
                                           6000);
        return false;
    }
    GenerationResult result;
    result.artifacts = *artifacts;
    result.report = job->report;
    std::optional<GraphData> graph;
    if (job->isLocal()) {
        if (auto request = store::JobRecorder(database).rerunRequest(jobId))
            graph = request->graph;
    }
    showGeneration(tr("Job %1").arg(jobId), result, graph ? &*graph : nullptr, job->options);
    return true;
}

} // namespace kg::ui
