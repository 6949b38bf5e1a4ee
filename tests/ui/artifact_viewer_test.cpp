#include "artifacts/ArtifactViewer.h"
#include "artifacts/CodeView.h"
#include "artifacts/DiffView.h"
#include "artifacts/ProblemsPane.h"
#include "artifacts/SearchBar.h"

#include "TestSupport.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace kg;

namespace {

Artifact artifact(const QString &path, const QByteArray &content, const QString &node = {},
                  const QString &language = QStringLiteral("yaml"))
{
    Artifact a;
    a.path = path;
    a.content = content;
    a.sourceNodeId = node;
    a.language = language;
    return a;
}

ArtifactList sampleJob()
{
    Artifact unsafe = artifact(QStringLiteral("../../etc/passwd"), "root:x:0:0\n");
    unsafe.unsafeReason = QStringLiteral("contains a '..' segment");
    return {artifact(QStringLiteral("web/deployment.yaml"),
                     "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n",
                     QStringLiteral("web")),
            artifact(QStringLiteral("web/service.yaml"),
                     "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\nkind: Ingress\n",
                     QStringLiteral("web")),
            artifact(QStringLiteral("db/statefulset.yaml"), "kind: StatefulSet\n",
                     QStringLiteral("db")),
            artifact(QStringLiteral("Dockerfile"), "FROM alpine\n", {},
                     QStringLiteral("dockerfile")),
            unsafe};
}

QTreeWidgetItem *itemFor(QTreeWidget *tree, const QString &text)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0) == text)
            return *it;
    }
    return nullptr;
}

QAction *action(ArtifactViewer &viewer, const char *name)
{
    return viewer.findChild<QAction *>(QLatin1String(name));
}

/// Waits for the threads that load big files, then delivers what they posted.
void settleBackgroundLoads()
{
    if (auto *pool = qApp->findChild<QThreadPool *>(QStringLiteral("codeViewLoader"))) {
        ASSERT_TRUE(pool->waitForDone(30000));
    }
    QApplication::processEvents();
}

} // namespace

TEST(ArtifactViewer, TreeShowsFoldersKindsSizesAndUnsafePaths)
{
    ArtifactViewer viewer;
    viewer.setArtifacts(sampleJob());
    QTreeWidget *tree = viewer.tree();
    QTreeWidgetItem *web = itemFor(tree, QStringLiteral("web"));
    ASSERT_NE(web, nullptr);
    EXPECT_EQ(web->childCount(), 2);
    QTreeWidgetItem *service = itemFor(tree, QStringLiteral("service.yaml"));
    ASSERT_NE(service, nullptr);
    EXPECT_EQ(service->parent(), web);
    EXPECT_EQ(service->text(1), QStringLiteral("Service, Ingress"));
    EXPECT_FALSE(service->text(2).isEmpty());
    EXPECT_EQ(itemFor(tree, QStringLiteral("Dockerfile"))->text(1), QStringLiteral("dockerfile"));
    QTreeWidgetItem *unsafe = itemFor(tree, QStringLiteral("../../etc/passwd"));
    ASSERT_NE(unsafe, nullptr);
    EXPECT_EQ(unsafe->parent(), nullptr);
    EXPECT_TRUE(unsafe->toolTip(0).contains(QStringLiteral("unsafe path")));
    EXPECT_FALSE(tree->accessibleName().isEmpty());
    // Still viewable.
    EXPECT_TRUE(viewer.openArtifact(QStringLiteral("../../etc/passwd")));
    EXPECT_EQ(viewer.currentCodeView()->toPlainText(), QStringLiteral("root:x:0:0\n"));
}

TEST(ArtifactViewer, ChoosingAnArtifactSelectsItsNodeAndBack)
{
    ArtifactViewer viewer;
    viewer.setArtifacts(sampleJob());
    QSignalSpy nodes(&viewer, &ArtifactViewer::nodeSelected);
    viewer.tree()->setCurrentItem(itemFor(viewer.tree(), QStringLiteral("statefulset.yaml")));
    ASSERT_EQ(nodes.size(), 1);
    EXPECT_EQ(nodes.first().first().toString(), QStringLiteral("db"));
    EXPECT_EQ(viewer.currentPath(), QStringLiteral("db/statefulset.yaml"));
    EXPECT_EQ(viewer.currentCodeView()->definitionName(), QStringLiteral("YAML"));
    EXPECT_FALSE(viewer.currentCodeView()->accessibleName().isEmpty());

    // Canvas → viewer: both artifacts of "web" are selected, the first opened, no echo back.
    viewer.showArtifactsOfNode(QStringLiteral("web"));
    EXPECT_EQ(nodes.size(), 1);
    EXPECT_EQ(viewer.tree()->selectedItems().size(), 2);
    EXPECT_TRUE(viewer.currentPath().startsWith(QStringLiteral("web/")));
    // Artifacts without a node do not emit.
    viewer.tree()->setCurrentItem(itemFor(viewer.tree(), QStringLiteral("Dockerfile")));
    EXPECT_EQ(nodes.size(), 1);
    EXPECT_EQ(viewer.currentCodeView()->definitionName(), QStringLiteral("Dockerfile"));
}

TEST(ArtifactViewer, ProblemsAreListedMarkedAndJumpToTheLine)
{
    GenerationReport report;
    report.items << ReportItem{ReportItem::Severity::Warning, QStringLiteral("assumption"),
                               QStringLiteral("db"), QStringLiteral("no storage class given")}
                 << ReportItem{ReportItem::Severity::Error,
                               QStringLiteral("unmapped"),
                               {},
                               QStringLiteral("queue could not be mapped")};
    ArtifactViewer viewer;
    viewer.setArtifacts(sampleJob(), report, QStringLiteral("job 7"));
    ArtifactProblem yamlError;
    yamlError.path = QStringLiteral("web/service.yaml");
    yamlError.line = 4;
    yamlError.column = 3;
    yamlError.message = QStringLiteral("mapping values are not allowed here");
    viewer.setProblems({yamlError});
    ASSERT_EQ(viewer.problemsPane()->problems().size(), 3);
    EXPECT_EQ(viewer.problemsPane()->list()->topLevelItemCount(), 3);
    // Badge on the tree item.
    EXPECT_TRUE(itemFor(viewer.tree(), QStringLiteral("service.yaml"))
                        ->toolTip(0)
                        .contains(QStringLiteral("1 problem")));

    // Activating the first row opens the file at the line, with the marker.
    QTreeWidgetItem *row = viewer.problemsPane()->list()->topLevelItem(0);
    Q_EMIT viewer.problemsPane()->list()->itemActivated(row, 0);
    EXPECT_EQ(viewer.currentPath(), QStringLiteral("web/service.yaml"));
    EXPECT_EQ(viewer.currentCodeView()->currentLine(), 4);
    EXPECT_EQ(viewer.currentCodeView()->textCursor().positionInBlock(), 2);
    EXPECT_EQ(viewer.currentCodeView()->problems().size(), 1);

    // A report problem without a file opens the report tab.
    Q_EMIT viewer.problemsPane()->list()->itemActivated(viewer.problemsPane()->list()->topLevelItem(
                                                                2),
                                                        0);
    ASSERT_NE(viewer.currentCodeView(), nullptr);
    EXPECT_EQ(viewer.currentCodeView()->objectName(), QStringLiteral("reportView"));
    EXPECT_EQ(viewer.currentCodeView()->definitionName(), QStringLiteral("Markdown"));
    EXPECT_TRUE(viewer.currentCodeView()->toPlainText().contains(
            QStringLiteral("queue could not be mapped")));
}

TEST(ArtifactViewer, KeyboardSearchAndGoToLine)
{
    ArtifactViewer viewer;
    viewer.resize(900, 600);
    viewer.setArtifacts(sampleJob());
    viewer.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&viewer));
    ASSERT_TRUE(viewer.openArtifact(QStringLiteral("web/service.yaml")));
    viewer.currentCodeView()->setFocus();
    QApplication::processEvents();

    QTest::keyClick(viewer.currentCodeView(), Qt::Key_F, Qt::ControlModifier);
    ASSERT_TRUE(viewer.searchBar()->isVisible());
    auto *field = viewer.searchBar()->findChild<QLineEdit *>(QStringLiteral("searchField"));
    ASSERT_NE(field, nullptr);
    EXPECT_TRUE(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("kind"));
    EXPECT_EQ(viewer.currentCodeView()->matchCount(), 2);
    EXPECT_EQ(viewer.searchBar()->resultText(), QStringLiteral("1 of 2"));
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(viewer.currentCodeView()->currentMatch(), 1);
    EXPECT_EQ(viewer.searchBar()->resultText(), QStringLiteral("2 of 2"));
    QTest::keyClick(field, Qt::Key_F3);
    EXPECT_EQ(viewer.currentCodeView()->currentMatch(), 0);
    QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
    EXPECT_EQ(viewer.currentCodeView()->currentMatch(), 1);
    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_FALSE(viewer.searchBar()->isVisible());
    EXPECT_EQ(viewer.currentCodeView()->matchCount(), 0);

    // Every action has an object name and is scoped to the viewer.
    for (QAction *a : viewer.viewerActions()) {
        EXPECT_FALSE(a->objectName().isEmpty());
        EXPECT_EQ(a->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    }
    QAction *wrap = action(viewer, "actionWordWrap");
    ASSERT_NE(wrap, nullptr);
    wrap->trigger();
    EXPECT_TRUE(viewer.currentCodeView()->wordWrap());
    const int before = viewer.tabs()->count();
    action(viewer, "actionShowReport")->trigger();
    EXPECT_EQ(viewer.tabs()->count(), before + 1);
    EXPECT_EQ(viewer.currentCodeView()->objectName(), QStringLiteral("reportView"));
    action(viewer, "actionCloseTab")->trigger();
    QApplication::processEvents();
    EXPECT_EQ(viewer.tabs()->count(), before);
}

TEST(ArtifactViewer, CompareWithAnEarlierJob)
{
    ArtifactViewer viewer;
    ArtifactList newer = sampleJob();
    viewer.setArtifacts(newer, {}, QStringLiteral("job 8"));
    ArtifactList older = sampleJob();
    older[0].content.replace("name: web", "name: web-old");
    older.removeAt(3); // no Dockerfile before
    DiffView *diff = viewer.compareWith(older, QStringLiteral("job 7"));
    ASSERT_NE(diff, nullptr);
    EXPECT_EQ(viewer.tabs()->currentWidget(), diff);
    EXPECT_EQ(viewer.currentCodeView(), nullptr);
    EXPECT_EQ(diff->jobDiff().count(FileChange::Kind::Changed), 1);
    EXPECT_EQ(diff->jobDiff().count(FileChange::Kind::Added), 1);
}

TEST(ArtifactViewer, SwitchingFilesWhileABigOneLoads)
{
    const QByteArray big = kg::test::generatedYaml(30000).toUtf8();
    ArtifactList job = sampleJob();
    job << artifact(QStringLiteral("big/huge.yaml"), big, QStringLiteral("web"));
    ArtifactViewer viewer;
    viewer.resize(900, 600);
    viewer.setArtifacts(job);
    viewer.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&viewer));
    viewer.searchBar()->activate(QStringLiteral("service-2000"));

    // Opened at a line, with a search active: the file loads in the background.
    ASSERT_TRUE(viewer.openArtifact(QStringLiteral("big/huge.yaml"), 20000));
    CodeView *bigView = viewer.currentCodeView();
    ASSERT_NE(bigView, nullptr);
    ASSERT_TRUE(bigView->isLoading());
    EXPECT_EQ(bigView->currentLine(), 20000);
    EXPECT_TRUE(viewer.searchBar()->resultText().isEmpty()) << "no answer before the text is there";

    // Another file meanwhile: shown at once; the big one stops loading while it is hidden.
    ASSERT_TRUE(viewer.openArtifact(QStringLiteral("web/service.yaml")));
    EXPECT_NE(viewer.currentCodeView(), bigView);
    EXPECT_FALSE(viewer.currentCodeView()->isLoading());
    EXPECT_EQ(viewer.currentCodeView()->toPlainText(), QString::fromUtf8(job[1].content));
    EXPECT_TRUE(bigView->isLoadingPaused());
    settleBackgroundLoads();
    EXPECT_TRUE(bigView->isLoading()) << "a cancelled load delivers nothing";
    EXPECT_EQ(viewer.currentPath(), QStringLiteral("web/service.yaml"));

    // Back to it: it loads again and lands on the line and the search result.
    QSignalSpy loaded(bigView, &CodeView::loaded);
    viewer.tree()->setCurrentItem(itemFor(viewer.tree(), QStringLiteral("huge.yaml")));
    ASSERT_EQ(viewer.currentCodeView(), bigView);
    EXPECT_FALSE(bigView->isLoadingPaused());
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_EQ(bigView->toPlainText(), QString::fromUtf8(big));
    EXPECT_EQ(bigView->currentLine(), 20000);
    EXPECT_EQ(bigView->matchCount(), 2);
    EXPECT_EQ(viewer.searchBar()->resultText(), QStringLiteral("1 of 2"));
    EXPECT_TRUE(viewer.openArtifact(QStringLiteral("big/huge.yaml"), 25000));
    EXPECT_EQ(bigView->currentLine(), 25000);

    // A new job while a big file loads: its tab goes and nothing arrives afterwards.
    viewer.setArtifacts(job);
    ASSERT_TRUE(viewer.openArtifact(QStringLiteral("big/huge.yaml")));
    ASSERT_TRUE(viewer.currentCodeView()->isLoading());
    viewer.setArtifacts(sampleJob());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !viewer.findChild<CodeView *>(); }, 5000));
    settleBackgroundLoads();
    EXPECT_EQ(viewer.tabs()->count(), 0);
}
