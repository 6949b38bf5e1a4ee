#include "diff/JobDiff.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>

using namespace kg;

class JobDiffTest : public test::TempDirTest
{};

TEST(JobDiff, ClassifiesAddedRemovedChangedAndUnchanged)
{
    const ArtifactList older{test::yamlArtifact(QStringLiteral("a.yaml"), "a\n"),
                             test::yamlArtifact(QStringLiteral("b.yaml"), "b\nb2\n"),
                             test::yamlArtifact(QStringLiteral("gone.yaml"), "x\ny\nz\n")};
    const ArtifactList newer{test::yamlArtifact(QStringLiteral("new.yaml"), "n\n"),
                             test::yamlArtifact(QStringLiteral("b.yaml"), "b\nB2\nb3\n"),
                             test::yamlArtifact(QStringLiteral("a.yaml"), "a\n")};
    const JobDiff diff = JobDiff::compare(older, newer);
    EXPECT_FALSE(diff.isIdentical());
    EXPECT_EQ(diff.count(FileChange::Kind::Added), 1);
    EXPECT_EQ(diff.count(FileChange::Kind::Removed), 1);
    EXPECT_EQ(diff.count(FileChange::Kind::Changed), 1);
    EXPECT_EQ(diff.count(FileChange::Kind::Unchanged), 1);
    ASSERT_EQ(diff.files().size(), 4);
    // Differences first (path order), unchanged last.
    EXPECT_EQ(diff.files()[0].path, QStringLiteral("b.yaml"));
    EXPECT_EQ(diff.files()[0].kind, FileChange::Kind::Changed);
    EXPECT_EQ(diff.files()[0].addedLines, 2);
    EXPECT_EQ(diff.files()[0].removedLines, 1);
    EXPECT_EQ(diff.files()[0].oldIndex, 1);
    EXPECT_EQ(diff.files()[0].newIndex, 1);
    EXPECT_EQ(diff.files()[1].path, QStringLiteral("gone.yaml"));
    EXPECT_EQ(diff.files()[1].removedLines, 3);
    EXPECT_EQ(diff.files()[1].newIndex, -1);
    EXPECT_EQ(diff.files()[2].path, QStringLiteral("new.yaml"));
    EXPECT_EQ(diff.files()[2].oldIndex, -1);
    EXPECT_EQ(diff.files()[3].path, QStringLiteral("a.yaml"));
    EXPECT_EQ(diff.files()[3].kind, FileChange::Kind::Unchanged);
}

TEST(JobDiff, SameJobIsIdenticalAndEmptyListsToo)
{
    const ArtifactList list{test::yamlArtifact(QStringLiteral("a.yaml"), "a\n")};
    EXPECT_TRUE(JobDiff::compare(list, list).isIdentical());
    EXPECT_TRUE(JobDiff::compare({}, {}).isIdentical());
    EXPECT_EQ(JobDiff::compare({}, list).count(FileChange::Kind::Added), 1);
}

TEST_F(JobDiffTest, ReadsAnExportFolderWithoutFollowingSymlinks)
{
    writeFile(QStringLiteral("out/a.yaml"), "a\n");
    writeFile(QStringLiteral("out/ns/b.json"), "{}");
    writeFile(QStringLiteral("secret/passwd"), "root");
    ASSERT_TRUE(QFile::link(path(QStringLiteral("secret")), path(QStringLiteral("out/link"))));
    ASSERT_TRUE(QFile::link(path(QStringLiteral("secret/passwd")),
                            path(QStringLiteral("out/file-link"))));
    auto r = JobDiff::readFolder(path(QStringLiteral("out")));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    ASSERT_EQ(r->size(), 2);
    EXPECT_EQ(r->at(0).path, QStringLiteral("a.yaml"));
    EXPECT_EQ(r->at(0).language, QStringLiteral("yaml"));
    EXPECT_EQ(r->at(1).path, QStringLiteral("ns/b.json"));
    EXPECT_EQ(r->at(1).language, QStringLiteral("json"));

    const JobDiff diff = JobDiff::compare(*r,
                                          {test::yamlArtifact(QStringLiteral("a.yaml"), "a\n")});
    EXPECT_EQ(diff.count(FileChange::Kind::Removed), 1);
    EXPECT_EQ(diff.count(FileChange::Kind::Unchanged), 1);
}

TEST_F(JobDiffTest, FolderLimitsAndMissingFolderAreErrors)
{
    EXPECT_FALSE(JobDiff::readFolder(path(QStringLiteral("missing"))).ok());
    for (int i = 0; i < 5; ++i)
        writeFile(QStringLiteral("many/f%1.yaml").arg(i), "x");
    auto tooMany = JobDiff::readFolder(path(QStringLiteral("many")), 3);
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.error().location.file, QDir(path(QStringLiteral("many"))).absolutePath());
    writeFile(QStringLiteral("big/f.yaml"), QByteArray(4096, 'x'));
    EXPECT_FALSE(JobDiff::readFolder(path(QStringLiteral("big")), 10, 1024).ok());
}
