#include "io/YamlStream.h"

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <cstring>
#include <istream>
#include <streambuf>

namespace kg::io {

namespace {

bool isMarker(const char *text, size_t size, size_t pos, const char *marker)
{
    if (size - pos < 3 || std::memcmp(text + pos, marker, 3) != 0)
        return false;
    const size_t after = pos + 3;
    return after >= size || text[after] == ' ' || text[after] == '\t' || text[after] == '\n'
           || text[after] == '\r';
}

// Nothing but blanks and comments.
bool isBlank(const char *begin, const char *end)
{
    bool inComment = false;
    for (const char *c = begin; c != end; ++c) {
        if (*c == '#')
            inComment = true;
        else if (*c == '\n')
            inComment = false;
        else if (!inComment && *c != ' ' && *c != '\t' && *c != '\r')
            return false;
    }
    return true;
}

// Reads a range of memory in place, without a copy.
class MemoryBuffer : public std::streambuf
{
public:
    MemoryBuffer(const char *begin, const char *end)
    {
        char *b = const_cast<char *>(begin); // only read: std::streambuf has no const get area
        setg(b, b, const_cast<char *>(end));
    }
};

} // namespace

std::vector<YamlChunk> splitYamlStream(const char *text, size_t size, int maxDocuments,
                                       bool *tooMany)
{
    std::vector<YamlChunk> chunks;
    *tooMany = false;
    size_t chunkStart = 0;
    int chunkLine = 0;
    bool chunkHasStartMarker = false;
    auto flush = [&](size_t end) {
        if (isBlank(text + chunkStart, text + end) && !chunkHasStartMarker)
            return true;
        if (int(chunks.size()) >= maxDocuments) {
            *tooMany = true;
            return false;
        }
        chunks.push_back(YamlChunk{chunkStart, end, chunkLine});
        return true;
    };
    size_t pos = 0;
    int line = 0;
    while (pos <= size) {
        const bool start = pos < size && isMarker(text, size, pos, "---");
        const bool end = pos < size && isMarker(text, size, pos, "...");
        if (start || end) {
            if (pos > chunkStart || chunkHasStartMarker) {
                if (!flush(pos))
                    return chunks;
            }
            chunkHasStartMarker = start;
            chunkLine = line;
            chunkStart = pos;
            if (end) {
                // The "..." line belongs to no document.
                const void *nl = std::memchr(text + pos, '\n', size - pos);
                chunkStart = nl ? size_t(static_cast<const char *>(nl) - text) + 1 : size;
                chunkLine = line + 1;
            }
        }
        const void *nl = pos < size ? std::memchr(text + pos, '\n', size - pos) : nullptr;
        if (!nl)
            break;
        pos = size_t(static_cast<const char *>(nl) - text) + 1;
        ++line;
    }
    if (chunkStart < size || chunkHasStartMarker)
        flush(size);
    return chunks;
}

bool parseYamlChunk(const char *text, const YamlChunk &chunk, YAML::EventHandler &handler,
                    std::string *error, YAML::Mark *errorMark)
{
    MemoryBuffer buffer(text + chunk.begin, text + chunk.end);
    std::istream in(&buffer);
    try {
        YAML::Parser parser(in);
        parser.HandleNextDocument(handler);
    } catch (const YAML::Exception &e) {
        *error = e.msg.empty() ? std::string("syntax error") : e.msg;
        *errorMark = e.mark;
        return false;
    }
    return true;
}

} // namespace kg::io
