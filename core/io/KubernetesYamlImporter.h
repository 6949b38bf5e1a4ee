#pragma once

#include "io/ManifestRenderer.h"
#include "io/YamlTree.h"
#include "model/GraphElements.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <vector>

namespace kg::io {

/// Limits on what one import may read, so a wrong folder or a hostile file cannot exhaust
/// memory or time.
struct ImportLimits
{
    int maxFiles = 50000;
    qint64 maxFileSize = 16 * 1024 * 1024;
    qint64 maxTotalSize = 128 * 1024 * 1024;
    int maxDocuments = 20000; ///< across all files
    int maxValues = 4000000;  ///< YAML/JSON values across all files, aliases counted at every use
    /// Edges inferred from label selectors (Service, NetworkPolicy, PodDisruptionBudget →
    /// workloads) across the import: N Services × M workloads sharing labels would otherwise
    /// make N × M edges. The edges beyond are not drawn and a warning says how many.
    int maxSelectorEdges = 20000;
    /// Label comparisons spent on selectors across the import; when spent, the remaining
    /// selectors are not resolved and a warning says so.
    qint64 maxSelectorChecks = 5000000;
};

/// What an import produced: the graph (laid out), the files read and what could not be mapped.
struct ImportResult
{
    GraphData graph;
    QStringList files;     ///< every file read, in reading order
    QList<Error> warnings; ///< unknown kinds, unresolved references, dropped details, …
    int objectCount = 0;   ///< Kubernetes objects turned into nodes
};

/// The graph metadata key listing what was rendered on import (kustomize roots, Helm charts with
/// their values), so that a re-import can render them the same way.
inline const QString ImportSourcesKey = QStringLiteral("importSources");

/// Turns existing Kubernetes manifests (files or folders, multi-document YAML or JSON) into a
/// graph without losing anything: each object becomes a node of the matching catalog kind (or a
/// generic node named after its kind when the catalog has none) whose properties show what the
/// catalog understands (ObjectProperties::read) and whose base is the whole object
/// (ImportedNode), so that generating it gives the object back with only the user's changes.
/// Each namespace becomes a NAMESPACE container, and the references between objects (Service
/// selectors, Ingress backends, envFrom, volumes, HPA/PDB targets, service accounts, role
/// bindings, …) become edges. A generated folder's report.json is skipped.
class KubernetesYamlImporter
{
    Q_DECLARE_TR_FUNCTIONS(kg::io::KubernetesYamlImporter)

public:
    explicit KubernetesYamlImporter(ImportLimits limits = {});

    /// The tools kustomize roots and Helm charts are rendered with (default: the environment's
    /// choices, else the PATH).
    void setRenderTools(const RenderTools &tools) { m_tools = tools; }

    /// Reads one file, or every *.yaml, *.yml and *.json file below a folder (sorted, so the
    /// result does not depend on the file system's order). A folder that is a kustomize root
    /// (or its kustomization file) is rendered with kustomize; a chart folder or .tgz with
    /// `helm template` and the chart's own values. A folder holding kustomize roots below it is
    /// refused with their list (their bases and patches are not objects to import one by one).
    /// Stops at the first unreadable or malformed file with an Error located at file:line:column.
    Status addPath(const QString &path);
    /// Renders a Helm chart with its values, --set options, release name and namespace.
    Status addHelmChart(const HelmSource &source);
    /// Reads one YAML stream; @p fileName is used in locations only.
    Status addData(const QByteArray &data, const QString &fileName);
    /// Builds the graph from everything added so far and lays it out with arrangeLayered.
    ImportResult finish(const QString &graphName = {});

    /// Convenience: addPath() for every path, then finish(). One path that is a Compose file, or
    /// a folder holding one (and no kustomization), is read by ComposeImporter instead.
    static Result<ImportResult> importPaths(const QStringList &paths, const QString &graphName = {},
                                            ImportLimits limits = {});

    /// The catalog kind for a Kubernetes `kind` ("Deployment" → "DEPLOYMENT"), or empty when the
    /// catalog has no such kind.
    static QString catalogKindFor(const QString &kubernetesKind);

private:
    struct Object
    {
        YamlValue body;
        QString source; ///< the document as written; empty for a List item
        QString kind;   ///< Kubernetes kind as written
        QString catalogKind;
        QString name;
        QString ns; ///< empty for cluster-scoped or unspecified
        QString nodeId;
        QString file;
        int line = 0;
    };

    struct ParsedDocument
    {
        YamlValue value;
        int line = 0;
        QString source; ///< the document as written (maps only)
    };
    /// One file parsed on its own (possibly on another thread): nothing of the importer is
    /// touched until addParsed() takes it, in file order.
    struct ParsedFile
    {
        QString fileName;
        qint64 size = 0;
        std::vector<ParsedDocument> documents;
        int values = 0;
        Status status; ///< a read or parse error, after the documents before it
    };
    static ParsedFile parseData(const QByteArray &data, const QString &fileName, int maxDocuments);
    Status addParsed(ParsedFile &&file);
    Status addFile(const QString &path);
    /// @p source: the object's text as written, when it is a whole document (not a List item).
    void addObject(YamlValue &&body, const QString &file, int line, const QString &source = {});
    void warn(const QString &message, const QString &file, int line, const QString &nodeId = {});

    Status addRendered(const Result<QByteArray> &rendered, const QString &location,
                       const QVariantMap &source);

    ImportLimits m_limits;
    RenderTools m_tools = RenderTools::fromEnvironment();
    QVariantList m_sources; ///< kustomize roots and charts rendered, for the graph's metadata
    QList<Object> m_objects;
    QHash<QString, int> m_objectById;
    /// A generated folder's report.json: which node each object came from ("kind|ns|name" →
    /// node id, name and kind), so that the objects of one node come back as that node.
    struct ReportNode
    {
        QString id;
        QString kind;
    };
    QHash<QString, ReportNode> m_reportNodes;
    void readReport(const YamlValue &report);
    QStringList m_files;
    QList<Error> m_warnings;
    qint64 m_totalSize = 0;
    int m_documents = 0;
    qint64 m_values = 0;
};

} // namespace kg::io
