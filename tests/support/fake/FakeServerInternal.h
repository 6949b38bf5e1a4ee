#pragma once

// What the parts of the fake server share (FakeKubegramServer*.cpp): the request, response and
// job records and the small helpers of the answers. Private to tests/support/fake.

#include "FakeKubegramServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace kg::test {

namespace fakeserver {

inline const QStringList Steps = {QStringLiteral("getOrCreateGraph"), QStringLiteral("getPrompt"),
                                  QStringLiteral("llmCall"), QStringLiteral("buildKubernetesGraph"),
                                  QStringLiteral("validateConfigurations")};

inline const QStringList GraphTypes = {QStringLiteral("KUBERNETES"),
                                       QStringLiteral("INFRASTRUCTURE"), QStringLiteral("ABSTRACT"),
                                       QStringLiteral("DEBUGGING"), QStringLiteral("MICROSERVICE")};
inline const QStringList Providers = {QStringLiteral("CLAUDE"), QStringLiteral("GEMMA"),
                                      QStringLiteral("DEEPSEEK"), QStringLiteral("OPENAI"),
                                      QStringLiteral("GOOGLE")};

inline QString randomToken(int bytes = 24)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QByteArray json(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

inline QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QString picklist(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << QLatin1Char('"') + v + QLatin1Char('"');
    return QLatin1Char('(') + quoted.join(QStringLiteral(" | ")) + QLatin1Char(')');
}

inline QString received(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("undefined");
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
}

/// JavaScript's parseInt(text, 10) for ids: leading blanks, a sign and digits; 0 when there
/// are no digits (NaN) or the value does not fit.
inline int parseIntPrefix(const QString &text)
{
    int i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    const bool negative = i < text.size() && text.at(i) == QLatin1Char('-');
    if (i < text.size() && (text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char('+')))
        ++i;
    qint64 value = 0;
    for (; i < text.size() && text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9');
         ++i) {
        value = value * 10 + (text.at(i).unicode() - '0');
        if (value > std::numeric_limits<int>::max())
            return 0;
    }
    return negative ? -int(value) : int(value);
}

inline bool isLoopbackRedirect(const QUrl &url)
{
    return url.scheme() == QLatin1String("http")
           && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost")
               || url.host() == QLatin1String("::1"));
}

// The users, teams, organizations and companies the fake knows.
struct UserRow
{
    const char *id;
    const char *name;
    const char *email;
    const char *role;
    int team; // 0 = none
};
inline const UserRow Users[] = {
        {"42", "Alice Example", "alice@example.com", "team_member", 7},
        {"43", "Bob Other", "bob@example.com", "admin", 8},
        {"44", "Carol Teamless", "carol@example.com", "team_member", 0},
        {"45", "Dave Orphan", "dave@example.com", "manager", 9},
};
inline const UserRow *findUser(const QString &id)
{
    for (const UserRow &u : Users) {
        if (id == QLatin1String(u.id))
            return &u;
    }
    return nullptr;
}
inline QJsonObject teamRow(int id)
{
    switch (id) {
    case 7:
        return {{QStringLiteral("id"), 7},
                {QStringLiteral("name"), QStringLiteral("Platform")},
                {QStringLiteral("organizationId"), 3}};
    case 8:
        return {{QStringLiteral("id"), 8},
                {QStringLiteral("name"), QStringLiteral("Other team")},
                {QStringLiteral("organizationId"), 4}};
    case 9:
        return {{QStringLiteral("id"), 9},
                {QStringLiteral("name"), QStringLiteral("Orphans")},
                {QStringLiteral("organizationId"), QJsonValue::Null}};
    default:
        return {};
    }
}
inline QJsonObject orgRow(int id)
{
    if (id == 3)
        return {{QStringLiteral("id"), 3},
                {QStringLiteral("name"), QStringLiteral("Acme")},
                {QStringLiteral("companyId"), FakeKubegramServer::CompanyId}};
    if (id == 4)
        return {{QStringLiteral("id"), 4},
                {QStringLiteral("name"), QStringLiteral("Globex")},
                {QStringLiteral("companyId"),
                 QStringLiteral("0b7e0e3c-1111-4a2b-8c9d-000000000004")}};
    return {};
}
inline QJsonObject companyRow(const QString &uuid)
{
    if (uuid == FakeKubegramServer::CompanyId)
        return {{QStringLiteral("id"), uuid}, {QStringLiteral("name"), QStringLiteral("Acme Corp")}};
    if (uuid == QLatin1String("0b7e0e3c-1111-4a2b-8c9d-000000000004"))
        return {{QStringLiteral("id"), uuid},
                {QStringLiteral("name"), QStringLiteral("Globex Corp")}};
    return {};
}
inline QJsonObject userRow(const UserRow &u)
{
    return {{QStringLiteral("id"), QString::fromLatin1(u.id).toInt()},
            {QStringLiteral("name"), QString::fromLatin1(u.name)},
            {QStringLiteral("email"), QString::fromLatin1(u.email)},
            {QStringLiteral("avatarUrl"), QJsonValue::Null},
            {QStringLiteral("role"), QString::fromLatin1(u.role)},
            {QStringLiteral("teamId"), u.team ? QJsonValue(u.team) : QJsonValue(QJsonValue::Null)}};
}

} // namespace fakeserver

using namespace fakeserver;

struct FakeKubegramServer::Request
{
    QByteArray method;
    QString target;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct FakeKubegramServer::Response
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;

    /// "No route matched": the caller answers like the web app would.
    static Response none()
    {
        Response r;
        r.status = 0;
        return r;
    }
    static Response ofJson(int status, const QJsonObject &o)
    {
        Response r;
        r.status = status;
        r.body = json(o);
        return r;
    }
    static Response ofJson(int status, const QJsonArray &a)
    {
        Response r;
        r.status = status;
        r.body = json(a);
        return r;
    }
    static Response error(int status, const QString &message)
    {
        return ofJson(status, QJsonObject{{QStringLiteral("error"), message}});
    }
    static Response text(int status, const QByteArray &body)
    {
        Response r;
        r.status = status;
        r.contentType = "text/plain; charset=UTF-8";
        r.body = body;
        return r;
    }
    static Response html(int status = 200)
    {
        Response r;
        r.status = status;
        r.contentType = "text/html; charset=UTF-8";
        r.body = "<!doctype html><html><head><title>Kubegram</title></head><body><div "
                 "id=\"root\"></div></body></html>";
        return r;
    }
};

struct FakeKubegramServer::Job
{
    int id = 0;
    QString uuid;
    int projectId = 0;
    QString userId;
    qint64 createdMs = 0;
    QDateTime createdAt;
    QJsonObject graph;
    QJsonObject config;
    QList<GeneratedFile> files;
    QString failAtStep;
    qint64 cancelledAtMs = -1;
    bool cancelledAfterCompletion = false;
    int statusRace = 0;
    int resultsRace = 0;
    bool raceArmed = false;
};

struct FakeKubegramServer::AuthResult
{
    QString userId; ///< empty when not authenticated
    QString error;  ///< the 401 body's error when a credential was offered and refused
    bool offered = false;
};

} // namespace kg::test
