#include "io/JsonSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace kg::io {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::io::JsonSupport)
};
} // namespace

Error JsonReader::error(const QString &pointer, const QString &message, const QString &nodeId) const
{
    Location loc{m_file};
    loc.pointer = pointer;
    loc.nodeId = nodeId;
    return Error(message, loc);
}

std::optional<Error> JsonReader::string(const QJsonObject &o, const QString &key,
                                        const QString &pointer, QString *out, bool required,
                                        const QString &nodeId) const
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return error(pointer, Tr::tr("missing \"%1\"").arg(key), nodeId);
        return std::nullopt;
    }
    if (!v.isString())
        return error(pointer + QLatin1Char('/') + key, Tr::tr("\"%1\" must be a string").arg(key),
                     nodeId);
    *out = v.toString();
    return std::nullopt;
}

std::optional<Error> JsonReader::number(const QJsonObject &o, const QString &key,
                                        const QString &pointer, double *out,
                                        const QString &nodeId) const
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || std::fabs(v.toDouble()) > 1e9)
        return error(pointer + QLatin1Char('/') + key,
                     Tr::tr("\"%1\" must be a number within ±1e9").arg(key), nodeId);
    *out = v.toDouble();
    return std::nullopt;
}

void lineColumnAt(const QByteArray &data, qsizetype offset, int *line, int *column)
{
    int l = 1;
    int c = 1;
    const qsizetype end = std::min(offset, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (data.at(i) == '\n') {
            ++l;
            c = 1;
        } else if ((data.at(i) & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++c;
        }
    }
    *line = l;
    *column = c;
}

static int maxNesting(const QByteArray &data, qsizetype *where)
{
    int depth = 0;
    int maxDepth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char ch = data.at(i);
        if (inString) {
            if (ch == '\\')
                ++i;
            else if (ch == '"')
                inString = false;
            continue;
        }
        if (ch == '"') {
            inString = true;
        } else if (ch == '{' || ch == '[') {
            if (++depth > maxDepth) {
                maxDepth = depth;
                *where = i;
            }
        } else if (ch == '}' || ch == ']') {
            --depth;
        }
    }
    return maxDepth;
}

Result<QJsonDocument> parseJson(const QByteArray &data, const QString &fileName, int maxDepth)
{
    if (data.trimmed().isEmpty())
        return Error(Tr::tr("the file is empty"), Location{fileName});
    if (data.contains('\0'))
        return Error(Tr::tr("the file is binary, not JSON"), Location{fileName});
    qsizetype deepAt = 0;
    if (maxNesting(data, &deepAt) > maxDepth) {
        Location loc{fileName};
        lineColumnAt(data, deepAt, &loc.line, &loc.column);
        return Error(Tr::tr("JSON nested deeper than %1 levels").arg(maxDepth), loc);
    }
    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError) {
        Location loc{fileName};
        lineColumnAt(data, err.offset, &loc.line, &loc.column);
        return Error(Tr::tr("invalid JSON: %1").arg(err.errorString()), loc);
    }
    return doc;
}

Result<QByteArray> readFile(const QString &path, qint64 maxSize)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Tr::tr("no such file"), Location{path});
    if (info.isDir())
        return Error(Tr::tr("is a folder, not a file"), Location{path});
    if (info.size() > maxSize)
        return Error(Tr::tr("the file is too large (%1 MiB; the limit is %2 MiB)")
                             .arg(info.size() / (1024 * 1024))
                             .arg(maxSize / (1024 * 1024)),
                     Location{path});
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot read: %1").arg(file.errorString()), Location{path});
    // Read what the file holds (one allocation of its size), then at most one byte past the
    // limit: the file may have grown, or be a device that reports no size.
    QByteArray data = file.read(std::min(maxSize, info.size()) + 1);
    if (data.size() > info.size() && data.size() <= maxSize)
        data += file.read(maxSize + 1 - data.size());
    if (data.size() > maxSize)
        return Error(Tr::tr("the file is too large (the limit is %1 MiB)")
                             .arg(maxSize / (1024 * 1024)),
                     Location{path});
    if (file.error() != QFile::NoError)
        return Error(Tr::tr("cannot read: %1").arg(file.errorString()), Location{path});
    return data;
}

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Tr::tr("cannot write: %1").arg(file.errorString()), Location{path});
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error(Tr::tr("cannot write: %1").arg(why), Location{path});
    }
    if (!file.commit())
        return Error(Tr::tr("cannot write: %1").arg(file.errorString()), Location{path});
    return {};
}

QVariant jsonToVariant(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return static_cast<qint64>(d);
        return d;
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QVariantList list;
        const QJsonArray arr = value.toArray();
        list.reserve(arr.size());
        for (const QJsonValue &v : arr)
            list.append(jsonToVariant(v));
        return list;
    }
    case QJsonValue::Object: {
        QVariantMap map;
        const QJsonObject obj = value.toObject();
        for (auto it = obj.constBegin(); it != obj.constEnd(); ++it)
            map.insert(it.key(), jsonToVariant(it.value()));
        return map;
    }
    }
    return {};
}

QJsonValue variantToJson(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return QJsonValue::Null;
    case QMetaType::QStringList: {
        QJsonArray arr;
        const QStringList list = value.toStringList();
        for (const QString &s : list)
            arr.append(s);
        return arr;
    }
    case QMetaType::QVariantList: {
        QJsonArray arr;
        const QVariantList list = value.toList();
        for (const QVariant &v : list)
            arr.append(variantToJson(v));
        return arr;
    }
    case QMetaType::QVariantMap: {
        QJsonObject obj;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            obj.insert(it.key(), variantToJson(it.value()));
        return obj;
    }
    default:
        return QJsonValue::fromVariant(value);
    }
}

} // namespace kg::io
