#pragma once

#include "model/GraphElements.h"
#include "validate/ValidationIssue.h"

namespace kg {

/// Checks a graph before generation. Errors (duplicate node ids, property values of the wrong
/// type or out of range, empty names) stop a generation; warnings (edges to missing nodes,
/// unknown or non-generating kinds, names that will be sanitised, images without a pinned tag,
/// connections that make no sense for the two kinds) go into the report and the run goes on.
class GraphValidator
{
    Q_DECLARE_TR_FUNCTIONS(kg::GraphValidator)

public:
    /// All findings for @p graph, in node order then edge order. @p fileName is put into every
    /// location; pointers follow the .kgraph layout (/nodes/3/properties/replicas).
    static QList<ValidationIssue> validate(const GraphData &graph, const QString &fileName = {});

    /// The findings about node @p node alone (kind, name, property values, image tag); what
    /// validate() says about it, less the checks across nodes (duplicate ids). @p pointer is the
    /// node's place in the file (/nodes/3).
    static QList<ValidationIssue> nodeIssues(const Node &node, const QString &fileName = {},
                                             const QString &pointer = {});
    /// The findings about edge @p edge from @p source to @p target (null: missing).
    static QList<ValidationIssue> edgeIssues(const Edge &edge, const Node *source,
                                             const Node *target, const QString &fileName = {},
                                             const QString &pointer = {});

    /// @p name as the engine will write it: lower case, [a-z0-9-], at most 63 characters, no
    /// leading or trailing '-' (a DNS-1123 label).
    static QString sanitizedName(const QString &name);
};

} // namespace kg
