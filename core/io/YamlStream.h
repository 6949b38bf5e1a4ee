#pragma once

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <cstddef>
#include <string>
#include <vector>

namespace kg::io {

/// Where one document of a YAML stream is: bytes [begin, end) of the text.
struct YamlChunk
{
    size_t begin = 0;
    size_t end = 0;
    int firstLine = 0; ///< 0-based line of the document's first byte in the text
};

/// Splits @p text at its document markers ("---", "..." at the start of a line) without parsing
/// anything, so that each document is parsed on its own and one broken document does not hide
/// the others. (YAML::LoadAll is not used: on some truncated inputs it never returns.) Chunks
/// holding nothing but blanks and comments are left out, except an explicit empty document.
/// Stops after @p maxDocuments documents and sets @p tooMany.
std::vector<YamlChunk> splitYamlStream(const char *text, size_t size, int maxDocuments,
                                       bool *tooMany);

/// Parses the document in @p chunk of @p text with libyaml's parser, handing its events to
/// @p handler (yaml-cpp's event interface: anchors numbered from 1, tag "?" for untagged plain
/// scalars and collections, "!" for untagged quoted scalars) as they are read: nothing is built but
/// what the handler builds, so a handler that counts can stop a hostile document early by throwing
/// (the exception propagates). Returns false on a syntax error, with yaml-cpp's message and mark
/// (lines relative to chunk.firstLine); an exception the handler throws propagates, with the parser
/// released.
bool parseYamlChunk(const char *text, const YamlChunk &chunk, YAML::EventHandler &handler,
                    std::string *error, YAML::Mark *errorMark);

} // namespace kg::io
