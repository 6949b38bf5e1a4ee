#include "dialogs/ServerSettingsDialog.h"

#include "FakeKubegramServer.h"
#include "TestSupport.h"
#include "session/ServerConnection.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

using namespace kg;
using namespace kg::ui;
using kg::test::FakeKubegramServer;

namespace {
class ServerSettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        dialog = std::make_unique<ServerSettingsDialog>(&store);
        dialog->setTimings(remote::RemoteTimings().scaled(0.02));
        dialog->setOrigin(server.origin());
    }
    template<typename T>
    T *child(const char *name)
    {
        return dialog->findChild<T *>(QString::fromLatin1(name));
    }
    bool testAndWait()
    {
        std::optional<bool> ok;
        QObject::connect(dialog.get(), &ServerSettingsDialog::connectionTested,
                         [&](bool r) { ok = r; });
        QTest::mouseClick(child<QPushButton>("testConnection"), Qt::LeftButton);
        EXPECT_TRUE(QTest::qWaitFor([&] { return ok.has_value(); }, 10'000));
        return ok.value_or(false);
    }
    FakeKubegramServer server;
    remote::MemoryCredentialStore store;
    std::unique_ptr<ServerSettingsDialog> dialog;
};
} // namespace

TEST_F(ServerSettingsDialogTest, TestConnectionWithAPastedSessionShowsTheIdentity)
{
    dialog->setMethod(ServerSettingsDialog::Method::Session);
    child<QLineEdit>("session")->setText(server.createSession(QStringLiteral("42")));
    EXPECT_EQ(child<QLineEdit>("session")->echoMode(), QLineEdit::Password);
    ASSERT_TRUE(testAndWait()) << child<QLabel>("status")->text().toStdString();
    EXPECT_TRUE(child<QLabel>("identity")->text().contains(QStringLiteral("alice@example.com")));
    EXPECT_TRUE(child<QLabel>("identity")->text().contains(QStringLiteral("Acme Corp")));
    EXPECT_TRUE(dialog->identity().canGenerate());
    EXPECT_EQ(store.size(), 1);
    EXPECT_TRUE(child<QLabel>("keychainNote")->text().contains(QStringLiteral("memory only")));

    if (!qEnvironmentVariableIsEmpty("KG_SCREENSHOT")) {
        dialog->show();
        QTest::qWait(50);
        dialog->grab().save(qEnvironmentVariable("KG_SCREENSHOT"));
    }
}

TEST_F(ServerSettingsDialogTest, ABrokenServerIsReportedClearly)
{
    server.config().routingDefect = true;
    dialog->setMethod(ServerSettingsDialog::Method::Token);
    child<QLineEdit>("token")->setText(QStringLiteral("abc"));
    EXPECT_FALSE(testAndWait());
    EXPECT_TRUE(child<QLabel>("status")->text().contains(QStringLiteral("not served")));
    EXPECT_FALSE(dialog->hasIdentity());
    EXPECT_TRUE(child<QPushButton>("testConnection")->isEnabled());
}

TEST_F(ServerSettingsDialogTest, BrowserSignIn)
{
    QNetworkAccessManager browser;
    dialog->setBrowserOpener([&](const QUrl &url) {
        QNetworkRequest r(url);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = browser.get(r);
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return true;
    });
    std::optional<bool> ok;
    QObject::connect(dialog.get(), &ServerSettingsDialog::connectionTested, [&](bool r) { ok = r; });
    QTest::mouseClick(child<QPushButton>("signIn"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ok.has_value(); }, 10'000));
    EXPECT_TRUE(*ok) << child<QLabel>("status")->text().toStdString();
    EXPECT_EQ(dialog->client()->credential().kind, remote::Credential::Kind::OAuth);
}

TEST_F(ServerSettingsDialogTest, PlainHttpToARemoteHostIsWarnedAbout)
{
    dialog->setOrigin(QUrl(QStringLiteral("http://kubegram.example:8090")));
    EXPECT_FALSE(child<QLabel>("transportWarning")->text().isEmpty());
    dialog->setOrigin(QUrl(QStringLiteral("https://kubegram.example")));
    EXPECT_TRUE(child<QLabel>("transportWarning")->text().isEmpty());
    dialog->setOrigin(QUrl(QStringLiteral("ftp://x")));
    EXPECT_FALSE(child<QPushButton>("testConnection")->isEnabled());
}

// --- a server whose certificate the system does not trust ---------------------------------------

namespace {
class ServerSettingsTlsTest : public test::TempDirTest
{
protected:
    using Cert = FakeKubegramServer::TestCertificate;

    void SetUp() override
    {
        if (!QSslSocket::supportsSsl())
            GTEST_SKIP() << "no TLS backend";
        TempDirTest::SetUp();
        server.setTls(FakeKubegramServer::testIdentity(Cert::A));
        ASSERT_TRUE(server.listen());
        dialog = std::make_unique<ServerSettingsDialog>(&store);
        dialog->setTimings(timings());
        dialog->setOrigin(server.origin());
        dialog->setMethod(ServerSettingsDialog::Method::Session);
        dialog->findChild<QLineEdit *>(QStringLiteral("session"))
                ->setText(server.createSession(QStringLiteral("42")));
    }

    /// Scaled-down retries with real connect timeouts: a TLS handshake on a busy machine must
    /// not turn into a timeout.
    static remote::RemoteTimings timings()
    {
        remote::RemoteTimings t = remote::RemoteTimings().scaled(0.02);
        const remote::RemoteTimings real;
        t.connectTimeoutMs = real.connectTimeoutMs;
        t.requestTimeoutMs = real.requestTimeoutMs;
        t.probeTimeoutMs = real.probeTimeoutMs;
        return t;
    }

    static QByteArray fingerprintOf(Cert which)
    {
        return FakeKubegramServer::testIdentity(which)
                .certificate.digest(QCryptographicHash::Sha256)
                .toHex();
    }
    /// As people compare it: "F6 D1 F7 …".
    static QString shownFingerprintOf(Cert which)
    {
        return QString::fromLatin1(FakeKubegramServer::testIdentity(which)
                                           .certificate.digest(QCryptographicHash::Sha256)
                                           .toHex(' ')
                                           .toUpper());
    }

    template<typename T>
    T *child(const char *name)
    {
        return dialog->findChild<T *>(QString::fromLatin1(name));
    }

    /// Clicks @p button and waits for the test it starts; the result, or nothing on timeout.
    std::optional<bool> clickAndWait(QPushButton *button)
    {
        QSignalSpy tested(dialog.get(), &ServerSettingsDialog::connectionTested);
        QTest::mouseClick(button, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !tested.isEmpty(); }, 20'000))
            return std::nullopt;
        return tested.first().first().toBool();
    }

    bool trustVisible()
    {
        return child<QPushButton>("trustCertificate")->isVisibleTo(dialog.get());
    }

    bool waitForState(session::ServerConnection &session, session::ServerConnection::State state)
    {
        return QTest::qWaitFor([&] { return session.state() == state; }, 20'000);
    }

    FakeKubegramServer server;
    remote::MemoryCredentialStore store;
    std::unique_ptr<ServerSettingsDialog> dialog;
};
} // namespace

TEST_F(ServerSettingsTlsTest, AnUntrustedCertificateIsTrustedOnlyAfterConsent)
{
    dialog->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    EXPECT_FALSE(trustVisible());

    auto ok = clickAndWait(child<QPushButton>("testConnection"));
    ASSERT_TRUE(ok);
    EXPECT_FALSE(*ok);
    const QString status = child<QLabel>("status")->text();
    EXPECT_TRUE(status.contains(QStringLiteral("certificate is not trusted")))
            << status.toStdString();
    EXPECT_TRUE(status.contains(shownFingerprintOf(Cert::A))) << status.toStdString();
    // The whole message, fingerprint included, fits in the dialog.
    QLabel *label = child<QLabel>("status");
    EXPECT_GE(label->height(), label->heightForWidth(label->width())) << status.toStdString();
    EXPECT_TRUE(trustVisible());
    EXPECT_TRUE(child<QPushButton>("trustCertificate")->isEnabled());
    // Nothing is trusted, and nothing reached the server, before the user agrees.
    EXPECT_TRUE(dialog->trustedCertificate().isEmpty());
    EXPECT_TRUE(server.requests().isEmpty());
    EXPECT_FALSE(dialog->hasIdentity());

    if (!qEnvironmentVariableIsEmpty("KG_SCREENSHOT_TLS"))
        dialog->grab().save(qEnvironmentVariable("KG_SCREENSHOT_TLS"));

    ok = clickAndWait(child<QPushButton>("trustCertificate"));
    ASSERT_TRUE(ok);
    EXPECT_TRUE(*ok) << child<QLabel>("status")->text().toStdString();
    EXPECT_EQ(dialog->trustedCertificate(), fingerprintOf(Cert::A));
    EXPECT_TRUE(child<QLabel>("identity")->text().contains(QStringLiteral("alice@example.com")));
    EXPECT_FALSE(trustVisible());
    EXPECT_EQ(server.requests(QStringLiteral("/auth/me")).size(), 1);

    // Another address starts without the trust.
    FakeKubegramServer other;
    other.setTls(FakeKubegramServer::testIdentity(Cert::A));
    ASSERT_TRUE(other.listen());
    dialog->setOrigin(other.origin());
    EXPECT_TRUE(dialog->trustedCertificate().isEmpty());
    EXPECT_FALSE(trustVisible());
    ok = clickAndWait(child<QPushButton>("testConnection"));
    ASSERT_TRUE(ok);
    EXPECT_FALSE(*ok);
    EXPECT_TRUE(trustVisible());
    EXPECT_TRUE(other.requests().isEmpty());
}

TEST_F(ServerSettingsTlsTest, ACertificateChangedSinceTheTestIsOfferedAgain)
{
    ASSERT_EQ(clickAndWait(child<QPushButton>("testConnection")), false);
    ASSERT_EQ(clickAndWait(child<QPushButton>("trustCertificate")), true);

    const quint16 port = server.port();
    server.setTls(FakeKubegramServer::testIdentity(Cert::B));
    ASSERT_TRUE(server.listen(port));
    ASSERT_EQ(clickAndWait(child<QPushButton>("testConnection")), false);
    const QString status = child<QLabel>("status")->text();
    EXPECT_TRUE(status.contains(shownFingerprintOf(Cert::B))) << status.toStdString();
    EXPECT_TRUE(trustVisible());
    EXPECT_EQ(dialog->trustedCertificate(), fingerprintOf(Cert::A)); // still only A
}

TEST_F(ServerSettingsTlsTest, TheSessionRemembersTheTrustForThatServerOnly)
{
    ASSERT_EQ(clickAndWait(child<QPushButton>("testConnection")), false);
    ASSERT_EQ(clickAndWait(child<QPushButton>("trustCertificate")), true);
    const QByteArray pin = dialog->trustedCertificate();
    ASSERT_EQ(pin, fingerprintOf(Cert::A));

    const QString settingsFile = path(QStringLiteral("settings.conf"));
    {
        AppSettings settings(settingsFile);
        session::ServerConnection session(settings, &store);
        session.setTimings(timings());
        // What OK in the dialog does (MainWindow::showServerSettings).
        session.configure(dialog->origin(), pin);
        ASSERT_TRUE(waitForState(session, session::ServerConnection::State::SignedIn))
                << session.lastError().toStdString();
        ASSERT_NE(session.client(), nullptr);
        EXPECT_EQ(session.client()->trustedCertificate(), pin);

        // Opening the settings again and pressing OK without a new choice keeps the trust.
        session.configure(dialog->origin());
        ASSERT_TRUE(waitForState(session, session::ServerConnection::State::SignedIn))
                << session.lastError().toStdString();
    }

    // The next start: origin, credential and trust are there; the user is not asked again.
    {
        AppSettings settings(settingsFile);
        session::ServerConnection restarted(settings, &store);
        restarted.setTimings(timings());
        restarted.connectToServer();
        ASSERT_TRUE(waitForState(restarted, session::ServerConnection::State::SignedIn))
                << restarted.lastError().toStdString();
        EXPECT_EQ(restarted.client()->trustedCertificate(), pin);

        // Another server does not inherit it.
        restarted.configure(QUrl(QStringLiteral("https://127.0.0.1:1")));
        EXPECT_TRUE(settings.serverCertificate.get().isEmpty());
        EXPECT_TRUE(restarted.client()->trustedCertificate().isEmpty());
    }
    QFile file(settingsFile);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().toLower().contains(pin));
}
