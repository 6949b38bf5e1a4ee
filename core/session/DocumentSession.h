#pragma once

#include "codegen/GenerationBackend.h"
#include "remote/RemoteTypes.h"
#include "util/Result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QTimer;

namespace kg {
class DocumentSelection;
class GraphDocument;
namespace io {
struct ImportResult;
}
namespace store {
class Database;
}
} // namespace kg

namespace kg::session {

class GenerationService;
class RecoveryStore;
class ServerConnection;
struct RecoveryEntry;

/// One open document and everything that belongs to it besides its window: the graph
/// (GraphDocument, with its undo stack), where it lives (its .kgraph file, the cached project it
/// is filed under, the server project's version it was read at), the GenerationService that runs
/// and records its generations, and its crash-recovery copy. Loading, saving, saving to a
/// server project, autosave and recovery happen here; a window asks the questions (which file?
/// overwrite?) and shows the answers. Works headless: the tests drive it without a window.
class DocumentSession : public QObject
{
    Q_OBJECT

public:
    /// @p database may be null (no cache: nothing is filed or recorded); @p server may be null.
    DocumentSession(std::shared_ptr<store::Database> database, ServerConnection *server,
                    QObject *parent = nullptr);
    ~DocumentSession() override;

    GraphDocument *document() const { return m_document; }
    /// What is selected in the document (the canvas mirrors it, the inspector reads it).
    DocumentSelection *selection() const { return m_selection; }
    GenerationService *generation() const { return m_generation; }
    const std::shared_ptr<store::Database> &database() const { return m_db; }

    /// True for an empty, unmodified document without a file: a new window's.
    bool isPristine() const;

    // --- loading ---
    /// A graph read for a document, and where it comes from.
    struct Loaded
    {
        GraphData graph;
        /// The .kgraph it was read from; empty for a new graph and for a file of another format
        /// (JSON Canvas, a server graph), so Save never overwrites that with .kgraph content.
        QString filePath;
        qint64 projectId = 0;       ///< the cached project it is filed under; 0 = none
        QDateTime serverVersion;    ///< the server project's version it was read at
        bool foreignFormat = false; ///< read from a file of another format
    };
    /// Reads the graph file @p path, in any format the readers know.
    static Result<Loaded> readFile(const QString &path);
    /// Reads cached project @p projectId at graph revision @p revisionId (0: none yet: an empty
    /// canvas named after the project, which generates into it).
    static Result<Loaded> readProject(store::Database &database, qint64 projectId,
                                      qint64 revisionId, const QDateTime &serverVersion);
    /// Shows @p loaded in the document (a fresh undo history).
    void load(const Loaded &loaded);
    /// Loads an autosaved document left behind by a crash: it stays modified until saved, and
    /// its recovery copy becomes this document's.
    Status loadRecovered(const RecoveryEntry &entry, const RecoveryStore &store);

    // --- saving ---
    /// Writes the document to @p path (.kgraph, atomically); it becomes the document's file.
    Status saveAs(const QString &path);
    /// The server's id of the project the document belongs to, when it is a project of the
    /// signed-in server; empty otherwise.
    QString serverProjectId() const;
    /// True when saveToServer() can start now.
    bool canSaveToServer() const;
    bool isSavingToServer() const { return m_savingToServer; }
    /// Saves the graph into its server project asynchronously. Unless @p overwrite, a change
    /// made on the server since the document was read is refused with a RemoteError of kind
    /// Conflict (ask, then call again with @p overwrite). On success the server's version is
    /// remembered, a revision is cached, and the document is clean unless it was edited while
    /// the answer was on its way. False (and @p done is not called) when it cannot start.
    using ServerSaved = std::function<void(const remote::ApiResult<remote::Project> &)>;
    bool saveToServer(bool overwrite, ServerSaved done);

    // --- autosave and recovery ---
    /// The id of this document's recovery copy.
    QString recoveryId() const { return m_recoveryId; }
    /// Keeps recovery copies in @p folder instead of the per-user default.
    void setRecoveryFolder(const QString &folder);
    /// Sets the autosave interval (default 30 s; 0 turns autosave off).
    void setAutosaveInterval(int milliseconds);
    /// Writes the recovery copy now if the document changed since the last one; false when
    /// nothing was written (autosaveFailed() says why when it failed).
    bool autosaveNow();
    /// The document closes cleanly: its recovery copy goes, autosave stops.
    void close();

    // --- editing ---
    /// Adds an import to the graph as one undo step: new ids, placed to the right of what is
    /// there.
    void addImported(const io::ImportResult &result, const QString &undoText);

Q_SIGNALS:
    /// The server project or a server save started or ended: canSaveToServer() may differ.
    void serverSaveStateChanged();
    /// An autosave could not be written.
    void autosaveFailed(const QString &message);

private:
    std::shared_ptr<store::Database> m_db;
    QPointer<ServerConnection> m_server;
    GraphDocument *m_document;
    DocumentSelection *m_selection;
    GenerationService *m_generation;
    std::unique_ptr<RecoveryStore> m_recovery;
    QString m_recoveryId;
    QTimer *m_autosaveTimer;
    bool m_autosaveDirty = false;
    QDateTime m_serverVersion; ///< updatedAt of the server project when read or last saved
    bool m_savingToServer = false;
};

} // namespace kg::session
