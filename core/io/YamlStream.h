#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

namespace kg::io {

/// One document of a YAML stream as yaml-cpp parsed it. Marks inside @ref node count lines from
/// the document's first line; add @ref firstLine to get the line in the file (both 0-based).
struct YamlStreamDocument
{
    YAML::Node node;
    int firstLine = 0;
    std::string error;    ///< non-empty when the document is not valid YAML; node is then null
    YAML::Mark errorMark; ///< where, relative to firstLine
};

/// Splits @p text at its document markers ("---", "...") and parses each document on its own
/// with YAML::Load, so that one broken document does not hide the others. (YAML::LoadAll is
/// not used: on some truncated inputs it never returns.) Syntax errors are recorded on the
/// document; no yaml-cpp exception escapes. Stops after @p maxDocuments documents and sets
/// @p tooMany.
std::vector<YamlStreamDocument> loadYamlStream(const std::string &text, int maxDocuments,
                                               bool *tooMany);

} // namespace kg::io
