// Auto-layout speed: arrangeLayered on 10,000 nodes, in 20 namespaces and flat with 15,000 edges.
// Prints "layout.<metric> <value> ms" lines (median of 5 runs).
#include "layout/LayeredLayout.h"

#include "TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace kg;

namespace {

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
    const GraphData nested = test::generatedGraph(20, 500);
    const GraphData flat = test::generatedGraph(20, 500, {/*flat=*/true});
    std::printf("layout.arrange_10k_namespaced_ms %.1f ms\n", medianMs(nested));
    std::printf("layout.arrange_10k_flat_%lld_edges_ms %.1f ms\n",
                static_cast<long long>(flat.edges.size()), medianMs(flat));
    return 0;
}
