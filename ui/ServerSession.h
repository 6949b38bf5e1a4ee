#pragma once

#include "remote/ApiClient.h"
#include "remote/RemoteTypes.h"
#include "remote/ServerProjectSource.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace kg {
class AppSettings;
}

namespace kg::ui {

/// The connection to the configured Kubegram server, shared by every window: the origin (from
/// the settings), the ApiClient with its credential (from the credential store, never the
/// settings) and who is signed in. Windows show statusText() and enable server generation
/// when canGenerate().
class ServerSession : public QObject
{
    Q_OBJECT

public:
    enum class State { NotConfigured, Connecting, NotSignedIn, Offline, SignedIn };

    /// @p store keeps credentials (the keychain in the product); not owned.
    ServerSession(AppSettings &settings, remote::CredentialStore *store, QObject *parent = nullptr);
    ~ServerSession() override;

    /// Connects to the origin in the settings: loads its credential and asks who we are.
    /// Does nothing but report NotConfigured when no server is set.
    void connectToServer();
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

    /// Timings for the client (tests use scaled-down ones).
    void setTimings(const remote::RemoteTimings &timings);

Q_SIGNALS:
    /// The state, identity or client changed.
    void changed();

private:
    void setState(State state, const QString &error = {});
    void onIdentity(const remote::ApiResult<remote::Identity> &result);

    AppSettings &m_settings;
    remote::CredentialStore *m_store;
    std::unique_ptr<remote::ApiClient> m_client;
    std::unique_ptr<remote::ServerProjectSource> m_projects;
    std::unique_ptr<remote::RemoteTimings> m_timings;
    State m_state = State::NotConfigured;
    remote::Identity m_identity;
    QString m_teamName;
    QString m_lastError;
    int m_attempt = 0;
};

} // namespace kg::ui
