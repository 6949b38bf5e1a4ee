#include "session/ServerConnection.h"

#include "remote/Credential.h"
#include "remote/ServerEndpoints.h"
#include "settings/AppSettings.h"

#include <QPointer>

namespace kg::session {

ServerConnection::ServerConnection(AppSettings &settings, remote::CredentialStore *store,
                                   QObject *parent)
    : QObject(parent)
    , m_settings(&settings)
    , m_store(store)
{}

ServerConnection::ServerConnection(remote::CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

void ServerConnection::useCredential(const remote::Credential &credential)
{
    m_givenCredential = credential;
}

ServerConnection::~ServerConnection()
{
    m_projects.reset(); // before the client it uses
}

store::RemoteProjectSource *ServerConnection::projectSource() const
{
    return m_projects.get();
}

QUrl ServerConnection::origin() const
{
    return m_client ? m_client->origin() : QUrl();
}

bool ServerConnection::canGenerate() const
{
    return m_client && m_state == State::SignedIn && m_identity.canGenerate();
}

void ServerConnection::setTimings(const remote::RemoteTimings &timings)
{
    m_timings = std::make_unique<remote::RemoteTimings>(timings);
    if (m_client)
        m_client->setTimings(timings);
}

void ServerConnection::configure(const QUrl &origin, const QByteArray &trustedCertificate)
{
    if (!m_settings) {
        connectTo(origin, trustedCertificate);
        return;
    }
    // One pin, for one origin: a new choice replaces it, another server drops it.
    if (!trustedCertificate.isEmpty())
        m_settings->serverCertificate.set(QString::fromLatin1(trustedCertificate));
    else if (!remote::sameOrigin(QUrl(m_settings->serverOrigin.get()), origin))
        m_settings->serverCertificate.set(QString());
    m_settings->serverOrigin.set(
            origin.isValid()
                    ? origin.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                    : QString());
    m_settings->sync();
    connectToServer();
}

void ServerConnection::connectToServer()
{
    if (!m_settings)
        return;
    connectTo(QUrl(m_settings->serverOrigin.get().trimmed()),
              m_settings->serverCertificate.get().toLatin1());
}

remote::ApiClient *ServerConnection::clientFor(const QUrl &origin)
{
    if (!m_client
        || m_client->origin()
                   != origin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)) {
        m_projects.reset();
        m_client = std::make_unique<remote::ApiClient>(origin);
        m_projects = std::make_unique<remote::ServerProjectSource>(m_client.get(), origin.host());
        m_client->setCredentialStore(m_store);
        if (m_timings)
            m_client->setTimings(*m_timings);
        connect(m_client.get(), &remote::ApiClient::signInRequired, this,
                [this](const remote::RemoteError &e) { setState(State::NotSignedIn, e.message); });
    }
    return m_client.get();
}

void ServerConnection::connectTo(const QUrl &origin, const QByteArray &trustedCertificate)
{
    const int attempt = ++m_attempt;
    m_identity = {};
    m_teamName.clear();
    if (origin.isEmpty() || !origin.isValid() || origin.host().isEmpty()
        || (origin.scheme() != QLatin1String("http") && origin.scheme() != QLatin1String("https"))) {
        m_projects.reset();
        m_client.reset();
        setState(State::NotConfigured);
        return;
    }
    clientFor(origin);
    m_client->trustCertificate(trustedCertificate);
    setState(State::Connecting);
    QPointer<ServerConnection> self(this);
    auto credentialReady = [self, attempt](const Status &status) {
        if (!self || attempt != self->m_attempt)
            return;
        if (!status || !self->m_client->credential().isValid()) {
            self->setState(State::NotSignedIn, status ? QString() : status.error().toString());
            return;
        }
        remote::fetchIdentity(*self->m_client, self,
                              [self, attempt](const remote::ApiResult<remote::Identity> &r) {
                                  if (self && attempt == self->m_attempt)
                                      self->onIdentity(r);
                              });
    };
    // Probe first: a server that is not a Kubegram API, not reachable or not trusted says so
    // before a credential is sent or read from the keychain.
    m_client->probe(this, [self, attempt, credentialReady](const remote::RemoteError &probe) {
        if (!self || attempt != self->m_attempt)
            return;
        if (probe.isError()) {
            self->setState(State::Offline, probe.message, probe);
            return;
        }
        if (self->m_givenCredential)
            self->m_client->setCredential(*self->m_givenCredential, credentialReady);
        else
            self->m_client->loadCredential(credentialReady);
    });
}

void ServerConnection::onIdentity(const remote::ApiResult<remote::Identity> &result)
{
    using Kind = remote::RemoteError::Kind;
    if (!result) {
        const Kind kind = result.error().kind;
        const bool signIn = kind == Kind::SignInRequired || kind == Kind::ServerRejectsTokens;
        setState(signIn ? State::NotSignedIn : State::Offline, result.error().message,
                 result.error());
        return;
    }
    m_identity = result.value();
    if (!m_teamOverride.isEmpty())
        m_identity.teamId = m_teamOverride;
    if (m_identity.teamId.isEmpty()) {
        setState(State::SignedIn);
        return;
    }
    const int attempt = m_attempt;
    QPointer<ServerConnection> self(this);
    remote::listTeams(*m_client, m_identity.teamId, this,
                      [self, attempt](const remote::ApiResult<QList<remote::Team>> &teams) {
                          if (!self || attempt != self->m_attempt)
                              return;
                          if (teams && !teams.value().isEmpty())
                              self->m_teamName = teams.value().constFirst().name;
                          self->setState(State::SignedIn);
                      });
}

void ServerConnection::setState(State state, const QString &error, const remote::RemoteError &cause)
{
    m_state = state;
    m_lastError = error;
    m_lastRemoteError = cause;
    Q_EMIT changed();
}

QString ServerConnection::statusText() const
{
    switch (m_state) {
    case State::NotConfigured:
        return tr("No server");
    case State::Connecting:
        return tr("Connecting to %1…").arg(origin().host());
    case State::NotSignedIn:
        return tr("Not signed in");
    case State::Offline:
        return tr("Offline");
    case State::SignedIn: {
        const QString who = !m_identity.name.isEmpty() ? m_identity.name : m_identity.email;
        const QString team = !m_teamName.isEmpty() ? m_teamName : m_identity.teamId;
        if (team.isEmpty())
            return tr("Signed in as %1 (no team)").arg(who);
        return tr("Signed in as %1 (team %2)").arg(who, team);
    }
    }
    return QString();
}

} // namespace kg::session
