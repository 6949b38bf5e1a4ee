// The fake server's code generation: submitting, jobs and their status, results, stored artifacts,
// the default generator.
#include "FakeKubegramServer.h"
#include "FakeServerInternal.h"
#include "HostilePaths.h"

#include "codegen/LocalEngine.h"
#include "io/ServerGraphFormat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <limits>

namespace kg::test {

// ---------------------------------------------------------------------------------------------

QList<FakeKubegramServer::GeneratedFile> FakeKubegramServer::defaultGenerator(
        const QJsonObject &graph)
{
    // Real manifests: the graph goes through the same reader and local engine as the client's
    // own generation, so remote results look like what a server would send.
    QList<GeneratedFile> files;
    const auto data = kg::io::ServerGraphFormat::fromJson(graph);
    if (!data.ok())
        return files;
    QHash<QString, QString> kindOf;
    for (const kg::Node &n : data->nodes)
        kindOf.insert(n.id, n.kind);
    const auto result = kg::LocalEngine::generate(*data, kg::GenerationOptions{});
    if (!result.ok())
        return files;
    for (const kg::Artifact &a : result->artifacts) {
        if (a.language != QLatin1String("yaml"))
            continue; // the report stays with the client
        files.append({a.path, QString::fromUtf8(a.content), a.sourceNodeId,
                      kindOf.value(a.sourceNodeId)});
    }
    return files;
}

FakeKubegramServer::Response FakeKubegramServer::codegenPost(Request &request,
                                                             const AuthResult &auth)
{
    const QString userTeam = teamOfUser(auth.userId);
    const QByteArray header = request.header("x-kubegram-team-id");
    QString team;
    if (!header.isEmpty()) {
        bool ok = false;
        header.toInt(&ok);
        if (!ok)
            return Response::error(400, QStringLiteral("Invalid X-Kubegram-Team-Id header value"));
        if (QString::fromLatin1(header) != userTeam)
            return Response::error(
                    403,
                    QStringLiteral("Insufficient permissions to create projects in this team"));
        team = userTeam;
    } else if (userTeam.isEmpty()) {
        return Response::error(
                400, QStringLiteral(
                             "Missing X-Kubegram-Team-Id header and no team associated with user"));
    } else {
        return Response::error(403,
                               QStringLiteral(
                                       "Insufficient permissions to create projects in this team"));
    }

    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return Response::ofJson(400, QJsonObject{{QStringLiteral("error"),
                                                  QStringLiteral("Invalid request body")},
                                                 {QStringLiteral("details"), perr.errorString()}});
    const QJsonObject body = doc.object();
    auto validation = [](const QString &details) {
        return Response::ofJson(400, QJsonObject{{QStringLiteral("error"),
                                                  QStringLiteral("Validation error")},
                                                 {QStringLiteral("details"), details}});
    };
    const QJsonValue graphValue = body.value(QStringLiteral("graph"));
    if (!graphValue.isObject())
        return validation(QStringLiteral("Invalid key: Expected \"graph\" but received undefined"));
    const QJsonObject graph = graphValue.toObject();
    for (const QString &key :
         {QStringLiteral("name"), QStringLiteral("graphType"), QStringLiteral("companyId"),
          QStringLiteral("userId"), QStringLiteral("nodes")}) {
        if (!graph.contains(key))
            return validation(
                    QStringLiteral("Invalid key: Expected \"%1\" but received undefined").arg(key));
    }
    if (!GraphTypes.contains(graph.value(QStringLiteral("graphType")).toString()))
        return validation(QStringLiteral("Invalid type: Expected %1 but received %2")
                                  .arg(picklist(GraphTypes),
                                       received(graph.value(QStringLiteral("graphType")))));
    if (!graph.value(QStringLiteral("nodes")).isArray())
        return validation(QStringLiteral("Invalid type: Expected Array but received %1")
                                  .arg(received(graph.value(QStringLiteral("nodes")))));
    if (!body.value(QStringLiteral("project")).isObject())
        return validation(
                QStringLiteral("Invalid key: Expected \"project\" but received undefined"));
    const QJsonObject project = body.value(QStringLiteral("project")).toObject();
    if (project.contains(QStringLiteral("id")) && !project.value(QStringLiteral("id")).isString())
        return validation(QStringLiteral("Invalid type: Expected string but received %1")
                                  .arg(received(project.value(QStringLiteral("id")))));
    const QJsonObject llm = body.value(QStringLiteral("llmConfig")).toObject();
    if (llm.contains(QStringLiteral("provider"))
        && !Providers.contains(llm.value(QStringLiteral("provider")).toString()))
        return validation(
                QStringLiteral("Invalid type: Expected %1 but received %2")
                        .arg(picklist(Providers), received(llm.value(QStringLiteral("provider")))));

    // Create or update the project and write graphMeta as the open-source server's
    // storeProjectMetadata does (kubegram-server/src/services/codegen.ts):
    // - an id that parseInt reads as a positive number updates that project, whatever its team
    //   and even when soft-deleted: name = project.name || "Graph Project <ms>" (a missing or
    //   empty name renames it, and any other name overwrites it, §10), teamId = the header's
    //   team, graphMeta = the stored keys + graphData + lastUpdated, with description =
    //   project.description || the stored description; graphMeta that is not JSON is replaced
    //   by a new one. An unknown id → 500 (the job may have started on the server);
    // - anything else (no id, "abc", "0") creates a project.
    const QString now = iso(QDateTime::currentDateTimeUtc());
    auto nameOr = [](const QJsonValue &v) {
        const QString name = v.toString();
        return name.isEmpty()
                       ? QStringLiteral("Graph Project %1").arg(QDateTime::currentMSecsSinceEpoch())
                       : name;
    };
    const QString description = project.value(QStringLiteral("description")).toString();
    auto freshMeta = [&](const QString &timeKey) {
        QJsonObject meta{{QStringLiteral("graphType"), graph.value(QStringLiteral("graphType"))},
                         {QStringLiteral("companyId"), graph.value(QStringLiteral("companyId"))},
                         {QStringLiteral("graphData"), graph},
                         {QStringLiteral("nodes"),
                          graph.value(QStringLiteral("nodes")).toArray().size()},
                         {timeKey, now}};
        if (project.contains(QStringLiteral("description")))
            meta.insert(QStringLiteral("description"),
                        project.value(QStringLiteral("description")));
        return meta;
    };
    const int requestedId = parseIntPrefix(project.value(QStringLiteral("id")).toString());
    int projectId = 0;
    if (requestedId > 0) {
        projectId = requestedId;
        if (!m_projects.contains(projectId))
            return Response::error(500, QStringLiteral("Internal server error"));
        QJsonObject p = m_projects.value(projectId);
        p.insert(QStringLiteral("name"), nameOr(project.value(QStringLiteral("name"))));
        p.insert(QStringLiteral("teamId"), team.toInt());
        QJsonObject meta;
        const QString stored = p.value(QStringLiteral("graphMeta")).toString();
        QJsonParseError metaError;
        const QJsonDocument metaDoc = QJsonDocument::fromJson(stored.toUtf8(), &metaError);
        if (stored.isEmpty() || metaError.error == QJsonParseError::NoError) {
            meta = metaDoc.object();
            meta.insert(QStringLiteral("lastUpdated"), now);
            meta.insert(QStringLiteral("graphData"), graph);
            if (!description.isEmpty())
                meta.insert(QStringLiteral("description"), description);
        } else {
            meta = freshMeta(QStringLiteral("lastUpdated"));
        }
        p.insert(QStringLiteral("graphMeta"), QString::fromUtf8(json(meta)));
        p.insert(QStringLiteral("updatedAt"), now);
        writeProject(request, projectId, p);
    } else {
        projectId = m_nextProjectId++;
        writeProject(request, projectId,
                     QJsonObject{{QStringLiteral("id"), projectId},
                                 {QStringLiteral("name"),
                                  nameOr(project.value(QStringLiteral("name")))},
                                 {QStringLiteral("graphId"), QJsonValue::Null},
                                 {QStringLiteral("graphMeta"),
                                  QString::fromUtf8(json(freshMeta(QStringLiteral("createdAt"))))},
                                 {QStringLiteral("teamId"), team.toInt()},
                                 {QStringLiteral("createdBy"), auth.userId.toInt()},
                                 {QStringLiteral("createdAt"), now},
                                 {QStringLiteral("updatedAt"), now},
                                 {QStringLiteral("deletedAt"), QJsonValue::Null}});
    }

    auto job = std::make_shared<Job>();
    job->id = m_nextJobId++;
    job->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job->projectId = projectId;
    job->userId = auth.userId;
    job->createdMs = nowMs();
    job->createdAt = QDateTime::currentDateTimeUtc();
    job->graph = graph;
    job->config = QJsonObject{{QStringLiteral("llmConfig"), llm},
                              {QStringLiteral("context"), body.value(QStringLiteral("context"))}};
    job->files = m_config.generator ? m_config.generator(graph) : QList<GeneratedFile>();
    job->failAtStep = m_config.failAtStep;
    job->statusRace = m_config.completionRace;
    job->resultsRace = m_config.completionRace;
    m_jobs.append(job);
    ++m_codegenPosts;

    QJsonObject answer{{QStringLiteral("jobId"), job->uuid},
                       {QStringLiteral("step"), QStringLiteral("getOrCreateGraph")},
                       {QStringLiteral("status"), QStringLiteral("running")}};
    if (m_config.mode == Mode::Design)
        answer.insert(QStringLiteral("projectId"), QString::number(projectId));
    return Response::ofJson(201, answer);
}

FakeKubegramServer::JobView FakeKubegramServer::viewOf(Job &job)
{
    JobView v;
    const qint64 t = nowMs() - job.createdMs;
    if (job.cancelledAtMs >= 0 && !job.cancelledAfterCompletion) {
        if (!m_config.advisoryCancel
            || nowMs() - job.cancelledAtMs < m_config.advisoryCancelHoldMs) {
            v.status = QStringLiteral("cancelled");
            v.step = QStringLiteral("cancelled");
            v.terminal = true;
            return v;
        }
    }
    if (t < m_config.pendingMs) {
        v.status = QStringLiteral("pending");
        v.step = QStringLiteral("pending");
        return v;
    }
    const qint64 index = (t - m_config.pendingMs) / std::max(1, m_config.stepMs);
    for (int i = 0; i < Steps.size(); ++i) {
        if (Steps[i] == job.failAtStep && index >= i) {
            v.status = QStringLiteral("failed");
            v.step = Steps[i];
            v.terminal = true;
            return v;
        }
    }
    if (index < Steps.size()) {
        v.status = QStringLiteral("running");
        v.step = Steps[int(index)];
        return v;
    }
    v.status = QStringLiteral("completed");
    v.step = QStringLiteral("completed");
    v.terminal = true;
    return v;
}

QJsonObject FakeKubegramServer::generatedCodeGraph(const Job &job) const
{
    if (m_config.nonConformingResult)
        return QJsonObject{{QStringLiteral("output"), QStringLiteral("test")}};
    QList<GeneratedFile> files = job.files;
    if (m_config.quirkyResults && !files.isEmpty()) {
        GeneratedFile dup = files.first();
        dup.content = QStringLiteral(
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dup\n---\n"
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dup2\n");
        dup.nodeId = QString();
        dup.nodeType = QStringLiteral("helm-ish thing");
        files.append(dup);
    }
    if (m_config.hostileArtifacts) {
        const QStringList hostile = test::rejectedArtifactPaths() + test::trickyArtifactPaths();
        for (const QString &name : hostile)
            files.append({name, QStringLiteral("kind: ConfigMap\n"), QString(),
                          QStringLiteral("CONFIGMAP")});
    }
    QJsonArray nodes;
    for (int i = 0; i < files.size(); ++i) {
        const GeneratedFile &f = files[i];
        QJsonObject deep{{QStringLiteral("id"), QStringLiteral("target")},
                         {QStringLiteral("name"), QStringLiteral("target")}};
        if (m_config.quirkyResults) {
            for (int d = 0; d < 5; ++d)
                deep = QJsonObject{{QStringLiteral("id"), QStringLiteral("t%1").arg(d)},
                                   {QStringLiteral("edges"),
                                    QJsonArray{QJsonObject{{QStringLiteral("connectionType"),
                                                            QStringLiteral("MANAGES")},
                                                           {QStringLiteral("node"), deep}}}}};
        }
        QJsonObject node{
                {QStringLiteral("id"), f.nodeId},
                {QStringLiteral("name"), f.nodeId.isEmpty() ? QStringLiteral("artifact") : f.nodeId},
                {QStringLiteral("companyId"), CompanyId},
                {QStringLiteral("userId"), job.userId},
                {QStringLiteral("namespace"), QStringLiteral("default")},
                {QStringLiteral("createdAt"), iso(job.createdAt)},
                {QStringLiteral("updatedAt"), iso(job.createdAt)},
                {QStringLiteral("generatedCodeMetadata"),
                 QJsonObject{{QStringLiteral("fileName"), f.path.section(QLatin1Char('/'), -1)},
                             {QStringLiteral("path"), f.path}}},
                {QStringLiteral("config"), f.content},
                {QStringLiteral("edges"), QJsonArray{QJsonObject{{QStringLiteral("connectionType"),
                                                                  QStringLiteral("MANAGES")},
                                                                 {QStringLiteral("node"), deep}}}}};
        if (!f.nodeType.isEmpty())
            node.insert(QStringLiteral("nodeType"), f.nodeType);
        nodes.append(node);
    }
    return QJsonObject{{QStringLiteral("totalFiles"), nodes.size()},
                       {QStringLiteral("namespace"), QStringLiteral("default")},
                       {QStringLiteral("graphId"), job.uuid},
                       {QStringLiteral("originalGraphId"), job.uuid},
                       {QStringLiteral("nodes"), nodes}};
}

FakeKubegramServer::Response FakeKubegramServer::storageRoute(const Request &request)
{
    if (authenticate(request).userId.isEmpty())
        return Response::error(401, QStringLiteral("Unauthorized"));
    const QStringList seg = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto notFound = [] {
        return Response::error(404, QStringLiteral("Artifact not found"));
    };
    if (seg.size() != 3)
        return notFound();
    const auto job = std::find_if(m_jobs.cbegin(), m_jobs.cend(),
                                  [&](const auto &j) { return j->uuid == seg[1]; });
    if (job == m_jobs.cend())
        return notFound();
    Response r;
    r.contentType = "application/octet-stream";
    if (seg[2] == QLatin1String("big") && m_config.storedOversizeBytes > 0) {
        r.body = QByteArray(m_config.storedOversizeBytes, 'a');
        return r;
    }
    bool isNumber = false;
    const int index = seg[2].toInt(&isNumber);
    if (!isNumber || index < 0 || index >= (*job)->files.size())
        return notFound();
    r.body = (*job)->files.at(index).content.toUtf8();
    return r;
}

QJsonObject FakeKubegramServer::storedRecord(const Job &job, const QString &id, const QString &name,
                                             const QString &url, const QByteArray &content,
                                             bool wrongChecksum) const
{
    const QByteArray sum = wrongChecksum
                                   ? QByteArray(64, '0')
                                   : QCryptographicHash::hash(content, QCryptographicHash::Sha256)
                                             .toHex();
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("jobId"), job.uuid},
                       {QStringLiteral("type"), QStringLiteral("file")},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("storageUrl"), url},
                       {QStringLiteral("size"), content.size()},
                       {QStringLiteral("checksum"),
                        QString(QStringLiteral("sha256:") + QString::fromLatin1(sum))},
                       {QStringLiteral("createdAt"), iso(job.createdAt)}};
}

QJsonArray FakeKubegramServer::artifactRecords(const Job &job) const
{
    QJsonArray records;
    int n = 0;
    const QString created = iso(job.createdAt);
    if (m_config.storedArtifacts) {
        const QString base = QStringLiteral("/storage/") + job.uuid + QLatin1Char('/');
        for (int i = 0; i < job.files.size(); ++i) {
            const GeneratedFile &f = job.files.at(i);
            // Relative and absolute URLs on the server's origin, alternately.
            const QString url = (i % 2 ? origin().toString() : QString()) + base
                                + QString::number(i);
            records.append(storedRecord(job, QStringLiteral("art-%1").arg(++n), f.path, url,
                                        f.content.toUtf8()));
        }
        const QByteArray first = job.files.isEmpty() ? QByteArray()
                                                     : job.files.first().content.toUtf8();
        records.append(storedRecord(job, QStringLiteral("art-wrong"),
                                    QStringLiteral("stored/wrong-checksum.yaml"),
                                    base + QStringLiteral("0"), first, true));
        records.append(storedRecord(job, QStringLiteral("art-missing"),
                                    QStringLiteral("stored/missing.yaml"),
                                    base + QStringLiteral("missing"), first));
        QUrl foreign = origin();
        foreign.setHost(QStringLiteral("localhost"));
        records.append(storedRecord(job, QStringLiteral("art-foreign"),
                                    QStringLiteral("stored/elsewhere.yaml"),
                                    foreign.toString() + base + QStringLiteral("foreign"), first));
        if (m_config.storedOversizeBytes > 0) {
            QJsonObject big = storedRecord(job, QStringLiteral("art-big"),
                                           QStringLiteral("stored/big.yaml"),
                                           base + QStringLiteral("big"), QByteArray());
            big.remove(QStringLiteral("size")); // caught while downloading, not beforehand
            big.remove(QStringLiteral("checksum"));
            records.append(big);
        }
    }
    for (const GeneratedFile &f : m_config.storedArtifacts ? QList<GeneratedFile>() : job.files) {
        const QByteArray content = f.content.toUtf8();
        QByteArray sum = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
        if (m_config.badChecksum && n == 0)
            sum = QByteArray(64, '0');
        records.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("art-%1").arg(++n)},
                                   {QStringLiteral("jobId"), job.uuid},
                                   {QStringLiteral("type"), QStringLiteral("file")},
                                   {QStringLiteral("name"), f.path},
                                   {QStringLiteral("content"), f.content},
                                   {QStringLiteral("size"), content.size()},
                                   {QStringLiteral("checksum"),
                                    QString(QStringLiteral("sha256:") + QString::fromLatin1(sum))},
                                   {QStringLiteral("createdAt"), created}});
    }
    records.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("art-dir")},
                               {QStringLiteral("jobId"), job.uuid},
                               {QStringLiteral("type"), QStringLiteral("directory")},
                               {QStringLiteral("name"), QStringLiteral("manifests")},
                               {QStringLiteral("createdAt"), created}});
    records.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("art-meta")},
                               {QStringLiteral("jobId"), job.uuid},
                               {QStringLiteral("type"), QStringLiteral("metadata")},
                               {QStringLiteral("name"), QStringLiteral("generation.json")},
                               {QStringLiteral("content"),
                                QStringLiteral("{\"files\":%1}").arg(job.files.size())},
                               {QStringLiteral("createdAt"), created}});
    return records;
}

QJsonObject FakeKubegramServer::resultData(const Job &job) const
{
    if (m_config.mode == Mode::Design)
        return QJsonObject{{QStringLiteral("artifacts"), artifactRecords(job)}};
    return QJsonObject{{QStringLiteral("generatedCode"), generatedCodeGraph(job)}};
}

FakeKubegramServer::Response FakeKubegramServer::jobRoute(const Request &, const AuthResult &auth,
                                                          const QString &jobId,
                                                          const QString &action)
{
    const auto notFound = [] {
        return Response::error(404, QStringLiteral("Job not found or access denied"));
    };
    if (QUuid::fromString(jobId).isNull())
        return notFound();
    std::shared_ptr<Job> job;
    for (const auto &j : std::as_const(m_jobs)) {
        if (j->uuid == jobId)
            job = j;
    }
    if (!job || teamOfProject(job->projectId) != teamOfUser(auth.userId))
        return notFound();
    const JobView view = viewOf(*job);
    if (action == QLatin1String("cancel")) {
        if (view.status == QLatin1String("completed"))
            job->cancelledAfterCompletion = true;
        job->cancelledAtMs = nowMs();
        return Response::ofJson(200, QJsonObject{{QStringLiteral("message"),
                                                  QStringLiteral("Job cancelled successfully")}});
    }
    const bool completed = view.status == QLatin1String("completed");
    if (completed && !job->raceArmed)
        job->raceArmed = true;
    if (action == QLatin1String("status")) {
        if (completed && job->statusRace > 0) {
            --job->statusRace;
            return Response::error(500, QStringLiteral("Failed to get job status"));
        }
        QJsonObject o{{QStringLiteral("jobId"), job->uuid},
                      {QStringLiteral("step"), view.step},
                      {QStringLiteral("status"), view.status}};
        if (completed && m_config.statusIncludesCode && m_config.mode == Mode::Current)
            o.insert(QStringLiteral("generatedCode"), generatedCodeGraph(*job));
        return Response::ofJson(200, o);
    }
    // results
    if (job->cancelledAfterCompletion || !completed)
        return Response::ofJson(
                400,
                QJsonObject{{QStringLiteral("error"), QStringLiteral("Job not completed")},
                            {QStringLiteral("status"), job->cancelledAfterCompletion
                                                               ? QStringLiteral("cancelled")
                                                               : view.status},
                            {QStringLiteral("message"),
                             QStringLiteral("Results are only available for completed jobs")}});
    if (job->resultsRace > 0) {
        --job->resultsRace;
        return Response::ofJson(400, QJsonObject{{QStringLiteral("error"),
                                                  QStringLiteral("Results not yet available")},
                                                 {QStringLiteral("graph"), QJsonObject()},
                                                 {QStringLiteral("retryable"), false}});
    }
    QJsonObject o = resultData(*job);
    o.insert(QStringLiteral("jobId"), job->uuid);
    o.insert(QStringLiteral("status"), QStringLiteral("completed"));
    o.insert(QStringLiteral("timestamp"), iso(QDateTime::currentDateTimeUtc()));
    return Response::ofJson(200, o);
}

FakeKubegramServer::Response FakeKubegramServer::jobList(const Request &request,
                                                         const AuthResult &auth)
{
    const QString team = teamOfUser(auth.userId);
    int projectFilter = 0;
    if (request.query.hasQueryItem(QStringLiteral("projectId"))) {
        bool ok = false;
        projectFilter = request.query.queryItemValue(QStringLiteral("projectId")).toInt(&ok);
        if (!ok || teamOfProject(projectFilter) != team || team.isEmpty())
            return Response::error(403, QStringLiteral("Access denied to this project"));
    }
    const int limit = std::clamp(request.query.queryItemValue(QStringLiteral("limit")).toInt(), 1,
                                 100);
    const int offset = std::max(0, request.query.queryItemValue(QStringLiteral("offset")).toInt());
    QList<std::shared_ptr<Job>> mine;
    for (int i = m_jobs.size() - 1; i >= 0; --i) { // newest first
        const auto &j = m_jobs[i];
        if (team.isEmpty() || teamOfProject(j->projectId) != team)
            continue;
        if (projectFilter && j->projectId != projectFilter)
            continue;
        mine.append(j);
    }
    QJsonArray jobs;
    for (int i = offset; i < mine.size() && jobs.size() < limit; ++i) {
        Job &j = *mine[i];
        const JobView v = viewOf(j);
        const bool done = v.status == QLatin1String("completed");
        const bool failed = v.status == QLatin1String("failed");
        jobs.append(QJsonObject{{QStringLiteral("id"), j.id},
                                {QStringLiteral("uuid"), j.uuid},
                                {QStringLiteral("graphId"), QJsonValue::Null},
                                {QStringLiteral("projectId"), j.projectId},
                                {QStringLiteral("status"),
                                 done || failed || v.status == QLatin1String("cancelled")
                                         ? v.status
                                         : QStringLiteral("pending")},
                                {QStringLiteral("progress"), done ? 100 : 0},
                                {QStringLiteral("createdAt"), iso(j.createdAt)},
                                {QStringLiteral("completedAt"),
                                 done ? QJsonValue(iso(QDateTime::currentDateTimeUtc()))
                                      : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("startedAt"), QJsonValue::Null}});
    }
    return Response::ofJson(200, QJsonObject{{QStringLiteral("jobs"), jobs},
                                             {QStringLiteral("total"), jobs.size()}});
}

FakeKubegramServer::Response FakeKubegramServer::jobDetails(const AuthResult &auth)
{
    const QString team = teamOfUser(auth.userId);
    QJsonArray jobs;
    for (int i = m_jobs.size() - 1; i >= 0; --i) {
        Job &j = *m_jobs[i];
        if (team.isEmpty() || teamOfProject(j.projectId) != team)
            continue;
        const JobView v = viewOf(j);
        const bool failed = v.status == QLatin1String("failed");
        jobs.append(QJsonObject{{QStringLiteral("id"), j.id},
                                {QStringLiteral("uuid"), j.uuid},
                                {QStringLiteral("projectId"), j.projectId},
                                {QStringLiteral("status"), v.status},
                                {QStringLiteral("errorMessage"),
                                 failed ? QJsonValue(m_config.failMessage)
                                        : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("config"), QString::fromUtf8(json(j.config))},
                                {QStringLiteral("resultData"),
                                 v.status == QLatin1String("completed")
                                         ? QJsonValue(QString::fromUtf8(json(resultData(j))))
                                         : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("project"), m_projects.value(j.projectId)},
                                {QStringLiteral("requester"),
                                 findUser(j.userId) ? userRow(*findUser(j.userId)) : QJsonObject()},
                                {QStringLiteral("createdAt"), iso(j.createdAt)}});
    }
    return Response::ofJson(200, QJsonObject{{QStringLiteral("jobs"), jobs}});
}

} // namespace kg::test
