#include "codegen/ArtifactProblem.h"
#include "codegen/GenerationBackend.h"

#include <gtest/gtest.h>

using namespace kg;

TEST(ArtifactProblem, ReportWarningsAttachToTheArtifactOfTheirNode)
{
    Artifact web;
    web.path = QStringLiteral("web.yaml");
    web.sourceNodeId = QStringLiteral("web");
    web.content = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n";
    Artifact db;
    db.path = QStringLiteral("db.yaml");
    db.sourceNodeId = QStringLiteral("db");
    db.content = "kind: StatefulSet\n";

    GenerationReport report;
    report.items << ReportItem{ReportItem::Severity::Info, QStringLiteral("generated"),
                               QStringLiteral("web"), QStringLiteral("made a Service")}
                 << ReportItem{ReportItem::Severity::Warning, QStringLiteral("assumption"),
                               QStringLiteral("web"), QStringLiteral("port 80 assumed")}
                 << ReportItem{ReportItem::Severity::Error, QStringLiteral("unmapped"),
                               QStringLiteral("queue"), QStringLiteral("no mapping")}
                 << ReportItem{ReportItem::Severity::Warning, QStringLiteral("warning"),
                               QStringLiteral("db"), QStringLiteral("no storage class")};
    const ArtifactProblemList problems = problemsFromReport(report, {db, web});
    ASSERT_EQ(problems.size(), 3);
    EXPECT_EQ(problems[0].path, QStringLiteral("web.yaml"));
    EXPECT_EQ(problems[0].line, 4); // "  name: web"
    EXPECT_EQ(problems[0].severity, ArtifactProblem::Severity::Warning);
    EXPECT_EQ(problems[0].nodeId, QStringLiteral("web"));
    EXPECT_EQ(problems[1].path, QString());
    EXPECT_EQ(problems[1].severity, ArtifactProblem::Severity::Error);
    EXPECT_EQ(problems[2].path, QStringLiteral("db.yaml"));
    EXPECT_EQ(problems[2].line, 0); // the node id does not appear in the file
}
