#include "io/YamlStream.h"

#include <yaml-cpp/emitterstyle.h>
#include <yaml.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <string>
#include <unordered_map>

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

namespace {

// libyaml's parser and its current event, released however the parse ends (a handler may
// throw to stop a hostile document).
struct LibYamlParser
{
    yaml_parser_t parser;
    yaml_event_t event;
    bool haveEvent = false;
    bool ok = false;

    LibYamlParser() { ok = yaml_parser_initialize(&parser) != 0; }
    ~LibYamlParser()
    {
        if (haveEvent)
            yaml_event_delete(&event);
        if (ok)
            yaml_parser_delete(&parser);
    }
    LibYamlParser(const LibYamlParser &) = delete;
    LibYamlParser &operator=(const LibYamlParser &) = delete;
};

YAML::Mark markOf(const yaml_mark_t &m)
{
    YAML::Mark mark;
    mark.pos = int(std::min<size_t>(m.index, size_t(INT_MAX)));
    mark.line = int(std::min<size_t>(m.line, size_t(INT_MAX)));
    mark.column = int(std::min<size_t>(m.column, size_t(INT_MAX)));
    return mark;
}

std::string str(const yaml_char_t *s)
{
    return s ? std::string(reinterpret_cast<const char *>(s)) : std::string();
}

} // namespace

bool parseYamlChunk(const char *text, const YamlChunk &chunk, YAML::EventHandler &handler,
                    std::string *error, YAML::Mark *errorMark)
{
    LibYamlParser p;
    if (!p.ok) {
        *error = "cannot start the YAML parser (out of memory)";
        return false;
    }
    yaml_parser_set_input_string(&p.parser,
                                 reinterpret_cast<const unsigned char *>(text + chunk.begin),
                                 chunk.end - chunk.begin);
    // libyaml names anchors; the handler numbers them from 1, a new number at each definition
    // (a redefined name refers to the latest node, as in yaml-cpp).
    std::unordered_map<std::string, YAML::anchor_t> anchors;
    YAML::anchor_t nextAnchor = 1;
    auto define = [&](const yaml_char_t *name) -> YAML::anchor_t {
        if (!name)
            return YAML::NullAnchor;
        const YAML::anchor_t id = nextAnchor++;
        anchors[str(name)] = id;
        return id;
    };
    // yaml-cpp's tags: "?" for an untagged plain scalar or collection, "!" for an untagged
    // quoted scalar, else the tag as written (libyaml expands "!!str" to its full form).
    auto tagOf = [](const yaml_char_t *tag, bool plain) {
        return tag ? str(tag) : std::string(plain ? "?" : "!");
    };
    bool started = false;
    while (true) {
        if (!yaml_parser_parse(&p.parser, &p.event)) {
            *error = p.parser.problem ? std::string(p.parser.problem) : std::string("syntax error");
            if (p.parser.context)
                *error = std::string(p.parser.context) + ": " + *error;
            *errorMark = markOf(p.parser.problem_mark);
            return false;
        }
        p.haveEvent = true;
        const yaml_event_t &e = p.event;
        const YAML::Mark mark = markOf(e.start_mark);
        bool done = false;
        switch (e.type) {
        case YAML_STREAM_START_EVENT:
        case YAML_NO_EVENT:
            break;
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_DOCUMENT_START_EVENT:
            if (started) {
                done = true; // one document per chunk, as splitYamlStream made them
                break;
            }
            started = true;
            handler.OnDocumentStart(mark);
            break;
        case YAML_DOCUMENT_END_EVENT:
            handler.OnDocumentEnd();
            done = true;
            break;
        case YAML_ALIAS_EVENT: {
            const auto it = anchors.find(str(e.data.alias.anchor));
            if (it == anchors.end()) {
                *error = "the alias *" + str(e.data.alias.anchor) + " has no anchor";
                *errorMark = mark;
                return false;
            }
            handler.OnAlias(mark, it->second);
            break;
        }
        case YAML_SCALAR_EVENT: {
            const bool plain = e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            const std::string value(reinterpret_cast<const char *>(e.data.scalar.value),
                                    e.data.scalar.length);
            // yaml-cpp reports an untagged plain null (empty, ~, null) as a null node.
            if (plain && !e.data.scalar.tag
                && (value.empty() || value == "~" || value == "null" || value == "Null"
                    || value == "NULL")) {
                handler.OnNull(mark, define(e.data.scalar.anchor));
                break;
            }
            handler.OnScalar(mark, tagOf(e.data.scalar.tag, plain), define(e.data.scalar.anchor),
                             value);
            break;
        }
        case YAML_SEQUENCE_START_EVENT:
            handler.OnSequenceStart(mark, tagOf(e.data.sequence_start.tag, true),
                                    define(e.data.sequence_start.anchor),
                                    e.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                                            ? YAML::EmitterStyle::Flow
                                            : YAML::EmitterStyle::Block);
            break;
        case YAML_SEQUENCE_END_EVENT:
            handler.OnSequenceEnd();
            break;
        case YAML_MAPPING_START_EVENT:
            handler.OnMapStart(mark, tagOf(e.data.mapping_start.tag, true),
                               define(e.data.mapping_start.anchor),
                               e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                                       ? YAML::EmitterStyle::Flow
                                       : YAML::EmitterStyle::Block);
            break;
        case YAML_MAPPING_END_EVENT:
            handler.OnMapEnd();
            break;
        }
        yaml_event_delete(&p.event);
        p.haveEvent = false;
        if (done)
            break;
    }
    return true;
}

} // namespace kg::io
