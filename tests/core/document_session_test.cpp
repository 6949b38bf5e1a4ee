// The document flows without a window: load, save, autosave and recovery, imports, the
// registry of open documents, and saving into a server project with its conflict rule.
#include "commands/ChangeNodes.h"
#include "io/KubernetesYamlImporter.h"
#include "model/GraphDocument.h"
#include "remote/Credential.h"
#include "remote/JobWatcher.h"
#include "remote/ServerEndpoints.h"
#include "session/DocumentManager.h"
#include "session/DocumentSession.h"
#include "session/GenerationService.h"
#include "session/RecoveryStore.h"
#include "session/ServerConnection.h"
#include "store/Database.h"
#include "store/ProjectRepository.h"
#include "store/RevisionRepository.h"
#include "store/ServerRepository.h"

#include "FakeKubegramServer.h"
#include "TestSupport.h"

#include <QTest>
#include <QUndoStack>

#include <optional>

using namespace kg;
using kg::session::DocumentSession;
using kg::test::makeNode;
using kg::test::s;

namespace {

GraphData twoNodes()
{
    GraphData g;
    g.name = s("shop");
    g.nodes = {makeNode(s("web"), s("DEPLOYMENT"), s("web")),
               makeNode(s("db"), s("DATABASE"), s("db"), {300, 0})};
    return g;
}

class DocumentSessionTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        session = std::make_unique<DocumentSession>(nullptr, nullptr);
        session->setAutosaveInterval(0);
        session->setRecoveryFolder(path(s("recovery")));
    }
    void rename(const QString &id, const QString &name)
    {
        GraphDocument *doc = session->document();
        doc->undoStack()->push(new RenameNodeCommand(doc, id, name));
    }
    std::unique_ptr<DocumentSession> session;
};

} // namespace

TEST_F(DocumentSessionTest, SavesReopensAndKeepsForeignFilesUntouched)
{
    EXPECT_TRUE(session->isPristine());
    session->load({twoNodes(), QString(), 0, QDateTime(), false});
    EXPECT_FALSE(session->isPristine());
    const QString file = path(s("shop.kgraph"));
    ASSERT_TRUE(session->saveAs(file).ok());
    EXPECT_EQ(session->document()->filePath(), file);
    EXPECT_FALSE(session->document()->isModified());

    const auto again = DocumentSession::readFile(file);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->filePath, file);
    EXPECT_FALSE(again->foreignFormat);
    EXPECT_EQ(again->graph, session->document()->snapshot());

    // A file of another format opens without a path, so Save never writes .kgraph into it.
    const QString canvas = writeFile(s("shop.canvas"),
                                     R"({"nodes":[{"id":"a","type":"text","text":"Deployment: a",
                                         "x":0,"y":0,"width":200,"height":80}],"edges":[]})");
    const auto foreign = DocumentSession::readFile(canvas);
    ASSERT_TRUE(foreign.ok()) << foreign.error().toString().toStdString();
    EXPECT_TRUE(foreign->foreignFormat);
    EXPECT_TRUE(foreign->filePath.isEmpty());

    const auto missing = DocumentSession::readFile(path(s("missing.kgraph")));
    EXPECT_FALSE(missing.ok());
}

TEST_F(DocumentSessionTest, AutosavesRecoversAndForgetsTheCopyOnSaveAndClose)
{
    session->load({twoNodes(), QString(), 0, QDateTime(), false});
    EXPECT_FALSE(session->autosaveNow()); // unmodified: nothing to keep
    rename(s("web"), s("www"));
    ASSERT_TRUE(session->autosaveNow());
    EXPECT_FALSE(session->autosaveNow()); // nothing new since
    session::RecoveryStore store(path(s("recovery")));
    ASSERT_TRUE(store.contains(session->recoveryId()));

    // Another session picks the copy up: modified, with the copy's id, until saved.
    DocumentSession recovered(nullptr, nullptr);
    recovered.setAutosaveInterval(0);
    recovered.setRecoveryFolder(path(s("recovery")));
    session::RecoveryEntry entry;
    entry.id = session->recoveryId();
    entry.graphFile = path(s("recovery/") + entry.id + s(".kgraph"));
    ASSERT_TRUE(recovered.loadRecovered(entry, store).ok());
    EXPECT_TRUE(recovered.document()->isModified());
    EXPECT_EQ(recovered.recoveryId(), entry.id);
    EXPECT_EQ(recovered.document()->node(s("web"))->name, s("www"));
    ASSERT_TRUE(recovered.saveAs(path(s("recovered.kgraph"))).ok());
    EXPECT_FALSE(store.contains(entry.id)); // saved: the copy is obsolete

    rename(s("web"), s("api"));
    ASSERT_TRUE(session->autosaveNow());
    ASSERT_TRUE(store.contains(session->recoveryId()));
    session->close();
    EXPECT_FALSE(store.contains(session->recoveryId()));
}

TEST_F(DocumentSessionTest, AnImportIsAddedRightOfTheGraphAsOneUndoStep)
{
    session->load({twoNodes(), QString(), 0, QDateTime(), false});
    const QString yaml = writeFile(s("web.yaml"), "apiVersion: apps/v1\nkind: Deployment\n"
                                                  "metadata: {name: web}\n"
                                                  "spec: {template: {spec: {containers: "
                                                  "[{name: web, image: nginx:1.27}]}}}\n");
    const auto imported = io::KubernetesYamlImporter::importPaths({yaml}, s("web"));
    ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
    GraphDocument *doc = session->document();
    const int before = doc->nodeCount();
    const int steps = doc->undoStack()->count();
    session->addImported(*imported, s("Import"));
    EXPECT_EQ(doc->nodeCount(), before + int(imported->graph.nodes.size()));
    EXPECT_EQ(doc->undoStack()->count(), steps + 1);
    // New ids (the graph has a "web" already), placed right of the existing nodes.
    for (const QString &id : doc->nodeIds()) {
        if (id != s("web") && id != s("db")) {
            EXPECT_GT(doc->node(id)->pos.x(), 300.0) << id.toStdString();
        }
    }
    doc->undoStack()->undo();
    EXPECT_EQ(doc->nodeCount(), before);
}

TEST_F(DocumentSessionTest, TheManagerFindsTheSessionOfAFileUntilItIsGone)
{
    session::DocumentManager manager;
    manager.add(session.get());
    session->load({twoNodes(), QString(), 0, QDateTime(), false});
    const QString file = path(s("shop.kgraph"));
    EXPECT_EQ(manager.sessionForFile(file), nullptr);
    ASSERT_TRUE(session->saveAs(file).ok());
    EXPECT_EQ(manager.sessionForFile(file), session.get());
    EXPECT_EQ(manager.sessionForFile(path(s("./shop.kgraph"))), session.get());
    session.reset();
    EXPECT_EQ(manager.sessionForFile(file), nullptr);
    EXPECT_TRUE(manager.sessions().isEmpty());
}

// Saving into a server project: the graph goes to the project, a revision is cached, and a change
// made on the server since the graph was read is a conflict until the caller says overwrite.
TEST_F(DocumentSessionTest, SavesIntoItsServerProjectAndRefusesToOverwriteAChangeUnasked)
{
    test::FakeKubegramServer server;
    ASSERT_TRUE(server.listen());
    auto db = store::Database::open(path(s("cache.db")));
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    remote::MemoryCredentialStore credentials;
    session::ServerConnection connection(&credentials);
    connection.setTimings(remote::RemoteTimings().scaled(0.02));
    connection.useCredential(remote::Credential::fromSessionId(server.createSession(s("42"))));
    connection.connectTo(server.origin());
    ASSERT_TRUE(QTest::qWaitFor([&] { return connection.isSettled(); }, 10'000));
    ASSERT_EQ(connection.state(), session::ServerConnection::State::SignedIn)
            << connection.lastError().toStdString();

    // The server's project, cached under the signed-in user's team.
    const auto serverId = store::ServerRepository(**db).upsertServer(server.origin().toString(),
                                                                     server.origin().host());
    ASSERT_TRUE(serverId.ok());
    const auto teamId = store::ServerRepository(**db).upsertTeam(*serverId,
                                                                 connection.identity().teamId,
                                                                 s("Team"));
    ASSERT_TRUE(teamId.ok());
    const auto projectId = store::ProjectRepository(**db).upsertRemote(*teamId,
                                                                       server.ownProjectId(),
                                                                       s("Alpha"));
    ASSERT_TRUE(projectId.ok());

    DocumentSession doc(*db, &connection);
    doc.setAutosaveInterval(0);
    doc.setRecoveryFolder(path(s("recovery2")));
    EXPECT_FALSE(doc.canSaveToServer()); // belongs to no project yet
    auto loaded = DocumentSession::readProject(**db, *projectId, 0, QDateTime());
    ASSERT_TRUE(loaded.ok());
    loaded->graph = twoNodes();
    doc.load(*loaded);
    ASSERT_TRUE(doc.canSaveToServer());

    std::optional<remote::ApiResult<remote::Project>> saved;
    auto wait = [&] {
        EXPECT_TRUE(QTest::qWaitFor([&] { return saved.has_value(); }, 10'000));
    };
    doc.document()->undoStack()->push(new RenameNodeCommand(doc.document(), s("web"), s("www")));
    ASSERT_TRUE(doc.saveToServer(false, [&](const auto &r) { saved = r; }));
    EXPECT_FALSE(doc.canSaveToServer()); // one save at a time
    wait();
    ASSERT_TRUE(saved->ok()) << saved->error().toString().toStdString();
    EXPECT_FALSE(doc.document()->isModified());
    const auto revision = store::RevisionRepository(**db).latest(*projectId);
    ASSERT_TRUE(revision.ok());
    const auto cached = store::RevisionRepository(**db).graph(*revision);
    ASSERT_TRUE(cached.ok());
    ASSERT_NE(test::findNode(*cached, s("web")), nullptr);
    EXPECT_EQ(test::findNode(*cached, s("web"))->name, s("www"));

    // The document's own server run writes the project too: that is no conflict for Save.
    std::optional<bool> generated;
    QObject::connect(doc.generation(), &session::GenerationService::succeeded,
                     [&] { generated = true; });
    QObject::connect(doc.generation(), &session::GenerationService::failed,
                     [&] { generated = false; });
    doc.generation()->setWatcherSetup([](remote::JobWatcher *w) { w->setPreferPolling(true); });
    QTest::qWait(20); // a later updatedAt
    const auto run = doc.generation()->start(doc.document()->snapshot(),
                                             session::GenerationService::Backend::Remote, {});
    ASSERT_TRUE(run.started) << run.error.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return generated.has_value(); }, 20'000));
    EXPECT_TRUE(*generated);
    doc.document()->undoStack()->push(new RenameNodeCommand(doc.document(), s("db"), s("pg")));
    saved.reset();
    ASSERT_TRUE(doc.saveToServer(false, [&](const auto &r) { saved = r; }));
    wait();
    ASSERT_TRUE(saved->ok()) << saved->error().toString().toStdString();

    // Someone renames the project on the server; the next save is a conflict.
    QTest::qWait(20); // a later updatedAt
    std::optional<remote::ApiResult<remote::Project>> renamed;
    remote::renameProject(*connection.client(), server.ownProjectId(), s("Alpha v2"), nullptr,
                          [&](const remote::ApiResult<remote::Project> &r) { renamed = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return renamed.has_value(); }, 10'000));
    doc.document()->undoStack()->push(new RenameNodeCommand(doc.document(), s("web"), s("api")));
    saved.reset();
    ASSERT_TRUE(doc.saveToServer(false, [&](const auto &r) { saved = r; }));
    wait();
    ASSERT_FALSE(saved->ok());
    EXPECT_EQ(saved->error().kind, remote::RemoteError::Kind::Conflict);
    EXPECT_TRUE(doc.document()->isModified());
    saved.reset();
    ASSERT_TRUE(doc.saveToServer(true, [&](const auto &r) { saved = r; }));
    wait();
    ASSERT_TRUE(saved->ok()) << saved->error().toString().toStdString();
    EXPECT_FALSE(doc.document()->isModified());
}
