// The project browser's view of a Kubegram server: teams, projects, create/rename/delete and
// project graphs over the real client against the fake server, and offline detection.
#include "RemoteTestFixture.h"

#include "io/ServerGraphFormat.h"
#include "remote/ServerProjectSource.h"

#include <QSignalSpy>

using namespace kg;
using namespace kg::remote;
using kg::store::RemoteProject;
using kg::store::RemoteProjectSource;
using kg::store::RemoteTeam;

namespace {

class ServerProjectSourceTest : public test::RemoteTest
{
protected:
    void SetUp() override
    {
        RemoteTest::SetUp();
        useSession();
        source = std::make_unique<ServerProjectSource>(client.get(), QStringLiteral("Test"));
        failures = std::make_unique<QSignalSpy>(source.get(), &RemoteProjectSource::requestFailed);
    }

    /// Waits for @p spy to fire once, failing on a requestFailed instead.
    bool waitFor(QSignalSpy &spy)
    {
        const bool ok = QTest::qWaitFor([&] { return spy.count() > 0 || failures->count() > 0; },
                                        10'000);
        EXPECT_EQ(failures->count(), 0)
                << (failures->isEmpty()
                            ? std::string()
                            : failures->first().at(2).value<Error>().toString().toStdString());
        return ok && spy.count() > 0;
    }

    QList<RemoteProject> listOwnProjects()
    {
        QSignalSpy listed(source.get(), &RemoteProjectSource::projectsListed);
        source->listProjects(QStringLiteral("7"));
        if (!waitFor(listed))
            return {};
        EXPECT_EQ(listed.first().at(0).toString(), QStringLiteral("7"));
        return listed.first().at(1).value<QList<RemoteProject>>();
    }

    static QStringList names(const QList<RemoteProject> &projects)
    {
        QStringList n;
        for (const RemoteProject &p : projects)
            n << p.name;
        return n;
    }

    std::unique_ptr<ServerProjectSource> source;
    std::unique_ptr<QSignalSpy> failures;
};

} // namespace

TEST_F(ServerProjectSourceTest, ListsTheUsersTeamAfterAskingWhoTheUserIs)
{
    ASSERT_TRUE(client->teamId().isEmpty());
    QSignalSpy teams(source.get(), &RemoteProjectSource::teamsListed);
    source->listTeams();
    ASSERT_TRUE(waitFor(teams));
    const auto listed = teams.first().at(0).value<QList<RemoteTeam>>();
    ASSERT_EQ(listed.size(), 1); // /teams lists every team; only the user's one is kept
    EXPECT_EQ(listed.first().remoteId, QStringLiteral("7"));
    EXPECT_EQ(listed.first().name, QStringLiteral("Platform"));
    EXPECT_EQ(client->teamId(), QStringLiteral("7"));
    EXPECT_EQ(source->serverUrl(), server->origin().toString());
}

TEST_F(ServerProjectSourceTest, ListsOnlyTheTeamsLiveProjects)
{
    source->listTeams(); // learns the team
    ASSERT_TRUE(QTest::qWaitFor([&] { return !client->teamId().isEmpty(); }, 10'000));
    // Beta belongs to another team, Gamma is soft-deleted.
    const QStringList listed = names(listOwnProjects());
    EXPECT_TRUE(listed.contains(QStringLiteral("Alpha")));
    EXPECT_FALSE(listed.contains(QStringLiteral("Beta")));
    EXPECT_FALSE(listed.contains(QStringLiteral("Gamma")));
}

TEST_F(ServerProjectSourceTest, CreatesRenamesAndDeletesProjects)
{
    client->setTeamId(QStringLiteral("7"));
    QSignalSpy created(source.get(), &RemoteProjectSource::projectCreated);
    source->createProject(QStringLiteral("7"), QStringLiteral("Billing"));
    ASSERT_TRUE(waitFor(created));
    const auto project = created.first().at(1).value<RemoteProject>();
    EXPECT_EQ(project.name, QStringLiteral("Billing"));
    // The server only files it under the team after the follow-up PUT (§4.2).
    EXPECT_EQ(
            server->project(project.remoteId).value(QStringLiteral("teamId")).toVariant().toString(),
            QStringLiteral("7"));
    EXPECT_TRUE(names(listOwnProjects()).contains(QStringLiteral("Billing")));

    QSignalSpy renamed(source.get(), &RemoteProjectSource::projectRenamed);
    source->renameProject(project.remoteId, QStringLiteral("Invoices"));
    ASSERT_TRUE(waitFor(renamed));
    EXPECT_EQ(renamed.first().at(0).value<RemoteProject>().name, QStringLiteral("Invoices"));
    EXPECT_EQ(server->project(project.remoteId).value(QStringLiteral("name")).toString(),
              QStringLiteral("Invoices"));

    QSignalSpy removed(source.get(), &RemoteProjectSource::projectRemoved);
    source->removeProject(project.remoteId);
    ASSERT_TRUE(waitFor(removed));
    EXPECT_EQ(removed.first().at(0).toString(), project.remoteId);
    EXPECT_FALSE(names(listOwnProjects()).contains(QStringLiteral("Invoices")));
}

TEST_F(ServerProjectSourceTest, LoadsTheGraphAProjectKeepsOnTheServer)
{
    client->setTeamId(QStringLiteral("7"));
    GraphData graph;
    graph.name = QStringLiteral("shop");
    graph.nodes << test::makeNode(QStringLiteral("web"), QStringLiteral("DEPLOYMENT"),
                                  QStringLiteral("web"));
    std::optional<ApiResult<Project>> saved;
    saveProjectGraph(*client, server->ownProjectId(), io::ServerGraphFormat::toGraph(graph), {}, {},
                     nullptr, [&](const ApiResult<Project> &r) { saved = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.has_value(); }, 10'000));
    ASSERT_TRUE(saved->ok());

    QSignalSpy loaded(source.get(), &RemoteProjectSource::graphLoaded);
    source->loadGraph(server->ownProjectId());
    ASSERT_TRUE(waitFor(loaded));
    EXPECT_EQ(loaded.first().at(2).toDateTime(), saved->value().updatedAt);
    const auto back = loaded.first().at(1).value<GraphData>();
    ASSERT_EQ(back.nodes.size(), 1);
    EXPECT_EQ(back.nodes.first().name, QStringLiteral("web"));
    EXPECT_EQ(back.nodes.first().kind, QStringLiteral("DEPLOYMENT"));
}

TEST_F(ServerProjectSourceTest, AProjectOfAnotherTeamIsRefusedNotOffline)
{
    client->setTeamId(QStringLiteral("7"));
    QSignalSpy loaded(source.get(), &RemoteProjectSource::graphLoaded);
    source->loadGraph(server->foreignProjectId());
    ASSERT_TRUE(QTest::qWaitFor([&] { return failures->count() > 0; }, 10'000));
    EXPECT_EQ(loaded.count(), 0);
    EXPECT_EQ(failures->first().at(0).value<RemoteProjectSource::Operation>(),
              RemoteProjectSource::Operation::LoadGraph);
    EXPECT_FALSE(failures->first().at(3).toBool());
}

TEST_F(ServerProjectSourceTest, AnUnreachableServerIsReportedOffline)
{
    server.reset(); // the port closes: connection refused
    source->listTeams();
    ASSERT_TRUE(QTest::qWaitFor([&] { return failures->count() > 0; }, 20'000));
    EXPECT_EQ(failures->first().at(0).value<RemoteProjectSource::Operation>(),
              RemoteProjectSource::Operation::ListTeams);
    EXPECT_TRUE(failures->first().at(3).toBool());
    EXPECT_FALSE(failures->first().at(2).value<Error>().toString().isEmpty());
}

TEST_F(ServerProjectSourceTest, GoesQuietlyWrongWhenItsClientIsGone)
{
    client.reset();
    source->listProjects(QStringLiteral("7"));
    ASSERT_EQ(failures->count(), 1);
    EXPECT_FALSE(failures->first().at(3).toBool());
}
