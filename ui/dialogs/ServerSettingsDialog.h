#pragma once

#include "remote/ApiClient.h"
#include "remote/OAuthSignIn.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace kg::session {
class ServerConnection;
}

namespace kg::ui {

/// Connects to a Kubegram server: its address, one of the three sign-in methods (browser
/// OAuth, pasted access token, pasted session id), "Test connection" and the identity found.
/// The test runs the application's one connect state machine (session::ServerConnection: probe,
/// credential, identity, team) on a connection of its own that remembers nothing. Credentials go to
/// the given store (the OS keychain in the product); when it cannot persist, the dialog says so. A
/// certificate the system does not trust is shown with its SHA-256 fingerprint, and "Trust this
/// certificate" pins exactly that one for this address (trustedCertificate()) and tests again.
class ServerSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Method { Browser, Token, Session };

    ServerSettingsDialog(remote::CredentialStore *store, QWidget *parent = nullptr);
    ~ServerSettingsDialog() override;

    void setOrigin(const QUrl &origin);
    QUrl origin() const;
    void setMethod(Method method);
    Method method() const;
    /// The client for the chosen origin, with the credential once signed in (owned here).
    remote::ApiClient *client();
    /// The SHA-256 fingerprint (hex) the user chose to trust for origin(); empty when none.
    QByteArray trustedCertificate() const;
    /// The identity of the last successful test or sign-in.
    remote::Identity identity() const { return m_identity; }
    bool hasIdentity() const { return !m_identity.userId.isEmpty(); }
    /// Timings for the client (tests use short ones).
    void setTimings(const remote::RemoteTimings &timings);
    /// Replaces the system browser for the OAuth sign-in (tests).
    void setBrowserOpener(remote::OAuthSignIn::BrowserOpener opener);

public Q_SLOTS:
    /// Health probe, then /auth/me and the identity chain with the entered credential.
    void testConnection();
    /// Starts the browser sign-in.
    void signInWithBrowser();
    /// Trusts the certificate of the last TLS error for this address, then tests again.
    void trustOfferedCertificate();

Q_SIGNALS:
    /// A test or sign-in finished; @p ok tells whether the identity is known now.
    void connectionTested(bool ok);

private:
    void updateForMethod();
    void updateWarnings();
    void applyPastedCredential();
    /// The test's connection ended (signed in, refused or unreachable).
    void onConnectionChanged();
    /// A new address: a new connection, without credential, trust or identity.
    void resetConnection();
    void showError(const remote::RemoteError &error);
    void showIdentity();
    void fitHeight();
    void setBusy(bool busy, const QString &what = {});

    remote::CredentialStore *m_store;
    std::unique_ptr<session::ServerConnection> m_connection;
    bool m_testing = false;
    QByteArray m_trusted; ///< the certificate the user chose to trust for this address
    remote::RemoteTimings m_timings;
    remote::OAuthSignIn::BrowserOpener m_opener;
    QPointer<remote::OAuthSignIn> m_signIn;
    remote::Identity m_identity;
    QByteArray m_offeredCertificate;

    QLineEdit *m_origin;
    QLabel *m_transportWarning;
    QComboBox *m_method;
    QStackedWidget *m_methodPages;
    QLineEdit *m_token;
    QLineEdit *m_session;
    QPushButton *m_browserButton;
    QPushButton *m_cancelSignIn;
    QPushButton *m_testButton;
    QPushButton *m_trustButton;
    QLabel *m_status;
    QLabel *m_identityLabel;
    QLabel *m_keychainNote;
};

} // namespace kg::ui
