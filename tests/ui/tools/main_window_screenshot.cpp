// Not a test: opens a graph in the main window, generates it with the local engine and saves
// screenshots of the whole window with the artifacts showing (light and dark palette).
// Usage: main_window_screenshot GRAPH OUT_FOLDER (under xvfb-run or the offscreen platform).
#include "GenerationControls.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "artifacts/ArtifactViewer.h"
#include "canvas/GraphScene.h"
#include "canvas/GraphView.h"
#include "io/GraphFileReader.h"
#include "model/GraphDocument.h"
#include "remote/Credential.h"
#include "session/AppContext.h"
#include "session/DocumentSession.h"
#include "session/GenerationService.h"
#include "settings/AppSettings.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace kg;
using namespace kg::ui;

using kg::test::darkPalette;

namespace {

bool shoot(const GraphData &graph, const QString &file, const QPalette &palette)
{
    QApplication::setPalette(palette);
    QTemporaryDir dir;
    auto settings = std::make_shared<AppSettings>(dir.filePath(QStringLiteral("s.conf")));
    auto db = store::Database::open(dir.filePath(QStringLiteral("cache.sqlite")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return false;
    }
    auto context = std::make_shared<session::AppContext>(
            settings, *db, std::make_unique<remote::MemoryCredentialStore>());
    auto *w = new MainWindow(context);
    w->session()->setRecoveryFolder(dir.filePath(QStringLiteral("recovery")));
    w->session()->setAutosaveInterval(0);
    w->resize(1440, 920);
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        qWarning("window not exposed");
    w->document()->reset(graph);
    QTest::qWait(100);
    if (!w->generationControls()->generate()
        || !QTest::qWaitFor([w] { return !w->generation()->isRunning(); }, 20'000)) {
        std::fprintf(stderr, "generation did not finish\n");
        return false;
    }
    QTest::qWait(200);
    // A node selected on the canvas shows its manifest in the viewer.
    const QStringList ids = [&graph] {
        QStringList r;
        for (const Node &n : graph.nodes) {
            if (n.kind == QLatin1String("MICROSERVICE"))
                r << n.id;
        }
        return r;
    }();
    if (!ids.isEmpty())
        w->scene()->selectElements({ids.constFirst()});
    w->resizeDocks({w->artifactsDock()}, {360}, Qt::Vertical);
    QTest::qWait(100);
    w->view()->fitAll();
    QTest::qWait(300);
    // Highest PNG compression keeps the README image small.
    const bool ok = w->grab().save(file, "PNG", 0);
    w->document()->setClean();
    delete w;
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (argc < 3) {
        std::fprintf(stderr, "usage: main_window_screenshot GRAPH OUT_FOLDER\n");
        return 2;
    }
    const auto graph = io::readGraphFile(QString::fromLocal8Bit(argv[1]));
    if (!graph) {
        std::fprintf(stderr, "%s\n", qPrintable(graph.error().toString()));
        return 1;
    }
    const QString out = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(out);
    const QPalette light = QApplication::palette();
    bool ok = shoot(*graph, QDir(out).filePath(QStringLiteral("main-window.png")), light);
    ok = shoot(*graph, QDir(out).filePath(QStringLiteral("main-window-dark.png")), darkPalette())
         && ok;
    return ok ? 0 : 1;
}
