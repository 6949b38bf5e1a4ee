#pragma once

#include "io/YamlTree.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QVariant>

#include <functional>

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

/// Limits that keep a hostile YAML file from exhausting memory or the stack. They are checked
/// while the stream is read, so a parse stops where a limit is crossed.
struct YamlLimits
{
    int maxDocuments = 10000; ///< documents in one stream
    int maxDepth = 64;        ///< nesting of maps and sequences
    /// Values in one stream, aliases counted at every use. yaml-cpp reads about 0.7 M values a
    /// second: the limit keeps a hostile file near a second and 150 MB.
    int maxNodes = 1000000;
    qint64 maxBytes = 64 * 1024 * 1024; ///< size of the stream
};

/// Receives one parsed document: the tree, its 1-based line and column, and its text as written
/// (between its document markers, comments included; valid during the call). An Error stops
/// the stream and is returned by forEachYamlDocument.
using YamlDocumentVisitor = std::function<Status(YamlValue &&value, int line, int column,
                                                 QByteArrayView source)>;

/// Parses a (multi-document) YAML stream into ordered, typed trees (YamlValue: key order kept,
/// quoted scalars text, plain ones typed as YamlValue::fromPlainScalar says), one document at a
/// time: only the document being visited is in memory. Same limits and errors as
/// parseYamlDocuments.
Status forEachYamlDocument(const QByteArray &data, const QString &fileName,
                           const YamlLimits &limits, const YamlDocumentVisitor &visit,
                           int *valueCount = nullptr);

/// Parses a (multi-document) YAML stream with yaml-cpp's parser, building the values straight
/// from its events (no YAML::Node tree): memory follows the values kept, and the limits stop the
/// parse where they are crossed. Syntax errors, exceeded limits and binary input are Errors
/// located at file:line:column; no yaml-cpp exception escapes. @p valueCount, when given,
/// receives the number of values read (as counted for maxNodes).
Result<QList<YamlDocument>> parseYamlDocuments(const QByteArray &data, const QString &fileName,
                                               const YamlLimits &limits = {},
                                               int *valueCount = nullptr);

} // namespace kg::io
