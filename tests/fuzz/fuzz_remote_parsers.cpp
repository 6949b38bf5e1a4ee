// Harness: the parsers of server answers in core/remote that take JSON (or text) directly. The
// first input byte picks the parser, the rest is the answer:
//   0 Credential::fromJson(QByteArray)                     (the keychain entry)
//   1 Credential::fromTokenResponse(QJsonObject, now)      (token endpoint answer, §3.3/§3.5)
//   2 Credential::fromPastedToken(QString) + jwtExpiry     (a pasted JWT)
//   3 artifactsFromJobResult(QJsonValue, limits, notes)    (/status, /results, WebSocket payload)
//   4 artifactsFromGeneratedCode(QJsonObject)              (§6.1/§6.2)
//   5 artifactsFromRecords(QJsonArray, mismatches, stored) (§6.3)
//   6 projectFromJson(QJsonObject), then the project's graphMeta.graphData through
//     ServerGraphFormat::fromJson, as ServerProjectSource::loadGraph does
//   7 jobFromJson(QJsonObject) for an object or every row of an array / {jobs: [...]}
//   8 RetryPolicy::parseRetryAfter(QByteArray, now)         (Retry-After header)
//   9 parseServerTime, idString, normalizeJobStatus, progressForStep on every value of an object
//  10 io::parseJson(QByteArray, url, ApiClient::MaxJsonDepth) (every JSON answer's first step)
//  11 checksumMatches(content, checksum) + languageForPath(path): "checksum\npath\ncontent"
#include "FuzzSupport.h"

#include "export/ArtifactExporter.h"
#include "export/PathSafety.h"
#include "io/JsonSupport.h"
#include "io/ServerGraphFormat.h"
#include "remote/ApiClient.h"
#include "remote/Credential.h"
#include "remote/JobArtifacts.h"
#include "remote/RemoteTypes.h"
#include "remote/RetryPolicy.h"
#include "remote/ServerEndpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kg;
using namespace kg::remote;

namespace {

/// The answer as JSON the way ApiClient parses it; null when it is not JSON.
QJsonDocument json(const QByteArray &body)
{
    const Result<QJsonDocument> doc = io::parseJson(body, QStringLiteral("https://fuzz.test/api"),
                                                    ApiClient::MaxJsonDepth);
    return doc ? *doc : QJsonDocument();
}

QJsonValue rootValue(const QJsonDocument &doc)
{
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue();
}

/// What every artifact list from a server must satisfy before anything is shown or exported.
void checkArtifacts(const ArtifactList &artifacts, const ArtifactLimits &limits)
{
    fuzz::check(artifacts.size() <= limits.maxArtifacts, "artifacts-count");
    for (const Artifact &a : artifacts) {
        if (!a.isExportable())
            continue;
        const QString why = pathsafety::unsafeReason(a.path);
        fuzz::check(why.isEmpty(), "artifact-path-safe",
                    a.path.left(300) + QStringLiteral(": ") + why);
    }
}

void jobResult(const QByteArray &body)
{
    const ArtifactLimits limits;
    ArtifactNotes notes;
    const Result<ArtifactList> list = artifactsFromJobResult(rootValue(json(body)), limits, &notes);
    if (!list)
        return;
    checkArtifacts(*list, limits);
    fuzz::check(notes.totalBytes <= limits.maxJobBytes, "artifacts-total-bytes");
    for (const StoredArtifact &s : std::as_const(notes.stored))
        fuzz::check(s.index >= 0 && s.index < list->size(), "stored-artifact-index");
}

void project(const QByteArray &body)
{
    const Project p = projectFromJson(json(body).object());
    // ServerProjectSource: the description and the stored graph come from graphMeta.
    const QJsonObject meta = QJsonDocument::fromJson(p.graphMeta.toUtf8()).object();
    static_cast<void>(meta.value(QStringLiteral("description")).toString());
    const QJsonObject graphData = meta.value(QStringLiteral("graphData")).toObject();
    if (!graphData.isEmpty())
        static_cast<void>(io::ServerGraphFormat::fromJson(graphData).ok());
}

void jobs(const QByteArray &body)
{
    const QJsonDocument doc = json(body);
    QJsonArray rows;
    if (doc.isArray())
        rows = doc.array();
    else if (doc.object().value(QStringLiteral("jobs")).isArray())
        rows = doc.object().value(QStringLiteral("jobs")).toArray();
    else
        rows.append(doc.object());
    for (const QJsonValue &row : std::as_const(rows)) {
        const JobSummary job = jobFromJson(row.toObject());
        static_cast<void>(jobStateName(job.state));
    }
}

void values(const QByteArray &body)
{
    const QJsonObject o = json(body).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        static_cast<void>(parseServerTime(it.value()));
        static_cast<void>(idString(it.value()));
        bool known = false;
        static_cast<void>(normalizeJobStatus(it.value().toString(), &known));
        static_cast<void>(progressForStep(it.value().toString()));
    }
}

void checksum(const QByteArray &body)
{
    const QList<QByteArray> parts = body.split('\n');
    const QString sum = QString::fromUtf8(parts.value(0));
    const QString path = QString::fromUtf8(parts.value(1));
    const QByteArray content = parts.size() > 2 ? body.mid(parts[0].size() + parts[1].size() + 2)
                                                : QByteArray();
    static_cast<void>(checksumMatches(content, sum));
    static_cast<void>(languageForPath(path));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 12) {
    case 0:
        if (const auto c = Credential::fromJson(body))
            fuzz::check(c->isValid(), "credential-valid");
        break;
    case 1:
        if (const auto c = Credential::fromTokenResponse(json(body).object(), fuzz::fixedNow()))
            fuzz::check(!c->access.isEmpty(), "token-access");
        break;
    case 2: {
        const QString token = QString::fromUtf8(body);
        static_cast<void>(Credential::fromPastedToken(token));
        static_cast<void>(jwtExpiry(token));
        break;
    }
    case 3:
        jobResult(body);
        break;
    case 4: {
        const ArtifactList list = artifactsFromGeneratedCode(json(body).object());
        static_cast<void>(list);
        break;
    }
    case 5: {
        QStringList mismatches;
        QList<StoredArtifact> stored;
        const ArtifactList list = artifactsFromRecords(json(body).array(), &mismatches, &stored);
        for (const StoredArtifact &s : std::as_const(stored))
            fuzz::check(s.index >= 0 && s.index < list.size(), "stored-record-index");
        break;
    }
    case 6:
        project(body);
        break;
    case 7:
        jobs(body);
        break;
    case 8:
        static_cast<void>(RetryPolicy::parseRetryAfter(body, fuzz::fixedNow()));
        break;
    case 9:
        values(body);
        break;
    case 10:
        static_cast<void>(json(body));
        break;
    case 11:
        checksum(body);
        break;
    }
    return 0;
}
