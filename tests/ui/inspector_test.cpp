#include "CanvasFixture.h"

#include "commands/ChangeNodes.h"
#include "inspector/InspectorWidget.h"
#include "io/ImportedNode.h"
#include "io/KubernetesYamlImporter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QWheelEvent>

using namespace kg;
using namespace kg::ui;
using test::makeEdge;
using test::makeNode;

class InspectorTest : public test::CanvasFixture
{
protected:
    InspectorWidget *inspector() const { return window->inspector(); }
    template<typename T>
    T *editorOf(const char *key) const
    {
        return qobject_cast<T *>(inspector()->editor(QString::fromLatin1(key)));
    }
    void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    GraphData twoDeployments()
    {
        GraphData g;
        g.nodes = {makeNode(QStringLiteral("a"), QStringLiteral("DEPLOYMENT"), QStringLiteral("a")),
                   makeNode(QStringLiteral("b"), QStringLiteral("DEPLOYMENT"), QStringLiteral("b"),
                            {300, 0}),
                   makeNode(QStringLiteral("s"), QStringLiteral("SERVICE"), QStringLiteral("s"),
                            {0, 300})};
        g.edges = {makeEdge(QStringLiteral("e"), QStringLiteral("s"), QStringLiteral("a"),
                            QStringLiteral("SERVICE_EXPOSES_POD"))};
        return g;
    }
};

TEST_F(InspectorTest, GeneratedFromTheSchemaWithDefaults)
{
    load(twoDeployments());
    scene()->selectElements({QStringLiteral("a")});
    auto *replicas = editorOf<QLineEdit>("replicas");
    ASSERT_NE(replicas, nullptr);
    EXPECT_TRUE(replicas->text().isEmpty());
    EXPECT_TRUE(replicas->placeholderText().contains(QStringLiteral("1"))); // the default
    EXPECT_NE(editorOf<QComboBox>("strategy"), nullptr);
    EXPECT_NE(editorOf<QCheckBox>("readOnlyRootFilesystem"), nullptr);
    EXPECT_NE(editorOf<QPlainTextEdit>("env"), nullptr);
    EXPECT_EQ(editorOf<QLineEdit>("name")->text(), QStringLiteral("a"));
    // Help text from the catalog.
    EXPECT_TRUE(inspector()->message(QStringLiteral("image")).contains(QStringLiteral("tag")));
    // A Service has other properties.
    scene()->selectElements({QStringLiteral("s")});
    EXPECT_EQ(inspector()->editor(QStringLiteral("replicas")), nullptr);
}

TEST_F(InspectorTest, ValidationAsYouTypeAndOneCommandPerChange)
{
    load(twoDeployments());
    scene()->selectElements({QStringLiteral("a")});
    auto *replicas = editorOf<QLineEdit>("replicas");
    type(replicas, QStringLiteral("lots"));
    EXPECT_TRUE(inspector()->isInvalid(QStringLiteral("replicas")));
    EXPECT_TRUE(inspector()
                        ->message(QStringLiteral("replicas"))
                        .contains(QStringLiteral("whole number")));
    QTest::keyClick(replicas, Qt::Key_Return);
    EXPECT_EQ(doc()->undoStack()->count(), 0); // invalid values never reach the document
    type(replicas, QStringLiteral("3"));
    EXPECT_FALSE(inspector()->isInvalid(QStringLiteral("replicas")));
    QTest::keyClick(replicas, Qt::Key_Return);
    EXPECT_EQ(doc()->node(QStringLiteral("a"))->property(QStringLiteral("replicas")),
              QVariant(qint64(3)));
    EXPECT_EQ(doc()->undoStack()->count(), 1);
    // Out of range.
    type(replicas, QStringLiteral("20000"));
    EXPECT_TRUE(
            inspector()->message(QStringLiteral("replicas")).contains(QStringLiteral("between")));
    // Clearing goes back to the default.
    type(replicas, QString());
    QTest::keyClick(replicas, Qt::Key_Return);
    EXPECT_FALSE(doc()->node(QStringLiteral("a"))->properties.contains(QStringLiteral("replicas")));
    doc()->undoStack()->undo();
    EXPECT_EQ(replicas->text(), QStringLiteral("3")); // the form follows undo
}

TEST_F(InspectorTest, TypedEditorsWriteTypedValues)
{
    load(twoDeployments());
    scene()->selectElements({QStringLiteral("a")});
    auto *ports = editorOf<QLineEdit>("ports");
    type(ports, QStringLiteral("8080, 9090"));
    QTest::keyClick(ports, Qt::Key_Return);
    EXPECT_EQ(doc()->node(QStringLiteral("a"))->property(QStringLiteral("ports")),
              QVariant(QVariantList{qint64(8080), qint64(9090)}));
    type(ports, QStringLiteral("8080, 70000"));
    EXPECT_TRUE(inspector()->isInvalid(QStringLiteral("ports")));

    auto *ro = editorOf<QCheckBox>("readOnlyRootFilesystem");
    EXPECT_TRUE(ro->isChecked()); // default true
    QTest::mouseClick(ro, Qt::LeftButton, {}, QPoint(4, ro->height() / 2));
    EXPECT_EQ(doc()->node(QStringLiteral("a"))->property(QStringLiteral("readOnlyRootFilesystem")),
              QVariant(false));

    auto *strategy = editorOf<QComboBox>("strategy");
    strategy->setCurrentIndex(strategy->findData(QStringLiteral("Recreate")));
    Q_EMIT strategy->activated(strategy->currentIndex());
    EXPECT_EQ(doc()->node(QStringLiteral("a"))->property(QStringLiteral("strategy")),
              QVariant(QStringLiteral("Recreate")));

    auto *env = editorOf<QPlainTextEdit>("env");
    env->setFocus();
    env->setPlainText(QStringLiteral("MODE=prod\nbroken line"));
    EXPECT_TRUE(inspector()->isInvalid(QStringLiteral("env")));
    EXPECT_TRUE(inspector()->message(QStringLiteral("env")).contains(QStringLiteral("Line 2")));
    env->setPlainText(QStringLiteral("MODE=prod\nLOG = debug"));
    editorOf<QLineEdit>("name")->setFocus(); // focus out commits
    QVariantMap expected{{QStringLiteral("MODE"), QStringLiteral("prod")},
                         {QStringLiteral("LOG"), QStringLiteral("debug")}};
    EXPECT_EQ(doc()->node(QStringLiteral("a"))->property(QStringLiteral("env")), QVariant(expected));
}

TEST_F(InspectorTest, MultiSelectionEditsCommonProperties)
{
    load(twoDeployments());
    doc()->undoStack()->push(new ChangeNodePropertyCommand(doc(), {QStringLiteral("a")},
                                                           QStringLiteral("replicas"), 2));
    scene()->selectElements({QStringLiteral("a"), QStringLiteral("b")});
    auto *replicas = editorOf<QLineEdit>("replicas");
    ASSERT_NE(replicas, nullptr);
    EXPECT_TRUE(replicas->text().isEmpty());
    EXPECT_TRUE(replicas->placeholderText().contains(QStringLiteral("several")));
    EXPECT_EQ(inspector()->editor(QStringLiteral("name")), nullptr); // names stay unique
    type(replicas, QStringLiteral("5"));
    QTest::keyClick(replicas, Qt::Key_Return);
    EXPECT_EQ(doc()->node(QStringLiteral("a"))->property(QStringLiteral("replicas")),
              QVariant(qint64(5)));
    EXPECT_EQ(doc()->node(QStringLiteral("b"))->property(QStringLiteral("replicas")),
              QVariant(qint64(5)));
    EXPECT_EQ(doc()->undoStack()->count(), 2);
    doc()->undoStack()->undo();
    EXPECT_EQ(doc()->node(QStringLiteral("a"))->property(QStringLiteral("replicas")), QVariant(2));
    EXPECT_FALSE(doc()->node(QStringLiteral("b"))->properties.contains(QStringLiteral("replicas")));
    // Mixed kinds: only what both have.
    scene()->selectElements({QStringLiteral("a"), QStringLiteral("s")});
    EXPECT_NE(inspector()->editor(QStringLiteral("labels")), nullptr);
    EXPECT_EQ(inspector()->editor(QStringLiteral("replicas")), nullptr);
}

TEST_F(InspectorTest, RenameAndConnectionType)
{
    load(twoDeployments());
    scene()->selectElements({QStringLiteral("a")});
    auto *name = editorOf<QLineEdit>("name");
    type(name, QString());
    EXPECT_TRUE(inspector()->isInvalid(QStringLiteral("name")));
    type(name, QStringLiteral("frontend"));
    QTest::keyClick(name, Qt::Key_Return);
    EXPECT_EQ(doc()->node(QStringLiteral("a"))->name, QStringLiteral("frontend"));

    scene()->selectElements({}, {QStringLiteral("e")});
    auto *type = editorOf<QComboBox>("connectionType");
    ASSERT_NE(type, nullptr);
    EXPECT_EQ(type->currentData().toString(), QStringLiteral("SERVICE_EXPOSES_POD"));
    EXPECT_EQ(type->itemData(0).toString(),
              QStringLiteral("SERVICE_EXPOSES_POD")); // proposed first
    type->setCurrentIndex(type->findData(QStringLiteral("DEPENDS_ON")));
    Q_EMIT type->activated(type->currentIndex());
    EXPECT_EQ(doc()->edge(QStringLiteral("e"))->connectionType, QStringLiteral("DEPENDS_ON"));
    EXPECT_EQ(scene()->edgeItem(QStringLiteral("e"))->connectionType(),
              QStringLiteral("DEPENDS_ON"));
    doc()->undoStack()->undo();
    EXPECT_EQ(type->currentData().toString(), QStringLiteral("SERVICE_EXPOSES_POD"));
}

TEST_F(InspectorTest, GraphPropertiesWhenNothingIsSelected)
{
    load(twoDeployments());
    scene()->clearSelection();
    auto *name = editorOf<QLineEdit>("graphName");
    ASSERT_NE(name, nullptr);
    type(name, QStringLiteral("Shop"));
    QTest::keyClick(name, Qt::Key_Return);
    EXPECT_EQ(doc()->name(), QStringLiteral("Shop"));
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("Shop")));
}

// An imported node shows its whole object as YAML; editing it changes the object and the
// properties that follow it in one undo step, and keeps what the user changed in the form.
TEST_F(InspectorTest, AnImportedNodesObjectIsEditableAsYaml)
{
    io::KubernetesYamlImporter importer;
    ASSERT_TRUE(importer.addData("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
                                 "spec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n"
                                 "        - name: app\n          image: web:1.0\n"
                                 "        - name: sidecar\n          image: proxy:2.0\n",
                                 QStringLiteral("web.yaml"))
                        .ok());
    load(importer.finish().graph);
    const QString id = QStringLiteral("deployment/web");
    ASSERT_TRUE(doc()->node(id));
    scene()->selectElements({id});
    auto *yaml = editorOf<QPlainTextEdit>("manifest");
    ASSERT_NE(yaml, nullptr);
    EXPECT_TRUE(yaml->toPlainText().contains(QStringLiteral("sidecar")));

    // The user changes replicas in the form, then the image in the YAML.
    auto *replicas = editorOf<QLineEdit>("replicas");
    type(replicas, QStringLiteral("5"));
    QTest::keyClick(replicas, Qt::Key_Return);
    ASSERT_EQ(doc()->node(id)->property(QStringLiteral("replicas")), QVariant(qint64(5)));
    const int undoBefore = doc()->undoStack()->count();

    yaml->setFocus();
    yaml->setPlainText(QStringLiteral("not: [valid"));
    EXPECT_TRUE(inspector()->isInvalid(QStringLiteral("manifest")));
    QString edited = io::ImportedNode::manifest(*doc()->node(id));
    edited.replace(QStringLiteral("web:1.0"), QStringLiteral("web:1.1"));
    yaml->setPlainText(edited);
    EXPECT_FALSE(inspector()->isInvalid(QStringLiteral("manifest")));
    editorOf<QLineEdit>("name")->setFocus(); // focus out commits
    const Node *n = doc()->node(id);
    EXPECT_EQ(io::ImportedNode::manifest(*n), edited);
    EXPECT_EQ(n->property(QStringLiteral("image")), QVariant(QStringLiteral("web:1.1")));
    EXPECT_EQ(n->property(QStringLiteral("replicas")), QVariant(qint64(5))); // the user's
    EXPECT_EQ(doc()->undoStack()->count(), undoBefore + 1);                  // one step
    doc()->undoStack()->undo();
    EXPECT_EQ(doc()->node(id)->property(QStringLiteral("image")),
              QVariant(QStringLiteral("web:1.0")));
}

// The mouse wheel over a combo box the user has not clicked scrolls the form; it never changes
// the value (found while looking at the inspector: scrolling past "Update strategy" changed it).
TEST_F(InspectorTest, TheWheelOverAnUnfocusedComboBoxScrollsInsteadOfChanging)
{
    load(twoDeployments());
    scene()->selectElements({QStringLiteral("a")});
    auto *strategy = editorOf<QComboBox>("strategy");
    ASSERT_NE(strategy, nullptr);
    const QString before = strategy->currentText();
    const int undo = doc()->undoStack()->count();
    editorOf<QLineEdit>("name")->setFocus();
    ASSERT_FALSE(strategy->hasFocus());
    const QPoint at(strategy->width() / 2, strategy->height() / 2);
    QWheelEvent wheel(at, strategy->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(strategy, &wheel);
    EXPECT_EQ(strategy->currentText(), before);
    EXPECT_EQ(doc()->undoStack()->count(), undo);
    EXPECT_FALSE(doc()->node(QStringLiteral("a"))->properties.contains(QStringLiteral("strategy")));
}

// The fix for an imported workload's "may run as root" finding is one undoable click.
TEST_F(InspectorTest, HardeningAnImportedWorkloadIsOneClick)
{
    io::KubernetesYamlImporter importer;
    ASSERT_TRUE(importer.addData("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
                                 "spec:\n  template:\n    spec:\n      containers:\n"
                                 "        - name: app\n          image: web:1.0\n",
                                 QStringLiteral("web.yaml"))
                        .ok());
    load(importer.finish().graph);
    const QString id = QStringLiteral("deployment/web");
    scene()->selectElements({id});
    auto *harden = editorOf<QCheckBox>("applyHardening");
    ASSERT_NE(harden, nullptr);
    EXPECT_FALSE(harden->isChecked());
    QTest::mouseClick(harden, Qt::LeftButton, {}, QPoint(4, harden->height() / 2));
    EXPECT_EQ(doc()->node(id)->property(io::ImportedNode::HardeningKey), QVariant(true));
    doc()->undoStack()->undo();
    EXPECT_FALSE(doc()->node(id)->properties.contains(io::ImportedNode::HardeningKey));
    // A node drawn from the palette has the engine's hardening already: no such box.
    load(twoDeployments());
    scene()->selectElements({QStringLiteral("a")});
    EXPECT_EQ(editorOf<QCheckBox>("applyHardening"), nullptr);
}
