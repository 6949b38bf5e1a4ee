#include "export/ArtifactExporter.h"

#include "HostilePaths.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

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

} // namespace

class ArtifactExporterTest : public test::TempDirTest
{};

TEST(ArtifactPaths, HostilePathsAreRejected)
{
    // The contract's list, plus a few more.
    const QStringList hostile = test::rejectedArtifactPaths()
                                + QStringList{QStringLiteral(""), QStringLiteral("dir/lpt1.txt"),
                                              QStringLiteral("bad\x01name"),
                                              QStringLiteral("q?.yaml"), QStringLiteral("a/")};
    for (const QString &p : hostile)
        EXPECT_FALSE(ArtifactExporter::unsafePathReason(p).isEmpty()) << p.left(60).toStdString();
}

TEST(ArtifactPaths, OrdinaryPathsAreAccepted)
{
    const QStringList fine{QStringLiteral("web-deployment.yaml"),
                           QStringLiteral("shop/web-deployment.yaml"),
                           QStringLiteral("templates/_helpers.tpl"),
                           QStringLiteral("%2e%2e/x"),
                           QStringLiteral(".hidden/config"),
                           QStringLiteral("Chart.yaml"),
                           QStringLiteral("console.yaml"),
                           QStringLiteral("données/ü.yaml")};
    for (const QString &p : fine)
        EXPECT_EQ(ArtifactExporter::unsafePathReason(p), QString()) << p.toStdString();
}

TEST(ArtifactPaths, DuplicatesAreRenamedInListOrder)
{
    ArtifactList list{file(QStringLiteral("a.yaml")),
                      file(QStringLiteral("A.yaml")),
                      file(QStringLiteral("a.yaml")),
                      file(QString::fromUtf8("caf\xc3\xa9.yaml")),  // NFC é
                      file(QString::fromUtf8("cafe\xcc\x81.yaml")), // NFD e + ◌́
                      file(QStringLiteral("../x.yaml"))};
    const QStringList renames = ArtifactExporter::sanitize(list);
    EXPECT_EQ(list[0].path, QStringLiteral("a.yaml"));
    EXPECT_EQ(list[1].path, QStringLiteral("A-2.yaml"));
    EXPECT_EQ(list[2].path, QStringLiteral("a-3.yaml"));
    EXPECT_EQ(list[4].path, QString::fromUtf8("cafe\xcc\x81-2.yaml"));
    EXPECT_FALSE(list[5].unsafeReason.isEmpty());
    EXPECT_EQ(renames.size(), 3);
}

TEST_F(ArtifactExporterTest, WritesIntoANewFolder)
{
    const QString root = path(QStringLiteral("out"));
    auto r = ArtifactExporter::write({file(QStringLiteral("a.yaml"), "A"),
                                      file(QStringLiteral("ns/b.yaml"), "B")},
                                     root, {});
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(filesUnder(root),
              (QStringList{QStringLiteral("a.yaml"), QStringLiteral("ns/b.yaml")}));
    QFile f(root + QStringLiteral("/ns/b.yaml"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("B"));
    // No staging folder is left beside the target.
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
              QStringList{QStringLiteral("out")});
}

TEST_F(ArtifactExporterTest, HostileArtifactsNeverEscape)
{
    const QString root = path(QStringLiteral("deep/out"));
    ArtifactList list{file(QStringLiteral("../../escaped.yaml")),
                      file(QStringLiteral("/tmp/abs.yaml")),
                      file(QStringLiteral("a\\..\\..\\b.yaml")), file(QStringLiteral("ok.yaml")),
                      file(QStringLiteral("%2e%2e/literal.yaml"))};
    auto r = ArtifactExporter::write(list, root, {});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->rejected.size(), 3);
    EXPECT_EQ(filesUnder(m_dir.path()), (QStringList{QStringLiteral("deep/out/%2e%2e/literal.yaml"),
                                                     QStringLiteral("deep/out/ok.yaml")}));
}

TEST_F(ArtifactExporterTest, NonEmptyFolderIsRefusedUnlessAllowed)
{
    const QString root = path(QStringLiteral("out"));
    writeFile(QStringLiteral("out/keep.txt"), "mine");
    auto refused = ArtifactExporter::write({file(QStringLiteral("a.yaml"))}, root, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not empty")));
    EXPECT_EQ(filesUnder(root), QStringList{QStringLiteral("keep.txt")});

    ArtifactExporter::Options overwrite;
    overwrite.policy = ArtifactExporter::OverwritePolicy::Overwrite;
    ASSERT_TRUE(ArtifactExporter::write({file(QStringLiteral("keep.txt"), "new")}, root, overwrite)
                        .ok());
    QFile f(root + QStringLiteral("/keep.txt"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("new"));
}

TEST_F(ArtifactExporterTest, KeepBothWritesBeside)
{
    const QString root = path(QStringLiteral("out"));
    writeFile(QStringLiteral("out/a.yaml"), "old");
    ArtifactExporter::Options keep;
    keep.policy = ArtifactExporter::OverwritePolicy::KeepBoth;
    auto r = ArtifactExporter::write({file(QStringLiteral("a.yaml"), "new")}, root, keep);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(filesUnder(root),
              (QStringList{QStringLiteral("a-2.yaml"), QStringLiteral("a.yaml")}));
}

TEST_F(ArtifactExporterTest, ReplaceFolderSwapsTheWholeFolder)
{
    const QString root = path(QStringLiteral("out"));
    writeFile(QStringLiteral("out/stale.yaml"), "old");
    ArtifactExporter::Options replace;
    replace.policy = ArtifactExporter::OverwritePolicy::ReplaceFolder;
    ASSERT_TRUE(ArtifactExporter::write({file(QStringLiteral("fresh.yaml"))}, root, replace).ok());
    EXPECT_EQ(filesUnder(root), QStringList{QStringLiteral("fresh.yaml")});
}

TEST_F(ArtifactExporterTest, SymlinkPlantedInTheRootIsRefused)
{
    const QString root = path(QStringLiteral("out"));
    const QString outside = path(QStringLiteral("outside"));
    QDir().mkpath(outside);
    QDir().mkpath(root);
    writeFile(QStringLiteral("out/existing.txt"), "x");
    ASSERT_TRUE(QFile::link(outside, root + QStringLiteral("/manifests")));
    ArtifactExporter::Options overwrite;
    overwrite.policy = ArtifactExporter::OverwritePolicy::Overwrite;
    auto r = ArtifactExporter::write({file(QStringLiteral("manifests/evil.yaml"))}, root, overwrite);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("symbolic link")));
    EXPECT_TRUE(filesUnder(outside).isEmpty());
}

TEST_F(ArtifactExporterTest, MetadataOnlyOnRequest)
{
    Artifact meta = file(QStringLiteral("result.json"), "{}");
    meta.type = Artifact::Type::Metadata;
    const QString root = path(QStringLiteral("out"));
    ASSERT_TRUE(ArtifactExporter::write({meta, file(QStringLiteral("a.yaml"))}, root, {}).ok());
    EXPECT_EQ(filesUnder(root), QStringList{QStringLiteral("a.yaml")});
    ArtifactExporter::Options withMeta;
    withMeta.includeMetadata = true;
    const QString root2 = path(QStringLiteral("out2"));
    ASSERT_TRUE(ArtifactExporter::write({meta}, root2, withMeta).ok());
    EXPECT_EQ(filesUnder(root2), QStringList{QStringLiteral("result.json")});
}

TEST_F(ArtifactExporterTest, ReadOnlyTargetFailsCleanly)
{
    const QString parent = path(QStringLiteral("ro"));
    test::ReadOnlyFolder readOnly(parent);
    if (!readOnly.isReady())
        GTEST_SKIP() << "cannot make a read-only folder here";
    auto r = ArtifactExporter::write({file(QStringLiteral("a.yaml"))},
                                     parent + QStringLiteral("/out"), {});
    readOnly.release();
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(r.error().message.isEmpty());
}

TEST_F(ArtifactExporterTest, FullDiskLeavesNothingHalfWritten)
{
    // A 64 KiB filesystem: the export of 1 MiB must fail without leaving files or staging behind.
    const QString mountPoint = path(QStringLiteral("tiny"));
    QDir().mkpath(mountPoint);
    test::TmpfsMount tiny(mountPoint, 64);
    if (!tiny.isMounted())
        GTEST_SKIP() << "cannot mount a small tmpfs here (needs root)";
    ArtifactList big;
    for (int i = 0; i < 16; ++i)
        big << file(QStringLiteral("f%1.yaml").arg(i), QByteArray(64 * 1024, 'x'));
    auto r = ArtifactExporter::write(big, mountPoint + QStringLiteral("/out"), {});
    const QStringList left = QDir(mountPoint)
                                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot
                                                | QDir::Hidden);
    tiny.unmount();
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("nothing was exported")))
            << r.error().toString().toStdString();
    EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char(',')).toStdString();
}
