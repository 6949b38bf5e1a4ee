#pragma once

#include "codegen/GenerationBackend.h"

#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace kg {

/// The built-in generation engine: turns a graph into Kubernetes manifests offline, in
/// milliseconds, deterministically (the same graph and options always give byte-identical
/// artifacts). Implements the node-kind and edge rules of docs/local-engine.md; odd property
/// values, unknown kinds and dangling edges never make it fail: they are reported.
///
/// generate() is synchronous and thread-safe; the GenerationBackend interface runs it on a worker
/// thread and reports through signals.
class LocalEngine : public GenerationBackend
{
    Q_OBJECT

public:
    /// Reports progress from inside a run: percent in 0..100 and the step's name.
    using ProgressCallback = std::function<void(int percent, const QString &step)>;

    explicit LocalEngine(QObject *parent = nullptr);
    /// Cancels a running generation and waits for its worker to stop.
    ~LocalEngine() override;

    QString id() const override;
    void start(const GraphData &graph, const GenerationOptions &options) override;
    void cancel() override;
    bool isRunning() const override;

    /// Generates the artifacts for @p graph: manifests in the layout of @p options, plus
    /// REPORT.md and report.json. Fails only for an unknown layout.
    static Result<GenerationResult> generate(const GraphData &graph,
                                             const GenerationOptions &options);
    /// As above, stopping early with an error when @p cancelled becomes true, and reporting
    /// progress through @p progress (either may be null).
    static Result<GenerationResult> generate(const GraphData &graph,
                                             const GenerationOptions &options,
                                             const std::atomic_bool *cancelled,
                                             const ProgressCallback &progress);
    /// The layouts generate() understands: files, single, kustomize, helm.
    static QStringList layouts();
    /// What a layout is called for people ("One file per resource", "Helm chart", …);
    /// @p layout itself when unknown.
    static QString layoutDisplayName(const QString &layout);

private:
    void finishRun(const Result<GenerationResult> &result);

    QThreadPool m_pool; ///< one worker; owned so the destructor can wait for it
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_running = false;
};

} // namespace kg
