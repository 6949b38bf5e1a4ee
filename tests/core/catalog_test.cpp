#include "model/NodeKindCatalog.h"

#include <gtest/gtest.h>

using namespace kg;

namespace {
const NodeKindCatalog &cat()
{
    return NodeKindCatalog::instance();
}
} // namespace

TEST(Catalog, HasEveryKindTheEngineTableNames)
{
    const QStringList required{QStringLiteral("DEPLOYMENT"),
                               QStringLiteral("STATEFULSET"),
                               QStringLiteral("DAEMONSET"),
                               QStringLiteral("JOB"),
                               QStringLiteral("CRONJOB"),
                               QStringLiteral("POD"),
                               QStringLiteral("MICROSERVICE"),
                               QStringLiteral("SERVICE"),
                               QStringLiteral("INGRESS"),
                               QStringLiteral("GATEWAY"),
                               QStringLiteral("LOAD_BALANCER"),
                               QStringLiteral("CONFIGMAP"),
                               QStringLiteral("SECRET"),
                               QStringLiteral("PERSISTENTVOLUMECLAIM"),
                               QStringLiteral("STORAGECLASS"),
                               QStringLiteral("PERSISTENTVOLUME"),
                               QStringLiteral("DATABASE"),
                               QStringLiteral("CACHE"),
                               QStringLiteral("MESSAGE_QUEUE"),
                               QStringLiteral("PROXY"),
                               QStringLiteral("MONITORING"),
                               QStringLiteral("HORIZONTALPODAUTOSCALER"),
                               QStringLiteral("PODDISRUPTIONBUDGET"),
                               QStringLiteral("SERVICEACCOUNT"),
                               QStringLiteral("ROLE"),
                               QStringLiteral("ROLEBINDING"),
                               QStringLiteral("CLUSTERROLE"),
                               QStringLiteral("CLUSTERROLEBINDING"),
                               QStringLiteral("NAMESPACE"),
                               QStringLiteral("NETWORKPOLICY"),
                               QStringLiteral("RESOURCEQUOTA"),
                               QStringLiteral("LIMITRANGE"),
                               QStringLiteral("PRIORITYCLASS"),
                               QStringLiteral("EXTERNAL_DEPENDENCY")};
    for (const QString &id : required) {
        const NodeKindInfo *k = cat().kind(id);
        ASSERT_NE(k, nullptr) << id.toStdString();
        EXPECT_TRUE(k->generates) << id.toStdString();
        EXPECT_FALSE(k->displayName.isEmpty());
        EXPECT_FALSE(k->iconId.isEmpty());
    }
}

TEST(Catalog, KindIdsAreMatchedCaseInsensitively)
{
    EXPECT_EQ(cat().normalizeKindId(QStringLiteral("deployment")), QStringLiteral("DEPLOYMENT"));
    EXPECT_EQ(cat().normalizeKindId(QStringLiteral("message-queue")),
              QStringLiteral("MESSAGE_QUEUE"));
    EXPECT_EQ(cat().normalizeKindId(QStringLiteral(" Load Balancer ")),
              QStringLiteral("LOAD_BALANCER"));
    EXPECT_EQ(cat().kind(QStringLiteral("no-such-kind")), nullptr);
}

TEST(Catalog, KindIdsAreUniqueAndPropertiesWellFormed)
{
    QSet<QString> ids;
    for (const NodeKindInfo &k : cat().kinds()) {
        EXPECT_FALSE(ids.contains(k.id)) << k.id.toStdString();
        ids.insert(k.id);
        QSet<QString> keys;
        for (const PropertySpec &p : k.properties) {
            EXPECT_FALSE(keys.contains(p.key)) << k.id.toStdString() << "." << p.key.toStdString();
            keys.insert(p.key);
            // Every default must pass its own validation.
            EXPECT_EQ(NodeKindCatalog::validateValue(p, p.defaultValue), QString())
                    << k.id.toStdString() << "." << p.key.toStdString();
        }
    }
}

TEST(Catalog, ValidationCatchesWrongTypesAndRanges)
{
    const PropertySpec *replicas = cat().kind(QStringLiteral("DEPLOYMENT"))
                                           ->property(QStringLiteral("replicas"));
    ASSERT_NE(replicas, nullptr);
    EXPECT_FALSE(NodeKindCatalog::validateValue(*replicas, QStringLiteral("three")).isEmpty());
    EXPECT_FALSE(NodeKindCatalog::validateValue(*replicas, -1).isEmpty());
    EXPECT_TRUE(NodeKindCatalog::validateValue(*replicas, 3).isEmpty());
    EXPECT_TRUE(NodeKindCatalog::validateValue(*replicas, QStringLiteral("3")).isEmpty());
    EXPECT_FALSE(NodeKindCatalog::validateValue(*replicas, 2.5).isEmpty());

    const PropertySpec *ports = cat().kind(QStringLiteral("DEPLOYMENT"))
                                        ->property(QStringLiteral("ports"));
    EXPECT_TRUE(NodeKindCatalog::validateValue(*ports, QVariantList{80, 443}).isEmpty());
    EXPECT_FALSE(NodeKindCatalog::validateValue(*ports, QVariantList{70000}).isEmpty());
    EXPECT_FALSE(NodeKindCatalog::validateValue(*ports, QVariantList{0}).isEmpty());

    const PropertySpec *engine = cat().kind(QStringLiteral("DATABASE"))
                                         ->property(QStringLiteral("engine"));
    EXPECT_TRUE(NodeKindCatalog::validateValue(*engine, QStringLiteral("mysql")).isEmpty());
    EXPECT_FALSE(NodeKindCatalog::validateValue(*engine, QStringLiteral("oracle")).isEmpty());
}

TEST(Catalog, EffectiveValueFallsBackToDefault)
{
    EXPECT_EQ(cat().effectiveValue(QStringLiteral("DEPLOYMENT"), {}, QStringLiteral("replicas"))
                      .toInt(),
              1);
    EXPECT_EQ(cat().effectiveValue(QStringLiteral("DEPLOYMENT"),
                                   {{QStringLiteral("replicas"), QStringLiteral("4")}},
                                   QStringLiteral("replicas"))
                      .toLongLong(),
              4);
    // A value of the wrong type does not leak through; the default applies.
    EXPECT_EQ(cat().effectiveValue(QStringLiteral("DEPLOYMENT"),
                                   {{QStringLiteral("replicas"), QStringLiteral("three")}},
                                   QStringLiteral("replicas"))
                      .toInt(),
              1);
}

TEST(Catalog, ConnectionRulesProposeTypesAndRefuseNonsense)
{
    EXPECT_EQ(cat().proposeConnectionType(QStringLiteral("INGRESS"), QStringLiteral("SERVICE")),
              QStringLiteral("ROUTES_TO"));
    EXPECT_EQ(cat().proposeConnectionType(QStringLiteral("SERVICE"), QStringLiteral("DEPLOYMENT")),
              QStringLiteral("SERVICE_EXPOSES_POD"));
    EXPECT_EQ(cat().proposeConnectionType(QStringLiteral("DEPLOYMENT"),
                                          QStringLiteral("CONFIGMAP")),
              QStringLiteral("REQUIRES"));
    EXPECT_EQ(cat().proposeConnectionType(QStringLiteral("MICROSERVICE"),
                                          QStringLiteral("DATABASE")),
              QStringLiteral("MICROSERVICE_DEPENDS_ON"));
    EXPECT_EQ(cat().proposeConnectionType(QStringLiteral("HORIZONTALPODAUTOSCALER"),
                                          QStringLiteral("DEPLOYMENT")),
              QStringLiteral("SCALES"));
    EXPECT_TRUE(cat().proposeConnectionType(QStringLiteral("CONFIGMAP"), QStringLiteral("INGRESS"))
                        .isEmpty());
    EXPECT_TRUE(cat().proposeConnectionType(QStringLiteral("SECRET"), QStringLiteral("SECRET"))
                        .isEmpty());
    EXPECT_TRUE(cat().isKnownConnectionType(QStringLiteral("MICROSERVICE_CALLS")));
    EXPECT_FALSE(cat().isKnownConnectionType(QStringLiteral("TELEPORTS_TO")));
}
