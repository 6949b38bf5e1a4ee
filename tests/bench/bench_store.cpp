// Store benchmark: prints "store.<metric> <value> <unit>" lines.
//   store.insert_jobs_per_s      jobs (10 artifacts each) recorded and completed per second
//   store.bulk_insert_jobs_per_s job rows inserted per second in one transaction
//   store.list_100k_ms           loading the job panel over 100,000 jobs (ids + first screen)
//   store.scroll_page_ms         fetching one page of rows deep in the list
//   store.refresh_ms             one live refresh of the panel over 100,000 jobs
//   store.artifact_dedup_ratio   logical / stored artifact bytes when graphs are regenerated
#include "jobs/JobTableModel.h"
#include "store/ArtifactRepository.h"
#include "store/Database.h"
#include "store/JobRecorder.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace kg;
using namespace kg::store;

namespace {

void print(const char *metric, double value, const char *unit)
{
    std::printf("store.%s %.3f %s\n", metric, value, unit);
    std::fflush(stdout);
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

    // The job panel over 100,000 jobs: load, then what a view asks for the first screen.
    t.restart();
    ui::JobTableModel model(db);
    model.setPollInterval(0);
    for (int row = 0; row < 40; ++row) {
        for (int c = 0; c < ui::JobTableModel::ColumnCount; ++c)
            model.index(row, c).data();
    }
    const qint64 listMs = t.elapsed();
    if (model.rowCount() != Total)
        return 1;
    print("list_100k_ms", double(listMs), "ms");

    QElapsedTimer page;
    page.start();
    for (int row = 75000; row < 75040; ++row)
        model.index(row, ui::JobTableModel::StatusColumn).data();
    print("scroll_page_ms", page.nsecsElapsed() / 1e6, "ms");

    QElapsedTimer refresh;
    refresh.start();
    model.refresh();
    print("refresh_ms", refresh.nsecsElapsed() / 1e6, "ms");
    return 0;
}
