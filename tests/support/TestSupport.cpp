#include "TestSupport.h"

#include "app/ApplicationInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <cstdlib>

namespace kg::test {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(KG_TEST_SOURCE_DIR)).filePath(relative);
}

QString binaryPath(const QString &relative)
{
    return QDir(QStringLiteral(KG_TEST_BINARY_DIR)).filePath(relative);
}

void prepareEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir runtimeDir;
    QFile::setPermissions(runtimeDir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtimeDir.path().toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

int runTests(int argc, char **argv,
             const std::function<std::unique_ptr<QCoreApplication>(int &, char **)> &createApp)
{
    prepareEnvironment();
    ::testing::InitGoogleTest(&argc, argv);
    auto app = createApp(argc, argv);
    ApplicationInfo::apply(*app);
    // Test mode redirects QStandardPaths to ~/.qttest; start every run from a clean slate.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    return RUN_ALL_TESTS();
}

void TempDirTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
}

QString TempDirTest::path(const QString &relative) const
{
    return m_dir.filePath(relative);
}

QString TempDirTest::writeFile(const QString &relative, const QByteArray &data) const
{
    const QString p = path(relative);
    QDir().mkpath(QFileInfo(p).absolutePath());
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly))
        ADD_FAILURE() << "cannot write " << p.toStdString();
    f.write(data);
    return p;
}

QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(root).relativeFilePath(it.next());
    out.sort();
    return out;
}

TmpfsMount::TmpfsMount(const QString &path, int sizeKiB, bool readOnly)
    : m_path(path)
{
    QDir().mkpath(path);
    const QString options = (readOnly ? QStringLiteral("ro,") : QString())
                            + QStringLiteral("size=%1k").arg(sizeKiB);
    m_mounted = QProcess::execute(QStringLiteral("mount"),
                                  {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                   QStringLiteral("-o"), options, QStringLiteral("tmpfs"), path})
                == 0;
}

TmpfsMount::~TmpfsMount()
{
    unmount();
}

void TmpfsMount::unmount()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {m_path});
    m_mounted = false;
}

Node makeNode(const QString &id, const QString &kind, const QString &name, QPointF pos,
              const QVariantMap &properties)
{
    Node n;
    n.id = id;
    n.kind = kind;
    n.name = name.isEmpty() ? id : name;
    n.pos = pos;
    n.properties = properties;
    return n;
}

Edge makeEdge(const QString &id, const QString &source, const QString &target, const QString &type)
{
    Edge e;
    e.id = id;
    e.source = source;
    e.target = target;
    e.connectionType = type;
    return e;
}

} // namespace kg::test
