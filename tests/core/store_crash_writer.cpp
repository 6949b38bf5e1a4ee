// A helper for the store tests, run as a child process:
//   kg_store_crash_writer write DB ARTIFACTS   writes big jobs in a loop until it is killed,
//                                              printing "writing ID" / "committed ID"
//   kg_store_crash_writer fixture-v1 DB        creates the schema-1 fixture database
#include "codegen/GenerationBackend.h"
#include "store/Database.h"
#include "store/JobRecorder.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

using namespace kg;
using namespace kg::store;

namespace {

int writeForever(const QString &path, int artifactCount)
{
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    JobRecorder recorder(*db);
    // Big, distinct contents so that a commit takes long enough to be killed in the middle.
    const QByteArray filler(16 * 1024, 'x');
    for (int round = 0;; ++round) {
        JobStart start;
        start.backend = QStringLiteral("local");
        start.graph.name = QStringLiteral("crash-%1").arg(round);
        const auto id = recorder.begin(start);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().toString()));
            return 1;
        }
        std::printf("writing %lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
        GenerationResult result;
        for (int i = 0; i < artifactCount; ++i) {
            Artifact a;
            a.path = QStringLiteral("manifests/file-%1.yaml").arg(i);
            a.language = QStringLiteral("yaml");
            a.content = QByteArray::number(round) + '-' + QByteArray::number(i) + filler;
            result.artifacts << a;
        }
        const Status s = recorder.complete(*id, result);
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
}

/// The schema-1 database a release 1 user has: written with raw SQL in the v1 shape, so the
/// fixture does not depend on today's repositories.
int makeFixtureV1(const QString &path)
{
    QFile::remove(path);
    {
        auto db = Database::open(path, nullptr, 1);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
            return 1;
        }
        const QStringList statements = {
                QStringLiteral("INSERT INTO servers(id, url, name, reachable, last_seen_at) VALUES "
                               "(1, 'https://kubegram.example', 'Example', 1, 1700000000000)"),
                QStringLiteral("INSERT INTO teams(id, server_id, remote_id, name) VALUES "
                               "(1, 1, '7', 'Platform')"),
                QStringLiteral("INSERT INTO projects(id, team_id, remote_id, name, created_at, "
                               "updated_at) VALUES (1, NULL, NULL, 'Shop', 1700000000000, "
                               "1700000000000), (2, 1, '42', 'Payments', 1700000000000, "
                               "1700000000000)"),
                QStringLiteral("INSERT INTO graph_revisions(id, project_id, content, content_hash, "
                               "created_at) VALUES (1, 1, CAST('{\"format\":\"kubegram-graph\","
                               "\"version\":1,\"name\":\"Shop\",\"nodes\":[],\"edges\":[]}' AS "
                               "BLOB), 'h1', 1700000000000)"),
                QStringLiteral("INSERT INTO blobs(hash, size, content) VALUES "
                               "('b1', 5, CAST('kind:' AS BLOB)), ('b2', 3, CAST('a: b' AS BLOB))"),
                // 1: a completed local job, 2: a local job a crash left running, 3: a remote job
                // still running on the server.
                QStringLiteral(
                        "INSERT INTO jobs(id, project_id, revision_id, server_id, backend, "
                        "remote_job_id, status, step, progress, created_at, started_at, "
                        "finished_at, updated_at, options, report, file_count) VALUES "
                        "(1, 1, 1, NULL, 'local', '', 'completed', 'done', 100, "
                        "1700000000000, 1700000000000, 1700000001500, 1700000001500, "
                        "'{\"layout\":\"files\"}', '[{\"severity\":\"warning\","
                        "\"category\":\"default\",\"message\":\"replicas defaulted\"}]', 2), "
                        "(2, 1, 1, NULL, 'local', '', 'running', 'render', 40, "
                        "1700000002000, 1700000002000, NULL, 1700000002000, '{}', '[]', 0), "
                        "(3, 2, NULL, 1, 'remote', 'uuid-3', 'running', 'llmCall', 30, "
                        "1700000003000, 1700000003000, NULL, 1700000003000, '{}', '[]', 0)"),
                QStringLiteral("INSERT INTO job_artifacts(job_id, position, path, type, language, "
                               "size, blob_hash) VALUES (1, 0, 'deployment.yaml', 0, 'yaml', 5, "
                               "'b1'), (1, 1, 'service.yaml', 0, 'yaml', 3, 'b2')"),
        };
        QSqlQuery q((*db)->connection());
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                std::fprintf(stderr, "%s\n", qPrintable(sql));
                return 1;
            }
        }
    }
    // Fold the WAL into the file so the fixture is a single self-contained file.
    return QFile::exists(path + QStringLiteral("-wal")) ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("write"))
        return writeForever(args.at(2), args.at(3).toInt());
    if (args.size() >= 3 && args.at(1) == QLatin1String("fixture-v1"))
        return makeFixtureV1(args.at(2));
    std::fprintf(stderr, "usage: %s write DB ARTIFACTS | fixture-v1 DB\n", argv[0]);
    return 2;
}
