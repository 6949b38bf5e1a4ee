// Harness: io::ObjectProperties, which reads a Kubernetes object's catalog properties and writes
// changed ones back. For every object of the input: writing back unchanged properties must
// leave the object exactly as it was (what makes an untouched imported node come back
// unchanged), and writing changed ones must not crash and must be read back.
#include "FuzzSupport.h"

#include "io/KubernetesYamlImporter.h"
#include "io/ObjectProperties.h"
#include "io/YamlSupport.h"

using namespace kg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    io::YamlLimits limits;
    limits.maxNodes = 200000;
    (void)io::forEachYamlDocument(
            input, QStringLiteral("fuzz.yaml"), limits,
            [](YamlValue &&doc, int, int, QByteArrayView) -> Status {
                if (!doc.isMap())
                    return {};
                const YamlValue *kindValue = doc.find(QStringLiteral("kind"));
                const QString kubernetesKind = kindValue ? kindValue->scalarText() : QString();
                const NodeKindInfo *kind = NodeKindCatalog::instance().kind(
                        io::KubernetesYamlImporter::catalogKindFor(kubernetesKind));
                if (!kind)
                    return {};
                const QVariantMap before = io::ObjectProperties::read(doc, kind);
                YamlValue same = doc;
                const QStringList refused = io::ObjectProperties::apply(same, kind, before, before);
                fuzz::check(refused.isEmpty(), "properties-unchanged-refused",
                            refused.join(QLatin1Char(',')));
                fuzz::check(same == doc, "properties-unchanged-identity", kubernetesKind);

                QVariantMap after = before;
                after.insert(QStringLiteral("image"), QStringLiteral("registry.example.com/x:1"));
                after.insert(QStringLiteral("replicas"), 7);
                QVariantMap env = after.value(QStringLiteral("env")).toMap();
                env.insert(QStringLiteral("FUZZ"), QStringLiteral("1"));
                after.insert(QStringLiteral("env"), env);
                QVariantMap labels = after.value(QStringLiteral("labels")).toMap();
                if (!labels.isEmpty())
                    labels.erase(labels.begin());
                labels.insert(QStringLiteral("fuzz"), QStringLiteral("yes"));
                after.insert(QStringLiteral("labels"), labels);
                after.insert(QStringLiteral("ports"), QVariantList{8080, 9090});
                after.remove(QStringLiteral("cpuLimit"));
                after.insert(QStringLiteral("data"),
                             QVariantMap{{QStringLiteral("k"), QStringLiteral("v")}});
                YamlValue changed = doc;
                const QStringList notApplied = io::ObjectProperties::apply(changed, kind, before,
                                                                           after);
                const QVariantMap reread = io::ObjectProperties::read(changed, kind);
                if (kind->property(QStringLiteral("labels"))
                    && !notApplied.contains(QStringLiteral("labels")))
                    fuzz::check(reread.value(QStringLiteral("labels"))
                                                .toMap()
                                                .value(QStringLiteral("fuzz"))
                                        == QStringLiteral("yes"),
                                "properties-label-written", kubernetesKind);
                return {};
            });
    return 0;
}
