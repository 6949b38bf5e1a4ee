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
#include <ctime>

#include <unistd.h>

namespace kg::test {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(KG_TEST_SOURCE_DIR)).filePath(relative);
}

QString k8sTool(const QString &name)
{
    return QDir(QStringLiteral(KG_TEST_K8S_TOOLS_DIR)).filePath(name);
}

const Node *findNode(const GraphData &graph, const QString &id)
{
    for (const Node &n : graph.nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

bool hasEdge(const GraphData &graph, const QString &from, const QString &to, const QString &type)
{
    for (const Edge &e : graph.edges) {
        if (e.source == from && e.target == to && e.connectionType == type)
            return true;
    }
    return false;
}

bool writeArtifacts(const ArtifactList &artifacts, const QString &folder)
{
    for (const Artifact &a : artifacts) {
        const QString path = QDir(folder).filePath(a.path);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(a.content) != a.content.size())
            return false;
    }
    return true;
}

QString binaryPath(const QString &relative)
{
    return QDir(QStringLiteral(KG_TEST_BINARY_DIR)).filePath(relative);
}

void prepareEnvironment()
{
    // Every test process gets a home, XDG folders and job cache of its own, so test processes
    // running in parallel (ctest -j) never share a settings file or a cache database, and
    // nothing touches the real user's. Processes the tests start inherit them.
    static QTemporaryDir home(QDir::tempPath() + QStringLiteral("/kg-test-XXXXXXXX"));
    if (!home.isValid())
        qFatal("cannot create a private home folder for the tests: %s",
               qPrintable(home.errorString()));
    const QDir root(home.path());
    const std::pair<const char *, const char *> folders[] = {
            {"HOME", "home"},
            {"XDG_CONFIG_HOME", "config"},
            {"XDG_DATA_HOME", "data"},
            {"XDG_CACHE_HOME", "cache"},
            {"XDG_STATE_HOME", "state"},
            {"XDG_RUNTIME_DIR", "runtime"},
    };
    for (const auto &[variable, folder] : folders) {
        root.mkpath(QLatin1String(folder));
        qputenv(variable, root.filePath(QLatin1String(folder)).toLocal8Bit());
    }
    QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qunsetenv("KUBEGRAM_DESKTOP_DB");
    // The import tests render kustomize roots and Helm charts with the project's pinned tools
    // (scripts/setup.sh), never whatever kubectl or helm the machine has.
    qputenv("KG_KUBECTL", k8sTool(QStringLiteral("kubectl")).toLocal8Bit());
    qputenv("KG_HELM", k8sTool(QStringLiteral("helm")).toLocal8Bit());
    qunsetenv("KG_KUSTOMIZE");
    QStandardPaths::setTestModeEnabled(true);
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
    while (it.hasNext()) {
        const QString relative = QDir(root).relativeFilePath(it.next());
        if (QFileInfo(relative).fileName() != QLatin1String(".kubegram-export.json"))
            out << relative;
    }
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

ReadOnlyFolder::ReadOnlyFolder(const QString &path)
    : m_path(path)
{
    QDir().mkpath(path);
    if (geteuid() == 0) {
        m_mount = std::make_unique<TmpfsMount>(path, 64, true);
        m_ready = m_mount->isMounted();
    } else {
        m_ready = QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
}

ReadOnlyFolder::~ReadOnlyFolder()
{
    release();
}

void ReadOnlyFolder::release()
{
    if (m_mount)
        m_mount->unmount();
    else if (m_ready)
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ExeOwner);
    m_ready = false;
}

Artifact yamlArtifact(const QString &path, const QByteArray &content, const QString &nodeId)
{
    Artifact a;
    a.path = path;
    a.language = QStringLiteral("yaml");
    a.content = content;
    a.sourceNodeId = nodeId;
    return a;
}

QString generatedYaml(int lines)
{
    QString out;
    out.reserve(lines * 28);
    int n = 0;
    for (int i = 0; n < lines; ++i) {
        out += QStringLiteral("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
                              "  name: service-%1\n  labels:\n    app: service-%1\n"
                              "spec:\n  replicas: 2 # a comment\n  template:\n    spec:\n"
                              "      containers:\n        - name: app\n"
                              "          image: \"registry.example/app:%1\"\n")
                       .arg(i);
        n += 14;
    }
    return out;
}

qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

StallMeter::StallMeter(std::function<void(int)> onTick)
    : m_onTick(std::move(onTick))
{
    m_heartbeat.setInterval(1);
    QObject::connect(&m_heartbeat, &QTimer::timeout, [this] {
        const qint64 now = m_clock.elapsed();
        m_longest = qMax(m_longest, now - m_last);
        m_last = now;
        const qint64 cpu = threadCpuMs();
        m_longestCpu = qMax(m_longestCpu, cpu - m_lastCpu);
        m_lastCpu = cpu;
        ++m_ticks;
        if (m_onTick)
            m_onTick(m_ticks);
    });
}

void StallMeter::start()
{
    m_last = m_longest = m_longestCpu = 0;
    m_ticks = 0;
    m_clock.start();
    m_lastCpu = threadCpuMs();
    m_heartbeat.start();
}

void StallMeter::stop()
{
    m_heartbeat.stop();
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2f, 0x33), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Highlight, QColor(0x4c, 0x8b, 0xf5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    return p;
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

GraphData generatedGraph(int namespaces, int perNamespace, const GeneratedGraphOptions &options)
{
    static const char *const kinds[] = {"INGRESS",     "SERVICE",
                                        "DEPLOYMENT",  "MICROSERVICE",
                                        "STATEFULSET", "DATABASE",
                                        "CACHE",       "CONFIGMAP",
                                        "SECRET",      "PERSISTENTVOLUMECLAIM"};
    const auto nodeId = [](int ns, int i) {
        return QStringLiteral("n%1-%2").arg(ns).arg(i);
    };
    GraphData g;
    int edge = 0;
    for (int ns = 0; ns < namespaces; ++ns) {
        const QString nsId = QStringLiteral("ns%1").arg(ns);
        if (!options.flat)
            g.nodes << makeNode(nsId, QStringLiteral("NAMESPACE"), nsId);
        for (int i = 0; i < perNamespace; ++i) {
            const QString id = nodeId(ns, i);
            Node n = makeNode(id, QString::fromLatin1(kinds[(i * 7 + ns) % 10]), id);
            if (!options.flat)
                n.parent = nsId;
            if (options.varySizes && i % 13 == 0)
                n.size = QSizeF(220, 90);
            g.nodes << n;
            if (i == 0)
                continue;
            g.edges << makeEdge(QStringLiteral("e%1").arg(edge++), id, nodeId(ns, (i * 31 + 7) % i));
            if (options.flat && i % 2 == 0)
                g.edges << makeEdge(QStringLiteral("x%1").arg(edge++), id,
                                    nodeId((ns + 1) % namespaces, i / 2));
        }
    }
    return g;
}

} // namespace kg::test
