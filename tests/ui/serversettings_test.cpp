#include "dialogs/ServerSettingsDialog.h"

#include "FakeKubegramServer.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
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
