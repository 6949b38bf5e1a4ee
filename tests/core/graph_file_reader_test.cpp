#include "io/GraphFileReader.h"

#include "io/JsonCanvasFormat.h"
#include "io/KGraphFormat.h"
#include "io/ServerGraphFormat.h"

#include "TestSupport.h"

using namespace kg;
using kg::test::makeNode;
using kg::test::s;

namespace {
GraphData sample()
{
    GraphData g;
    g.name = s("g");
    g.nodes = {makeNode(s("a"), s("DEPLOYMENT"), s("a"), {10, 20})};
    return g;
}
} // namespace

class GraphFileReaderTest : public test::TempDirTest
{};

TEST_F(GraphFileReaderTest, PicksTheReaderBySuffixAndContent)
{
    const QString kgraph = writeFile(s("a.kgraph"), io::KGraphFormat::write(sample()));
    const QString kgraphJson = writeFile(s("b.json"), io::KGraphFormat::write(sample()));
    const QString canvas = writeFile(s("c.canvas"), io::JsonCanvasFormat::write(sample()));
    const QString server = writeFile(s("d.json"), io::ServerGraphFormat::write(sample()));
    const QString body = writeFile(
            s("e.json"),
            R"({"graph":{"name":"g","nodes":[{"id":"a","name":"a","nodeType":"DEPLOYMENT"}]},"project":{}})");
    for (const QString &file : {kgraph, kgraphJson, canvas, server, body}) {
        auto g = io::readGraphFile(file);
        ASSERT_TRUE(g.ok()) << g.error().toString().toStdString();
        ASSERT_EQ(g->nodes.size(), 1) << file.toStdString();
        EXPECT_EQ(g->nodes[0].kind, s("DEPLOYMENT")) << file.toStdString();
    }
    EXPECT_EQ(io::detectGraphFileFormat(server, io::ServerGraphFormat::write(sample())),
              io::GraphFileFormat::ServerGraph);
    EXPECT_EQ(io::detectGraphFileFormat(kgraphJson, io::KGraphFormat::write(sample())),
              io::GraphFileFormat::KGraph);
}

TEST_F(GraphFileReaderTest, AnythingElseIsAClearError)
{
    auto yaml = io::readGraphFile(writeFile(s("m.yaml"), "kind: Deployment\n"));
    ASSERT_FALSE(yaml.ok());
    EXPECT_TRUE(yaml.error().message.contains(s("import")));
    auto other = io::readGraphFile(writeFile(s("x.json"), R"({"hello":1})"));
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.error().message.contains(s("not a graph")));
    auto broken = io::readGraphFile(writeFile(s("y.json"), "{\n  \"a\": ,}"));
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().location.line, 2);
    EXPECT_FALSE(io::readGraphFile(path(s("missing.kgraph"))).ok());
}
