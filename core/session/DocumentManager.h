#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace kg::session {

class DocumentSession;

/// The open documents of the application. Each DocumentSession is registered here for its
/// lifetime, so a file is only ever open once: opening it again finds the session (and its
/// window) instead of reading it a second time.
class DocumentManager : public QObject
{
    Q_OBJECT

public:
    explicit DocumentManager(QObject *parent = nullptr);

    /// Registers @p session until it is destroyed.
    void add(DocumentSession *session);
    /// The open documents, oldest first.
    QList<DocumentSession *> sessions() const;
    /// The session whose document is saved as @p path (made absolute), or null.
    DocumentSession *sessionForFile(const QString &path) const;

private:
    QList<QPointer<DocumentSession>> m_sessions;
};

} // namespace kg::session
