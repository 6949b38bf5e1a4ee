#pragma once

#include <QString>

#include <memory>

namespace kg {
class AppSettings;
namespace remote {
class CredentialStore;
}
namespace store {
class Database;
}
} // namespace kg

namespace kg::session {

class DocumentManager;
class JobResumer;
class ServerConnection;

/// What every window of the application shares (one window per document): the settings, the
/// local cache (opened once per process), the credential store and the server session. Created
/// at start-up and handed to each window. Holds no widget: the desktop's services, usable
/// headless (the tests of job resumption run on it without a window).
class AppContext
{
public:
    /// @p database may be null (the cache could not be opened): windows then generate without
    /// recording jobs and hide the job and project panels. @p credentials may be null for a
    /// context without server access.
    AppContext(std::shared_ptr<AppSettings> settings, std::shared_ptr<store::Database> database,
               std::unique_ptr<remote::CredentialStore> credentials);
    ~AppContext();

    AppContext(const AppContext &) = delete;
    AppContext &operator=(const AppContext &) = delete;

    /// A context with settings only: no cache, no server (tests of the editor).
    static std::shared_ptr<AppContext> withSettings(std::shared_ptr<AppSettings> settings);

    AppSettings &settings() const { return *m_settings; }
    const std::shared_ptr<AppSettings> &sharedSettings() const { return m_settings; }
    const std::shared_ptr<store::Database> &database() const { return m_database; }
    remote::CredentialStore *credentials() const { return m_credentials.get(); }
    /// The server connection; its state is NotConfigured until a server is set up.
    ServerConnection *server() const { return m_server.get(); }
    /// Follows remote jobs left unfinished by an earlier run; null without a database.
    JobResumer *resumer() const { return m_resumer.get(); }
    /// The open documents of every window.
    DocumentManager *documents() const { return m_documents.get(); }

    /// Connects to the configured server (if any) and resumes its unfinished jobs once signed
    /// in.
    void start();

private:
    std::shared_ptr<AppSettings> m_settings;
    std::shared_ptr<store::Database> m_database;
    std::unique_ptr<remote::CredentialStore> m_credentials;
    std::unique_ptr<ServerConnection> m_server;
    std::unique_ptr<JobResumer> m_resumer;
    std::unique_ptr<DocumentManager> m_documents;
};

} // namespace kg::session
