#pragma once

#include "io/KubernetesYamlImporter.h"

#include <QCoreApplication>
#include <QHash>

namespace kg::io {

/// Turns a Docker Compose file (the Compose Specification: compose.yaml, docker-compose.yml)
/// into a graph of catalog nodes, natively (no external tool):
/// - each service → a DEPLOYMENT, or a STATEFULSET when a named volume holds its data, with its
///   image, entrypoint (command) and command (args), environment (`environment` and
///   `env_file`, ${VAR} interpolated from the project's .env), container ports (`ports`
///   targets and `expose`), HTTP healthcheck → health path, `deploy.replicas` and
///   `deploy.resources` (limits and reservations), labels;
/// - published or exposed ports → a SERVICE in front of the workload;
/// - named volumes → the StatefulSet's claim, or PERSISTENTVOLUMECLAIM nodes;
/// - `depends_on` / `links` → edges (to the target's Service when it has one);
/// - top-level `secrets` / `configs` → SECRET / CONFIGMAP nodes mounted where the service asks;
///   environment variables with secret-looking names → a SECRET node per service (their values
///   are not kept: Secrets are generated with placeholders);
/// - the project → a NAMESPACE frame.
/// Everything that has no Kubernetes counterpart (build-only services, host bind mounts,
/// network_mode, privileged, …) is a warning naming the service, the key and the reason:
/// nothing is dropped silently. An unknown top-level key is an error at its line.
class ComposeImporter
{
    Q_DECLARE_TR_FUNCTIONS(kg::io::ComposeImporter)

public:
    /// True for the file names Compose itself looks for.
    static bool isComposeFileName(const QString &fileName);
    /// The Compose file of @p path: @p path itself when it is one, else the one in the folder
    /// @p path (compose.yaml first, as docker compose does); empty when there is none.
    static QString composeFileOf(const QString &path);

    /// Reads the Compose file at @p path.
    static Result<ImportResult> importFile(const QString &path, const QString &graphName = {});
    /// Reads Compose YAML; @p baseDir resolves env_file, config files and .env.
    static Result<ImportResult> importData(const QByteArray &data, const QString &fileName,
                                           const QString &baseDir, const QString &graphName = {});
};

} // namespace kg::io
