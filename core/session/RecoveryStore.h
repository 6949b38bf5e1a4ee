#pragma once

#include "model/GraphElements.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kg::session {

/// One autosaved document found in the recovery folder.
struct RecoveryEntry
{
    QString id;           ///< the document's recovery id
    QString graphFile;    ///< the autosaved .kgraph
    QString originalPath; ///< where the document was saved before, empty for a new one
    QString displayName;  ///< what the window title showed
    QDateTime savedAt;
    qint64 processId = 0; ///< the process that wrote it
};

/// Autosave and crash recovery: every open, modified document is written now and then to
/// <folder>/<id>.kgraph (with a small <id>.json beside it). Saving or closing the document
/// cleanly removes its files, so whatever is left when the application starts belongs to a
/// session that ended without closing — offered for recovery.
class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(kg::RecoveryStore)

public:
    /// A store in @p folder; the default is QStandardPaths::AppDataLocation/recovery.
    explicit RecoveryStore(QString folder = defaultFolder());

    /// The per-user recovery folder.
    static QString defaultFolder();
    /// A fresh id for a document.
    static QString newId();

    QString folder() const { return m_folder; }

    /// Writes @p graph atomically as the recovery copy of document @p id.
    Status save(const QString &id, const GraphData &graph, const QString &originalPath,
                const QString &displayName);
    /// Removes the recovery copy of @p id (after a save or a clean close).
    void remove(const QString &id);
    /// True when a recovery copy of @p id exists.
    bool contains(const QString &id) const;

    /// The documents left behind by sessions that are no longer running, newest first.
    /// Copies written by another running instance are skipped; unreadable sidecars are
    /// ignored (the graph file is what counts).
    QList<RecoveryEntry> orphanedEntries() const;
    /// Reads the graph of @p entry.
    Result<GraphData> load(const RecoveryEntry &entry) const;

private:
    QString graphPath(const QString &id) const;
    QString infoPath(const QString &id) const;

    QString m_folder;
};

} // namespace kg::session
