#include "remote/JobArtifacts.h"

#include "export/PathSafety.h"
#include "remote/ApiClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>
#include <memory>

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

bool checksumMatches(const QByteArray &content, const QString &checksum)
{
    static const QRegularExpression hex64(QStringLiteral("^(?:sha256:)?([0-9a-fA-F]{64})$"));
    const auto match = hex64.match(checksum);
    if (!match.hasMatch())
        return true;
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()
           == match.captured(1).toLower().toLatin1();
}

namespace {

// The bytes of content built so far against the job's limit: building stops as soon as it is
// crossed, so a hostile answer costs no more than the limit.
struct ByteBudget
{
    qint64 limit = std::numeric_limits<qint64>::max();
    qint64 total = 0;
    bool exceeded = false;

    // Counts @p a; false once the limit is crossed.
    bool take(const Artifact &a)
    {
        total += a.content.size();
        exceeded = total > limit;
        return !exceeded;
    }
};

// The largest integer a JSON number (a double) holds exactly.
constexpr double MaxExactInteger = 9007199254740992.0; // 2^53

ArtifactList generatedCodeArtifacts(const QJsonObject &generatedCode, ByteBudget *budget)
{
    ArtifactList list;
    const QJsonValue nodesValue = generatedCode.value(QStringLiteral("nodes"));
    if (!nodesValue.isArray()) {
        list.append(rawResult(generatedCode)); // non-conforming: {"output":"test"} and the like
        budget->take(list.last());
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
        if (!budget->take(a))
            return list;
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
    budget->take(meta);
    return list;
}

ArtifactList recordArtifacts(const QJsonArray &records, QStringList *checksumMismatches,
                             QList<StoredArtifact> *stored, ByteBudget *budget)
{
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
        const QString checksum = r.value(QStringLiteral("checksum")).toString();
        const QJsonValue content = r.value(QStringLiteral("content"));
        const QString storageUrl = r.value(QStringLiteral("storageUrl")).toString();
        const bool hasContent = !content.isUndefined() && !content.isNull();
        if (hasContent && !checksumMatches(a.content, checksum)) {
            a.unsafeReason = Tr::tr("checksum mismatch: the content is not what the server "
                                    "recorded");
            if (checksumMismatches)
                checksumMismatches->append(a.path);
        }
        if (!hasContent && a.type == Artifact::Type::File && !storageUrl.isEmpty() && stored) {
            StoredArtifact s;
            s.index = int(list.size());
            s.url = storageUrl;
            s.checksum = checksum;
            const QJsonValue size = r.value(QStringLiteral("size"));
            const double bytes = size.toDouble(-1);
            if (!size.isDouble()) {
                stored->append(s); // no size, or not a number: unknown
            } else if (bytes >= 0 && bytes <= MaxExactInteger && bytes == std::floor(bytes)) {
                s.size = qint64(bytes);
                stored->append(s);
            } else {
                // Checked before any conversion: 1e300 does not fit a qint64 (it used to turn
                // negative, which skipped the declared-size check).
                a.unsafeReason = Tr::tr("the recorded size (%1) is not a valid number of bytes")
                                         .arg(QString::number(bytes));
            }
        }
        list.append(a);
        if (!budget->take(a))
            return list;
    }
    return list;
}

// The artifacts a result holds, counted without building them.
qsizetype artifactCountOf(const QJsonValue &payload)
{
    auto ofGeneratedCode = [](const QJsonObject &code) -> qsizetype {
        const QJsonValue nodes = code.value(QStringLiteral("nodes"));
        return nodes.isArray() ? nodes.toArray().size() + 1 : 1;
    };
    if (payload.isArray())
        return payload.toArray().size();
    const QJsonObject o = payload.toObject();
    const QJsonValue code = o.value(QStringLiteral("generatedCode"));
    const QJsonValue records = o.value(QStringLiteral("artifacts"));
    if (records.isArray() && !records.toArray().isEmpty())
        return records.toArray().size();
    if (code.isObject())
        return ofGeneratedCode(code.toObject());
    if (code.isArray())
        return code.toArray().size();
    if (!code.isUndefined() && !code.isNull())
        return 1;
    if (o.contains(QStringLiteral("nodes")))
        return ofGeneratedCode(o);
    return 1;
}

} // namespace

ArtifactList artifactsFromGeneratedCode(const QJsonObject &generatedCode)
{
    ByteBudget unlimited;
    return generatedCodeArtifacts(generatedCode, &unlimited);
}

ArtifactList artifactsFromRecords(const QJsonArray &records, QStringList *checksumMismatches,
                                  QList<StoredArtifact> *stored)
{
    ByteBudget unlimited;
    return recordArtifacts(records, checksumMismatches, stored, &unlimited);
}

Result<ArtifactList> artifactsFromJobResult(const QJsonValue &payload, const ArtifactLimits &limits,
                                            ArtifactNotes *notes)
{
    ArtifactNotes local;
    ArtifactNotes &n = notes ? *notes : local;
    if (!payload.isArray() && !payload.isObject())
        return Error(Tr::tr("the job result is neither an object nor a list"));
    // The limits apply before the work: the count from the answer's shape, the bytes while the
    // artifacts are built.
    const qsizetype count = artifactCountOf(payload);
    if (count > limits.maxArtifacts)
        return Error(Tr::tr("the job delivered %1 artifacts; the limit is %2")
                             .arg(count)
                             .arg(limits.maxArtifacts));
    ByteBudget budget;
    budget.limit = limits.maxJobBytes;
    ArtifactList list;
    if (payload.isArray()) {
        list = recordArtifacts(payload.toArray(), &n.checksumMismatches, &n.stored, &budget);
    } else {
        const QJsonObject o = payload.toObject();
        const QJsonValue code = o.value(QStringLiteral("generatedCode"));
        const QJsonValue records = o.value(QStringLiteral("artifacts"));
        if (records.isArray() && !records.toArray().isEmpty()) {
            list = recordArtifacts(records.toArray(), &n.checksumMismatches, &n.stored, &budget);
        } else if (code.isObject()) {
            list = generatedCodeArtifacts(code.toObject(), &budget);
        } else if (code.isArray()) {
            list = recordArtifacts(code.toArray(), &n.checksumMismatches, &n.stored, &budget);
        } else if (!code.isUndefined() && !code.isNull()) {
            list.append(rawResult(code));
            budget.take(list.last());
        } else if (o.contains(QStringLiteral("nodes"))) {
            list = generatedCodeArtifacts(o, &budget);
        } else {
            list.append(rawResult(o));
            budget.take(list.last());
        }
    }
    if (budget.exceeded) {
        n = ArtifactNotes();
        return Error(Tr::tr("the job delivered more than its limit of %1 MiB")
                             .arg(limits.maxJobBytes / (1024 * 1024)));
    }

    const qint64 total = budget.total;
    QSet<QString> tooLarge;
    for (Artifact &a : list) {
        if (a.content.size() > limits.maxArtifactBytes) {
            n.tooLarge << a.path;
            tooLarge.insert(a.path);
            a.unsafeReason = Tr::tr("larger than %1 MiB")
                                     .arg(limits.maxArtifactBytes / (1024 * 1024));
            a.content.clear();
        }
    }

    n.renamed = pathsafety::sanitize(list);
    const QSet<QString> mismatched(n.checksumMismatches.cbegin(), n.checksumMismatches.cend());
    for (const Artifact &a : std::as_const(list)) {
        if (!a.unsafeReason.isEmpty() && !mismatched.contains(a.path) && !tooLarge.contains(a.path))
            n.unsafe << QStringLiteral("%1: %2").arg(a.path, a.unsafeReason);
    }
    n.totalBytes = total;
    // Stored contents are fetched only for paths that passed the checks; until then they are
    // flagged so that no empty file is exported in their place.
    QList<StoredArtifact> pending;
    for (const StoredArtifact &s : std::as_const(n.stored)) {
        Artifact &a = list[s.index];
        if (!a.unsafeReason.isEmpty())
            continue;
        a.unsafeReason = Tr::tr("stored at %1: not downloaded").arg(s.url);
        pending.append(s);
    }
    n.stored = pending;
    return list;
}

namespace {

/// One fetchStoredArtifacts() run: a queue worked off a few requests at a time.
struct StoredFetch
{
    static constexpr int Parallel = 4;
    QPointer<ApiClient> client;
    QPointer<QObject> context;
    bool hasContext = false;
    ArtifactList artifacts;
    ArtifactNotes notes;
    ArtifactLimits limits;
    QList<StoredArtifact> queue;
    int inFlight = 0;
    std::function<void(const ArtifactList &, const ArtifactNotes &)> done;

    void flag(Artifact &a, const QString &reason, QStringList &into)
    {
        a.content.clear();
        a.unsafeReason = reason;
        into << QStringLiteral("%1: %2").arg(a.path, reason);
    }

    static void pump(const std::shared_ptr<StoredFetch> &self)
    {
        if (self->hasContext && !self->context)
            return;
        while (self->inFlight < Parallel && !self->queue.isEmpty() && self->client) {
            const StoredArtifact s = self->queue.takeFirst();
            start(self, s);
        }
        if (self->inFlight == 0 && (self->queue.isEmpty() || !self->client)) {
            for (const StoredArtifact &s : std::as_const(self->queue))
                self->flag(self->artifacts[s.index],
                           Tr::tr("not downloaded: the server's client is gone"),
                           self->notes.downloadFailed);
            self->queue.clear();
            self->notes.stored.clear();
            auto done = std::move(self->done);
            self->done = nullptr;
            if (done)
                done(self->artifacts, self->notes);
        }
    }

    static void start(const std::shared_ptr<StoredFetch> &self, const StoredArtifact &s)
    {
        Artifact &a = self->artifacts[s.index];
        const QUrl origin = self->client->origin();
        const QUrl url = origin.resolved(QUrl(s.url));
        if (!url.isValid() || !sameOrigin(url, origin)) {
            self->flag(a, Tr::tr("stored at %1 on another server: not downloaded").arg(s.url),
                       self->notes.notDownloaded);
            return;
        }
        const qint64 budget = self->limits.maxJobBytes - self->notes.totalBytes;
        if (s.size > self->limits.maxArtifactBytes || (s.size >= 0 && s.size > budget)) {
            self->notes.tooLarge << a.path;
            a.unsafeReason = s.size > self->limits.maxArtifactBytes
                                     ? Tr::tr("larger than %1 MiB")
                                               .arg(self->limits.maxArtifactBytes / (1024 * 1024))
                                     : Tr::tr("beyond the job's limit of %1 MiB")
                                               .arg(self->limits.maxJobBytes / (1024 * 1024));
            return;
        }
        ApiClient::Request request;
        request.url = url;
        request.expectJson = false;
        request.retry = true; // a GET of stored content is idempotent
        request.maxBytes = std::max<qint64>(0, std::min(self->limits.maxArtifactBytes, budget));
        ++self->inFlight;
        self->client->send(request, self->hasContext ? self->context.data() : nullptr,
                           [self, s](const ApiResult<ApiClient::Response> &r) {
                               --self->inFlight;
                               finish(self, s, r);
                               pump(self);
                           });
    }

    static void finish(const std::shared_ptr<StoredFetch> &self, const StoredArtifact &s,
                       const ApiResult<ApiClient::Response> &r)
    {
        Artifact &a = self->artifacts[s.index];
        const qint64 budget = self->limits.maxJobBytes - self->notes.totalBytes;
        if (!r) {
            if (r.error().kind == RemoteError::Kind::TooLarge) {
                self->notes.tooLarge << a.path;
                a.unsafeReason = budget < self->limits.maxArtifactBytes
                                         ? Tr::tr("beyond the job's limit of %1 MiB")
                                                   .arg(self->limits.maxJobBytes / (1024 * 1024))
                                         : Tr::tr("larger than %1 MiB")
                                                   .arg(self->limits.maxArtifactBytes
                                                        / (1024 * 1024));
                a.content.clear();
                return;
            }
            self->flag(a, Tr::tr("download failed: %1").arg(r.error().toString()),
                       self->notes.downloadFailed);
            return;
        }
        const QByteArray body = r.value().body;
        if (body.size() > self->limits.maxArtifactBytes || body.size() > budget) {
            self->notes.tooLarge << a.path;
            a.unsafeReason = Tr::tr("beyond the job's limit of %1 MiB")
                                     .arg(self->limits.maxJobBytes / (1024 * 1024));
            a.content.clear();
            return;
        }
        self->notes.totalBytes += body.size();
        a.content = body;
        a.unsafeReason.clear();
        if (!checksumMatches(body, s.checksum)) {
            a.unsafeReason = Tr::tr("checksum mismatch: the content is not what the server "
                                    "recorded");
            self->notes.checksumMismatches << a.path;
        }
    }
};

} // namespace

void fetchStoredArtifacts(ApiClient &client, const ArtifactList &artifacts,
                          const ArtifactNotes &notes, const ArtifactLimits &limits,
                          QObject *context,
                          std::function<void(const ArtifactList &, const ArtifactNotes &)> done)
{
    auto fetch = std::make_shared<StoredFetch>();
    fetch->client = &client;
    fetch->context = context;
    fetch->hasContext = context != nullptr;
    fetch->artifacts = artifacts;
    fetch->notes = notes;
    fetch->limits = limits;
    fetch->queue = notes.stored;
    fetch->done = std::move(done);
    StoredFetch::pump(fetch);
}

} // namespace kg::remote
