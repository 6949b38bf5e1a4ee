// Canvas benchmark: prints "canvas.<metric> <value> ms" lines (the median of several runs).
// Run it on the offscreen platform: QT_QPA_PLATFORM=offscreen build/tests/bench_canvas
#include "canvas/EdgeItem.h"
#include "canvas/GraphScene.h"
#include "canvas/GraphView.h"
#include "canvas/NodeItem.h"
#include "model/GraphDocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <vector>

using namespace kg;
using namespace kg::ui;

namespace {

/// A grid of nodes of realistic kinds with about @p edgesPerNode connections each, mostly
/// between neighbours (as drawn graphs are), some long ones.
GraphData makeGraph(int nodes, double edgesPerNode)
{
    static const char *kinds[] = {"DEPLOYMENT",  "SERVICE",      "INGRESS", "DATABASE",
                                  "CACHE",       "CONFIGMAP",    "SECRET",  "MICROSERVICE",
                                  "STATEFULSET", "MESSAGE_QUEUE"};
    QRandomGenerator rng(42);
    GraphData g;
    const int columns = 40;
    g.nodes.reserve(nodes);
    for (int i = 0; i < nodes; ++i) {
        Node n;
        n.id = QStringLiteral("n%1").arg(i);
        n.kind = QString::fromLatin1(kinds[i % 10]);
        n.name = QStringLiteral("%1-%2").arg(n.kind.toLower()).arg(i);
        n.pos = QPointF((i % columns) * 240.0, (i / columns) * 140.0);
        g.nodes.append(n);
    }
    const int edges = int(nodes * edgesPerNode);
    g.edges.reserve(edges);
    for (int i = 0; i < edges; ++i) {
        const int s = i % nodes;
        int t = 0;
        switch (i / nodes) {
        case 0:
            t = (s + 1) % nodes;
            break;
        case 1:
            t = (s + columns) % nodes;
            break;
        default:
            t = int(rng.bounded(nodes));
            break;
        }
        if (t == s)
            t = (s + 2) % nodes;
        Edge e;
        e.id = QStringLiteral("e%1").arg(i);
        e.source = g.nodes.at(s).id;
        e.target = g.nodes.at(t).id;
        e.connectionType = QStringLiteral("CONNECTS_TO");
        g.edges.append(e);
    }
    return g;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

/// CPU time of this thread in ms: everything measured here runs on the GUI thread, and unlike
/// wall time it does not grow when other processes compete for the cores.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing
{
    double cpu;  ///< median thread CPU time
    double wall; ///< median wall time
    double bestWall;
};

Timing measure(int runs, const std::function<void()> &work, bool warmUp = true)
{
    if (warmUp)
        work(); // caches, fonts, icon pixmaps
    std::vector<double> cpu;
    std::vector<double> wall;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double c = threadCpuMs();
        timer.start();
        work();
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - c);
    }
    return {median(cpu), median(wall), *std::min_element(wall.begin(), wall.end())};
}

void report(const char *metric, const Timing &t)
{
    std::printf("canvas.%s %.2f ms\n# canvas.%s wall median %.2f ms, best %.2f ms\n", metric, t.cpu,
                metric, t.wall, t.bestWall);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    // --- load: 10,000 nodes / 15,000 edges ---
    {
        const GraphData big = makeGraph(10000, 1.5);
        // Documents and scenes are made and destroyed outside the timed part.
        std::vector<std::unique_ptr<GraphDocument>> docs;
        std::vector<std::unique_ptr<GraphScene>> scenes;
        for (int i = 0; i < 4; ++i) {
            docs.push_back(std::make_unique<GraphDocument>());
            scenes.push_back(std::make_unique<GraphScene>(docs.back().get()));
        }
        int next = 0;
        report("load_10k_ms", measure(
                                      3, [&] { docs.at(size_t(next++))->reset(big); }, true));
        for (const auto &scene : scenes) {
            if (scene->nodeItemCount() != 10000 || scene->edgeItemCount() != 15000) {
                std::fprintf(stderr, "unexpected item count\n");
                return 1;
            }
        }
    }

    // --- 1,000 nodes / 2,000 edges in a 1600×900 view ---
    GraphDocument doc;
    GraphScene scene(&doc);
    doc.reset(makeGraph(1000, 2.0));
    GraphView view(&scene);
    view.setMinimapVisible(false);
    view.resize(1600 + view.frameWidth() * 2, 900 + view.frameWidth() * 2);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.show();
    QCoreApplication::processEvents();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    auto paintFrame = [&] {
        // The same paint event the screen gets, into an image instead of the backing store.
        QPainter p(&frame);
        view.viewport()->render(&p);
    };

    view.fitAll();
    report("fit_all_paint_1k_ms", measure(15, paintFrame));
    std::printf("# fit-all zoom %.3f\n", view.zoom());

    view.resetZoom();
    view.centerOn(scene.contentRect().center());
    report("frame_1to1_1k_ms", measure(15, paintFrame));

    // --- drag: a 50-node selection moves one step; their edges follow ---
    QStringList ids;
    for (int i = 0; i < 50; ++i)
        ids << doc.nodeIds().at(400 + i);
    scene.selectElements(ids);
    scene.beginMove(ids);
    int step = 0;
    report("drag_step_1k_ms", measure(30, [&] {
               ++step;
               scene.moveBy(QPointF(step * 3, step * 2));
               QCoreApplication::processEvents(); // scene change processing + view update
           }));
    report("drag_step_paint_1k_ms", measure(30, [&] {
               ++step;
               scene.moveBy(QPointF(step * 3, step * 2));
               QCoreApplication::processEvents();
               paintFrame();
           }));
    scene.endMove();
    return 0;
}
