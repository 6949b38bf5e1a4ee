#pragma once

#include "model/GraphElements.h"

#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

class QCoreApplication;

namespace kg::test {

/// Path of a file in the source tree, e.g. sourcePath("resources/samples/three-tier.kgraph").
QString sourcePath(const QString &relative);
/// Path of a file in the build tree (binaries, generated files).
QString binaryPath(const QString &relative);

/// Prepares the process for tests: test-mode standard paths (nothing touches the real user's
/// settings), a private XDG_RUNTIME_DIR, application identity. Call before creating the app.
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

/// Small graphs for tests: a node and an edge with readable ids.
Node makeNode(const QString &id, const QString &kind, const QString &name = {},
              QPointF pos = {}, const QVariantMap &properties = {});
Edge makeEdge(const QString &id, const QString &source, const QString &target,
              const QString &type = {});

} // namespace kg::test
