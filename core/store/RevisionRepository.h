#pragma once

#include "model/GraphElements.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QHash>

namespace kg::store {

/// Saved states of project graphs: every job points at the revision it was generated from, so
/// it can be re-run with exactly the same graph, even after the project's file changed.
class RevisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(kg::store::RevisionRepository)

public:
    explicit RevisionRepository(Database &database);

    /// Saves @p graph for @p projectId (0 = no project). When it equals the project's latest
    /// revision, that revision is reused instead of storing a copy. Returns the revision id.
    Result<qint64> add(qint64 projectId, const GraphData &graph);
    Result<GraphRevision> revision(qint64 id) const;
    /// The graph of revision @p id, parsed; a damaged document is an error, not a crash.
    Result<GraphData> graph(qint64 id) const;
    /// The newest revision of a project, or 0 when it has none.
    Result<qint64> latest(qint64 projectId) const;
    /// The newest revision of every project that has one, by project id: one query for a
    /// whole listing.
    Result<QHash<qint64, qint64>> latestByProject() const;

private:
    Database &m_db;
};

} // namespace kg::store
