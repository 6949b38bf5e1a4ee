#include "CanvasFixture.h"

#include "canvas/CanvasActions.h"
#include "canvas/Minimap.h"
#include "commands/AddRemoveElements.h"
#include "commands/ChangeNodes.h"
#include "palette/PaletteWidget.h"

#include <QAction>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QUndoStack>
#include <QWheelEvent>

using namespace kg;
using namespace kg::ui;
using test::makeEdge;
using test::makeNode;

class CanvasTest : public test::CanvasFixture
{};

TEST_F(CanvasTest, SceneMirrorsTheDocument)
{
    load(test::threeTier());
    EXPECT_EQ(scene()->nodeItemCount(), 4);
    EXPECT_EQ(scene()->edgeItemCount(), 3);
    NodeItem *dep = scene()->nodeItem(QStringLiteral("dep"));
    ASSERT_NE(dep, nullptr);
    EXPECT_EQ(dep->nodeId(), QStringLiteral("dep"));
    EXPECT_EQ(dep->pos(), QPointF(600, 0));
    EdgeItem *e = scene()->edgeItem(QStringLiteral("e2"));
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->sourceItem(), scene()->nodeItem(QStringLiteral("svc")));
    EXPECT_EQ(e->targetItem(), dep);
    // A command changes the document; the scene follows.
    doc()->undoStack()->push(
            new RenameNodeCommand(doc(), QStringLiteral("dep"), QStringLiteral("x")));
    EXPECT_EQ(dep->name(), QStringLiteral("x"));
    doc()->undoStack()->push(new MoveNodesCommand(doc(), {{QStringLiteral("dep"), {600, 0}}},
                                                  {{QStringLiteral("dep"), {640, 80}}}));
    EXPECT_EQ(dep->pos(), QPointF(640, 80));
    // The edge followed its node.
    EXPECT_TRUE(e->sceneBoundingRect().intersects(dep->sceneRect().adjusted(-2, -2, 2, 2)));
}

TEST_F(CanvasTest, CreateByDragFromThePalette)
{
    PaletteWidget *palette = window->paletteWidget();
    QTreeWidgetItem *item = palette->itemForKind(QStringLiteral("DEPLOYMENT"));
    ASSERT_NE(item, nullptr);
    // A real QDrag runs a nested event loop; deliver the palette's own payload as a drop.
    std::unique_ptr<QMimeData> mime(palette->tree()->mimeDataFor({item}));
    ASSERT_NE(mime, nullptr);
    const QPoint target = at(QPointF(400, 300));
    QDragEnterEvent enter(target, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDragMoveEvent move(target, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &move);
    QDropEvent drop(target, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &drop);

    ASSERT_EQ(doc()->nodeCount(), 1);
    const Node *n = doc()->node(doc()->nodeIds().first());
    EXPECT_EQ(n->kind, QStringLiteral("DEPLOYMENT"));
    EXPECT_EQ(n->name, QStringLiteral("deployment"));
    const QRectF r = scene()->nodeItem(n->id)->sceneRect();
    EXPECT_LE(QLineF(r.center(), view()->mapToScene(target)).length(), GraphScene::GridSize);
    EXPECT_EQ(std::fmod(n->pos.x(), GraphScene::GridSize), 0.0); // snapped
    EXPECT_EQ(scene()->selectedNodeIds(), QStringList{n->id});
    doc()->undoStack()->undo();
    EXPECT_EQ(doc()->nodeCount(), 0);
}

TEST_F(CanvasTest, ActivatingAPaletteKindAddsAtTheViewCentre)
{
    PaletteWidget *palette = window->paletteWidget();
    QTreeWidgetItem *item = palette->itemForKind(QStringLiteral("SERVICE"));
    palette->tree()->scrollToItem(item);
    const QPoint p = palette->tree()->visualItemRect(item).center();
    QTest::mouseClick(palette->tree()->viewport(), Qt::LeftButton, {}, p);
    EXPECT_EQ(palette->tree()->currentItem(), item);
    // Activation (double-click, or Enter as here) adds a node.
    QTest::keyClick(palette->tree(), Qt::Key_Return);
    ASSERT_EQ(doc()->nodeCount(), 1);
    const Node *n = doc()->node(doc()->nodeIds().first());
    EXPECT_EQ(n->kind, QStringLiteral("SERVICE"));
    EXPECT_LE(QLineF(centerOf(n->id), view()->visibleCenter()).length(), GraphScene::GridSize);
    // The second one does not land on top of the first, and gets its own name.
    QTest::keyClick(palette->tree(), Qt::Key_Return);
    ASSERT_EQ(doc()->nodeCount(), 2);
    const Node *second = doc()->node(doc()->nodeIds().at(1));
    EXPECT_NE(second->pos, n->pos);
    EXPECT_EQ(second->name, QStringLiteral("service-2"));
}

TEST_F(CanvasTest, ConnectByDraggingFromTheHandle)
{
    GraphData g;
    g.nodes = {makeNode(QStringLiteral("ing"), QStringLiteral("INGRESS"), {}, {0, 0}),
               makeNode(QStringLiteral("svc"), QStringLiteral("SERVICE"), {}, {400, 0})};
    load(g);
    NodeItem *ing = scene()->nodeItem(QStringLiteral("ing"));
    view()->centerOn(QPointF(300, 30));
    const QPoint from = view()->mapFromScene(ing->mapToScene(ing->handlePos()));
    drag(from, view()->mapFromScene(centerOf(QStringLiteral("svc"))));
    ASSERT_EQ(doc()->edgeCount(), 1);
    const Edge *e = doc()->edge(doc()->edgeIds().first());
    EXPECT_EQ(e->source, QStringLiteral("ing"));
    EXPECT_EQ(e->target, QStringLiteral("svc"));
    EXPECT_EQ(e->connectionType, QStringLiteral("ROUTES_TO"));
    EXPECT_EQ(scene()->selectedEdgeIds(), QStringList{e->id});
    EXPECT_EQ(doc()->undoStack()->count(), 1);
}

TEST_F(CanvasTest, InvalidPairsAreRefusedWithAHint)
{
    GraphData g;
    g.nodes = {makeNode(QStringLiteral("cm"), QStringLiteral("CONFIGMAP"), QStringLiteral("conf"),
                        {0, 0}),
               makeNode(QStringLiteral("dep"), QStringLiteral("DEPLOYMENT"), QStringLiteral("app"),
                        {400, 0})};
    load(g);
    // The connect tool starts a connection anywhere on a node.
    action("actionConnectTool")->trigger();
    view()->centerOn(QPointF(300, 30));
    drag(view()->mapFromScene(centerOf(QStringLiteral("cm"))),
         view()->mapFromScene(centerOf(QStringLiteral("dep"))));
    EXPECT_EQ(doc()->edgeCount(), 0);
    EXPECT_TRUE(statusText().contains(QStringLiteral("cannot connect")))
            << statusText().toStdString();
    EXPECT_TRUE(statusText().contains(QStringLiteral("other direction")));
    // The other way round is fine.
    drag(view()->mapFromScene(centerOf(QStringLiteral("dep"))),
         view()->mapFromScene(centerOf(QStringLiteral("cm"))));
    ASSERT_EQ(doc()->edgeCount(), 1);
    EXPECT_EQ(doc()->edge(doc()->edgeIds().first())->connectionType, QStringLiteral("REQUIRES"));
    // Duplicates are refused.
    drag(view()->mapFromScene(centerOf(QStringLiteral("dep"))),
         view()->mapFromScene(centerOf(QStringLiteral("cm"))));
    EXPECT_EQ(doc()->edgeCount(), 1);
    EXPECT_TRUE(statusText().contains(QStringLiteral("already connected")));
}

TEST_F(CanvasTest, RubberBandSelectsWhatItCovers)
{
    load(test::threeTier());
    view()->setZoom(0.5);
    view()->centerOn(QPointF(500, 30));
    // From empty space above-left of "web" to below the middle of "api-server".
    const QPoint from = view()->mapFromScene(QPointF(-40, -60));
    const QPoint to = view()->mapFromScene(QPointF(700, 120));
    drag(from, to);
    QStringList selected = scene()->selectedNodeIds();
    EXPECT_EQ(selected,
              (QStringList{QStringLiteral("ing"), QStringLiteral("svc"), QStringLiteral("dep")}));
    // Shift-click adds, Ctrl-click toggles.
    const QPoint db = view()->mapFromScene(centerOf(QStringLiteral("db")));
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ShiftModifier, db);
    EXPECT_EQ(scene()->selectedNodeIds().size(), 4);
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, db);
    EXPECT_EQ(scene()->selectedNodeIds().size(), 3);
    // A plain click selects only the clicked node.
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, db);
    EXPECT_EQ(scene()->selectedNodeIds(), QStringList{QStringLiteral("db")});
    action("actionSelectAll")->trigger();
    EXPECT_EQ(scene()->selectedNodeIds().size(), 4);
    EXPECT_EQ(scene()->selectedEdgeIds().size(), 3);
}

TEST_F(CanvasTest, MovingASelectionIsOneUndoStep)
{
    load(test::threeTier());
    scene()->selectElements({QStringLiteral("svc"), QStringLiteral("dep")});
    const QPointF start = centerOf(QStringLiteral("svc"));
    view()->centerOn(QPointF(400, 100));
    const QPoint from = view()->mapFromScene(start);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(viewport(), from + QPoint(i * 10, i * 13));
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, from + QPoint(100, 130));
    EXPECT_EQ(doc()->undoStack()->count(), 1);
    // Snapped to the grid, both selected nodes moved by the same amount.
    EXPECT_EQ(doc()->node(QStringLiteral("svc"))->pos, QPointF(400, 140));
    EXPECT_EQ(doc()->node(QStringLiteral("dep"))->pos, QPointF(700, 140));
    EXPECT_EQ(doc()->node(QStringLiteral("ing"))->pos, QPointF(0, 0));
    // The edge to the unmoved node follows.
    EdgeItem *e1 = scene()->edgeItem(QStringLiteral("e1"));
    EXPECT_TRUE(
            e1->sceneBoundingRect().contains(
                    scene()->nodeItem(QStringLiteral("svc"))->sceneRect().topLeft() + QPointF(1, 1))
            || e1->sceneBoundingRect().intersects(
                    scene()->nodeItem(QStringLiteral("svc"))->sceneRect()));
    doc()->undoStack()->undo();
    EXPECT_EQ(doc()->node(QStringLiteral("svc"))->pos, QPointF(300, 0));
    EXPECT_EQ(scene()->nodeItem(QStringLiteral("dep"))->pos(), QPointF(600, 0));
}

TEST_F(CanvasTest, DeleteAndUndoRestoreNodesAndEdges)
{
    const GraphData original = test::threeTier();
    load(original);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at(centerOf(QStringLiteral("svc"))));
    ASSERT_EQ(scene()->selectedNodeIds(), QStringList{QStringLiteral("svc")});
    view()->setFocus();
    QTest::keyClick(viewport(), Qt::Key_Delete);
    EXPECT_EQ(doc()->nodeCount(), 3);
    EXPECT_EQ(doc()->edgeCount(), 1);
    EXPECT_EQ(scene()->nodeItem(QStringLiteral("svc")), nullptr);
    EXPECT_EQ(scene()->edgeItem(QStringLiteral("e1")), nullptr);
    action("actionUndo")->trigger();
    EXPECT_EQ(doc()->snapshot(), original);
    EXPECT_EQ(scene()->edgeItemCount(), 3);
    // Deleting a selected connection alone keeps the nodes.
    scene()->selectElements({}, {QStringLiteral("e3")});
    action("actionDelete")->trigger();
    EXPECT_EQ(doc()->nodeCount(), 4);
    EXPECT_EQ(doc()->edgeCount(), 2);
}

TEST_F(CanvasTest, CopyPasteBetweenTwoDocumentsWithFreshIds)
{
    load(test::threeTier());
    scene()->selectElements({QStringLiteral("svc"), QStringLiteral("dep")});
    action("actionCopy")->trigger();
    ASSERT_TRUE(QApplication::clipboard()->mimeData()->hasFormat(GraphEditor::fragmentMimeType()));

    MainWindow *other = newWindow();
    ASSERT_NE(other, window);
    other->action(QStringLiteral("actionPaste"))->trigger();
    GraphDocument *target = other->document();
    ASSERT_EQ(target->nodeCount(), 2);
    ASSERT_EQ(target->edgeCount(), 1); // only the edge between the two copied nodes
    QStringList names;
    for (const QString &id : target->nodeIds()) {
        names << target->node(id)->name;
        EXPECT_FALSE(doc()->hasNode(id) && id == QStringLiteral("svc"));
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("api"), QStringLiteral("api-server")}));
    const Edge *e = target->edge(target->edgeIds().first());
    EXPECT_EQ(target->node(e->source)->name, QStringLiteral("api"));
    EXPECT_EQ(e->connectionType, QStringLiteral("SERVICE_EXPOSES_POD"));
    EXPECT_NE(e->id, QStringLiteral("e2"));
    EXPECT_EQ(doc()->nodeCount(), 4); // the source is untouched

    // Pasting into the same document gives new ids, unique names and an offset.
    action("actionPaste")->trigger();
    EXPECT_EQ(doc()->nodeCount(), 6);
    const QStringList pasted = scene()->selectedNodeIds();
    ASSERT_EQ(pasted.size(), 2);
    EXPECT_EQ(doc()->node(pasted.first())->name, QStringLiteral("api-2"));
    EXPECT_NE(doc()->node(pasted.first())->pos, doc()->node(QStringLiteral("svc"))->pos);
    action("actionUndo")->trigger();
    EXPECT_EQ(doc()->nodeCount(), 4);
}

TEST_F(CanvasTest, HostileClipboardIsRefused)
{
    auto *mime = new QMimeData;
    mime->setData(GraphEditor::fragmentMimeType(), "{\"format\": \"kubegram-graph\", \"nodes\": [");
    QApplication::clipboard()->setMimeData(mime);
    EXPECT_FALSE(window->editor()->paste());
    EXPECT_EQ(doc()->nodeCount(), 0);
    EXPECT_TRUE(statusText().contains(QStringLiteral("clipboard"))) << statusText().toStdString();
    QApplication::clipboard()->setText(QStringLiteral("just text"));
    EXPECT_FALSE(window->editor()->paste());
    EXPECT_FALSE(action("actionPaste")->isEnabled());
}

TEST_F(CanvasTest, CutAndDuplicate)
{
    load(test::threeTier());
    scene()->selectElements({QStringLiteral("db")});
    action("actionDuplicate")->trigger();
    EXPECT_EQ(doc()->nodeCount(), 5);
    EXPECT_EQ(doc()->node(scene()->selectedNodeIds().first())->name, QStringLiteral("orders-2"));
    scene()->selectElements({QStringLiteral("db")});
    action("actionCut")->trigger();
    EXPECT_FALSE(doc()->hasNode(QStringLiteral("db")));
    EXPECT_EQ(doc()->undoStack()->count(), 2); // duplicate + cut
    action("actionPaste")->trigger();
    EXPECT_EQ(doc()->nodeCount(), 5);
}

TEST_F(CanvasTest, RenameInPlace)
{
    load(test::threeTier());
    const QPoint p = at(centerOf(QStringLiteral("dep")));
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, p);
    QLineEdit *editor = view()->renameEditor();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->text(), QStringLiteral("api-server"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("checkout"));
    QTest::keyClick(editor, Qt::Key_Return);
    EXPECT_EQ(doc()->node(QStringLiteral("dep"))->name, QStringLiteral("checkout"));
    EXPECT_EQ(scene()->nodeItem(QStringLiteral("dep"))->name(), QStringLiteral("checkout"));
    EXPECT_EQ(view()->renameEditor(), nullptr);
    // F2 on the selection; Escape cancels.
    scene()->selectElements({QStringLiteral("db")});
    action("actionRename")->trigger();
    ASSERT_NE(view()->renameEditor(), nullptr);
    QTest::keyClicks(view()->renameEditor(), QStringLiteral("zzz"));
    QTest::keyClick(view()->renameEditor(), Qt::Key_Escape);
    EXPECT_EQ(doc()->node(QStringLiteral("db"))->name, QStringLiteral("orders"));
    action("actionUndo")->trigger();
    EXPECT_EQ(doc()->node(QStringLiteral("dep"))->name, QStringLiteral("api-server"));
}

TEST_F(CanvasTest, DroppingANodeIntoANamespaceReparentsIt)
{
    GraphData g;
    Node ns = makeNode(QStringLiteral("ns"), QStringLiteral("NAMESPACE"), QStringLiteral("shop"),
                       {0, 0});
    ns.size = QSizeF(500, 300);
    g.nodes = {ns, makeNode(QStringLiteral("a"), QStringLiteral("DEPLOYMENT"), QStringLiteral("a"),
                            {700, 100})};
    load(g);
    view()->setZoom(0.6);
    view()->centerOn(QPointF(450, 150));
    const QPoint from = view()->mapFromScene(centerOf(QStringLiteral("a")));
    const QPoint to = view()->mapFromScene(QPointF(250, 160));
    drag(from, to);
    EXPECT_EQ(doc()->node(QStringLiteral("a"))->parent, QStringLiteral("ns"));
    EXPECT_EQ(doc()->undoStack()->count(), 1);
    EXPECT_EQ(doc()->undoStack()->text(0), QStringLiteral("Move Node"));

    // Moving the frame (by its header) brings the child along.
    const QPointF childBefore = doc()->node(QStringLiteral("a"))->pos;
    const QPoint header = view()->mapFromScene(QPointF(250, 12));
    drag(header, header + QPoint(0, 120));
    const QPointF delta = doc()->node(QStringLiteral("ns"))->pos - QPointF(0, 0);
    EXPECT_GT(delta.y(), 100);
    EXPECT_EQ(doc()->node(QStringLiteral("a"))->pos, childBefore + delta);
    EXPECT_EQ(doc()->node(QStringLiteral("a"))->parent, QStringLiteral("ns"));

    // Undo twice: back outside, without a parent.
    doc()->undoStack()->undo();
    doc()->undoStack()->undo();
    EXPECT_EQ(doc()->node(QStringLiteral("a"))->parent, QString());
    EXPECT_EQ(doc()->node(QStringLiteral("a"))->pos, QPointF(700, 100));
}

TEST_F(CanvasTest, ResizingAFrameIsUndoable)
{
    GraphData g;
    Node ns = makeNode(QStringLiteral("ns"), QStringLiteral("NAMESPACE"), {}, {0, 0});
    ns.size = QSizeF(400, 300);
    g.nodes = {ns};
    load(g);
    view()->centerOn(QPointF(300, 200));
    drag(view()->mapFromScene(QPointF(396, 296)), view()->mapFromScene(QPointF(496, 356)));
    EXPECT_EQ(doc()->node(QStringLiteral("ns"))->size, QSizeF(500, 360));
    doc()->undoStack()->undo();
    EXPECT_EQ(doc()->node(QStringLiteral("ns"))->size, QSizeF(400, 300));
    EXPECT_EQ(scene()->nodeItem(QStringLiteral("ns"))->size(), QSizeF(400, 300));
}

TEST_F(CanvasTest, FindCentresAndSelects)
{
    GraphData g;
    for (int i = 0; i < 50; ++i)
        g.nodes << makeNode(QStringLiteral("n%1").arg(i), QStringLiteral("POD"),
                            QStringLiteral("pod-%1").arg(i), {i * 250.0, (i % 7) * 200.0});
    g.nodes << makeNode(QStringLiteral("target"), QStringLiteral("DATABASE"),
                        QStringLiteral("Billing-DB"), {9000, 3000});
    load(g);
    view()->centerOn(0, 0);
    action("actionFind")->trigger();
    QLineEdit *field = view()->findField();
    ASSERT_TRUE(field->isVisible());
    QTest::keyClicks(field, QStringLiteral("billing"));
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(scene()->selectedNodeIds(), QStringList{QStringLiteral("target")});
    EXPECT_LE(QLineF(view()->visibleCenter(), centerOf(QStringLiteral("target"))).length(), 2.0);
    // Not found: said, selection kept.
    field->clear();
    QTest::keyClicks(field, QStringLiteral("nothing-like-this"));
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(scene()->selectedNodeIds(), QStringList{QStringLiteral("target")});
    EXPECT_TRUE(statusText().contains(QStringLiteral("No node named")));
    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_FALSE(field->isVisible());
}

TEST_F(CanvasTest, WheelZoomKeepsThePointUnderTheCursor)
{
    load(test::threeTier());
    const QPoint cursor(300, 200);
    const QPointF before = view()->mapToScene(cursor);
    QWheelEvent wheel(QPointF(cursor), QPointF(viewport()->mapToGlobal(cursor)), QPoint(),
                      QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport(), &wheel);
    EXPECT_GT(view()->zoom(), 1.2);
    EXPECT_LE(QLineF(view()->mapToScene(cursor), before).length(), 2.0 / view()->zoom() + 0.5);
    action("actionZoomReset")->trigger();
    EXPECT_DOUBLE_EQ(view()->zoom(), 1.0);
    action("actionZoomOut")->trigger();
    EXPECT_LT(view()->zoom(), 1.0);
    for (int i = 0; i < 100; ++i)
        action("actionZoomOut")->trigger();
    EXPECT_DOUBLE_EQ(view()->zoom(), GraphView::MinZoom);
}

TEST_F(CanvasTest, FitAllAndFitSelection)
{
    load(test::threeTier());
    action("actionFitAll")->trigger();
    const QRectF visible = view()->mapToScene(viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.contains(scene()->contentRect()));
    scene()->selectElements({QStringLiteral("db")});
    action("actionFitSelection")->trigger();
    EXPECT_DOUBLE_EQ(view()->zoom(), 1.0); // a single node is never magnified
    EXPECT_LE(QLineF(view()->visibleCenter(), centerOf(QStringLiteral("db"))).length(), 2.0);
}

TEST_F(CanvasTest, MiddleButtonPans)
{
    load(test::threeTier());
    const QPointF before = view()->visibleCenter();
    const QPoint from(400, 300);
    QTest::mousePress(viewport(), Qt::MiddleButton, {}, from);
    QTest::mouseMove(viewport(), from + QPoint(-100, -50));
    QTest::mouseRelease(viewport(), Qt::MiddleButton, {}, from + QPoint(-100, -50));
    EXPECT_NEAR(view()->visibleCenter().x() - before.x(), 100, 2);
    EXPECT_NEAR(view()->visibleCenter().y() - before.y(), 50, 2);
    EXPECT_EQ(doc()->undoStack()->count(), 0);
}

TEST_F(CanvasTest, MinimapMovesTheView)
{
    load(test::threeTier());
    Minimap *mini = view()->minimap();
    view()->setZoom(3.0); // part of the graph is off screen: the map shows
    ASSERT_TRUE(QTest::qWaitFor([&] { return mini->isVisible(); }, 2000));
    // The picture is rebuilt shortly after changes: wait until it shows the scene.
    ASSERT_TRUE(QTest::qWaitFor([&] { return mini->isUpToDate(); }, 2000));
    const QPoint click = mini->rect().center() + QPoint(30, 0);
    const QPointF target = mini->sceneAt(click);
    QTest::mouseClick(mini, Qt::LeftButton, {}, click);
    EXPECT_LE(QLineF(view()->visibleCenter(), target).length(), 2.0);
    action("actionMinimap")->trigger();
    EXPECT_FALSE(mini->isVisible());
}

TEST_F(CanvasTest, TheMinimapShowsOnlyWhilePartOfTheGraphIsOffScreen)
{
    load(test::threeTier());
    Minimap *mini = view()->minimap();
    view()->fitAll(); // everything on screen: the map would only cover part of it
    EXPECT_TRUE(QTest::qWaitFor([&] { return !mini->isVisible(); }, 2000));
    EXPECT_TRUE(view()->isMinimapVisible()); // still switched on
    view()->setZoom(3.0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return mini->isVisible(); }, 2000));
    view()->fitAll();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !mini->isVisible(); }, 2000));

    // Switched off, it stays hidden however far the view zooms in.
    action("actionMinimap")->trigger();
    EXPECT_FALSE(view()->isMinimapVisible());
    view()->setZoom(3.0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view()->isMinimapCheckPending(); }, 2000));
    EXPECT_FALSE(mini->isVisible());
    action("actionMinimap")->trigger();
    EXPECT_TRUE(mini->isVisible());
}

TEST_F(CanvasTest, ArrangeIsOneUndoStep)
{
    GraphData g = test::threeTier();
    for (Node &n : g.nodes)
        n.pos = QPointF(0, 0); // all on one spot
    load(g);
    action("actionArrange")->trigger();
    EXPECT_EQ(doc()->undoStack()->count(), 1);
    QSet<QPair<qreal, qreal>> positions;
    for (const QString &id : doc()->nodeIds())
        positions.insert({doc()->node(id)->pos.x(), doc()->node(id)->pos.y()});
    EXPECT_EQ(positions.size(), 4);
    // Traffic flows left to right.
    EXPECT_LT(doc()->node(QStringLiteral("ing"))->pos.x(),
              doc()->node(QStringLiteral("dep"))->pos.x());
    doc()->undoStack()->undo();
    EXPECT_EQ(doc()->snapshot(), g);
}

TEST_F(CanvasTest, AlignAndDistribute)
{
    GraphData g;
    g.nodes = {makeNode(QStringLiteral("a"), QStringLiteral("POD"), {}, {0, 10}),
               makeNode(QStringLiteral("b"), QStringLiteral("POD"), {}, {200, 90}),
               makeNode(QStringLiteral("c"), QStringLiteral("POD"), {}, {900, 40})};
    load(g);
    action("actionSelectAll")->trigger();
    action("actionAlignTop")->trigger();
    for (const QString &id : doc()->nodeIds())
        EXPECT_EQ(doc()->node(id)->pos.y(), 10);
    action("actionDistributeH")->trigger();
    const qreal w = scene()->nodeItem(QStringLiteral("a"))->size().width();
    EXPECT_DOUBLE_EQ(doc()->node(QStringLiteral("b"))->pos.x(), (900 - 0 - 2 * w) / 2 + w);
    EXPECT_EQ(doc()->undoStack()->count(), 2);
    doc()->undoStack()->undo();
    doc()->undoStack()->undo();
    EXPECT_EQ(doc()->snapshot(), g);
}

TEST_F(CanvasTest, ValidationBadgesStayLive)
{
    GraphData g;
    g.nodes = {makeNode(QStringLiteral("a"), QStringLiteral("DEPLOYMENT"), QStringLiteral("a"), {},
                        {{QStringLiteral("replicas"), QStringLiteral("many")}}),
               makeNode(QStringLiteral("b"), QStringLiteral("CONFIGMAP"), QStringLiteral("b"),
                        {300, 0})};
    g.edges = {makeEdge(QStringLiteral("e"), QStringLiteral("b"), QStringLiteral("a"),
                        QStringLiteral("CUSTOM"))};
    load(g);
    NodeItem *a = scene()->nodeItem(QStringLiteral("a"));
    NodeItem *b = scene()->nodeItem(QStringLiteral("b"));
    EXPECT_EQ(a->severity(), NodeItem::Severity::Error);
    EXPECT_TRUE(a->toolTip().contains(QStringLiteral("replicas")));
    EXPECT_EQ(b->severity(), NodeItem::Severity::Warning); // ConfigMap → Deployment is backwards
    doc()->undoStack()->push(new ChangeNodePropertyCommand(doc(), {QStringLiteral("a")},
                                                           QStringLiteral("replicas"), 3));
    EXPECT_EQ(a->severity(), NodeItem::Severity::None);
    EXPECT_TRUE(a->toolTip().isEmpty());
    doc()->undoStack()->push(new RemoveElementsCommand(doc(), {}, {QStringLiteral("e")}));
    EXPECT_EQ(b->severity(), NodeItem::Severity::None); // at once: no event loop in between
    doc()->undoStack()->undo();
    EXPECT_EQ(b->severity(), NodeItem::Severity::Warning);
    // A name Generate refuses (no letters or digits) is an error badge too.
    doc()->undoStack()->push(
            new RenameNodeCommand(doc(), QStringLiteral("a"), QStringLiteral("---")));
    EXPECT_EQ(a->severity(), NodeItem::Severity::Error);
    EXPECT_TRUE(a->toolTip().contains(QStringLiteral("no letters or digits")));
}

// Imported nodes are generated from their own objects: a kind without a form is no warning,
// and a value the form cannot hold (the user's own) is a warning, not an error.
TEST_F(CanvasTest, ImportedNodesAreBadgedAsTheValidatorJudgesThem)
{
    GraphData g;
    g.nodes = {makeNode(QStringLiteral("r"), QStringLiteral("ROLLOUT"), QStringLiteral("r")),
               makeNode(QStringLiteral("d"), QStringLiteral("DEPLOYMENT"), QStringLiteral("d"),
                        {300, 0}, {{QStringLiteral("replicas"), 20000}}),
               makeNode(QStringLiteral("u"), QStringLiteral("ROLLOUT"), QStringLiteral("u"),
                        {600, 0})};
    for (int i = 0; i < 2; ++i)
        g.nodes[i].properties.insert(QStringLiteral("manifest"),
                                     QStringLiteral(
                                             "apiVersion: v1\nkind: X\nmetadata: {name: x}\n"));
    load(g);
    EXPECT_EQ(scene()->nodeItem(QStringLiteral("r"))->severity(), NodeItem::Severity::None);
    EXPECT_EQ(scene()->nodeItem(QStringLiteral("d"))->severity(), NodeItem::Severity::Warning);
    EXPECT_TRUE(
            scene()->nodeItem(QStringLiteral("d"))->toolTip().contains(QStringLiteral("replicas")));
    // A node of an unknown kind that was not imported still says it is not generated.
    EXPECT_EQ(scene()->nodeItem(QStringLiteral("u"))->severity(), NodeItem::Severity::Warning);
}

TEST_F(CanvasTest, FollowsLightAndDarkPalettes)
{
    load(test::threeTier());
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    view()->setPalette(dark);
    EXPECT_TRUE(scene()->theme().dark);
    EXPECT_LT(scene()->theme().background.lightnessF(), 0.3);
    EXPECT_GT(scene()->theme().text.lightnessF(), 0.7);
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    view()->setPalette(light);
    EXPECT_FALSE(scene()->theme().dark);
    EXPECT_GT(scene()->theme().background.lightnessF(), 0.8);
}

TEST_F(CanvasTest, ArrowKeysNudgeInOneUndoStep)
{
    load(test::threeTier());
    scene()->selectElements({QStringLiteral("dep")});
    view()->setFocus();
    QTest::keyClick(viewport(), Qt::Key_Right);
    QTest::keyClick(viewport(), Qt::Key_Right);
    QTest::keyClick(viewport(), Qt::Key_Down, Qt::ShiftModifier);
    EXPECT_EQ(doc()->node(QStringLiteral("dep"))->pos,
              QPointF(600 + 2 * GraphScene::GridSize, 5 * GraphScene::GridSize));
    EXPECT_EQ(doc()->undoStack()->count(), 1);
    doc()->undoStack()->undo();
    EXPECT_EQ(doc()->node(QStringLiteral("dep"))->pos, QPointF(600, 0));
    // Escape leaves the connect tool; the toolbar follows.
    action("actionConnectTool")->trigger();
    QTest::keyClick(viewport(), Qt::Key_Escape);
    EXPECT_EQ(scene()->tool(), GraphScene::Tool::Select);
    EXPECT_TRUE(action("actionSelectTool")->isChecked());
}

TEST_F(CanvasTest, RightClickSelectsAndOffersTheRightActions)
{
    load(test::threeTier());
    scene()->selectElements({QStringLiteral("ing")});
    QTest::mouseClick(viewport(), Qt::RightButton, {}, at(centerOf(QStringLiteral("db"))));
    EXPECT_EQ(scene()->selectedNodeIds(), QStringList{QStringLiteral("db")});
    auto *actions = window->findChild<CanvasActions *>();
    ASSERT_NE(actions, nullptr);
    std::unique_ptr<QMenu> menu(actions->createContextMenu(view()));
    QStringList names;
    const auto items = menu->actions();
    for (QAction *a : items)
        names << a->objectName();
    EXPECT_TRUE(names.contains(QStringLiteral("actionRename")));
    EXPECT_TRUE(names.contains(QStringLiteral("actionDelete")));
    // On empty space: nothing selected, no element actions.
    QTest::mouseClick(viewport(), Qt::RightButton, {}, at(QPointF(300, 600)));
    EXPECT_TRUE(scene()->selectedItems().isEmpty());
    menu.reset(actions->createContextMenu(view()));
    names.clear();
    const auto emptyItems = menu->actions();
    for (QAction *a : emptyItems)
        names << a->objectName();
    EXPECT_FALSE(names.contains(QStringLiteral("actionDelete")));
    EXPECT_TRUE(names.contains(QStringLiteral("actionPaste")));
}

TEST_F(CanvasTest, EdgeLabelsKeepClearOfTheNodesTheyConnect)
{
    GraphData g;
    g.nodes = {makeNode(QStringLiteral("a"), QStringLiteral("SERVICE"), QStringLiteral("api"),
                        {0, 0}),
               makeNode(QStringLiteral("b"), QStringLiteral("DEPLOYMENT"), QStringLiteral("web"),
                        {600, 0})};
    g.edges = {makeEdge(QStringLiteral("e"), QStringLiteral("a"), QStringLiteral("b"),
                        QStringLiteral("SERVICE_EXPOSES_POD"))};
    load(g);
    EdgeItem *e = scene()->edgeItem(QStringLiteral("e"));
    ASSERT_NE(e, nullptr);
    NodeItem *a = scene()->nodeItem(QStringLiteral("a"));
    NodeItem *b = scene()->nodeItem(QStringLiteral("b"));
    const QString full = QStringLiteral("service exposes pod");
    ASSERT_EQ(e->label(), full);

    // A long edge: the full label in the middle of the gap, no tooltip needed.
    EXPECT_EQ(e->shownLabel(), full);
    EXPECT_TRUE(e->toolTip().isEmpty());
    ASSERT_FALSE(e->labelRect().isEmpty());
    EXPECT_NEAR(e->labelRect().center().x(), (a->sceneRect().right() + b->sceneRect().left()) / 2,
                1.0);
    EXPECT_FALSE(e->labelRect().intersects(a->sceneRect()));
    EXPECT_FALSE(e->labelRect().intersects(b->sceneRect()));
    EXPECT_TRUE(e->boundingRect().contains(e->labelRect()));

    QPointF at(600, 0);
    auto moveB = [&](QPointF to) {
        doc()->undoStack()->push(new MoveNodesCommand(doc(), {{QStringLiteral("b"), at}},
                                                      {{QStringLiteral("b"), to}}));
        at = to;
        ASSERT_EQ(b->pos(), to);
    };

    // 100 px between the cards: too narrow for the whole label, wide enough for a part.
    moveB({a->sceneRect().right() + 100, 0});
    EXPECT_NE(e->shownLabel(), full);
    EXPECT_TRUE(e->shownLabel().endsWith(QChar(0x2026))) << e->shownLabel().toStdString();
    EXPECT_TRUE(full.startsWith(e->shownLabel().chopped(1).trimmed()))
            << e->shownLabel().toStdString();
    EXPECT_EQ(e->toolTip(), full);
    EXPECT_FALSE(e->labelRect().isEmpty());
    EXPECT_FALSE(e->labelRect().intersects(a->sceneRect()));
    EXPECT_FALSE(e->labelRect().intersects(b->sceneRect()));

    // Short edges in every direction: whatever is shown stays off both cards, and whenever the
    // label is cut or left out the tooltip has the full text.
    const QList<QPointF> places = {{200, 0},    {170, 0},   {0, 90},    {40, 80},  {190, 40},
                                   {-190, -30}, {120, 100}, {-30, -80}, {180, 70}, {60, 20}};
    for (const QPointF &p : places) {
        moveB(p);
        SCOPED_TRACE(QStringLiteral("b at %1,%2").arg(p.x()).arg(p.y()).toStdString());
        if (!e->labelRect().isEmpty()) {
            EXPECT_FALSE(e->labelRect().intersects(a->sceneRect()));
            EXPECT_FALSE(e->labelRect().intersects(b->sceneRect()));
            EXPECT_FALSE(e->shownLabel().isEmpty());
        } else {
            EXPECT_TRUE(e->shownLabel().isEmpty());
        }
        if (e->shownLabel() == full)
            EXPECT_TRUE(e->toolTip().isEmpty());
        else
            EXPECT_EQ(e->toolTip(), full);
    }
    // Cards 30 px apart side by side: no room at all, the label is left out.
    moveB({a->sceneRect().right() + 30, 0});
    EXPECT_TRUE(e->labelRect().isEmpty());
    EXPECT_TRUE(e->shownLabel().isEmpty());
    EXPECT_EQ(e->toolTip(), full);
    // One above the other with room for the label's height: the full label fits between them.
    moveB({0, a->sceneRect().bottom() + 40});
    EXPECT_EQ(e->shownLabel(), full);
    EXPECT_FALSE(e->labelRect().intersects(a->sceneRect()));
    EXPECT_FALSE(e->labelRect().intersects(b->sceneRect()));

    // Undo back to the long edge: the full label returns and the tooltip goes.
    while (doc()->undoStack()->canUndo())
        doc()->undoStack()->undo();
    EXPECT_EQ(b->pos(), QPointF(600, 0));
    EXPECT_EQ(e->shownLabel(), full);
    EXPECT_TRUE(e->toolTip().isEmpty());

    // A shorter connection type is measured again: it fits where the long one was cut.
    moveB({a->sceneRect().right() + 100, 0});
    EXPECT_NE(e->shownLabel(), full);
    doc()->undoStack()->push(
            new ChangeEdgeCommand(doc(), QStringLiteral("e"), QStringLiteral("ROUTES_TO")));
    EXPECT_EQ(e->shownLabel(), QStringLiteral("routes to"));
    EXPECT_TRUE(e->toolTip().isEmpty());
}

TEST_F(CanvasTest, EdgeLabelsKeepClearOfOtherNodesInTheirWay)
{
    GraphData g;
    g.nodes = {makeNode(QStringLiteral("a"), QStringLiteral("SERVICE"), QStringLiteral("api"),
                        {0, 0}),
               makeNode(QStringLiteral("b"), QStringLiteral("DEPLOYMENT"), QStringLiteral("web"),
                        {600, 0}),
               makeNode(QStringLiteral("c"), QStringLiteral("CACHE"), QStringLiteral("sessions"),
                        {300, 300})};
    g.edges = {makeEdge(QStringLiteral("e"), QStringLiteral("a"), QStringLiteral("b"),
                        QStringLiteral("SERVICE_EXPOSES_POD"))};
    load(g);
    EdgeItem *e = scene()->edgeItem(QStringLiteral("e"));
    NodeItem *c = scene()->nodeItem(QStringLiteral("c"));
    ASSERT_NE(e, nullptr);
    const QString full = QStringLiteral("service exposes pod");
    EXPECT_EQ(e->shownLabel(), full);
    const QRectF free = e->labelRect();

    // A third node just below the label's middle: the label makes way for it.
    doc()->undoStack()->push(new MoveNodesCommand(doc(), {{QStringLiteral("c"), {300, 300}}},
                                                  {{QStringLiteral("c"), {320, 36}}}));
    ASSERT_TRUE(c->sceneRect().intersects(free));
    EXPECT_NE(e->shownLabel(), full);
    EXPECT_EQ(e->toolTip(), full);
    EXPECT_FALSE(e->labelRect().intersects(c->sceneRect()));

    // Dragged away on the canvas: once the move ends the full label is back.
    scene()->beginMove({QStringLiteral("c")});
    scene()->moveBy(QPointF(0, 300));
    scene()->endMove();
    EXPECT_FALSE(c->sceneRect().intersects(free));
    EXPECT_EQ(e->shownLabel(), full);
    EXPECT_EQ(e->labelRect(), free);
    EXPECT_TRUE(e->toolTip().isEmpty());

    // Namespace frames hold labels; they are not in the way.
    scene()->selectElements({});
    const QString ns = window->editor()->addNode(QStringLiteral("NAMESPACE"), {200, -100});
    ASSERT_TRUE(scene()->nodeItem(ns)->sceneRect().intersects(free));
    EXPECT_EQ(e->shownLabel(), full);
}
