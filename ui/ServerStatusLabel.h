#pragma once

#include <QLabel>
#include <QPointer>

namespace kg::session {
class ServerConnection;
}

namespace kg::ui {

/// The status bar's word on the Kubegram server: "Signed in as … (team …)", "Offline", …, with
/// the origin and the last error as its tooltip; hidden while no server is configured.
class ServerStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ServerStatusLabel(session::ServerConnection *server, QWidget *parent = nullptr);

private:
    void update();

    QPointer<session::ServerConnection> m_server;
};

} // namespace kg::ui
