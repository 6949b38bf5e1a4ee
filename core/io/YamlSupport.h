#pragma once

#include "util/Result.h"

#include <QList>
#include <QVariant>

namespace kg::io {

/// One document of a YAML stream, converted to plain values: maps become QVariantMap, sequences
/// QVariantList, plain scalars bool / qint64 / double / null where they look like one (YAML 1.2
/// core schema), everything else QString.
struct YamlDocument
{
    QVariant value;
    int line = 0;   ///< 1-based line where the document starts
    int column = 0; ///< 1-based column where the document starts
};

/// Limits that keep a hostile YAML file from exhausting memory or the stack.
struct YamlLimits
{
    int maxDocuments = 10000; ///< documents in one stream
    int maxDepth = 64;        ///< nesting of maps and sequences
    int maxNodes = 2000000;   ///< values in one stream, aliases counted at every use
};

/// Parses a (multi-document) YAML stream with yaml-cpp. Syntax errors, exceeded limits and
/// binary input are Errors located at file:line:column; no yaml-cpp exception escapes.
Result<QList<YamlDocument>> parseYamlDocuments(const QByteArray &data, const QString &fileName,
                                               const YamlLimits &limits = {});

} // namespace kg::io
