#include "remote/ServerEndpoints.h"

#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace kg::remote {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::remote::ServerEndpoints)
};

RemoteError unexpected(const QString &what, const ApiClient::Response &r, const QString &url = {})
{
    RemoteError e;
    e.kind = RemoteError::Kind::UnexpectedResponse;
    e.httpStatus = r.status;
    e.message = Tr::tr("Unexpected response: %1").arg(what);
    e.url = url;
    return e;
}

RemoteError notFound(const QString &what)
{
    RemoteError e;
    e.kind = RemoteError::Kind::Http;
    e.httpStatus = 404;
    e.message = what;
    return e;
}

} // namespace

QString pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

Project projectFromJson(const QJsonObject &o)
{
    Project p;
    p.id = idString(o.value(QStringLiteral("id")));
    p.name = o.value(QStringLiteral("name")).toString();
    p.graphId = idString(o.value(QStringLiteral("graphId")));
    const QJsonValue meta = o.value(QStringLiteral("graphMeta"));
    if (meta.isString())
        p.graphMeta = meta.toString();
    else if (meta.isObject())
        p.graphMeta = QString::fromUtf8(
                QJsonDocument(meta.toObject()).toJson(QJsonDocument::Compact));
    p.teamId = idString(o.value(QStringLiteral("teamId")));
    p.createdBy = idString(o.value(QStringLiteral("createdBy")));
    p.createdAt = parseServerTime(o.value(QStringLiteral("createdAt")));
    p.updatedAt = parseServerTime(o.value(QStringLiteral("updatedAt")));
    p.deletedAt = parseServerTime(o.value(QStringLiteral("deletedAt")));
    return p;
}

JobSummary jobFromJson(const QJsonObject &o)
{
    JobSummary j;
    j.id = idString(o.value(QStringLiteral("id")));
    j.uuid = idString(o.value(QStringLiteral("uuid")));
    if (j.uuid.isEmpty())
        j.uuid = idString(o.value(QStringLiteral("jobId")));
    j.projectId = idString(o.value(QStringLiteral("projectId")));
    j.graphId = idString(o.value(QStringLiteral("graphId")));
    j.rawStatus = o.value(QStringLiteral("status")).toString();
    j.state = normalizeJobStatus(j.rawStatus);
    j.errorMessage = o.value(QStringLiteral("errorMessage")).toString();
    j.createdAt = parseServerTime(o.value(QStringLiteral("createdAt")));
    j.startedAt = parseServerTime(o.value(QStringLiteral("startedAt")));
    j.completedAt = parseServerTime(o.value(QStringLiteral("completedAt")));
    return j;
}

void discoverIssuer(ApiClient &client, QObject *context,
                    std::function<void(const ApiResult<IssuerInfo> &)> done)
{
    QPointer<ApiClient> c(&client);
    auto tryAt = std::make_shared<std::function<void(int)>>();
    const QStringList paths = {QStringLiteral("/.well-known/oauth-authorization-server"),
                               QStringLiteral("/oauth/.well-known/oauth-authorization-server")};
    std::weak_ptr<std::function<void(int)>> weak = tryAt;
    *tryAt = [c, context, done, paths, weak](int index) {
        if (!c)
            return;
        ApiClient::Request r;
        r.url = c->origin();
        r.url.setPath(paths.at(index));
        r.authenticated = false;
        r.retry = true;
        auto self = weak.lock();
        c->send(r, context, [c, done, index, paths, self](const ApiResult<ApiClient::Response> &res) {
            if (!c)
                return;
            IssuerInfo info;
            bool usable = false;
            if (res.ok()) {
                const QJsonObject o = res->json.object();
                info.issuer = QUrl(o.value(QStringLiteral("issuer")).toString());
                info.authorizationEndpoint = QUrl(
                        o.value(QStringLiteral("authorization_endpoint")).toString());
                info.tokenEndpoint = QUrl(o.value(QStringLiteral("token_endpoint")).toString());
                usable = info.authorizationEndpoint.isValid() && info.tokenEndpoint.isValid()
                         && !info.authorizationEndpoint.isRelative()
                         && !info.tokenEndpoint.isRelative();
            }
            if (!usable) {
                if (index + 1 < paths.size() && self) {
                    (*self)(index + 1);
                    return;
                }
                RemoteError e = res.ok() ? RemoteError() : res.error();
                e.kind = res.ok() ? RemoteError::Kind::UnexpectedResponse : e.kind;
                e.message = Tr::tr("The server offers no OAuth sign-in; paste an access token or a "
                                   "session id instead");
                done(e);
                return;
            }
            if (!sameOrigin(info.authorizationEndpoint, c->origin())
                || !sameOrigin(info.tokenEndpoint, c->origin())) {
                RemoteError e;
                e.kind = RemoteError::Kind::ForeignOrigin;
                e.message = Tr::tr("The server's sign-in endpoints are on another origin (%1); "
                                   "they were refused")
                                    .arg(info.tokenEndpoint.adjusted(QUrl::RemovePath).toString());
                done(e);
                return;
            }
            if (info.issuer.isValid() && !sameOrigin(info.issuer, c->origin()))
                info.warning = Tr::tr("The issuer %1 differs from the server's origin; its tokens "
                                      "may not be accepted")
                                       .arg(info.issuer.toString());
            done(info);
        });
    };
    (*tryAt)(0); // the pending callback holds the only strong reference from here on
}

void fetchProviders(ApiClient &client, QObject *context,
                    std::function<void(const ApiResult<QList<AuthProvider>> &)> done)
{
    ApiClient::Request r = ApiClient::Request::get(QStringLiteral("/auth/providers"));
    r.authenticated = false;
    client.send(r, context, [done](const ApiResult<ApiClient::Response> &res) {
        if (!res) {
            done(res.error());
            return;
        }
        QList<AuthProvider> list;
        const QJsonArray providers = res->json.object().value(QStringLiteral("providers")).toArray();
        for (const QJsonValue &v : providers) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            if (id == QLatin1String("github") || id == QLatin1String("google"))
                list.append({id, o.value(QStringLiteral("name")).toString()});
        }
        done(list);
    });
}

void fetchIdentity(ApiClient &client, QObject *context,
                   std::function<void(const ApiResult<Identity> &)> done)
{
    QPointer<ApiClient> c(&client);
    QPointer<QObject> ctx(context);
    client.send(
            ApiClient::Request::get(QStringLiteral("/auth/me")), context,
            [c, ctx, done](const ApiResult<ApiClient::Response> &res) {
                if (!res) {
                    done(res.error());
                    return;
                }
                if (!res->json.isObject()) {
                    done(unexpected(Tr::tr("/auth/me did not answer an object"), res.value()));
                    return;
                }
                const QJsonObject me = res->json.object();
                Identity id;
                id.userId = idString(me.value(QStringLiteral("id")));
                id.email = me.value(QStringLiteral("email")).toString();
                id.name = me.value(QStringLiteral("name")).toString();
                id.avatar = me.value(QStringLiteral("avatar")).toString();
                id.role = me.value(QStringLiteral("role")).toString();
                id.teamId = idString(me.value(QStringLiteral("teamId")));
                if (id.userId.isEmpty()) {
                    done(unexpected(Tr::tr("/auth/me has no user id"), res.value()));
                    return;
                }
                if (!c)
                    return;
                c->setTeamId(id.teamId);
                if (id.teamId.isEmpty()) {
                    done(id);
                    return;
                }
                QUrlQuery q;
                q.addQueryItem(QStringLiteral("teamId"), id.teamId);
                c->send(ApiClient::Request::get(QStringLiteral("/organizations"), q), ctx,
                        [c, ctx, done, id](const ApiResult<ApiClient::Response> &org) mutable {
                            if (!org) {
                                if (org.error().httpStatus == 404)
                                    done(id); // §3.9: generation disabled, not an error
                                else
                                    done(org.error());
                                return;
                            }
                            const QJsonObject o = org->json.object();
                            id.organizationId = idString(o.value(QStringLiteral("id")));
                            id.organizationName = o.value(QStringLiteral("name")).toString();
                            if (id.organizationId.isEmpty() || !c) {
                                done(id);
                                return;
                            }
                            QUrlQuery q2;
                            q2.addQueryItem(QStringLiteral("organizationId"), id.organizationId);
                            c->send(ApiClient::Request::get(QStringLiteral("/companies"), q2), ctx,
                                    [done, id](const ApiResult<ApiClient::Response> &comp) mutable {
                                        if (!comp) {
                                            if (comp.error().httpStatus == 404)
                                                done(id);
                                            else
                                                done(comp.error());
                                            return;
                                        }
                                        const QJsonObject co = comp->json.object();
                                        id.companyId = idString(co.value(QStringLiteral("id")));
                                        id.companyName = co.value(QStringLiteral("name")).toString();
                                        done(id);
                                    });
                        });
            });
}

void listTeams(ApiClient &client, const QString &teamId, QObject *context,
               std::function<void(const ApiResult<QList<Team>> &)> done)
{
    client.send(ApiClient::Request::get(QStringLiteral("/teams")), context,
                [done, teamId](const ApiResult<ApiClient::Response> &res) {
                    if (!res) {
                        done(res.error());
                        return;
                    }
                    if (!res->json.isArray()) {
                        done(unexpected(Tr::tr("/teams did not answer a list"), res.value()));
                        return;
                    }
                    QList<Team> teams;
                    const QJsonArray rows = res->json.array();
                    for (const QJsonValue &v : rows) {
                        const QJsonObject o = v.toObject();
                        Team t{idString(o.value(QStringLiteral("id"))),
                               o.value(QStringLiteral("name")).toString(),
                               idString(o.value(QStringLiteral("organizationId")))};
                        if (!teamId.isEmpty() && t.id == teamId)
                            teams.append(t);
                    }
                    done(teams);
                });
}

void listProjects(ApiClient &client, const QString &teamId, QObject *context,
                  std::function<void(const ApiResult<QList<Project>> &)> done)
{
    ApiClient::Request r = ApiClient::Request::get(QStringLiteral("/projects"));
    r.maxBytes = ApiClient::LargeBodyCap;
    client.send(r, context, [done, teamId](const ApiResult<ApiClient::Response> &res) {
        if (!res) {
            done(res.error());
            return;
        }
        if (!res->json.isArray()) {
            done(unexpected(Tr::tr("/projects did not answer a list"), res.value()));
            return;
        }
        QList<Project> projects;
        const QJsonArray rows = res->json.array();
        for (const QJsonValue &v : rows) {
            Project p = projectFromJson(v.toObject());
            if (!teamId.isEmpty() && p.teamId == teamId && !p.deletedAt.isValid())
                projects.append(p);
        }
        std::stable_sort(projects.begin(), projects.end(), [](const Project &a, const Project &b) {
            const QDateTime ta = a.updatedAt.isValid() ? a.updatedAt : a.createdAt;
            const QDateTime tb = b.updatedAt.isValid() ? b.updatedAt : b.createdAt;
            return ta > tb;
        });
        done(projects);
    });
}

void getProject(ApiClient &client, const QString &projectId, const QString &teamId,
                QObject *context, std::function<void(const ApiResult<Project> &)> done)
{
    client.send(ApiClient::Request::get(QStringLiteral("/projects/") + pathSegment(projectId)),
                context, [done, teamId, projectId](const ApiResult<ApiClient::Response> &res) {
                    if (!res) {
                        RemoteError e = res.error();
                        if (e.httpStatus == 404)
                            e.message = Tr::tr("Project %1 not found").arg(projectId);
                        done(e);
                        return;
                    }
                    if (!res->json.isObject()) {
                        done(unexpected(Tr::tr("the project is not an object"), res.value()));
                        return;
                    }
                    Project p = projectFromJson(res->json.object());
                    if ((!teamId.isEmpty() && p.teamId != teamId) || p.deletedAt.isValid()) {
                        done(notFound(Tr::tr("Project %1 not found").arg(projectId)));
                        return;
                    }
                    done(p);
                });
}

void createProject(ApiClient &client, const QString &name, const QString &teamId,
                   const QJsonObject &graphMeta, QObject *context,
                   std::function<void(const ApiResult<Project> &)> done)
{
    QJsonObject body{{QStringLiteral("name"), name}};
    if (!graphMeta.isEmpty())
        body.insert(QStringLiteral("graphMeta"), graphMeta); // POST takes an object
    QPointer<ApiClient> c(&client);
    QPointer<QObject> ctx(context);
    client.send(ApiClient::Request::withJson("POST", QStringLiteral("/projects"),
                                             QJsonDocument(body)),
                context, [c, ctx, done, teamId](const ApiResult<ApiClient::Response> &res) {
                    if (!res) {
                        done(res.error());
                        return;
                    }
                    const Project created = projectFromJson(res->json.object());
                    if (created.id.isEmpty()) {
                        done(unexpected(Tr::tr("the new project has no id"), res.value()));
                        return;
                    }
                    if (!c)
                        return;
                    // §4.2/§10: the server leaves teamId null; without this PUT no team check finds it.
                    const QJsonObject put{{QStringLiteral("teamId"), teamId.toLongLong()}};
                    c->send(ApiClient::Request::withJson("PUT",
                                                         QStringLiteral("/projects/")
                                                                 + pathSegment(created.id),
                                                         QJsonDocument(put)),
                            ctx, [done, created](const ApiResult<ApiClient::Response> &res2) {
                                if (!res2) {
                                    RemoteError e = res2.error();
                                    e.message = Tr::tr("The project %1 was created but could not "
                                                       "be assigned to your "
                                                       "team: %2")
                                                        .arg(created.id, e.message);
                                    done(e);
                                    return;
                                }
                                done(projectFromJson(res2->json.object()));
                            });
                });
}

void renameProject(ApiClient &client, const QString &projectId, const QString &name,
                   QObject *context, std::function<void(const ApiResult<Project> &)> done)
{
    const QJsonObject put{{QStringLiteral("name"), name}};
    client.send(ApiClient::Request::withJson("PUT",
                                             QStringLiteral("/projects/") + pathSegment(projectId),
                                             QJsonDocument(put)),
                context, [done](const ApiResult<ApiClient::Response> &res) {
                    if (!res)
                        done(res.error());
                    else
                        done(projectFromJson(res->json.object()));
                });
}

void deleteProject(ApiClient &client, const QString &projectId, QObject *context,
                   std::function<void(const RemoteError &)> done)
{
    ApiClient::Request r;
    r.method = "DELETE";
    r.path = QStringLiteral("/projects/") + pathSegment(projectId);
    r.retry = false; // a 500 here is an answer ("has jobs"), not a transient failure
    client.send(r, context, [done](const ApiResult<ApiClient::Response> &res) {
        if (res) {
            done(RemoteError());
            return;
        }
        RemoteError e = res.error();
        if (e.httpStatus == 500)
            e.message = Tr::tr("The project has generation jobs and cannot be deleted");
        done(e);
    });
}

void saveProjectGraph(ApiClient &client, const QString &projectId, const QJsonObject &graphJson,
                      const QJsonObject &desktop, const QDateTime &expectedUpdatedAt,
                      QObject *context, std::function<void(const ApiResult<Project> &)> done)
{
    QPointer<ApiClient> c(&client);
    QPointer<QObject> ctx(context);
    getProject(client, projectId, client.teamId(), context,
               [c, ctx, done, projectId, graphJson, desktop,
                expectedUpdatedAt](const ApiResult<Project> &current) {
                   if (!current) {
                       done(current.error());
                       return;
                   }
                   if (expectedUpdatedAt.isValid() && current->updatedAt.isValid()
                       && current->updatedAt != expectedUpdatedAt) {
                       RemoteError e;
                       e.kind = RemoteError::Kind::Conflict;
                       e.message = Tr::tr(
                               "The project changed on the server since it was loaded; reload it "
                               "or overwrite the server's version");
                       done(e);
                       return;
                   }
                   QJsonObject meta = QJsonDocument::fromJson(current->graphMeta.toUtf8()).object();
                   meta.insert(QStringLiteral("graphData"), graphJson);
                   if (!desktop.isEmpty())
                       meta.insert(QStringLiteral("desktop"), desktop);
                   meta.insert(QStringLiteral("nodes"),
                               graphJson.value(QStringLiteral("nodes")).toArray().size());
                   meta.insert(QStringLiteral("lastUpdated"),
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                   const QJsonObject put{
                           {QStringLiteral("graphMeta"),
                            QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact))}};
                   if (!c)
                       return;
                   c->send(ApiClient::Request::withJson("PUT",
                                                        QStringLiteral("/projects/")
                                                                + pathSegment(projectId),
                                                        QJsonDocument(put)),
                           ctx, [done](const ApiResult<ApiClient::Response> &res) {
                               if (!res)
                                   done(res.error());
                               else
                                   done(projectFromJson(res->json.object()));
                           });
               });
}

void loadProjectGraph(ApiClient &client, const QString &projectId, QObject *context,
                      std::function<void(const ApiResult<ProjectGraph> &)> done)
{
    getProject(client, projectId, client.teamId(), context, [done](const ApiResult<Project> &p) {
        if (!p) {
            done(p.error());
            return;
        }
        // null or invalid graphMeta means {} (§4.2)
        const QJsonObject meta = QJsonDocument::fromJson(p->graphMeta.toUtf8()).object();
        done(ProjectGraph{meta.value(QStringLiteral("graphData")).toObject(), p->updatedAt});
    });
}

void submitCodegen(ApiClient &client, const QJsonObject &body, QObject *context,
                   std::function<void(const ApiResult<CodegenSubmission> &)> done)
{
    ApiClient::Request r = ApiClient::Request::withJson("POST", QStringLiteral("/graph/codegen"),
                                                        QJsonDocument(body));
    r.retry = false; // never: each accepted call creates a job (§4.3, §8)
    r.timeoutMs = client.timings().longRequestTimeoutMs;
    client.send(r, context, [done](const ApiResult<ApiClient::Response> &res) {
        if (!res) {
            done(res.error());
            return;
        }
        const QJsonObject o = res->json.object();
        CodegenSubmission s;
        s.jobId = idString(o.value(QStringLiteral("jobId")));
        s.projectId = idString(o.value(QStringLiteral("projectId")));
        s.step = o.value(QStringLiteral("step")).toString();
        s.status = o.value(QStringLiteral("status")).toString();
        if (s.jobId.isEmpty()) {
            done(unexpected(Tr::tr("the code generation answer has no jobId"), res.value()));
            return;
        }
        done(s);
    });
}

void listJobs(ApiClient &client, const QString &projectId, QObject *context,
              std::function<void(const ApiResult<QList<JobSummary>> &)> done, int pageSize,
              int maxPages)
{
    pageSize = std::clamp(pageSize, 1, 100);
    QPointer<ApiClient> c(&client);
    QPointer<QObject> ctx(context);
    auto collected = std::make_shared<QList<JobSummary>>();
    auto fetchPage = std::make_shared<std::function<void(int)>>();
    std::weak_ptr<std::function<void(int)>> weak = fetchPage;
    *fetchPage = [c, ctx, done, projectId, pageSize, maxPages, collected, weak](int page) {
        if (!c)
            return;
        QUrlQuery q;
        if (!projectId.isEmpty())
            q.addQueryItem(QStringLiteral("projectId"), projectId);
        q.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        q.addQueryItem(QStringLiteral("offset"), QString::number(page * pageSize));
        ApiClient::Request r = ApiClient::Request::get(QStringLiteral("/graph/codegen"), q);
        r.maxBytes = ApiClient::LargeBodyCap;
        auto self = weak.lock();
        c->send(r, ctx,
                [done, page, pageSize, maxPages, collected,
                 self](const ApiResult<ApiClient::Response> &res) {
                    if (!res) {
                        done(res.error());
                        return;
                    }
                    const QJsonArray jobs = res->json.object()
                                                    .value(QStringLiteral("jobs"))
                                                    .toArray();
                    for (const QJsonValue &v : jobs)
                        collected->append(jobFromJson(v.toObject()));
                    // `total` is the page length (§10): page until a short page.
                    if (jobs.size() < pageSize || page + 1 >= maxPages || !self)
                        done(*collected);
                    else
                        (*self)(page + 1);
                });
    };
    (*fetchPage)(0); // the pending callback holds the only strong reference from here on
}

void listJobDetails(ApiClient &client, QObject *context,
                    std::function<void(const ApiResult<QList<JobSummary>> &)> done)
{
    ApiClient::Request r = ApiClient::Request::get(QStringLiteral("/graph/codegen/jobs"));
    r.maxBytes = ApiClient::LargeBodyCap;
    client.send(r, context, [done](const ApiResult<ApiClient::Response> &res) {
        if (!res) {
            done(res.error());
            return;
        }
        QList<JobSummary> list;
        const QJsonArray jobs = res->json.object().value(QStringLiteral("jobs")).toArray();
        for (const QJsonValue &v : jobs)
            list.append(jobFromJson(v.toObject()));
        done(list);
    });
}

namespace {
void fetchJobDocument(ApiClient &client, const QString &jobId, const QString &suffix, int timeout,
                      QObject *context,
                      std::function<void(const ApiResult<JobStatusAnswer> &)> done)
{
    ApiClient::Request r = ApiClient::Request::get(QStringLiteral("/graph/codegen/")
                                                   + pathSegment(jobId) + suffix);
    r.maxBytes = ApiClient::LargeBodyCap;
    r.retry = false;
    r.timeoutMs = timeout;
    client.send(r, context, [done, jobId](const ApiResult<ApiClient::Response> &res) {
        if (!res) {
            done(res.error());
            return;
        }
        if (!res->json.isObject()) {
            done(unexpected(Tr::tr("the job status is not an object"), res.value()));
            return;
        }
        JobStatusAnswer a;
        a.body = res->json.object();
        a.jobId = idString(a.body.value(QStringLiteral("jobId")));
        if (a.jobId.isEmpty())
            a.jobId = jobId;
        a.step = a.body.value(QStringLiteral("step")).toString();
        a.rawStatus = a.body.value(QStringLiteral("status")).toString();
        a.state = normalizeJobStatus(a.rawStatus, &a.statusKnown);
        done(a);
    });
}
} // namespace

void fetchJobStatus(ApiClient &client, const QString &jobId, QObject *context,
                    std::function<void(const ApiResult<JobStatusAnswer> &)> done)
{
    fetchJobDocument(client, jobId, QStringLiteral("/status"), client.timings().requestTimeoutMs,
                     context, std::move(done));
}

void fetchJobResults(ApiClient &client, const QString &jobId, QObject *context,
                     std::function<void(const ApiResult<JobStatusAnswer> &)> done)
{
    fetchJobDocument(client, jobId, QStringLiteral("/results"),
                     client.timings().longRequestTimeoutMs, context, std::move(done));
}

void cancelJob(ApiClient &client, const QString &jobId, QObject *context,
               std::function<void(const RemoteError &)> done)
{
    ApiClient::Request r;
    r.method = "DELETE";
    r.path = QStringLiteral("/graph/codegen/") + pathSegment(jobId);
    client.send(r, context, [done](const ApiResult<ApiClient::Response> &res) {
        done(res ? RemoteError() : res.error());
    });
}

} // namespace kg::remote
