// Import speed and memory: 10,000 Kubernetes objects of the shapes teams keep (Deployments
// with two containers, env, probes and volumes; Services; ConfigMaps; HPAs; ServiceAccounts),
// as one multi-document file (about 15 MB) and as 10,000 files in a folder. Each import runs in
// a child process of its own so that its peak memory (VmHWM) is the import's alone.
// Prints "import.<name>_ms <value> ms" and "import.<name>_peak_mb <value> MB" lines (median of
// 3 runs) and the objects and nodes imported.
#include "io/KubernetesYamlImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace kg;

namespace {

// Twenty-four plain settings, as services commonly carry.
QByteArray settings()
{
    QByteArray out;
    for (int k = 0; k < 24; ++k)
        out += "            - name: SETTING_" + QByteArray::number(k)
               + "_VALUE\n              value: \"value-" + QByteArray::number(k * 37) + "\"\n";
    return out;
}

QByteArray object(int i)
{
    const QByteArray n = QByteArray::number(i);
    const QByteArray app = "svc-" + n;
    switch (i % 5) {
    case 0:
    case 1:
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + app
               + "\n  namespace: team-" + QByteArray::number(i % 20)
               + "\n  labels:\n    app: " + app
               + "\n    tier: backend\n  annotations:\n"
                 "    owner: platform@example.com\nspec:\n  replicas: 3\n  revisionHistoryLimit: "
                 "5\n"
                 "  selector:\n    matchLabels:\n      app: "
               + app + "\n  template:\n    metadata:\n      labels:\n        app: " + app
               + "\n        tier: backend\n    spec:\n      serviceAccountName: " + app
               + "\n      initContainers:\n        - name: migrate\n"
                 "          image: registry.example.com/team/migrate:1.4.2\n"
                 "          args: [\"--up\"]\n      containers:\n        - name: app\n"
                 "          image: registry.example.com/team/"
               + app
               + ":2.0.1\n          ports:\n            - name: http\n              containerPort: "
                 "8080\n"
                 "          env:\n            - name: LOG_LEVEL\n              value: info\n"
                 "            - name: POD_NAME\n              valueFrom:\n                "
                 "fieldRef:\n"
                 "                  fieldPath: metadata.name\n"
               + settings()
               + "          envFrom:\n"
                 "            - configMapRef:\n                name: "
               + app
               + "-config\n          resources:\n            requests:\n              cpu: 100m\n"
                 "              memory: 128Mi\n            limits:\n              memory: 256Mi\n"
                 "          readinessProbe:\n            httpGet:\n              path: /ready\n"
                 "              port: http\n          livenessProbe:\n            httpGet:\n"
                 "              path: /live\n              port: http\n"
                 "          volumeMounts:\n            - name: config\n              mountPath: "
                 "/etc/app\n"
                 "            - name: cache\n              mountPath: /var/cache\n"
                 "        - name: proxy\n          image: envoyproxy/envoy:v1.30.2\n"
                 "          args: [\"-c\", \"/etc/envoy/envoy.yaml\"]\n      volumes:\n"
                 "        - name: config\n          configMap:\n            name: "
               + app + "-config\n        - name: cache\n          emptyDir: {}\n";
    case 2:
        return "apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-" + QByteArray::number(i - 2)
               + "\n  namespace: team-" + QByteArray::number((i - 2) % 20)
               + "\nspec:\n  selector:\n    app: svc-" + QByteArray::number(i - 2)
               + "\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n";
    case 3:
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: svc-"
               + QByteArray::number(i - 3) + "-config\n  namespace: team-"
               + QByteArray::number((i - 3) % 20)
               + "\ndata:\n  app.toml: |\n    [server]\n    listen = \":8080\"\n    workers = 4\n"
                 "  FEATURE_X: \"on\"\n  RATIO: \"0.75\"\n";
    default:
        return "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: svc-"
               + QByteArray::number(i - 4) + "\n  namespace: team-"
               + QByteArray::number((i - 4) % 20)
               + "\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n"
                 "    name: svc-"
               + QByteArray::number(i - 4)
               + "\n  minReplicas: 3\n  maxReplicas: 12\n  metrics:\n    - type: Resource\n"
                 "      resource:\n        name: cpu\n        target:\n          type: "
                 "Utilization\n"
                 "          averageUtilization: 70\n";
    }
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Child: imports @p path, prints "<ms> <peak kB> <objects> <nodes>".
int runImport(const QString &path)
{
    QElapsedTimer t;
    t.start();
    io::ImportLimits limits;
    auto r = io::KubernetesYamlImporter::importPaths({path}, QStringLiteral("bench"), limits);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (!r) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(r.error().toString()));
        return 1;
    }
    std::printf("%.1f %ld %d %lld\n", ms, peakRssKb(), r->objectCount,
                static_cast<long long>(r->graph.nodes.size()));
    return 0;
}

void measure(const QString &name, const QString &path)
{
    std::vector<double> ms, mb;
    QByteArray last;
    for (int run = 0; run < 3; ++run) {
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--import"), path});
        p.waitForFinished(600000);
        const QByteArray out = p.readAllStandardOutput().trimmed();
        const QList<QByteArray> parts = out.split(' ');
        if (p.exitCode() != 0 || parts.size() != 4) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), p.readAllStandardError().constData());
            return;
        }
        ms.push_back(parts[0].toDouble());
        mb.push_back(parts[1].toDouble() / 1024.0);
        last = out;
    }
    std::sort(ms.begin(), ms.end());
    std::sort(mb.begin(), mb.end());
    const QList<QByteArray> parts = last.split(' ');
    std::printf("import.%s_ms %.1f ms\n", qPrintable(name), ms[1]);
    std::printf("import.%s_peak_mb %.1f MB\n", qPrintable(name), mb[1]);
    std::printf("import.%s_objects %s objects\n", qPrintable(name), parts[2].constData());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--import") == 0)
        return runImport(QString::fromLocal8Bit(argv[2]));

    QTemporaryDir dir;
    // KG_BENCH_KEEP=folder writes the inputs there and keeps them (for profiling).
    const QString keep = qEnvironmentVariable("KG_BENCH_KEEP");
    if (!keep.isEmpty())
        dir.setAutoRemove(false);
    const QString base = keep.isEmpty() ? dir.path() : keep;
    constexpr int Objects = 10000;
    QFile big(QDir(base).filePath(QStringLiteral("all.yaml")));
    if (!big.open(QIODevice::WriteOnly))
        return 1;
    const QString folder = QDir(base).filePath(QStringLiteral("files"));
    QDir().mkpath(folder);
    for (int i = 0; i < Objects; ++i) {
        const QByteArray o = object(i);
        big.write("---\n");
        big.write(o);
        QFile one(QDir(folder).filePath(
                QStringLiteral("object-%1.yaml").arg(i, 5, 10, QLatin1Char('0'))));
        if (!one.open(QIODevice::WriteOnly))
            return 1;
        one.write(o);
    }
    big.close();
    std::printf("import.one_file_size_mb %.1f MB\n", double(big.size()) / 1e6);
    measure(QStringLiteral("one_file_10k"), big.fileName());
    measure(QStringLiteral("folder_10k_files"), folder);
    return 0;
}
