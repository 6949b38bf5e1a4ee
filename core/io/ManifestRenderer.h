#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

namespace kg::io {

/// Where the renderers find their tools: an explicit path (the KG_KUBECTL, KG_KUSTOMIZE and
/// KG_HELM environment variables), else the PATH.
struct RenderTools
{
    QString kustomize; ///< a kustomize binary; empty = search
    QString kubectl;   ///< kubectl (its "kustomize" subcommand); empty = search
    QString helm;      ///< empty = search
    int timeoutMs = 120000;
    qint64 maxOutputBytes = 128 * 1024 * 1024;

    /// The environment's choices (KG_KUSTOMIZE, KG_KUBECTL, KG_HELM).
    static RenderTools fromEnvironment();
};

/// A Helm chart to render, with everything `helm template` is given; kept on the graph so that
/// a re-import renders the same way.
struct HelmSource
{
    QString chart;      ///< a chart folder or .tgz
    QStringList values; ///< values files (-f), in order
    QStringList sets;   ///< KEY=VALUE (--set), in order
    QString release;    ///< release name; empty = the chart's folder name
    QString ns;         ///< --namespace; empty = none

    QVariantMap toMap() const;
};

/// Renders kustomize roots and Helm charts with the real tools (never a home-made subset), so
/// that what is imported is exactly what `kubectl kustomize` / `helm template` would apply.
/// Every failure is an Error naming the cause: the tool missing (and what to install), the
/// tool's own message (a template error, a missing dependency, a patch that does not apply),
/// a timeout or an output larger than the limit.
class ManifestRenderer
{
    Q_DECLARE_TR_FUNCTIONS(kg::io::ManifestRenderer)

public:
    /// The kustomization file of @p dir (kustomization.yaml, .yml or Kustomization), or empty.
    static QString kustomizationFile(const QString &dir);
    /// True when @p path is a chart folder (holds Chart.yaml), its Chart.yaml, or a packaged
    /// chart (.tgz).
    static bool isHelmChart(const QString &path);
    /// The chart @p path stands for: the folder of a Chart.yaml, else @p path; absolute.
    static QString chartPath(const QString &path);

    /// `kustomize build DIR`, or `kubectl kustomize DIR` when only kubectl is there.
    static Result<QByteArray> kustomize(const QString &dir, const RenderTools &tools);
    /// `helm template RELEASE CHART [--namespace NS] [-f FILE]… [--set KEY=VALUE]…`.
    static Result<QByteArray> helmTemplate(const HelmSource &source, const RenderTools &tools);

private:
    static Result<QByteArray> run(const QString &program, const QStringList &args,
                                  const QString &what, const RenderTools &tools);
};

} // namespace kg::io
