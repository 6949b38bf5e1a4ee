#include "dialogs/ExportDialog.h"

#include "TestSupport.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>

using namespace kg;
using kg::test::filesUnder;

namespace {

ArtifactList job()
{
    return {test::yamlArtifact(QStringLiteral("a.yaml"), "kind: A\n"),
            test::yamlArtifact(QStringLiteral("b.yaml"), "kind: B\n"),
            test::yamlArtifact(QStringLiteral("../escape.yaml"))};
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
                                 return ArtifactList{
                                         test::yamlArtifact(QStringLiteral("rendered.yaml"))};
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

TEST_F(ExportDialogTest, UpdatingAnExportNamesAndCountsWhatItRemoves)
{
    const QString out = path(QStringLiteral("repo"));
    {
        ExportDialog first(job());
        first.setSource(QStringLiteral("shop"));
        first.setTargetPath(out);
        ASSERT_TRUE(first.exportNow()) << first.statusText().toStdString();
    }
    writeFile(QStringLiteral("repo/.git/config"), "[core]\n");
    writeFile(QStringLiteral("repo/notes.md"), "mine");

    // b.yaml is no longer generated.
    ExportDialog dialog(ArtifactList{test::yamlArtifact(QStringLiteral("a.yaml"), "kind: A2\n")});
    dialog.setSource(QStringLiteral("shop"));
    dialog.setTargetPath(out);
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->text().contains(QStringLiteral("Remove")));

    // "Ask" (the default): the real question box offers the update, with the count on the
    // button and the file named in the details; Keep Both stays the default button.
    QString buttonText, details, defaultText;
    QTimer::singleShot(0, &dialog, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        details = box->detailedText();
        defaultText = box->defaultButton() ? box->defaultButton()->text() : QString();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().contains(QStringLiteral("Stale"))) {
                buttonText = b->text();
                b->click();
            }
        }
    });
    ASSERT_TRUE(dialog.exportNow()) << dialog.statusText().toStdString();
    EXPECT_EQ(buttonText, QStringLiteral("&Remove 1 Stale File(s)"));
    EXPECT_TRUE(details.contains(QStringLiteral("b.yaml"))) << details.toStdString();
    EXPECT_EQ(defaultText, QStringLiteral("&Keep Both"));
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("1 stale file(s) removed")))
            << dialog.statusText().toStdString();
    EXPECT_EQ(filesUnder(out), (QStringList{QStringLiteral(".git/config"), QStringLiteral("a.yaml"),
                                            QStringLiteral("notes.md")}));
}

TEST_F(ExportDialogTest, TheUpdatePolicyPutsTheRemovalCountOnTheExportButton)
{
    const QString out = path(QStringLiteral("out"));
    {
        ExportDialog first(job());
        first.setSource(QStringLiteral("shop"));
        first.setTargetPath(out);
        ASSERT_TRUE(first.exportNow());
    }
    ExportDialog dialog(ArtifactList{test::yamlArtifact(QStringLiteral("c.yaml"))});
    dialog.setSource(QStringLiteral("shop"));
    dialog.setPolicy(ExportDialog::Policy::ReplacePrevious);
    dialog.setTargetPath(out);
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
    EXPECT_EQ(button->text(), QStringLiteral("Export and &Remove 2 Stale File(s)"));
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("2 stale file(s) to remove")));
    // Another graph's export in the same folder is not this one's to prune.
    dialog.setSource(QStringLiteral("billing"));
    EXPECT_EQ(button->text(), QStringLiteral("&Export"));
}
