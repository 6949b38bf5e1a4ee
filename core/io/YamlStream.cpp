#include "io/YamlStream.h"

namespace kg::io {

namespace {

bool isMarker(const std::string &text, size_t pos, const char *marker)
{
    if (text.compare(pos, 3, marker) != 0)
        return false;
    const size_t after = pos + 3;
    return after >= text.size() || text[after] == ' ' || text[after] == '\t' || text[after] == '\n'
           || text[after] == '\r';
}

} // namespace

std::vector<YamlStreamDocument> loadYamlStream(const std::string &text, int maxDocuments,
                                               bool *tooMany)
{
    std::vector<YamlStreamDocument> docs;
    *tooMany = false;
    size_t chunkStart = 0;
    int chunkLine = 0;
    bool chunkHasStartMarker = false;
    auto flush = [&](size_t end) {
        const std::string chunk = text.substr(chunkStart, end - chunkStart);
        // Skip chunks with nothing but blanks and comments, except an explicit empty document.
        bool blank = true;
        bool inComment = false;
        for (char c : chunk) {
            if (c == '#')
                inComment = true;
            else if (c == '\n')
                inComment = false;
            else if (!inComment && c != ' ' && c != '\t' && c != '\r')
                blank = false;
        }
        if (blank && !chunkHasStartMarker)
            return true;
        if (int(docs.size()) >= maxDocuments) {
            *tooMany = true;
            return false;
        }
        YamlStreamDocument doc;
        doc.firstLine = chunkLine;
        try {
            doc.node = YAML::Load(chunk);
        } catch (const YAML::Exception &e) {
            doc.node = YAML::Node();
            doc.error = e.msg.empty() ? std::string("syntax error") : e.msg;
            doc.errorMark = e.mark;
        }
        docs.push_back(std::move(doc));
        return true;
    };
    size_t pos = 0;
    int line = 0;
    while (pos <= text.size()) {
        const bool start = pos < text.size() && isMarker(text, pos, "---");
        const bool end = pos < text.size() && isMarker(text, pos, "...");
        if (start || end) {
            if (pos > chunkStart || chunkHasStartMarker) {
                if (!flush(pos))
                    return docs;
            }
            chunkHasStartMarker = start;
            chunkLine = line;
            chunkStart = pos;
            if (end) {
                // The "..." line belongs to no document.
                const size_t nl = text.find('\n', pos);
                chunkStart = nl == std::string::npos ? text.size() : nl + 1;
                chunkLine = line + 1;
            }
        }
        const size_t nl = text.find('\n', pos);
        if (nl == std::string::npos)
            break;
        pos = nl + 1;
        ++line;
    }
    if (chunkStart < text.size() || chunkHasStartMarker)
        flush(text.size());
    return docs;
}

} // namespace kg::io
