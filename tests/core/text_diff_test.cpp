#include "diff/TextDiff.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>

using namespace kg;

namespace {

QStringList lines(const char *text)
{
    return TextDiff::splitLines(QByteArray(text));
}

/// Applies the edit script to the old text: it must reproduce the new text exactly.
QStringList replay(const TextDiff &diff, const QStringList &oldLines, const QStringList &newLines)
{
    QStringList out;
    int expectedOld = 1;
    int expectedNew = 1;
    for (const DiffLine &line : diff.lines()) {
        switch (line.op) {
        case DiffLine::Op::Equal:
            EXPECT_EQ(line.oldLine, expectedOld++);
            EXPECT_EQ(line.newLine, expectedNew++);
            EXPECT_EQ(oldLines.at(line.oldLine - 1), newLines.at(line.newLine - 1));
            out << oldLines.at(line.oldLine - 1);
            break;
        case DiffLine::Op::Removed:
            EXPECT_EQ(line.oldLine, expectedOld++);
            break;
        case DiffLine::Op::Added:
            EXPECT_EQ(line.newLine, expectedNew++);
            out << newLines.at(line.newLine - 1);
            break;
        }
    }
    EXPECT_EQ(expectedOld, oldLines.size() + 1);
    return out;
}

} // namespace

TEST(TextDiff, SplitLinesHandlesTrailingNewlineAndCarriageReturns)
{
    EXPECT_EQ(lines(""), QStringList());
    EXPECT_EQ(lines("a"), QStringList{QStringLiteral("a")});
    EXPECT_EQ(lines("a\n"), QStringList{QStringLiteral("a")});
    EXPECT_EQ(lines("a\n\n"), (QStringList{QStringLiteral("a"), QString()}));
    EXPECT_EQ(lines("a\r\nb"), (QStringList{QStringLiteral("a\r"), QStringLiteral("b")}));
}

TEST(TextDiff, IdenticalTextsHaveNoChanges)
{
    const TextDiff d = TextDiff::compute(QByteArray("a\nb\nc\n"), QByteArray("a\nb\nc\n"));
    EXPECT_TRUE(d.isIdentical());
    EXPECT_EQ(d.lines().size(), 3);
    EXPECT_TRUE(d.hunks().isEmpty());
}

TEST(TextDiff, OneChangedLineIsARemovalAndAnAddition)
{
    const TextDiff d = TextDiff::compute(QByteArray("a\nb\nc\n"), QByteArray("a\nB\nc\n"));
    EXPECT_EQ(d.addedCount(), 1);
    EXPECT_EQ(d.removedCount(), 1);
    const QList<SideBySideRow> rows = d.sideBySide();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[1].kind, SideBySideRow::Kind::Changed);
    EXPECT_EQ(rows[1].oldLine, 2);
    EXPECT_EQ(rows[1].newLine, 2);
    EXPECT_EQ(d.unified(QStringLiteral("a/x"), QStringLiteral("b/x")),
              QStringLiteral("--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"));
}

TEST(TextDiff, EditScriptIsMinimalOnTheClassicExample)
{
    // Myers' paper: ABCABBA → CBABAC has an edit distance of 5.
    const QStringList a = QString::fromLatin1("ABCABBA").split(QString(), Qt::SkipEmptyParts);
    const QStringList b = QString::fromLatin1("CBABAC").split(QString(), Qt::SkipEmptyParts);
    const TextDiff d = TextDiff::compute(a, b);
    EXPECT_EQ(d.addedCount() + d.removedCount(), 5);
    EXPECT_EQ(replay(d, a, b), b);
}

TEST(TextDiff, EmptySides)
{
    const TextDiff added = TextDiff::compute(QByteArray(), QByteArray("x\ny\n"));
    EXPECT_EQ(added.addedCount(), 2);
    EXPECT_EQ(added.unified(QStringLiteral("a"), QStringLiteral("b")),
              QStringLiteral("--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n"));
    const TextDiff removed = TextDiff::compute(QByteArray("x\ny\n"), QByteArray());
    EXPECT_EQ(removed.removedCount(), 2);
    const QList<SideBySideRow> rows = removed.sideBySide();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].kind, SideBySideRow::Kind::Removed);
    EXPECT_EQ(rows[0].newLine, 0);
    EXPECT_TRUE(TextDiff::compute(QByteArray(), QByteArray()).isIdentical());
}

TEST(TextDiff, DistantChangesMakeSeparateHunksAndCloseOnesMerge)
{
    QStringList a;
    for (int i = 1; i <= 30; ++i)
        a << QStringLiteral("line %1").arg(i);
    QStringList b = a;
    b[1] = QStringLiteral("changed 2");
    b[25] = QStringLiteral("changed 26");
    const QList<DiffHunk> apart = TextDiff::compute(a, b).hunks(3);
    ASSERT_EQ(apart.size(), 2);
    EXPECT_EQ(apart[0].oldStart, 1);
    EXPECT_EQ(apart[0].oldCount, 5); // lines 1..5: no context before line 1
    EXPECT_EQ(apart[1].oldStart, 23);
    EXPECT_EQ(apart[1].oldCount, 7);

    b = a;
    b[5] = QStringLiteral("x");
    b[11] = QStringLiteral("y"); // 5 equal lines between: within 2 × 3, one hunk
    const QList<DiffHunk> close = TextDiff::compute(a, b).hunks(3);
    ASSERT_EQ(close.size(), 1);
    EXPECT_EQ(close[0].oldStart, 3);
    EXPECT_EQ(close[0].oldCount, 13);
}

TEST(TextDiff, InsertionsAndDeletionsReplayOnCraftedPairs)
{
    const QList<QPair<QByteArray, QByteArray>> pairs{
            {"a\nb\nc\n", "x\na\nb\nc\n"},
            {"a\nb\nc\n", "a\nb\nc\nx\n"},
            {"a\nb\nc\nd\n", "a\nd\n"},
            {"a\na\na\n", "a\na\n"},
            {"kind: A\n---\nkind: B\n", "kind: B\n---\nkind: A\n"},
            {"a\r\nb\r\n", "a\nb\n"},
    };
    for (const auto &pair : pairs) {
        const QStringList a = TextDiff::splitLines(pair.first);
        const QStringList b = TextDiff::splitLines(pair.second);
        const TextDiff d = TextDiff::compute(a, b);
        EXPECT_EQ(replay(d, a, b), b) << pair.first.constData();
        EXPECT_EQ(d.addedCount() - d.removedCount(), b.size() - a.size());
    }
}

TEST(TextDiff, ThousandsOfLinesAreFast)
{
    QStringList a;
    for (int i = 0; i < 20000; ++i)
        a << QStringLiteral("    key%1: value-%2").arg(i).arg(i % 97);
    QStringList b = a;
    for (int i = 0; i < b.size(); i += 50)
        b[i] += QStringLiteral(" # edited");
    b.insert(100, QStringLiteral("inserted"));
    QElapsedTimer timer;
    timer.start();
    const TextDiff d = TextDiff::compute(a, b);
    const qint64 ms = timer.elapsed();
    EXPECT_EQ(d.removedCount(), 400);
    EXPECT_EQ(d.addedCount(), 401);
    EXPECT_EQ(replay(d, a, b), b);
    EXPECT_LT(ms, 2000) << "20k-line diff took " << ms << " ms";
}
