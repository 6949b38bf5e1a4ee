#include "ServerSettingsDialog.h"

#include "remote/ServerEndpoints.h"
#include "session/ServerConnection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kg::ui {

using namespace kg::remote;

ServerSettingsDialog::ServerSettingsDialog(CredentialStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Kubegram Server"));
    setObjectName(QStringLiteral("ServerSettingsDialog"));

    m_origin = new QLineEdit(QStringLiteral("http://localhost:8090"), this);
    m_origin->setObjectName(QStringLiteral("origin"));
    m_origin->setPlaceholderText(QStringLiteral("https://kubegram.example.com"));
    m_transportWarning = new QLabel(this);
    m_transportWarning->setObjectName(QStringLiteral("transportWarning"));
    m_transportWarning->setWordWrap(true);

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    m_method->addItem(tr("Sign in with the browser"));
    m_method->addItem(tr("Paste an access token"));
    m_method->addItem(tr("Paste a session id"));

    // Secrets are never echoed: the fields behave like password fields.
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Access token (JWT)"));
    m_session = new QLineEdit(this);
    m_session->setObjectName(QStringLiteral("session"));
    m_session->setEchoMode(QLineEdit::Password);
    m_session->setPlaceholderText(tr("Value of the session cookie"));
    m_browserButton = new QPushButton(tr("Sign in…"), this);
    m_browserButton->setObjectName(QStringLiteral("signIn"));
    m_cancelSignIn = new QPushButton(tr("Cancel sign-in"), this);
    m_cancelSignIn->setObjectName(QStringLiteral("cancelSignIn"));
    m_cancelSignIn->setVisible(false);

    auto *browserPage = new QWidget(this);
    auto *browserLayout = new QHBoxLayout(browserPage);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    browserLayout->addWidget(m_browserButton);
    browserLayout->addWidget(m_cancelSignIn);
    browserLayout->addStretch();
    m_methodPages = new QStackedWidget(this);
    m_methodPages->addWidget(browserPage);
    m_methodPages->addWidget(m_token);
    m_methodPages->addWidget(m_session);

    m_testButton = new QPushButton(tr("Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_trustButton = new QPushButton(tr("Trust this certificate"), this);
    m_trustButton->setObjectName(QStringLiteral("trustCertificate"));
    m_trustButton->setToolTip(tr("Trust only this certificate, only for this address, until "
                                 "another server is set up. Compare the fingerprint with the one "
                                 "your server's administrator gives you first."));
    m_trustButton->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identityLabel = new QLabel(tr("Not signed in"), this);
    m_identityLabel->setObjectName(QStringLiteral("identity"));
    m_identityLabel->setWordWrap(true);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_origin);
    form->addRow(QString(), m_transportWarning);
    form->addRow(tr("Sign-in &method:"), m_method);
    form->addRow(QString(), m_methodPages);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_trustButton);
    testRow->addStretch();
    form->addRow(QString(), testRow);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Identity:"), m_identityLabel);
    form->addRow(QString(), m_keychainNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        applyPastedCredential();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_method, &QComboBox::currentIndexChanged, this, &ServerSettingsDialog::updateForMethod);
    connect(m_origin, &QLineEdit::textChanged, this, [this] {
        resetConnection(); // a new origin gets a new client, credential and trust
        m_identity = Identity();
        m_offeredCertificate.clear();
        m_trustButton->setVisible(false);
        m_identityLabel->setText(tr("Not signed in"));
        updateWarnings();
    });
    connect(m_testButton, &QPushButton::clicked, this, &ServerSettingsDialog::testConnection);
    connect(m_browserButton, &QPushButton::clicked, this, &ServerSettingsDialog::signInWithBrowser);
    connect(m_trustButton, &QPushButton::clicked, this,
            &ServerSettingsDialog::trustOfferedCertificate);
    connect(m_cancelSignIn, &QPushButton::clicked, this, [this] {
        if (m_signIn)
            m_signIn->cancel();
    });
    updateForMethod();
    updateWarnings();
    resize(520, sizeHint().height());
}

ServerSettingsDialog::~ServerSettingsDialog() = default;

void ServerSettingsDialog::setOrigin(const QUrl &origin)
{
    m_origin->setText(origin.toString());
}

QUrl ServerSettingsDialog::origin() const
{
    return QUrl::fromUserInput(m_origin->text().trimmed());
}

void ServerSettingsDialog::setMethod(Method method)
{
    m_method->setCurrentIndex(int(method));
}

ServerSettingsDialog::Method ServerSettingsDialog::method() const
{
    return Method(m_method->currentIndex());
}

void ServerSettingsDialog::setTimings(const RemoteTimings &timings)
{
    m_timings = timings;
    if (m_connection)
        m_connection->setTimings(timings);
}

void ServerSettingsDialog::setBrowserOpener(OAuthSignIn::BrowserOpener opener)
{
    m_opener = std::move(opener);
}

QByteArray ServerSettingsDialog::trustedCertificate() const
{
    return m_trusted;
}

void ServerSettingsDialog::resetConnection()
{
    m_testing = false;
    m_trusted.clear();
    m_connection = std::make_unique<session::ServerConnection>(m_store);
    m_connection->setTimings(m_timings);
    connect(m_connection.get(), &session::ServerConnection::changed, this,
            &ServerSettingsDialog::onConnectionChanged);
}

ApiClient *ServerSettingsDialog::client()
{
    if (!m_connection)
        resetConnection();
    return m_connection->clientFor(origin());
}

void ServerSettingsDialog::updateForMethod()
{
    m_methodPages->setCurrentIndex(m_method->currentIndex());
}

void ServerSettingsDialog::updateWarnings()
{
    const QUrl url = origin();
    const bool valid = url.isValid() && !url.host().isEmpty()
                       && (url.scheme() == QLatin1String("http")
                           || url.scheme() == QLatin1String("https"));
    m_testButton->setEnabled(valid);
    m_browserButton->setEnabled(valid);
    QString warning;
    if (!valid)
        warning = tr("Enter an http:// or https:// address.");
    else if (ApiClient(url).isInsecureTransport())
        warning = tr("Warning: credentials would travel unencrypted over http to %1.")
                          .arg(url.host());
    m_transportWarning->setText(warning);
    m_transportWarning->setVisible(!warning.isEmpty());
    if (m_store && !m_store->isPersistent()) {
        const QString reason = m_store->unavailableReason();
        m_keychainNote->setText(
                reason.isEmpty() ? tr("Credentials are kept in memory only and must be entered "
                                      "again after a restart.")
                                 : reason);
    } else {
        m_keychainNote->setText(tr("Credentials are stored in the system keychain."));
    }
}

void ServerSettingsDialog::applyPastedCredential()
{
    if (method() == Method::Token && !m_token->text().trimmed().isEmpty())
        client()->setCredential(Credential::fromPastedToken(m_token->text()));
    else if (method() == Method::Session && !m_session->text().trimmed().isEmpty())
        client()->setCredential(Credential::fromSessionId(m_session->text()));
}

void ServerSettingsDialog::setBusy(bool busy, const QString &what)
{
    m_testButton->setEnabled(!busy);
    m_browserButton->setEnabled(!busy);
    m_trustButton->setEnabled(!busy);
    if (busy)
        m_trustButton->setVisible(false);
    m_origin->setEnabled(!busy);
    m_method->setEnabled(!busy);
    if (busy)
        m_status->setText(what);
}

void ServerSettingsDialog::showError(const RemoteError &error)
{
    setBusy(false);
    QString text = error.toString();
    if (error.kind == RemoteError::Kind::ServerRejectsTokens)
        text += QLatin1Char('\n') + tr("Choose \"Paste a session id\" to sign in another way.");
    const bool offer = error.kind == RemoteError::Kind::Tls && !error.tlsFingerprint.isEmpty();
    if (offer)
        text += QLatin1Char('\n')
                + tr("Certificate SHA-256: %1")
                          .arg(QString::fromLatin1(
                                  QByteArray::fromHex(error.tlsFingerprint).toHex(' ').toUpper()))
                + QLatin1Char('\n')
                + tr("Trust it only if this is the fingerprint your server's administrator "
                     "gives you.");
    m_offeredCertificate = offer ? error.tlsFingerprint : QByteArray();
    m_trustButton->setVisible(offer);
    m_status->setText(text);
    updateWarnings();
    fitHeight();
    Q_EMIT connectionTested(false);
}

void ServerSettingsDialog::fitHeight()
{
    // Wrapped labels only say how tall they are for a given width: grow so nothing is cut off.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ServerSettingsDialog::showIdentity()
{
    QString text = tr("%1 <%2>").arg(m_identity.name, m_identity.email);
    if (!m_identity.teamId.isEmpty())
        text += QLatin1Char('\n') + tr("Team %1").arg(m_identity.teamId);
    if (!m_identity.companyName.isEmpty())
        text += QStringLiteral(", ") + m_identity.organizationName + QStringLiteral(" / ")
                + m_identity.companyName;
    if (!m_identity.canGenerate())
        text += QLatin1Char('\n')
                + tr("This account has no team or company: generation is disabled.");
    m_identityLabel->setText(text);
}

void ServerSettingsDialog::testConnection()
{
    if (!m_connection)
        resetConnection();
    if (method() == Method::Token && !m_token->text().trimmed().isEmpty())
        m_connection->useCredential(Credential::fromPastedToken(m_token->text()));
    else if (method() == Method::Session && !m_session->text().trimmed().isEmpty())
        m_connection->useCredential(Credential::fromSessionId(m_session->text()));
    else
        m_connection->useStoredCredential();
    setBusy(true, tr("Checking %1…").arg(origin().toString()));
    m_testing = true;
    m_connection->connectTo(origin(), m_trusted);
}

void ServerSettingsDialog::onConnectionChanged()
{
    if (!m_testing || !m_connection->isSettled())
        return;
    m_testing = false;
    using State = session::ServerConnection::State;
    const State state = m_connection->state();
    if (state == State::SignedIn) {
        m_identity = m_connection->identity();
        setBusy(false);
        m_status->setText(tr("Connected."));
        showIdentity();
        updateWarnings();
        Q_EMIT connectionTested(true);
        return;
    }
    const RemoteError &cause = m_connection->lastRemoteError();
    if (state == State::NotSignedIn && !cause.isError() && m_connection->lastError().isEmpty()) {
        setBusy(false);
        m_status->setText(tr("A Kubegram server answers; sign in to continue."));
        updateWarnings();
        Q_EMIT connectionTested(false);
        return;
    }
    if (cause.isError()) {
        showError(cause);
        return;
    }
    RemoteError error;
    error.kind = RemoteError::Kind::Other;
    error.message = m_connection->lastError().isEmpty() ? m_connection->statusText()
                                                        : m_connection->lastError();
    showError(error);
}

void ServerSettingsDialog::trustOfferedCertificate()
{
    if (m_offeredCertificate.isEmpty())
        return;
    m_trusted = m_offeredCertificate;
    m_offeredCertificate.clear();
    m_trustButton->setVisible(false);
    testConnection();
}

void ServerSettingsDialog::signInWithBrowser()
{
    if (m_signIn)
        return;
    setBusy(true, tr("Waiting for the browser… (finish signing in there)"));
    m_cancelSignIn->setVisible(true);
    m_signIn = new OAuthSignIn(client(), this);
    if (m_opener)
        m_signIn->setBrowserOpener(m_opener);
    connect(m_signIn, &OAuthSignIn::warning, this,
            [this](const QString &w) { m_status->setText(w); });
    connect(m_signIn, &OAuthSignIn::succeeded, this, [this] {
        m_cancelSignIn->setVisible(false);
        m_signIn->deleteLater();
        testConnection(); // signs in with the credential the browser gave (now in the store)
    });
    connect(m_signIn, &OAuthSignIn::failed, this, [this](const RemoteError &e) {
        m_cancelSignIn->setVisible(false);
        m_signIn->deleteLater();
        RemoteError shown = e;
        if (e.kind != RemoteError::Kind::Cancelled)
            shown.message += QLatin1Char(' ')
                             + tr("You can also paste an access token or a session id.");
        showError(shown);
    });
    m_signIn->start();
}

} // namespace kg::ui
