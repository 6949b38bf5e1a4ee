#include "io/YamlTree.h"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cstring>

namespace kg {
namespace {

// Text that yaml-cpp writes as a plain scalar. Only made from the output of plainScalar() below,
// which proves that yaml-cpp's own check would choose a plain scalar for it.
struct PlainScalar
{
    const char *data = nullptr;
    size_t size = 0;
};

} // namespace
} // namespace kg

#if KG_YAML_FAST_PLAIN
namespace YAML {

// Writes a scalar known to be plain: exactly what Emitter::Write(const std::string &) does for a
// string whose format it computes as plain (prepare the node, write the text, finish the scalar),
// without computing that format again. yaml-cpp 0.7 computes it with regular expressions run at
// every character of every key and value, which took about two thirds of the generation time.
// The emitter still places the scalar (indentation, keys, sequence entries, documents).
// An explicit specialization of the emitter's public member template is itself a member, so it
// may call these private steps. It reaches into yaml-cpp's internals, so CMake enables it
// (KG_YAML_FAST_PLAIN) only for the yaml-cpp version that the YamlWriter tests compare with
// yaml-cpp's own choice of style; with any other version the public API below is used.
template<>
Emitter &Emitter::WriteStreamable<kg::PlainScalar>(kg::PlainScalar text)
{
    if (!good())
        return *this;
    PrepareNode(EmitterNodeType::Scalar);
    m_stream.write(text.data, text.size);
    StartedScalar();
    return *this;
}

} // namespace YAML
#endif

namespace kg {
namespace {

/// Writes @p text, which yaml-cpp would write as a plain scalar.
void writePlain(YAML::Emitter &e, PlainScalar text)
{
#if KG_YAML_FAST_PLAIN
    e.WriteStreamable(text);
#else
    e << std::string(text.data, text.size);
#endif
}

} // namespace
} // namespace kg

namespace kg {

YamlValue::YamlValue(bool b)
    : m_type(Type::Bool)
    , m_bool(b)
{}

YamlValue::YamlValue(int i)
    : m_type(Type::Int)
    , m_int(i)
{}

YamlValue::YamlValue(qint64 i)
    : m_type(Type::Int)
    , m_int(i)
{}

YamlValue::YamlValue(const QString &s)
    : m_type(Type::String)
    , m_string(s)
{}

YamlValue YamlValue::plain(const QString &text)
{
    YamlValue v;
    v.m_type = Type::Plain;
    v.m_string = text;
    return v;
}

YamlValue YamlValue::fromPlainScalar(const QString &s)
{
    if (s.isEmpty() || s == QLatin1String("~") || s == QLatin1String("null")
        || s == QLatin1String("Null") || s == QLatin1String("NULL"))
        return {};
    if (s == QLatin1String("true"))
        return YamlValue(true);
    if (s == QLatin1String("false"))
        return YamlValue(false);
    // A decimal integer as every reader reads it: no sign but '-', no leading zero (YAML 1.1
    // readers take "0644" for octal), no '_' or ':' (1.1 digit groups and base 60).
    const QChar first = s.front();
    if ((first.isDigit() || first == QLatin1Char('-')) && s.size() <= 20) {
        const qsizetype digitsFrom = first == QLatin1Char('-') ? 1 : 0;
        bool canonical = s.size() > digitsFrom;
        for (qsizetype i = digitsFrom; i < s.size() && canonical; ++i)
            canonical = s.at(i).unicode() >= '0' && s.at(i).unicode() <= '9';
        if (canonical && s.at(digitsFrom) == QLatin1Char('0') && s.size() > digitsFrom + 1)
            canonical = false;
        if (canonical && s != QLatin1String("-0")) {
            bool ok = false;
            const qint64 n = s.toLongLong(&ok);
            if (ok)
                return YamlValue(n);
        }
    }
    if (YamlWriter::needsQuotes(s))
        return plain(s);
    return YamlValue(s);
}

QString YamlValue::scalarText() const
{
    switch (m_type) {
    case Type::Bool:
        return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Int:
        return QString::number(m_int);
    case Type::String:
    case Type::Plain:
        return m_string;
    default:
        return {};
    }
}

YamlValue YamlValue::map()
{
    YamlValue v;
    v.m_type = Type::Map;
    return v;
}

YamlValue YamlValue::sequence()
{
    YamlValue v;
    v.m_type = Type::Sequence;
    return v;
}

YamlValue YamlValue::strings(const QStringList &items)
{
    YamlValue v = sequence();
    v.m_items.reserve(size_t(items.size()));
    for (const QString &s : items)
        v.m_items.emplace_back(s);
    return v;
}

YamlValue &YamlValue::set(const QString &key, YamlValue value)
{
    if (m_type != Type::Map) {
        m_type = Type::Map;
        m_items.clear();
    }
    for (auto &entry : m_entries) {
        if (entry.first == key) {
            entry.second = std::move(value);
            return entry.second;
        }
    }
    m_entries.emplace_back(key, std::move(value));
    return m_entries.back().second;
}

YamlValue &YamlValue::appendEntry(const QString &key, YamlValue value)
{
    if (m_type != Type::Map) {
        m_type = Type::Map;
        m_items.clear();
    }
    m_entries.emplace_back(key, std::move(value));
    return m_entries.back().second;
}

YamlValue &YamlValue::operator[](const QString &key)
{
    if (m_type == Type::Map) {
        for (auto &entry : m_entries) {
            if (entry.first == key)
                return entry.second;
        }
    }
    return set(key, map());
}

const YamlValue *YamlValue::find(const QString &key) const
{
    for (const auto &entry : m_entries) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

YamlValue *YamlValue::find(const QString &key)
{
    for (auto &entry : m_entries) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

const YamlValue *YamlValue::at(std::initializer_list<const char *> path) const
{
    const YamlValue *cur = this;
    for (const char *step : path) {
        if (cur->m_type != Type::Map)
            return nullptr;
        cur = cur->find(QLatin1String(step));
        if (!cur)
            return nullptr;
    }
    return cur;
}

bool YamlValue::remove(const QString &key)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->first == key) {
            m_entries.erase(it);
            return true;
        }
    }
    return false;
}

YamlValue &YamlValue::append(YamlValue value)
{
    if (m_type != Type::Sequence) {
        m_type = Type::Sequence;
        m_entries.clear();
    }
    m_items.push_back(std::move(value));
    return m_items.back();
}

int YamlValue::size() const
{
    if (m_type == Type::Map)
        return int(m_entries.size());
    if (m_type == Type::Sequence)
        return int(m_items.size());
    return 0;
}

YamlValue &YamlValue::setHelmValue(const QStringList &path)
{
    m_helmValue = path;
    return *this;
}

YamlValue &YamlValue::setHelmExpression(const QString &expression)
{
    m_helmExpression = expression;
    return *this;
}

bool YamlValue::operator==(const YamlValue &o) const
{
    return m_type == o.m_type && m_bool == o.m_bool && m_int == o.m_int && m_string == o.m_string
           && m_entries == o.m_entries && m_items == o.m_items && m_helmValue == o.m_helmValue
           && m_helmExpression == o.m_helmExpression;
}

namespace {

// Placeholders for Helm expressions: plain scalars yaml-cpp never quotes, fixed width so that
// one never prefixes another; replaced after emission.
constexpr char TokenPrefix[] = "KGTPL";
constexpr int TokenDigits = 6;

bool isNumberLikeChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F') || u == '.'
           || u == '_' || u == ':' || u == '+' || u == '-' || u == 'x' || u == 'X' || u == 'o'
           || u == 'O' || u == ' ' || u == 'T' || u == 't' || u == 'Z' || u == 'z';
}

bool literalBlockSafe(const QString &s)
{
    // yaml-cpp writes "|" without an indentation indicator: the text must not start with a
    // space, must end with exactly one newline, and must hold no carriage return or tab.
    if (s.isEmpty() || s.at(0) == QLatin1Char(' ') || s.at(0) == QLatin1Char('\n'))
        return false;
    if (!s.endsWith(QLatin1Char('\n')) || s.endsWith(QLatin1String("\n\n")))
        return false;
    return !s.contains(QLatin1Char('\r')) && !s.contains(QLatin1Char('\t'));
}

// True when yaml-cpp 0.7 writes @p s (printable ASCII, in block context) as a plain scalar, i.e.
// when YAML::Utils::IsValidPlainScalar accepts it: not a null word; no leading blank, no leading
// indicator among ,[]{}#&*!|>'"%@` and no leading -?: followed by a blank or the end; no trailing
// blank; no ':' followed by a blank or the end and no blank followed by '#'. Strings longer than
// 1024 characters are left to the emitter (it writes them as long keys). Fills @p ascii with the
// text. Anything else (control or non-ASCII characters) is left to yaml-cpp's own check, so
// this only takes a shortcut where the result is known; tests compare both ways.
bool plainScalar(const QString &s, std::string &ascii)
{
    const qsizetype n = s.size();
    if (n == 0 || n > 1024)
        return false;
    ascii.resize(size_t(n));
    const char16_t *in = reinterpret_cast<const char16_t *>(s.constData());
    char *out = ascii.data();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in[i];
        if (c < 0x20 || c > 0x7e)
            return false;
        out[i] = char(c);
    }
    const char first = out[0];
    if (first == ' ' || std::strchr(",[]{}#&*!|>'\"%@`", first))
        return false;
    if ((first == '-' || first == '?' || first == ':') && (n == 1 || out[1] == ' '))
        return false;
    if (out[n - 1] == ' ' || out[n - 1] == ':')
        return false;
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if ((out[i] == ':' && out[i + 1] == ' ') || (out[i] == ' ' && out[i + 1] == '#'))
            return false;
    }
    return !(ascii == "~" || ascii == "null" || ascii == "Null" || ascii == "NULL");
}

class Emission
{
public:
    Emission(YamlWriter::Mode mode, QList<YamlWriter::HelmValue> *values)
        : m_mode(mode)
        , m_values(values)
    {}

    void write(YAML::Emitter &e, const YamlValue &v)
    {
        if (m_mode == YamlWriter::Mode::Helm
            && (!v.helmValue().isEmpty() || !v.helmExpression().isEmpty())) {
            writeTemplate(e, v);
            return;
        }
        switch (v.type()) {
        case YamlValue::Type::Null:
            e << YAML::Null;
            break;
        case YamlValue::Type::Bool:
            // What YAML::Emitter writes for the strings "true" and "false".
            writePlain(e, v.toBool() ? PlainScalar{"true", 4} : PlainScalar{"false", 5});
            break;
        case YamlValue::Type::Int: {
            // The decimal digits YAML::Emitter writes for an integer, without its stringstream.
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, v.toInt()).ptr;
            writePlain(e, PlainScalar{digits, size_t(end - digits)});
            break;
        }
        case YamlValue::Type::String:
            writeString(e, v.toString());
            break;
        case YamlValue::Type::Plain:
            // Kept as written; text that yaml-cpp could not write plain (never made by the
            // reader) is left to its own choice.
            if (plainScalar(v.toString(), m_ascii))
                writePlain(e, PlainScalar{m_ascii.data(), m_ascii.size()});
            else
                e << v.toString().toStdString();
            break;
        case YamlValue::Type::Sequence:
            if (v.items().empty()) {
                e << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
                break;
            }
            e << YAML::BeginSeq;
            for (const YamlValue &item : v.items())
                write(e, item);
            e << YAML::EndSeq;
            break;
        case YamlValue::Type::Map:
            if (v.entries().empty()) {
                e << YAML::Flow << YAML::BeginMap << YAML::EndMap;
                break;
            }
            e << YAML::BeginMap;
            for (const auto &entry : v.entries()) {
                e << YAML::Key;
                writeString(e, entry.first);
                e << YAML::Value;
                write(e, entry.second);
            }
            e << YAML::EndMap;
            break;
        }
    }

    void writeString(YAML::Emitter &e, const QString &s)
    {
        // plainScalar() refuses line breaks, so the common case needs no separate scan for them.
        const bool quote = YamlWriter::needsQuotes(s);
        if (!quote && plainScalar(s, m_ascii))
            writePlain(e, PlainScalar{m_ascii.data(), m_ascii.size()});
        else if (s.contains(QLatin1Char('\n')))
            e << (literalBlockSafe(s) ? YAML::Literal : YAML::DoubleQuoted) << s.toStdString();
        else if (quote)
            e << YAML::DoubleQuoted << s.toStdString();
        else
            e << s.toStdString();
    }

    QByteArray substitute(QByteArray text) const
    {
        if (m_expressions.isEmpty())
            return text;
        QByteArray out;
        out.reserve(text.size() + m_expressions.size() * 32);
        qsizetype from = 0;
        const QByteArray prefix(TokenPrefix);
        while (true) {
            const qsizetype at = text.indexOf(prefix, from);
            if (at < 0)
                break;
            const qsizetype digitsAt = at + prefix.size();
            bool ok = false;
            const int index = text.mid(digitsAt, TokenDigits).toInt(&ok);
            if (!ok || index < 0 || index >= m_expressions.size()
                || digitsAt + TokenDigits >= text.size()
                || text.at(digitsAt + TokenDigits) != 'X') {
                out.append(text.mid(from, digitsAt - from));
                from = digitsAt;
                continue;
            }
            out.append(text.mid(from, at - from));
            out.append(m_expressions.at(index));
            from = digitsAt + TokenDigits + 1;
        }
        out.append(text.mid(from));
        return out;
    }

private:
    void writeTemplate(YAML::Emitter &e, const YamlValue &v)
    {
        QString expression;
        if (!v.helmExpression().isEmpty()) {
            expression = v.helmExpression();
        } else {
            const QStringList &path = v.helmValue();
            bool indexed = false;
            QString base = QStringLiteral(".Values");
            QStringList indices;
            for (const QString &segment : path) {
                bool isNumber = false;
                segment.toInt(&isNumber);
                if (isNumber || indexed) {
                    indexed = true;
                    indices << segment;
                } else {
                    base += QLatin1Char('.') + segment;
                }
            }
            expression = indices.isEmpty() ? base
                                           : QStringLiteral("index %1 %2")
                                                     .arg(base, indices.join(QLatin1Char(' ')));
            if (v.type() == YamlValue::Type::String)
                expression += QStringLiteral(" | quote");
            m_values->append({path, v});
        }
        const QString token = QLatin1String(TokenPrefix)
                              + QStringLiteral("%1").arg(m_expressions.size(), TokenDigits, 10,
                                                         QLatin1Char('0'))
                              + QLatin1Char('X');
        m_expressions.append(QStringLiteral("{{ %1 }}").arg(expression).toUtf8());
        writeString(e, token);
    }

    YamlWriter::Mode m_mode;
    QList<YamlWriter::HelmValue> *m_values;
    QList<QByteArray> m_expressions;
    std::string m_ascii; // reused buffer of plainScalar()
};

QByteArray finish(const YAML::Emitter &e)
{
    QByteArray out(e.c_str(), qsizetype(e.size()));
    if (!out.endsWith('\n'))
        out.append('\n');
    return out;
}

} // namespace

YamlWriter::YamlWriter(Mode mode)
    : m_mode(mode)
{}

QByteArray YamlWriter::document(const YamlValue &value)
{
    YAML::Emitter e;
    e.SetIndent(2);
    e.SetSeqFormat(YAML::Block);
    Emission emission(m_mode, &m_helmValues);
    emission.write(e, value);
    return emission.substitute(finish(e));
}

QByteArray YamlWriter::documents(const QList<const YamlValue *> &values)
{
    YAML::Emitter e;
    e.SetIndent(2);
    Emission emission(m_mode, &m_helmValues);
    for (const YamlValue *v : values) {
        e << YAML::BeginDoc;
        emission.write(e, *v);
        e << YAML::EndDoc;
    }
    return emission.substitute(finish(e));
}

bool YamlWriter::needsQuotes(const QString &s)
{
    if (s.isEmpty())
        return true;
    static const QStringList words{QStringLiteral("y"),     QStringLiteral("n"),
                                   QStringLiteral("yes"),   QStringLiteral("no"),
                                   QStringLiteral("on"),    QStringLiteral("off"),
                                   QStringLiteral("true"),  QStringLiteral("false"),
                                   QStringLiteral("null"),  QStringLiteral("~"),
                                   QStringLiteral(".inf"),  QStringLiteral("-.inf"),
                                   QStringLiteral("+.inf"), QStringLiteral(".nan"),
                                   QStringLiteral("=")};
    const QChar first = s.at(0);
    // Only words starting with one of these characters are in the list: most keys skip it.
    const char16_t lower = first.unicode() | 0x20;
    if (s.size() <= 5
        && (lower == 'y' || lower == 'n' || lower == 'o' || lower == 't' || lower == 'f'
            || first == QLatin1Char('~') || first == QLatin1Char('.') || first == QLatin1Char('-')
            || first == QLatin1Char('+') || first == QLatin1Char('='))
        && words.contains(s, Qt::CaseInsensitive))
        return true;
    if (first.isDigit() || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('.')) {
        for (const QChar c : s) {
            if (!isNumberLikeChar(c))
                return false;
        }
        return true;
    }
    // Leading/trailing blanks would be lost in a plain scalar.
    return s.front().isSpace() || s.back().isSpace();
}

} // namespace kg
