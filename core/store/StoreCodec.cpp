#include "store/StoreCodec.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kg::store::codec {

QVariant toColumn(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromColumn(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QByteArray optionsToJson(const GenerationOptions &options)
{
    QJsonObject o;
    o.insert(QStringLiteral("layout"), options.layout);
    o.insert(QStringLiteral("networkPolicies"), options.networkPolicies);
    if (!options.llmProvider.isEmpty())
        o.insert(QStringLiteral("llmProvider"), options.llmProvider);
    if (!options.llmModel.isEmpty())
        o.insert(QStringLiteral("llmModel"), options.llmModel);
    if (!options.context.isEmpty())
        o.insert(QStringLiteral("context"), QJsonArray::fromStringList(options.context));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

GenerationOptions optionsFromJson(const QByteArray &json)
{
    GenerationOptions options;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    options.layout = o.value(QStringLiteral("layout")).toString(options.layout);
    options.networkPolicies = o.value(QStringLiteral("networkPolicies")).toBool();
    options.llmProvider = o.value(QStringLiteral("llmProvider")).toString();
    options.llmModel = o.value(QStringLiteral("llmModel")).toString();
    const QJsonArray context = o.value(QStringLiteral("context")).toArray();
    for (const QJsonValue &v : context)
        options.context << v.toString();
    return options;
}

namespace {

ReportItem::Severity severityFromName(const QString &name)
{
    if (name == QLatin1String("warning"))
        return ReportItem::Severity::Warning;
    if (name == QLatin1String("error"))
        return ReportItem::Severity::Error;
    return ReportItem::Severity::Info;
}

} // namespace

QByteArray reportToJson(const GenerationReport &report)
{
    QJsonArray items;
    for (const ReportItem &item : report.items) {
        QJsonObject o;
        o.insert(QStringLiteral("severity"), severityName(item.severity));
        o.insert(QStringLiteral("category"), item.category);
        if (!item.nodeId.isEmpty())
            o.insert(QStringLiteral("nodeId"), item.nodeId);
        o.insert(QStringLiteral("message"), item.message);
        items.append(o);
    }
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

GenerationReport reportFromJson(const QByteArray &json)
{
    GenerationReport report;
    const QJsonArray items = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : items) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        ReportItem item;
        item.severity = severityFromName(o.value(QStringLiteral("severity")).toString());
        item.category = o.value(QStringLiteral("category")).toString();
        item.nodeId = o.value(QStringLiteral("nodeId")).toString();
        item.message = o.value(QStringLiteral("message")).toString();
        report.items << item;
    }
    return report;
}

QString text(const QString &text)
{
    static const QString empty = QStringLiteral("");
    return text.isNull() ? empty : text;
}

QByteArray blob(const QByteArray &data)
{
    static const QByteArray empty("", 0);
    return data.isNull() ? empty : data;
}

QString contentHash(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace kg::store::codec
