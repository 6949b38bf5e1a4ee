#pragma once

#include "MainWindow.h"
#include "MainWindows.h"
#include "canvas/EdgeItem.h"
#include "canvas/GraphEditor.h"
#include "canvas/GraphScene.h"
#include "canvas/GraphView.h"
#include "canvas/NodeItem.h"
#include "model/GraphDocument.h"
#include "session/DocumentSession.h"
#include "settings/AppSettings.h"

#include "TestSupport.h"

#include <QApplication>
#include <QPointer>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

namespace kg::test {

/// A shown main window with a canvas of known size, and helpers that drive it with real mouse
/// and keyboard events.
class CanvasFixture : public TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        settings = std::make_shared<AppSettings>(path(QStringLiteral("settings.conf")));
        window = newWindow();
    }
    void TearDown() override { deleteAllMainWindows(); }
    ui::MainWindow *newWindow()
    {
        auto *w = new ui::MainWindow(settings);
        w->session()->setAutosaveInterval(0);
        // Test processes run in parallel and share the test-mode data folder: keep recovery
        // copies in this test's own folder.
        w->session()->setRecoveryFolder(path(QStringLiteral("recovery")));
        w->resize(1280, 800);
        w->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(w));
        w->view()->resetZoom();
        w->view()->centerOn(QPointF(300, 200));
        return w;
    }
    GraphDocument *doc() const { return window->document(); }
    ui::GraphScene *scene() const { return window->scene(); }
    ui::GraphView *view() const { return window->view(); }
    QWidget *viewport() const { return window->view()->viewport(); }

    /// Loads @p graph into the window's document (no undo) and shows it at 100 %.
    void load(const GraphData &graph)
    {
        doc()->reset(graph);
        QCoreApplication::processEvents();
        view()->resetZoom();
    }
    /// The viewport point showing scene point @p p (centred on it first when it is hidden).
    QPoint at(QPointF p) const
    {
        QPoint v = view()->mapFromScene(p);
        if (!viewport()->rect().adjusted(20, 20, -20, -20).contains(v)) {
            view()->centerOn(p);
            v = view()->mapFromScene(p);
        }
        return v;
    }
    QPointF centerOf(const QString &nodeId) const
    {
        return scene()->nodeItem(nodeId)->sceneRect().center();
    }
    /// A left-button drag through a few intermediate points, as a hand would do it.
    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, from);
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(viewport(), from + (to - from) * i / 5);
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, to);
    }
    /// Dismisses the next modal dialog (an error message box) once it is shown.
    void dismissNextDialog()
    {
        QTimer::singleShot(50, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
    }
    QString statusText() const { return window->statusBar()->currentMessage(); }
    QAction *action(const char *name) const { return window->action(QString::fromLatin1(name)); }

    std::shared_ptr<AppSettings> settings;
    ui::MainWindow *window = nullptr;
};

inline GraphData threeTier()
{
    GraphData g;
    g.name = QStringLiteral("three tier");
    g.nodes = {makeNode(QStringLiteral("ing"), QStringLiteral("INGRESS"), QStringLiteral("web"),
                        {0, 0}),
               makeNode(QStringLiteral("svc"), QStringLiteral("SERVICE"), QStringLiteral("api"),
                        {300, 0}),
               makeNode(QStringLiteral("dep"), QStringLiteral("DEPLOYMENT"),
                        QStringLiteral("api-server"), {600, 0}),
               makeNode(QStringLiteral("db"), QStringLiteral("DATABASE"), QStringLiteral("orders"),
                        {900, 0})};
    g.edges = {makeEdge(QStringLiteral("e1"), QStringLiteral("ing"), QStringLiteral("svc"),
                        QStringLiteral("ROUTES_TO")),
               makeEdge(QStringLiteral("e2"), QStringLiteral("svc"), QStringLiteral("dep"),
                        QStringLiteral("SERVICE_EXPOSES_POD")),
               makeEdge(QStringLiteral("e3"), QStringLiteral("dep"), QStringLiteral("db"),
                        QStringLiteral("CONNECTS_TO"))};
    return g;
}

} // namespace kg::test
