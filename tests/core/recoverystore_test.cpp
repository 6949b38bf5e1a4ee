#include "io/KGraphFormat.h"
#include "session/RecoveryStore.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kg;

class RecoveryStoreTest : public test::TempDirTest
{
protected:
    GraphData graph()
    {
        GraphData g;
        g.name = QStringLiteral("shop");
        g.nodes = {test::makeNode(QStringLiteral("a"), QStringLiteral("DEPLOYMENT")),
                   test::makeNode(QStringLiteral("b"), QStringLiteral("SERVICE"))};
        g.edges = {test::makeEdge(QStringLiteral("e"), QStringLiteral("b"), QStringLiteral("a"),
                                  QStringLiteral("SERVICE_EXPOSES_POD"))};
        return g;
    }
};

TEST_F(RecoveryStoreTest, SaveListLoadRemove)
{
    session::RecoveryStore store(path(QStringLiteral("recovery")));
    const QString id = session::RecoveryStore::newId();
    ASSERT_TRUE(store.save(id, graph(), QStringLiteral("/tmp/shop.kgraph"), QStringLiteral("shop"))
                        .ok());
    EXPECT_TRUE(store.contains(id));
    const QList<session::RecoveryEntry> entries = store.orphanedEntries();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().id, id);
    EXPECT_EQ(entries.first().originalPath, QStringLiteral("/tmp/shop.kgraph"));
    EXPECT_EQ(entries.first().displayName, QStringLiteral("shop"));
    EXPECT_TRUE(entries.first().savedAt.isValid());
    auto loaded = store.load(entries.first());
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(*loaded, graph());
    store.remove(id);
    EXPECT_FALSE(store.contains(id));
    EXPECT_TRUE(store.orphanedEntries().isEmpty());
}

TEST_F(RecoveryStoreTest, RefusesIdsThatAreNotOurs)
{
    session::RecoveryStore store(path(QStringLiteral("recovery")));
    EXPECT_FALSE(store.save(QStringLiteral("../escape"), graph(), {}, {}).ok());
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("escape.kgraph"))));
    // Foreign files in the folder are not offered.
    writeFile(QStringLiteral("recovery/notes.kgraph"), io::KGraphFormat::write(graph()));
    EXPECT_TRUE(store.orphanedEntries().isEmpty());
}

TEST_F(RecoveryStoreTest, BrokenSidecarStillOffersTheGraph)
{
    session::RecoveryStore store(path(QStringLiteral("recovery")));
    const QString id = session::RecoveryStore::newId();
    ASSERT_TRUE(store.save(id, graph(), {}, QStringLiteral("shop")).ok());
    writeFile(QStringLiteral("recovery/") + id + QStringLiteral(".json"), "{ not json");
    const QList<session::RecoveryEntry> entries = store.orphanedEntries();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().displayName, QStringLiteral("Untitled"));
}

TEST_F(RecoveryStoreTest, CorruptGraphIsReportedWithItsFile)
{
    session::RecoveryStore store(path(QStringLiteral("recovery")));
    const QString id = session::RecoveryStore::newId();
    ASSERT_TRUE(store.save(id, graph(), {}, {}).ok());
    writeFile(QStringLiteral("recovery/") + id + QStringLiteral(".kgraph"), "{\"format\": 3");
    const QList<session::RecoveryEntry> entries = store.orphanedEntries();
    ASSERT_EQ(entries.size(), 1);
    auto loaded = store.load(entries.first());
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().toString().contains(id)) << loaded.error().toString().toStdString();
}

TEST_F(RecoveryStoreTest, CopiesOfARunningInstanceAreSkipped)
{
    session::RecoveryStore store(path(QStringLiteral("recovery")));
    const QString id = session::RecoveryStore::newId();
    ASSERT_TRUE(store.save(id, graph(), {}, {}).ok());
#ifdef Q_OS_LINUX
    // Process 1 always runs: its copies belong to a live session, not a crash.
    const QJsonObject info{{QStringLiteral("pid"), 1},
                           {QStringLiteral("displayName"), QStringLiteral("x")}};
    writeFile(QStringLiteral("recovery/") + id + QStringLiteral(".json"),
              QJsonDocument(info).toJson());
    EXPECT_TRUE(store.orphanedEntries().isEmpty());
#endif
    // Our own copies at start-up come from an earlier, crashed run of this process id.
    ASSERT_TRUE(store.save(id, graph(), {}, {}).ok());
    EXPECT_EQ(store.orphanedEntries().size(), 1);
}

TEST_F(RecoveryStoreTest, UnwritableFolderIsAnError)
{
    writeFile(QStringLiteral("blocker"), "a file where the folder should be");
    session::RecoveryStore store(path(QStringLiteral("blocker/recovery")));
    const Status s = store.save(session::RecoveryStore::newId(), graph(), {}, {});
    EXPECT_FALSE(s.ok());
}
