#include "codegen/ReportFormat.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <vector>

namespace kg::ReportFormat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::ReportFormat)
};

QString cell(QString s)
{
    s.replace(QLatin1Char('|'), QLatin1String("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

QString severityName(ReportItem::Severity s)
{
    switch (s) {
    case ReportItem::Severity::Info:
        return QStringLiteral("info");
    case ReportItem::Severity::Warning:
        return QStringLiteral("warning");
    case ReportItem::Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

int countCategory(const GenerationReport &r, const QString &category)
{
    int n = 0;
    for (const ReportItem &i : r.items)
        n += i.category == category ? 1 : 0;
    return n;
}

// Indented JSON text in QJsonDocument's format: "{" or "[" then a newline, members one per
// line indented by four spaces a level, separated by ",\n", and the closing bracket on its own
// line at the opening's indentation (also for empty containers). The caller writes object
// members in sorted key order, as QJsonObject keeps them.
class JsonText
{
public:
    explicit JsonText(QByteArray &out)
        : m_out(out)
    {}

    void open(char bracket)
    {
        m_out.append(bracket);
        m_out.append('\n');
        m_first.push_back(true);
    }
    void close(char bracket)
    {
        const bool empty = m_first.back();
        m_first.pop_back();
        if (!empty)
            m_out.append('\n');
        indent();
        m_out.append(bracket);
    }
    /// Starts a member of an object.
    void key(const char *name)
    {
        item();
        m_out.append('"');
        m_out.append(name);
        m_out.append("\": ");
    }
    /// Starts an element of an array.
    void item()
    {
        if (!m_first.back())
            m_out.append(",\n");
        m_first.back() = false;
        indent();
    }
    void number(qint64 n) { m_out.append(QByteArray::number(n)); }
    // Qt's escapes: \" \\ \b \f \n \r \t, other control characters as \u00xx, text as UTF-8,
    // and a lone surrogate as \uxxxx.
    void string(const QString &s)
    {
        static const char hex[] = "0123456789abcdef";
        m_out.append('"');
        const char16_t *p = reinterpret_cast<const char16_t *>(s.constData());
        const char16_t *const end = p + s.size();
        while (p != end) {
            const char16_t *run = p;
            while (p != end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
                ++p;
            if (p != run) {
                const qsizetype at = m_out.size();
                m_out.resize(at + (p - run));
                std::copy(run, p, m_out.data() + at); // ASCII: one byte per character
            }
            if (p == end)
                break;
            const char16_t u = *p++;
            if (u < 0x80) {
                m_out.append('\\');
                switch (u) {
                case '"':
                    m_out.append('"');
                    break;
                case '\\':
                    m_out.append('\\');
                    break;
                case 0x8:
                    m_out.append('b');
                    break;
                case 0xc:
                    m_out.append('f');
                    break;
                case 0xa:
                    m_out.append('n');
                    break;
                case 0xd:
                    m_out.append('r');
                    break;
                case 0x9:
                    m_out.append('t');
                    break;
                default:
                    m_out.append("u00");
                    m_out.append(hex[u >> 4]);
                    m_out.append(hex[u & 0xf]);
                }
            } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
                m_out.append(QString(reinterpret_cast<const QChar *>(p - 1), 2).toUtf8());
                ++p;
            } else if (QChar::isSurrogate(u)) {
                m_out.append("\\u");
                for (int shift = 12; shift >= 0; shift -= 4)
                    m_out.append(hex[(u >> shift) & 0xf]);
            } else {
                m_out.append(QString(QChar(u)).toUtf8());
            }
        }
        m_out.append('"');
    }

private:
    void indent() { m_out.append(QByteArray(4 * qsizetype(m_first.size()), ' ')); }

    QByteArray &m_out;
    std::vector<bool> m_first; // per open container: nothing written in it yet
};

} // namespace

QByteArray toMarkdown(const GenerationReport &report)
{
    QString md;
    md.reserve(4096 + report.objects.size() * 96 + report.items.size() * 96);
    md += Tr::tr("# Generation report: %1")
                  .arg(report.graphName.isEmpty() ? Tr::tr("(unnamed graph)") : report.graphName)
          + QStringLiteral("\n\n");
    const int warnings = report.count(ReportItem::Severity::Warning);
    md += Tr::tr("Generated by the %1 engine in the `%2` layout: %3 objects, %4 warnings.")
                  .arg(report.backend, report.layout)
                  .arg(report.objects.size())
                  .arg(warnings)
          + QStringLiteral("\n\n");
    md += Tr::tr("Secret values are placeholders; replace them before deploying.")
          + QStringLiteral("\n\n");

    md += QStringLiteral("## ") + Tr::tr("Generated objects") + QStringLiteral("\n\n");
    if (report.objects.isEmpty()) {
        md += Tr::tr("Nothing was generated.") + QStringLiteral("\n\n");
    } else {
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
                      .arg(Tr::tr("Node"), Tr::tr("Object"), Tr::tr("Namespace"), Tr::tr("File"));
        for (const GeneratedObject &o : report.objects) {
            md += QStringLiteral("| %1 | %2/%3 | %4 | `%5` |\n")
                          .arg(cell(o.nodeName), o.kind, o.name,
                               o.ns.isEmpty() ? Tr::tr("(cluster)") : o.ns, cell(o.path));
        }
        md += QLatin1Char('\n');
    }
    const struct
    {
        const char *category;
        QString title;
    } sections[] = {
            {"warning", Tr::tr("Warnings")},       {"unmapped", Tr::tr("Not mapped")},
            {"assumption", Tr::tr("Assumptions")}, {"default", Tr::tr("Defaults applied")},
            {"error", Tr::tr("Errors")},
    };
    for (const auto &section : sections) {
        const QString category = QLatin1String(section.category);
        if (countCategory(report, category) == 0)
            continue;
        md += QStringLiteral("## ") + section.title + QStringLiteral("\n\n");
        for (const ReportItem &i : report.items) {
            if (i.category != category)
                continue;
            md += QStringLiteral("- ") + cell(i.message);
            if (!i.nodeId.isEmpty())
                md += QStringLiteral(" (node `%1`)").arg(cell(i.nodeId));
            md += QLatin1Char('\n');
        }
        md += QLatin1Char('\n');
    }
    return md.toUtf8();
}

QByteArray toJson(const GenerationReport &report)
{
    // Written directly in the bytes QJsonDocument::toJson(Indented) gives for the same object
    // (keys in sorted order, four-space indentation, Qt's string escapes): building a
    // QJsonObject per generated object took a fifth of the time of a large generation.
    QByteArray json;
    json.reserve(512 + report.objects.size() * 320 + report.items.size() * 240);
    JsonText out(json);
    out.open('{');
    out.key("backend");
    out.string(report.backend);
    out.key("graph");
    out.string(report.graphName);
    out.key("items");
    out.open('[');
    for (const ReportItem &i : report.items) {
        out.item();
        out.open('{');
        out.key("category");
        out.string(i.category);
        out.key("message");
        out.string(i.message);
        out.key("nodeId");
        out.string(i.nodeId);
        out.key("severity");
        out.string(severityName(i.severity));
        out.close('}');
    }
    out.close(']');
    out.key("layout");
    out.string(report.layout);
    out.key("objects");
    out.open('[');
    for (const GeneratedObject &o : report.objects) {
        out.item();
        out.open('{');
        out.key("apiVersion");
        out.string(o.apiVersion);
        out.key("kind");
        out.string(o.kind);
        out.key("name");
        out.string(o.name);
        out.key("namespace");
        out.string(o.ns);
        out.key("nodeId");
        out.string(o.nodeId);
        out.key("nodeName");
        out.string(o.nodeName);
        out.key("path");
        out.string(o.path);
        out.close('}');
    }
    out.close(']');
    out.key("summary");
    out.open('{');
    out.key("assumption");
    out.number(countCategory(report, QStringLiteral("assumption")));
    out.key("default");
    out.number(countCategory(report, QStringLiteral("default")));
    out.key("errors");
    out.number(report.count(ReportItem::Severity::Error));
    out.key("objects");
    out.number(report.objects.size());
    out.key("unmapped");
    out.number(countCategory(report, QStringLiteral("unmapped")));
    out.key("warnings");
    out.number(report.count(ReportItem::Severity::Warning));
    out.close('}');
    out.close('}');
    json.append('\n');
    return json;
}

} // namespace kg::ReportFormat
