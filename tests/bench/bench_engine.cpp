// Local engine throughput: generation of synthetic graphs with 1k and 10k nodes and 1.5 edges
// per node, in every layout (disk writes excluded). Prints "engine.<metric> <value> <unit>": wall
// and CPU milliseconds and nodes per second for each size and layout.
#include "codegen/LocalEngine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTextStream>

#include <ctime>

using namespace kg;

namespace {

// A realistic mix: per namespace of 50 nodes, front doors, services, workloads, data, config.
GraphData syntheticGraph(int nodeCount)
{
    static const char *kinds[] = {"MICROSERVICE",
                                  "DEPLOYMENT",
                                  "SERVICE",
                                  "DATABASE",
                                  "CACHE",
                                  "CONFIGMAP",
                                  "SECRET",
                                  "STATEFULSET",
                                  "INGRESS",
                                  "MESSAGE_QUEUE",
                                  "HORIZONTALPODAUTOSCALER",
                                  "PERSISTENTVOLUMECLAIM"};
    GraphData g;
    g.name = QStringLiteral("bench-%1").arg(nodeCount);
    g.nodes.reserve(nodeCount);
    for (int i = 0; i < nodeCount; ++i) {
        Node n;
        n.id = QStringLiteral("n%1").arg(i);
        n.kind = QString::fromLatin1(kinds[i % 12]);
        n.name = QStringLiteral("svc-%1").arg(i);
        n.properties.insert(QStringLiteral("namespace"), QStringLiteral("team-%1").arg(i / 50));
        n.properties.insert(QStringLiteral("image"),
                            QStringLiteral("ghcr.io/acme/app-%1:1.%2.0").arg(i).arg(i % 7));
        n.properties.insert(QStringLiteral("ports"), QVariantList{qint64(8080 + i % 3)});
        n.properties.insert(QStringLiteral("healthPath"), QStringLiteral("/healthz"));
        g.nodes.append(n);
    }
    // 1.5 edges per node, mostly inside a namespace, deterministic.
    const int edgeCount = nodeCount * 3 / 2;
    g.edges.reserve(edgeCount);
    quint32 x = 12345;
    for (int i = 0; i < edgeCount; ++i) {
        x = x * 1103515245u + 12345u;
        const int source = i % nodeCount;
        const int block = source / 50 * 50;
        const int target = qMin(nodeCount - 1, block + int((x >> 8) % 50));
        Edge e;
        e.id = QStringLiteral("e%1").arg(i);
        e.source = g.nodes.at(source).id;
        e.target = g.nodes.at(target).id;
        g.edges.append(e);
    }
    return g;
}

double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    // Optional arguments for profiling: a node count, a layout (defaults: 1k and 10k, every
    // layout), "--threads=N" (threads writing YAML; default one per core) and "--digest" (prints
    // a SHA-256 of every artifact's path and content, to check that an optimisation leaves the
    // output byte for byte unchanged).
    QList<int> sizes{1000, 10000};
    QStringList layouts = LocalEngine::layouts();
    bool digest = false;
    int threads = 0;
    const QStringList args = app.arguments().mid(1);
    for (const QString &arg : args) {
        bool isNumber = false;
        const int number = arg.toInt(&isNumber);
        if (isNumber && number > 0)
            sizes = {number};
        else if (LocalEngine::layouts().contains(arg))
            layouts = {arg};
        else if (arg == QLatin1String("--digest"))
            digest = true;
        else if (arg.startsWith(QLatin1String("--threads=")))
            threads = arg.mid(10).toInt();
        else {
            out << "usage: bench_engine [nodes] [layout] [--threads=N] [--digest]\n";
            return 2;
        }
    }
    for (const int n : sizes) {
        const GraphData g = syntheticGraph(n);
        const QString size = n >= 1000 && n % 1000 == 0
                                     ? QString::number(n / 1000) + QLatin1Char('k')
                                     : QString::number(n);
        for (const QString &layout : layouts) {
            GenerationOptions options;
            options.layout = layout;
            options.networkPolicies = layout == QLatin1String("files");
            options.threads = threads;
            LocalEngine::generate(g, options); // warm-up
            const int runs = n >= 10000 ? 3 : 5;
            double bestWall = 1e18, bestCpu = 1e18;
            qsizetype bytes = 0, objects = 0;
            for (int r = 0; r < runs; ++r) {
                QElapsedTimer t;
                const double c0 = cpuMs();
                t.start();
                const auto result = LocalEngine::generate(g, options);
                const double wall = double(t.nsecsElapsed()) / 1e6;
                const double cpu = cpuMs() - c0;
                if (!result.ok()) {
                    out << "engine.error " << result.error().toString() << '\n';
                    return 1;
                }
                bestWall = qMin(bestWall, wall);
                bestCpu = qMin(bestCpu, cpu);
                bytes = 0;
                for (const Artifact &a : result->artifacts)
                    bytes += a.content.size();
                objects = result->report.objects.size();
            }
            const QString key = QStringLiteral("engine.generate_%1_%2").arg(size, layout);
            if (digest) {
                QCryptographicHash hash(QCryptographicHash::Sha256);
                const auto generated = LocalEngine::generate(g, options);
                for (const Artifact &a : generated->artifacts) {
                    hash.addData(a.path.toUtf8());
                    hash.addData(QByteArrayView("\0", 1));
                    hash.addData(a.content);
                }
                out << key << "_digest " << QString::fromLatin1(hash.result().toHex()) << '\n';
            }
            // Wall time, and CPU time of the whole process (every thread): best of the runs.
            out << key << "_ms " << qRound(bestWall) << " ms\n";
            out << key << "_wall_ms " << qRound(bestWall) << " ms\n";
            out << key << "_cpu_ms " << qRound(bestCpu) << " ms\n";
            out << "engine.nodes_per_s_" << size << '_' << layout << ' '
                << qRound64(double(n) / (bestWall / 1000.0)) << " nodes/s\n";
            out << "engine.nodes_per_cpu_s_" << size << '_' << layout << ' '
                << qRound64(double(n) / (qMax(bestCpu, 1.0) / 1000.0)) << " nodes/s\n";
            if (layout == QLatin1String("files")) {
                out << "engine.nodes_per_s_" << size << ' '
                    << qRound64(double(n) / (bestWall / 1000.0)) << " nodes/s\n";
                out << "engine.objects_" << size << ' ' << objects << " objects\n";
                out << "engine.output_" << size << ' ' << (bytes / 1024) << " KiB\n";
            }
            out.flush();
        }
    }
    return 0;
}
