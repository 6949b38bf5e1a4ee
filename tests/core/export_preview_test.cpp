#include "export/ExportPreview.h"
#include "export/MultiDocument.h"

#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace kg;
using kg::test::filesUnder;

namespace {

QStringList targets(const ExportPlan &plan)
{
    QStringList out;
    for (const ExportPlanEntry &e : plan.entries) {
        if (!e.targetPath.isEmpty())
            out << e.targetPath;
    }
    out.sort();
    return out;
}

} // namespace

class ExportPreviewTest : public test::TempDirTest
{};

TEST_F(ExportPreviewTest, PreviewOfANewFolderWritesNothing)
{
    Artifact meta = test::yamlArtifact(QStringLiteral("result.json"), "{}");
    meta.type = Artifact::Type::Metadata;
    const ArtifactList list{test::yamlArtifact(QStringLiteral("a.yaml")),
                            test::yamlArtifact(QStringLiteral("A.yaml")),
                            test::yamlArtifact(QStringLiteral("../x.yaml")), meta};
    const QString root = path(QStringLiteral("out"));
    const ExportPlan plan = ExportPreview::forFolder(list, root, {});
    EXPECT_TRUE(plan.canExport());
    EXPECT_FALSE(plan.targetExists);
    ASSERT_EQ(plan.entries.size(), 4);
    EXPECT_EQ(plan.entries[0].action, ExportPlanEntry::Action::Create);
    EXPECT_EQ(plan.entries[1].action, ExportPlanEntry::Action::Rename);
    EXPECT_EQ(plan.entries[1].targetPath, QStringLiteral("A-2.yaml"));
    EXPECT_EQ(plan.entries[2].action, ExportPlanEntry::Action::Reject);
    EXPECT_TRUE(plan.entries[2].targetPath.isEmpty());
    EXPECT_FALSE(plan.entries[2].reason.isEmpty());
    EXPECT_EQ(plan.entries[3].action, ExportPlanEntry::Action::Skip);
    EXPECT_FALSE(QFileInfo::exists(root));

    // The preview predicts exactly what the export writes.
    auto written = ArtifactExporter::write(list, root, {});
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(filesUnder(root), targets(plan));
}

TEST_F(ExportPreviewTest, PoliciesOnANonEmptyFolder)
{
    const QString root = path(QStringLiteral("out"));
    writeFile(QStringLiteral("out/a.yaml"), "old");
    writeFile(QStringLiteral("out/a-2.yaml"), "old too");
    const ArtifactList list{test::yamlArtifact(QStringLiteral("a.yaml")),
                            test::yamlArtifact(QStringLiteral("b.yaml"))};

    const ExportPlan refused = ExportPreview::forFolder(list, root, {});
    EXPECT_FALSE(refused.canExport());
    EXPECT_EQ(refused.existingEntries, 2);

    ArtifactExporter::Options options;
    options.policy = ArtifactExporter::OverwritePolicy::Overwrite;
    const ExportPlan overwrite = ExportPreview::forFolder(list, root, options);
    EXPECT_TRUE(overwrite.canExport());
    EXPECT_EQ(overwrite.entries[0].action, ExportPlanEntry::Action::Overwrite);
    EXPECT_EQ(overwrite.entries[1].action, ExportPlanEntry::Action::Create);

    options.policy = ArtifactExporter::OverwritePolicy::KeepBoth;
    const ExportPlan keep = ExportPreview::forFolder(list, root, options);
    EXPECT_EQ(keep.entries[0].action, ExportPlanEntry::Action::Rename);
    EXPECT_EQ(keep.entries[0].targetPath, QStringLiteral("a-3.yaml"));
    auto written = ArtifactExporter::write(list, root, options);
    ASSERT_TRUE(written.ok());
    EXPECT_TRUE(QFileInfo::exists(root + QStringLiteral("/a-3.yaml")));

    // Updating refuses: a.yaml and a-2.yaml were there before any export of this graph.
    options.policy = ArtifactExporter::OverwritePolicy::ReplacePrevious;
    const ExportPlan replace = ExportPreview::forFolder(list, root, options);
    EXPECT_FALSE(replace.canExport());
    EXPECT_TRUE(replace.foreignFiles.contains(QStringLiteral("a.yaml")));
    EXPECT_EQ(replace.existingEntries, 5); // with the record the keep-both export left
}

TEST_F(ExportPreviewTest, SymlinkAndFileInTheWayBlockTheExport)
{
    const QString root = path(QStringLiteral("out"));
    writeFile(QStringLiteral("out/existing.txt"), "x");
    QDir().mkpath(path(QStringLiteral("outside")));
    ASSERT_TRUE(QFile::link(path(QStringLiteral("outside")), root + QStringLiteral("/manifests")));
    ArtifactExporter::Options options;
    options.policy = ArtifactExporter::OverwritePolicy::Overwrite;
    const ExportPlan plan = ExportPreview::forFolder({test::yamlArtifact(
                                                             QStringLiteral("manifests/x.yaml"))},
                                                     root, options);
    EXPECT_FALSE(plan.canExport());
    EXPECT_TRUE(plan.blockingProblem.contains(QStringLiteral("symbolic link")));

    const QString notAFolder = writeFile(QStringLiteral("file"), "x");
    EXPECT_FALSE(
            ExportPreview::forFolder({test::yamlArtifact(QStringLiteral("a.yaml"))}, notAFolder, {})
                    .canExport());
}

TEST_F(ExportPreviewTest, ArchivePreview)
{
    const QString zip = path(QStringLiteral("job.zip"));
    EXPECT_TRUE(ExportPreview::forArchive({test::yamlArtifact(QStringLiteral("a.yaml"))}, zip, {})
                        .canExport());
    writeFile(QStringLiteral("job.zip"), "x");
    EXPECT_FALSE(ExportPreview::forArchive({test::yamlArtifact(QStringLiteral("a.yaml"))}, zip, {})
                         .canExport());
    ArtifactExporter::Options options;
    options.policy = ArtifactExporter::OverwritePolicy::Overwrite;
    EXPECT_TRUE(
            ExportPreview::forArchive({test::yamlArtifact(QStringLiteral("a.yaml"))}, zip, options)
                    .canExport());
}

TEST(MultiDocument, CombinesYamlDocumentsAndSkipsTheRest)
{
    Artifact json = test::yamlArtifact(QStringLiteral("values.json"), "{}");
    json.language = QStringLiteral("json");
    Artifact unsafe = test::yamlArtifact(QStringLiteral("../evil.yaml"), "kind: Evil\n");
    const MultiDocumentBundle bundle = combineYamlDocuments(
            {test::yamlArtifact(QStringLiteral("a.yaml"), "---\nkind: A\n"), json,
             test::yamlArtifact(QStringLiteral("b.yaml"), "kind: B\n---\nkind: C\n\n\n"), unsafe});
    EXPECT_EQ(bundle.artifact.path, QStringLiteral("manifests.yaml"));
    EXPECT_EQ(bundle.artifact.content,
              QByteArray("---\n# Source: a.yaml\nkind: A\n---\n# Source: b.yaml\nkind: B\n---\n"
                         "kind: C\n"));
    ASSERT_EQ(bundle.skipped.size(), 2);
    EXPECT_TRUE(bundle.skipped[0].startsWith(QStringLiteral("values.json")));
    EXPECT_TRUE(bundle.skipped[1].startsWith(QStringLiteral("../evil.yaml")));
    EXPECT_FALSE(bundle.artifact.content.contains("Evil"));
}
