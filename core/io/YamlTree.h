#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>
#include <vector>

namespace kg {

/// A YAML value tree with insertion-ordered maps: what the engine builds manifests as, so that
/// key order is fixed by the code (apiVersion, kind, metadata, spec, …) and the same graph always
/// gives the same bytes. Scalars keep their type (an Int is emitted as a number, a String that
/// looks like a number, a boolean or null is quoted), which a plain YAML::Node would lose.
class YamlValue
{
public:
    /// Plain: a plain scalar that is neither null, true, false nor a decimal integer (a float,
    /// an octal-looking "0644", a YAML 1.1 word such as "yes"), kept as written so that every
    /// reader sees in the output what it saw in the input; emitted unquoted.
    enum class Type { Null, Bool, Int, String, Plain, Sequence, Map };

    YamlValue() = default;
    YamlValue(bool b);
    YamlValue(int i);
    YamlValue(qint64 i);
    YamlValue(const QString &s);
    YamlValue(const char *) = delete; // use QStringLiteral: keeps QT_NO_CAST_FROM_ASCII honest

    /// A plain scalar kept as written (Type::Plain).
    static YamlValue plain(const QString &text);
    /// The value of a plain (unquoted, untagged) scalar as a YAML reader types it: null, a bool
    /// (true / false), a decimal integer that fits 64 bits; other number-like text and YAML 1.1
    /// words become Plain; anything else a String.
    static YamlValue fromPlainScalar(const QString &text);

    /// An empty map (emitted as {}).
    static YamlValue map();
    /// An empty sequence (emitted as []).
    static YamlValue sequence();
    /// A sequence of strings.
    static YamlValue strings(const QStringList &items);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isMap() const { return m_type == Type::Map; }
    bool isSequence() const { return m_type == Type::Sequence; }
    bool isScalar() const { return m_type != Type::Map && m_type != Type::Sequence; }
    /// The text of a scalar as it would be written: the string, the digits, "true", the plain
    /// text; empty for null and collections.
    QString scalarText() const;
    bool toBool() const { return m_bool; }
    qint64 toInt() const { return m_int; }
    const QString &toString() const { return m_string; }

    /// Sets @p key to @p value: replaces an existing key in place, else appends. Turns a Null
    /// value into a map. Returns the stored value; like every reference into a map or sequence,
    /// it is only valid until the next insertion into the same map or sequence.
    YamlValue &set(const QString &key, YamlValue value);
    /// Appends @p key without looking for it first (set() compares it with every key): for
    /// building large maps whose keys the caller knows to be distinct. Turns a Null value into a
    /// map. Returns the stored value.
    YamlValue &appendEntry(const QString &key, YamlValue value);
    /// Replaces the value of the entry at @p index (in entries() order).
    void replaceEntry(int index, YamlValue value)
    {
        m_entries[size_t(index)].second = std::move(value);
    }
    /// The value of @p key, creating an empty map there when it is missing.
    YamlValue &operator[](const QString &key);
    /// The value of @p key, or nullptr.
    const YamlValue *find(const QString &key) const;
    YamlValue *find(const QString &key);
    /// The value at a path of map keys, or nullptr.
    const YamlValue *at(std::initializer_list<const char *> path) const;
    /// Removes @p key; returns whether it was there.
    bool remove(const QString &key);
    /// Appends to a sequence (a Null value becomes a sequence). Returns the stored value.
    YamlValue &append(YamlValue value);

    /// Map entries in insertion order.
    const std::vector<std::pair<QString, YamlValue>> &entries() const { return m_entries; }
    /// Sequence items.
    const std::vector<YamlValue> &items() const { return m_items; }
    /// Number of map entries or sequence items.
    int size() const;
    bool isEmptyCollection() const { return size() == 0; }

    /// Marks this scalar as configurable in a Helm chart: @p path names it under .Values
    /// (e.g. {"ordersApi", "image"}); the Helm layout emits a template expression here and puts
    /// the value into values.yaml. Other layouts ignore the mark.
    YamlValue &setHelmValue(const QStringList &path);
    const QStringList &helmValue() const { return m_helmValue; }
    /// Marks this scalar as a raw Helm template expression (without the braces), e.g.
    /// ".Release.Name | quote"; other layouts emit the plain value.
    YamlValue &setHelmExpression(const QString &expression);
    const QString &helmExpression() const { return m_helmExpression; }

    bool operator==(const YamlValue &o) const;
    bool operator!=(const YamlValue &o) const { return !(*this == o); }

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    qint64 m_int = 0;
    QString m_string;
    std::vector<std::pair<QString, YamlValue>> m_entries;
    std::vector<YamlValue> m_items;
    QStringList m_helmValue;
    QString m_helmExpression;
};

/// Emits YamlValue trees as YAML text through yaml-cpp's emitter.
class YamlWriter
{
public:
    /// How Helm marks on scalars are treated.
    enum class Mode {
        Plain, ///< emit the values themselves
        Helm,  ///< emit `{{ … }}` template expressions where a scalar carries a Helm mark
    };

    /// A value that the Helm mode replaced with a template expression.
    struct HelmValue
    {
        QStringList path;
        YamlValue value;
    };

    explicit YamlWriter(Mode mode = Mode::Plain);

    /// One YAML document (no leading `---`), ending with a newline.
    QByteArray document(const YamlValue &value);
    /// Several documents separated by `---` lines.
    QByteArray documents(const QList<const YamlValue *> &values);
    /// The values replaced by template expressions so far, in first-use order.
    const QList<HelmValue> &helmValues() const { return m_helmValues; }

    /// True when @p s must be quoted so that a YAML 1.1 reader (the one kubectl uses) still
    /// reads it as a string: empty, a boolean or null word, something number- or date-like.
    static bool needsQuotes(const QString &s);

private:
    Mode m_mode;
    QList<HelmValue> m_helmValues;
};

} // namespace kg
