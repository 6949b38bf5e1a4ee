#include "io/KubernetesYamlImporter.h"

#include "io/ComposeImporter.h"
#include "io/ImportedNode.h"
#include "io/JsonSupport.h"
#include "io/ObjectProperties.h"
#include "io/YamlSupport.h"
#include "layout/LayeredLayout.h"
#include "model/NodeKindCatalog.h"
#include "util/Parallel.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <vector>

namespace kg::io {

namespace {

QString k(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

const YamlValue *at(const YamlValue *v, std::initializer_list<const char *> path)
{
    return v ? v->at(path) : nullptr;
}

const YamlValue *at(const YamlValue &v, std::initializer_list<const char *> path)
{
    return v.at(path);
}

// The text of a scalar; a null QString for anything else.
QString str(const YamlValue *v)
{
    if (!v || !v->isScalar() || v->isNull())
        return {};
    return v->scalarText();
}

const std::vector<YamlValue> &list(const YamlValue *v)
{
    static const std::vector<YamlValue> none;
    return v && v->isSequence() ? v->items() : none;
}

// Only scalar values; anything else in a label map is dropped.
QVariantMap stringMap(const YamlValue *v)
{
    QVariantMap out;
    if (!v || !v->isMap())
        return out;
    for (const auto &entry : v->entries()) {
        const QString s = str(&entry.second);
        if (!s.isNull())
            out.insert(entry.first, s);
    }
    return out;
}

bool isClusterScoped(const QString &kind)
{
    return ObjectProperties::isClusterScopedKind(kind);
}

bool isWorkloadKind(const QString &kind)
{
    return ObjectProperties::isWorkloadKind(kind);
}

QString effectiveNamespace(const QString &ns)
{
    return ns.isEmpty() ? k("default") : ns;
}

bool selectorMatches(const QVariantMap &selector, const QVariantMap &labels)
{
    if (selector.isEmpty())
        return false;
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (labels.value(it.key()).toString() != it.value().toString())
            return false;
    }
    return true;
}

// The report.json of a generated folder: an object with the report's own keys, no kind.
bool isGenerationReport(const YamlValue &doc)
{
    return doc.isMap() && !doc.find(k("kind")) && doc.find(k("backend")) && doc.find(k("objects"));
}

} // namespace

KubernetesYamlImporter::KubernetesYamlImporter(ImportLimits limits)
    : m_limits(limits)
{}

QString KubernetesYamlImporter::catalogKindFor(const QString &kubernetesKind)
{
    if (kubernetesKind == QLatin1String("Endpoints"))
        return k("ENDPOINT");
    const NodeKindInfo *info = NodeKindCatalog::instance().kind(kubernetesKind);
    return info ? info->id : QString();
}

void KubernetesYamlImporter::warn(const QString &message, const QString &file, int line,
                                  const QString &nodeId)
{
    Location loc{file};
    loc.line = line;
    loc.nodeId = nodeId;
    m_warnings.append(Error(message, loc));
}

Status KubernetesYamlImporter::addPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(tr("no such file or folder"), Location{path});
    if (ManifestRenderer::isHelmChart(path)) {
        HelmSource chart;
        chart.chart = ManifestRenderer::chartPath(path);
        return addHelmChart(chart);
    }
    const QString dir = info.isDir() ? info.absoluteFilePath() : QString();
    const bool kustomizationFile = !info.isDir()
                                   && info.absoluteFilePath()
                                              == ManifestRenderer::kustomizationFile(
                                                      info.absolutePath());
    if (kustomizationFile
        || (!dir.isEmpty() && !ManifestRenderer::kustomizationFile(dir).isEmpty())) {
        const QString root = kustomizationFile ? info.absolutePath() : dir;
        return addRendered(ManifestRenderer::kustomize(root, m_tools),
                           ManifestRenderer::kustomizationFile(root),
                           QVariantMap{{k("type"), k("kustomize")}, {k("path"), root}});
    }
    if (!info.isDir())
        return addFile(path);
    QStringList files;
    QStringList roots;
    QDirIterator it(path,
                    {k("*.yaml"), k("*.yml"), k("*.json"), k("Kustomization"), k("Chart.yaml")},
                    QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString name = it.fileName();
        if (name == QLatin1String("kustomization.yaml")
            || name == QLatin1String("kustomization.yml") || name == QLatin1String("Kustomization")
            || name == QLatin1String("Chart.yaml")) {
            roots << QDir(path).relativeFilePath(it.fileInfo().absolutePath());
            continue;
        }
        files << file;
        if (files.size() + m_files.size() > m_limits.maxFiles)
            return Error(tr("more than %1 manifest files").arg(m_limits.maxFiles), Location{path});
    }
    if (!roots.isEmpty()) {
        roots.sort();
        roots.removeDuplicates();
        return Error(tr("this folder holds kustomize roots or Helm charts (%1); import one of "
                        "them: their bases, patches and templates are not objects to import one "
                        "by one")
                             .arg(roots.mid(0, 8).join(QStringLiteral(", "))
                                  + (roots.size() > 8 ? QStringLiteral(", …") : QString())),
                     Location{path});
    }
    std::sort(files.begin(), files.end());
    // The sizes first: a folder over the limit is refused before anything is read.
    qint64 total = m_totalSize;
    for (const QString &file : std::as_const(files)) {
        total += QFileInfo(file).size();
        if (total > m_limits.maxTotalSize)
            return Error(tr("the manifests are larger than %1 MiB in total")
                                 .arg(m_limits.maxTotalSize / (1024 * 1024)),
                         Location{path});
    }
    // Files are read and parsed on both cores in batches, and taken in their sorted order.
    const int threads = readerThreads(size_t(files.size()), 16);
    constexpr qsizetype Batch = 64;
    std::vector<ParsedFile> parsed;
    for (qsizetype first = 0; first < files.size(); first += Batch) {
        const qsizetype inBatch = std::min(Batch, files.size() - first);
        const int documentsLeft = m_limits.maxDocuments - m_documents;
        parsed.clear();
        parsed.resize(size_t(inBatch));
        auto work = [&](int worker) {
            for (qsizetype i = worker; i < inBatch; i += threads) {
                const QString &file = files.at(first + i);
                auto data = readFile(file, m_limits.maxFileSize);
                if (!data) {
                    parsed[size_t(i)].fileName = file;
                    parsed[size_t(i)].status = data.error();
                    continue;
                }
                parsed[size_t(i)] = parseData(*data, file, documentsLeft);
            }
        };
        runOnThreads(threads, work);
        for (ParsedFile &file : parsed) {
            if (Status s = addParsed(std::move(file)); !s)
                return s;
        }
    }
    return {};
}

Status KubernetesYamlImporter::addHelmChart(const HelmSource &source)
{
    return addRendered(ManifestRenderer::helmTemplate(source, m_tools), source.chart,
                       source.toMap());
}

Status KubernetesYamlImporter::addRendered(const Result<QByteArray> &rendered,
                                           const QString &location, const QVariantMap &source)
{
    if (!rendered)
        return Error(rendered.error().message, Location{location});
    m_sources.append(source);
    return addData(*rendered, location);
}

Status KubernetesYamlImporter::addFile(const QString &path)
{
    if (m_files.size() >= m_limits.maxFiles)
        return Error(tr("more than %1 manifest files").arg(m_limits.maxFiles), Location{path});
    auto data = readFile(path, m_limits.maxFileSize);
    if (!data)
        return data.error();
    return addData(*data, path);
}

KubernetesYamlImporter::ParsedFile KubernetesYamlImporter::parseData(const QByteArray &data,
                                                                     const QString &fileName,
                                                                     int maxDocuments)
{
    ParsedFile out;
    out.fileName = fileName;
    out.size = data.size();
    YamlLimits limits;
    limits.maxDocuments = std::max(1, maxDocuments);
    // JSON is YAML, so one parser serves both (and keeps the key order); a JSON file is checked
    // by the JSON reader first so that it gets JSON's own error messages.
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        auto json = parseJson(data, fileName, limits.maxDepth);
        if (!json) {
            out.status = json.error();
            return out;
        }
    }
    out.status = forEachYamlDocument(
            data, fileName, limits,
            [&](YamlValue &&doc, int line, int, QByteArrayView source) -> Status {
                ParsedDocument d;
                d.line = line;
                // The document as written becomes the node's base: nothing to write again,
                // and the user's comments stay with it.
                if (doc.isMap())
                    d.source = QString::fromUtf8(source);
                d.value = std::move(doc);
                out.documents.push_back(std::move(d));
                return {};
            },
            &out.values);
    return out;
}

Status KubernetesYamlImporter::addParsed(ParsedFile &&file)
{
    const QString &fileName = file.fileName;
    m_totalSize += file.size;
    if (m_totalSize > m_limits.maxTotalSize)
        return Error(tr("the manifests are larger than %1 MiB in total")
                             .arg(m_limits.maxTotalSize / (1024 * 1024)),
                     Location{fileName});
    m_files.append(fileName);
    m_values += file.values;
    for (ParsedDocument &d : file.documents) {
        if (++m_documents > m_limits.maxDocuments)
            return Error(tr("more than %1 Kubernetes documents").arg(m_limits.maxDocuments),
                         Location{fileName});
        YamlValue &doc = d.value;
        if (doc.isNull())
            continue; // an empty document between two "---"
        if (!doc.isMap()) {
            warn(tr("a document that is not a Kubernetes object was skipped"), fileName, d.line);
            continue;
        }
        if (isGenerationReport(doc)) {
            readReport(doc); // not an object: it tells which node each object came from
            continue;
        }
        const QString kind = str(doc.find(k("kind")));
        if (kind.endsWith(QLatin1String("List")) && doc.find(k("items"))
            && doc.find(k("items"))->isSequence()) {
            for (const YamlValue &item : doc.find(k("items"))->items()) {
                if (item.isMap())
                    addObject(YamlValue(item), fileName, d.line);
            }
            continue;
        }
        addObject(std::move(doc), fileName, d.line, d.source);
    }
    if (!file.status)
        return file.status;
    if (m_values > m_limits.maxValues)
        return Error(tr("the manifests hold more than %1 values in total").arg(m_limits.maxValues),
                     Location{fileName});
    return {};
}

Status KubernetesYamlImporter::addData(const QByteArray &data, const QString &fileName)
{
    if (m_totalSize + data.size() > m_limits.maxTotalSize)
        return Error(tr("the manifests are larger than %1 MiB in total")
                             .arg(m_limits.maxTotalSize / (1024 * 1024)),
                     Location{fileName});
    return addParsed(parseData(data, fileName, m_limits.maxDocuments - m_documents));
}

void KubernetesYamlImporter::readReport(const YamlValue &report)
{
    for (const YamlValue &o : list(report.find(k("objects")))) {
        const QString kind = str(at(o, {"kind"}));
        const QString nodeId = str(at(o, {"nodeId"}));
        const QString nodeKind = str(at(o, {"nodeKind"}));
        if (kind.isEmpty() || nodeId.isEmpty() || nodeKind.isEmpty())
            continue; // an older report names no node kinds: the objects stay one node each
        m_reportNodes.insert(kind + QLatin1Char('|') + str(at(o, {"namespace"})) + QLatin1Char('|')
                                     + str(at(o, {"name"})),
                             ReportNode{nodeId, nodeKind});
    }
}

void KubernetesYamlImporter::addObject(YamlValue &&body, const QString &file, int line,
                                       const QString &source)
{
    Object o;
    o.source = source;
    o.kind = str(body.find(k("kind")));
    o.name = str(at(body, {"metadata", "name"}));
    o.ns = str(at(body, {"metadata", "namespace"}));
    o.file = file;
    o.line = line;
    if (o.kind.isEmpty() || o.name.isEmpty()) {
        warn(tr("skipped a document without kind or metadata.name"), file, line);
        return;
    }
    if (isClusterScoped(o.kind))
        o.ns.clear();
    o.catalogKind = catalogKindFor(o.kind);
    const QString kindKey = o.catalogKind.isEmpty() ? o.kind.toUpper() : o.catalogKind;
    o.nodeId = (o.ns.isEmpty() ? QString() : o.ns + QLatin1Char('/')) + kindKey.toLower()
               + QLatin1Char('/') + o.name;
    if (m_objectById.contains(o.nodeId)) {
        warn(tr("%1 \"%2\" is defined twice; the second definition was skipped").arg(o.kind, o.name),
             file, line, o.nodeId);
        return;
    }
    o.body = std::move(body);
    m_objectById.insert(o.nodeId, int(m_objects.size()));
    m_objects.append(std::move(o));
}

ImportResult KubernetesYamlImporter::finish(const QString &graphName)
{
    const NodeKindCatalog &catalog = NodeKindCatalog::instance();
    ImportResult result;
    result.graph.name = graphName;
    result.files = m_files;
    if (!m_sources.isEmpty())
        result.graph.metadata.insert(ImportSourcesKey, m_sources);
    QList<Error> &warnings = m_warnings;

    // Lookup by (kind, namespace, name); objects without a namespace live in "default".
    QHash<QString, int> byRef;
    auto refKey = [](const QString &kind, const QString &ns, const QString &name) -> QString {
        return kind.toUpper() + QLatin1Char('|') + ns + QLatin1Char('|') + name;
    };
    for (int i = 0; i < m_objects.size(); ++i) {
        const Object &o = m_objects.at(i);
        byRef.insert(refKey(o.kind, isClusterScoped(o.kind) ? QString() : effectiveNamespace(o.ns),
                            o.name),
                     i);
    }

    // A generated folder's report groups the objects of one node back into that node (a
    // Microservice's Deployment and Service, a Database's StatefulSet, Service and Secret).
    QHash<QString, QString> groupOf;         // object node id → group node id
    QHash<QString, QList<int>> groupMembers; // group node id → object indices, in import order
    QHash<QString, QString> groupKind;
    if (!m_reportNodes.isEmpty()) {
        for (int i = 0; i < m_objects.size(); ++i) {
            const Object &o = m_objects.at(i);
            const auto it = m_reportNodes.constFind(o.kind + QLatin1Char('|') + o.ns
                                                    + QLatin1Char('|') + o.name);
            if (it == m_reportNodes.cend() || !catalog.kind(it->kind))
                continue;
            QString id = it->id;
            if (m_objectById.contains(id) && m_objectById.value(id) != i)
                id = k("report/") + id; // never the id of another imported object
            groupOf.insert(o.nodeId, id);
            groupMembers[id].append(i);
            groupKind.insert(id, catalog.kind(it->kind)->id);
        }
    }
    auto nodeIdOf = [&](const QString &objectNodeId) {
        return groupOf.value(objectNodeId, objectNodeId);
    };

    // Namespace containers: a Namespace object where there is one, else a frame made up for it
    // that generates nothing (the manifests did not have the Namespace object either).
    QHash<QString, QString> containerOf;
    for (const Object &o : std::as_const(m_objects)) {
        if (o.kind == QLatin1String("Namespace"))
            containerOf.insert(o.name, nodeIdOf(o.nodeId));
    }
    QList<Node> madeUpNamespaces;
    for (const Object &o : std::as_const(m_objects)) {
        if (o.ns.isEmpty() || containerOf.contains(o.ns))
            continue;
        Node ns;
        ns.id = k("namespace/") + o.ns;
        ns.kind = k("NAMESPACE");
        ns.name = o.ns;
        ns.properties.insert(ImportedNode::SourceKey, o.file);
        containerOf.insert(o.ns, ns.id);
        madeUpNamespaces.append(ns);
    }
    result.graph.nodes = madeUpNamespaces;

    // Nodes: what the catalog understands as properties, the whole object as the node's base.
    YamlWriter writer;
    auto sourceOf = [&](const Object &o) {
        return o.source.isEmpty() ? QString::fromUtf8(writer.document(o.body)) : o.source;
    };
    QSet<QString> groupsDone;
    for (int index = 0; index < m_objects.size(); ++index) {
        const Object &o = m_objects.at(index);
        if (o.kind == QLatin1String("Secret")
            && (o.body.find(k("data")) || o.body.find(k("stringData"))))
            warn(tr("Secret \"%1\": its values are kept in the graph (as in the manifests); keep "
                    "the graph file where the manifests were")
                         .arg(o.name),
                 o.file, o.line, nodeIdOf(o.nodeId));
        Node n;
        const QString group = groupOf.value(o.nodeId);
        if (!group.isEmpty()) {
            if (groupsDone.contains(group))
                continue;
            groupsDone.insert(group);
            // The workload (else the first object) comes first: its properties are the node's.
            QList<int> members = groupMembers.value(group);
            const auto primary = std::find_if(members.begin(), members.end(), [&](int i) {
                return isWorkloadKind(m_objects.at(i).kind);
            });
            if (primary != members.end())
                std::rotate(members.begin(), primary, primary + 1);
            const Object &main = m_objects.at(members.first());
            n.id = group;
            n.kind = groupKind.value(group);
            n.name = main.name; // the generated name: the node gives it back unchanged
            n.parent = containerOf.value(main.ns);
            n.properties = ObjectProperties::read(main.body, catalog.kind(n.kind));
            QStringList sources;
            for (int i : std::as_const(members)) {
                QString text = sourceOf(m_objects.at(i));
                if (!text.endsWith(QLatin1Char('\n')))
                    text += QLatin1Char('\n');
                sources << text;
            }
            n.properties.insert(ImportedNode::ManifestKey, sources.join(QStringLiteral("---\n")));
            n.properties.insert(ImportedNode::SourceKey,
                                QString(main.file + QLatin1Char(':') + QString::number(main.line)));
            result.objectCount += int(members.size());
            result.graph.nodes.append(std::move(n));
            continue;
        }
        n.id = o.nodeId;
        n.kind = o.catalogKind.isEmpty() ? o.kind.toUpper() : o.catalogKind;
        n.name = o.name;
        n.parent = containerOf.value(o.ns);
        const NodeKindInfo *kind = catalog.kind(n.kind);
        n.properties = ObjectProperties::read(o.body, kind);
        n.properties.insert(ImportedNode::ManifestKey, sourceOf(o));
        n.properties.insert(ImportedNode::SourceKey,
                            QString(o.file + QLatin1Char(':') + QString::number(o.line)));
        if (!kind)
            warn(tr("%1 \"%2\" has no form in the catalog: kept as YAML and generated unchanged")
                         .arg(o.kind, o.name),
                 o.file, o.line, o.nodeId);
        result.graph.nodes.append(std::move(n));
        ++result.objectCount;
    }

    // Edges: the references between objects.
    QSet<QString> edgeKeys;
    auto addEdge = [&](const QString &fromObject, const QString &toObject, const QString &type,
                       const QVariantMap &props = {}) {
        const QString from = nodeIdOf(fromObject);
        const QString to = nodeIdOf(toObject);
        const QString key = from + QLatin1Char('>') + to + QLatin1Char('>') + type;
        if (from == to || edgeKeys.contains(key))
            return;
        edgeKeys.insert(key);
        Edge e;
        e.id = QStringLiteral("e%1").arg(result.graph.edges.size() + 1);
        e.source = from;
        e.target = to;
        e.connectionType = type;
        e.properties = props;
        result.graph.edges.append(std::move(e));
    };
    auto resolve = [&](const Object &from, const QString &kind, const QString &name,
                       const QString &ns = QString()) -> QString {
        if (name.isEmpty())
            return {};
        const QString scope = isClusterScoped(kind)
                                      ? QString()
                                      : effectiveNamespace(ns.isEmpty() ? from.ns : ns);
        const int i = byRef.value(refKey(kind, scope, name), -1);
        if (i >= 0)
            return m_objects.at(i).nodeId;
        warn(tr("%1 \"%2\" refers to %3 \"%4\", which is not in the imported files")
                     .arg(from.kind, from.name, kind, name),
             from.file, from.line, nodeIdOf(from.nodeId));
        return {};
    };
    // Label selectors → workloads. The pod labels of every workload are read once and indexed
    // per namespace by "key=value", so that a selector only looks at the workloads carrying the
    // rarest of its labels; selectors written the same way in a namespace are resolved once.
    // The edges drawn and the work spent are capped (ImportLimits), so N Services × M workloads
    // with the same labels cost neither N × M edges nor N × M comparisons.
    struct Workloads
    {
        QList<int> all;                     // object indices, in import order
        QHash<QString, QList<int>> byLabel; // "key\0value" → object indices, in import order
    };
    QHash<QString, Workloads> workloadsByNs;
    QHash<int, QVariantMap> podLabels;
    for (int i = 0; i < m_objects.size(); ++i) {
        const Object &w = m_objects.at(i);
        if (!isWorkloadKind(w.kind))
            continue;
        const QVariantMap labels = stringMap(
                at(ObjectProperties::podTemplate(w.body), {"metadata", "labels"}));
        Workloads &ns = workloadsByNs[effectiveNamespace(w.ns)];
        ns.all.append(i);
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            ns.byLabel[it.key() + QChar() + it.value().toString()].append(i);
        podLabels.insert(i, labels);
    }
    QHash<QString, QList<int>> matchesOf; // namespace + selector → matching workloads
    qint64 checksLeft = m_limits.maxSelectorChecks;
    int selectorEdges = 0;
    qint64 edgesNotDrawn = 0;
    const Object *firstNotDrawn = nullptr;
    const Object *firstUnresolved = nullptr;
    int unresolved = 0;
    auto selectWorkloads = [&](const Object &from, const QVariantMap &selector,
                               const QString &type) {
        if (selector.isEmpty())
            return;
        const QString ns = effectiveNamespace(from.ns);
        QString cacheKey = QString::number(ns.size()) + QLatin1Char(':') + ns;
        for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
            const QString value = it.value().toString();
            cacheKey += QLatin1Char('|') + QString::number(it.key().size()) + QLatin1Char(':')
                        + it.key() + QString::number(value.size()) + QLatin1Char(':') + value;
        }
        auto cached = matchesOf.constFind(cacheKey);
        if (cached == matchesOf.cend()) {
            const Workloads &workloads = workloadsByNs[ns];
            // The candidates: the workloads with the rarest label of the selector. An empty
            // value also matches a workload without that label, so such labels narrow nothing.
            const QList<int> *candidates = &workloads.all;
            static const QList<int> noWorkloads;
            for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
                const QString value = it.value().toString();
                if (value.isEmpty())
                    continue;
                const auto posting = workloads.byLabel.constFind(it.key() + QChar() + value);
                const QList<int> *list = posting == workloads.byLabel.cend() ? &noWorkloads
                                                                             : &posting.value();
                if (list->size() < candidates->size())
                    candidates = list;
            }
            if (qint64(candidates->size()) * selector.size() > checksLeft) {
                if (!firstUnresolved)
                    firstUnresolved = &from;
                ++unresolved;
                checksLeft = 0;
                return;
            }
            checksLeft -= qint64(candidates->size()) * selector.size();
            QList<int> matches;
            for (int i : *candidates) {
                if (selectorMatches(selector, podLabels.value(i)))
                    matches.append(i);
            }
            cached = matchesOf.insert(cacheKey, matches);
        }
        const QList<int> &matches = cached.value();
        for (int i : matches) {
            if (selectorEdges >= m_limits.maxSelectorEdges) {
                if (!firstNotDrawn)
                    firstNotDrawn = &from;
                edgesNotDrawn += 1;
                continue;
            }
            const int before = int(result.graph.edges.size());
            addEdge(from.nodeId, m_objects.at(i).nodeId, type);
            if (result.graph.edges.size() > before)
                ++selectorEdges;
        }
        if (matches.isEmpty())
            warn(tr("the selector of %1 \"%2\" matches no imported workload")
                         .arg(from.kind, from.name),
                 from.file, from.line, nodeIdOf(from.nodeId));
    };

    for (const Object &o : std::as_const(m_objects)) {
        const YamlValue *spec = o.body.find(k("spec"));
        if (o.kind == QLatin1String("Service")) {
            selectWorkloads(o, stringMap(at(spec, {"selector"})), k("SERVICE_EXPOSES_POD"));
        } else if (o.kind == QLatin1String("NetworkPolicy")) {
            selectWorkloads(o, stringMap(at(spec, {"podSelector", "matchLabels"})), k("ISOLATES"));
        } else if (o.kind == QLatin1String("PodDisruptionBudget")) {
            selectWorkloads(o, stringMap(at(spec, {"selector", "matchLabels"})), k("SCALES"));
        } else if (o.kind == QLatin1String("Ingress")) {
            QStringList services;
            QSet<QString> seenServices;
            auto backend = [&](const YamlValue *b) {
                QString name = str(at(b, {"service", "name"}));
                if (name.isEmpty())
                    name = str(at(b, {"serviceName"})); // extensions/v1beta1
                if (!name.isEmpty() && !seenServices.contains(name)) {
                    seenServices.insert(name);
                    services << name;
                }
            };
            backend(at(spec, {"defaultBackend"}));
            backend(at(spec, {"backend"}));
            for (const YamlValue &rule : list(at(spec, {"rules"}))) {
                for (const YamlValue &p : list(at(rule, {"http", "paths"})))
                    backend(at(p, {"backend"}));
            }
            for (const QString &svc : std::as_const(services)) {
                const QString target = resolve(o, k("Service"), svc);
                if (!target.isEmpty())
                    addEdge(o.nodeId, target, k("ROUTES_TO"));
            }
        } else if (o.kind == QLatin1String("HorizontalPodAutoscaler")) {
            const QString target = resolve(o, str(at(spec, {"scaleTargetRef", "kind"})),
                                           str(at(spec, {"scaleTargetRef", "name"})));
            if (!target.isEmpty())
                addEdge(o.nodeId, target, k("SCALES"));
        } else if (o.kind == QLatin1String("RoleBinding")
                   || o.kind == QLatin1String("ClusterRoleBinding")) {
            const QString role = resolve(o, str(at(o.body, {"roleRef", "kind"})),
                                         str(at(o.body, {"roleRef", "name"})));
            if (!role.isEmpty())
                addEdge(o.nodeId, role, k("BINDS"));
            for (const YamlValue &subject : list(o.body.find(k("subjects")))) {
                const QString kind = str(at(subject, {"kind"}));
                if (kind != QLatin1String("ServiceAccount"))
                    continue; // users and groups live outside the cluster; kept in the object
                const QString sa = resolve(o, kind, str(at(subject, {"name"})),
                                           str(at(subject, {"namespace"})));
                if (!sa.isEmpty())
                    addEdge(o.nodeId, sa, k("BINDS"));
            }
        } else if (o.kind == QLatin1String("PersistentVolumeClaim")) {
            const QString sc = str(at(spec, {"storageClassName"}));
            const int scIndex = byRef.value(refKey(k("StorageClass"), QString(), sc), -1);
            if (scIndex >= 0) // a storage class is usually the cluster's, so no warning
                addEdge(o.nodeId, m_objects.at(scIndex).nodeId, k("CLAIMS"));
            const QString volume = str(at(spec, {"volumeName"}));
            if (!volume.isEmpty()) {
                const QString pv = resolve(o, k("PersistentVolume"), volume);
                if (!pv.isEmpty())
                    addEdge(o.nodeId, pv, k("CLAIMS"));
            }
        } else if ((o.kind == QLatin1String("ResourceQuota")
                    || o.kind == QLatin1String("LimitRange"))
                   && containerOf.contains(o.ns)) {
            addEdge(o.nodeId, containerOf.value(o.ns), k("LIMITS"));
        }

        if (!isWorkloadKind(o.kind))
            continue;
        const YamlValue *pod = at(ObjectProperties::podTemplate(o.body), {"spec"});
        QHash<QString, QString> mountPathOf; // volume name → first mount path
        for (const char *group : {"containers", "initContainers"}) {
            for (const YamlValue &c : list(at(pod, {group}))) {
                for (const YamlValue &e : list(at(c, {"envFrom"}))) {
                    const QString cm = resolve(o, k("ConfigMap"),
                                               str(at(e, {"configMapRef", "name"})));
                    if (!cm.isEmpty())
                        addEdge(o.nodeId, cm, k("REQUIRES"));
                    const QString secret = resolve(o, k("Secret"),
                                                   str(at(e, {"secretRef", "name"})));
                    if (!secret.isEmpty())
                        addEdge(o.nodeId, secret, k("REQUIRES"));
                }
                for (const YamlValue &e : list(at(c, {"env"}))) {
                    const QString cm = resolve(o, k("ConfigMap"),
                                               str(at(e, {"valueFrom", "configMapKeyRef", "name"})));
                    if (!cm.isEmpty())
                        addEdge(o.nodeId, cm, k("REQUIRES"));
                    const QString secret = resolve(o, k("Secret"),
                                                   str(at(e,
                                                          {"valueFrom", "secretKeyRef", "name"})));
                    if (!secret.isEmpty())
                        addEdge(o.nodeId, secret, k("REQUIRES"));
                }
                for (const YamlValue &mount : list(at(c, {"volumeMounts"}))) {
                    const QString volume = str(at(mount, {"name"}));
                    if (!mountPathOf.contains(volume))
                        mountPathOf.insert(volume, str(at(mount, {"mountPath"})));
                }
            }
        }
        for (const YamlValue &v : list(at(pod, {"volumes"}))) {
            const QString volume = str(at(v, {"name"}));
            QVariantMap props;
            if (!mountPathOf.value(volume).isEmpty())
                props.insert(k("mountPath"), mountPathOf.value(volume));
            const QString cm = resolve(o, k("ConfigMap"), str(at(v, {"configMap", "name"})));
            if (!cm.isEmpty())
                addEdge(o.nodeId, cm, k("REQUIRES"), props);
            const QString secret = resolve(o, k("Secret"), str(at(v, {"secret", "secretName"})));
            if (!secret.isEmpty())
                addEdge(o.nodeId, secret, k("REQUIRES"), props);
            const QString pvc = resolve(o, k("PersistentVolumeClaim"),
                                        str(at(v, {"persistentVolumeClaim", "claimName"})));
            if (!pvc.isEmpty())
                addEdge(o.nodeId, pvc, k("MOUNTS"), props);
        }
        QString account = str(at(pod, {"serviceAccountName"}));
        if (account.isEmpty())
            account = str(at(pod, {"serviceAccount"}));
        if (!account.isEmpty() && account != QLatin1String("default")) {
            const QString sa = resolve(o, k("ServiceAccount"), account);
            if (!sa.isEmpty())
                addEdge(o.nodeId, sa, k("AUTHENTICATES"));
        }
    }

    if (firstNotDrawn)
        warn(tr("%1 edges from label selectors to workloads were left out: an import draws at "
                "most %2 of them")
                     .arg(edgesNotDrawn)
                     .arg(m_limits.maxSelectorEdges),
             firstNotDrawn->file, firstNotDrawn->line, nodeIdOf(firstNotDrawn->nodeId));
    if (firstUnresolved)
        warn(tr("%1 label selectors were not resolved: they would take more than %2 label "
                "comparisons")
                     .arg(unresolved)
                     .arg(m_limits.maxSelectorChecks),
             firstUnresolved->file, firstUnresolved->line, nodeIdOf(firstUnresolved->nodeId));

    applyLayout(result.graph, arrangeLayered(result.graph));
    result.warnings = warnings;
    return result;
}

Result<ImportResult> KubernetesYamlImporter::importPaths(const QStringList &paths,
                                                         const QString &graphName,
                                                         ImportLimits limits)
{
    // A Compose project (a compose file, or a folder holding one and no kustomization) is read
    // by the Compose importer.
    if (paths.size() == 1) {
        const QString compose = ComposeImporter::composeFileOf(paths.first());
        if (!compose.isEmpty()
            && (QFileInfo(paths.first()).isFile()
                || ManifestRenderer::kustomizationFile(paths.first()).isEmpty()))
            return ComposeImporter::importFile(compose, graphName);
    }
    KubernetesYamlImporter importer(limits);
    for (const QString &path : paths) {
        if (Status s = importer.addPath(path); !s)
            return s.error();
    }
    return importer.finish(graphName);
}

} // namespace kg::io
