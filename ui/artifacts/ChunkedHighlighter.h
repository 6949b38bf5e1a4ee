#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/State>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextLayout>
#include <QTimer>
#include <QVector>

class QTextDocument;

namespace kg {

/// Highlights a read-only QTextDocument a few hundred lines per event-loop turn, so even a
/// 100,000-line file stays scrollable while it is coloured. QSyntaxHighlighter cannot do this:
/// it rehighlights the whole document synchronously. Each turn highlights lines until a time
/// budget is spent, applies the formats with QTextLayout::setFormats and marks only that range
/// dirty, then yields; the KSyntaxHighlighting state of the last line is kept to resume.
class ChunkedHighlighter : public QObject, public KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)

public:
    explicit ChunkedHighlighter(QTextDocument *document, QObject *parent = nullptr);
    ~ChunkedHighlighter() override;

    /// Sets the definition and restarts; an invalid definition removes all highlighting.
    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;
    /// Sets the theme and restarts.
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    /// Restarts highlighting from the first line (after the text, definition or theme changed).
    /// The first chunk runs at once, so a small file is coloured before it is first painted.
    void restart();
    /// Stops highlighting where it is (before the document's text is replaced).
    void stop();
    /// Stops and removes all formats.
    void clear();
    /// Stops and highlights @p document from now on (at the next restart()); nullptr while the
    /// text to highlight is still being loaded.
    void setDocument(QTextDocument *document);
    /// True when every line is highlighted (or there is nothing to do); false while there is no
    /// document (its text is not there yet).
    bool isFinished() const { return m_document && !m_next.isValid(); }
    int highlightedLines() const { return m_highlightedLines; }
    /// Milliseconds of work per event-loop turn (default 8).
    void setTimeBudget(int milliseconds) { m_budgetMs = milliseconds; }

Q_SIGNALS:
    /// Emitted after each chunk.
    void progressed(int highlightedLines, int totalLines);
    void finished();

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    void highlightChunk();
    QTextCharFormat charFormat(const KSyntaxHighlighting::Format &format);

    QPointer<QTextDocument> m_document;
    QTextBlock m_next;
    KSyntaxHighlighting::State m_state;
    QVector<QTextLayout::FormatRange> m_ranges;
    QHash<quint16, QTextCharFormat> m_formats;
    QTimer m_timer;
    int m_budgetMs = 8;
    int m_highlightedLines = 0;
};

} // namespace kg
