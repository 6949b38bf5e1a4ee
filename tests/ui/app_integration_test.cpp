// The main window wired to the cache, the engines and the server: generation, jobs, viewer,
// import/export, server runs, panels.
#include "DocumentActions.h"
#include "FakeKubegramServer.h"
#include "GenerationControls.h"
#include "MainWindow.h"
#include "artifacts/ArtifactViewer.h"
#include "browser/ProjectBrowserDock.h"
#include "browser/ProjectBrowserModel.h"
#include "canvas/GraphScene.h"
#include "commands/ChangeNodes.h"
#include "io/GraphFileReader.h"
#include "io/KGraphFormat.h"
#include "jobs/JobPanelDock.h"
#include "jobs/JobTableModel.h"
#include "model/GraphDocument.h"
#include "remote/Credential.h"
#include "remote/JobWatcher.h"
#include "remote/ServerEndpoints.h"
#include "session/AppContext.h"
#include "session/DocumentSession.h"
#include "session/GenerationService.h"
#include "session/ServerConnection.h"
#include "settings/AppSettings.h"
#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/ProjectRepository.h"

#include "MainWindows.h"
#include "io/KubernetesYamlImporter.h"

#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QStandardItemModel>
#include <QTest>

using namespace kg;
using namespace kg::ui;

namespace {

/// The first row named @p name under @p parent (searching depth-first), or an invalid index.
QModelIndex findRow(const QAbstractItemModel &model, const QString &name,
                    const QModelIndex &parent = {});

struct Shown
{
    QMessageBox::Icon icon;
    QString title;
    QString text;
};

class AppIntegrationTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        settings = std::make_shared<AppSettings>(path(QStringLiteral("settings.conf")));
        auto db = store::Database::open(path(QStringLiteral("cache.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        database = *db;
        context = std::make_shared<session::AppContext>(
                settings, database, std::make_unique<remote::MemoryCredentialStore>());
        window = makeWindow();
    }
    void TearDown() override { test::deleteAllMainWindows(); }
    MainWindow *makeWindow()
    {
        auto *w = new MainWindow(context);
        w->session()->setRecoveryFolder(path(QStringLiteral("recovery")));
        w->setMessageSink([this](QMessageBox::Icon icon, const QString &title, const QString &text) {
            shown.append({icon, title, text});
        });
        w->show();
        return w;
    }
    static GraphData shopGraph(const QVariant &replicas = 2)
    {
        GraphData g;
        g.name = QStringLiteral("shop");
        g.nodes = {test::makeNode(QStringLiteral("web"), QStringLiteral("DEPLOYMENT"),
                                  QStringLiteral("web"), {0, 0},
                                  {{QStringLiteral("replicas"), replicas}}),
                   test::makeNode(QStringLiteral("db"), QStringLiteral("DATABASE"),
                                  QStringLiteral("orders-db"), {300, 0})};
        return g;
    }
    qint64 jobCount() const { return store::JobRepository(*database).count().value(); }
    bool generateAndWait(MainWindow *w, int timeoutMs = 15'000)
    {
        if (!w->generationControls()->generate())
            return false;
        return QTest::qWaitFor([w] { return !w->generation()->isRunning(); }, timeoutMs);
    }

    /// Configures @p server with a session of user 42 in the credential store, then starts the
    /// context and waits until it is signed in.
    void signInTo(test::FakeKubegramServer &server)
    {
        settings->serverOrigin.set(server.origin().toString());
        credential = remote::Credential::fromSessionId(server.createSession(QStringLiteral("42")));
        bool saved = false;
        context->credentials()->save(credentialKey(server), credential,
                                     [&](const Status &s) { saved = s.ok(); });
        ASSERT_TRUE(QTest::qWaitFor([&] { return saved; }));
        startContext();
        ASSERT_TRUE(QTest::qWaitFor(
                [&] {
                    return context->server()->state() == session::ServerConnection::State::SignedIn;
                },
                10'000))
                << context->server()->statusText().toStdString()
                << context->server()->lastError().toStdString();
    }
    /// Opens the server project @p name from the project browser, as the user does, and waits
    /// until the window is linked to it (Save to Server Project becomes available).
    void openServerProject(const QString &name)
    {
        ProjectBrowserDock *browser = window->projectBrowser();
        ASSERT_TRUE(QTest::qWaitFor([&] { return findRow(*browser->model(), name).isValid(); },
                                    10'000));
        ASSERT_TRUE(browser->selectKey(
                findRow(*browser->model(), name).data(ProjectBrowserModel::KeyRole).toString()));
        browser->action(QStringLiteral("actionOpenGraph"))->trigger();
        QAction *saveToServer = window->action(QStringLiteral("actionSaveToServer"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return saveToServer->isEnabled(); }, 10'000));
    }
    static QString credentialKey(const test::FakeKubegramServer &server)
    {
        return remote::CredentialStore::entryKey(server.origin(), QStringLiteral("default"));
    }
    /// Starts the context with fast timings; server runs poll.
    void startContext()
    {
        context->server()->setTimings(remote::RemoteTimings().scaled(0.02));
        window->generation()->setWatcherSetup([](remote::JobWatcher *w) {
            w->setPreferPolling(true);
            w->setJitterSource([] { return 0.5; });
        });
        context->start();
    }

    std::shared_ptr<AppSettings> settings;
    remote::Credential credential;
    std::shared_ptr<store::Database> database;
    std::shared_ptr<session::AppContext> context;
    MainWindow *window = nullptr;
    QList<Shown> shown;
};

} // namespace

TEST_F(AppIntegrationTest, GenerateShowsTheArtifactsAndRecordsAJob)
{
    window->document()->reset(shopGraph());
    EXPECT_FALSE(window->artifactsDock()->isVisible());
    QAction *generate = window->action(QStringLiteral("actionGenerate"));
    ASSERT_TRUE(generate);
    EXPECT_TRUE(generate->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    generate->trigger();
    EXPECT_FALSE(generate->isEnabled()); // disabled while running
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->generation()->isRunning(); }, 15'000));
    EXPECT_TRUE(generate->isEnabled());
    EXPECT_TRUE(shown.isEmpty()) << shown.value(0).text.toStdString();

    EXPECT_TRUE(window->artifactsDock()->isVisible());
    const ArtifactList artifacts = window->artifactViewer()->artifacts();
    ASSERT_FALSE(artifacts.isEmpty());
    EXPECT_TRUE(std::any_of(artifacts.begin(), artifacts.end(), [](const Artifact &a) {
        return a.sourceNodeId == QLatin1String("web");
    }));

    ASSERT_EQ(jobCount(), 1);
    const auto jobs = store::JobRepository(*database).list().value();
    EXPECT_EQ(jobs.constFirst().status, store::JobStatus::Completed);
    EXPECT_EQ(jobs.constFirst().backend, QStringLiteral("local"));
    EXPECT_EQ(jobs.constFirst().fileCount, artifacts.size());
    ASSERT_TRUE(window->jobPanel());
    EXPECT_TRUE(QTest::qWaitFor(
            [&] { return window->jobPanel()->currentJobId() == jobs.constFirst().id; }));
}

TEST_F(AppIntegrationTest, AnInvalidGraphIsRefusedWithoutAJob)
{
    window->document()->reset(shopGraph(QStringLiteral("three")));
    EXPECT_FALSE(window->generationControls()->generate());
    EXPECT_FALSE(window->generation()->isRunning());
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.constFirst().icon, QMessageBox::Warning);
    EXPECT_TRUE(shown.constFirst().text.contains(QStringLiteral("web")))
            << shown.constFirst().text.toStdString();
    EXPECT_EQ(jobCount(), 0);
    EXPECT_EQ(window->scene()->selectedNodeIds(), QStringList{QStringLiteral("web")});
    EXPECT_TRUE(window->artifactViewer()->artifacts().isEmpty());
}

TEST_F(AppIntegrationTest, OpeningAJobFromThePanelLoadsItsArtifacts)
{
    window->document()->reset(shopGraph());
    ASSERT_TRUE(generateAndWait(window));
    const ArtifactList generated = window->artifactViewer()->artifacts();
    const qint64 jobId = window->generation()->jobId();
    ASSERT_GT(jobId, 0);

    // Another window of the same application sees the job and opens it.
    MainWindow *other = makeWindow();
    ASSERT_TRUE(other->artifactViewer()->artifacts().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return other->jobPanel()->model()->rowCount() == 1; }));
    other->jobPanel()->selectJob(jobId);
    QAction *open = other->jobPanel()->action(QStringLiteral("actionOpenArtifacts"));
    ASSERT_TRUE(open && open->isEnabled());
    open->trigger();
    EXPECT_EQ(other->artifactViewer()->artifacts(), generated);
    EXPECT_TRUE(other->artifactsDock()->isVisible());

    EXPECT_FALSE(other->generationControls()->openJobArtifacts(jobId + 1000));
    EXPECT_EQ(shown.size(), 1); // the unknown job is reported
}

TEST_F(AppIntegrationTest, ViewerAndCanvasSelectionAreLinked)
{
    window->document()->reset(shopGraph());
    ASSERT_TRUE(generateAndWait(window));
    ArtifactViewer *viewer = window->artifactViewer();

    Q_EMIT viewer->nodeSelected(QStringLiteral("db"));
    EXPECT_EQ(window->scene()->selectedNodeIds(), QStringList{QStringLiteral("db")});

    window->scene()->selectElements({QStringLiteral("web")});
    const QString path = viewer->currentPath();
    const auto it = std::find_if(viewer->artifacts().begin(), viewer->artifacts().end(),
                                 [&](const Artifact &a) { return a.path == path; });
    ASSERT_NE(it, viewer->artifacts().end()) << path.toStdString();
    EXPECT_EQ(it->sourceNodeId, QStringLiteral("web"));
}

TEST_F(AppIntegrationTest, ImportingKubernetesYamlCreatesNodes)
{
    const QString yaml = writeFile(QStringLiteral("manifests/app.yaml"),
                                   "apiVersion: apps/v1\n"
                                   "kind: Deployment\n"
                                   "metadata: {name: api}\n"
                                   "spec:\n"
                                   "  selector: {matchLabels: {app: api}}\n"
                                   "  template:\n"
                                   "    metadata: {labels: {app: api}}\n"
                                   "    spec: {containers: [{name: api, image: api:1}]}\n"
                                   "---\n"
                                   "apiVersion: v1\n"
                                   "kind: Service\n"
                                   "metadata: {name: api}\n"
                                   "spec: {selector: {app: api}, ports: [{port: 80}]}\n"
                                   "---\n"
                                   "apiVersion: example.com/v1\n"
                                   "kind: Gizmo\n"
                                   "metadata: {name: odd}\n");
    ASSERT_TRUE(window->documentActions()->importKubernetesYaml({yaml}));
    EXPECT_GE(window->document()->nodeCount(), 2);
    EXPECT_TRUE(window->document()->filePath().isEmpty());
    ASSERT_EQ(shown.size(), 1); // the unknown kind is a warning
    EXPECT_TRUE(shown.constFirst().text.contains(QStringLiteral("Gizmo")))
            << shown.constFirst().text.toStdString();

    EXPECT_FALSE(window->documentActions()->importKubernetesYaml(
            {path(QStringLiteral("missing.yaml"))}));
}

// An import added to the open graph is one undo step, with ids of its own beside what is there.
TEST_F(AppIntegrationTest, AnImportAddedToTheGraphIsOneUndoStep)
{
    window->document()->reset(shopGraph());
    const int before = window->document()->nodeCount();
    const GraphData original = window->document()->snapshot();
    auto imported = io::KubernetesYamlImporter::importPaths(
            {test::sourcePath(QStringLiteral("tests/data/import/compose/shop"))});
    ASSERT_TRUE(imported.ok());
    window->documentActions()->addImported(*imported);
    EXPECT_EQ(window->document()->nodeCount(), before + imported->graph.nodes.size());
    qreal right = 0;
    for (const Node &n : original.nodes)
        right = std::max(right, n.pos.x());
    for (const Node &n : window->document()->snapshot().nodes) {
        if (original.nodes.contains(n))
            continue;
        EXPECT_GT(n.pos.x(), right) << n.id.toStdString(); // placed beside, not on top
    }
    window->document()->undoStack()->undo();
    EXPECT_EQ(window->document()->snapshot(), original);
}

TEST_F(AppIntegrationTest, ExportedJsonCanvasRoundTripsAndKeepsNoSavePath)
{
    window->document()->reset(shopGraph());
    const QString file = path(QStringLiteral("shop.canvas"));
    ASSERT_TRUE(
            window->documentActions()->exportGraph(file,
                                                   DocumentActions::GraphExportFormat::JsonCanvas));
    const auto back = io::readGraphFile(file);
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    QStringList names;
    for (const Node &n : back->nodes)
        names << n.name;
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("orders-db"), QStringLiteral("web")}));

    const QString json = path(QStringLiteral("shop.json"));
    ASSERT_TRUE(
            window->documentActions()->exportGraph(json,
                                                   DocumentActions::GraphExportFormat::ServerGraph));
    EXPECT_TRUE(io::readGraphFile(json).ok());
    EXPECT_FALSE(
            window->documentActions()->exportGraph(path(QStringLiteral("no/such/dir/x.canvas")),
                                                   DocumentActions::GraphExportFormat::JsonCanvas));

    // Opened again, the document has no path: Save must not overwrite the .canvas file.
    window->document()->setClean();
    window->document()->reset(GraphData());
    ASSERT_TRUE(window->documentActions()->openFile(file));
    EXPECT_EQ(window->document()->nodeCount(), 2);
    EXPECT_TRUE(window->document()->filePath().isEmpty());
}

TEST_F(AppIntegrationTest, DocksExistAndToggleFromTheViewMenu)
{
    QMenu *panels = window->findChild<QMenu *>(QStringLiteral("menuPanels"));
    ASSERT_TRUE(panels);
    for (const char *name :
         {"paletteDock", "inspectorDock", "projectBrowserDock", "jobsDock", "artifactsDock"}) {
        auto *dock = window->findChild<QDockWidget *>(QString::fromLatin1(name));
        ASSERT_TRUE(dock) << name;
        EXPECT_TRUE(panels->actions().contains(dock->toggleViewAction())) << name;
        const bool before = dock->isVisible();
        dock->toggleViewAction()->trigger();
        EXPECT_NE(dock->isVisible(), before) << name;
        dock->toggleViewAction()->trigger();
        EXPECT_EQ(dock->isVisible(), before) << name;
    }
    // Without a server the backend choice offers only the local engine.
    auto *model = qobject_cast<QStandardItemModel *>(
            window->generationControls()->backendChoice()->model());
    ASSERT_TRUE(model);
    EXPECT_FALSE(model->item(1)->isEnabled());
}

TEST_F(AppIntegrationTest, GeneratesOnTheServerWithTheSignedInSession)
{
    test::FakeKubegramServer server;
    ASSERT_TRUE(server.listen());
    ASSERT_NO_FATAL_FAILURE(signInTo(server));
    auto *status = window->findChild<QLabel *>(QStringLiteral("statusServer"));
    ASSERT_TRUE(status);
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("Signed in as")))
            << status->text().toStdString();

    window->document()->reset(shopGraph());
    window->generationControls()->backendChoice()->setCurrentIndex(1);
    ASSERT_EQ(window->generationControls()->backendChoice()->currentData().toString(),
              QStringLiteral("remote"));
    ASSERT_TRUE(generateAndWait(window, 30'000));
    EXPECT_TRUE(shown.isEmpty()) << shown.value(0).text.toStdString();
    EXPECT_FALSE(window->artifactViewer()->artifacts().isEmpty());
    const auto jobs = store::JobRepository(*database).list().value();
    ASSERT_EQ(jobs.size(), 1);
    const auto job = store::JobRepository(*database).job(jobs.constFirst().id).value();
    EXPECT_EQ(job.backend, QStringLiteral("remote"));
    EXPECT_EQ(job.status, store::JobStatus::Completed);
    EXPECT_FALSE(job.remoteJobId.isEmpty());
    EXPECT_GT(job.serverId, 0);
    EXPECT_EQ(server.codegenPostsAccepted(), 1);
}

namespace {

/// The names of the rows under @p parent of the project browser's model.
QStringList browserChildren(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int r = 0; r < model.rowCount(parent); ++r)
        names << model.index(r, 0, parent).data(ProjectBrowserModel::NameRole).toString();
    return names;
}

QModelIndex findRow(const QAbstractItemModel &model, const QString &name, const QModelIndex &parent)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (i.data(ProjectBrowserModel::NameRole).toString() == name)
            return i;
        if (const QModelIndex found = findRow(model, name, i); found.isValid())
            return found;
    }
    return {};
}

} // namespace

// The "done means": generate three times, quit, pull the network, start again — every
// project, job and artifact is there and browsable.
TEST_F(AppIntegrationTest, EverythingStaysBrowsableAfterARestartWithoutTheServer)
{
    auto server = std::make_unique<test::FakeKubegramServer>();
    ASSERT_TRUE(server->listen());
    ASSERT_NO_FATAL_FAILURE(signInTo(*server));
    const QString serverUrl = server->origin().toString();

    // Signed in: the browser lists the server's team and its projects.
    ProjectBrowserDock *browser = window->projectBrowser();
    ASSERT_TRUE(browser);
    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return findRow(*browser->model(), QStringLiteral("Alpha")).isValid(); }, 10'000));
    EXPECT_TRUE(findRow(*browser->model(), QStringLiteral("Platform")).isValid());

    // 1. A saved graph generated locally becomes a local project with its job.
    const QString file = path(QStringLiteral("shop.kgraph"));
    ASSERT_TRUE(io::KGraphFormat::writeFile(shopGraph(), file).ok());
    ASSERT_TRUE(window->documentActions()->openFile(file));
    ASSERT_TRUE(generateAndWait(window));
    // 2, 3. Twice on the server: the project the server makes is cached and used again.
    window->generationControls()->backendChoice()->setCurrentIndex(1);
    ASSERT_TRUE(generateAndWait(window, 30'000));
    window->document()->reset(shopGraph(3));
    ASSERT_TRUE(generateAndWait(window, 30'000));
    EXPECT_TRUE(shown.isEmpty()) << shown.value(0).text.toStdString();
    EXPECT_EQ(server->codegenPostsAccepted(), 2);

    const auto jobs = store::JobRepository(*database).list().value(); // newest first
    ASSERT_EQ(jobs.size(), 3);
    QHash<qint64, int> artifactCounts;
    for (const store::JobRecord &job : jobs) {
        EXPECT_EQ(job.status, store::JobStatus::Completed) << job.id;
        EXPECT_GT(job.fileCount, 0);
        artifactCounts.insert(job.id, job.fileCount);
    }
    store::ProjectRepository projects(*database);
    const auto local = projects.project(jobs.at(2).projectId).value();
    EXPECT_TRUE(local.isLocal());
    EXPECT_EQ(local.graphPath, file);
    EXPECT_EQ(jobs.at(0).projectId, jobs.at(1).projectId);
    const auto onServer = projects.project(jobs.at(0).projectId).value();
    EXPECT_FALSE(onServer.isLocal());
    EXPECT_EQ(server->project(onServer.remoteId).value(QStringLiteral("name")).toString(),
              onServer.name);

    // Quit, pull the network (the server is gone), start again with the same cache and keychain.
    test::deleteAllMainWindows();
    context.reset();
    database.reset();
    server.reset();
    auto reopened = store::Database::open(path(QStringLiteral("cache.sqlite")));
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString().toStdString();
    database = *reopened;
    auto keychain = std::make_unique<remote::MemoryCredentialStore>();
    keychain->save(remote::CredentialStore::entryKey(QUrl(serverUrl), QStringLiteral("default")),
                   credential, [](const Status &) {});
    context = std::make_shared<session::AppContext>(settings, database, std::move(keychain));
    window = makeWindow();
    startContext();
    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return context->server()->state() == session::ServerConnection::State::Offline; },
            20'000))
            << context->server()->statusText().toStdString();

    // The browser: the server with an offline badge, its team, both projects and the jobs.
    browser = window->projectBrowser();
    const ProjectBrowserModel &model = *browser->model();
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                const QModelIndex s = model.index(1, 0);
                return s.isValid() && s.data(ProjectBrowserModel::OfflineRole).toBool();
            },
            20'000));
    const QModelIndex serverRow = model.index(1, 0);
    EXPECT_TRUE(serverRow.data().toString().contains(QStringLiteral("offline")));
    const QModelIndex team = findRow(model, QStringLiteral("Platform"), serverRow);
    ASSERT_TRUE(team.isValid());
    const QStringList serverProjects = browserChildren(model, team);
    EXPECT_TRUE(serverProjects.contains(QStringLiteral("Alpha")));
    EXPECT_TRUE(serverProjects.contains(onServer.name));
    const QModelIndex serverProject = findRow(model, onServer.name, team);
    EXPECT_TRUE(browserChildren(model, serverProject).contains(QStringLiteral("Jobs (2)")));
    const QModelIndex localProject = findRow(model, local.name, model.index(0, 0));
    ASSERT_TRUE(localProject.isValid());
    EXPECT_TRUE(browserChildren(model, localProject).contains(QStringLiteral("Jobs (1)")));

    // The job panel lists the three jobs, and each one's artifacts open from the cache.
    ASSERT_TRUE(window->jobPanel());
    EXPECT_EQ(window->jobPanel()->model()->rowCount(), 3);
    for (auto it = artifactCounts.cbegin(); it != artifactCounts.cend(); ++it) {
        ASSERT_TRUE(window->generationControls()->openJobArtifacts(it.key()));
        EXPECT_EQ(window->artifactViewer()->artifacts().size(), it.value()) << it.key();
    }

    // The server project's graph opens from the cache while the server is unreachable.
    ASSERT_TRUE(browser->selectKey(serverProject.data(ProjectBrowserModel::KeyRole).toString()));
    browser->action(QStringLiteral("actionOpenGraph"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                const auto windows = QApplication::topLevelWidgets();
                for (QWidget *w : windows) {
                    auto *mw = qobject_cast<MainWindow *>(w);
                    if (mw && mw->document()->node(QStringLiteral("web")))
                        return mw->document()
                                       ->node(QStringLiteral("web"))
                                       ->property(QStringLiteral("replicas"))
                                       .toInt()
                               == 3;
                }
                return false;
            },
            20'000));
}

// issue 14 item 2: a graph opened from a server project and generated on the server goes into
// that project and leaves its name, description and other fields as they were, although the
// graph on the canvas has another name and a description of its own.
TEST_F(AppIntegrationTest, GeneratingIntoAServerProjectChangesNoFieldTheUserDidNotChange)
{
    test::FakeKubegramServer server;
    ASSERT_TRUE(server.listen());
    ASSERT_NO_FATAL_FAILURE(signInTo(server));
    ASSERT_NO_FATAL_FAILURE(openServerProject(QStringLiteral("Alpha")));
    ASSERT_EQ(window->document()->name(), QStringLiteral("Alpha"));

    GraphData drawn = shopGraph();
    drawn.description = QStringLiteral("The shop as drawn on this machine");
    window->document()->reset(drawn);
    ASSERT_EQ(window->document()->name(), QStringLiteral("shop"));
    server.clearProjectWrites();
    window->generationControls()->backendChoice()->setCurrentIndex(1);
    ASSERT_EQ(window->generationControls()->backendChoice()->currentData().toString(),
              QStringLiteral("remote"));
    ASSERT_TRUE(generateAndWait(window, 30'000));
    EXPECT_TRUE(shown.isEmpty()) << shown.value(0).text.toStdString();
    EXPECT_EQ(server.codegenPostsAccepted(), 1);

    const QString alpha = server.ownProjectId();
    QStringList unexpected;
    for (const auto &w : server.projectWrites(alpha, test::FakeKubegramServer::generationWrites()))
        unexpected << w.toString();
    EXPECT_TRUE(unexpected.isEmpty()) << unexpected.join(QLatin1Char('\n')).toStdString();
    for (const auto &w : server.projectWrites()) // no other project was created or changed
        EXPECT_EQ(w.projectId, alpha) << w.toString().toStdString();
    EXPECT_EQ(server.project(alpha).value(QStringLiteral("name")).toString(),
              QStringLiteral("Alpha"));
    const QJsonObject meta = QJsonDocument::fromJson(server.project(alpha)
                                                             .value(QStringLiteral("graphMeta"))
                                                             .toString()
                                                             .toUtf8())
                                     .object();
    EXPECT_FALSE(meta.value(QStringLiteral("graphData")).toObject().isEmpty());
    EXPECT_FALSE(meta.contains(QStringLiteral("description")));

    // The job is filed under the cached "Alpha", which keeps its name.
    const auto jobs = store::JobRepository(*database).list().value();
    ASSERT_EQ(jobs.size(), 1);
    const auto project = store::ProjectRepository(*database).project(jobs.constFirst().projectId);
    ASSERT_TRUE(project.ok()) << project.error().toString().toStdString();
    EXPECT_EQ(project->remoteId, alpha);
    EXPECT_EQ(project->name, QStringLiteral("Alpha"));
}

TEST_F(AppIntegrationTest, SavesAServerProjectsGraphBackAndAsksBeforeOverwritingAChange)
{
    test::FakeKubegramServer server;
    ASSERT_TRUE(server.listen());
    ASSERT_NO_FATAL_FAILURE(signInTo(server));
    QAction *saveToServer = window->action(QStringLiteral("actionSaveToServer"));
    ASSERT_TRUE(saveToServer);
    EXPECT_FALSE(saveToServer->isEnabled()); // an untitled graph belongs to no server project

    // Open the server's project "Alpha" (no graph yet: an empty canvas linked to it).
    ASSERT_NO_FATAL_FAILURE(openServerProject(QStringLiteral("Alpha")));
    EXPECT_EQ(window->document()->name(), QStringLiteral("Alpha"));

    window->document()->reset(shopGraph());
    window->document()->undoStack()->push(
            new RenameNodeCommand(window->document(), QStringLiteral("web"), QStringLiteral("www")));
    ASSERT_TRUE(window->document()->isModified());
    const auto serverNodes = [&] {
        const QJsonObject meta = QJsonDocument::fromJson(server.project(server.ownProjectId())
                                                                 .value(QStringLiteral("graphMeta"))
                                                                 .toString()
                                                                 .toUtf8())
                                         .object();
        QStringList names;
        const QJsonArray nodes = meta.value(QStringLiteral("graphData"))
                                         .toObject()
                                         .value(QStringLiteral("nodes"))
                                         .toArray();
        for (const QJsonValue &n : nodes)
            names << n.toObject().value(QStringLiteral("name")).toString();
        names.sort();
        return names;
    };
    saveToServer->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->document()->isModified(); }, 10'000));
    EXPECT_EQ(serverNodes(), (QStringList{QStringLiteral("orders-db"), QStringLiteral("www")}));
    EXPECT_TRUE(shown.isEmpty()) << shown.value(0).text.toStdString();

    // Someone changes the project on the server; the next save asks before overwriting.
    QTest::qWait(20); // a later updatedAt
    std::optional<remote::ApiResult<remote::Project>> renamed;
    remote::renameProject(*context->server()->client(), server.ownProjectId(),
                          QStringLiteral("Alpha v2"), nullptr,
                          [&](const remote::ApiResult<remote::Project> &r) { renamed = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return renamed.has_value(); }, 10'000));
    ASSERT_TRUE(renamed->ok());
    QStringList questions;
    bool overwrite = false;
    window->setQuestion([&](const QString &, const QString &text) {
        questions << text;
        return overwrite;
    });
    window->document()->undoStack()->push(
            new RenameNodeCommand(window->document(), QStringLiteral("web"), QStringLiteral("api")));
    saveToServer->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return questions.size() == 1; }, 10'000));
    EXPECT_TRUE(questions.first().contains(QStringLiteral("changed on the server")));
    EXPECT_EQ(serverNodes(), (QStringList{QStringLiteral("orders-db"), QStringLiteral("www")}));
    EXPECT_TRUE(window->document()->isModified());

    overwrite = true;
    ASSERT_TRUE(QTest::qWaitFor([&] { return saveToServer->isEnabled(); }, 10'000));
    saveToServer->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->document()->isModified(); }, 10'000));
    EXPECT_EQ(questions.size(), 2);
    EXPECT_EQ(serverNodes(), (QStringList{QStringLiteral("api"), QStringLiteral("orders-db")}));
}
