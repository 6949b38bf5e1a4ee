#include "validate/ManifestValidator.h"

#include "io/JsonSupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include "io/YamlStream.h"

#include <algorithm>
#include <exception>

namespace kg {

namespace {

constexpr int MaxFiles = 5000;

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// The first line of the document being checked, added to every mark (yaml-cpp counts from the
// document's start).
thread_local int t_lineOffset = 0;

ValidationIssue issue(Severity severity, const QString &message, const QString &file,
                      const YAML::Mark &mark, const QString &name = {})
{
    ValidationIssue i;
    i.severity = severity;
    i.message = message;
    i.location.file = file;
    if (mark.line >= 0) {
        i.location.line = t_lineOffset + mark.line + 1;
        i.location.column = mark.column + 1;
    }
    i.location.nodeId = name;
    return i;
}

// The value under @p key, or a null node when there is none (yaml-cpp throws on a missing key's
// "zombie" node as soon as it is inspected).
YAML::Node child(const YAML::Node &map, const char *key)
{
    if (!map.IsMap())
        return YAML::Node();
    const YAML::Node value = map[key];
    return value.IsDefined() ? value : YAML::Node();
}

bool isDnsLabel(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return s.size() <= 63 && re.match(s).hasMatch();
}

bool isDnsSubdomain(const QString &s)
{
    static const QRegularExpression re(
            QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return s.size() <= 253 && re.match(s).hasMatch();
}

// Kinds whose names must be DNS-1123 labels (they become DNS names or label values).
bool needsLabelName(const QString &kind)
{
    return kind == QLatin1String("Service") || kind == QLatin1String("Namespace")
           || kind == QLatin1String("StatefulSet") || kind == QLatin1String("CronJob");
}

} // namespace

QString ManifestValidator::stableApiVersion(const QString &kind)
{
    static const QHash<QString, QString> versions{
            {QStringLiteral("Deployment"), QStringLiteral("apps/v1")},
            {QStringLiteral("StatefulSet"), QStringLiteral("apps/v1")},
            {QStringLiteral("DaemonSet"), QStringLiteral("apps/v1")},
            {QStringLiteral("ReplicaSet"), QStringLiteral("apps/v1")},
            {QStringLiteral("Job"), QStringLiteral("batch/v1")},
            {QStringLiteral("CronJob"), QStringLiteral("batch/v1")},
            {QStringLiteral("Ingress"), QStringLiteral("networking.k8s.io/v1")},
            {QStringLiteral("IngressClass"), QStringLiteral("networking.k8s.io/v1")},
            {QStringLiteral("NetworkPolicy"), QStringLiteral("networking.k8s.io/v1")},
            {QStringLiteral("HorizontalPodAutoscaler"), QStringLiteral("autoscaling/v2")},
            {QStringLiteral("PodDisruptionBudget"), QStringLiteral("policy/v1")},
            {QStringLiteral("Role"), QStringLiteral("rbac.authorization.k8s.io/v1")},
            {QStringLiteral("ClusterRole"), QStringLiteral("rbac.authorization.k8s.io/v1")},
            {QStringLiteral("RoleBinding"), QStringLiteral("rbac.authorization.k8s.io/v1")},
            {QStringLiteral("ClusterRoleBinding"), QStringLiteral("rbac.authorization.k8s.io/v1")},
            {QStringLiteral("StorageClass"), QStringLiteral("storage.k8s.io/v1")},
            {QStringLiteral("PriorityClass"), QStringLiteral("scheduling.k8s.io/v1")},
            {QStringLiteral("EndpointSlice"), QStringLiteral("discovery.k8s.io/v1")},
            {QStringLiteral("CustomResourceDefinition"), QStringLiteral("apiextensions.k8s.io/v1")},
            {QStringLiteral("Service"), QStringLiteral("v1")},
            {QStringLiteral("Pod"), QStringLiteral("v1")},
            {QStringLiteral("ConfigMap"), QStringLiteral("v1")},
            {QStringLiteral("Secret"), QStringLiteral("v1")},
            {QStringLiteral("PersistentVolumeClaim"), QStringLiteral("v1")},
            {QStringLiteral("PersistentVolume"), QStringLiteral("v1")},
            {QStringLiteral("Namespace"), QStringLiteral("v1")},
            {QStringLiteral("ServiceAccount"), QStringLiteral("v1")},
            {QStringLiteral("ResourceQuota"), QStringLiteral("v1")},
            {QStringLiteral("LimitRange"), QStringLiteral("v1")},
            {QStringLiteral("Endpoints"), QStringLiteral("v1")},
    };
    return versions.value(kind);
}

QList<ValidationIssue> ManifestValidator::validateData(const QByteArray &data,
                                                       const QString &fileName)
{
    QList<ValidationIssue> issues;
    const YAML::Mark noMark = YAML::Mark::null_mark();
    if (data.contains('\0'))
        return {issue(Severity::Error, tr("the file is binary, not YAML"), fileName, noMark)};
    std::vector<io::YamlStreamDocument> docs;
    t_lineOffset = 0;
    try {
        bool tooMany = false;
        docs = io::loadYamlStream(data.toStdString(), 100000, &tooMany);
        if (tooMany)
            return {issue(Severity::Error, tr("too many YAML documents"), fileName, noMark)};
    } catch (const std::exception &e) {
        return {issue(Severity::Error,
                      tr("cannot read YAML: %1").arg(QString::fromLocal8Bit(e.what())), fileName,
                      noMark)};
    }
    int objects = 0;
    try {
        for (const io::YamlStreamDocument &streamDoc : docs) {
            const YAML::Node &doc = streamDoc.node;
            t_lineOffset = streamDoc.firstLine;
            if (!streamDoc.error.empty()) {
                ++objects;
                issues << issue(Severity::Error,
                                tr("invalid YAML: %1").arg(fromStd(streamDoc.error)), fileName,
                                streamDoc.errorMark);
                continue;
            }
            if (doc.IsNull())
                continue;
            ++objects;
            if (!doc.IsMap()) {
                issues << issue(Severity::Error,
                                tr("a document must be a Kubernetes object (a mapping)"), fileName,
                                doc.Mark());
                continue;
            }
            const YAML::Node metadata = child(doc, "metadata");
            const YAML::Node nameNode = child(metadata, "name");
            const QString name = nameNode.IsScalar() ? fromStd(nameNode.Scalar()) : QString();
            const YAML::Node apiVersion = child(doc, "apiVersion");
            const YAML::Node kindNode = child(doc, "kind");
            if (!apiVersion.IsScalar() || apiVersion.Scalar().empty())
                issues << issue(Severity::Error, tr("missing \"apiVersion\""), fileName, doc.Mark(),
                                name);
            if (!kindNode.IsScalar() || kindNode.Scalar().empty()) {
                issues << issue(Severity::Error, tr("missing \"kind\""), fileName, doc.Mark(), name);
                continue;
            }
            const QString kind = fromStd(kindNode.Scalar());
            const QString stable = stableApiVersion(kind);
            if (apiVersion.IsScalar() && !stable.isEmpty() && fromStd(apiVersion.Scalar()) != stable)
                issues << issue(Severity::Error,
                                tr("%1 uses apiVersion \"%2\"; the current stable one is \"%3\"")
                                        .arg(kind, fromStd(apiVersion.Scalar()), stable),
                                fileName, apiVersion.Mark(), name);
            if (!metadata.IsMap()) {
                issues << issue(Severity::Error, tr("%1 has no \"metadata\" mapping").arg(kind),
                                fileName, doc.Mark());
                continue;
            }
            if (!nameNode.IsScalar() || name.isEmpty()) {
                if (!child(metadata, "generateName").IsScalar())
                    issues << issue(Severity::Error, tr("%1 has no metadata.name").arg(kind),
                                    fileName, metadata.Mark());
                continue;
            }
            if (needsLabelName(kind) ? !isDnsLabel(name) : !isDnsSubdomain(name))
                issues << issue(Severity::Error,
                                tr("%1 name \"%2\" is not a valid DNS-1123 %3")
                                        .arg(kind, name.left(80),
                                             needsLabelName(kind)
                                                     ? tr("label (lower case letters, "
                                                          "digits and '-', at most 63)")
                                                     : tr("subdomain")),
                                fileName, nameNode.Mark(), name);
            const YAML::Node ns = child(metadata, "namespace");
            if (!ns.IsNull() && (!ns.IsScalar() || !isDnsLabel(fromStd(ns.Scalar()))))
                issues << issue(Severity::Error,
                                tr("metadata.namespace is not a valid namespace name"), fileName,
                                ns.Mark(), name);
        }
    } catch (const YAML::Exception &e) {
        issues << issue(Severity::Error, tr("invalid YAML: %1").arg(fromStd(e.msg)), fileName,
                        e.mark);
    }
    t_lineOffset = 0;
    if (objects == 0)
        issues << issue(Severity::Warning, tr("no Kubernetes objects in this file"), fileName,
                        noMark);
    return issues;
}

QList<ValidationIssue> ManifestValidator::validatePath(const QString &path)
{
    const QFileInfo info(path);
    auto failure = [&](const QString &message) {
        ValidationIssue i;
        i.message = message;
        i.location.file = path;
        return QList<ValidationIssue>{i};
    };
    if (!info.exists())
        return failure(tr("no such file or folder"));
    QStringList files;
    if (info.isDir()) {
        QDirIterator it(path, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                        QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files << it.next();
            if (files.size() > MaxFiles)
                return failure(tr("more than %1 manifest files").arg(MaxFiles));
        }
        std::sort(files.begin(), files.end());
        if (files.isEmpty())
            return failure(tr("no *.yaml or *.yml files in this folder"));
    } else {
        files << path;
    }
    QList<ValidationIssue> issues;
    for (const QString &file : std::as_const(files)) {
        auto data = io::readFile(file);
        if (!data) {
            ValidationIssue i;
            i.message = data.error().message;
            i.location = data.error().location;
            issues << i;
            continue;
        }
        if (data->contains("{{")) {
            ValidationIssue i;
            i.severity = Severity::Warning;
            i.message = tr("a Helm template; render it (helm template) to validate it");
            i.location.file = file;
            issues << i;
            continue;
        }
        issues << validateData(*data, file);
    }
    return issues;
}

} // namespace kg
