// Store benchmark: prints "store.<metric> <value> <unit>" lines.
//   store.insert_jobs_per_s      jobs (10 artifacts each) recorded and completed per second
//   store.bulk_insert_jobs_per_s job rows inserted per second in one transaction
//   store.list_100k_ms           the job list over 100,000 jobs: creating the model and reading
//                                the first screen (GUI thread, before the first paint)
//   store.list_100k_ready_ms     from creating it until all 100,000 rows are there (the older
//                                ids are read in the background)
//   store.list_100k_stall_ms     the longest the GUI thread was busy at a time meanwhile: the
//                                creation itself or handling a batch of ids (1 ms timer, so
//                                the number includes up to 1 ms of waiting)
//   store.list_100k_cpu_ms       GUI-thread CPU time of list_100k_ms, and of the longest stall:
//   store.list_100k_stall_cpu_ms the same without the time other processes had the CPU
//   store.panel_open_100k_ms     the job panel (table view, header) created, shown and painted
//   store.panel_open_100k_cpu_ms its GUI-thread CPU time
//   store.panel_stall_ms         the longest GUI-thread stall until its list is complete
//   store.scroll_page_ms         fetching one page of rows deep in the list
//   store.refresh_ms             one live refresh of the panel over 100,000 jobs
//   store.browser_reload_ms      the project browser over 1,200 projects and 100,000 jobs:
//                                reloading the tree and reading what it first shows
//   store.browser_dock_reload_ms the same through the browser panel (proxy, tree view, expansion)
//   store.artifact_dedup_ratio   logical / stored artifact bytes when graphs are regenerated
#include "browser/ProjectBrowserDock.h"
#include "browser/ProjectBrowserModel.h"
#include "jobs/JobPanelDock.h"
#include "jobs/JobTableModel.h"
#include "store/ArtifactRepository.h"
#include "store/Database.h"
#include "store/JobRecorder.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace kg;
using namespace kg::store;

namespace {

void print(const char *metric, double value, const char *unit)
{
    std::printf("store.%s %.3f %s\n", metric, value, unit);
    std::fflush(stdout);
}

/// CPU time of the calling thread, in ns: its own work, whatever else the machine runs.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

struct Stall
{
    qint64 wallNs = 0; ///< the longest time between two turns of the event loop
    qint64 cpuNs = 0;  ///< the most GUI-thread CPU time spent between two turns
};

/// Turns the event loop until @p done() holds (at most 60 s) and returns the longest time
/// between two turns: how long the window would have been frozen at worst.
Stall longestStallUntil(const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QElapsedTimer gap;
    QElapsedTimer limit;
    Stall longest;
    qint64 cpu = threadCpuNs();
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 nowCpu = threadCpuNs();
        longest.wallNs = std::max(longest.wallNs, gap.nsecsElapsed());
        longest.cpuNs = std::max(longest.cpuNs, nowCpu - cpu);
        gap.restart();
        cpu = nowCpu;
        if (done() || limit.hasExpired(60000))
            loop.quit();
    });
    gap.start();
    limit.start();
    tick.start();
    loop.exec();
    return longest;
}

GenerationResult generated(int variant)
{
    // A typical small system: ten manifests, of which a couple change between regenerations.
    GenerationResult r;
    for (int i = 0; i < 10; ++i) {
        Artifact a;
        a.path = QStringLiteral("manifests/resource-%1.yaml").arg(i);
        a.language = QStringLiteral("yaml");
        a.content = QByteArray("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: svc-")
                    + QByteArray::number(i) + "\n" + QByteArray(1200, 'y');
        if (i < 2)
            a.content += "\n# revision " + QByteArray::number(variant);
        r.artifacts << a;
    }
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    std::shared_ptr<Database> db = *opened;

    // Recorded jobs: begin (revision + row) and complete (10 artifacts + report), each its own
    // transaction, as the GUI and the command line do.
    JobRecorder recorder(db);
    constexpr int Recorded = 500;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < Recorded; ++i) {
        JobStart start;
        start.backend = QStringLiteral("local");
        start.graph.name = QStringLiteral("bench");
        const auto id = recorder.begin(start);
        if (!id || !recorder.complete(*id, generated(i / 5)))
            return 1;
    }
    print("insert_jobs_per_s", Recorded * 1000.0 / qMax<qint64>(1, t.elapsed()), "jobs/s");

    const auto stats = ArtifactRepository(*db).stats();
    print("artifact_dedup_ratio", stats ? stats->dedupRatio() : 0.0, "x");

    // Fill up to 100,000 jobs with plain rows.
    constexpr int Total = 100000;
    t.restart();
    {
        Transaction tx(*db);
        QSqlQuery q(tx.connection());
        q.prepare(QStringLiteral("INSERT INTO jobs(backend, status, step, progress, created_at, "
                                 "started_at, finished_at, updated_at, file_count) "
                                 "VALUES('local', 'completed', 'done', 100, ?, ?, ?, ?, 10)"));
        const qint64 base = QDateTime::currentMSecsSinceEpoch();
        for (int i = Recorded; i < Total; ++i) {
            q.bindValue(0, base + i);
            q.bindValue(1, base + i);
            q.bindValue(2, base + i + 900);
            q.bindValue(3, base + i + 900);
            if (!q.exec())
                return 1;
        }
        if (!tx.commit())
            return 1;
    }
    print("bulk_insert_jobs_per_s", (Total - Recorded) * 1000.0 / qMax<qint64>(1, t.elapsed()),
          "jobs/s");

    // The job list over 100,000 jobs: create, then what a view asks for the first screen.
    t.restart();
    qint64 cpu = threadCpuNs();
    ui::JobTableModel model(db);
    model.setPollInterval(0);
    for (int row = 0; row < 40; ++row) {
        for (int c = 0; c < ui::JobTableModel::ColumnCount; ++c)
            model.index(row, c).data();
    }
    const qint64 listNs = t.nsecsElapsed();
    const qint64 listCpuNs = threadCpuNs() - cpu;
    print("list_100k_ms", listNs / 1e6, "ms");
    const Stall listStall = longestStallUntil([&] { return !model.isLoading(); });
    if (model.isLoading() || model.rowCount() != Total)
        return 1;
    print("list_100k_ready_ms", t.nsecsElapsed() / 1e6, "ms");
    print("list_100k_stall_ms", std::max(listNs, listStall.wallNs) / 1e6, "ms");
    print("list_100k_cpu_ms", listCpuNs / 1e6, "ms");
    print("list_100k_stall_cpu_ms", std::max(listCpuNs, listStall.cpuNs) / 1e6, "ms");

    // The panel as the window has it, shown and painted once (after a first panel over an
    // empty cache, so that the one-time costs of the first widgets shown are not counted).
    {
        auto empty = Database::open(dir.filePath(QStringLiteral("empty.sqlite")));
        if (!empty)
            return 1;
        ui::JobPanelDock warmUp(*empty);
        warmUp.show();
        warmUp.grab();
    }
    {
        t.restart();
        cpu = threadCpuNs();
        ui::JobPanelDock panel(db);
        panel.model()->setPollInterval(0);
        panel.resize(900, 500);
        panel.show();
        panel.grab();
        const qint64 openNs = t.nsecsElapsed();
        print("panel_open_100k_ms", openNs / 1e6, "ms");
        print("panel_open_100k_cpu_ms", (threadCpuNs() - cpu) / 1e6, "ms");
        const Stall stall = longestStallUntil([&] { return !panel.model()->isLoading(); });
        if (panel.model()->rowCount() != Total)
            return 1;
        print("panel_stall_ms", std::max(openNs, stall.wallNs) / 1e6, "ms");
    }

    QElapsedTimer page;
    page.start();
    for (int row = 75000; row < 75040; ++row)
        model.index(row, ui::JobTableModel::StatusColumn).data();
    print("scroll_page_ms", page.nsecsElapsed() / 1e6, "ms");

    QElapsedTimer refresh;
    refresh.start();
    model.refresh();
    print("refresh_ms", refresh.nsecsElapsed() / 1e6, "ms");

    // The project browser over many projects: 200 local ones and one server with 10 teams of
    // 100 projects each, half of them with a graph revision, sharing the 100,000 jobs.
    constexpr int LocalProjects = 200;
    constexpr int Teams = 10;
    constexpr int ProjectsPerTeam = 100;
    constexpr int Projects = LocalProjects + Teams * ProjectsPerTeam;
    {
        Transaction tx(*db);
        QSqlQuery q(tx.connection());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (!q.exec(QStringLiteral("INSERT INTO servers(url, name) "
                                   "VALUES('https://kubegram.example', 'Kubegram')")))
            return 1;
        const qint64 server = q.lastInsertId().toLongLong();
        QSqlQuery team(tx.connection());
        team.prepare(
                QStringLiteral("INSERT INTO teams(server_id, remote_id, name) VALUES(?, ?, ?)"));
        QSqlQuery project(tx.connection());
        project.prepare(QStringLiteral("INSERT INTO projects(team_id, remote_id, name, created_at, "
                                       "updated_at) VALUES(?, ?, ?, ?, ?)"));
        QSqlQuery revision(tx.connection());
        revision.prepare(QStringLiteral("INSERT INTO graph_revisions(project_id, content, "
                                        "content_hash, created_at) VALUES(?, 'graph', 'h', ?)"));
        QVariant teamId; // lastInsertId() is the connection's last insert, whatever the query
        for (int p = 0; p < Projects; ++p) {
            QVariant remoteId;
            if (p >= LocalProjects) {
                const int teamNo = (p - LocalProjects) / ProjectsPerTeam;
                if ((p - LocalProjects) % ProjectsPerTeam == 0) {
                    team.bindValue(0, server);
                    team.bindValue(1, QString::number(teamNo));
                    team.bindValue(2, QStringLiteral("Team %1").arg(teamNo));
                    if (!team.exec())
                        return 1;
                    teamId = team.lastInsertId();
                }
                remoteId = QString::number(p);
            }
            project.bindValue(0, p >= LocalProjects ? teamId : QVariant());
            project.bindValue(1, remoteId);
            project.bindValue(2, QStringLiteral("Project %1").arg(p, 4, 10, QLatin1Char('0')));
            project.bindValue(3, now);
            project.bindValue(4, now);
            if (!project.exec())
                return 1;
            if (p % 2 == 0) {
                revision.bindValue(0, project.lastInsertId());
                revision.bindValue(1, now);
                if (!revision.exec())
                    return 1;
            }
        }
        if (!q.exec(QStringLiteral("UPDATE jobs SET project_id = 1 + id % %1").arg(Projects)))
            return 1;
        if (!tx.commit())
            return 1;
    }
    ui::ProjectBrowserModel browser(db);
    QElapsedTimer reload;
    reload.start();
    if (!browser.reload() || browser.rowCount() != 2)
        return 1;
    // What the browser shows at first: the local projects, each with its graph and job folder.
    const QModelIndex local = browser.index(0, 0);
    for (int r = 0; r < browser.rowCount(local); ++r) {
        const QModelIndex project = browser.index(r, 0, local);
        for (int c = 0; c < browser.rowCount(project); ++c)
            browser.index(c, 0, project).data();
    }
    print("browser_reload_ms", reload.nsecsElapsed() / 1e6, "ms");

    ui::ProjectBrowserDock browserDock(db);
    browserDock.resize(300, 700);
    browserDock.show();
    browserDock.grab();
    reload.restart();
    browserDock.reloadFromCache();
    browserDock.grab();
    print("browser_dock_reload_ms", reload.nsecsElapsed() / 1e6, "ms");
    return 0;
}
