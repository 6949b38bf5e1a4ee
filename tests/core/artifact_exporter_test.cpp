#include "export/ArtifactExporter.h"
#include "export/ExportManifest.h"
#include "export/ExportPreview.h"
#include "export/PathSafety.h"

#include "HostilePaths.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <sys/stat.h>

using namespace kg;
using kg::test::filesUnder;

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
        EXPECT_FALSE(pathsafety::unsafeReason(p).isEmpty()) << p.left(60).toStdString();
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
        EXPECT_EQ(pathsafety::unsafeReason(p), QString()) << p.toStdString();
}

TEST(ArtifactPaths, DuplicatesAreRenamedInListOrder)
{
    ArtifactList list{test::yamlArtifact(QStringLiteral("a.yaml")),
                      test::yamlArtifact(QStringLiteral("A.yaml")),
                      test::yamlArtifact(QStringLiteral("a.yaml")),
                      test::yamlArtifact(QString::fromUtf8("caf\xc3\xa9.yaml")),  // NFC é
                      test::yamlArtifact(QString::fromUtf8("cafe\xcc\x81.yaml")), // NFD e + ◌́
                      test::yamlArtifact(QStringLiteral("../x.yaml"))};
    const QStringList renames = pathsafety::sanitize(list);
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
    auto r = ArtifactExporter::write({test::yamlArtifact(QStringLiteral("a.yaml"), "A"),
                                      test::yamlArtifact(QStringLiteral("ns/b.yaml"), "B")},
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
    ArtifactList list{test::yamlArtifact(QStringLiteral("../../escaped.yaml")),
                      test::yamlArtifact(QStringLiteral("/tmp/abs.yaml")),
                      test::yamlArtifact(QStringLiteral("a\\..\\..\\b.yaml")),
                      test::yamlArtifact(QStringLiteral("ok.yaml")),
                      test::yamlArtifact(QStringLiteral("%2e%2e/literal.yaml"))};
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
    auto refused = ArtifactExporter::write({test::yamlArtifact(QStringLiteral("a.yaml"))}, root, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not empty")));
    EXPECT_EQ(filesUnder(root), QStringList{QStringLiteral("keep.txt")});

    ArtifactExporter::Options overwrite;
    overwrite.policy = ArtifactExporter::OverwritePolicy::Overwrite;
    ASSERT_TRUE(ArtifactExporter::write({test::yamlArtifact(QStringLiteral("keep.txt"), "new")},
                                        root, overwrite)
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
    auto r = ArtifactExporter::write({test::yamlArtifact(QStringLiteral("a.yaml"), "new")}, root,
                                     keep);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(filesUnder(root),
              (QStringList{QStringLiteral("a-2.yaml"), QStringLiteral("a.yaml")}));
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
    auto r = ArtifactExporter::write({test::yamlArtifact(QStringLiteral("manifests/evil.yaml"))},
                                     root, overwrite);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("symbolic link")));
    EXPECT_TRUE(filesUnder(outside).isEmpty());
}

TEST_F(ArtifactExporterTest, MetadataOnlyOnRequest)
{
    Artifact meta = test::yamlArtifact(QStringLiteral("result.json"), "{}");
    meta.type = Artifact::Type::Metadata;
    const QString root = path(QStringLiteral("out"));
    ASSERT_TRUE(
            ArtifactExporter::write({meta, test::yamlArtifact(QStringLiteral("a.yaml"))}, root, {})
                    .ok());
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
    auto r = ArtifactExporter::write({test::yamlArtifact(QStringLiteral("a.yaml"))},
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
        big << test::yamlArtifact(QStringLiteral("f%1.yaml").arg(i), QByteArray(64 * 1024, 'x'));
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

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ArtifactExporter::Options updating(const QString &source = QStringLiteral("shop"))
{
    ArtifactExporter::Options o;
    o.policy = ArtifactExporter::OverwritePolicy::ReplacePrevious;
    o.source = source;
    return o;
}

} // namespace

TEST_F(ArtifactExporterTest, EveryExportRecordsWhatItWrote)
{
    const QString root = path(QStringLiteral("out"));
    ArtifactExporter::Options o;
    o.source = QStringLiteral("shop");
    ASSERT_TRUE(ArtifactExporter::write({test::yamlArtifact(QStringLiteral("a.yaml")),
                                         test::yamlArtifact(QStringLiteral("sub/b.yaml"), "b")},
                                        root, o)
                        .ok());
    const auto record = ExportManifest::read(root);
    ASSERT_TRUE(record.ok());
    ASSERT_TRUE(record->has_value());
    EXPECT_EQ((*record)->source, QStringLiteral("shop"));
    EXPECT_EQ((*record)->files.size(), 2);
    EXPECT_EQ((*record)->files.value(QStringLiteral("sub/b.yaml")), ExportManifest::hashOf("b"));
}

// The data-loss case: a folder holding a Git repository, the user's own file, a file the
// earlier export wrote and still generates, and one it no longer generates. Only the last goes.
TEST_F(ArtifactExporterTest, UpdatingRemovesOnlyStaleFilesTheEarlierExportWrote)
{
    const QString root = path(QStringLiteral("repo"));
    ASSERT_TRUE(ArtifactExporter::write({test::yamlArtifact(QStringLiteral("web.yaml"), "web v1"),
                                         test::yamlArtifact(QStringLiteral("old/worker.yaml"),
                                                            "worker")},
                                        root, updating())
                        .ok());
    writeFile(QStringLiteral("repo/.git/HEAD"), "ref: refs/heads/main\n");
    writeFile(QStringLiteral("repo/.git/objects/ab/cdef"), "blob");
    writeFile(QStringLiteral("repo/README.md"), "my notes");
    writeFile(QStringLiteral("repo/old/notes.txt"), "mine too");

    // The preview lists exactly what will go, before anything is touched.
    const ArtifactList now{test::yamlArtifact(QStringLiteral("web.yaml"), "web v2"),
                           test::yamlArtifact(QStringLiteral("api.yaml"), "api")};
    const ExportPlan plan = ExportPreview::forFolder(now, root, updating());
    ASSERT_TRUE(plan.canExport()) << plan.blockingProblem.toStdString();
    EXPECT_EQ(plan.count(ExportPlanEntry::Action::Remove), 1);
    const auto removal = std::find_if(plan.entries.cbegin(), plan.entries.cend(),
                                      [](const ExportPlanEntry &e) {
                                          return e.action == ExportPlanEntry::Action::Remove;
                                      });
    ASSERT_NE(removal, plan.entries.cend());
    EXPECT_EQ(removal->targetPath, QStringLiteral("old/worker.yaml"));

    const auto r = ArtifactExporter::write(now, root, updating());
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->removed, QStringList{QStringLiteral("old/worker.yaml")});
    EXPECT_EQ(filesUnder(root),
              (QStringList{QStringLiteral(".git/HEAD"), QStringLiteral(".git/objects/ab/cdef"),
                           QStringLiteral("README.md"), QStringLiteral("api.yaml"),
                           QStringLiteral("old/notes.txt"), QStringLiteral("web.yaml")}));
    EXPECT_EQ(readAll(root + QStringLiteral("/web.yaml")), QByteArray("web v2"));
    EXPECT_EQ(readAll(root + QStringLiteral("/README.md")), QByteArray("my notes"));
    EXPECT_EQ(readAll(root + QStringLiteral("/.git/HEAD")), QByteArray("ref: refs/heads/main\n"));
}

TEST_F(ArtifactExporterTest, UpdatingKeepsStaleFilesTheUserChangedOrThatAreHidden)
{
    const QString root = path(QStringLiteral("out"));
    ASSERT_TRUE(
            ArtifactExporter::write({test::yamlArtifact(QStringLiteral("a.yaml")),
                                     test::yamlArtifact(QStringLiteral("edited.yaml"), "generated"),
                                     test::yamlArtifact(QStringLiteral(".hidden/x.yaml"))},
                                    root, updating())
                    .ok());
    writeFile(QStringLiteral("out/edited.yaml"), "changed by hand");
    const auto r = ArtifactExporter::write({test::yamlArtifact(QStringLiteral("a.yaml"))}, root,
                                           updating());
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_TRUE(r->removed.isEmpty());
    EXPECT_EQ(r->kept.size(), 2);
    EXPECT_EQ(readAll(root + QStringLiteral("/edited.yaml")), QByteArray("changed by hand"));
    EXPECT_TRUE(QFileInfo::exists(root + QStringLiteral("/.hidden/x.yaml")));
    // The changed file is the user's now: the record no longer lists it.
    const auto record = ExportManifest::read(root);
    ASSERT_TRUE(record.ok() && record->has_value());
    EXPECT_FALSE((*record)->files.contains(QStringLiteral("edited.yaml")));
}

TEST_F(ArtifactExporterTest, UpdatingRefusesToReplaceAFileNoExportWrote)
{
    const QString root = path(QStringLiteral("out"));
    writeFile(QStringLiteral("out/web.yaml"), "the user's own web.yaml");
    const auto r = ArtifactExporter::write({test::yamlArtifact(QStringLiteral("web.yaml"),
                                                               "generated")},
                                           root, updating());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("web.yaml")))
            << r.error().message.toStdString();
    EXPECT_EQ(readAll(root + QStringLiteral("/web.yaml")), QByteArray("the user's own web.yaml"));
    EXPECT_FALSE(QFileInfo::exists(root + QStringLiteral("/.kubegram-export.json")));
    EXPECT_FALSE(
            ExportPreview::forFolder({test::yamlArtifact(QStringLiteral("web.yaml"), "generated")},
                                     root, updating())
                    .canExport());
}

TEST_F(ArtifactExporterTest, AnotherGraphsExportIsNeverPruned)
{
    const QString root = path(QStringLiteral("out"));
    ASSERT_TRUE(ArtifactExporter::write({test::yamlArtifact(QStringLiteral("billing.yaml"))}, root,
                                        updating(QStringLiteral("billing")))
                        .ok());
    const auto r = ArtifactExporter::write({test::yamlArtifact(QStringLiteral("shop.yaml"))}, root,
                                           updating());
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_TRUE(r->removed.isEmpty());
    EXPECT_EQ(filesUnder(root),
              (QStringList{QStringLiteral("billing.yaml"), QStringLiteral("shop.yaml")}));
}

TEST_F(ArtifactExporterTest, ADamagedRecordRemovesNothing)
{
    const QString root = path(QStringLiteral("out"));
    ASSERT_TRUE(ArtifactExporter::write({test::yamlArtifact(QStringLiteral("a.yaml"))}, root,
                                        updating())
                        .ok());
    writeFile(QStringLiteral("out/.kubegram-export.json"), "{ not json");
    const auto r = ArtifactExporter::write({test::yamlArtifact(QStringLiteral("b.yaml"))}, root,
                                           updating());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("nothing was written or removed")));
    EXPECT_EQ(filesUnder(root), QStringList{QStringLiteral("a.yaml")});
}

TEST_F(ArtifactExporterTest, ARecordCannotPointOutsideTheFolder)
{
    const QString root = path(QStringLiteral("out"));
    writeFile(QStringLiteral("victim.txt"), "outside");
    writeFile(QStringLiteral("out/.kubegram-export.json"),
              QStringLiteral(R"({"format":"kubegram-desktop-export","version":1,"source":"shop",
                 "files":[{"path":"../victim.txt","sha256":"%1"},
                          {"path":"/etc/hostname","sha256":"%1"}]})")
                      .arg(ExportManifest::hashOf("outside"))
                      .toUtf8());
    const auto r = ArtifactExporter::write({test::yamlArtifact(QStringLiteral("a.yaml"))}, root,
                                           updating());
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_TRUE(r->removed.isEmpty());
    EXPECT_EQ(readAll(path(QStringLiteral("victim.txt"))), QByteArray("outside"));
}

TEST_F(ArtifactExporterTest, ASymlinkedFolderIsTreatedAsTheFolderItself)
{
    const QString real = path(QStringLiteral("real"));
    const QString link = path(QStringLiteral("link"));
    ASSERT_TRUE(ArtifactExporter::write({test::yamlArtifact(QStringLiteral("a.yaml"))}, real,
                                        updating())
                        .ok());
    writeFile(QStringLiteral("real/mine.txt"), "mine");
    ASSERT_TRUE(QFile::link(real, link));
    const auto r = ArtifactExporter::write({test::yamlArtifact(QStringLiteral("b.yaml"))}, link,
                                           updating());
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_TRUE(QFileInfo(link).isSymLink()); // the link stays a link, to the same folder
    EXPECT_EQ(QFileInfo(link).symLinkTarget(), QFileInfo(real).absoluteFilePath());
    EXPECT_EQ(filesUnder(real),
              (QStringList{QStringLiteral("b.yaml"), QStringLiteral("mine.txt")}));
    const QStringList beside = QDir(path(QString()))
                                       .entryList(QDir::AllEntries | QDir::Hidden
                                                  | QDir::NoDotAndDotDot);
    EXPECT_EQ(beside, (QStringList{QStringLiteral("link"), QStringLiteral("real")}));
}

TEST_F(ArtifactExporterTest, FoldersFollowTheUmask)
{
    const mode_t previous = ::umask(027);
    const QString root = path(QStringLiteral("out"));
    const auto r = ArtifactExporter::write({test::yamlArtifact(QStringLiteral("sub/a.yaml"))}, root,
                                           {});
    ::umask(previous);
    ASSERT_TRUE(r.ok());
    struct stat st
    {};
    ASSERT_EQ(::stat(QFile::encodeName(root).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0750u);
}

TEST_F(ArtifactExporterTest, AnEmptyFolderKeepsItsOwnMode)
{
    const QString root = path(QStringLiteral("out"));
    QDir().mkpath(root);
    ASSERT_EQ(::chmod(QFile::encodeName(root).constData(), 0755), 0);
    ASSERT_TRUE(
            ArtifactExporter::write({test::yamlArtifact(QStringLiteral("a.yaml"))}, root, {}).ok());
    struct stat st
    {};
    ASSERT_EQ(::stat(QFile::encodeName(root).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0755u);
}

TEST(ArtifactPaths, RenamedDuplicatesOfMaximalNamesStayValid)
{
    const QString longName = QString(251, QLatin1Char('n')) + QStringLiteral(".yml"); // 255 bytes
    ArtifactList list{test::yamlArtifact(longName), test::yamlArtifact(longName),
                      test::yamlArtifact(QStringLiteral("d/") + longName)};
    pathsafety::sanitize(list);
    EXPECT_TRUE(list[0].unsafeReason.isEmpty());
    EXPECT_TRUE(list[1].unsafeReason.isEmpty()) << list[1].unsafeReason.toStdString();
    EXPECT_NE(list[1].path, list[0].path);
    EXPECT_LE(list[1].path.toUtf8().size(), 255);
    EXPECT_TRUE(list[1].path.endsWith(QStringLiteral("-2.yml")));
    EXPECT_EQ(pathsafety::unsafeReason(list[1].path), QString());
}

TEST_F(ArtifactExporterTest, TwoArtifactsWithTheSameMaximalNameBothExport)
{
    const QString longName = QString(251, QLatin1Char('n')) + QStringLiteral(".yml");
    const QString root = path(QStringLiteral("out"));
    const auto r = ArtifactExporter::write({test::yamlArtifact(longName, "1"),
                                            test::yamlArtifact(longName, "2")},
                                           root, {});
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->written.size(), 2);
    EXPECT_EQ(filesUnder(root).size(), 2);
}

TEST_F(ArtifactExporterTest, UpdatingRefusesToReplaceAGeneratedFileTheUserChanged)
{
    const QString root = path(QStringLiteral("out"));
    ASSERT_TRUE(ArtifactExporter::write({test::yamlArtifact(QStringLiteral("web.yaml"), "v1")},
                                        root, updating())
                        .ok());
    writeFile(QStringLiteral("out/web.yaml"), "v1 with a hand-made fix");
    const auto r = ArtifactExporter::write({test::yamlArtifact(QStringLiteral("web.yaml"), "v2")},
                                           root, updating());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("changed since it was exported")))
            << r.error().message.toStdString();
    EXPECT_EQ(readAll(root + QStringLiteral("/web.yaml")), QByteArray("v1 with a hand-made fix"));
    // Unchanged, it is replaced.
    writeFile(QStringLiteral("out/web.yaml"), "v1");
    ASSERT_TRUE(ArtifactExporter::write({test::yamlArtifact(QStringLiteral("web.yaml"), "v2")},
                                        root, updating())
                        .ok());
    EXPECT_EQ(readAll(root + QStringLiteral("/web.yaml")), QByteArray("v2"));
}
