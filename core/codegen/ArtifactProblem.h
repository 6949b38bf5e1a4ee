#pragma once

#include "codegen/Artifact.h"

#include <QList>
#include <QString>

namespace kg {

struct GenerationReport;

/// A problem found in a generated file: a YAML syntax or schema error from manifest
/// validation, or a warning of the generation report. The viewer shows it as a marker at the
/// line and lists it in its Problems pane.
struct ArtifactProblem
{
    enum class Severity { Info, Warning, Error };

    QString path;   ///< artifact path, as in Artifact::path
    int line = 0;   ///< 1-based; 0 = the file as a whole
    int column = 0; ///< 1-based; 0 = unknown
    Severity severity = Severity::Error;
    QString message;
    QString nodeId; ///< graph node concerned, if known

    bool operator==(const ArtifactProblem &o) const
    {
        return path == o.path && line == o.line && column == o.column && severity == o.severity
               && message == o.message && nodeId == o.nodeId;
    }
};

using ArtifactProblemList = QList<ArtifactProblem>;

/// Turns the warnings and errors of a generation report into problems: an item about a node is
/// attached to the first artifact generated from that node (at the line that names the node,
/// when there is one); items about no artifact get an empty path. Info items are left out.
ArtifactProblemList problemsFromReport(const GenerationReport &report,
                                       const ArtifactList &artifacts);

} // namespace kg
