#include "cli/GenerateCommand.h"
#include "io/KGraphFormat.h"
#include "store/ArtifactRepository.h"
#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/PendingRuns.h"
#include "store/ProjectRepository.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>

using namespace kg;
using namespace kg::cli;

namespace {

struct CommandRun
{
    int code = -1;
    QString out;
    QString err;
};

CommandRun runGenerate(const QStringList &args)
{
    CommandRun r;
    QTextStream o(&r.out), e(&r.err);
    GenerateCommand command;
    QStringList full{QStringLiteral("kubegram-desktop"), QStringLiteral("generate")};
    full += args;
    r.code = command.run(full, {o, e});
    o.flush();
    e.flush();
    return r;
}

QString sample(const char *name)
{
    return test::sourcePath(QStringLiteral("resources/samples/%1.kgraph").arg(QLatin1String(name)));
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

class GenerateCommandTest : public test::TempDirTest
{};

} // namespace

TEST_F(GenerateCommandTest, GeneratesTheSampleAndSummarises)
{
    const QString out = path(QStringLiteral("out"));
    const CommandRun r = runGenerate({sample("three-tier-web"), QStringLiteral("-o"), out});
    ASSERT_EQ(r.code, ExitSuccess) << r.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(out + QStringLiteral("/api-deployment.yaml")));
    EXPECT_TRUE(QFileInfo::exists(out + QStringLiteral("/REPORT.md")));
    EXPECT_TRUE(QFileInfo::exists(out + QStringLiteral("/report.json")));
    EXPECT_EQ(r.out.count(QLatin1Char('\n')), 1) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("15 file(s) written"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2 warning(s)")));
    EXPECT_EQ(r.err.count(QStringLiteral("warning: ")), 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("placeholder")));
}

TEST_F(GenerateCommandTest, EveryLayoutWritesItsFiles)
{
    const std::pair<const char *, const char *> expectations[] = {
            {"files", "api-deployment.yaml"},
            {"single", "manifests.yaml"},
            {"kustomize", "kustomization.yaml"},
            {"helm", "templates/_helpers.tpl"},
    };
    for (const auto &e : expectations) {
        const QString out = path(QLatin1String(e.first));
        const CommandRun r = runGenerate({sample("three-tier-web"), QStringLiteral("-o"), out,
                                          QStringLiteral("--layout"), QLatin1String(e.first)});
        ASSERT_EQ(r.code, ExitSuccess) << e.first << r.err.toStdString();
        EXPECT_TRUE(QFileInfo::exists(QDir(out).filePath(QLatin1String(e.second)))) << e.first;
    }
    EXPECT_TRUE(QFileInfo::exists(path(QStringLiteral("helm/Chart.yaml"))));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("single/api-deployment.yaml"))));
}

TEST_F(GenerateCommandTest, NetworkPoliciesOnRequest)
{
    const QString out = path(QStringLiteral("out"));
    ASSERT_EQ(runGenerate({sample("microservice-shop"), QStringLiteral("-o"), out,
                           QStringLiteral("--network-policies")})
                      .code,
              ExitSuccess);
    EXPECT_TRUE(QFileInfo::exists(out + QStringLiteral("/default-deny-ingress-networkpolicy.yaml")));
    EXPECT_TRUE(
            QFileInfo::exists(out + QStringLiteral("/orders-postgres-allow-networkpolicy.yaml")));
}

TEST_F(GenerateCommandTest, UsageErrorsExitWith2)
{
    const QString out = path(QStringLiteral("out"));
    EXPECT_EQ(runGenerate({sample("three-tier-web")}).code, ExitUsage);  // no -o
    EXPECT_EQ(runGenerate({QStringLiteral("-o"), out}).code, ExitUsage); // no input
    EXPECT_EQ(runGenerate({sample("three-tier-web"), sample("nightly-batch"), QStringLiteral("-o"),
                           out})
                      .code,
              ExitUsage);
    const CommandRun layout = runGenerate({sample("three-tier-web"), QStringLiteral("-o"), out,
                                           QStringLiteral("--layout"), QStringLiteral("zip")});
    EXPECT_EQ(layout.code, ExitUsage);
    EXPECT_TRUE(layout.err.contains(QStringLiteral("zip")));
    EXPECT_EQ(runGenerate({sample("three-tier-web"), QStringLiteral("-o"), out,
                           QStringLiteral("--frobnicate")})
                      .code,
              ExitUsage);
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_EQ(runGenerate({QStringLiteral("--help")}).code, ExitSuccess);
}

TEST_F(GenerateCommandTest, MissingOrMalformedInputExitsWith1AndNamesTheFile)
{
    const QString out = path(QStringLiteral("out"));
    const QString missing = path(QStringLiteral("nope.kgraph"));
    CommandRun r = runGenerate({missing, QStringLiteral("-o"), out});
    EXPECT_EQ(r.code, ExitFailure);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nope.kgraph"))) << r.err.toStdString();

    const QString broken = writeFile(
            QStringLiteral("broken.kgraph"),
            "{\n  \"format\": \"kubegram-graph\",\n  \"version\": 1,\n  oops\n}");
    r = runGenerate({broken, QStringLiteral("-o"), out});
    EXPECT_EQ(r.code, ExitFailure);
    EXPECT_TRUE(r.err.contains(QStringLiteral("broken.kgraph:4:"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST_F(GenerateCommandTest, NonEmptyFolderNeedsForce)
{
    const QString out = path(QStringLiteral("out"));
    writeFile(QStringLiteral("out/notes.txt"), "mine");
    writeFile(QStringLiteral("out/api-deployment.yaml"), "old");
    CommandRun r = runGenerate({sample("three-tier-web"), QStringLiteral("-o"), out});
    EXPECT_EQ(r.code, ExitFailure);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--force"))) << r.err.toStdString();
    EXPECT_EQ(entries(out),
              (QStringList{QStringLiteral("api-deployment.yaml"), QStringLiteral("notes.txt")}));

    r = runGenerate(
            {sample("three-tier-web"), QStringLiteral("-o"), out, QStringLiteral("--force")});
    ASSERT_EQ(r.code, ExitSuccess) << r.err.toStdString();
    QFile replaced(out + QStringLiteral("/api-deployment.yaml"));
    ASSERT_TRUE(replaced.open(QIODevice::ReadOnly));
    EXPECT_TRUE(replaced.readAll().startsWith("apiVersion: apps/v1"));
    EXPECT_TRUE(QFileInfo::exists(out + QStringLiteral("/notes.txt"))); // other files are kept
}

TEST_F(GenerateCommandTest, NoPartialOutputWhenWritingFails)
{
    // The target is a file, not a folder: nothing may be written anywhere.
    const QString target = writeFile(QStringLiteral("taken"), "a file");
    const QStringList before = entries(path(QString()));
    const CommandRun r = runGenerate(
            {sample("three-tier-web"), QStringLiteral("-o"), target, QStringLiteral("--force")});
    EXPECT_EQ(r.code, ExitFailure);
    EXPECT_TRUE(r.err.contains(QStringLiteral("taken"))) << r.err.toStdString();
    EXPECT_EQ(entries(path(QString())), before); // no staging folder left behind
    QFile f(target);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("a file"));

    // A folder in the way of a generated file, merging with --force.
    const QString out = path(QStringLiteral("merge"));
    QDir().mkpath(out + QStringLiteral("/api-deployment.yaml"));
    writeFile(QStringLiteral("merge/keep.txt"), "x");
    const CommandRun merge = runGenerate(
            {sample("three-tier-web"), QStringLiteral("-o"), out, QStringLiteral("--force")});
    EXPECT_EQ(merge.code, ExitFailure);
    EXPECT_FALSE(QFileInfo::exists(out + QStringLiteral("/REPORT.md")));
}

TEST_F(GenerateCommandTest, RunsOfAGraphFileAreFiledUnderItsLocalProject)
{
    const QString cache = path(QStringLiteral("cache.sqlite"));
    const QByteArray before = qgetenv("KUBEGRAM_DESKTOP_DB");
    qputenv("KUBEGRAM_DESKTOP_DB", cache.toLocal8Bit());
    const auto restore = qScopeGuard([&] { qputenv("KUBEGRAM_DESKTOP_DB", before); });
    for (const char *folder : {"out1", "out2"}) {
        const CommandRun r = runGenerate({sample("three-tier-web"), QStringLiteral("-o"),
                                          path(QString::fromLatin1(folder))});
        ASSERT_EQ(r.code, ExitSuccess) << r.err.toStdString();
    }
    auto db = store::Database::open(cache);
    ASSERT_TRUE(db.ok());
    const auto projects = store::ProjectRepository(**db).localProjects().value();
    ASSERT_EQ(projects.size(), 1); // the same file: one project
    EXPECT_EQ(projects.first().graphPath, QFileInfo(sample("three-tier-web")).absoluteFilePath());
    store::JobFilter filter;
    filter.projectId = projects.first().id;
    EXPECT_EQ(store::JobRepository(**db).count(filter).value(), 2);
}

// When the cache cannot take the run (here: its path is a folder), the run is kept beside it
// and recorded, with its files, project and report, the next time the cache opens.
TEST_F(GenerateCommandTest, ARunTheCacheCannotTakeIsQueuedAndRecordedLater)
{
    const QString cache = path(QStringLiteral("cache.sqlite"));
    QDir().mkpath(cache); // in the way: the cache cannot be opened
    const QByteArray before = qgetenv("KUBEGRAM_DESKTOP_DB");
    qputenv("KUBEGRAM_DESKTOP_DB", cache.toLocal8Bit());
    const auto restore = qScopeGuard([&] { qputenv("KUBEGRAM_DESKTOP_DB", before); });

    const QString out = path(QStringLiteral("out"));
    const CommandRun r = runGenerate({sample("three-tier-web"), QStringLiteral("-o"), out});
    ASSERT_EQ(r.code, ExitSuccess) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("will be recorded the next time")))
            << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("Job ")));
    const QStringList queued = QDir(store::PendingRuns::folderFor(cache)).entryList(QDir::Files);
    ASSERT_EQ(queued.size(), 1);

    QDir(cache).removeRecursively();
    store::Database::OpenReport report;
    auto db = store::Database::open(cache, &report);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ(report.recordedPendingRuns, 1);
    EXPECT_TRUE(report.notice().contains(QStringLiteral("now in the job list")));
    EXPECT_FALSE(QFileInfo::exists(store::PendingRuns::folderFor(cache)));
    const auto jobs = store::JobRepository(**db).list().value();
    ASSERT_EQ(jobs.size(), 1);
    EXPECT_EQ(jobs.first().status, store::JobStatus::Completed);
    EXPECT_EQ(jobs.first().exportedPath, QFileInfo(out).absoluteFilePath());
    EXPECT_GT(jobs.first().fileCount, 3);
    EXPECT_FALSE(store::JobRepository(**db).job(jobs.first().id)->report.items.isEmpty());
    const auto projects = store::ProjectRepository(**db).localProjects().value();
    ASSERT_EQ(projects.size(), 1);
    EXPECT_EQ(jobs.first().projectId, projects.first().id);
    const auto files = store::ArtifactRepository(**db).artifacts(jobs.first().id).value();
    EXPECT_EQ(files.size(), jobs.first().fileCount);

    // Opening again records nothing twice.
    store::Database::OpenReport again;
    db = store::Database::open(cache, &again);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(again.recordedPendingRuns, 0);
    EXPECT_EQ(store::JobRepository(**db).count().value(), 1);
}

TEST_F(GenerateCommandTest, PruneRemovesWhatTheGraphNoLongerGeneratesAndNothingElse)
{
    const QString out = path(QStringLiteral("repo"));
    // A graph with a worker, exported; then the worker is deleted from the graph.
    const QString graphFile = path(QStringLiteral("shop.kgraph"));
    ASSERT_TRUE(QFile::copy(sample("three-tier-web"), graphFile));
    ASSERT_EQ(runGenerate({graphFile, QStringLiteral("-o"), out}).code, ExitSuccess);
    writeFile(QStringLiteral("repo/.git/HEAD"), "ref: refs/heads/main\n");
    writeFile(QStringLiteral("repo/mine.yaml"), "kind: Mine\n");
    const QStringList firstFiles = test::filesUnder(out);

    auto graph = io::KGraphFormat::readFile(graphFile);
    ASSERT_TRUE(graph.ok());
    const QString removedName = graph->nodes.last().name;
    graph->nodes.removeLast();
    for (qsizetype i = graph->edges.size() - 1; i >= 0; --i) {
        if (!std::any_of(graph->nodes.cbegin(), graph->nodes.cend(),
                         [&](const Node &n) { return n.id == graph->edges[i].source; })
            || !std::any_of(graph->nodes.cbegin(), graph->nodes.cend(),
                            [&](const Node &n) { return n.id == graph->edges[i].target; }))
            graph->edges.removeAt(i);
    }
    ASSERT_TRUE(io::KGraphFormat::writeFile(*graph, graphFile).ok());

    const CommandRun r = runGenerate({graphFile, QStringLiteral("-o"), out,
                                      QStringLiteral("--prune"), QStringLiteral("--no-validate")});
    ASSERT_EQ(r.code, ExitSuccess) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("removed (no longer generated)")))
            << removedName.toStdString() << "\n"
            << r.out.toStdString();
    const QStringList now = test::filesUnder(out);
    EXPECT_LT(now.size(), firstFiles.size());
    EXPECT_TRUE(now.contains(QStringLiteral(".git/HEAD")));
    EXPECT_TRUE(now.contains(QStringLiteral("mine.yaml")));
    for (const QString &f : now)
        EXPECT_TRUE(firstFiles.contains(f)) << f.toStdString();

    EXPECT_EQ(runGenerate({graphFile, QStringLiteral("-o"), out, QStringLiteral("--prune"),
                           QStringLiteral("--force")})
                      .code,
              ExitUsage);
}
