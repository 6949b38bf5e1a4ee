#include "io/KGraphFormat.h"

#include "TestSupport.h"

#include <QFile>

using namespace kg;
using kg::test::makeEdge;
using kg::test::makeNode;

namespace {
GraphData sample()
{
    GraphData g;
    g.name = QStringLiteral("shop");
    g.description = QStringLiteral("a shop");
    g.metadata = {{QStringLiteral("serverProjectId"), QStringLiteral("17")}};
    g.nodes = {makeNode(QStringLiteral("ns"), QStringLiteral("NAMESPACE"), QStringLiteral("shop"),
                        {-20, -20}),
               makeNode(QStringLiteral("web"), QStringLiteral("DEPLOYMENT"), QStringLiteral("web"),
                        {10.5, 20},
                        {{QStringLiteral("replicas"), qint64(3)},
                         {QStringLiteral("ports"), QVariantList{qint64(8080)}},
                         {QStringLiteral("env"),
                          QVariantMap{{QStringLiteral("A"), QStringLiteral("1")}}},
                         {QStringLiteral("image"), QStringLiteral("nginx:1.27")}})};
    g.nodes[0].size = QSizeF(500, 400);
    g.nodes[1].parent = QStringLiteral("ns");
    g.edges = {makeEdge(QStringLiteral("e1"), QStringLiteral("web"), QStringLiteral("ns"),
                        QStringLiteral("CONNECTS_TO"))};
    g.edges[0].properties = {{QStringLiteral("mountPath"), QStringLiteral("/x")}};
    return g;
}

QString errorOf(const QByteArray &json)
{
    auto r = io::KGraphFormat::read(json, QStringLiteral("g.kgraph"));
    return r ? QString() : r.error().toString();
}
} // namespace

class KGraphFormatTest : public test::TempDirTest
{};

TEST_F(KGraphFormatTest, LosslessRoundTrip)
{
    const QByteArray bytes = io::KGraphFormat::write(sample());
    auto back = io::KGraphFormat::read(bytes);
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    EXPECT_EQ(*back, sample());
    EXPECT_EQ(io::KGraphFormat::write(*back), bytes); // byte-identical
}

TEST_F(KGraphFormatTest, FileRoundTripIsAtomic)
{
    const QString file = path(QStringLiteral("g.kgraph"));
    ASSERT_TRUE(io::KGraphFormat::writeFile(sample(), file).ok());
    auto back = io::KGraphFormat::readFile(file);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, sample());
}

TEST_F(KGraphFormatTest, WriteIntoMissingFolderFailsCleanly)
{
    const Status s = io::KGraphFormat::writeFile(sample(),
                                                 path(QStringLiteral("no/such/dir/g.kgraph")));
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.error().toString().contains(QStringLiteral("g.kgraph")));
}

TEST_F(KGraphFormatTest, NewerVersionIsRefusedGracefully)
{
    const QString e = errorOf(R"({"format":"kubegram-graph","version":7,"nodes":[]})");
    EXPECT_TRUE(e.contains(QStringLiteral("newer"))) << e.toStdString();
    EXPECT_TRUE(e.contains(QStringLiteral("/version")));
}

TEST_F(KGraphFormatTest, MalformedInputGivesLocatedErrors)
{
    EXPECT_TRUE(errorOf("").contains(QStringLiteral("empty")));
    EXPECT_TRUE(errorOf(QByteArray("\x00\x01\x02", 3)).contains(QStringLiteral("binary")));
    EXPECT_TRUE(errorOf("{\"format\":\n \"kubegram-graph\",\n  \"version\": 1,,}")
                        .startsWith(QStringLiteral("g.kgraph:3:")));
    EXPECT_TRUE(errorOf("[]").contains(QStringLiteral("not an object")));
    EXPECT_TRUE(errorOf(R"({"format":"other","version":1})").contains(QStringLiteral("format")));
    EXPECT_TRUE(errorOf(R"({"format":"kubegram-graph","version":"1"})")
                        .contains(QStringLiteral("version")));
    EXPECT_TRUE(errorOf(R"({"format":"kubegram-graph","version":1,"nodes":{}})")
                        .contains(QStringLiteral("/nodes")));
    const QString dup = errorOf(R"({"format":"kubegram-graph","version":1,"nodes":[
        {"id":"a","kind":"POD"},{"id":"a","kind":"POD"}]})");
    EXPECT_TRUE(dup.contains(QStringLiteral("duplicate"))) << dup.toStdString();
    EXPECT_TRUE(dup.contains(QStringLiteral("/nodes/1/id")));
    EXPECT_TRUE(
            errorOf(R"({"format":"kubegram-graph","version":1,"nodes":[{"id":"a","kind":"POD","x":"left"}]})")
                    .contains(QStringLiteral("/nodes/0/x")));
    EXPECT_TRUE(
            errorOf(R"({"format":"kubegram-graph","version":1,"nodes":[{"id":"a","kind":"POD","x":1e300}]})")
                    .contains(QStringLiteral("/nodes/0/x")));
    EXPECT_TRUE(
            errorOf(R"({"format":"kubegram-graph","version":1,"nodes":[{"id":"","kind":"POD"}]})")
                    .contains(QStringLiteral("empty")));
    EXPECT_TRUE(
            errorOf(R"({"format":"kubegram-graph","version":1,"edges":[{"id":"e","source":"a"}]})")
                    .contains(QStringLiteral("target")));
}

TEST_F(KGraphFormatTest, AbsurdNestingIsRefused)
{
    QByteArray deep = R"({"format":"kubegram-graph","version":1,"metadata":)";
    deep += QByteArray(5000, '[') + QByteArray(5000, ']') + "}";
    EXPECT_TRUE(errorOf(deep).contains(QStringLiteral("nested"))) << errorOf(deep).toStdString();
}

TEST_F(KGraphFormatTest, MissingAndOversizedFiles)
{
    auto missing = io::KGraphFormat::readFile(path(QStringLiteral("nope.kgraph")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().toString().contains(QStringLiteral("no such file")));
    auto dir = io::KGraphFormat::readFile(m_dir.path());
    ASSERT_FALSE(dir.ok());
    EXPECT_TRUE(dir.error().toString().contains(QStringLiteral("folder")));
}

TEST_F(KGraphFormatTest, TruncatedFilesNeverCrash)
{
    const QByteArray bytes = io::KGraphFormat::write(sample());
    for (qsizetype n = 0; n < bytes.size(); n += 7) {
        auto r = io::KGraphFormat::read(bytes.left(n));
        EXPECT_FALSE(r.ok()) << n;
    }
}

TEST_F(KGraphFormatTest, DanglingParentIsDropped)
{
    auto r = io::KGraphFormat::read(
            R"({"format":"kubegram-graph","version":1,"nodes":[{"id":"a","kind":"POD","parent":"zz"}]})");
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->nodes.first().parent.isEmpty());
}
