// The main window wired to the cache, the engines and the server: generation, jobs, viewer,
// import/export, server runs, panels.
#include "AppContext.h"
#include "FakeKubegramServer.h"
#include "GenerationController.h"
#include "MainWindow.h"
#include "ServerSession.h"
#include "artifacts/ArtifactViewer.h"
#include "canvas/GraphScene.h"
#include "io/GraphFileReader.h"
#include "jobs/JobPanelDock.h"
#include "jobs/JobTableModel.h"
#include "model/GraphDocument.h"
#include "remote/Credential.h"
#include "remote/JobWatcher.h"
#include "settings/AppSettings.h"
#include "store/Database.h"
#include "store/JobRepository.h"

#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QStandardItemModel>
#include <QTest>

using namespace kg;
using namespace kg::ui;

namespace {

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
        context = std::make_shared<AppContext>(settings, database,
                                               std::make_unique<remote::MemoryCredentialStore>());
        window = makeWindow();
    }
    void TearDown() override
    {
        const auto widgets = QApplication::topLevelWidgets();
        QList<QPointer<MainWindow>> windows;
        for (QWidget *w : widgets) {
            if (auto *mw = qobject_cast<MainWindow *>(w))
                windows << mw;
        }
        for (const auto &mw : std::as_const(windows)) {
            if (mw) {
                mw->document()->setClean();
                delete mw.data();
            }
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    MainWindow *makeWindow()
    {
        auto *w = new MainWindow(context);
        w->setRecoveryFolder(path(QStringLiteral("recovery")));
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
        if (!w->generate())
            return false;
        return QTest::qWaitFor([w] { return !w->generation()->isRunning(); }, timeoutMs);
    }

    std::shared_ptr<AppSettings> settings;
    std::shared_ptr<store::Database> database;
    std::shared_ptr<AppContext> context;
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
    EXPECT_FALSE(window->generate());
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

    EXPECT_FALSE(other->openJobArtifacts(jobId + 1000));
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
    ASSERT_TRUE(window->importKubernetesYaml({yaml}));
    EXPECT_GE(window->document()->nodeCount(), 2);
    EXPECT_TRUE(window->document()->filePath().isEmpty());
    ASSERT_EQ(shown.size(), 1); // the unknown kind is a warning
    EXPECT_TRUE(shown.constFirst().text.contains(QStringLiteral("Gizmo")))
            << shown.constFirst().text.toStdString();

    EXPECT_FALSE(window->importKubernetesYaml({path(QStringLiteral("missing.yaml"))}));
}

TEST_F(AppIntegrationTest, ExportedJsonCanvasRoundTripsAndKeepsNoSavePath)
{
    window->document()->reset(shopGraph());
    const QString file = path(QStringLiteral("shop.canvas"));
    ASSERT_TRUE(window->exportGraph(file, MainWindow::GraphExportFormat::JsonCanvas));
    const auto back = io::readGraphFile(file);
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    QStringList names;
    for (const Node &n : back->nodes)
        names << n.name;
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("orders-db"), QStringLiteral("web")}));

    const QString json = path(QStringLiteral("shop.json"));
    ASSERT_TRUE(window->exportGraph(json, MainWindow::GraphExportFormat::ServerGraph));
    EXPECT_TRUE(io::readGraphFile(json).ok());
    EXPECT_FALSE(window->exportGraph(path(QStringLiteral("no/such/dir/x.canvas")),
                                     MainWindow::GraphExportFormat::JsonCanvas));

    // Opened again, the document has no path: Save must not overwrite the .canvas file.
    window->document()->setClean();
    window->document()->reset(GraphData());
    ASSERT_TRUE(window->openFile(file));
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
    auto *model = qobject_cast<QStandardItemModel *>(window->backendChoice()->model());
    ASSERT_TRUE(model);
    EXPECT_FALSE(model->item(1)->isEnabled());
}

TEST_F(AppIntegrationTest, GeneratesOnTheServerWithTheSignedInSession)
{
    test::FakeKubegramServer server;
    ASSERT_TRUE(server.listen());
    settings->serverOrigin.set(server.origin().toString());
    bool saved = false;
    context->credentials()->save(remote::CredentialStore::entryKey(server.origin(),
                                                                   QStringLiteral("default")),
                                 remote::Credential::fromSessionId(
                                         server.createSession(QStringLiteral("42"))),
                                 [&](const Status &s) { saved = s.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved; }));
    context->server()->setTimings(remote::RemoteTimings().scaled(0.02));
    window->generation()->setWatcherSetup([](remote::JobWatcher *w) {
        w->setPreferPolling(true);
        w->setJitterSource([] { return 0.5; });
    });
    context->start();
    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return context->server()->state() == ServerSession::State::SignedIn; }, 10'000))
            << context->server()->statusText().toStdString()
            << context->server()->lastError().toStdString();
    auto *status = window->findChild<QLabel *>(QStringLiteral("statusServer"));
    ASSERT_TRUE(status);
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("Signed in as")))
            << status->text().toStdString();

    window->document()->reset(shopGraph());
    window->backendChoice()->setCurrentIndex(1);
    ASSERT_EQ(window->backendChoice()->currentData().toString(), QStringLiteral("remote"));
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
