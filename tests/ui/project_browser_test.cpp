#include "browser/ProjectBrowserDock.h"
#include "browser/ProjectBrowserModel.h"
#include "store/Database.h"
#include "store/JobRecorder.h"
#include "store/ProjectRepository.h"
#include "store/RevisionRepository.h"
#include "store/ServerRepository.h"

#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace kg;
using namespace kg::store;
using namespace kg::ui;
using Kind = ProjectBrowserModel::Kind;

namespace {

/// A server under the test's control: records the calls, answers when told to.
class FakeProjectSource : public RemoteProjectSource
{
public:
    QString serverUrl() const override { return QStringLiteral("https://kubegram.test"); }
    QString serverName() const override { return QStringLiteral("Test server"); }
    void listTeams() override { calls << QStringLiteral("listTeams"); }
    void listProjects(const QString &team) override
    {
        calls << QStringLiteral("listProjects ") + team;
    }
    void createProject(const QString &team, const QString &name) override
    {
        calls << QStringLiteral("create %1 %2").arg(team, name);
    }
    void renameProject(const QString &id, const QString &name) override
    {
        calls << QStringLiteral("rename %1 %2").arg(id, name);
    }
    void removeProject(const QString &id) override { calls << QStringLiteral("remove ") + id; }
    void loadGraph(const QString &id) override { calls << QStringLiteral("load ") + id; }

    QStringList calls;
};

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int r = 0; r < model.rowCount(parent); ++r)
        names << model.index(r, 0, parent).data(ProjectBrowserModel::NameRole).toString();
    return names;
}

} // namespace

class ProjectBrowserTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        auto opened = Database::open(path(QStringLiteral("cache.sqlite")));
        ASSERT_TRUE(opened.ok());
        db = *opened;
    }
    /// A dock with a fake server that has answered with one team and two projects.
    void connectServer(ProjectBrowserDock &dock)
    {
        dock.addRemoteSource(&source);
        dock.refresh();
        ASSERT_TRUE(source.calls.contains(QStringLiteral("listTeams")));
        Q_EMIT source.teamsListed({{QStringLiteral("7"), QStringLiteral("Platform")}});
        ASSERT_TRUE(source.calls.contains(QStringLiteral("listProjects 7")));
        Q_EMIT source.projectsListed(QStringLiteral("7"),
                                     {{QStringLiteral("42"), QStringLiteral("Payments"), {}},
                                      {QStringLiteral("43"), QStringLiteral("Search"), {}}});
    }
    QModelIndex serverRow(const ProjectBrowserModel &model) const { return model.index(1, 0); }
    /// The cached project named @p name.
    qint64 projectId(const QString &name) const
    {
        return ProjectRepository(*db).findByNameOrId(name)->first().id;
    }

    std::shared_ptr<Database> db;
    FakeProjectSource source;
};

TEST_F(ProjectBrowserTest, TreeShowsLocalProjectsServersTeamsGraphsAndJobs)
{
    const auto shop = ProjectRepository(*db).createLocal(QStringLiteral("Shop"),
                                                         QStringLiteral("/tmp/shop.kgraph"));
    JobRecorder recorder(db);
    JobStart start;
    start.backend = QStringLiteral("local");
    start.projectId = shop->id;
    const qint64 job = recorder.begin(start).value();
    ASSERT_TRUE(recorder.complete(job, {}).ok());

    ProjectBrowserDock dock(db);
    QAbstractItemModelTester tester(dock.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Job folders are read on demand (fetchMore). Qt 6.4's tester would fetch from inside its
    // own reset handling and then take those rows for a change during the reset; it still
    // walks every row through rowCount().
    tester.setUseFetchMore(false);
    connectServer(dock);
    const ProjectBrowserModel &model = *dock.model();
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex local = model.index(0, 0);
    EXPECT_EQ(ProjectBrowserModel::kind(local), Kind::LocalWorkspace);
    EXPECT_EQ(childNames(model, local), QStringList{QStringLiteral("Shop")});
    const QModelIndex shopRow = model.index(0, 0, local);
    EXPECT_EQ(childNames(model, shopRow),
              (QStringList{QStringLiteral("shop.kgraph"), QStringLiteral("Jobs (1)")}));
    const QModelIndex jobs = model.index(1, 0, shopRow);
    ASSERT_EQ(model.rowCount(jobs), 1);
    EXPECT_EQ(model.index(0, 0, jobs).data(ProjectBrowserModel::IdRole).toLongLong(), job);

    const QModelIndex server = serverRow(model);
    EXPECT_EQ(ProjectBrowserModel::kind(server), Kind::Server);
    EXPECT_EQ(server.data().toString(), QStringLiteral("Test server"));
    EXPECT_EQ(childNames(model, server), QStringList{QStringLiteral("Platform")});
    EXPECT_EQ(childNames(model, model.index(0, 0, server)),
              (QStringList{QStringLiteral("Payments"), QStringLiteral("Search")}));
}

TEST_F(ProjectBrowserTest, AnUnreachableServerGetsABadgeAndStaysBrowsable)
{
    ProjectBrowserDock dock(db);
    connectServer(dock);
    Q_EMIT source.requestFailed(RemoteProjectSource::Operation::ListTeams, {},
                                Error(QStringLiteral("connection refused")), true);
    const QModelIndex server = serverRow(*dock.model());
    EXPECT_TRUE(server.data(ProjectBrowserModel::OfflineRole).toBool());
    EXPECT_TRUE(server.data().toString().contains(QStringLiteral("offline")));
    EXPECT_EQ(childNames(*dock.model(), dock.model()->index(0, 0, server)).size(), 2);
    // Server edits are off while offline.
    ASSERT_TRUE(dock.selectKey(
            QStringLiteral("project:%1:%1").arg(projectId(QStringLiteral("Payments")))));
    EXPECT_FALSE(dock.action(QStringLiteral("actionDeleteProject"))->isEnabled());
    EXPECT_TRUE(dock.action(QStringLiteral("actionOpenGraph"))->isEnabled());

    // The next successful answer clears the badge.
    Q_EMIT source.teamsListed({{QStringLiteral("7"), QStringLiteral("Platform")}});
    EXPECT_FALSE(serverRow(*dock.model()).data(ProjectBrowserModel::OfflineRole).toBool());
}

TEST_F(ProjectBrowserTest, LocalCreateRenameDeleteAreUndoable)
{
    ProjectBrowserDock dock(db);
    ASSERT_TRUE(dock.selectKey(QStringLiteral("local:0:0")));
    dock.createProject(QStringLiteral("Blog"));
    const QModelIndex local = dock.model()->index(0, 0);
    ASSERT_EQ(childNames(*dock.model(), local), QStringList{QStringLiteral("Blog")});
    const qint64 id = ProjectRepository(*db).localProjects()->first().id;

    ASSERT_TRUE(dock.selectKey(QStringLiteral("project:%1:%1").arg(id)));
    dock.renameProject(QStringLiteral("Journal"));
    EXPECT_EQ(ProjectRepository(*db).project(id)->name, QStringLiteral("Journal"));
    dock.undoStack()->undo();
    EXPECT_EQ(ProjectRepository(*db).project(id)->name, QStringLiteral("Blog"));
    dock.undoStack()->redo();
    EXPECT_EQ(ProjectRepository(*db).project(id)->name, QStringLiteral("Journal"));

    ASSERT_TRUE(dock.selectKey(QStringLiteral("project:%1:%1").arg(id)));
    dock.deleteProject();
    EXPECT_TRUE(childNames(*dock.model(), dock.model()->index(0, 0)).isEmpty());
    dock.undoStack()->undo();
    EXPECT_EQ(childNames(*dock.model(), dock.model()->index(0, 0)),
              QStringList{QStringLiteral("Journal")});
    dock.undoStack()->undo(); // rename
    dock.undoStack()->undo(); // create
    EXPECT_TRUE(ProjectRepository(*db).localProjects()->isEmpty());
    dock.undoStack()->redo();
    EXPECT_EQ(ProjectRepository(*db).localProjects()->first().id, id); // the same project back
}

TEST_F(ProjectBrowserTest, ServerDeleteAsksFirstAndFollowsTheServer)
{
    ProjectBrowserDock dock(db);
    connectServer(dock);
    const qint64 payments = projectId(QStringLiteral("Payments"));
    QStringList questions;
    bool answer = false;
    dock.setConfirmation([&](const QString &, const QString &question) {
        questions << question;
        return answer;
    });
    ASSERT_TRUE(dock.selectKey(QStringLiteral("project:%1:%1").arg(payments)));
    dock.deleteProject();
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions.first().contains(QStringLiteral("Payments")));
    EXPECT_FALSE(source.calls.contains(QStringLiteral("remove 42")));

    answer = true;
    dock.deleteProject();
    ASSERT_TRUE(source.calls.contains(QStringLiteral("remove 42")));
    EXPECT_EQ(dock.undoStack()->count(), 0); // a server delete is not offered as undoable
    Q_EMIT source.projectRemoved(QStringLiteral("42"));
    const QModelIndex team = dock.model()->index(0, 0, serverRow(*dock.model()));
    EXPECT_EQ(childNames(*dock.model(), team), QStringList{QStringLiteral("Search")});
}

TEST_F(ProjectBrowserTest, ServerCreateAndRenameGoThroughTheSource)
{
    ProjectBrowserDock dock(db);
    connectServer(dock);
    QSignalSpy errors(&dock, &ProjectBrowserDock::errorOccurred);
    ASSERT_TRUE(dock.selectKey(
            QStringLiteral("team:%1:0").arg(ServerRepository(*db).teams(1)->first().id)));
    dock.createProject(QStringLiteral("Billing"));
    ASSERT_TRUE(source.calls.contains(QStringLiteral("create 7 Billing")));
    Q_EMIT source.projectCreated(QStringLiteral("7"),
                                 {QStringLiteral("44"), QStringLiteral("Billing"), {}});
    const QModelIndex team = dock.model()->index(0, 0, serverRow(*dock.model()));
    EXPECT_TRUE(childNames(*dock.model(), team).contains(QStringLiteral("Billing")));

    const qint64 search = projectId(QStringLiteral("Search"));
    ASSERT_TRUE(dock.selectKey(QStringLiteral("project:%1:%1").arg(search)));
    dock.renameProject(QStringLiteral("Find"));
    ASSERT_TRUE(source.calls.contains(QStringLiteral("rename 43 Find")));
    Q_EMIT source.projectRenamed({QStringLiteral("43"), QStringLiteral("Find"), {}});
    EXPECT_EQ(ProjectRepository(*db).project(search)->name, QStringLiteral("Find"));
    dock.undoStack()->undo();
    EXPECT_TRUE(source.calls.contains(QStringLiteral("rename 43 Search")));

    // A refusal is shown, not swallowed.
    Q_EMIT source.requestFailed(RemoteProjectSource::Operation::Rename, QStringLiteral("43"),
                                Error(QStringLiteral("403 Access denied")), false);
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("Access denied")));
}

TEST_F(ProjectBrowserTest, FilterKeepsMatchingProjectsWithTheirParentsAndChildren)
{
    ProjectRepository projects(*db);
    projects.createLocal(QStringLiteral("Shop frontend"));
    projects.createLocal(QStringLiteral("Blog"));
    ProjectBrowserDock dock(db);
    connectServer(dock);
    dock.setFilterText(QStringLiteral("SHOP"));
    const QSortFilterProxyModel &proxy = *dock.proxyModel();
    ASSERT_EQ(proxy.rowCount(), 1); // the server has no match
    const QModelIndex local = proxy.index(0, 0);
    ASSERT_EQ(proxy.rowCount(local), 1);
    EXPECT_EQ(proxy.index(0, 0, local).data(ProjectBrowserModel::NameRole).toString(),
              QStringLiteral("Shop frontend"));
    EXPECT_EQ(proxy.rowCount(proxy.index(0, 0, local)), 1); // its jobs folder stays
    dock.setFilterText(QString());
    EXPECT_EQ(proxy.rowCount(), 2);
}

TEST_F(ProjectBrowserTest, ActivatingAProjectOpensItsGraph)
{
    const auto shop = ProjectRepository(*db).createLocal(QStringLiteral("Shop"),
                                                         QStringLiteral("/tmp/shop.kgraph"));
    ProjectBrowserDock dock(db);
    QSignalSpy open(&dock, &ProjectBrowserDock::openGraphRequested);
    ASSERT_TRUE(dock.selectKey(QStringLiteral("project:%1:%1").arg(shop->id)));
    dock.action(QStringLiteral("actionOpenGraph"))->trigger();
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().at(0).toLongLong(), shop->id);
    EXPECT_EQ(open.first().at(1).toString(), QStringLiteral("/tmp/shop.kgraph"));
}

TEST_F(ProjectBrowserTest, AServerProjectsGraphIsFetchedCachedAndOpened)
{
    ProjectBrowserDock dock(db);
    connectServer(dock);
    const qint64 payments = projectId(QStringLiteral("Payments"));
    QSignalSpy open(&dock, &ProjectBrowserDock::openGraphRequested);
    ASSERT_TRUE(dock.selectKey(QStringLiteral("project:%1:%1").arg(payments)));
    dock.action(QStringLiteral("actionOpenGraph"))->trigger();
    ASSERT_TRUE(source.calls.contains(QStringLiteral("load 42")));
    EXPECT_EQ(open.count(), 0); // not before the server answered

    GraphData graph;
    graph.name = QStringLiteral("payments");
    graph.nodes << test::makeNode(QStringLiteral("api"), QStringLiteral("DEPLOYMENT"));
    const QDateTime version = QDateTime::fromString(QStringLiteral("2026-04-01T10:00:00Z"),
                                                    Qt::ISODate);
    Q_EMIT source.graphLoaded(QStringLiteral("42"), graph, version);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().at(0).toLongLong(), payments);
    EXPECT_EQ(open.first().at(3).toDateTime(), version);
    const qint64 revision = open.first().at(2).toLongLong();
    ASSERT_GT(revision, 0);
    EXPECT_EQ(RevisionRepository(*db).latest(payments).value(), revision);
    EXPECT_EQ(RevisionRepository(*db).graph(revision)->nodes.size(), 1);

    // Offline: the cached revision opens, with a note.
    QSignalSpy errors(&dock, &ProjectBrowserDock::errorOccurred);
    dock.action(QStringLiteral("actionOpenGraph"))->trigger();
    Q_EMIT source.requestFailed(RemoteProjectSource::Operation::LoadGraph, QStringLiteral("42"),
                                Error(QStringLiteral("connection refused")), true);
    ASSERT_EQ(open.count(), 2);
    EXPECT_EQ(open.last().at(2).toLongLong(), revision);
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("offline")));
    EXPECT_TRUE(serverRow(*dock.model()).data(ProjectBrowserModel::OfflineRole).toBool());

    // A refusal (e.g. the project is gone) opens nothing stale.
    Q_EMIT source.requestFailed(RemoteProjectSource::Operation::LoadGraph, QStringLiteral("42"),
                                Error(QStringLiteral("Project not found")), false);
    EXPECT_EQ(open.count(), 2);
    EXPECT_EQ(errors.count(), 2);
}

TEST_F(ProjectBrowserTest, AReconnectedServerReplacesItsSource)
{
    ProjectBrowserDock dock(db);
    connectServer(dock);
    FakeProjectSource replacement;
    dock.addRemoteSource(&replacement);
    const qint64 search = projectId(QStringLiteral("Search"));
    ASSERT_TRUE(dock.selectKey(QStringLiteral("project:%1:%1").arg(search)));
    dock.renameProject(QStringLiteral("Find"));
    EXPECT_TRUE(replacement.calls.contains(QStringLiteral("rename 43 Find")));
    EXPECT_FALSE(source.calls.contains(QStringLiteral("rename 43 Find")));
    EXPECT_EQ(ServerRepository(*db).servers()->size(), 1);
}

TEST_F(ProjectBrowserTest, JobsWrittenElsewhereShowUpWithoutARefresh)
{
    const auto shop = ProjectRepository(*db).createLocal(QStringLiteral("Shop"));
    ProjectBrowserDock dock(db);
    const auto jobFolder = [&] {
        const QModelIndex project = dock.model()->indexForKey(
                QStringLiteral("project:%1:%1").arg(shop->id));
        const QStringList rows = childNames(*dock.model(), project);
        return rows.isEmpty() ? QString() : rows.last();
    };
    EXPECT_EQ(jobFolder(), QStringLiteral("Jobs (0)"));
    JobRecorder recorder(db);
    JobStart start;
    start.backend = QStringLiteral("local");
    start.projectId = shop->id;
    ASSERT_TRUE(recorder.begin(start).ok());
    EXPECT_EQ(jobFolder(), QStringLiteral("Jobs (0)")); // not synchronously: writes come in bursts
    EXPECT_TRUE(QTest::qWaitFor([&] { return jobFolder() == QStringLiteral("Jobs (1)"); }, 5'000))
            << jobFolder().toStdString();
}

TEST_F(ProjectBrowserTest, AProjectsJobsAreReadWhenItsFolderIsOpened)
{
    ProjectRepository projects(*db);
    const qint64 shop = projects.createLocal(QStringLiteral("Shop"))->id;
    projects.createLocal(QStringLiteral("Blog")); // no jobs
    JobRecorder recorder(db);
    QList<qint64> jobIds;
    for (int i = 0; i < ProjectBrowserModel::JobsPerProject + 5; ++i) {
        JobStart start;
        start.backend = QStringLiteral("local");
        start.projectId = shop;
        jobIds << recorder.begin(start).value();
    }

    ProjectBrowserDock dock(db);
    const ProjectBrowserModel &model = *dock.model();
    const QModelIndex local = model.index(0, 0);
    ASSERT_EQ(childNames(model, local),
              (QStringList{QStringLiteral("Blog"), QStringLiteral("Shop")}));
    const auto jobFolder = [&](const QModelIndex &project) {
        for (int r = 0; r < model.rowCount(project); ++r) {
            if (ProjectBrowserModel::kind(model.index(r, 0, project)) == Kind::JobFolder)
                return model.index(r, 0, project);
        }
        return QModelIndex();
    };
    const QModelIndex blogJobs = jobFolder(model.index(0, 0, local));
    const QModelIndex shopJobs = jobFolder(model.index(1, 0, local));
    EXPECT_EQ(blogJobs.data().toString(), QStringLiteral("Jobs (0)"));
    EXPECT_FALSE(model.hasChildren(blogJobs));
    EXPECT_FALSE(model.canFetchMore(blogJobs));
    // Shown (the dock opens the local projects), counted, but not read yet.
    EXPECT_EQ(shopJobs.data().toString(), QStringLiteral("Jobs (25)"));
    EXPECT_TRUE(model.hasChildren(shopJobs));
    ASSERT_TRUE(model.canFetchMore(shopJobs));

    // Filtering by name does not read them either.
    dock.setFilterText(QStringLiteral("shop"));
    EXPECT_TRUE(model.canFetchMore(shopJobs));
    dock.setFilterText(QString());

    // Opening the folder does (a view fetches more there): the latest ones, newest first.
    QSignalSpy inserted(dock.model(), &QAbstractItemModel::rowsInserted);
    const QModelIndex folder = dock.proxyModel()->mapFromSource(shopJobs);
    ASSERT_TRUE(folder.isValid());
    dock.proxyModel()->fetchMore(folder);
    EXPECT_FALSE(model.canFetchMore(shopJobs));
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.first().at(0).value<QModelIndex>(), shopJobs);
    ASSERT_EQ(dock.proxyModel()->rowCount(folder), ProjectBrowserModel::JobsPerProject);
    EXPECT_EQ(dock.proxyModel()->index(0, 0, folder).data(ProjectBrowserModel::IdRole).toLongLong(),
              jobIds.last());
}

TEST_F(ProjectBrowserTest, AJobCanBeSelectedBeforeItsFolderWasOpened)
{
    const qint64 shop = ProjectRepository(*db).createLocal(QStringLiteral("Shop"))->id;
    JobRecorder recorder(db);
    JobStart start;
    start.backend = QStringLiteral("local");
    start.projectId = shop;
    const qint64 job = recorder.begin(start).value();

    ProjectBrowserDock dock(db);
    ASSERT_TRUE(dock.selectKey(QStringLiteral("job:%1:%2").arg(job).arg(shop)));
    const QModelIndex current = dock.view()->selectionModel()->currentIndex();
    EXPECT_EQ(ProjectBrowserModel::kind(current), Kind::Job);
    EXPECT_EQ(current.data(ProjectBrowserModel::IdRole).toLongLong(), job);
    // A reload keeps it selected.
    dock.reloadFromCache();
    EXPECT_EQ(dock.view()->selectionModel()->currentIndex().data(ProjectBrowserModel::IdRole),
              QVariant(job));
}
