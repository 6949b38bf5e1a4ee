// Auto-layout speed: arrangeLayered on 10,000 nodes, in 20 namespaces and flat with 15,000 edges.
// Prints "layout.<metric> <value> ms" lines (median of 5 runs).
#include "layout/LayeredLayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace kg;

namespace {

GraphData graph(int namespaces, int perNamespace, bool flat)
{
    static const char *const kinds[] = {"INGRESS",     "SERVICE",
                                        "DEPLOYMENT",  "MICROSERVICE",
                                        "STATEFULSET", "DATABASE",
                                        "CACHE",       "CONFIGMAP",
                                        "SECRET",      "PERSISTENTVOLUMECLAIM"};
    GraphData g;
    int edge = 0;
    for (int ns = 0; ns < namespaces; ++ns) {
        const QString nsId = QStringLiteral("ns%1").arg(ns);
        if (!flat) {
            Node frame;
            frame.id = nsId;
            frame.kind = QStringLiteral("NAMESPACE");
            frame.name = nsId;
            g.nodes << frame;
        }
        for (int i = 0; i < perNamespace; ++i) {
            Node n;
            n.id = QStringLiteral("n%1-%2").arg(ns).arg(i);
            n.kind = QString::fromLatin1(kinds[(i * 7 + ns) % 10]);
            n.name = n.id;
            if (!flat)
                n.parent = nsId;
            g.nodes << n;
            if (i > 0) {
                Edge e;
                e.id = QStringLiteral("e%1").arg(edge++);
                e.source = n.id;
                e.target = QStringLiteral("n%1-%2").arg(ns).arg((i * 31 + 7) % i);
                g.edges << e;
                if (flat && i % 2 == 0) {
                    e.id = QStringLiteral("x%1").arg(edge++);
                    e.target = QStringLiteral("n%1-%2").arg((ns + 1) % namespaces).arg(i / 2);
                    g.edges << e;
                }
            }
        }
    }
    return g;
}

double medianMs(const GraphData &g)
{
    std::vector<double> runs;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const LayoutResult r = arrangeLayered(g);
        runs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (r.positions.size() != g.nodes.size())
            std::fprintf(stderr, "layout incomplete\n");
    }
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const GraphData nested = graph(20, 500, false);
    const GraphData flat = graph(20, 500, true);
    std::printf("layout.arrange_10k_namespaced_ms %.1f ms\n", medianMs(nested));
    std::printf("layout.arrange_10k_flat_%lld_edges_ms %.1f ms\n",
                static_cast<long long>(flat.edges.size()), medianMs(flat));
    return 0;
}
