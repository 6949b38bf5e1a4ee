#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace kg::remote {

/// One credential for one server origin (§3.1, §3.4). Exactly one is sent per request: an
/// OAuth or pasted token as `Authorization: Bearer`, a session id as `Cookie: session=`.
struct Credential
{
    enum class Kind { None, OAuth, Token, Session };

    Kind kind = Kind::None;
    QString access;       ///< access token or session id
    QString refresh;      ///< OAuth only
    QDateTime expiresAt;  ///< from the JWT's exp, else expires_in; invalid when unknown
    QDateTime obtainedAt; ///< when this access token arrived (loop guard, §3.5)

    bool isValid() const { return kind != Kind::None && !access.isEmpty(); }
    bool isRefreshable() const { return kind == Kind::OAuth && !refresh.isEmpty(); }
    /// The keychain form {kind, access, refresh?, expiresAt?}.
    QByteArray toJson() const;
    /// Reads toJson(); nothing for malformed or empty data.
    static std::optional<Credential> fromJson(const QByteArray &data);
    /// "oauth", "token", "session".
    static QString kindName(Kind kind);

    /// A credential from a pasted access token; expiry read from the JWT when it is one.
    static Credential fromPastedToken(const QString &token);
    /// A credential from a pasted session id.
    static Credential fromSessionId(const QString &sessionId);
    /// A credential from a token endpoint answer (§3.3 step 5, §3.5); nothing when the answer
    /// has no access token.
    static std::optional<Credential> fromTokenResponse(const QJsonObject &answer,
                                                       const QDateTime &now);
};

/// The `exp` claim of a JWT, decoded without checking the signature (only to schedule
/// refreshes, §3.3); invalid when @p token is not a JWT or has no exp.
QDateTime jwtExpiry(const QString &token);

/// Where credentials live between runs. Asynchronous because OS keychains are; an interface so
/// tests use an in-memory one and nothing touches the real keychain. One entry per origin and
/// account (§3.4).
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    using LoadCallback = std::function<void(const Result<std::optional<Credential>> &)>;
    using StatusCallback = std::function<void(const Status &)>;

    virtual void load(const QString &key, LoadCallback done) = 0;
    /// Stores @p credential under @p key; @p done runs once it is stored (or failed).
    virtual void save(const QString &key, const Credential &credential, StatusCallback done) = 0;
    virtual void remove(const QString &key, StatusCallback done) = 0;
    /// False when credentials only live in memory (no keychain service): the UI says so.
    virtual bool isPersistent() const = 0;
    /// Why the store is not persistent, for people; empty when it is.
    virtual QString unavailableReason() const { return QString(); }

    /// The entry key for @p origin and @p account: "https://host:port|account".
    static QString entryKey(const QUrl &origin, const QString &account);
};

/// Credentials in memory only: for tests, and the fallback when no keychain exists.
class MemoryCredentialStore : public CredentialStore
{
public:
    void load(const QString &key, LoadCallback done) override;
    void save(const QString &key, const Credential &credential, StatusCallback done) override;
    void remove(const QString &key, StatusCallback done) override;
    bool isPersistent() const override { return false; }

    /// Number of stored entries (tests).
    int size() const { return int(m_entries.size()); }

private:
    QHash<QString, Credential> m_entries;
};

/// Credentials in the OS keychain through QtKeychain (Secret Service/KWallet, Keychain,
/// Credential Manager). Never falls back to plain text: when no keychain service exists, it
/// keeps credentials in memory and says so through unavailableReason().
class KeychainCredentialStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(kg::remote::KeychainCredentialStore)

public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("kubegram-desktop"));

    void load(const QString &key, LoadCallback done) override;
    void save(const QString &key, const Credential &credential, StatusCallback done) override;
    void remove(const QString &key, StatusCallback done) override;
    bool isPersistent() const override { return m_unavailable.isEmpty(); }
    QString unavailableReason() const override { return m_unavailable; }

private:
    QString m_service;
    QString m_unavailable;
    MemoryCredentialStore m_memory;
};

} // namespace kg::remote
