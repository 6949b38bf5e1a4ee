#include "dialogs/ExportDialog.h"

#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace kg;
using kg::test::filesUnder;

namespace {

Artifact file(const QString &path, const QByteArray &content = "kind: ConfigMap\n")
{
    Artifact a;
    a.path = path;
    a.language = QStringLiteral("yaml");
    a.content = content;
    return a;
}

ArtifactList job()
{
    return {file(QStringLiteral("a.yaml"), "kind: A\n"),
            file(QStringLiteral("b.yaml"), "kind: B\n"), file(QStringLiteral("../escape.yaml"))};
}

} // namespace

class ExportDialogTest : public test::TempDirTest
{};

TEST_F(ExportDialogTest, PreviewThenExportWithTheArtifactsOwnPaths)
{
    ExportDialog dialog(job());
    dialog.setTargetPath(path(QStringLiteral("out")));
    EXPECT_EQ(dialog.previewTree()->topLevelItemCount(), 3);
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("2 to write")));
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("1 rejected")));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("out"))));
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    ASSERT_TRUE(dialog.exportNow()) << dialog.statusText().toStdString();
    EXPECT_EQ(exported.size(), 1);
    EXPECT_EQ(filesUnder(m_dir.path()),
              (QStringList{QStringLiteral("out/a.yaml"), QStringLiteral("out/b.yaml")}));
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("openFolderButton"))
                        ->isVisibleTo(&dialog));
}

TEST_F(ExportDialogTest, MultiDocumentLayoutAndZipTarget)
{
    ExportDialog dialog(job());
    dialog.setLayoutId(QStringLiteral("multi"));
    dialog.setTarget(ExportDialog::Target::Archive);
    dialog.setTargetPath(path(QStringLiteral("job")));
    EXPECT_EQ(dialog.targetPath(), QDir::cleanPath(path(QStringLiteral("job.zip"))));
    auto artifacts = dialog.artifactsToExport();
    ASSERT_TRUE(artifacts.ok());
    EXPECT_EQ(artifacts->first().path, QStringLiteral("manifests.yaml"));
    EXPECT_TRUE(artifacts->first().content.contains("kind: A\n---\n# Source: b.yaml\nkind: B"));
    ASSERT_TRUE(dialog.exportNow()) << dialog.statusText().toStdString();
    EXPECT_EQ(filesUnder(m_dir.path()), QStringList{QStringLiteral("job.zip")});
    EXPECT_EQ(dialog.exportedPath(), dialog.targetPath());
}

TEST_F(ExportDialogTest, AskPolicyOnANonEmptyFolder)
{
    writeFile(QStringLiteral("out/a.yaml"), "mine");
    ExportDialog dialog(job());
    dialog.setTargetPath(path(QStringLiteral("out")));
    int asked = 0;
    dialog.setPolicyPrompt([&](const ExportPlan &plan) -> std::optional<ExportDialog::Policy> {
        ++asked;
        EXPECT_EQ(plan.existingEntries, 1);
        return std::nullopt; // the user cancels
    });
    EXPECT_FALSE(dialog.exportNow());
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(filesUnder(path(QStringLiteral("out"))), QStringList{QStringLiteral("a.yaml")});

    dialog.setPolicyPrompt(
            [](const ExportPlan &) { return std::optional(ExportDialog::Policy::KeepBoth); });
    ASSERT_TRUE(dialog.exportNow()) << dialog.statusText().toStdString();
    EXPECT_EQ(filesUnder(path(QStringLiteral("out"))),
              (QStringList{QStringLiteral("a-2.yaml"), QStringLiteral("a.yaml"),
                           QStringLiteral("b.yaml")}));
}

TEST_F(ExportDialogTest, EngineLayoutsComeFromTheRenderer)
{
    ExportDialog dialog(job());
    QStringList asked;
    dialog.setLayoutRenderer({QStringLiteral("files"), QStringLiteral("helm")},
                             [&](const QString &layout) -> Result<ArtifactList> {
                                 asked << layout;
                                 if (layout == QLatin1String("helm"))
                                     return Error(QStringLiteral("chart rendering failed"));
                                 return ArtifactList{file(QStringLiteral("rendered.yaml"))};
                             });
    dialog.setTargetPath(path(QStringLiteral("out")));
    EXPECT_EQ(dialog.layoutId(), QStringLiteral("files"));
    ASSERT_TRUE(dialog.artifactsToExport().ok());
    EXPECT_EQ(dialog.artifactsToExport()->first().path, QStringLiteral("rendered.yaml"));
    dialog.setLayoutId(QStringLiteral("helm"));
    EXPECT_FALSE(dialog.plan().canExport());
    EXPECT_FALSE(dialog.exportNow());
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("chart rendering failed")));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("out"))));
    EXPECT_TRUE(asked.contains(QStringLiteral("helm")));
}
