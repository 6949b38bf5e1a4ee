#include "CanvasFixture.h"
#include "DocumentActions.h"
#include "session/DocumentSession.h"

#include "GuiStartup.h"
#include "canvas/ImageExport.h"
#include "commands/ChangeNodes.h"
#include "io/KGraphFormat.h"
#include "session/RecoveryStore.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QSvgRenderer>
#include <QUndoStack>
#include <QUrl>
#include <QXmlStreamReader>

using namespace kg;
using namespace kg::ui;

class DocumentsTest : public test::CanvasFixture
{};

TEST_F(DocumentsTest, BuildSaveReopenGivesTheSameGraph)
{
    GraphEditor *editor = window->editor();
    const QString ing = editor->addNode(QStringLiteral("INGRESS"), {0, 0});
    const QString svc = editor->addNode(QStringLiteral("SERVICE"), {300, 0});
    const QString dep = editor->addNode(QStringLiteral("DEPLOYMENT"), {600, 0});
    ASSERT_TRUE(scene()->connectNodes(ing, svc));
    ASSERT_TRUE(scene()->connectNodes(svc, dep));
    doc()->undoStack()->push(new ChangeNodePropertyCommand(doc(), {dep}, QStringLiteral("image"),
                                                           QStringLiteral("nginx:1.27")));
    const GraphData built = doc()->snapshot();
    const QString file = path(QStringLiteral("shop.kgraph"));
    doc()->setFilePath(file);
    ASSERT_TRUE(window->documentActions()->save());
    EXPECT_FALSE(window->isWindowModified());

    MainWindow *other = newWindow();
    other->document()->undoStack()->push(
            new ChangeGraphInfoCommand(other->document(), QStringLiteral("dirty"),
                                       {})); // not pristine: opens a new window
    other->document()->setFilePath(QString());
    auto reread = io::KGraphFormat::readFile(file);
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(*reread, built);
    // Undo everything: back to the empty graph, step by step.
    const int steps = doc()->undoStack()->count();
    EXPECT_EQ(steps, 6);
    for (int i = 0; i < steps; ++i)
        doc()->undoStack()->undo();
    EXPECT_EQ(doc()->nodeCount(), 0);
    EXPECT_TRUE(window->isWindowModified());
}

TEST_F(DocumentsTest, TitleShowsNameAndModifiedMark)
{
    load(test::threeTier());
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("three tier")));
    EXPECT_FALSE(window->isWindowModified());
    window->editor()->addNode(QStringLiteral("POD"), {0, 400});
    EXPECT_TRUE(window->isWindowModified());
    doc()->undoStack()->undo();
    EXPECT_FALSE(window->isWindowModified());
}

TEST_F(DocumentsTest, NewFromSampleIsAnUnsavedCopy)
{
    const QString sample = test::sourcePath(QStringLiteral("tests/ui/fixtures/tiny-sample.kgraph"));
    ASSERT_TRUE(window->documentActions()->newFromSample(sample));
    EXPECT_EQ(doc()->nodeCount(), 3);
    EXPECT_TRUE(doc()->filePath().isEmpty()); // Save asks for a new file
    EXPECT_EQ(scene()->nodeItemCount(), 3);
    dismissNextDialog();
    EXPECT_FALSE(window->documentActions()->newFromSample(path(QStringLiteral("missing.kgraph"))));
}

TEST_F(DocumentsTest, DroppingAFileOnTheWindowOpensIt)
{
    GraphData g = test::threeTier();
    const QString file = path(QStringLiteral("dropped.kgraph"));
    ASSERT_TRUE(io::KGraphFormat::writeFile(g, file).ok());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPoint p = at(QPointF(0, 0));
    // Dropped on the canvas: the canvas ignores files, the window behind it opens them.
    QDragEnterEvent enter(p, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(p), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &drop);
    EXPECT_EQ(doc()->filePath(), file);
    EXPECT_EQ(doc()->snapshot(), g);
}

TEST_F(DocumentsTest, AutosaveRecoversAfterACrash)
{
    load(test::threeTier());
    window->editor()->addNode(QStringLiteral("CACHE"), {0, 300});
    const GraphData edited = doc()->snapshot();
    ASSERT_TRUE(window->session()->autosaveNow());
    EXPECT_FALSE(window->session()->autosaveNow()); // nothing new since
    const QString id = window->session()->recoveryId();
    session::RecoveryStore store(path(QStringLiteral("recovery")));
    ASSERT_TRUE(store.contains(id));

    // The crash: the window vanishes without a close event.
    delete window;
    window = nullptr;
    ASSERT_TRUE(store.contains(id));

    QList<session::RecoveryEntry> entries;
    const QList<session::RecoveryEntry> all = store.orphanedEntries();
    for (const session::RecoveryEntry &e : all) {
        if (e.id == id)
            entries << e;
    }
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().displayName, QStringLiteral("three tier"));

    window = newWindow();
    ASSERT_TRUE(window->documentActions()->loadRecovered(entries.first(), store));
    EXPECT_EQ(doc()->snapshot(), edited);
    EXPECT_TRUE(window->isWindowModified()); // recovered work is unsaved work
    EXPECT_EQ(window->session()->recoveryId(), id);

    // Saving makes the recovery copy obsolete.
    doc()->setFilePath(path(QStringLiteral("recovered.kgraph")));
    ASSERT_TRUE(window->documentActions()->save());
    EXPECT_FALSE(store.contains(id));
}

TEST_F(DocumentsTest, CleanCloseLeavesNothingToRecover)
{
    window->editor()->addNode(QStringLiteral("POD"), {0, 0});
    ASSERT_TRUE(window->session()->autosaveNow());
    const QString id = window->session()->recoveryId();
    session::RecoveryStore store(path(QStringLiteral("recovery")));
    ASSERT_TRUE(store.contains(id));
    doc()->setClean();                // as after "Discard": no question asked
    EXPECT_FALSE(store.contains(id)); // back to the saved state removes the copy at once
    window->editor()->addNode(QStringLiteral("POD"), {0, 200});
    ASSERT_TRUE(window->session()->autosaveNow());
    doc()->undoStack()->setClean();
    window->close();
    EXPECT_FALSE(store.contains(id));
}

TEST_F(DocumentsTest, ExportPngHasTheContentSizeAndNoDecorations)
{
    load(test::threeTier());
    scene()->selectElements({QStringLiteral("svc")});
    const QString png = path(QStringLiteral("graph.png"));
    ASSERT_TRUE(ImageExport::writePng(scene(), png, false, 2.0).ok());
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    // Four 160×64 nodes from x = 0 to x = 1060 plus the margin, at scale 2.
    const QRectF content(0, 0, 1060, 64);
    const QRectF expected = content.adjusted(-ImageExport::Margin, -ImageExport::Margin,
                                             ImageExport::Margin, ImageExport::Margin);
    const QRectF actual = ImageExport::exportRect(scene(), false);
    EXPECT_TRUE(actual.contains(expected));
    EXPECT_LE(actual.height() - expected.height(), 24); // only the badge/handle allowance
    EXPECT_EQ(image.size(),
              QSize(int(std::ceil(actual.width() * 2)), int(std::ceil(actual.height() * 2))));
    // The selection outline is not drawn: the "svc" card has the same border as "dep".
    EXPECT_TRUE(scene()->nodeItem(QStringLiteral("svc"))->isSelected());
    const QPoint svcBorder = QPointF((300 + 80 - actual.left()) * 2, (0 - actual.top()) * 2 + 1)
                                     .toPoint();
    const QPoint depBorder = QPointF((600 + 80 - actual.left()) * 2, (0 - actual.top()) * 2 + 1)
                                     .toPoint();
    EXPECT_EQ(image.pixel(svcBorder), image.pixel(depBorder));

    // Selection only: one node.
    const QImage selection = ImageExport::render(scene(), true, 1.0);
    EXPECT_EQ(selection.size(), QSize(160 + 2 * 24, 64 + 2 * 24));
    EXPECT_TRUE(scene()->nodeItem(QStringLiteral("db"))->isVisible()); // restored afterwards

    // Nothing to export, and an unwritable target, are errors.
    scene()->clearSelection();
    EXPECT_FALSE(ImageExport::writePng(scene(), path(QStringLiteral("x.png")), true, 1.0).ok());
    EXPECT_FALSE(
            ImageExport::writePng(scene(), path(QStringLiteral("no/such/dir/x.png")), false, 1.0)
                    .ok());
}

TEST_F(DocumentsTest, ExportSvgParses)
{
    load(test::threeTier());
    const QString svg = path(QStringLiteral("graph.svg"));
    ASSERT_TRUE(ImageExport::writeSvg(scene(), svg, false).ok());
    QFile f(svg);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QXmlStreamReader xml(bytes);
    QString root;
    int elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty())
                root = xml.name().toString();
            ++elements;
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(root, QStringLiteral("svg"));
    EXPECT_GT(elements, 10);
    EXPECT_TRUE(bytes.contains("api-server"));
    QSvgRenderer renderer(svg);
    EXPECT_TRUE(renderer.isValid());
    EXPECT_GT(renderer.viewBoxF().width(), 1000);
}
