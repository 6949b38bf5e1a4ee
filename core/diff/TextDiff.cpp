#include "diff/TextDiff.h"

#include <QHash>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <vector>

namespace kg {

namespace {

/// Above this many lines in total, dtl is told to bound its path memory (its "huge" mode).
constexpr int HugeInputLines = 100000;

} // namespace

QStringList TextDiff::splitLines(const QByteArray &utf8)
{
    if (utf8.isEmpty())
        return {};
    QStringList lines = QString::fromUtf8(utf8).split(QLatin1Char('\n'));
    if (utf8.endsWith('\n'))
        lines.removeLast();
    return lines;
}

TextDiff TextDiff::compute(const QByteArray &oldText, const QByteArray &newText)
{
    return compute(splitLines(oldText), splitLines(newText));
}

TextDiff TextDiff::compute(const QStringList &oldLines, const QStringList &newLines)
{
    TextDiff diff;
    diff.m_old = oldLines;
    diff.m_new = newLines;

    // Diff line ids rather than strings: equal lines share an id, so dtl compares integers and
    // copies no text.
    QHash<QString, int> ids;
    ids.reserve(int(oldLines.size() + newLines.size()));
    auto toIds = [&ids](const QStringList &lines) {
        std::vector<int> out;
        out.reserve(size_t(lines.size()));
        for (const QString &line : lines) {
            auto it = ids.constFind(line);
            if (it == ids.constEnd())
                it = ids.insert(line, int(ids.size()));
            out.push_back(it.value());
        }
        return out;
    };
    const std::vector<int> a = toIds(oldLines);
    const std::vector<int> b = toIds(newLines);

    dtl::Diff<int> engine(a, b);
    if (a.size() + b.size() > size_t(HugeInputLines))
        engine.onHuge();
    engine.compose();
    const auto ses = engine.getSes().getSequence();
    diff.m_lines.reserve(qsizetype(ses.size()));
    for (const auto &element : ses) {
        DiffLine line;
        switch (element.second.type) {
        case dtl::SES_COMMON:
            line.op = DiffLine::Op::Equal;
            line.oldLine = int(element.second.beforeIdx);
            line.newLine = int(element.second.afterIdx);
            break;
        case dtl::SES_DELETE:
            line.op = DiffLine::Op::Removed;
            line.oldLine = int(element.second.beforeIdx);
            ++diff.m_removed;
            break;
        default:
            line.op = DiffLine::Op::Added;
            line.newLine = int(element.second.afterIdx);
            ++diff.m_added;
            break;
        }
        diff.m_lines << line;
    }
    // Within each run of changes, list removals before additions (as diff(1) does), whatever
    // order the engine emitted them in; the relative order on each side is unchanged.
    for (qsizetype i = 0; i < diff.m_lines.size();) {
        if (diff.m_lines[i].op == DiffLine::Op::Equal) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < diff.m_lines.size() && diff.m_lines[end].op != DiffLine::Op::Equal)
            ++end;
        std::stable_partition(diff.m_lines.begin() + i, diff.m_lines.begin() + end,
                              [](const DiffLine &l) { return l.op == DiffLine::Op::Removed; });
        i = end;
    }
    return diff;
}

QList<DiffHunk> TextDiff::hunks(int context) const
{
    context = qMax(0, context);
    QList<DiffHunk> out;
    const qsizetype n = m_lines.size();
    qsizetype i = 0;
    while (i < n) {
        // Find the next change.
        while (i < n && m_lines[i].op == DiffLine::Op::Equal)
            ++i;
        if (i == n)
            break;
        qsizetype start = qMax<qsizetype>(0, i - context);
        // Extend while the gap of equal lines to the next change is short enough to merge.
        qsizetype end = i;
        while (end < n) {
            while (end < n && m_lines[end].op != DiffLine::Op::Equal)
                ++end;
            qsizetype gap = end;
            while (gap < n && m_lines[gap].op == DiffLine::Op::Equal)
                ++gap;
            if (gap == n || gap - end > 2 * context) {
                end = qMin(n, end + context);
                break;
            }
            end = gap;
        }
        DiffHunk hunk;
        for (qsizetype k = start; k < end; ++k) {
            const DiffLine &line = m_lines[k];
            hunk.lines << line;
            if (line.oldLine > 0) {
                if (hunk.oldStart == 0)
                    hunk.oldStart = line.oldLine;
                ++hunk.oldCount;
            }
            if (line.newLine > 0) {
                if (hunk.newStart == 0)
                    hunk.newStart = line.newLine;
                ++hunk.newCount;
            }
        }
        // An empty side starts "after" the line before it, as diff(1) writes it.
        if (hunk.oldCount == 0) {
            for (qsizetype k = start - 1; k >= 0 && hunk.oldStart == 0; --k)
                hunk.oldStart = m_lines[k].oldLine;
        }
        if (hunk.newCount == 0) {
            for (qsizetype k = start - 1; k >= 0 && hunk.newStart == 0; --k)
                hunk.newStart = m_lines[k].newLine;
        }
        out << hunk;
        i = end;
    }
    return out;
}

QList<SideBySideRow> TextDiff::sideBySide() const
{
    QList<SideBySideRow> rows;
    rows.reserve(m_lines.size());
    const qsizetype n = m_lines.size();
    qsizetype i = 0;
    while (i < n) {
        if (m_lines[i].op == DiffLine::Op::Equal) {
            rows << SideBySideRow{SideBySideRow::Kind::Equal, m_lines[i].oldLine,
                                  m_lines[i].newLine};
            ++i;
            continue;
        }
        QList<int> removed;
        QList<int> added;
        while (i < n && m_lines[i].op != DiffLine::Op::Equal) {
            if (m_lines[i].op == DiffLine::Op::Removed)
                removed << m_lines[i].oldLine;
            else
                added << m_lines[i].newLine;
            ++i;
        }
        const qsizetype paired = qMin(removed.size(), added.size());
        for (qsizetype k = 0; k < paired; ++k)
            rows << SideBySideRow{SideBySideRow::Kind::Changed, removed[k], added[k]};
        for (qsizetype k = paired; k < removed.size(); ++k)
            rows << SideBySideRow{SideBySideRow::Kind::Removed, removed[k], 0};
        for (qsizetype k = paired; k < added.size(); ++k)
            rows << SideBySideRow{SideBySideRow::Kind::Added, 0, added[k]};
    }
    return rows;
}

QString TextDiff::unified(const QString &oldName, const QString &newName, int context) const
{
    QString out = QStringLiteral("--- ") + oldName + QStringLiteral("\n+++ ") + newName
                  + QLatin1Char('\n');
    for (const DiffHunk &hunk : hunks(context)) {
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                       .arg(hunk.oldStart)
                       .arg(hunk.oldCount)
                       .arg(hunk.newStart)
                       .arg(hunk.newCount);
        for (const DiffLine &line : hunk.lines) {
            switch (line.op) {
            case DiffLine::Op::Equal:
                out += QLatin1Char(' ') + m_old.at(line.oldLine - 1);
                break;
            case DiffLine::Op::Removed:
                out += QLatin1Char('-') + m_old.at(line.oldLine - 1);
                break;
            case DiffLine::Op::Added:
                out += QLatin1Char('+') + m_new.at(line.newLine - 1);
                break;
            }
            out += QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace kg
