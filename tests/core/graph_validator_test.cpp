#include "validate/GraphValidator.h"

#include "TestSupport.h"

using namespace kg;
using kg::test::makeEdge;
using kg::test::makeNode;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Findings whose message contains @p needle, for node @p nodeId.
QList<ValidationIssue> findings(const GraphData &g, const char *needle, Severity severity)
{
    QList<ValidationIssue> out;
    const QList<ValidationIssue> all = GraphValidator::validate(g, s("g.kgraph"));
    for (const ValidationIssue &i : all) {
        if (i.message.contains(s(needle)) && i.severity == severity)
            out << i;
    }
    return out;
}

GraphData clean()
{
    GraphData g;
    g.nodes = {makeNode(s("svc"), s("SERVICE"), s("web")),
               makeNode(s("web"), s("DEPLOYMENT"), s("web"), {},
                        {{s("image"), s("nginx:1.27")}, {s("replicas"), qint64(2)}})};
    g.edges = {makeEdge(s("e"), s("svc"), s("web"), s("SERVICE_EXPOSES_POD"))};
    return g;
}

} // namespace

TEST(GraphValidatorTest, ACleanGraphHasNoFindings)
{
    const QList<ValidationIssue> all = GraphValidator::validate(clean());
    EXPECT_TRUE(all.isEmpty()) << all.value(0).toString().toStdString();
}

TEST(GraphValidatorTest, DuplicateIdsAreErrors)
{
    GraphData g = clean();
    g.nodes << makeNode(s("web"), s("POD"), s("other"));
    const auto f = findings(g, "duplicate node id", Severity::Error);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].location.pointer, s("/nodes/2/id"));
    EXPECT_EQ(f[0].location.nodeId, s("web"));
    EXPECT_TRUE(hasErrors(GraphValidator::validate(g)));
}

TEST(GraphValidatorTest, WrongTypesAndRangesAreErrors)
{
    GraphData g = clean();
    g.nodes[1].properties.insert(s("replicas"), s("three"));
    g.nodes[1].properties.insert(s("ports"), QVariantList{qint64(8080), qint64(70000)});
    g.nodes[0].properties.insert(s("port"), qint64(0));
    EXPECT_EQ(findings(g, "replicas", Severity::Error).size(), 1);
    EXPECT_EQ(findings(g, "replicas", Severity::Error)[0].location.pointer,
              s("/nodes/1/properties/replicas"));
    EXPECT_EQ(findings(g, "ports", Severity::Error).size(), 1);
    EXPECT_EQ(findings(g, "port must be between", Severity::Error).size(), 1);
}

TEST(GraphValidatorTest, EmptyNamesAreErrors)
{
    GraphData g = clean();
    g.nodes[1].name = s("  ");
    EXPECT_EQ(findings(g, "empty name", Severity::Error).size(), 1);
    g.nodes[1].name = s("!!!");
    EXPECT_EQ(findings(g, "no letters", Severity::Error).size(), 1);
}

TEST(GraphValidatorTest, WarningsDoNotStopTheRun)
{
    GraphData g = clean();
    g.nodes[1].name = s("Web Frontend");
    g.nodes[1].properties.insert(s("image"), s("nginx"));
    g.nodes << makeNode(s("q"), s("QUANTUM"))
            << makeNode(s("vpa"), s("VERTICALPODAUTOSCALER"), s("v"))
            << makeNode(s("cm"), s("CONFIGMAP"), s("cm"));
    g.edges << makeEdge(s("d"), s("web"), s("ghost")) << makeEdge(s("n"), s("cm"), s("svc"));
    EXPECT_FALSE(hasErrors(GraphValidator::validate(g)));
    EXPECT_EQ(findings(g, "web-frontend", Severity::Warning).size(), 1);
    EXPECT_EQ(findings(g, "no tag", Severity::Warning).size(), 1);
    EXPECT_EQ(findings(g, "unknown kind", Severity::Warning).size(), 1);
    EXPECT_EQ(findings(g, "not generated", Severity::Warning).size(), 1);
    EXPECT_EQ(findings(g, "does not exist", Severity::Warning).size(), 1);
    EXPECT_EQ(findings(g, "no meaning", Severity::Warning).size(), 1);
    g.nodes[1].properties.insert(s("image"), s("registry:5000/team/nginx:latest"));
    EXPECT_EQ(findings(g, "latest", Severity::Warning).size(), 1);
    g.nodes[1].properties.insert(s("image"), s("registry:5000/team/nginx"));
    EXPECT_EQ(findings(g, "no tag", Severity::Warning).size(), 1);
    g.nodes[1].properties.insert(s("image"), s("nginx@sha256:abc"));
    EXPECT_TRUE(findings(g, "tag", Severity::Warning).isEmpty());
}

TEST(GraphValidatorTest, SanitisedNamesAreDns1123Labels)
{
    EXPECT_EQ(GraphValidator::sanitizedName(s("Web Frontend")), s("web-frontend"));
    EXPECT_EQ(GraphValidator::sanitizedName(s("--A__b--")), s("a-b"));
    EXPECT_EQ(GraphValidator::sanitizedName(QString(100, QLatin1Char('x'))).size(), 63);
    EXPECT_EQ(GraphValidator::sanitizedName(s("Ünïcode")), s("n-code"));
}

TEST(GraphValidatorTest, LinesLookLikeCompilerOutput)
{
    GraphData g = clean();
    g.nodes[1].properties.insert(s("replicas"), s("three"));
    const auto f = findings(g, "replicas", Severity::Error);
    ASSERT_EQ(f.size(), 1);
    EXPECT_TRUE(f[0].toString().startsWith(s("g.kgraph: error: replicas")))
            << f[0].toString().toStdString();
    EXPECT_TRUE(f[0].toString().endsWith(s("[web]")));
}
