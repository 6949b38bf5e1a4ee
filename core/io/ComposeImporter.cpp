#include "io/ComposeImporter.h"

#include "io/JsonSupport.h"
#include "io/YamlSupport.h"
#include "layout/LayeredLayout.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace kg::io {

namespace {

QString k(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QString text(const YamlValue *v)
{
    return v && v->isScalar() && !v->isNull() ? v->scalarText() : QString();
}

// A Kubernetes-style name from a Compose name ("my_app" → "my-app").
QString dnsName(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(63).isEmpty() ? k("app") : out.left(63);
}

bool looksSecret(const QString &name)
{
    static const QRegularExpression secret(
            QStringLiteral("(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL|_PASS$|"
                           "_KEY$|^PASS$)"),
            QRegularExpression::CaseInsensitiveOption);
    // NAME_FILE holds the path of a mounted secret (the convention of many images), not a value.
    return secret.match(name).hasMatch()
           && !name.endsWith(QLatin1String("_FILE"), Qt::CaseInsensitive);
}

// "512M" / "1g" / "1.5GB" / 268435456 → a Kubernetes quantity; empty when not understood.
QString memoryQuantity(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+(\\.[0-9]+)?)\\s*([kmgt]?)b?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(value.trimmed());
    if (!m.hasMatch())
        return {};
    const QString unit = m.captured(3).toLower();
    if (unit.isEmpty())
        return m.captured(1); // bytes
    return m.captured(1) + unit.toUpper() + QLatin1Char('i');
}

// "0.5" → "500m", "2" → "2".
QString cpuQuantity(const QString &value)
{
    bool ok = false;
    const double cpus = value.trimmed().toDouble(&ok);
    if (!ok || cpus <= 0 || cpus > 1024)
        return {};
    const qint64 millis = qint64(cpus * 1000 + 0.5);
    return millis % 1000 == 0 ? QString::number(millis / 1000) : QString::number(millis) + k("m");
}

struct PortSpec
{
    int target = 0;
    int published = 0;
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(kg::io::ComposeImporter)

public:
    Reader(const QString &file, const QString &baseDir)
        : m_file(file)
        , m_baseDir(baseDir)
    {
        const QString dotEnv = QDir(baseDir).filePath(k(".env"));
        if (!baseDir.isEmpty() && QFileInfo(dotEnv).isFile()) {
            m_files << dotEnv;
            m_env = readEnvFile(dotEnv, QString());
        }
    }

    Result<ImportResult> read(const YamlValue &root, const QByteArray &data, const QString &name);

private:
    void warn(const QString &message, const QString &nodeId = {})
    {
        Location loc{m_file};
        loc.nodeId = nodeId;
        m_warnings.append(Error(message, loc));
    }

    // ${VAR}, ${VAR:-default}, ${VAR-default}, $VAR and $$ from the project's .env.
    QString interpolate(const QString &in, const QString &nodeId)
    {
        if (!in.contains(QLatin1Char('$')))
            return in;
        static const QRegularExpression re(
                QStringLiteral("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\\}|\\$(["
                               "A-Za-z_][A-Za-z0-9_]*)"));
        QString out;
        qsizetype from = 0;
        auto it = re.globalMatch(in);
        while (it.hasNext()) {
            const auto m = it.next();
            out += in.mid(from, m.capturedStart() - from);
            from = m.capturedEnd();
            if (m.captured(0) == QLatin1String("$$")) {
                out += QLatin1Char('$');
                continue;
            }
            const QString var = m.captured(1).isEmpty() ? m.captured(4) : m.captured(1);
            const QString op = m.captured(2);
            const bool set = m_env.contains(var);
            const QString value = m_env.value(var);
            if (op.startsWith(QLatin1Char(':')) ? (set && !value.isEmpty()) : set) {
                out += value;
            } else if (op.endsWith(QLatin1Char('-'))) {
                out += m.captured(3);
            } else {
                warn(tr("${%1} is not set in the project's .env; left empty").arg(var), nodeId);
            }
        }
        out += in.mid(from);
        return out;
    }

    QHash<QString, QString> readEnvFile(const QString &path, const QString &nodeId)
    {
        QHash<QString, QString> out;
        if (!QFileInfo(path).isFile()) { // never a device or a pipe: reading one could block
            warn(tr("env_file %1 is not a file; skipped").arg(path), nodeId);
            return out;
        }
        auto data = readFile(path, 1024 * 1024);
        if (!data) {
            warn(tr("env_file %1 cannot be read: %2").arg(path, data.error().message), nodeId);
            return out;
        }
        const QList<QByteArray> lines = data->split('\n');
        for (const QByteArray &raw : lines) {
            QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            if (line.startsWith(QLatin1String("export ")))
                line = line.mid(7).trimmed();
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq <= 0)
                continue;
            QString value = line.mid(eq + 1).trimmed();
            if (value.size() >= 2
                && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
                    || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))))
                value = value.mid(1, value.size() - 2);
            out.insert(line.left(eq).trimmed(), value);
        }
        return out;
    }

    QString resolve(const QString &relative) const
    {
        return QFileInfo(relative).isAbsolute() ? relative : QDir(m_baseDir).filePath(relative);
    }

    Node &addNode(const QString &id, const QString &kind, const QString &name)
    {
        Node n;
        n.id = id;
        n.kind = kind;
        n.name = name;
        n.parent = m_frame;
        m_nodeIds.insert(id);
        m_graph.nodes.append(n);
        return m_graph.nodes.last();
    }

    void addEdge(const QString &from, const QString &to, const QString &type,
                 const QVariantMap &props = {})
    {
        const QString key = from + QLatin1Char('>') + to + QLatin1Char('>') + type;
        if (from == to || m_edgeKeys.contains(key))
            return;
        m_edgeKeys.insert(key);
        Edge e;
        e.id = QStringLiteral("e%1").arg(m_graph.edges.size() + 1);
        e.source = from;
        e.target = to;
        e.connectionType = type;
        e.properties = props;
        m_graph.edges.append(std::move(e));
    }

    QList<PortSpec> ports(const YamlValue &service, const QString &nodeId);
    void readService(const QString &name, const YamlValue &service, const YamlValue &root);

    QString m_file;
    QString m_baseDir;
    QHash<QString, QString> m_env;
    QStringList m_files;
    QList<Error> m_warnings;
    GraphData m_graph;
    QString m_frame;
    QSet<QString> m_edgeKeys;
    QSet<QString> m_nodeIds; // every node added, so that a lookup is a hash, not a scan
    QHash<QString, QString> m_serviceFront;                // service → its SERVICE node id
    QList<std::pair<QString, QStringList>> m_dependencies; // workload id → services it needs
};

QList<PortSpec> Reader::ports(const YamlValue &service, const QString &nodeId)
{
    QList<PortSpec> out;
    const YamlValue *list = service.find(k("ports"));
    for (const YamlValue &p :
         list && list->isSequence() ? list->items() : std::vector<YamlValue>()) {
        PortSpec spec;
        if (p.isMap()) {
            spec.target = text(p.find(k("target"))).toInt();
            spec.published = text(p.find(k("published"))).section(QLatin1Char('-'), 0, 0).toInt();
        } else {
            QString s = interpolate(text(&p), nodeId);
            s = s.section(QLatin1Char('/'), 0, 0);
            const QStringList parts = s.split(QLatin1Char(':'));
            const QString target = parts.last();
            if (target.contains(QLatin1Char('-'))) {
                warn(tr("port range %1 is not mapped; list the ports one by one").arg(text(&p)),
                     nodeId);
                continue;
            }
            spec.target = target.toInt();
            if (parts.size() >= 2)
                spec.published = parts.at(parts.size() - 2).toInt();
        }
        if (spec.target <= 0 || spec.target > 65535) {
            warn(tr("port %1 is not understood").arg(text(&p)), nodeId);
            continue;
        }
        out << spec;
    }
    if (const YamlValue *expose = service.find(k("expose")); expose && expose->isSequence()) {
        for (const YamlValue &p : expose->items()) {
            const int port = text(&p).section(QLatin1Char('/'), 0, 0).toInt();
            if (port > 0 && port <= 65535)
                out << PortSpec{port, 0};
        }
    }
    return out;
}

void Reader::readService(const QString &name, const YamlValue &service, const YamlValue &root)
{
    const QString id = k("compose/") + name;
    static const QSet<QString> mapped{k("image"),      k("build"),       k("command"),
                                      k("entrypoint"), k("environment"), k("env_file"),
                                      k("ports"),      k("expose"),      k("healthcheck"),
                                      k("deploy"),     k("volumes"),     k("depends_on"),
                                      k("links"),      k("secrets"),     k("configs"),
                                      k("labels")};
    // Keys with no Kubernetes counterpart, and why.
    static const QHash<QString, QString> reasons{
            {k("network_mode"), tr("pods use the cluster network")},
            {k("networks"), tr("pods share the cluster network; restrict traffic with "
                               "NetworkPolicies")},
            {k("privileged"), tr("a privileged container must be allowed explicitly; add a "
                                 "securityContext in the generated YAML if it is really needed")},
            {k("cap_add"), tr("capabilities belong in the container's securityContext")},
            {k("devices"), tr("host devices are not available to pods this way")},
            {k("pid"), tr("host PID namespaces need hostPID, which is not generated")},
            {k("ipc"), tr("host IPC namespaces need hostIPC, which is not generated")},
            {k("extra_hosts"), tr("use hostAliases in the generated YAML")},
            {k("dns"), tr("pods use the cluster DNS")},
            {k("profiles"), tr("every service is imported")},
            {k("user"), tr("the engine runs containers as a non-root user")},
            {k("restart"), tr("Kubernetes restarts failed containers itself")},
            {k("container_name"), tr("object names come from the service name")},
    };
    const bool stateful = [&] {
        const YamlValue *vols = service.find(k("volumes"));
        const YamlValue *named = root.find(k("volumes"));
        if (!vols || !vols->isSequence())
            return false;
        for (const YamlValue &v : vols->items()) {
            const QString source = v.isMap() ? text(v.find(k("source")))
                                             : text(&v).section(QLatin1Char(':'), 0, 0);
            const QString type = v.isMap() ? text(v.find(k("type"))) : QString();
            if ((type.isEmpty() || type == QLatin1String("volume")) && named && named->isMap()
                && named->find(source))
                return true;
        }
        return false;
    }();
    // The workload's properties are collected here and stored at the end: adding the nodes it
    // needs (its Service, Secret, claims) grows the node list, which would leave a reference
    // into it dangling (found by fuzzing).
    const qsizetype nodeIndex = m_graph.nodes.size();
    addNode(id, stateful ? k("STATEFULSET") : k("DEPLOYMENT"), dnsName(name));
    QVariantMap props;

    for (const auto &entry : service.entries()) {
        if (mapped.contains(entry.first) || entry.first.startsWith(QLatin1String("x-")))
            continue;
        warn(tr("service %1: %2 is not mapped (%3)")
                     .arg(name, entry.first,
                          reasons.value(entry.first, tr("no Kubernetes counterpart"))),
             id);
    }

    const QString image = interpolate(text(service.find(k("image"))), id);
    if (!image.isEmpty())
        props.insert(k("image"), image);
    else
        warn(tr("service %1 has no image (it is only built): build and push the image, then set "
                "it on the node")
                     .arg(name),
             id);
    if (!image.isEmpty() && service.find(k("build")))
        warn(tr("service %1: build is not mapped; the image %2 is used").arg(name, image), id);

    auto commandList = [&](const char *key) {
        QStringList out;
        const YamlValue *v = service.find(k(key));
        if (v && v->isSequence()) {
            for (const YamlValue &item : v->items())
                out << interpolate(text(&item), id);
        } else if (v && v->isScalar() && !v->isNull()) {
            // The shell form: split at blanks, as Compose does without a shell.
            out = interpolate(text(v), id).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        return out;
    };
    if (const QStringList entrypoint = commandList("entrypoint"); !entrypoint.isEmpty())
        props.insert(k("command"), entrypoint);
    if (const QStringList command = commandList("command"); !command.isEmpty())
        props.insert(k("args"), command);

    // Environment: env_file first, then environment (which wins, as in Compose).
    QVariantMap env;
    if (const YamlValue *files = service.find(k("env_file"))) {
        QList<YamlValue> items;
        if (files->isSequence())
            items = QList<YamlValue>(files->items().begin(), files->items().end());
        else
            items << *files;
        for (const YamlValue &f : std::as_const(items)) {
            const QString path = resolve(f.isMap() ? text(f.find(k("path"))) : text(&f));
            m_files << path;
            const auto values = readEnvFile(path, id);
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                env.insert(it.key(), it.value());
        }
    }
    if (const YamlValue *e = service.find(k("environment"))) {
        if (e->isMap()) {
            for (const auto &entry : e->entries()) {
                if (entry.second.isNull()) {
                    if (m_env.contains(entry.first))
                        env.insert(entry.first, m_env.value(entry.first));
                    else
                        warn(tr("service %1: %2 takes its value from the shell; it is not set in "
                                "the project's .env and is left empty")
                                     .arg(name, entry.first),
                             id);
                    continue;
                }
                env.insert(entry.first, interpolate(entry.second.scalarText(), id));
            }
        } else if (e->isSequence()) {
            for (const YamlValue &item : e->items()) {
                const QString line = text(&item);
                const qsizetype eq = line.indexOf(QLatin1Char('='));
                if (eq < 0) {
                    if (m_env.contains(line))
                        env.insert(line, m_env.value(line));
                    continue;
                }
                env.insert(line.left(eq), interpolate(line.mid(eq + 1), id));
            }
        }
    }
    QStringList secretKeys;
    for (auto it = env.begin(); it != env.end();) {
        if (looksSecret(it.key())) {
            secretKeys << it.key();
            it = env.erase(it);
        } else {
            ++it;
        }
    }
    if (!env.isEmpty())
        props.insert(k("env"), env);
    if (!secretKeys.isEmpty()) {
        const QString secretId = id + k("-env-secret");
        Node &s = addNode(secretId, k("SECRET"), dnsName(name) + k("-env"));
        secretKeys.sort();
        s.properties.insert(k("keys"), secretKeys);
        addEdge(id, secretId, k("REQUIRES"));
        warn(tr("service %1: %2 moved to the Secret %3 (values are not kept: set them at deploy "
                "time)")
                     .arg(name, secretKeys.join(QStringLiteral(", ")), s.name),
             id);
    }

    // Ports: the workload's container ports; a Service in front when any is published or exposed.
    const QList<PortSpec> portList = ports(service, id);
    QVariantList containerPorts;
    for (const PortSpec &p : portList) {
        if (!containerPorts.contains(p.target))
            containerPorts << p.target;
    }
    if (!containerPorts.isEmpty())
        props.insert(k("ports"), containerPorts);
    // A StatefulSet gets its own (headless) Service from the engine; others a SERVICE node.
    if (!containerPorts.isEmpty() && !stateful) {
        const QString frontId = id + k("-service");
        Node &front = addNode(frontId, k("SERVICE"), dnsName(name));
        const PortSpec first = portList.first();
        front.properties.insert(k("port"), first.published > 0 ? first.published : first.target);
        front.properties.insert(k("targetPort"), first.target);
        addEdge(frontId, id, k("SERVICE_EXPOSES_POD"));
        m_serviceFront.insert(name, frontId);
        if (containerPorts.size() > 1)
            warn(tr("service %1: its Service exposes port %2 only; the other ports stay container "
                    "ports of the workload")
                         .arg(name)
                         .arg(first.target),
                 id);
    }

    // Healthcheck: an HTTP check on the container becomes the health path of its probes.
    if (const YamlValue *hc = service.find(k("healthcheck")); hc && hc->isMap()) {
        const YamlValue *disabled = hc->find(k("disable"));
        if (!(disabled && disabled->type() == YamlValue::Type::Bool && disabled->toBool())) {
            QString test;
            const YamlValue *t = hc->find(k("test"));
            if (t && t->isSequence()) {
                QStringList parts;
                for (const YamlValue &item : t->items())
                    parts << text(&item);
                test = parts.join(QLatin1Char(' '));
            } else {
                test = text(t);
            }
            static const QRegularExpression url(
                    QStringLiteral("https?://(localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0)(:[0-9]+)?"
                                   "(/[^\\s'\"|;&]*)"));
            const auto m = url.match(test);
            if (m.hasMatch())
                props.insert(k("healthPath"), m.captured(3));
            else if (!test.isEmpty())
                warn(tr("service %1: the healthcheck \"%2\" is not an HTTP check; the engine's TCP "
                        "probes are used instead")
                             .arg(name, test.left(120)),
                     id);
        }
    }

    // deploy: replicas and resources.
    if (const YamlValue *deploy = service.find(k("deploy")); deploy && deploy->isMap()) {
        if (const YamlValue *r = deploy->find(k("replicas")); r && r->type() == YamlValue::Type::Int)
            props.insert(k("replicas"), r->toInt());
        const YamlValue *limits = deploy->at({"resources", "limits"});
        const YamlValue *reservations = deploy->at({"resources", "reservations"});
        auto take = [&](const YamlValue *section, const char *cpuKey, const char *memoryKey) {
            if (!section || !section->isMap())
                return;
            const QString cpu = cpuQuantity(text(section->find(k("cpus"))));
            const QString memory = memoryQuantity(text(section->find(k("memory"))));
            if (!cpu.isEmpty())
                props.insert(k(cpuKey), cpu);
            if (!memory.isEmpty())
                props.insert(k(memoryKey), memory);
        };
        take(limits, "cpuLimit", "memoryLimit");
        take(reservations, "cpuRequest", "memoryRequest");
        for (const auto &entry : deploy->entries()) {
            if (entry.first != QLatin1String("replicas")
                && entry.first != QLatin1String("resources"))
                warn(tr("service %1: deploy.%2 is not mapped").arg(name, entry.first), id);
        }
    }

    // Labels.
    if (const YamlValue *labels = service.find(k("labels"))) {
        QVariantMap out;
        if (labels->isMap()) {
            for (const auto &entry : labels->entries())
                out.insert(entry.first, entry.second.scalarText());
        } else if (labels->isSequence()) {
            for (const YamlValue &item : labels->items()) {
                const QString line = text(&item);
                out.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
            }
        }
        if (!out.isEmpty())
            props.insert(k("labels"), out);
    }

    // Volumes: named ones are claims, binds and tmpfs have no counterpart.
    const YamlValue *namedVolumes = root.find(k("volumes"));
    bool claimUsed = false;
    if (const YamlValue *vols = service.find(k("volumes")); vols && vols->isSequence()) {
        for (const YamlValue &v : vols->items()) {
            QString type, source, target;
            if (v.isMap()) {
                type = text(v.find(k("type")));
                source = text(v.find(k("source")));
                target = text(v.find(k("target")));
            } else {
                const QStringList parts = interpolate(text(&v), id).split(QLatin1Char(':'));
                if (parts.size() == 1) {
                    target = parts.first();
                } else {
                    source = parts.at(0);
                    target = parts.at(1);
                }
            }
            const bool named = namedVolumes && namedVolumes->isMap() && !source.isEmpty()
                               && namedVolumes->find(source);
            if (type == QLatin1String("tmpfs")) {
                warn(tr("service %1: tmpfs %2 is not mapped (an emptyDir volume)").arg(name, target),
                     id);
                continue;
            }
            if (!named) {
                warn(tr("service %1: %2 is not mapped: %3")
                             .arg(name,
                                  source.isEmpty() ? target : source + QLatin1Char(':') + target,
                                  source.isEmpty()
                                          ? tr("an anonymous volume (give it a name)")
                                          : tr("host folders are not available to pods; use a "
                                               "ConfigMap for files or a named volume for data")),
                     id);
                continue;
            }
            if (stateful && !claimUsed) {
                claimUsed = true;
                props.insert(k("mountPath"), target);
                props.insert(k("storageSize"), k("1Gi"));
                warn(tr("service %1: the named volume %2 becomes its volume claim template of "
                        "1Gi; set the size the data needs")
                             .arg(name, source),
                     id);
                continue;
            }
            const QString claimId = k("compose/volume/") + source;
            if (!m_nodeIds.contains(claimId))
                addNode(claimId, k("PERSISTENTVOLUMECLAIM"), dnsName(source));
            addEdge(id, claimId, k("MOUNTS"), {{k("mountPath"), target}});
        }
    }

    // Secrets and configs the service uses.
    for (const char *kindKey : {"secrets", "configs"}) {
        const bool isSecret = QLatin1String(kindKey) == QLatin1String("secrets");
        const YamlValue *used = service.find(k(kindKey));
        if (!used || !used->isSequence())
            continue;
        for (const YamlValue &u : used->items()) {
            const QString source = u.isMap() ? text(u.find(k("source"))) : text(&u);
            QString target = u.isMap() ? text(u.find(k("target"))) : QString();
            const QString nodeId = (isSecret ? k("compose/secret/") : k("compose/config/"))
                                   + source;
            if (!m_nodeIds.contains(nodeId)) {
                warn(tr("service %1 uses %2 %3, which the file does not define")
                             .arg(name, isSecret ? tr("secret") : tr("config"), source),
                     id);
                continue;
            }
            if (target.isEmpty())
                target = isSecret ? k("/run/secrets/") + source : k("/") + source;
            else if (isSecret && !target.startsWith(QLatin1Char('/')))
                target = k("/run/secrets/") + target;
            // The file's folder is mounted: a ConfigMap or Secret volume is a folder.
            addEdge(id, nodeId, k("REQUIRES"),
                    {{k("mountPath"), QFileInfo(target).path() == QLatin1String("/")
                                              ? target
                                              : QFileInfo(target).path()}});
        }
    }

    // Dependencies: resolved once every service is read.
    QStringList needs;
    if (const YamlValue *deps = service.find(k("depends_on"))) {
        if (deps->isSequence()) {
            for (const YamlValue &d : deps->items())
                needs << text(&d);
        } else if (deps->isMap()) {
            for (const auto &entry : deps->entries())
                needs << entry.first;
        }
    }
    if (const YamlValue *links = service.find(k("links")); links && links->isSequence()) {
        for (const YamlValue &l : links->items())
            needs << text(&l).section(QLatin1Char(':'), 0, 0);
    }
    m_dependencies.append({id, needs});
    m_graph.nodes[nodeIndex].properties = props;
}

Result<ImportResult> Reader::read(const YamlValue &root, const QByteArray &data,
                                  const QString &graphName)
{
    if (!root.isMap())
        return Error(tr("a Compose file is a map with services"), Location{m_file});
    static const QSet<QString> topLevel{k("version"), k("name"),    k("services"), k("networks"),
                                        k("volumes"), k("configs"), k("secrets"),  k("include")};
    for (const auto &entry : root.entries()) {
        if (topLevel.contains(entry.first) || entry.first.startsWith(QLatin1String("x-")))
            continue;
        // The line of the key, for the message.
        Location loc{m_file};
        const QList<QByteArray> lines = data.split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).startsWith(QByteArray(entry.first.toUtf8() + ':'))) {
                loc.line = i + 1;
                loc.column = 1;
                break;
            }
        }
        return Error(tr("unknown top-level key \"%1\" (the Compose Specification has: version, "
                        "name, services, networks, volumes, configs, secrets, include and x-*)")
                             .arg(entry.first),
                     loc);
    }
    const YamlValue *services = root.find(k("services"));
    if (!services || !services->isMap() || services->isEmptyCollection())
        return Error(tr("the Compose file has no services"), Location{m_file});
    if (root.find(k("include")))
        warn(tr("include is not followed: import the included files on their own"));

    QString project = text(root.find(k("name")));
    if (project.isEmpty())
        project = QFileInfo(m_baseDir).fileName();
    Node frame;
    frame.id = k("compose/namespace");
    frame.kind = k("NAMESPACE");
    frame.name = dnsName(project);
    m_graph.nodes.append(frame);
    m_frame = frame.id;

    // Top-level secrets and configs first: services refer to them.
    for (const char *kindKey : {"secrets", "configs"}) {
        const bool isSecret = QLatin1String(kindKey) == QLatin1String("secrets");
        const YamlValue *defs = root.find(k(kindKey));
        if (!defs || !defs->isMap())
            continue;
        for (const auto &entry : defs->entries()) {
            const QString nodeId = (isSecret ? k("compose/secret/") : k("compose/config/"))
                                   + entry.first;
            Node &n = addNode(nodeId, isSecret ? k("SECRET") : k("CONFIGMAP"), dnsName(entry.first));
            const QString file = text(entry.second.find(k("file")));
            const QString key = file.isEmpty() ? entry.first : QFileInfo(file).fileName();
            if (isSecret) {
                n.properties.insert(k("keys"), QStringList{key});
                continue;
            }
            QString content = text(entry.second.find(k("content")));
            if (content.isEmpty() && !file.isEmpty()) {
                const QString path = resolve(file);
                m_files << path;
                auto bytes = QFileInfo(path).isFile()
                                     ? readFile(path, 1024 * 1024)
                                     : Result<QByteArray>(Error(tr("%1 is not a file").arg(path)));
                if (bytes)
                    content = QString::fromUtf8(*bytes);
                else
                    warn(tr("config %1: %2").arg(entry.first, bytes.error().message), nodeId);
            }
            if (!content.isEmpty())
                n.properties.insert(k("data"), QVariantMap{{key, content}});
            else if (entry.second.find(k("external")))
                warn(tr("config %1 is external: its content is not in the project").arg(entry.first),
                     nodeId);
        }
    }
    for (const auto &entry : services->entries()) {
        if (!entry.second.isMap()) {
            warn(tr("service %1 is not a map; skipped").arg(entry.first));
            continue;
        }
        readService(entry.first, entry.second, root);
    }
    for (const auto &[from, needs] : std::as_const(m_dependencies)) {
        for (const QString &dep : needs) {
            // A service that is not a map was skipped: it has no node to connect to.
            const YamlValue *target = services->find(dep);
            if (!target || !target->isMap()) {
                warn(tr("%1 depends on %2, which the file does not define").arg(from.mid(8), dep),
                     from);
                continue;
            }
            addEdge(from, m_serviceFront.value(dep, k("compose/") + dep), k("CONNECTS_TO"));
        }
    }

    ImportResult result;
    result.graph = std::move(m_graph);
    result.graph.name = graphName.isEmpty() ? project : graphName;
    result.graph.metadata.insert(ImportSourcesKey,
                                 QVariantList{QVariantMap{{k("type"), k("compose")},
                                                          {k("path"), m_file}}});
    result.files = QStringList{m_file} + m_files;
    result.warnings = m_warnings;
    result.objectCount = int(services->size());
    applyLayout(result.graph, arrangeLayered(result.graph));
    return result;
}

} // namespace

bool ComposeImporter::isComposeFileName(const QString &fileName)
{
    static const QStringList names{k("compose.yaml"), k("compose.yml"), k("docker-compose.yaml"),
                                   k("docker-compose.yml")};
    return names.contains(QFileInfo(fileName).fileName());
}

QString ComposeImporter::composeFileOf(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return isComposeFileName(path) ? path : QString();
    if (!info.isDir())
        return {};
    for (const char *name :
         {"compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"}) {
        const QString file = QDir(path).filePath(QLatin1String(name));
        if (QFileInfo(file).isFile())
            return file;
    }
    return {};
}

Result<ImportResult> ComposeImporter::importFile(const QString &path, const QString &graphName)
{
    auto data = readFile(path, 16 * 1024 * 1024);
    if (!data)
        return data.error();
    // A name that is only the file's ("compose", "docker-compose") gives way to the project's.
    const bool fileName = graphName == QFileInfo(path).completeBaseName();
    return importData(*data, path, QFileInfo(path).absolutePath(), fileName ? QString() : graphName);
}

Result<ImportResult> ComposeImporter::importData(const QByteArray &data, const QString &fileName,
                                                 const QString &baseDir, const QString &graphName)
{
    YamlLimits limits;
    limits.maxDocuments = 1;
    std::optional<YamlValue> root;
    const Status parsed = forEachYamlDocument(data, fileName, limits,
                                              [&](YamlValue &&doc, int, int,
                                                  QByteArrayView) -> Status {
                                                  root = std::move(doc);
                                                  return {};
                                              });
    if (!parsed)
        return parsed.error();
    if (!root)
        return Error(tr("the Compose file is empty"), Location{fileName});
    Reader reader(fileName, baseDir);
    return reader.read(*root, data, graphName);
}

} // namespace kg::io
