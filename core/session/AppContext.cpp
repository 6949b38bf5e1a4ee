#include "session/AppContext.h"

#include "remote/Credential.h"
#include "session/DocumentManager.h"
#include "session/JobResumer.h"
#include "session/ServerConnection.h"
#include "settings/AppSettings.h"
#include "store/Database.h"

namespace kg::session {

AppContext::AppContext(std::shared_ptr<AppSettings> settings,
                       std::shared_ptr<store::Database> database,
                       std::unique_ptr<remote::CredentialStore> credentials)
    : m_settings(std::move(settings))
    , m_database(std::move(database))
    , m_credentials(credentials ? std::move(credentials)
                                : std::make_unique<remote::MemoryCredentialStore>())
    , m_server(std::make_unique<ServerConnection>(*m_settings, m_credentials.get()))
    , m_documents(std::make_unique<DocumentManager>())
{
    if (m_database)
        m_resumer = std::make_unique<JobResumer>(m_database, m_server.get());
}

AppContext::~AppContext()
{
    // The resumer's watchers use the session's client: stop them first.
    m_resumer.reset();
    m_server.reset();
}

std::shared_ptr<AppContext> AppContext::withSettings(std::shared_ptr<AppSettings> settings)
{
    return std::make_shared<AppContext>(std::move(settings), nullptr, nullptr);
}

void AppContext::start()
{
    m_server->connectToServer();
}

} // namespace kg::session
