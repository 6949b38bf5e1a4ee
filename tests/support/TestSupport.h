#pragma once

#include "codegen/Artifact.h"
#include "model/GraphElements.h"

#include <QElapsedTimer>
#include <QPalette>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

class QCoreApplication;

namespace kg::test {

/// The pinned helm or kubectl that scripts/setup.sh installs for the tests.
QString k8sTool(const QString &name);
/// Path of a file in the source tree, e.g. sourcePath("resources/samples/three-tier.kgraph").
QString sourcePath(const QString &relative);
/// Path of a file in the build tree (binaries, generated files).
QString binaryPath(const QString &relative);

/// Prepares the process for tests: a private home, XDG folders and job cache, removed at exit
/// (test processes running in parallel share nothing), test-mode standard paths, the offscreen
/// platform. Call before creating the app.
void prepareEnvironment();

/// Runs all tests with @p createApp making the application object (QCoreApplication for core
/// tests, QApplication on the offscreen platform for GUI tests).
int runTests(int argc, char **argv,
             const std::function<std::unique_ptr<QCoreApplication>(int &, char **)> &createApp);

/// A fixture with a fresh temporary folder per test.
class TempDirTest : public ::testing::Test
{
protected:
    void SetUp() override;
    /// Path inside the temporary folder.
    QString path(const QString &relative) const;
    /// Writes @p data to a file inside the temporary folder and returns its path.
    QString writeFile(const QString &relative, const QByteArray &data) const;

    QTemporaryDir m_dir;
};

/// Relative paths of every file below @p root (hidden ones included), sorted; the export record
/// an export leaves in its folder (".kubegram-export.json") is left out (its own tests check it).
QStringList filesUnder(const QString &root);

/// The node with id @p id, or nullptr.
const Node *findNode(const GraphData &graph, const QString &id);
/// True when @p graph has an edge @p from → @p to of @p type.
bool hasEdge(const GraphData &graph, const QString &from, const QString &to, const QString &type);
/// Writes @p artifacts below @p folder at their paths (folders made as needed); false on the
/// first that cannot be written.
bool writeArtifacts(const ArtifactList &artifacts, const QString &folder);

/// A small tmpfs mounted at a folder for the life of the object: a full disk (tiny size) or a
/// read-only filesystem, for the tests that prove nothing half-written stays behind. Mounting
/// needs root; isMounted() is false elsewhere and the caller skips.
class TmpfsMount
{
public:
    TmpfsMount(const QString &path, int sizeKiB, bool readOnly = false);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;
    bool isMounted() const { return m_mounted; }
    /// Unmounts now (before checking what is left, say); the destructor then does nothing.
    void unmount();

private:
    QString m_path;
    bool m_mounted = false;
};

/// A folder nobody may write into while the object lives: a read-only tmpfs when running as
/// root (root ignores permission bits), else the folder without write permission. The folder is
/// writable again after release() or destruction. isReady() is false when it could not be made.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &path);
    ~ReadOnlyFolder();
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;
    bool isReady() const { return m_ready; }
    void release();

private:
    QString m_path;
    std::unique_ptr<TmpfsMount> m_mount;
    bool m_ready = false;
};

/// @p text (UTF-8) as a QString: the short form the tests write literals in.
inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

/// A generated YAML file at @p path with @p content, made by node @p nodeId (empty: none).
Artifact yamlArtifact(const QString &path, const QByteArray &content = "kind: ConfigMap\n",
                      const QString &nodeId = {});

/// A multi-document YAML text of about @p lines lines (Deployments), for viewer tests and
/// benchmarks.
QString generatedYaml(int lines);

/// CPU time consumed by the calling thread, in milliseconds: a stall without the time other
/// processes took.
qint64 threadCpuMs();

/// Measures how long the event loop goes without a turn while it runs: a 1 ms heartbeat
/// records the longest gap in wall time (what a user sees, including time the machine gave to
/// other processes) and in this thread's CPU time (the work done without returning to the event
/// loop, which a busy machine cannot inflate: assert on that one).
class StallMeter
{
public:
    /// @p onTick runs on every heartbeat with the tick's number (1, 2, …).
    explicit StallMeter(std::function<void(int tick)> onTick = {});
    /// Starts (again) from zero.
    void start();
    void stop();
    qint64 longestMs() const { return m_longest; }
    qint64 longestCpuMs() const { return m_longestCpu; }
    /// Wall time since start().
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    int ticks() const { return m_ticks; }

private:
    std::function<void(int)> m_onTick;
    QTimer m_heartbeat;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longestCpu = 0;
    int m_ticks = 0;
};

/// A dark palette like a dark desktop theme's, to test and show that colours follow it.
QPalette darkPalette();

/// Small graphs for tests: a node and an edge with readable ids.
Node makeNode(const QString &id, const QString &kind, const QString &name = {}, QPointF pos = {},
              const QVariantMap &properties = {});
Edge makeEdge(const QString &id, const QString &source, const QString &target,
              const QString &type = {});

/// Options of generatedGraph().
struct GeneratedGraphOptions
{
    bool flat = false;      ///< no namespace frames; every other node also links into the next
                            ///< namespace (about 1.5 edges per node)
    bool varySizes = false; ///< every 13th node is 220 × 90 instead of the default size
};

/// A large graph for layout tests and benchmarks: @p namespaces groups of @p perNamespace nodes
/// of ten kinds, each node after the first linked to an earlier one of its group.
GraphData generatedGraph(int namespaces, int perNamespace,
                         const GeneratedGraphOptions &options = {});

} // namespace kg::test
