#include "artifacts/CodeView.h"
#include "artifacts/DiffView.h"

#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

using namespace kg;

TEST(DiffView, SummaryAndSideBySideRows)
{
    DiffView view;
    view.setJobs({test::yamlArtifact(QStringLiteral("a.yaml"), "a\nb\nc\n"),
                  test::yamlArtifact(QStringLiteral("gone.yaml"), "x\n"),
                  test::yamlArtifact(QStringLiteral("same.yaml"), "s\n")},
                 {test::yamlArtifact(QStringLiteral("a.yaml"), "a\nB\nc\nd\n"),
                  test::yamlArtifact(QStringLiteral("new.yaml"), "n\n"),
                  test::yamlArtifact(QStringLiteral("same.yaml"), "s\n")},
                 QStringLiteral("job 1"), QStringLiteral("job 2"));
    EXPECT_EQ(view.summaryText(), QStringLiteral("1 changed, 1 added, 1 removed, 1 unchanged"));
    auto *files = view.findChild<QTreeWidget *>(QStringLiteral("diffFiles"));
    ASSERT_NE(files, nullptr);
    EXPECT_EQ(files->topLevelItemCount(), 3); // unchanged hidden by default
    EXPECT_EQ(view.currentPath(), QStringLiteral("a.yaml"));

    // Side by side: 4 rows, row 2 changed, row 4 added with a blank filler on the left.
    EXPECT_EQ(view.leftView()->toPlainText(), QStringLiteral("a\nb\nc\n"));
    EXPECT_EQ(view.rightView()->toPlainText(), QStringLiteral("a\nB\nc\nd"));
    EXPECT_EQ(view.leftView()->lineCount(), view.rightView()->lineCount());
    int highlighted = 0;
    for (const QTextEdit::ExtraSelection &s : view.rightView()->extraSelections()) {
        if (s.format.property(QTextFormat::FullWidthSelection).toBool()
            && s.format.background().color() != view.rightView()->palette().color(QPalette::Base)
            && s.cursor.blockNumber() != view.rightView()->textCursor().blockNumber())
            ++highlighted;
    }
    EXPECT_GE(highlighted, 1);

    view.setMode(DiffView::Mode::Unified);
    EXPECT_EQ(view.unifiedView()->toPlainText(), QStringLiteral(" a\n-b\n+B\n c\n+d"));

    ASSERT_TRUE(view.showFile(QStringLiteral("gone.yaml")));
    EXPECT_EQ(view.currentDiff().removedCount(), 1);
    EXPECT_EQ(view.unifiedView()->toPlainText(), QStringLiteral("-x"));
    EXPECT_FALSE(view.showFile(QStringLiteral("never.yaml")));
}

TEST(DiffView, NextAndPreviousChange)
{
    QByteArray a;
    QByteArray b;
    for (int i = 1; i <= 100; ++i) {
        a += "line " + QByteArray::number(i) + '\n';
        b += (i == 20 || i == 70 ? "changed " : "line ") + QByteArray::number(i) + '\n';
    }
    DiffView view;
    view.resize(800, 400);
    view.setJobs({test::yamlArtifact(QStringLiteral("f.yaml"), a)},
                 {test::yamlArtifact(QStringLiteral("f.yaml"), b)}, QStringLiteral("a"),
                 QStringLiteral("b"));
    // Opens at the first change.
    EXPECT_EQ(view.rightView()->currentLine(), 20);
    EXPECT_TRUE(view.nextChange());
    EXPECT_EQ(view.rightView()->currentLine(), 70);
    EXPECT_TRUE(view.nextChange()); // wraps
    EXPECT_EQ(view.rightView()->currentLine(), 20);
    EXPECT_TRUE(view.previousChange());
    EXPECT_EQ(view.rightView()->currentLine(), 70);
    EXPECT_NE(view.findChild<QAction *>(QStringLiteral("actionNextChange")), nullptr);
}

TEST(DiffView, IdenticalJobs)
{
    DiffView view;
    const ArtifactList same{test::yamlArtifact(QStringLiteral("a.yaml"), "a\n")};
    view.setJobs(same, same, QStringLiteral("x"), QStringLiteral("y"));
    EXPECT_TRUE(view.summaryText().startsWith(QStringLiteral("no differences")));
    EXPECT_FALSE(view.nextChange());
}

TEST(DiffView, BigFilesLoadInTheBackgroundAndOpenAtTheFirstChange)
{
    QByteArray a;
    QByteArray b;
    QByteArray other;
    for (int i = 1; i <= 15000; ++i) {
        a += "line " + QByteArray::number(i) + '\n';
        b += (i == 12000 ? "changed " : "line ") + QByteArray::number(i) + '\n';
        other += "other " + QByteArray::number(i) + '\n';
    }
    DiffView view;
    view.resize(800, 400);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const auto loading = [&] {
        return view.leftView()->isLoading() || view.rightView()->isLoading()
               || view.unifiedView()->isLoading();
    };
    view.setJobs({test::yamlArtifact(QStringLiteral("f.yaml"), a),
                  test::yamlArtifact(QStringLiteral("g.yaml"), "g\n")},
                 {test::yamlArtifact(QStringLiteral("f.yaml"), b),
                  test::yamlArtifact(QStringLiteral("g.yaml"), other)},
                 QStringLiteral("a"), QStringLiteral("b"));
    ASSERT_EQ(view.currentPath(), QStringLiteral("f.yaml"));
    EXPECT_TRUE(view.leftView()->isLoading());
    EXPECT_TRUE(view.rightView()->isLoading());
    EXPECT_EQ(view.rightView()->currentLine(), 12000) << "goes there once loaded";

    // Another file before the first one is shown: only the second arrives.
    ASSERT_TRUE(view.showFile(QStringLiteral("g.yaml")));
    EXPECT_TRUE(view.rightView()->isLoading());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !loading(); }, 30000));
    EXPECT_TRUE(view.rightView()->toPlainText().startsWith(QStringLiteral("other 1\n")));
    EXPECT_TRUE(view.leftView()->toPlainText().startsWith(QStringLiteral("g\n")));
    EXPECT_EQ(view.leftView()->lineCount(), view.rightView()->lineCount());

    // Back to the big change: both sides load, the view goes to the change and the sides agree.
    ASSERT_TRUE(view.showFile(QStringLiteral("f.yaml")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !loading(); }, 30000));
    EXPECT_EQ(view.leftView()->lineCount(), view.rightView()->lineCount());
    EXPECT_EQ(view.rightView()->currentLine(), 12000);
    EXPECT_TRUE(
            view.rightView()->textCursor().block().text().startsWith(QStringLiteral("changed")));
    QApplication::processEvents();
    EXPECT_GT(view.rightView()->verticalScrollBar()->value(), 10000);
    EXPECT_EQ(view.leftView()->verticalScrollBar()->value(),
              view.rightView()->verticalScrollBar()->value());
    EXPECT_TRUE(view.nextChange()); // the only change: wraps to itself
    EXPECT_EQ(view.rightView()->currentLine(), 12000);

    view.setMode(DiffView::Mode::Unified);
    EXPECT_TRUE(view.unifiedView()->isLoading());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !loading(); }, 30000));
    EXPECT_EQ(view.unifiedView()->currentLine(), 12000);
    EXPECT_TRUE(view.unifiedView()->textCursor().block().text().startsWith(QLatin1Char('-')));
}
