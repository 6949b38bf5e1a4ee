#include "io/YamlSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "io/YamlStream.h"

#include <exception>

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

QVariant plainScalar(const std::string &text)
{
    const QString s = QString::fromStdString(text);
    if (s.isEmpty() || s == QLatin1String("~") || s == QLatin1String("null")
        || s == QLatin1String("Null") || s == QLatin1String("NULL"))
        return {};
    if (s == QLatin1String("true") || s == QLatin1String("True") || s == QLatin1String("TRUE"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("False") || s == QLatin1String("FALSE"))
        return false;
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

class Converter
{
public:
    explicit Converter(const YamlLimits &limits)
        : m_limits(limits)
    {}

    QVariant convert(const YAML::Node &node, int depth)
    {
        if (++m_nodes > m_limits.maxNodes)
            throw TooComplex{Tr::tr("more than %1 values (an alias bomb?)").arg(m_limits.maxNodes),
                             node.Mark()};
        if (depth > m_limits.maxDepth)
            throw TooComplex{Tr::tr("nested deeper than %1 levels").arg(m_limits.maxDepth),
                             node.Mark()};
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return {};
        case YAML::NodeType::Scalar:
            // Quoted scalars and explicit tags other than the core ones stay text.
            if (node.Tag() == "?")
                return plainScalar(node.Scalar());
            return QString::fromStdString(node.Scalar());
        case YAML::NodeType::Sequence: {
            QVariantList list;
            for (const YAML::Node &item : node)
                list.append(convert(item, depth + 1));
            return list;
        }
        case YAML::NodeType::Map: {
            QVariantMap map;
            for (const auto &entry : node) {
                const QString key = entry.first.IsScalar()
                                            ? QString::fromStdString(entry.first.Scalar())
                                            : QString();
                map.insert(key, convert(entry.second, depth + 1));
            }
            return map;
        }
        }
        return {};
    }

private:
    const YamlLimits &m_limits;
    int m_nodes = 0;
};

Error located(const QString &message, const QString &fileName, const YAML::Mark &mark, int firstLine)
{
    Location loc{fileName};
    if (mark.line >= 0) {
        loc.line = firstLine + mark.line + 1;
        loc.column = mark.column + 1;
    }
    return Error(message, loc);
}

} // namespace

Result<QList<YamlDocument>> parseYamlDocuments(const QByteArray &data, const QString &fileName,
                                               const YamlLimits &limits)
{
    if (data.contains('\0'))
        return Error(Tr::tr("the file is binary, not YAML"), Location{fileName});
    int failedFirstLine = 0;
    try {
        bool tooMany = false;
        const std::vector<YamlStreamDocument> nodes = loadYamlStream(data.toStdString(),
                                                                     limits.maxDocuments, &tooMany);
        if (tooMany)
            return Error(Tr::tr("more than %1 YAML documents").arg(limits.maxDocuments),
                         Location{fileName});
        QList<YamlDocument> docs;
        docs.reserve(int(nodes.size()));
        Converter converter(limits);
        for (const YamlStreamDocument &stream : nodes) {
            failedFirstLine = stream.firstLine;
            if (!stream.error.empty())
                return located(Tr::tr("invalid YAML: %1").arg(QString::fromStdString(stream.error)),
                               fileName, stream.errorMark, stream.firstLine);
            YamlDocument doc;
            const YAML::Mark mark = stream.node.Mark();
            doc.line = stream.firstLine + std::max(0, mark.line) + 1;
            doc.column = std::max(0, mark.column) + 1;
            doc.value = converter.convert(stream.node, 0);
            docs.append(std::move(doc));
        }
        return docs;
    } catch (const TooComplex &e) {
        return located(Tr::tr("YAML too complex: %1").arg(e.message), fileName, e.mark,
                       failedFirstLine);
    } catch (const YAML::Exception &e) {
        return located(Tr::tr("invalid YAML: %1").arg(QString::fromStdString(e.msg)), fileName,
                       e.mark, failedFirstLine);
    } catch (const std::bad_alloc &) {
        return Error(Tr::tr("not enough memory to read this YAML"), Location{fileName});
    } catch (const std::exception &e) {
        return Error(Tr::tr("cannot read YAML: %1").arg(QString::fromLocal8Bit(e.what())),
                     Location{fileName});
    }
}

} // namespace kg::io
