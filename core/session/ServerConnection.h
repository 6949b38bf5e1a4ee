#pragma once

#include "remote/ApiClient.h"
#include "remote/RemoteTypes.h"
#include "remote/ServerProjectSource.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace kg {
class AppSettings;
}

namespace kg::session {

/// The one connect / sign-in state machine for a Kubegram server, used by the window and the
/// command line: the origin, the ApiClient with its credential (from the credential store, never
/// the settings, or one the caller gives) and who is signed in (identity, then team).
/// The desktop keeps one, shared by every window, configured from the settings; windows show
/// statusText() and enable server generation when canGenerate(). The command line makes one for
/// a single run with connectTo() and the credential it was given.
class ServerConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { NotConfigured, Connecting, NotSignedIn, Offline, SignedIn };

    /// A connection configured from @p settings (the desktop). @p store keeps credentials (the
    /// keychain in the product); not owned.
    ServerConnection(AppSettings &settings, remote::CredentialStore *store,
                     QObject *parent = nullptr);
    /// A connection that touches no settings (the command line): connect with connectTo().
    explicit ServerConnection(remote::CredentialStore *store, QObject *parent = nullptr);
    ~ServerConnection() override;

    /// Connects to the origin in the settings: loads its credential and asks who we are.
    /// Does nothing but report NotConfigured when no server is set.
    void connectToServer();
    /// Connects to @p origin, trusting the certificate with SHA-256 fingerprint
    /// @p trustedCertificate although the system does not (empty: none). Nothing is remembered.
    void connectTo(const QUrl &origin, const QByteArray &trustedCertificate = {});
    /// Signs in with @p credential instead of the one in the credential store (a token given on
    /// the command line, or pasted into the server settings). Takes effect at the next connect.
    void useCredential(const remote::Credential &credential);
    /// Forgets a credential given with useCredential(): the next connect loads the stored one.
    void useStoredCredential() { m_givenCredential.reset(); }
    /// The client for @p origin, made afresh (credential, trust) when there is none or the
    /// origin differs; nothing is sent. connectTo() uses it; a browser sign-in needs it first.
    remote::ApiClient *clientFor(const QUrl &origin);
    /// Generates for team @p teamId instead of the identity's own (empty: the identity's).
    void setTeamOverride(const QString &teamId) { m_teamOverride = teamId; }
    /// Remembers @p origin as the server (empty = none) and connects to it. @p trustedCertificate
    /// is the SHA-256 fingerprint of a certificate the user chose to trust for that origin (the
    /// server settings' "Trust this certificate"); empty keeps an earlier choice for the same
    /// origin. The choice is remembered in the settings (AppSettings::serverCertificate) until
    /// another server is configured.
    void configure(const QUrl &origin, const QByteArray &trustedCertificate = {});

    State state() const { return m_state; }
    bool isConfigured() const { return m_client != nullptr; }
    /// Signed in with a team and company: server generation is possible.
    bool canGenerate() const;
    QUrl origin() const;
    /// The client for the configured server, or null when none is configured.
    remote::ApiClient *client() const { return m_client.get(); }
    /// The configured server's teams and projects for the project browser; null when no server
    /// is configured. Replaced (the old one destroyed) when the server changes.
    store::RemoteProjectSource *projectSource() const;
    remote::CredentialStore *credentialStore() const { return m_store; }
    const remote::Identity &identity() const { return m_identity; }
    QString teamName() const { return m_teamName; }
    /// "Signed in as … (team …)", "Not signed in", "Offline", … for the status bar.
    QString statusText() const;
    /// Why the last connection attempt failed; empty when it did not.
    QString lastError() const { return m_lastError; }
    /// The server's answer behind lastError() (for a TLS refusal, the certificate's
    /// fingerprint); no error when the attempt did not fail at the server.
    const remote::RemoteError &lastRemoteError() const { return m_lastRemoteError; }
    /// True once the last connection attempt has ended (signed in, refused or offline).
    bool isSettled() const { return m_state != State::Connecting; }

    /// Timings for the client (tests use scaled-down ones).
    void setTimings(const remote::RemoteTimings &timings);

Q_SIGNALS:
    /// The state, identity or client changed.
    void changed();

private:
    void setState(State state, const QString &error = {}, const remote::RemoteError &cause = {});
    void onIdentity(const remote::ApiResult<remote::Identity> &result);

    AppSettings *m_settings = nullptr; ///< null: a connection that remembers nothing
    remote::CredentialStore *m_store;
    std::optional<remote::Credential> m_givenCredential;
    QString m_teamOverride;
    remote::RemoteError m_lastRemoteError;
    std::unique_ptr<remote::ApiClient> m_client;
    std::unique_ptr<remote::ServerProjectSource> m_projects;
    std::unique_ptr<remote::RemoteTimings> m_timings;
    State m_state = State::NotConfigured;
    remote::Identity m_identity;
    QString m_teamName;
    QString m_lastError;
    int m_attempt = 0;
};

} // namespace kg::session
