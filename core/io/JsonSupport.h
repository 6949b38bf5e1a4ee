#pragma once

#include "util/Result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

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

/// Converts a JSON value to a QVariant the way properties store them (integers as qint64).
QVariant jsonToVariant(const QJsonValue &value);
/// Converts a property value back to JSON.
QJsonValue variantToJson(const QVariant &value);

} // namespace kg::io
