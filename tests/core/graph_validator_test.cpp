#include "validate/GraphValidator.h"

#include "commands/AddRemoveElements.h"
#include "commands/ChangeNodes.h"
#include "io/GraphFileReader.h"
#include "model/GraphDocument.h"
#include "validate/DocumentIssues.h"

#include "TestSupport.h"

#include <QDir>
#include <QUndoStack>

using namespace kg;
using kg::test::makeEdge;
using kg::test::makeNode;
using kg::test::s;

namespace {

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

// --- DocumentIssues: the validator's findings of an open document, kept current by node ------

namespace {

/// "nodeId|severity|message" for every finding, sorted: what is compared between the two.
std::vector<std::string> keyed(const QList<ValidationIssue> &issues)
{
    QStringList out;
    for (const ValidationIssue &i : issues)
        out << QStringLiteral("%1|%2|%3")
                        .arg(i.location.nodeId)
                        .arg(i.severity == Severity::Error ? u'E' : u'W')
                        .arg(i.message);
    out.sort();
    std::vector<std::string> strings;
    for (const QString &line : out)
        strings.push_back(line.toStdString());
    return strings;
}

std::vector<std::string> keyed(const GraphDocument &doc, const DocumentIssues &issues)
{
    QList<ValidationIssue> all;
    for (const QString &id : doc.nodeIds())
        all << issues.issuesOf(id);
    return keyed(all);
}

} // namespace

// Every sample graph (odd names, unknown kinds, dangling edges, imported objects…): the
// per-node findings the canvas shows are exactly what Generate's validation says.
TEST(DocumentIssuesTest, SaysWhatTheValidatorSaysForEverySampleGraph)
{
    const QStringList files = QDir(test::sourcePath(s("tests/data/graphs")))
                                      .entryList({s("*.kgraph")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 10);
    int compared = 0;
    for (const QString &file : files) {
        const auto graph = io::readGraphFile(test::sourcePath(s("tests/data/graphs/") + file));
        ASSERT_TRUE(graph.ok()) << file.toStdString();
        GraphDocument doc;
        doc.reset(*graph);
        const DocumentIssues issues(&doc);
        // A finding about no node (an edge from a node that does not exist) has no badge to
        // go on; every other one must agree.
        QList<ValidationIssue> expected;
        for (const ValidationIssue &i : GraphValidator::validate(doc.snapshot())) {
            if (!i.location.nodeId.isEmpty())
                expected << i;
        }
        EXPECT_EQ(keyed(doc, issues), keyed(expected)) << file.toStdString();
        compared += int(expected.size());
    }
    EXPECT_GT(compared, 10); // the samples do have findings
}

// The example from the review: a node named "---" is refused by Generate, so its badge says so.
TEST(DocumentIssuesTest, FollowsEditsNodeByNode)
{
    GraphDocument doc;
    GraphData g;
    g.nodes = {makeNode(s("a"), s("DEPLOYMENT"), s("---")),
               makeNode(s("b"), s("CONFIGMAP"), s("b"), {300, 0})};
    doc.reset(g);
    DocumentIssues issues(&doc);
    ASSERT_TRUE(hasErrors(issues.issuesOf(s("a"))));
    EXPECT_TRUE(issues.issuesOf(s("a")).constFirst().message.contains(s("no letters or digits")));
    EXPECT_TRUE(issues.issuesOf(s("b")).isEmpty());
    EXPECT_EQ(issues.errorCount(), 1);

    QStringList changed;
    QObject::connect(&issues, &DocumentIssues::nodeIssuesChanged,
                     [&](const QString &id) { changed << id; });
    doc.undoStack()->push(new RenameNodeCommand(&doc, s("a"), s("web")));
    EXPECT_TRUE(issues.issuesOf(s("a")).isEmpty());
    EXPECT_EQ(changed, QStringList{s("a")});

    // ConfigMap → Deployment has no meaning: a warning on the source, gone with the edge.
    GraphFragment connection;
    connection.edges = {makeEdge(s("e"), s("b"), s("a"), s("CUSTOM"))};
    doc.undoStack()->push(new AddElementsCommand(&doc, connection));
    ASSERT_EQ(issues.issuesOf(s("b")).size(), 1);
    EXPECT_EQ(issues.issuesOf(s("b")).constFirst().severity, Severity::Warning);
    doc.undoStack()->undo();
    EXPECT_TRUE(issues.issuesOf(s("b")).isEmpty());
    doc.undoStack()->redo();
    EXPECT_EQ(issues.warningCount(), 1);

    // Moving a node says nothing about validity.
    changed.clear();
    doc.undoStack()->push(
            new MoveNodesCommand(&doc, {{s("a"), QPointF(0, 0)}}, {{s("a"), QPointF(40, 40)}}));
    EXPECT_TRUE(changed.isEmpty());
}
