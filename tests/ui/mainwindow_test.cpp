#include "DocumentActions.h"
#include "MainWindow.h"

#include "commands/ChangeNodes.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "io/KGraphFormat.h"
#include "model/GraphDocument.h"
#include "settings/AppSettings.h"

#include "MainWindows.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenuBar>
#include <QPointer>
#include <QTest>

using namespace kg;
using namespace kg::ui;

class MainWindowTest : public test::TempDirTest
{
protected:
    void SetUp() override
    {
        TempDirTest::SetUp();
        settings = std::make_shared<AppSettings>(path(QStringLiteral("settings.conf")));
    }
    void TearDown() override { test::deleteAllMainWindows(); }
    QString writeGraph(const QString &name)
    {
        GraphData g;
        g.name = name;
        g.nodes = {test::makeNode(QStringLiteral("a"), QStringLiteral("DEPLOYMENT"))};
        const QString file = path(name + QStringLiteral(".kgraph"));
        EXPECT_TRUE(io::KGraphFormat::writeFile(g, file).ok());
        return file;
    }
    std::shared_ptr<AppSettings> settings;
};

TEST_F(MainWindowTest, TitleAndMenus)
{
    auto *w = new MainWindow(settings);
    w->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(w));
    EXPECT_TRUE(w->windowTitle().startsWith(QStringLiteral("Untitled")));
    QStringList menus;
    const auto actions = w->menuBar()->actions();
    for (QAction *a : actions)
        menus << a->text().remove(QLatin1Char('&'));
    EXPECT_EQ(menus,
              (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                           QStringLiteral("Graph"), QStringLiteral("Help")}));
}

TEST_F(MainWindowTest, StandardShortcuts)
{
    MainWindow *w = new MainWindow(settings);
    EXPECT_EQ(w->action(QStringLiteral("actionNew"))->shortcut(), QKeySequence(QKeySequence::New));
    EXPECT_EQ(w->action(QStringLiteral("actionOpen"))->shortcut(), QKeySequence(QKeySequence::Open));
    EXPECT_EQ(w->action(QStringLiteral("actionSave"))->shortcut(), QKeySequence(QKeySequence::Save));
    EXPECT_EQ(w->action(QStringLiteral("actionQuit"))->shortcut(), QKeySequence(QKeySequence::Quit));
    EXPECT_EQ(w->action(QStringLiteral("actionUndo"))->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_EQ(w->action(QStringLiteral("actionRedo"))->shortcut(), QKeySequence(QKeySequence::Redo));
    EXPECT_NE(w->action(QStringLiteral("actionSaveAs")), nullptr);
    EXPECT_NE(w->action(QStringLiteral("actionAbout")), nullptr);
}

TEST_F(MainWindowTest, UndoActionFollowsTheDocumentStack)
{
    auto *w = new MainWindow(settings);
    QAction *undo = w->action(QStringLiteral("actionUndo"));
    EXPECT_FALSE(undo->isEnabled());
    GraphData g;
    g.nodes = {test::makeNode(QStringLiteral("a"), QStringLiteral("POD"))};
    w->document()->reset(g);
    w->document()->undoStack()->push(
            new RenameNodeCommand(w->document(), QStringLiteral("a"), QStringLiteral("b")));
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_TRUE(w->isWindowModified());
    undo->trigger();
    EXPECT_EQ(w->document()->node(QStringLiteral("a"))->name, QStringLiteral("a"));
    EXPECT_FALSE(w->isWindowModified());
}

TEST_F(MainWindowTest, OpenFileLoadsIntoThePristineWindowAndRecordsRecent)
{
    auto *w = new MainWindow(settings);
    const QString file = writeGraph(QStringLiteral("shop"));
    ASSERT_TRUE(w->documentActions()->openFile(file));
    EXPECT_EQ(w->document()->nodeCount(), 1);
    EXPECT_EQ(w->document()->filePath(), file);
    EXPECT_TRUE(w->windowTitle().startsWith(QStringLiteral("shop")));
    EXPECT_EQ(settings->recentFiles.get().value(0), file);
}

TEST_F(MainWindowTest, SecondFileOpensInANewWindow)
{
    auto *w = new MainWindow(settings);
    ASSERT_TRUE(w->documentActions()->openFile(writeGraph(QStringLiteral("one"))));
    ASSERT_TRUE(w->documentActions()->openFile(writeGraph(QStringLiteral("two"))));
    int windows = 0;
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *tw : widgets)
        windows += qobject_cast<MainWindow *>(tw) ? 1 : 0;
    EXPECT_EQ(windows, 2);
    EXPECT_EQ(w->document()->name(), QStringLiteral("one"));
}

TEST_F(MainWindowTest, SaveWritesTheDocument)
{
    auto *w = new MainWindow(settings);
    const QString file = writeGraph(QStringLiteral("shop"));
    ASSERT_TRUE(w->documentActions()->openFile(file));
    w->document()->undoStack()->push(
            new RenameNodeCommand(w->document(), QStringLiteral("a"), QStringLiteral("renamed")));
    ASSERT_TRUE(w->documentActions()->save());
    EXPECT_FALSE(w->document()->isModified());
    auto back = io::KGraphFormat::readFile(file);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->nodes.first().name, QStringLiteral("renamed"));
}

TEST_F(MainWindowTest, GeometryIsRestoredFromSettings)
{
    {
        auto *w = new MainWindow(settings);
        w->show();
        w->resize(900, 600);
        ASSERT_TRUE(QTest::qWaitFor([w] { return w->size() == QSize(900, 600); }, 5000));
        w->close();
    }
    auto *w = new MainWindow(settings);
    w->show();
    EXPECT_EQ(w->size(), QSize(900, 600));
}

TEST_F(MainWindowTest, AboutNamesVersionsAndLicence)
{
    const QString text = AboutDialog::aboutText();
    EXPECT_TRUE(text.contains(QStringLiteral(QT_VERSION_STR)));
    EXPECT_TRUE(text.contains(QStringLiteral("KSyntaxHighlighting 5."))
                || text.contains(QStringLiteral("KSyntaxHighlighting 6.")));
    EXPECT_TRUE(text.contains(QStringLiteral("General Public License")));
}

TEST_F(MainWindowTest, PreferencesStoreTheLanguageOverride)
{
    PreferencesDialog dialog(*settings);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    ASSERT_NE(combo, nullptr);
    const int de = combo->findData(QStringLiteral("de"));
    ASSERT_GE(de, 0);
    combo->setCurrentIndex(de);
    dialog.apply();
    EXPECT_EQ(settings->language.get(), QStringLiteral("de"));
    // Back to the system language so other tests see English.
    combo->setCurrentIndex(0);
    dialog.apply();
    EXPECT_TRUE(settings->language.get().isEmpty());
}
