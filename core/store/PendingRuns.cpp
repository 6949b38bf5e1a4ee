#include "store/PendingRuns.h"

#include "io/JsonSupport.h"
#include "io/KGraphFormat.h"
#include "store/Database.h"
#include "store/JobRecorder.h"
#include "store/JobRepository.h"
#include "store/ProjectRepository.h"
#include "store/ServerRepository.h"
#include "store/StoreCodec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace kg::store {

namespace {

const char *const FormatName = "kubegram-desktop-pending-run";
constexpr int FormatVersion = 1;

QString artifactTypeName(Artifact::Type type)
{
    switch (type) {
    case Artifact::Type::Directory:
        return QStringLiteral("directory");
    case Artifact::Type::Metadata:
        return QStringLiteral("metadata");
    case Artifact::Type::File:
        break;
    }
    return QStringLiteral("file");
}

Artifact::Type artifactTypeFromName(const QString &name)
{
    if (name == QLatin1String("directory"))
        return Artifact::Type::Directory;
    if (name == QLatin1String("metadata"))
        return Artifact::Type::Metadata;
    return Artifact::Type::File;
}

/// Records one queued run in @p database, in one transaction.
Status record(const std::shared_ptr<Database> &database, const PendingRun &run)
{
    Transaction tx(*database);
    if (!tx.status())
        return tx.status();
    JobRepository jobs(*database);
    qint64 jobId = 0;
    if (run.jobId > 0) {
        // The job was created when the run began (it may since have been marked interrupted,
        // its process being gone): finish that one, unless it already has an outcome.
        const auto existing = jobs.job(run.jobId);
        if (existing && existing->status != JobStatus::Completed
            && existing->status != JobStatus::Cancelled && existing->status != JobStatus::Failed)
            jobId = run.jobId;
    }
    if (jobId == 0) {
        JobStart start;
        start.backend = run.backend;
        start.graph = run.graph;
        start.options = run.options;
        start.startedAt = run.startedAt;
        if (run.serverOrigin.isValid()) {
            const auto server = ServerRepository(*database).upsertServer(run.serverOrigin.toString(),
                                                                         run.serverOrigin.host());
            if (!server)
                return server.error();
            start.serverId = *server;
        } else if (!run.graphFile.isEmpty()) {
            const QFileInfo info(run.graphFile);
            const auto project = ProjectRepository(*database).localProjectForFile(
                    info.absoluteFilePath(),
                    run.graph.name.isEmpty() ? info.completeBaseName() : run.graph.name);
            if (!project)
                return project.error();
            start.projectId = *project;
        }
        const auto id = JobRecorder(database).begin(start);
        if (!id)
            return id.error();
        jobId = *id;
    }
    JobRecorder recorder(database);
    Status outcome;
    switch (run.status) {
    case JobStatus::Completed:
        outcome = recorder.complete(jobId, run.result);
        if (outcome && !run.exportedTo.isEmpty())
            outcome = jobs.setExportedPath(jobId, run.exportedTo);
        break;
    case JobStatus::Cancelled:
        outcome = recorder.cancel(jobId, run.error);
        break;
    default:
        outcome = recorder.fail(jobId, Error(run.error));
        break;
    }
    if (!outcome)
        return outcome;
    return tx.commit();
}

} // namespace

QString PendingRuns::folderFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".pending");
}

QByteArray PendingRuns::toJson(const PendingRun &run)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(FormatName));
    o.insert(QStringLiteral("version"), FormatVersion);
    o.insert(QStringLiteral("backend"), run.backend);
    if (run.serverOrigin.isValid())
        o.insert(QStringLiteral("server"), run.serverOrigin.toString());
    if (!run.graphFile.isEmpty())
        o.insert(QStringLiteral("graphFile"), run.graphFile);
    o.insert(QStringLiteral("graph"), QString::fromUtf8(io::KGraphFormat::write(run.graph)));
    o.insert(QStringLiteral("options"),
             QJsonDocument::fromJson(codec::optionsToJson(run.options)).object());
    o.insert(QStringLiteral("status"), jobStatusName(run.status));
    if (!run.error.isEmpty())
        o.insert(QStringLiteral("error"), run.error);
    if (!run.exportedTo.isEmpty())
        o.insert(QStringLiteral("exportedTo"), run.exportedTo);
    if (run.startedAt.isValid())
        o.insert(QStringLiteral("startedAt"), run.startedAt.toMSecsSinceEpoch());
    if (run.jobId > 0)
        o.insert(QStringLiteral("jobId"), run.jobId);
    o.insert(QStringLiteral("report"),
             QJsonDocument::fromJson(codec::reportToJson(run.result.report)).array());
    o.insert(QStringLiteral("reportBackend"), run.result.report.backend);
    o.insert(QStringLiteral("reportGraphName"), run.result.report.graphName);
    o.insert(QStringLiteral("reportLayout"), run.result.report.layout);
    QJsonArray artifacts;
    for (const Artifact &a : run.result.artifacts) {
        QJsonObject entry;
        entry.insert(QStringLiteral("path"), a.path);
        entry.insert(QStringLiteral("type"), artifactTypeName(a.type));
        entry.insert(QStringLiteral("language"), a.language);
        entry.insert(QStringLiteral("content"), QString::fromLatin1(a.content.toBase64()));
        if (!a.sourceNodeId.isEmpty())
            entry.insert(QStringLiteral("sourceNodeId"), a.sourceNodeId);
        if (!a.unsafeReason.isEmpty())
            entry.insert(QStringLiteral("unsafeReason"), a.unsafeReason);
        artifacts.append(entry);
    }
    o.insert(QStringLiteral("artifacts"), artifacts);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<PendingRun> PendingRuns::fromJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(tr("not a queued run: %1").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(FormatName))
        return Error(tr("not a queued run"));
    if (o.value(QStringLiteral("version")).toInt() > FormatVersion)
        return Error(tr("written by a newer version (format %1)")
                             .arg(o.value(QStringLiteral("version")).toInt()));
    PendingRun run;
    run.backend = o.value(QStringLiteral("backend")).toString();
    if (run.backend.isEmpty())
        return Error(tr("the run names no backend"));
    const QString server = o.value(QStringLiteral("server")).toString();
    if (!server.isEmpty())
        run.serverOrigin = QUrl(server);
    run.graphFile = o.value(QStringLiteral("graphFile")).toString();
    auto graph = io::KGraphFormat::read(o.value(QStringLiteral("graph")).toString().toUtf8());
    if (!graph)
        return Error(tr("its graph cannot be read: %1").arg(graph.error().message));
    run.graph = *graph;
    run.options = codec::optionsFromJson(
            QJsonDocument(o.value(QStringLiteral("options")).toObject()).toJson());
    const auto status = jobStatusFromName(o.value(QStringLiteral("status")).toString());
    if (!status || !isTerminal(*status))
        return Error(tr("the run has no outcome"));
    run.status = *status;
    run.error = o.value(QStringLiteral("error")).toString();
    run.exportedTo = o.value(QStringLiteral("exportedTo")).toString();
    const double started = o.value(QStringLiteral("startedAt")).toDouble();
    // Only plausible times (0 … year 9999) are converted; anything else is "unknown".
    if (started > 0 && started < 253402300799000.0)
        run.startedAt = QDateTime::fromMSecsSinceEpoch(qint64(started), Qt::UTC);
    const double jobId = o.value(QStringLiteral("jobId")).toDouble();
    if (jobId >= 1 && jobId < 9007199254740992.0)
        run.jobId = qint64(jobId);
    run.result.report = codec::reportFromJson(
            QJsonDocument(o.value(QStringLiteral("report")).toArray()).toJson());
    run.result.report.backend = o.value(QStringLiteral("reportBackend")).toString();
    run.result.report.graphName = o.value(QStringLiteral("reportGraphName")).toString();
    run.result.report.layout = o.value(QStringLiteral("reportLayout")).toString();
    const QJsonArray artifacts = o.value(QStringLiteral("artifacts")).toArray();
    for (const QJsonValue &value : artifacts) {
        const QJsonObject entry = value.toObject();
        Artifact a;
        a.path = entry.value(QStringLiteral("path")).toString();
        a.type = artifactTypeFromName(entry.value(QStringLiteral("type")).toString());
        a.language = entry.value(QStringLiteral("language")).toString();
        a.content = QByteArray::fromBase64(
                entry.value(QStringLiteral("content")).toString().toLatin1());
        a.sourceNodeId = entry.value(QStringLiteral("sourceNodeId")).toString();
        a.unsafeReason = entry.value(QStringLiteral("unsafeReason")).toString();
        run.result.artifacts.append(a);
    }
    return run;
}

Result<QString> PendingRuns::add(const QString &databasePath, const PendingRun &run)
{
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        return Error(tr("cannot create the folder for runs waiting to be recorded"),
                     Location(folder));
    const QString name = QStringLiteral("%1-%2.json")
                                 .arg(QDateTime::currentMSecsSinceEpoch())
                                 .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    const QString file = QDir(folder).filePath(name);
    if (Status s = io::writeFileAtomically(file, toJson(run)); !s)
        return s.error();
    return file;
}

PendingRuns::ReplayReport PendingRuns::replay(const std::shared_ptr<Database> &database)
{
    ReplayReport report;
    const QDir folder(folderFor(database->path()));
    if (!folder.exists())
        return report;
    // Oldest first (the names start with the time they were queued).
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString file = folder.filePath(name);
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            report.problems << QStringLiteral("%1: %2").arg(file, in.errorString());
            continue;
        }
        const auto run = fromJson(in.readAll());
        in.close();
        if (!run) {
            // Kept for the user to look at; never deleted, never read again.
            QFile::rename(file, file + QStringLiteral(".unreadable"));
            report.problems << QStringLiteral("%1: %2").arg(file, run.error().message);
            continue;
        }
        if (Status s = record(database, *run); !s) {
            report.problems << QStringLiteral("%1: %2").arg(file, s.error().message);
            continue; // stays queued
        }
        QFile::remove(file);
        ++report.recorded;
    }
    if (report.recorded > 0)
        database->notifyJobsChanged({});
    // QDir caches its listing: ask a fresh one whether the queue is empty now.
    if (QDir(folder.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        QDir().rmdir(folder.path());
    return report;
}

} // namespace kg::store
