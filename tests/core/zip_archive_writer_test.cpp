#include "export/ZipArchiveWriter.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <quazip.h>
#include <quazipfile.h>

#include <sys/stat.h>

using namespace kg;

namespace {

QStringList entriesOf(const QString &zipPath)
{
    QuaZip zip(zipPath);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdUnzip))
        return {QStringLiteral("<cannot open>")};
    QStringList names = zip.getFileNameList();
    names.sort();
    return names;
}

QByteArray entryContent(const QString &zipPath, const QString &name)
{
    QuaZip zip(zipPath);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return "<missing>";
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::ReadOnly))
        return "<unreadable>";
    return f.readAll();
}

QStringList entriesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

/// Every case of the untrusted-path contract, plus two good files and a duplicate.
ArtifactList hostileSet()
{
    ArtifactList list{test::yamlArtifact(QStringLiteral("ok.yaml"), "good"),
                      test::yamlArtifact(QStringLiteral("ns/svc.yaml"), "svc"),
                      test::yamlArtifact(QStringLiteral("OK.yaml"), "dup"),
                      test::yamlArtifact(QStringLiteral("../../escaped.yaml")),
                      test::yamlArtifact(QStringLiteral("/etc/abs.yaml")),
                      test::yamlArtifact(QStringLiteral("C:\\Windows\\x.yaml")),
                      test::yamlArtifact(QStringLiteral("\\\\srv\\share\\x.yaml")),
                      test::yamlArtifact(QStringLiteral("a\\..\\..\\b.yaml")),
                      test::yamlArtifact(QStringLiteral("nul") + QChar(0) + QStringLiteral(".yaml")),
                      test::yamlArtifact(QStringLiteral("bell\x07.yaml")),
                      test::yamlArtifact(QStringLiteral("CON.yaml")),
                      test::yamlArtifact(QStringLiteral("dir/lpt9")),
                      test::yamlArtifact(QString(300, QLatin1Char('n')) + QStringLiteral(".yaml")),
                      test::yamlArtifact(QStringLiteral("trailing. ")),
                      test::yamlArtifact(QStringLiteral("a:stream"))};
    return list;
}

} // namespace

class ZipArchiveWriterTest : public test::TempDirTest
{};

TEST_F(ZipArchiveWriterTest, WritesEntriesWithContentAndNoLeftovers)
{
    Artifact dir;
    dir.path = QStringLiteral("empty");
    dir.type = Artifact::Type::Directory;
    const QString zipPath = path(QStringLiteral("out/job.zip"));
    auto r = ZipArchiveWriter::write({test::yamlArtifact(QStringLiteral("a.yaml"), "A"),
                                      test::yamlArtifact(QStringLiteral("ns/b.yaml"), "B"), dir},
                                     zipPath, {});
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->archivePath, QFileInfo(zipPath).absoluteFilePath());
    EXPECT_EQ(entriesOf(zipPath), (QStringList{QStringLiteral("a.yaml"), QStringLiteral("empty/"),
                                               QStringLiteral("ns/b.yaml")}));
    EXPECT_EQ(entryContent(zipPath, QStringLiteral("ns/b.yaml")), QByteArray("B"));
    EXPECT_EQ(entriesIn(path(QStringLiteral("out"))), QStringList{QStringLiteral("job.zip")});
}

TEST_F(ZipArchiveWriterTest, HostileNamesNeverBecomeEntries)
{
    const QString zipPath = path(QStringLiteral("hostile.zip"));
    auto r = ZipArchiveWriter::write(hostileSet(), zipPath, {});
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(entriesOf(zipPath),
              (QStringList{QStringLiteral("OK-2.yaml"), QStringLiteral("ns/svc.yaml"),
                           QStringLiteral("ok.yaml")}));
    EXPECT_EQ(r->report.rejected.size(), 12);
    EXPECT_EQ(r->report.renamed, QStringList{QStringLiteral("OK.yaml → OK-2.yaml")});
    EXPECT_EQ(entryContent(zipPath, QStringLiteral("OK-2.yaml")), QByteArray("dup"));
}

TEST_F(ZipArchiveWriterTest, OverwritePolicies)
{
    const QString zipPath = writeFile(QStringLiteral("job.zip"), "not a zip");
    auto refused = ZipArchiveWriter::write({test::yamlArtifact(QStringLiteral("a.yaml"))}, zipPath,
                                           {});
    ASSERT_FALSE(refused.ok());
    QFile original(zipPath);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(original.readAll(), QByteArray("not a zip"));
    original.close();

    ArtifactExporter::Options keep;
    keep.policy = ArtifactExporter::OverwritePolicy::KeepBoth;
    auto kept = ZipArchiveWriter::write({test::yamlArtifact(QStringLiteral("a.yaml"))}, zipPath,
                                        keep);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(QFileInfo(kept->archivePath).fileName(), QStringLiteral("job-2.zip"));
    EXPECT_EQ(entriesOf(kept->archivePath), QStringList{QStringLiteral("a.yaml")});

    ArtifactExporter::Options overwrite;
    overwrite.policy = ArtifactExporter::OverwritePolicy::Overwrite;
    ASSERT_TRUE(ZipArchiveWriter::write({test::yamlArtifact(QStringLiteral("b.yaml"))}, zipPath,
                                        overwrite)
                        .ok());
    EXPECT_EQ(entriesOf(zipPath), QStringList{QStringLiteral("b.yaml")});
    EXPECT_EQ(entriesIn(m_dir.path()),
              (QStringList{QStringLiteral("job-2.zip"), QStringLiteral("job.zip")}));
}

TEST_F(ZipArchiveWriterTest, SymlinkedArchivePathIsRefused)
{
    const QString outside = writeFile(QStringLiteral("outside/target.zip"), "precious");
    const QString link = path(QStringLiteral("job.zip"));
    ASSERT_TRUE(QFile::link(outside, link));
    ArtifactExporter::Options overwrite;
    overwrite.policy = ArtifactExporter::OverwritePolicy::Overwrite;
    auto r = ZipArchiveWriter::write({test::yamlArtifact(QStringLiteral("a.yaml"))}, link,
                                     overwrite);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("symbolic link")));
    QFile f(outside);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("precious"));
}

TEST_F(ZipArchiveWriterTest, ReadOnlyFolderFailsCleanly)
{
    const QString parent = path(QStringLiteral("ro"));
    test::ReadOnlyFolder readOnly(parent);
    if (!readOnly.isReady())
        GTEST_SKIP() << "cannot make a read-only folder here";
    auto r = ZipArchiveWriter::write({test::yamlArtifact(QStringLiteral("a.yaml"))},
                                     parent + QStringLiteral("/job.zip"), {});
    const QStringList left = entriesIn(parent);
    readOnly.release();
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(r.error().message.isEmpty());
    EXPECT_TRUE(left.isEmpty());
}

TEST_F(ZipArchiveWriterTest, FullDiskLeavesNoArchiveBehind)
{
    const QString mountPoint = path(QStringLiteral("tiny"));
    QDir().mkpath(mountPoint);
    test::TmpfsMount tiny(mountPoint, 64);
    if (!tiny.isMounted())
        GTEST_SKIP() << "cannot mount a small tmpfs here (needs root)";
    // Random bytes do not compress: 8 × 32 KiB cannot fit into 64 KiB.
    ArtifactList big;
    for (int i = 0; i < 8; ++i) {
        QByteArray noise(32 * 1024, Qt::Uninitialized);
        for (char &c : noise)
            c = char(QRandomGenerator::global()->bounded(256));
        big << test::yamlArtifact(QStringLiteral("f%1.yaml").arg(i), noise);
    }
    // An older archive that must survive the failed overwrite untouched.
    {
        QFile old(mountPoint + QStringLiteral("/job.zip"));
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    ArtifactExporter::Options overwrite;
    overwrite.policy = ArtifactExporter::OverwritePolicy::Overwrite;
    auto r = ZipArchiveWriter::write(big, mountPoint + QStringLiteral("/job.zip"), overwrite);
    const QStringList left = entriesIn(mountPoint);
    QFile old(mountPoint + QStringLiteral("/job.zip"));
    const QByteArray oldContent = old.open(QIODevice::ReadOnly) ? old.readAll() : QByteArray();
    old.close();
    tiny.unmount();
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("nothing was exported")))
            << r.error().toString().toStdString();
    EXPECT_EQ(left, QStringList{QStringLiteral("job.zip")});
    EXPECT_EQ(oldContent, QByteArray("old"));
}
