#pragma once

#include "codegen/GenerationBackend.h"

#include <QDateTime>
#include <QVariant>

namespace kg::store::codec {

/// Milliseconds since the epoch for a column; a null QVariant for an invalid date-time.
QVariant toColumn(const QDateTime &time);
/// The date-time (UTC) stored in a column; invalid for NULL.
QDateTime fromColumn(const QVariant &value);

/// Generation options as a JSON object (the request that started a job).
QByteArray optionsToJson(const GenerationOptions &options);
/// Options read back; unknown or missing keys keep their defaults.
GenerationOptions optionsFromJson(const QByteArray &json);

/// A generation report as a JSON array of items.
QByteArray reportToJson(const GenerationReport &report);
/// A report read back; malformed entries are skipped.
GenerationReport reportFromJson(const QByteArray &json);

/// @p text for a NOT NULL text column: Qt binds a null QString as SQL NULL, so a null string
/// becomes an empty one.
QString text(const QString &text);
/// @p data for a NOT NULL blob column (a null QByteArray becomes an empty one).
QByteArray blob(const QByteArray &data);

/// SHA-256 of @p data as lower-case hex: the key of deduplicated artifact contents.
QString contentHash(const QByteArray &data);

} // namespace kg::store::codec
