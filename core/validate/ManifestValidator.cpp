#include "validate/ManifestValidator.h"

#include "io/JsonSupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include "io/YamlStream.h"

#include <yaml-cpp/exceptions.h>

#include <algorithm>
#include <exception>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace kg {

namespace {

constexpr int MaxFiles = 5000;
constexpr int MaxDocuments = 100000;
// Nodes (keys included) read from one file, and its size: memory does not grow with them (only
// what the checks read is kept), but parsing time does (yaml-cpp reads 4 to 10 MB a second).
constexpr qint64 MaxNodes = 1000000;
constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

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

// What the checks read of a YAML node: its type, where it is, its text, and for a mapping the
// first value of each key the checks look at (yaml-cpp's map[key] found the first too).
struct NodeInfo
{
    enum class Type { Null, Scalar, Sequence, Map };
    Type type = Type::Null;
    YAML::Mark mark = YAML::Mark::null_mark();
    std::string scalar;
    std::map<std::string, std::shared_ptr<const NodeInfo>> fields;

    bool isNull() const { return type == Type::Null; }
    bool isScalar() const { return type == Type::Scalar; }
    bool isMap() const { return type == Type::Map; }
};

// The keys whose values the checks read, in the document or in its metadata.
bool isCheckedKey(const std::string &key)
{
    return key == "apiVersion" || key == "kind" || key == "metadata" || key == "name"
           || key == "generateName" || key == "namespace";
}

// The value under @p key, or a null node when there is none.
const NodeInfo &child(const NodeInfo &map, const char *key)
{
    static const NodeInfo none;
    if (!map.isMap())
        return none;
    const auto it = map.fields.find(key);
    return it == map.fields.end() ? none : *it->second;
}

struct TooComplex
{
    YAML::Mark mark;
};

// Collects a document's NodeInfo from yaml-cpp's parse events, keeping only what the checks
// read (plus anchored nodes, which aliases may use anywhere later), and counts the nodes: a
// document beyond the budget stops the parse there.
class ManifestReader final : public YAML::EventHandler
{
public:
    ManifestReader(qint64 *nodes, qint64 maxNodes)
        : m_nodes(nodes)
        , m_maxNodes(maxNodes)
    {
        m_anchors.emplace_back(); // anchors count from 1
    }

    std::shared_ptr<const NodeInfo> root() const { return m_root; }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        leaf(mark, anchor, NodeInfo::Type::Null, nullptr);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        count(mark);
        // yaml-cpp shares the anchored node: a map still being read is complete once read.
        deliver(anchor < m_anchors.size() ? m_anchors[anchor] : nullptr, nullptr);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        leaf(mark, anchor, NodeInfo::Type::Scalar, &value);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor, NodeInfo::Type::Sequence);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor, NodeInfo::Type::Map);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame
    {
        std::shared_ptr<NodeInfo> node;
        bool haveKey = false;
        bool keyIsScalar = false;
        std::string key;
    };

    void count(const YAML::Mark &mark)
    {
        if (++*m_nodes > m_maxNodes)
            throw TooComplex{mark};
    }

    // Whether the node about to be delivered is kept: the document itself, or the value of a
    // checked key not seen before in its mapping.
    bool isWanted() const
    {
        if (m_stack.empty())
            return true;
        const Frame &f = m_stack.back();
        return f.node->isMap() && f.haveKey && f.keyIsScalar && isCheckedKey(f.key)
               && f.node->fields.find(f.key) == f.node->fields.end();
    }

    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor, NodeInfo::Type type,
              const std::string *scalar)
    {
        count(mark);
        const bool isKey = !m_stack.empty() && m_stack.back().node->isMap()
                           && !m_stack.back().haveKey;
        if (!anchor && !isWanted()) {
            deliver(nullptr, isKey ? scalar : nullptr); // a key needs its text only
            return;
        }
        auto node = std::make_shared<NodeInfo>();
        node->type = type;
        node->mark = mark;
        if (scalar)
            node->scalar = *scalar;
        remember(anchor, node);
        deliver(node, nullptr);
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor, NodeInfo::Type type)
    {
        count(mark);
        auto node = std::make_shared<NodeInfo>();
        node->type = type;
        node->mark = mark;
        remember(anchor, node);
        Frame frame;
        frame.node = std::move(node);
        m_stack.push_back(std::move(frame));
    }

    void close()
    {
        const std::shared_ptr<NodeInfo> node = std::move(m_stack.back().node);
        m_stack.pop_back();
        deliver(node, nullptr);
    }

    void remember(YAML::anchor_t anchor, const std::shared_ptr<const NodeInfo> &node)
    {
        if (!anchor)
            return;
        if (anchor >= m_anchors.size())
            m_anchors.resize(anchor + 1);
        m_anchors[anchor] = node;
    }

    // Hands a finished node (or, for an unkept scalar key, its text) to its parent.
    void deliver(const std::shared_ptr<const NodeInfo> &node, const std::string *keyText)
    {
        if (m_stack.empty()) {
            m_root = node;
            return;
        }
        Frame &f = m_stack.back();
        if (!f.node->isMap())
            return;
        if (!f.haveKey) {
            f.haveKey = true;
            f.keyIsScalar = keyText || (node && node->isScalar());
            f.key = keyText ? *keyText : node && node->isScalar() ? node->scalar : std::string();
            return;
        }
        if (node && isWanted())
            f.node->fields.emplace(f.key, node);
        f.haveKey = false;
    }

    qint64 *m_nodes;
    qint64 m_maxNodes;
    std::vector<Frame> m_stack;
    std::vector<std::shared_ptr<const NodeInfo>> m_anchors;
    std::shared_ptr<const NodeInfo> m_root;
};

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
    if (data.size() > MaxFileSize)
        return {issue(Severity::Error,
                      tr("the file is larger than %1 MiB; it was not checked")
                              .arg(MaxFileSize / (1024 * 1024)),
                      fileName, noMark)};
    std::vector<io::YamlChunk> chunks;
    t_lineOffset = 0;
    try {
        bool tooMany = false;
        chunks = io::splitYamlStream(data.constData(), size_t(data.size()), MaxDocuments, &tooMany);
        if (tooMany)
            return {issue(Severity::Error, tr("too many YAML documents"), fileName, noMark)};
    } catch (const std::exception &e) {
        return {issue(Severity::Error,
                      tr("cannot read YAML: %1").arg(QString::fromLocal8Bit(e.what())), fileName,
                      noMark)};
    }
    int objects = 0;
    qint64 nodes = 0;
    try {
        for (const io::YamlChunk &chunk : chunks) {
            t_lineOffset = chunk.firstLine;
            // One document at a time, reading only what the checks need.
            ManifestReader reader(&nodes, MaxNodes);
            std::string error;
            YAML::Mark errorMark;
            if (!io::parseYamlChunk(data.constData(), chunk, reader, &error, &errorMark)) {
                ++objects;
                issues << issue(Severity::Error, tr("invalid YAML: %1").arg(fromStd(error)),
                                fileName, errorMark);
                continue;
            }
            static const NodeInfo emptyDocument;
            const NodeInfo &doc = reader.root() ? *reader.root() : emptyDocument;
            if (doc.isNull())
                continue;
            ++objects;
            if (!doc.isMap()) {
                issues << issue(Severity::Error,
                                tr("a document must be a Kubernetes object (a mapping)"), fileName,
                                doc.mark);
                continue;
            }
            const NodeInfo &metadata = child(doc, "metadata");
            const NodeInfo &nameNode = child(metadata, "name");
            const QString name = nameNode.isScalar() ? fromStd(nameNode.scalar) : QString();
            const NodeInfo &apiVersion = child(doc, "apiVersion");
            const NodeInfo &kindNode = child(doc, "kind");
            if (!apiVersion.isScalar() || apiVersion.scalar.empty())
                issues << issue(Severity::Error, tr("missing \"apiVersion\""), fileName, doc.mark,
                                name);
            if (!kindNode.isScalar() || kindNode.scalar.empty()) {
                issues << issue(Severity::Error, tr("missing \"kind\""), fileName, doc.mark, name);
                continue;
            }
            const QString kind = fromStd(kindNode.scalar);
            const QString stable = stableApiVersion(kind);
            if (apiVersion.isScalar() && !stable.isEmpty() && fromStd(apiVersion.scalar) != stable)
                issues << issue(Severity::Error,
                                tr("%1 uses apiVersion \"%2\"; the current stable one is \"%3\"")
                                        .arg(kind, fromStd(apiVersion.scalar), stable),
                                fileName, apiVersion.mark, name);
            if (!metadata.isMap()) {
                issues << issue(Severity::Error, tr("%1 has no \"metadata\" mapping").arg(kind),
                                fileName, doc.mark);
                continue;
            }
            if (!nameNode.isScalar() || name.isEmpty()) {
                if (!child(metadata, "generateName").isScalar())
                    issues << issue(Severity::Error, tr("%1 has no metadata.name").arg(kind),
                                    fileName, metadata.mark);
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
                                fileName, nameNode.mark, name);
            const NodeInfo &ns = child(metadata, "namespace");
            if (!ns.isNull() && (!ns.isScalar() || !isDnsLabel(fromStd(ns.scalar))))
                issues << issue(Severity::Error,
                                tr("metadata.namespace is not a valid namespace name"), fileName,
                                ns.mark, name);
        }
    } catch (const TooComplex &e) {
        ++objects;
        issues << issue(Severity::Error,
                        tr("YAML too complex: more than %1 nodes; the rest of the file was not "
                           "checked")
                                .arg(MaxNodes),
                        fileName, e.mark);
    } catch (const YAML::Exception &e) {
        issues << issue(Severity::Error, tr("invalid YAML: %1").arg(fromStd(e.msg)), fileName,
                        e.mark);
    } catch (const std::bad_alloc &) {
        issues << issue(Severity::Error, tr("not enough memory to read this YAML"), fileName,
                        noMark);
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
        auto data = io::readFile(file, MaxFileSize);
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
