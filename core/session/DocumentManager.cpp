#include "session/DocumentManager.h"

#include "model/GraphDocument.h"
#include "session/DocumentSession.h"

#include <QFileInfo>

namespace kg::session {

DocumentManager::DocumentManager(QObject *parent)
    : QObject(parent)
{}

void DocumentManager::add(DocumentSession *session)
{
    m_sessions.removeAll(nullptr);
    if (!m_sessions.contains(session))
        m_sessions.append(session);
}

QList<DocumentSession *> DocumentManager::sessions() const
{
    QList<DocumentSession *> out;
    for (const QPointer<DocumentSession> &s : m_sessions) {
        if (s)
            out << s.data();
    }
    return out;
}

DocumentSession *DocumentManager::sessionForFile(const QString &path) const
{
    if (path.isEmpty())
        return nullptr;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const QPointer<DocumentSession> &s : m_sessions) {
        if (s && s->document()->filePath() == absolute)
            return s.data();
    }
    return nullptr;
}

} // namespace kg::session
