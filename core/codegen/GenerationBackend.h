#pragma once

#include "codegen/Artifact.h"
#include "model/GraphElements.h"
#include "util/Result.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>

namespace kg {

/// How to generate: output layout and options. Backends ignore what does not apply to them.
struct GenerationOptions
{
    QString layout = QStringLiteral("files"); ///< files | single | kustomize | helm
    bool networkPolicies = false;             ///< local engine: NetworkPolicies for drawn flows
    int threads = 0;     ///< local engine: threads writing YAML (0 = one per core); same output
    QString llmProvider; ///< remote: CLAUDE, OPENAI, … (empty = server default)
    QString llmModel;    ///< remote: advisory model name
    QStringList context; ///< remote: extra instructions
};

/// One line of a generation report.
struct ReportItem
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Info;
    /// generated | default | assumption | warning | unmapped | error
    QString category;
    QString nodeId; ///< node concerned, if any
    QString message;

    bool operator==(const ReportItem &o) const
    {
        return severity == o.severity && category == o.category && nodeId == o.nodeId
               && message == o.message;
    }
};

/// One Kubernetes object a generation produced, and the node it came from.
struct GeneratedObject
{
    QString nodeId;
    QString nodeName;
    QString apiVersion;
    QString kind;
    QString name;
    QString ns;       ///< empty for cluster-scoped objects
    QString path;     ///< artifact that holds it
    QString nodeKind; ///< the node's kind ("MICROSERVICE"): an import of the folder regroups by it

    bool operator==(const GeneratedObject &o) const
    {
        return nodeId == o.nodeId && nodeName == o.nodeName && apiVersion == o.apiVersion
               && kind == o.kind && name == o.name && ns == o.ns && path == o.path
               && nodeKind == o.nodeKind;
    }
};

/// The machine name of @p severity: "info", "warning" or "error" (reports, JSON, the CLI).
QString severityName(ReportItem::Severity severity);

/// What a generation did: what came from which node, the defaults applied, the assumptions
/// made, warnings, and everything that could not be mapped.
struct GenerationReport
{
    QList<ReportItem> items;
    QString backend;                ///< "local" or "remote"
    QString graphName;              ///< the graph's name as drawn
    QString layout;                 ///< the output layout used
    QList<GeneratedObject> objects; ///< in output order

    bool hasErrors() const;
    int count(ReportItem::Severity severity) const;
    /// The items of @p category ("generated", "default", "assumption", "warning", "unmapped").
    QList<ReportItem> itemsIn(const QString &category) const;
};

/// The outcome of a successful generation.
struct GenerationResult
{
    ArtifactList artifacts;
    GenerationReport report;
};

/// A way to turn a graph into manifests: the built-in local engine or a Kubegram server job.
/// Asynchronous: start() returns at once; progress() reports, then exactly one of succeeded()
/// or failed() ends the run.
class GenerationBackend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~GenerationBackend() override = default;

    /// "local" or "remote".
    virtual QString id() const = 0;
    /// Starts generating @p graph. Only one run at a time.
    virtual void start(const GraphData &graph, const GenerationOptions &options) = 0;
    /// Asks the running generation to stop; failed() follows with a cancellation error.
    virtual void cancel() = 0;
    /// True between start() and succeeded()/failed().
    virtual bool isRunning() const = 0;

Q_SIGNALS:
    /// @p percent in 0..100, or -1 when indeterminate; @p step names the current step.
    void progress(int percent, const QString &step);
    void succeeded(const kg::GenerationResult &result);
    void failed(const kg::Error &error);
};

} // namespace kg

Q_DECLARE_METATYPE(kg::GenerationResult)
Q_DECLARE_METATYPE(kg::Error)
