#include "validate/ManifestValidator.h"

#include "TestSupport.h"

using namespace kg;
using kg::test::s;

namespace {

QList<ValidationIssue> check(const QByteArray &yaml)
{
    return ManifestValidator::validateData(yaml, s("m.yaml"));
}

} // namespace

class ManifestValidatorTest : public test::TempDirTest
{};

TEST_F(ManifestValidatorTest, ValidManifestsPass)
{
    const auto issues = ManifestValidator::validatePath(
            test::sourcePath(s("tests/data/manifests/shop")));
    EXPECT_TRUE(issues.isEmpty()) << issues.value(0).toString().toStdString();
}

TEST_F(ManifestValidatorTest, SyntaxErrorsHaveLineAndColumn)
{
    const auto issues = check("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [oops\n");
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].severity, Severity::Error);
    EXPECT_GE(issues[0].location.line, 4);
    EXPECT_GT(issues[0].location.column, 0);
    EXPECT_TRUE(issues[0].toString().startsWith(s("m.yaml:")))
            << issues[0].toString().toStdString();
}

TEST_F(ManifestValidatorTest, EachRuleIsReportedWhereItIsBroken)
{
    const auto issues = check("apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n"
                              "  name: web\n---\nkind: Service\nmetadata:\n  name: web\n---\n"
                              "apiVersion: v1\nkind: Service\nmetadata:\n  name: Web_Front\n---\n"
                              "apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n---\n- a\n- b\n"
                              "---\napiVersion: v1\nmetadata: {name: x}\n");
    QStringList lines;
    for (const ValidationIssue &i : issues)
        lines << i.toString();
    const QString all = lines.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(
            s("m.yaml:1:13: error: Deployment uses apiVersion \"extensions/v1beta1\"")))
            << all.toStdString();
    EXPECT_TRUE(all.contains(s("missing \"apiVersion\""))) << all.toStdString();
    EXPECT_TRUE(all.contains(s("m.yaml:13:9: error: Service name \"Web_Front\"")))
            << all.toStdString();
    EXPECT_TRUE(all.contains(s("ConfigMap has no metadata.name"))) << all.toStdString();
    EXPECT_TRUE(all.contains(s("must be a Kubernetes object"))) << all.toStdString();
    EXPECT_TRUE(all.contains(s("missing \"kind\""))) << all.toStdString();
    EXPECT_TRUE(hasErrors(issues));
}

TEST_F(ManifestValidatorTest, HostileInputIsAnErrorNotACrash)
{
    EXPECT_TRUE(hasErrors(check(QByteArray("\x00\x01", 2))));
    EXPECT_TRUE(hasErrors(check(QByteArray(50000, '['))));
    EXPECT_FALSE(hasErrors(check("")));
    EXPECT_FALSE(check("").isEmpty()); // "no Kubernetes objects" warning
    const QByteArray valid
            = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata: {x: y}\n";
    for (int i = 0; i <= valid.size(); ++i)
        check(valid.left(i)); // every prefix: a finding or none, never a crash
    EXPECT_TRUE(hasErrors(check(valid.left(20))));
}

TEST_F(ManifestValidatorTest, FoldersAndTemplates)
{
    writeFile(s("out/a.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n");
    writeFile(s("out/templates/b.yaml"),
              "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n");
    const auto issues = ManifestValidator::validatePath(path(s("out")));
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].severity, Severity::Warning);
    EXPECT_TRUE(issues[0].message.contains(s("Helm")));
    EXPECT_TRUE(hasErrors(ManifestValidator::validatePath(path(s("missing")))));
    EXPECT_EQ(ManifestValidator::stableApiVersion(s("HorizontalPodAutoscaler")),
              s("autoscaling/v2"));
}
