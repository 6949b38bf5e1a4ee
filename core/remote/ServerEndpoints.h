#pragma once

#include "remote/ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kg::remote {

/// Typed calls for the Kubegram endpoints (kubegram-api.md §3.2, §3.9, §4). Each one sends
/// through the ApiClient (so limits, retries, refresh and the team header apply) and delivers a
/// typed value or a RemoteError to @p done, unless @p context was destroyed.

/// The OAuth issuer's endpoints (§3.2).
struct IssuerInfo
{
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QString warning; ///< set when the issuer's origin differs from the server's
};

/// One sign-in provider from /auth/providers (§3.2); only github and google work.
struct AuthProvider
{
    QString id;
    QString name;
};

/// The answer of /status or /results (§4.3), status normalised.
struct JobStatusAnswer
{
    QString jobId;
    QString step;
    QString rawStatus;
    JobState state = JobState::Pending;
    bool statusKnown = true;
    QJsonObject body; ///< the whole answer (generatedCode, artifacts, …)
};

/// Discovery (§3.2): the root well-known document, then the one under /oauth. Endpoints on a
/// foreign origin are refused; a foreign issuer is only warned about.
void discoverIssuer(ApiClient &client, QObject *context,
                    std::function<void(const ApiResult<IssuerInfo> &)> done);
/// GET /auth/providers, keeping only the providers that work (github, google).
void fetchProviders(ApiClient &client, QObject *context,
                    std::function<void(const ApiResult<QList<AuthProvider>> &)> done);
/// The identity chain (§3.9): /auth/me, the organization of the team, its company. Sets the
/// client's team id. A missing team or a 404 further down leaves the ids empty, not an error.
void fetchIdentity(ApiClient &client, QObject *context,
                   std::function<void(const ApiResult<Identity> &)> done);

/// GET /teams, filtered to @p teamId (the list is unscoped, §4.1).
void listTeams(ApiClient &client, const QString &teamId, QObject *context,
               std::function<void(const ApiResult<QList<Team>> &)> done);
/// GET /projects, keeping the caller's team and no soft-deleted rows, newest first (§4.2).
void listProjects(ApiClient &client, const QString &teamId, QObject *context,
                  std::function<void(const ApiResult<QList<Project>> &)> done);
/// GET /projects/:id; a project of another team or soft-deleted counts as not found.
void getProject(ApiClient &client, const QString &projectId, const QString &teamId,
                QObject *context, std::function<void(const ApiResult<Project> &)> done);
/// POST /projects then PUT {teamId} (§4.2: without the PUT no team check finds it).
void createProject(ApiClient &client, const QString &name, const QString &teamId,
                   const QJsonObject &graphMeta, QObject *context,
                   std::function<void(const ApiResult<Project> &)> done);
/// PUT {name}.
void renameProject(ApiClient &client, const QString &projectId, const QString &name,
                   QObject *context, std::function<void(const ApiResult<Project> &)> done);
/// DELETE /projects/:id; a 500 means "the project has generation jobs".
void deleteProject(ApiClient &client, const QString &projectId, QObject *context,
                   std::function<void(const RemoteError &)> done);
/// The §4.2 save: GET the project, replace graphData (and desktop when given), set nodes and
/// lastUpdated, PUT graphMeta as a string preserving the other keys. When @p expectedUpdatedAt
/// is valid and the server's updatedAt differs, nothing is written and the error says so.
void saveProjectGraph(ApiClient &client, const QString &projectId, const QJsonObject &graphJson,
                      const QJsonObject &desktop, const QDateTime &expectedUpdatedAt,
                      QObject *context, std::function<void(const ApiResult<Project> &)> done);
/// A project's graph as the server keeps it.
struct ProjectGraph
{
    QJsonObject graphData; ///< graphMeta.graphData; an empty object when there is none
    QDateTime updatedAt;   ///< the project's version, for a later saveProjectGraph()
};
/// The graph stored in the project's graphMeta (§4.2).
void loadProjectGraph(ApiClient &client, const QString &projectId, QObject *context,
                      std::function<void(const ApiResult<ProjectGraph> &)> done);

/// POST /graph/codegen (never retried, 60 s timeout).
void submitCodegen(ApiClient &client, const QJsonObject &body, QObject *context,
                   std::function<void(const ApiResult<CodegenSubmission> &)> done);
/// GET /graph/codegen?projectId&limit&offset, paging until a short page (§4.3).
void listJobs(ApiClient &client, const QString &projectId, QObject *context,
              std::function<void(const ApiResult<QList<JobSummary>> &)> done, int pageSize = 20,
              int maxPages = 50);
/// GET /graph/codegen/jobs: every job with its errorMessage (the only source of it, §5.5).
void listJobDetails(ApiClient &client, QObject *context,
                    std::function<void(const ApiResult<QList<JobSummary>> &)> done);
/// GET /graph/codegen/:jobId/status as a single request (polls are their own retry).
void fetchJobStatus(ApiClient &client, const QString &jobId, QObject *context,
                    std::function<void(const ApiResult<JobStatusAnswer> &)> done);
/// GET /graph/codegen/:jobId/results (60 s, 32 MiB).
void fetchJobResults(ApiClient &client, const QString &jobId, QObject *context,
                     std::function<void(const ApiResult<JobStatusAnswer> &)> done);
/// DELETE /graph/codegen/:jobId (retried per §8).
void cancelJob(ApiClient &client, const QString &jobId, QObject *context,
               std::function<void(const RemoteError &)> done);

/// Reads a Project row; ids become strings.
Project projectFromJson(const QJsonObject &o);
/// Reads a job row of either list.
JobSummary jobFromJson(const QJsonObject &o);
/// Percent-encodes one path segment (ids are opaque strings).
QString pathSegment(const QString &id);

} // namespace kg::remote
