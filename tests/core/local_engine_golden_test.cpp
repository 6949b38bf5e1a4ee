// Golden files: every graph in tests/data/graphs, generated in every layout, must match
// tests/data/expected/<case>/<layout>/ byte for byte (no missing, extra or changed file).
// Re-bless after an intended change with scripts/rebless-golden.sh (KG_REBLESS=1).
#include "codegen/LocalEngine.h"
#include "io/KGraphFormat.h"

#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <thread>

using namespace kg;
using kg::test::filesUnder;

namespace {

struct GoldenCase
{
    QString name;
    QString layout;
};

QStringList caseNames()
{
    const QDir dir(test::sourcePath(QStringLiteral("tests/data/graphs")));
    QStringList names;
    const QStringList files = dir.entryList({QStringLiteral("*.kgraph")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        names << QFileInfo(f).completeBaseName();
    return names;
}

std::vector<GoldenCase> allCases()
{
    std::vector<GoldenCase> out;
    for (const QString &name : caseNames()) {
        for (const QString &layout : LocalEngine::layouts())
            out.push_back({name, layout});
    }
    return out;
}

GenerationOptions optionsFor(const GoldenCase &c)
{
    GenerationOptions o;
    o.layout = c.layout;
    o.networkPolicies = c.name.contains(QLatin1String("network-policies"));
    return o;
}

Result<GenerationResult> generateCase(const GoldenCase &c)
{
    const auto graph = io::KGraphFormat::readFile(
            test::sourcePath(QStringLiteral("tests/data/graphs/%1.kgraph").arg(c.name)));
    if (!graph.ok())
        return graph.error();
    return LocalEngine::generate(*graph, optionsFor(c));
}

QString expectedDir(const GoldenCase &c)
{
    return test::sourcePath(QStringLiteral("tests/data/expected/%1/%2").arg(c.name, c.layout));
}

bool reblessing()
{
    return qEnvironmentVariableIntValue("KG_REBLESS") == 1;
}

class LocalEngineGolden : public ::testing::TestWithParam<GoldenCase>
{};

} // namespace

TEST(LocalEngineGoldenCases, EveryCaseIsPresent)
{
    const QStringList names = caseNames();
    // Every sample is a golden case too.
    const QStringList samples = QDir(test::sourcePath(QStringLiteral("resources/samples")))
                                        .entryList({QStringLiteral("*.kgraph")}, QDir::Files);
    ASSERT_GE(samples.size(), 5);
    for (const QString &s : samples)
        EXPECT_TRUE(names.contains(QFileInfo(s).completeBaseName())) << s.toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("every-kind")));
    EXPECT_TRUE(names.contains(QStringLiteral("odd-names")));
}

TEST_P(LocalEngineGolden, MatchesExpectedFiles)
{
    const GoldenCase c = GetParam();
    const auto result = generateCase(c);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    const QString dir = expectedDir(c);

    if (reblessing()) {
        QDir(dir).removeRecursively();
        for (const Artifact &a : result->artifacts) {
            const QString path = QDir(dir).filePath(a.path);
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
            f.write(a.content);
        }
        GTEST_SKIP() << "re-blessed " << dir.toStdString();
    }

    QStringList produced;
    for (const Artifact &a : result->artifacts) {
        produced << a.path;
        QFile f(QDir(dir).filePath(a.path));
        if (!f.open(QIODevice::ReadOnly)) {
            ADD_FAILURE() << "unexpected file " << a.path.toStdString() << " (re-bless?)";
            continue;
        }
        const QByteArray expected = f.readAll();
        EXPECT_EQ(QString::fromUtf8(a.content).toStdString(),
                  QString::fromUtf8(expected).toStdString())
                << "in " << c.name.toStdString() << "/" << c.layout.toStdString() << "/"
                << a.path.toStdString();
    }
    produced.sort();
    EXPECT_EQ(produced, filesUnder(dir)) << "missing or extra files in " << dir.toStdString();
}

INSTANTIATE_TEST_SUITE_P(AllCases, LocalEngineGolden, ::testing::ValuesIn(allCases()),
                         [](const ::testing::TestParamInfo<GoldenCase> &param) {
                             QString n = param.param.name + QLatin1Char('_') + param.param.layout;
                             n.replace(QLatin1Char('-'), QLatin1Char('_'));
                             return n.toStdString();
                         });

TEST(LocalEngineDeterminism, SameInputGivesIdenticalBytesAcrossRunsAndThreads)
{
    for (const QString &layout : LocalEngine::layouts()) {
        const GoldenCase c{QStringLiteral("every-kind"), layout};
        const auto first = generateCase(c);
        ASSERT_TRUE(first.ok());
        ASSERT_GE(first->artifacts.size(), 3);
        // Concurrent runs: generate() shares no mutable state.
        std::vector<Result<GenerationResult>> others(4, Error(QStringLiteral("not run")));
        std::vector<std::thread> threads;
        for (size_t i = 0; i < others.size(); ++i)
            threads.emplace_back([&, i] { others[i] = generateCase(c); });
        for (std::thread &t : threads)
            t.join();
        for (const auto &other : others) {
            ASSERT_TRUE(other.ok());
            ASSERT_EQ(other->artifacts.size(), first->artifacts.size());
            for (qsizetype i = 0; i < first->artifacts.size(); ++i) {
                EXPECT_EQ(other->artifacts.at(i).path, first->artifacts.at(i).path);
                EXPECT_EQ(other->artifacts.at(i).content, first->artifacts.at(i).content)
                        << first->artifacts.at(i).path.toStdString();
            }
        }
    }
}

TEST(LocalEngineDeterminism, NodeOrderInTheDocumentDoesNotChangeTheManifests)
{
    auto graph = io::KGraphFormat::readFile(
            test::sourcePath(QStringLiteral("tests/data/graphs/microservice-shop.kgraph")));
    ASSERT_TRUE(graph.ok());
    GraphData reversed = *graph;
    std::reverse(reversed.nodes.begin(), reversed.nodes.end());
    const auto a = LocalEngine::generate(*graph, {});
    const auto b = LocalEngine::generate(reversed, {});
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_EQ(a->artifacts.size(), b->artifacts.size());
    for (qsizetype i = 0; i < a->artifacts.size(); ++i) {
        if (a->artifacts.at(i).language != QLatin1String("yaml"))
            continue; // the report lists items in document order
        EXPECT_EQ(a->artifacts.at(i).content, b->artifacts.at(i).content)
                << a->artifacts.at(i).path.toStdString();
    }
}
