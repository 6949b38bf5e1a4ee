#include "io/YamlSupport.h"

#include "io/YamlStream.h"
#include "util/Parallel.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>

#include <yaml-cpp/exceptions.h>

#include <algorithm>
#include <exception>
#include <limits>
#include <vector>

namespace kg::io {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::io::YamlSupport)
};

struct TooComplex
{
    QString message;
    YAML::Mark mark;
};

// The QVariant form of a plain scalar (YAML 1.2 core schema), for parseYamlDocuments.
QVariant plainScalar(const QString &s)
{
    if (s.isEmpty() || s == QLatin1String("~") || s == QLatin1String("null")
        || s == QLatin1String("Null") || s == QLatin1String("NULL"))
        return {};
    if (s == QLatin1String("true") || s == QLatin1String("True") || s == QLatin1String("TRUE"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("False") || s == QLatin1String("FALSE"))
        return false;
    // Numbers start with a sign, a digit or a point: anything else is text (most values).
    const QChar first = s.front();
    if (first != QLatin1Char('-') && first != QLatin1Char('+') && first != QLatin1Char('.')
        && (first < QLatin1Char('0') || first > QLatin1Char('9')))
        return s;
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression real(
            QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (integer.match(s).hasMatch()) {
        bool ok = false;
        const qint64 n = s.toLongLong(&ok);
        if (ok)
            return n;
    }
    if (real.match(s).hasMatch()) {
        bool ok = false;
        const double d = s.toDouble(&ok);
        if (ok)
            return d;
    }
    return s;
}

// Saturation points: alias expansions are counted, never made, and may be astronomically large.
constexpr qint64 HugeCount = qint64(1) << 60;
constexpr int HugeHeight = 1 << 28;

qint64 addCounts(qint64 a, qint64 b)
{
    return std::min(HugeCount, a + b); // both at most HugeCount: no overflow
}

// One node as the builder hands it to its parent.
struct BuiltValue
{
    YamlValue value;
    bool isScalar = false; // its text is the key when it is used as a map key
    QString scalarText;
    qint64 count = 1; // the values it stands for, its aliases expanded
    int height = 0;   // levels of maps and sequences below it
};

// Builds the YamlValue tree of one document from yaml-cpp's parse events (key order kept, plain
// scalars typed by YamlValue::fromPlainScalar, quoted and tagged ones text), counting while it
// reads: values (aliases at every use), nesting and map keys. A limit crossed throws TooComplex
// at the node that crossed it. Map keys are never values: a scalar key gives its text, any
// other key an empty one. A repeated key replaces the earlier value in place.
class TreeBuilder final : public YAML::EventHandler
{
public:
    TreeBuilder(const YamlLimits &limits, qint64 *values, qint64 *keys)
        : m_limits(limits)
        , m_values(values)
        , m_keys(keys)
    {
        m_anchors.emplace_back(); // anchors count from 1
    }

    YamlValue takeRoot() { return std::move(m_root); }
    YAML::Mark rootMark() const { return m_rootMark; }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        account(mark, 1, 0);
        BuiltValue v;
        remember(anchor, v);
        deliver(std::move(v));
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const Anchored *target = anchor < m_anchors.size() ? &m_anchors[anchor] : nullptr;
        if (!target || !target->complete) {
            // An alias to a map or sequence still being read: a cycle. As a value it never ends;
            // inside a key it is not read, but nothing built around it may become a value.
            if (isLivePosition())
                throw tooDeep(mark);
            account(mark, 1, 0);
            BuiltValue v;
            v.count = HugeCount;
            v.height = HugeHeight;
            deliver(std::move(v));
            return;
        }
        if (!isLivePosition()) {
            // Inside a key: only the counts travel (a key is never a value, and copying the
            // trees of a bomb hidden in keys would expand it).
            account(mark, 1, 0);
            BuiltValue v;
            v.isScalar = target->value.isScalar;
            v.scalarText = target->value.scalarText;
            v.count = target->value.count;
            v.height = target->value.height;
            deliver(std::move(v));
            return;
        }
        BuiltValue v = target->value;
        account(mark, v.count, v.height);
        deliver(std::move(v));
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        account(mark, 1, 0);
        BuiltValue v;
        v.isScalar = true;
        v.scalarText = QString::fromStdString(value);
        // Plain scalars are typed (core schema); quoted ones and explicit tags stay text. A key
        // only needs its text.
        if (!isKeyPosition() || anchor)
            v.value = tag == "?" ? YamlValue::fromPlainScalar(v.scalarText)
                                 : YamlValue(v.scalarText);
        remember(anchor, v);
        deliver(std::move(v));
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor, false);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor, true);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame
    {
        bool isMap = false;
        bool live = true; // a value (not inside a map key): counted and depth-checked
        YAML::anchor_t anchor = 0;
        YamlValue value;
        QHash<QString, int> keyIndex; // filled once a map has many keys
        bool haveKey = false;
        QString key;
        qint64 count = 1;
        int height = 0;
    };
    struct Anchored
    {
        bool complete = false;
        BuiltValue value;
    };

    bool isKeyPosition() const
    {
        return !m_stack.empty() && m_stack.back().isMap && !m_stack.back().haveKey;
    }
    bool isLivePosition() const
    {
        return m_stack.empty() || (m_stack.back().live && !isKeyPosition());
    }

    TooComplex tooDeep(const YAML::Mark &mark) const
    {
        return TooComplex{Tr::tr("nested deeper than %1 levels").arg(m_limits.maxDepth), mark};
    }
    TooComplex tooMany(const YAML::Mark &mark) const
    {
        return TooComplex{Tr::tr("more than %1 values (an alias bomb?)").arg(m_limits.maxNodes),
                          mark};
    }

    // A node begins at @p mark, standing for @p count values nested @p height levels deep.
    void account(const YAML::Mark &mark, qint64 count, int height)
    {
        if (m_stack.empty() && !m_hasRoot) {
            m_hasRoot = true;
            m_rootMark = mark;
        }
        if (!isLivePosition()) {
            // Keys: not values, but read all the same (anchors in them may be used later).
            if (++*m_keys > m_limits.maxNodes)
                throw TooComplex{Tr::tr("more than %1 map keys").arg(m_limits.maxNodes), mark};
            return;
        }
        if (height >= HugeHeight)
            throw tooDeep(mark);
        *m_values = addCounts(*m_values, count);
        if (*m_values > m_limits.maxNodes)
            throw tooMany(mark);
        if (int(m_stack.size()) + height > m_limits.maxDepth)
            throw tooDeep(mark);
    }

    void remember(YAML::anchor_t anchor, const BuiltValue &v)
    {
        if (!anchor)
            return;
        if (anchor >= m_anchors.size())
            m_anchors.resize(anchor + 1);
        m_anchors[anchor].complete = true;
        m_anchors[anchor].value = v;
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor, bool isMap)
    {
        const bool live = isLivePosition();
        account(mark, 1, 0);
        if (anchor) {
            if (anchor >= m_anchors.size())
                m_anchors.resize(anchor + 1);
            m_anchors[anchor].complete = false;
        }
        Frame f;
        f.isMap = isMap;
        f.value = isMap ? YamlValue::map() : YamlValue::sequence();
        f.live = live;
        f.anchor = anchor;
        m_stack.push_back(std::move(f));
    }

    void close()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        BuiltValue v;
        v.value = std::move(f.value);
        v.count = f.count;
        v.height = f.height;
        remember(f.anchor, v);
        deliver(std::move(v));
    }

    void deliver(BuiltValue &&v)
    {
        if (m_stack.empty()) {
            m_root = std::move(v.value);
            return;
        }
        Frame &f = m_stack.back();
        if (f.isMap && !f.haveKey) {
            f.key = v.isScalar ? v.scalarText : QString();
            f.haveKey = true;
            return;
        }
        if (f.isMap) {
            insertEntry(f, std::move(v.value));
            f.haveKey = false;
        } else {
            f.value.append(std::move(v.value));
        }
        f.count = addCounts(f.count, v.count);
        f.height = std::max(f.height, std::min(HugeHeight, v.height + 1));
    }

    // A repeated key replaces the earlier value where it was (the last one wins, as in every
    // Kubernetes reader); a hash of the keys keeps large maps linear.
    static void insertEntry(Frame &f, YamlValue &&value)
    {
        constexpr int IndexFrom = 16;
        const int size = f.value.size();
        if (size < IndexFrom) {
            if (YamlValue *existing = f.value.find(f.key))
                *existing = std::move(value);
            else
                f.value.appendEntry(f.key, std::move(value));
            return;
        }
        if (f.keyIndex.isEmpty()) {
            const auto &entries = f.value.entries();
            for (int i = 0; i < size; ++i)
                f.keyIndex.insert(entries[size_t(i)].first, i);
        }
        const auto it = f.keyIndex.constFind(f.key);
        if (it != f.keyIndex.cend()) {
            f.value.replaceEntry(*it, std::move(value));
            return;
        }
        f.keyIndex.insert(f.key, size);
        f.value.appendEntry(f.key, std::move(value));
    }

    const YamlLimits &m_limits;
    qint64 *m_values;
    qint64 *m_keys;
    std::vector<Frame> m_stack;
    std::vector<Anchored> m_anchors;
    YamlValue m_root;
    YAML::Mark m_rootMark;
    bool m_hasRoot = false;
};

QVariant toVariant(const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::Null:
        return {};
    case YamlValue::Type::Bool:
        return v.toBool();
    case YamlValue::Type::Int:
        return v.toInt();
    case YamlValue::Type::String:
        return v.toString();
    case YamlValue::Type::Plain:
        return plainScalar(v.toString());
    case YamlValue::Type::Sequence: {
        QVariantList list;
        list.reserve(qsizetype(v.items().size()));
        for (const YamlValue &item : v.items())
            list.append(toVariant(item));
        return list;
    }
    case YamlValue::Type::Map: {
        QVariantMap map;
        for (const auto &entry : v.entries())
            map.insert(entry.first, toVariant(entry.second));
        return map;
    }
    }
    return {};
}

Error located(const QString &message, const QString &fileName, const YAML::Mark &mark, int firstLine)
{
    Location loc{fileName};
    if (mark.line >= 0) {
        loc.line = firstLine + mark.line + 1;
        loc.column = mark.column + 1;
    }
    return Error(message, loc);
}

// One document, parsed on its own (possibly on another thread): its tree, or why it failed.
struct ParsedChunk
{
    enum Failure { Ok, Syntax, TooComplex, Other };
    YamlValue root;
    YAML::Mark rootMark;
    Failure failure = Ok;
    QString message;
    YAML::Mark mark;
    qint64 values = 0; // counted by this document (aliases expanded)
    qint64 keys = 0;
};

void parseChunk(const QByteArray &data, const YamlChunk &chunk, const YamlLimits &limits,
                qint64 valuesBefore, qint64 keysBefore, ParsedChunk *out)
{
    qint64 values = valuesBefore;
    qint64 keys = keysBefore;
    try {
        TreeBuilder builder(limits, &values, &keys);
        std::string error;
        YAML::Mark errorMark;
        if (!parseYamlChunk(data.constData(), chunk, builder, &error, &errorMark)) {
            out->failure = ParsedChunk::Syntax;
            out->message = QString::fromStdString(error);
            out->mark = errorMark;
        } else {
            out->rootMark = builder.rootMark();
            out->root = builder.takeRoot();
        }
    } catch (const TooComplex &e) {
        out->failure = ParsedChunk::TooComplex;
        out->message = e.message;
        out->mark = e.mark;
    } catch (const std::bad_alloc &) {
        out->failure = ParsedChunk::Other;
        out->message = Tr::tr("not enough memory to read this YAML");
    } catch (const std::exception &e) {
        out->failure = ParsedChunk::Other;
        out->message = Tr::tr("cannot read YAML: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    out->values = values - valuesBefore;
    out->keys = keys - keysBefore;
}

} // namespace

Status forEachYamlDocument(const QByteArray &data, const QString &fileName,
                           const YamlLimits &limits, const YamlDocumentVisitor &visit,
                           int *valueCount)
{
    if (valueCount)
        *valueCount = 0;
    if (data.contains('\0'))
        return Error(Tr::tr("the file is binary, not YAML"), Location{fileName});
    if (data.size() > limits.maxBytes)
        return Error(Tr::tr("the YAML is larger than %1 MiB").arg(limits.maxBytes / (1024 * 1024)),
                     Location{fileName});
    qint64 values = 0;
    qint64 keys = 0;
    auto count = qScopeGuard([&] {
        if (valueCount)
            *valueCount = int(std::min<qint64>(values, std::numeric_limits<int>::max()));
    });
    try {
        bool tooMany = false;
        const std::vector<YamlChunk> chunks = splitYamlStream(data.constData(), size_t(data.size()),
                                                              limits.maxDocuments, &tooMany);
        if (tooMany)
            return Error(Tr::tr("more than %1 YAML documents").arg(limits.maxDocuments),
                         Location{fileName});
        // Documents are parsed on both cores in batches and handed to the visitor in order. Each
        // document counts from the stream's total before its batch, so a limit is crossed at
        // most one batch late across documents, and exactly within one (a bomb stops early).
        const int threads = readerThreads(chunks.size(), 32);
        constexpr size_t Batch = 128;
        std::vector<ParsedChunk> parsed;
        for (size_t first = 0; first < chunks.size(); first += Batch) {
            const size_t inBatch = std::min(Batch, chunks.size() - first);
            parsed.clear();
            parsed.resize(inBatch);
            auto work = [&](int worker) {
                for (size_t i = size_t(worker); i < inBatch; i += size_t(threads))
                    parseChunk(data, chunks[first + i], limits, values, keys, &parsed[i]);
            };
            runOnThreads(threads, work);
            for (size_t i = 0; i < inBatch; ++i) {
                ParsedChunk &p = parsed[i];
                const YamlChunk &chunk = chunks[first + i];
                values = addCounts(values, p.values);
                keys = addCounts(keys, p.keys);
                if (p.failure == ParsedChunk::Ok && values > limits.maxNodes) {
                    // Within its batch the document was under the limit; with the documents
                    // before it, it is over.
                    p.failure = ParsedChunk::TooComplex;
                    p.message = Tr::tr("more than %1 values (an alias bomb?)").arg(limits.maxNodes);
                    p.mark = p.rootMark;
                }
                if (p.failure != ParsedChunk::Ok) {
                    return located(p.failure == ParsedChunk::Syntax
                                           ? Tr::tr("invalid YAML: %1").arg(p.message)
                                   : p.failure == ParsedChunk::TooComplex
                                           ? Tr::tr("YAML too complex: %1").arg(p.message)
                                           : p.message,
                                   fileName, p.mark, chunk.firstLine);
                }
                const int line = chunk.firstLine + std::max(0, p.rootMark.line) + 1;
                const int column = std::max(0, p.rootMark.column) + 1;
                const QByteArrayView source(data.constData() + chunk.begin,
                                            qsizetype(chunk.end - chunk.begin));
                if (Status st = visit(std::move(p.root), line, column, source); !st)
                    return st;
            }
        }
        return {};
    } catch (const std::bad_alloc &) {
        return Error(Tr::tr("not enough memory to read this YAML"), Location{fileName});
    } catch (const std::exception &e) {
        return Error(Tr::tr("cannot read YAML: %1").arg(QString::fromLocal8Bit(e.what())),
                     Location{fileName});
    }
}

Result<QList<YamlDocument>> parseYamlDocuments(const QByteArray &data, const QString &fileName,
                                               const YamlLimits &limits, int *valueCount)
{
    QList<YamlDocument> docs;
    const Status s = forEachYamlDocument(
            data, fileName, limits,
            [&](YamlValue &&value, int line, int column, QByteArrayView) -> Status {
                docs.append(YamlDocument{toVariant(value), line, column});
                return {};
            },
            valueCount);
    if (!s)
        return s.error();
    return docs;
}

} // namespace kg::io
