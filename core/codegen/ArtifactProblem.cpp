#include "codegen/ArtifactProblem.h"

#include "codegen/GenerationBackend.h"

namespace kg {

namespace {

/// 1-based line of the first "name: <nodeName>"-like mention of @p needle, or 0.
int lineMentioning(const QByteArray &content, const QByteArray &needle)
{
    if (needle.isEmpty())
        return 0;
    const qsizetype at = content.indexOf(needle);
    if (at < 0)
        return 0;
    return int(content.left(at).count('\n')) + 1;
}

} // namespace

ArtifactProblemList problemsFromReport(const GenerationReport &report, const ArtifactList &artifacts)
{
    ArtifactProblemList out;
    for (const ReportItem &item : report.items) {
        if (item.severity == ReportItem::Severity::Info)
            continue;
        ArtifactProblem p;
        p.severity = item.severity == ReportItem::Severity::Error
                             ? ArtifactProblem::Severity::Error
                             : ArtifactProblem::Severity::Warning;
        p.message = item.message;
        p.nodeId = item.nodeId;
        if (!item.nodeId.isEmpty()) {
            for (const Artifact &a : artifacts) {
                if (a.sourceNodeId == item.nodeId) {
                    p.path = a.path;
                    p.line = lineMentioning(a.content, item.nodeId.toUtf8());
                    break;
                }
            }
        }
        out << p;
    }
    return out;
}

} // namespace kg
