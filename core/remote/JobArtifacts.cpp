#include "remote/JobArtifacts.h"

#include "export/ArtifactExporter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace kg::remote {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::remote::JobArtifacts)
};

const QString MetadataPath = QStringLiteral("generation-metadata.json");

QByteArray pretty(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented);
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

Artifact rawResult(const QJsonValue &payload)
{
    Artifact a;
    a.path = QStringLiteral("result.json");
    a.type = Artifact::Type::Metadata;
    a.language = QStringLiteral("json");
    a.content = pretty(payload);
    return a;
}

} // namespace

QString languageForPath(const QString &path)
{
    const QString name = path.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    const QString lower = name.toLower();
    if (lower.endsWith(QLatin1String(".yaml")) || lower.endsWith(QLatin1String(".yml")))
        return QStringLiteral("yaml");
    if (lower.endsWith(QLatin1String(".json")))
        return QStringLiteral("json");
    if (lower.endsWith(QLatin1String(".sh")))
        return QStringLiteral("bash");
    if (lower.endsWith(QLatin1String(".md")))
        return QStringLiteral("markdown");
    if (lower == QLatin1String("dockerfile") || lower.startsWith(QLatin1String("dockerfile.")))
        return QStringLiteral("dockerfile");
    return QString();
}

ArtifactList artifactsFromGeneratedCode(const QJsonObject &generatedCode)
{
    ArtifactList list;
    const QJsonValue nodesValue = generatedCode.value(QStringLiteral("nodes"));
    if (!nodesValue.isArray()) {
        list.append(rawResult(generatedCode)); // non-conforming: {"output":"test"} and the like
        return list;
    }
    const QJsonArray nodes = nodesValue.toArray();
    for (int i = 0; i < nodes.size(); ++i) {
        const QJsonObject node = nodes.at(i).toObject();
        const QJsonObject meta = node.value(QStringLiteral("generatedCodeMetadata")).toObject();
        Artifact a;
        a.path = meta.value(QStringLiteral("path")).toString();
        if (a.path.isEmpty())
            a.path = meta.value(QStringLiteral("fileName")).toString();
        if (a.path.isEmpty()) {
            const QString name = node.value(QStringLiteral("name")).toString();
            a.path = (name.isEmpty() ? QStringLiteral("artifact-%1").arg(i + 1) : name)
                     + QStringLiteral(".yaml");
        }
        const QJsonValue config = node.value(QStringLiteral("config"));
        bool isText = false;
        if (config.isString()) {
            a.content = config.toString().toUtf8();
            isText = true;
        } else if (!config.isUndefined() && !config.isNull()) {
            a.content = pretty(config);
        } else {
            a.content = pretty(node.value(QStringLiteral("spec")));
        }
        a.language = languageForPath(a.path);
        if (a.language.isEmpty())
            a.language = isText ? QStringLiteral("yaml") : QStringLiteral("json");
        a.sourceNodeId = node.value(QStringLiteral("id")).toString();
        list.append(a);
    }
    Artifact meta;
    meta.path = MetadataPath;
    meta.type = Artifact::Type::Metadata;
    meta.language = QStringLiteral("json");
    QJsonObject m;
    for (const QString &key : {QStringLiteral("totalFiles"), QStringLiteral("namespace"),
                               QStringLiteral("graphId"), QStringLiteral("originalGraphId")}) {
        if (generatedCode.contains(key))
            m.insert(key, generatedCode.value(key));
    }
    meta.content = QJsonDocument(m).toJson(QJsonDocument::Indented);
    list.append(meta);
    return list;
}

ArtifactList artifactsFromRecords(const QJsonArray &records, QStringList *checksumMismatches)
{
    static const QRegularExpression hex64(QStringLiteral("^(?:sha256:)?([0-9a-fA-F]{64})$"));
    ArtifactList list;
    for (const QJsonValue &v : records) {
        const QJsonObject r = v.toObject();
        const QString type = r.value(QStringLiteral("type")).toString();
        Artifact a;
        a.path = r.value(QStringLiteral("name")).toString();
        a.content = r.value(QStringLiteral("content")).toString().toUtf8();
        if (type == QLatin1String("file"))
            a.type = Artifact::Type::File;
        else if (type == QLatin1String("directory"))
            a.type = Artifact::Type::Directory;
        else
            a.type = Artifact::Type::Metadata; // metadata and unknown types: shown, exported on request
        a.language = languageForPath(a.path);
        if (a.language.isEmpty() && a.type == Artifact::Type::File)
            a.language = QStringLiteral("yaml");
        const auto match = hex64.match(r.value(QStringLiteral("checksum")).toString());
        if (match.hasMatch() && r.contains(QStringLiteral("content"))) {
            const QByteArray actual = QCryptographicHash::hash(a.content, QCryptographicHash::Sha256)
                                              .toHex();
            if (actual != match.captured(1).toLower().toLatin1()) {
                a.unsafeReason = Tr::tr("checksum mismatch: the content is not what the server "
                                        "recorded");
                if (checksumMismatches)
                    checksumMismatches->append(a.path);
            }
        }
        list.append(a);
    }
    return list;
}

Result<ArtifactList> artifactsFromJobResult(const QJsonValue &payload, const ArtifactLimits &limits,
                                            ArtifactNotes *notes)
{
    ArtifactNotes local;
    ArtifactNotes &n = notes ? *notes : local;
    ArtifactList list;
    if (payload.isArray()) {
        list = artifactsFromRecords(payload.toArray(), &n.checksumMismatches);
    } else if (payload.isObject()) {
        const QJsonObject o = payload.toObject();
        const QJsonValue code = o.value(QStringLiteral("generatedCode"));
        const QJsonValue records = o.value(QStringLiteral("artifacts"));
        if (records.isArray() && !records.toArray().isEmpty())
            list = artifactsFromRecords(records.toArray(), &n.checksumMismatches);
        else if (code.isObject())
            list = artifactsFromGeneratedCode(code.toObject());
        else if (code.isArray())
            list = artifactsFromRecords(code.toArray(), &n.checksumMismatches);
        else if (!code.isUndefined() && !code.isNull())
            list.append(rawResult(code));
        else if (o.contains(QStringLiteral("nodes")))
            list = artifactsFromGeneratedCode(o);
        else
            list.append(rawResult(o));
    } else {
        return Error(Tr::tr("the job result is neither an object nor a list"));
    }

    if (list.size() > limits.maxArtifacts)
        return Error(Tr::tr("the job delivered %1 artifacts; the limit is %2")
                             .arg(list.size())
                             .arg(limits.maxArtifacts));
    qint64 total = 0;
    for (Artifact &a : list) {
        total += a.content.size();
        if (a.content.size() > limits.maxArtifactBytes) {
            n.tooLarge << a.path;
            a.unsafeReason = Tr::tr("larger than %1 MiB")
                                     .arg(limits.maxArtifactBytes / (1024 * 1024));
            a.content.clear();
        }
    }
    if (total > limits.maxJobBytes)
        return Error(Tr::tr("the job delivered %1 MiB; the limit is %2 MiB")
                             .arg(total / (1024 * 1024))
                             .arg(limits.maxJobBytes / (1024 * 1024)));

    n.renamed = ArtifactExporter::sanitize(list);
    for (const Artifact &a : std::as_const(list)) {
        if (!a.unsafeReason.isEmpty() && !n.checksumMismatches.contains(a.path)
            && !n.tooLarge.contains(a.path))
            n.unsafe << QStringLiteral("%1: %2").arg(a.path, a.unsafeReason);
    }
    return list;
}

} // namespace kg::remote
