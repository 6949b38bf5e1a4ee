#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kg {

/// One line of an edit script: kept, removed from the old text or added in the new one.
struct DiffLine
{
    enum class Op { Equal, Removed, Added };

    Op op = Op::Equal;
    int oldLine = 0; ///< 1-based line in the old text; 0 for an added line
    int newLine = 0; ///< 1-based line in the new text; 0 for a removed line

    bool operator==(const DiffLine &o) const
    {
        return op == o.op && oldLine == o.oldLine && newLine == o.newLine;
    }
};

/// A run of changes with a few lines of context around it, as in a unified diff.
struct DiffHunk
{
    int oldStart = 0; ///< 1-based first old line shown (0 when the old side is empty)
    int oldCount = 0;
    int newStart = 0; ///< 1-based first new line shown (0 when the new side is empty)
    int newCount = 0;
    QList<DiffLine> lines;
};

/// One row of a side-by-side view: a line on the left, on the right, or both.
struct SideBySideRow
{
    enum class Kind { Equal, Changed, Removed, Added };

    Kind kind = Kind::Equal;
    int oldLine = 0; ///< 1-based; 0 = blank filler on the left
    int newLine = 0; ///< 1-based; 0 = blank filler on the right
};

/// A line diff of two texts, computed with dtl's implementation of the Wu–Manber–Myers O(NP)
/// algorithm (a refinement of Myers' O(ND) diff), so the edit script is minimal and thousands of
/// lines take milliseconds. Lines are compared exactly (including trailing white space).
class TextDiff
{
public:
    /// Diffs @p oldLines against @p newLines.
    static TextDiff compute(const QStringList &oldLines, const QStringList &newLines);
    /// Diffs two UTF-8 texts line by line (see splitLines()).
    static TextDiff compute(const QByteArray &oldText, const QByteArray &newText);
    /// Splits UTF-8 text into lines on '\n' (a trailing '\r' is kept as part of the line, so a
    /// change of line endings shows as a change). A final newline does not start an extra line.
    static QStringList splitLines(const QByteArray &utf8);

    /// The complete edit script, in order.
    const QList<DiffLine> &lines() const { return m_lines; }
    /// The changes grouped into hunks with @p context unchanged lines around each.
    QList<DiffHunk> hunks(int context = 3) const;
    /// Rows for a side-by-side view: a removed run followed by an added run is paired up as
    /// changed rows; the rest is padded with blank fillers on the other side.
    QList<SideBySideRow> sideBySide() const;
    /// A unified diff ("--- a", "+++ b", "@@ -1,3 +1,4 @@", …) of the two texts.
    QString unified(const QString &oldName, const QString &newName, int context = 3) const;

    int addedCount() const { return m_added; }
    int removedCount() const { return m_removed; }
    bool isIdentical() const { return m_added == 0 && m_removed == 0; }

private:
    QStringList m_old;
    QStringList m_new;
    QList<DiffLine> m_lines;
    int m_added = 0;
    int m_removed = 0;
};

} // namespace kg
