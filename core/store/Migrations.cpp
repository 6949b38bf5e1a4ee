#include "store/Migrations.h"

namespace kg::store {

const QList<Migration> &migrations()
{
    // Timestamps are milliseconds since the epoch (UTC); ids are SQLite rowids.
    static const QList<Migration> list = {
            {1,
             QStringLiteral("servers, teams, projects, graph revisions, jobs and artifacts"),
             {
                     QStringLiteral("CREATE TABLE servers ("
                                    " id INTEGER PRIMARY KEY,"
                                    " url TEXT NOT NULL UNIQUE,"
                                    " name TEXT NOT NULL,"
                                    " reachable INTEGER NOT NULL DEFAULT 1,"
                                    " last_seen_at INTEGER)"),
                     QStringLiteral(
                             "CREATE TABLE teams ("
                             " id INTEGER PRIMARY KEY,"
                             " server_id INTEGER NOT NULL REFERENCES servers(id) ON DELETE CASCADE,"
                             " remote_id TEXT NOT NULL,"
                             " name TEXT NOT NULL,"
                             " UNIQUE(server_id, remote_id))"),
                     QStringLiteral("CREATE TABLE projects ("
                                    " id INTEGER PRIMARY KEY,"
                                    " team_id INTEGER REFERENCES teams(id) ON DELETE CASCADE,"
                                    " remote_id TEXT,"
                                    " name TEXT NOT NULL,"
                                    " description TEXT NOT NULL DEFAULT '',"
                                    " graph_path TEXT NOT NULL DEFAULT '',"
                                    " created_at INTEGER NOT NULL,"
                                    " updated_at INTEGER NOT NULL,"
                                    " deleted INTEGER NOT NULL DEFAULT 0,"
                                    " UNIQUE(team_id, remote_id))"),
                     QStringLiteral("CREATE TABLE graph_revisions ("
                                    " id INTEGER PRIMARY KEY,"
                                    " project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,"
                                    " content BLOB NOT NULL,"
                                    " content_hash TEXT NOT NULL,"
                                    " created_at INTEGER NOT NULL)"),
                     QStringLiteral("CREATE INDEX graph_revisions_by_project"
                                    " ON graph_revisions(project_id, id)"),
                     QStringLiteral(
                             "CREATE TABLE jobs ("
                             " id INTEGER PRIMARY KEY,"
                             " project_id INTEGER REFERENCES projects(id) ON DELETE SET NULL,"
                             " revision_id INTEGER REFERENCES graph_revisions(id) ON DELETE SET "
                             "NULL,"
                             " server_id INTEGER REFERENCES servers(id) ON DELETE SET NULL,"
                             " backend TEXT NOT NULL,"
                             " remote_job_id TEXT NOT NULL DEFAULT '',"
                             " status TEXT NOT NULL,"
                             " step TEXT NOT NULL DEFAULT '',"
                             " progress INTEGER NOT NULL DEFAULT 0,"
                             " created_at INTEGER NOT NULL,"
                             " started_at INTEGER,"
                             " finished_at INTEGER,"
                             " updated_at INTEGER NOT NULL,"
                             " error TEXT NOT NULL DEFAULT '',"
                             " options TEXT NOT NULL DEFAULT '{}',"
                             " report TEXT NOT NULL DEFAULT '[]',"
                             " file_count INTEGER NOT NULL DEFAULT 0)"),
                     QStringLiteral("CREATE INDEX jobs_by_project ON jobs(project_id, id)"),
                     // Artifact contents are stored once per distinct SHA-256 and shared by every
                     // job that produced the same bytes.
                     QStringLiteral("CREATE TABLE blobs ("
                                    " hash TEXT PRIMARY KEY,"
                                    " size INTEGER NOT NULL,"
                                    " content BLOB NOT NULL) WITHOUT ROWID"),
                     QStringLiteral(
                             "CREATE TABLE job_artifacts ("
                             " job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,"
                             " position INTEGER NOT NULL,"
                             " path TEXT NOT NULL,"
                             " type INTEGER NOT NULL,"
                             " language TEXT NOT NULL DEFAULT '',"
                             " source_node_id TEXT NOT NULL DEFAULT '',"
                             " unsafe_reason TEXT NOT NULL DEFAULT '',"
                             " size INTEGER NOT NULL,"
                             " blob_hash TEXT NOT NULL REFERENCES blobs(hash),"
                             " PRIMARY KEY(job_id, position)) WITHOUT ROWID"),
                     QStringLiteral(
                             "CREATE INDEX job_artifacts_by_blob ON job_artifacts(blob_hash)"),
             }},
            {2,
             QStringLiteral("job owner process, export folder, status index"),
             {
                     // The process that runs a local job, so a later start can tell a live job from
                     // one left behind by a crash.
                     QStringLiteral("ALTER TABLE jobs ADD COLUMN owner_pid INTEGER"),
                     QStringLiteral(
                             "ALTER TABLE jobs ADD COLUMN exported_path TEXT NOT NULL DEFAULT ''"),
                     // Listing unfinished jobs (resume, crash recovery) and filtering the panel by status.
                     QStringLiteral("CREATE INDEX jobs_by_status ON jobs(status, id)"),
             }},
    };
    return list;
}

} // namespace kg::store
