// The fake server's projects, with the audit of every project write.
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

// --- the audit of project writes -------------------------------------------------------------

namespace {

/// A value for a log line: compact JSON, long values shortened; "(absent)" when undefined.
QString shown(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("(absent)");
    QString text = received(v);
    constexpr int Longest = 80;
    if (text.size() > Longest)
        text = text.left(Longest) + QStringLiteral("...");
    return text;
}

/// graphMeta as an object: null and "" are {}; false in @p ok when it is not JSON object text.
QJsonObject storedMetaObject(const QJsonValue &v, bool *ok)
{
    *ok = true;
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8(), &error);
    *ok = v.isString() && error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

/// The keys of @p a and @p b, each once, sorted.
QStringList allKeys(const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys = a.keys() + b.keys();
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

} // namespace

QString FakeKubegramServer::ProjectWrite::toString() const
{
    const QString request = QString::fromLatin1(method) + QLatin1Char(' ') + path;
    switch (kind) {
    case Kind::Created:
        return QStringLiteral("%1: created project %2 %3")
                .arg(request, projectId, shown(after.toObject().value(QStringLiteral("name"))));
    case Kind::Deleted:
        return QStringLiteral("%1: deleted project %2 %3")
                .arg(request, projectId, shown(before.toObject().value(QStringLiteral("name"))));
    case Kind::Changed:
        break;
    }
    return QStringLiteral("%1: project %2 %3 %4 -> %5")
            .arg(request, projectId, field, shown(before), shown(after));
}

QStringList FakeKubegramServer::generationWrites()
{
    return {QStringLiteral("updatedAt"), QStringLiteral("graphMeta.graphData"),
            QStringLiteral("graphMeta.lastUpdated")};
}

QList<FakeKubegramServer::ProjectWrite> FakeKubegramServer::projectWrites(
        const QString &projectId, const QStringList &expected) const
{
    QList<ProjectWrite> out;
    for (const ProjectWrite &w : m_projectWrites) {
        if (w.projectId != projectId)
            continue;
        const bool isExpected = w.kind == ProjectWrite::Kind::Changed
                                && std::any_of(expected.begin(), expected.end(),
                                               [&w](const QString &e) {
                                                   return w.field == e
                                                          || w.field.startsWith(e
                                                                                + QLatin1Char('.'));
                                               });
        if (!isExpected)
            out.append(w);
    }
    return out;
}

void FakeKubegramServer::writeProject(const Request &request, int id, const QJsonObject &row)
{
    const bool existed = m_projects.contains(id);
    const QJsonObject old = m_projects.value(id);
    if (row.isEmpty())
        m_projects.remove(id);
    else
        m_projects.insert(id, row);

    QList<ProjectWrite> writes;
    auto record = [&](ProjectWrite::Kind kind, const QString &field, const QJsonValue &before,
                      const QJsonValue &after) {
        ProjectWrite w;
        w.kind = kind;
        w.method = request.method;
        w.path = request.path;
        w.projectId = QString::number(id);
        w.field = field;
        w.before = before;
        w.after = after;
        writes.append(w);
    };
    if (row.isEmpty()) {
        if (existed)
            record(ProjectWrite::Kind::Deleted, QString(), old, QJsonValue::Undefined);
    } else if (!existed) {
        record(ProjectWrite::Kind::Created, QString(), QJsonValue::Undefined, row);
    } else {
        for (const QString &key : allKeys(old, row)) {
            const QJsonValue before = old.value(key);
            const QJsonValue after = row.value(key);
            if (before == after)
                continue;
            bool oldOk = false;
            bool newOk = false;
            const QJsonObject oldMeta = storedMetaObject(before, &oldOk);
            const QJsonObject newMeta = storedMetaObject(after, &newOk);
            if (key != QLatin1String("graphMeta") || !oldOk || !newOk) {
                record(ProjectWrite::Kind::Changed, key, before, after);
                continue;
            }
            for (const QString &metaKey : allKeys(oldMeta, newMeta)) {
                if (oldMeta.value(metaKey) != newMeta.value(metaKey))
                    record(ProjectWrite::Kind::Changed, key + QLatin1Char('.') + metaKey,
                           oldMeta.value(metaKey), newMeta.value(metaKey));
            }
        }
    }
    for (const ProjectWrite &w : std::as_const(writes)) {
        m_projectWrites.append(w);
        Q_EMIT projectWritten(w);
    }
}

FakeKubegramServer::Response FakeKubegramServer::projectsRoute(Request &request,
                                                               const QStringList &seg)
{
    const QByteArray m = request.method;
    auto invalid = [] {
        return Response::error(400, QStringLiteral("Invalid request"));
    };
    if (seg.size() == 1) {
        if (m == "GET") {
            QJsonArray rows;
            for (const QJsonObject &p : std::as_const(m_projects))
                rows.append(p);
            return Response::ofJson(200, rows);
        }
        if (m == "POST") {
            const QJsonDocument doc = QJsonDocument::fromJson(request.body);
            const QJsonObject body = doc.object();
            if (!doc.isObject() || !body.value(QStringLiteral("name")).isString()
                || body.value(QStringLiteral("name")).toString().isEmpty())
                return invalid();
            const QJsonValue meta = body.value(QStringLiteral("graphMeta"));
            if (!meta.isUndefined() && !meta.isObject())
                return invalid();
            const int id = m_nextProjectId++;
            const QString now = iso(QDateTime::currentDateTimeUtc());
            QJsonObject p{{QStringLiteral("id"), id},
                          {QStringLiteral("name"), body.value(QStringLiteral("name"))},
                          {QStringLiteral("graphId"),
                           body.value(QStringLiteral("graphId")).isString()
                                   ? body.value(QStringLiteral("graphId"))
                                   : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("graphMeta"),
                           meta.isObject() ? QJsonValue(QString::fromUtf8(json(meta.toObject())))
                                           : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("teamId"), QJsonValue::Null},
                          {QStringLiteral("createdBy"), QJsonValue::Null},
                          {QStringLiteral("createdAt"), now},
                          {QStringLiteral("updatedAt"), now},
                          {QStringLiteral("deletedAt"), QJsonValue::Null},
                          {QStringLiteral("githubInstallationId"), QJsonValue::Null},
                          {QStringLiteral("githubOwner"), QJsonValue::Null},
                          {QStringLiteral("githubRepo"), QJsonValue::Null},
                          {QStringLiteral("githubBaseBranch"), QJsonValue::Null},
                          {QStringLiteral("argocdAppName"), QJsonValue::Null}};
            writeProject(request, id, p);
            return Response::ofJson(201, p);
        }
        return Response::none();
    }
    if (seg.size() != 2)
        return Response::none();
    bool numeric = false;
    const int id = seg[1].toInt(&numeric);
    if (m == "DELETE") {
        for (const auto &job : std::as_const(m_jobs)) {
            if (job->projectId == id)
                return Response::text(500, "Internal Server Error");
        }
        writeProject(request, id, QJsonObject());
        Response r;
        r.status = 204;
        r.body = QByteArray();
        return r;
    }
    if (!numeric || !m_projects.contains(id))
        return m == "GET" || m == "PUT" ? Response::text(404, "404 Not Found") : Response::none();
    if (m == "GET")
        return Response::ofJson(200, m_projects.value(id));
    if (m == "PUT") {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject())
            return invalid();
        QJsonObject p = m_projects.value(id);
        const QJsonObject body = doc.object();
        static const QStringList strings = {QStringLiteral("name"),
                                            QStringLiteral("graphId"),
                                            QStringLiteral("graphMeta"),
                                            QStringLiteral("githubOwner"),
                                            QStringLiteral("githubRepo"),
                                            QStringLiteral("githubBaseBranch"),
                                            QStringLiteral("argocdAppName")};
        static const QStringList timestamps = {QStringLiteral("createdAt"),
                                               QStringLiteral("updatedAt"),
                                               QStringLiteral("deletedAt")};
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (timestamps.contains(it.key()))
                return invalid();
            if (strings.contains(it.key())) {
                if (!it.value().isString() && !it.value().isNull())
                    return invalid();
                p.insert(it.key(), it.value());
            } else if (it.key() == QLatin1String("teamId") || it.key() == QLatin1String("createdBy")
                       || it.key() == QLatin1String("githubInstallationId")) {
                if (it.value().isString()) {
                    bool ok = false;
                    const int v = it.value().toString().toInt(&ok);
                    if (!ok)
                        return invalid();
                    p.insert(it.key(), v);
                } else if (it.value().isDouble() || it.value().isNull()) {
                    p.insert(it.key(), it.value());
                } else {
                    return invalid();
                }
            } // unknown keys, id included, are dropped
        }
        p.insert(QStringLiteral("updatedAt"), iso(QDateTime::currentDateTimeUtc()));
        writeProject(request, id, p);
        return Response::ofJson(200, p);
    }
    return Response::none();
}

} // namespace kg::test
