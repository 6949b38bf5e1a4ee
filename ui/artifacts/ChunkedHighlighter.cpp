#include "artifacts/ChunkedHighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QElapsedTimer>
#include <QTextDocument>

namespace kg {

ChunkedHighlighter::ChunkedHighlighter(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    // A zero-interval single-shot timer runs the next chunk as soon as pending events (input,
    // painting, scrolling) have been handled.
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ChunkedHighlighter::highlightChunk);
}

ChunkedHighlighter::~ChunkedHighlighter() = default;

void ChunkedHighlighter::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    AbstractHighlighter::setDefinition(definition);
    restart();
}

void ChunkedHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    AbstractHighlighter::setTheme(theme);
    m_formats.clear();
    restart();
}

void ChunkedHighlighter::stop()
{
    m_timer.stop();
    m_next = {};
}

void ChunkedHighlighter::setDocument(QTextDocument *document)
{
    stop();
    m_state = {};
    m_highlightedLines = 0;
    m_document = document;
}

void ChunkedHighlighter::clear()
{
    stop();
    m_highlightedLines = 0;
    if (!m_document)
        return;
    bool cleared = false;
    for (QTextBlock block = m_document->firstBlock(); block.isValid(); block = block.next()) {
        if (!block.layout()->formats().isEmpty()) {
            block.layout()->clearFormats();
            cleared = true;
        }
    }
    if (cleared)
        m_document->markContentsDirty(0, m_document->characterCount());
}

void ChunkedHighlighter::restart()
{
    m_timer.stop();
    m_state = {};
    m_highlightedLines = 0;
    m_next = {};
    if (!m_document)
        return;
    if (!definition().isValid() || !theme().isValid()) {
        clear();
        return;
    }
    m_next = m_document->firstBlock();
    highlightChunk();
}

void ChunkedHighlighter::highlightChunk()
{
    if (!m_document || !m_next.isValid())
        return;
    QElapsedTimer timer;
    timer.start();
    const int from = m_next.position();
    int to = from;
    // Check the clock every 16 lines: cheap enough, and a chunk overshoots its budget by little.
    int sinceCheck = 0;
    while (m_next.isValid()) {
        m_ranges.clear();
        m_state = highlightLine(m_next.text(), m_state);
        m_next.layout()->setFormats(m_ranges);
        to = m_next.position() + m_next.length();
        m_next = m_next.next();
        ++m_highlightedLines;
        if (++sinceCheck == 16) {
            sinceCheck = 0;
            if (timer.elapsed() >= m_budgetMs)
                break;
        }
    }
    // One dirty range per chunk: the layout re-lays out only blocks that are shown.
    m_document->markContentsDirty(from, qMin(to, m_document->characterCount()) - from);
    Q_EMIT progressed(m_highlightedLines, m_document->blockCount());
    if (m_next.isValid())
        m_timer.start();
    else
        Q_EMIT finished();
}

void ChunkedHighlighter::applyFormat(int offset, int length,
                                     const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || format.isDefaultTextStyle(theme()))
        return;
    QTextLayout::FormatRange range;
    range.start = offset;
    range.length = length;
    range.format = charFormat(format);
    m_ranges.append(range);
}

QTextCharFormat ChunkedHighlighter::charFormat(const KSyntaxHighlighting::Format &format)
{
    auto it = m_formats.constFind(format.id());
    if (it != m_formats.constEnd())
        return it.value();
    const KSyntaxHighlighting::Theme t = theme();
    QTextCharFormat f;
    if (format.hasTextColor(t))
        f.setForeground(format.textColor(t));
    if (format.hasBackgroundColor(t))
        f.setBackground(format.backgroundColor(t));
    if (format.isBold(t))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(t))
        f.setFontItalic(true);
    if (format.isUnderline(t))
        f.setFontUnderline(true);
    if (format.isStrikeThrough(t))
        f.setFontStrikeOut(true);
    m_formats.insert(format.id(), f);
    return f;
}

} // namespace kg
