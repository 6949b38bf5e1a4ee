#include "remote/Credential.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace kg::remote {

namespace {

// The longest lifetime a token endpoint's expires_in is taken at (100 years).
constexpr qint64 MaxLifetimeSeconds = qint64(100) * 366 * 24 * 3600;
// 9999-12-31T23:59:59Z: the latest JWT expiry taken as it is.
constexpr qint64 LatestExpirySeconds = 253402300799;

} // namespace

QString Credential::kindName(Kind kind)
{
    switch (kind) {
    case Kind::OAuth:
        return QStringLiteral("oauth");
    case Kind::Token:
        return QStringLiteral("token");
    case Kind::Session:
        return QStringLiteral("session");
    case Kind::None:
        break;
    }
    return QString();
}

QByteArray Credential::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("access"), access}};
    if (!refresh.isEmpty())
        o.insert(QStringLiteral("refresh"), refresh);
    if (expiresAt.isValid())
        o.insert(QStringLiteral("expiresAt"), expiresAt.toUTC().toString(Qt::ISODateWithMs));
    if (obtainedAt.isValid())
        o.insert(QStringLiteral("obtainedAt"), obtainedAt.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Credential> Credential::fromJson(const QByteArray &data)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Credential c;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("oauth"))
        c.kind = Kind::OAuth;
    else if (kind == QLatin1String("token"))
        c.kind = Kind::Token;
    else if (kind == QLatin1String("session"))
        c.kind = Kind::Session;
    else
        return std::nullopt;
    c.access = o.value(QStringLiteral("access")).toString();
    c.refresh = o.value(QStringLiteral("refresh")).toString();
    c.expiresAt = QDateTime::fromString(o.value(QStringLiteral("expiresAt")).toString(),
                                        Qt::ISODateWithMs);
    c.obtainedAt = QDateTime::fromString(o.value(QStringLiteral("obtainedAt")).toString(),
                                         Qt::ISODateWithMs);
    if (!c.isValid())
        return std::nullopt;
    return c;
}

Credential Credential::fromPastedToken(const QString &token)
{
    Credential c;
    c.kind = Kind::Token;
    c.access = token.trimmed();
    c.expiresAt = jwtExpiry(c.access);
    c.obtainedAt = QDateTime::currentDateTimeUtc();
    return c;
}

Credential Credential::fromSessionId(const QString &sessionId)
{
    Credential c;
    c.kind = Kind::Session;
    c.access = sessionId.trimmed();
    c.obtainedAt = QDateTime::currentDateTimeUtc();
    return c;
}

std::optional<Credential> Credential::fromTokenResponse(const QJsonObject &answer,
                                                        const QDateTime &now)
{
    const QString access = answer.value(QStringLiteral("access_token")).toString();
    if (access.isEmpty())
        return std::nullopt;
    Credential c;
    c.kind = Kind::OAuth;
    c.access = access;
    c.refresh = answer.value(QStringLiteral("refresh_token")).toString();
    c.obtainedAt = now;
    c.expiresAt = jwtExpiry(access);
    const double expiresIn = answer.value(QStringLiteral("expires_in")).toDouble(-1);
    if (!c.expiresAt.isValid() && expiresIn >= 0) {
        // Range-checked before the conversion: 1e+300 seconds does not fit a qint64 of
        // milliseconds. Anything beyond the cap means "a very long time".
        const double ms = std::min(expiresIn, double(MaxLifetimeSeconds)) * 1000.0;
        c.expiresAt = now.addMSecs(qint64(ms));
    }
    return c;
}

QDateTime jwtExpiry(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts[1].size() > 64 * 1024)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(parts[1].toLatin1(),
                                                        QByteArray::Base64UrlEncoding
                                                                | QByteArray::OmitTrailingEquals);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(decoded.decoded);
    const QJsonValue exp = doc.object().value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return {};
    // exp is in seconds; fractional values are allowed by RFC 7519. Range-checked before the
    // conversion (1e300 does not fit a qint64): before 1970 is long expired, after the year
    // 9999 never expires.
    if (std::isnan(exp.toDouble()))
        return {};
    const double seconds = std::clamp(exp.toDouble(), 0.0, double(LatestExpirySeconds));
    return QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0), Qt::UTC);
}

QString CredentialStore::entryKey(const QUrl &origin, const QString &account)
{
    const QUrl o = origin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                   | QUrl::RemoveUserInfo);
    const int port = o.port(o.scheme() == QLatin1String("https") ? 443 : 80);
    return o.scheme() + QStringLiteral("://") + o.host().toLower() + QLatin1Char(':')
           + QString::number(port) + QLatin1Char('|') + account;
}

void MemoryCredentialStore::load(const QString &key, LoadCallback done)
{
    const auto it = m_entries.constFind(key);
    done(it == m_entries.cend() ? std::optional<Credential>() : std::optional<Credential>(*it));
}

void MemoryCredentialStore::save(const QString &key, const Credential &credential,
                                 StatusCallback done)
{
    m_entries.insert(key, credential);
    done(Status());
}

void MemoryCredentialStore::remove(const QString &key, StatusCallback done)
{
    m_entries.remove(key);
    done(Status());
}

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service))
{}

namespace {
bool noKeychainService(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented
           || e == QKeychain::OtherError;
}
} // namespace

void KeychainCredentialStore::load(const QString &key, LoadCallback done)
{
    if (!m_unavailable.isEmpty()) {
        m_memory.load(key, std::move(done));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text on disk
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [this, job, key, done] {
        if (job->error() == QKeychain::EntryNotFound) {
            done(std::optional<Credential>());
        } else if (job->error() != QKeychain::NoError) {
            if (noKeychainService(job->error())) {
                m_unavailable = tr("No keychain service is available (%1); the credential is "
                                   "kept in memory only and must be entered again after a "
                                   "restart.")
                                        .arg(job->errorString());
                m_memory.load(key, done);
            } else {
                done(Error(tr("Cannot read the keychain: %1").arg(job->errorString())));
            }
        } else {
            done(Credential::fromJson(job->binaryData()));
        }
    });
    job->start();
}

void KeychainCredentialStore::save(const QString &key, const Credential &credential,
                                   StatusCallback done)
{
    if (!m_unavailable.isEmpty()) {
        m_memory.save(key, credential, std::move(done));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(credential.toJson());
    QObject::connect(job, &QKeychain::Job::finished, job, [this, job, key, credential, done] {
        if (job->error() == QKeychain::NoError) {
            done(Status());
        } else if (noKeychainService(job->error())) {
            m_unavailable = tr("No keychain service is available (%1); the credential is kept "
                               "in memory only and must be entered again after a restart.")
                                    .arg(job->errorString());
            m_memory.save(key, credential, done);
        } else {
            done(Error(
                    tr("Cannot store the credential in the keychain: %1").arg(job->errorString())));
        }
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, StatusCallback done)
{
    m_memory.remove(key, [](const Status &) {});
    if (!m_unavailable.isEmpty()) {
        done(Status());
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound
            || noKeychainService(job->error()))
            done(Status());
        else
            done(Error(tr("Cannot delete the credential from the keychain: %1")
                               .arg(job->errorString())));
    });
    job->start();
}

} // namespace kg::remote
