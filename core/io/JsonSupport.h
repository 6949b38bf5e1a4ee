#pragma once

#include "util/Result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace kg::io {

/// Largest graph or manifest file any reader accepts.
constexpr qint64 MaxInputFileSize = 64 * 1024 * 1024;

/// 1-based line and column of byte @p offset in @p data.
void lineColumnAt(const QByteArray &data, qsizetype offset, int *line, int *column);

/// Parses @p data as JSON with a location-carrying error (file:line:column). Empty input,
/// binary data and nesting deeper than @p maxDepth are refused with a clear message.
Result<QJsonDocument> parseJson(const QByteArray &data, const QString &fileName, int maxDepth = 512);

/// Reads a whole file, refusing anything larger than @p maxSize and reporting missing or
/// unreadable files by name.
Result<QByteArray> readFile(const QString &path, qint64 maxSize = MaxInputFileSize);

/// Writes @p data to @p path atomically (temporary file + rename): the old content survives
/// any failure, a full disk included.
Status writeFileAtomically(const QString &path, const QByteArray &data);

/// Reads the values of one JSON document and says where a problem is: the file, the JSON
/// pointer and, inside a graph, the node. Every JSON format reader (.kgraph, Kubegram server
/// graphs, JSON Canvas) reports through it, so their messages read alike.
class JsonReader
{
public:
    explicit JsonReader(QString fileName)
        : m_file(std::move(fileName))
    {}

    const QString &fileName() const { return m_file; }
    /// @p message located at @p pointer (and node @p nodeId) of the file.
    Error error(const QString &pointer, const QString &message, const QString &nodeId = {}) const;
    /// Reads string @p key of @p o (at @p pointer) into @p out. Absent or null: an error when
    /// @p required, else @p out is left as it is. Any other type is an error.
    std::optional<Error> string(const QJsonObject &o, const QString &key, const QString &pointer,
                                QString *out, bool required = false,
                                const QString &nodeId = {}) const;
    /// Reads number @p key of @p o into @p out: finite and within ±1e9 (a coordinate or size).
    /// Absent or null leaves @p out as it is.
    std::optional<Error> number(const QJsonObject &o, const QString &key, const QString &pointer,
                                double *out, const QString &nodeId = {}) const;

private:
    QString m_file;
};

/// Converts a JSON value to a QVariant the way properties store them (integers as qint64).
QVariant jsonToVariant(const QJsonValue &value);
/// Converts a property value back to JSON.
QJsonValue variantToJson(const QVariant &value);

} // namespace kg::io
