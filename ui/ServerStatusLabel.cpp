#include "ServerStatusLabel.h"

#include "session/ServerConnection.h"

namespace kg::ui {

ServerStatusLabel::ServerStatusLabel(session::ServerConnection *server, QWidget *parent)
    : QLabel(parent)
    , m_server(server)
{
    setObjectName(QStringLiteral("statusServer"));
    connect(server, &session::ServerConnection::changed, this, &ServerStatusLabel::update);
    update();
}

void ServerStatusLabel::update()
{
    if (!m_server)
        return;
    setVisible(m_server->state() != session::ServerConnection::State::NotConfigured);
    setText(m_server->statusText());
    setToolTip(m_server->isConfigured()
                       ? m_server->origin().toString() + QLatin1Char('\n') + m_server->lastError()
                       : QString());
}

} // namespace kg::ui
