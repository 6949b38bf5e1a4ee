#include "artifacts/CodeView.h"

#include "artifacts/ChunkedHighlighter.h"
#include "artifacts/SyntaxRepository.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <atomic>

namespace kg {

/// The gutter beside the text: line numbers and problem markers. Painting is delegated to the
/// view, which knows the block geometry.
class CodeGutter : public QWidget
{
public:
    explicit CodeGutter(CodeView *view)
        : QWidget(view)
        , m_view(view)
    {
        setObjectName(QStringLiteral("codeGutter"));
    }
    QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    CodeView *m_view;
};

namespace {

constexpr int MarkerWidth = 12;
/// Search matches beyond this many are counted but not all highlighted at once.
constexpr int MaxVisibleMatchSelections = 2000;

int severityRank(ArtifactProblem::Severity s)
{
    switch (s) {
    case ArtifactProblem::Severity::Error:
        return 3;
    case ArtifactProblem::Severity::Warning:
        return 2;
    case ArtifactProblem::Severity::Info:
        return 1;
    }
    return 0;
}

/// Characters a background load inserts per step; between steps it checks for cancellation
/// (64 Ki characters take a few milliseconds).
constexpr qsizetype LoadStepChars = 64 * 1024;

/// Blocks QTextDocument makes of @p text: its line count once loaded.
int blockCountOf(QStringView text)
{
    int blocks = 1;
    for (qsizetype i = 0, n = text.size(); i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\n' || c == 0x2029 || c == 0xfdd0 || c == 0xfdd1)
            ++blocks;
        else if (c == u'\r' && (i + 1 == n || text[i + 1] != u'\n'))
            ++blocks; // a lone carriage return; "\r\n" counts once, at the '\n'
    }
    return blocks;
}

/// The threads that build documents of big files. Owned by the application, whose destruction
/// waits for a running load; two threads, so both sides of a diff load at once.
QThreadPool *loaderPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("codeViewLoader"));
        pool->setMaxThreadCount(qBound(1, QThread::idealThreadCount(), 2));
    }
    return pool;
}

} // namespace

/// One background load, shared by the view and the worker thread: a copy of the text and of the
/// document's settings, the progress, and the flag that cancels it. `view` and `receiver` are
/// used on the view's thread only.
struct CodeView::BackgroundLoad
{
    QString text;
    QFont font;
    QTextOption option;
    qreal margin = 0;
    QThread *viewThread = nullptr;
    QObject *receiver = nullptr; ///< lives on the view's thread as long as a load can run
    QPointer<CodeView> view;
    std::atomic<bool> cancelled{false};
    std::atomic<qsizetype> inserted{0};

    /// Runs on a worker thread: builds the document (QTextDocument and its blocks are reentrant;
    /// the document layout comes from Qt Widgets and is attached on the view's thread), moves it
    /// to the view's thread and posts it there.
    static void run(const std::shared_ptr<BackgroundLoad> &load);
};

void CodeView::BackgroundLoad::run(const std::shared_ptr<BackgroundLoad> &load)
{
    if (load->cancelled.load())
        return;
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setDefaultFont(load->font);
    document->setDefaultTextOption(load->option);
    document->setDocumentMargin(load->margin);
    QTextCursor cursor(document.get());
    const QString &text = load->text;
    for (qsizetype at = 0; at < text.size();) {
        if (load->cancelled.load(std::memory_order_relaxed))
            return; // the document is deleted here, on the thread it belongs to
        // Whole lines per step, so "\r\n" is never split.
        qsizetype end = text.size();
        if (end - at > LoadStepChars) {
            const qsizetype newline = text.indexOf(QLatin1Char('\n'), at + LoadStepChars);
            if (newline >= 0)
                end = newline + 1;
        }
        cursor.insertText(text.mid(at, end - at));
        at = end;
        load->inserted.store(at, std::memory_order_relaxed);
    }
    cursor = QTextCursor();
    // Each block's QTextLayout is made on first use, and the editor's first pass over the
    // document (in setDocument()) uses every one: made here, that pass only resets them instead
    // of allocating 100,000 on the GUI thread.
    int sinceCheck = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        block.layout();
        if (++sinceCheck == 4096) {
            sinceCheck = 0;
            if (load->cancelled.load(std::memory_order_relaxed))
                return;
        }
    }
    if (load->cancelled.load())
        return;
    document->moveToThread(load->viewThread);
    // If the view is gone or has moved on when this arrives, or the receiver is destroyed
    // before it does, the document is deleted with the call, on the view's thread.
    QMetaObject::invokeMethod(
            load->receiver,
            [load, document = std::move(document)]() mutable {
                if (!load->cancelled.load() && load->view)
                    load->view->adoptDocument(document.release());
            },
            Qt::QueuedConnection);
}

void CodeGutter::mousePressEvent(QMouseEvent *event)
{
    m_view->gutterClicked(int(event->position().y()));
}

bool CodeGutter::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextBlock block = m_view->cursorForPosition(QPoint(0, help->pos().y())).block();
        const int line = block.blockNumber() + 1;
        QStringList messages;
        for (const ArtifactProblem &p : m_view->problems()) {
            if (p.line == line)
                messages << p.message;
        }
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
        return true;
    }
    return QWidget::event(event);
}

CodeView::CodeView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("codeView"));
    setAccessibleName(tr("Code"));
    setReadOnly(true);
    // Read-only, but the cursor still moves with the keyboard: the current line, go-to-line and
    // search all work through it.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Undo history is useless for read-only text and costs memory on big files.
    setUndoRedoEnabled(false);

    m_gutter = new CodeGutter(this);
    m_highlighter = new ChunkedHighlighter(document(), this);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeView::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
        if (rect.contains(viewport()->rect()))
            updateGutterWidth();
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeView::updateExtraSelections);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_matches.isEmpty())
            updateExtraSelections();
    });
    m_loadingProgress = new QTimer(this);
    m_loadingProgress->setInterval(100);
    connect(m_loadingProgress, &QTimer::timeout, this, &CodeView::updateLoadingProgress);
    applyTheme();
    updateGutterWidth();
}

CodeView::~CodeView()
{
    cancelBackgroundLoad();
}

void CodeView::setCode(const QString &text, const QString &language, const QString &fileName)
{
    cancelBackgroundLoad();
    m_loading = false;
    m_loadingText.clear();
    m_loadingLines = 0;
    m_pendingLine = 0;
    m_pendingColumn = 1;
    m_matches.clear();
    m_currentMatch = -1;
    m_problems.clear();
    m_problemSeverity.clear();
    m_highlighter->stop(); // the blocks it walks are about to go away
    m_definition = SyntaxRepository::definitionFor(language, fileName);
    const int lines = blockCountOf(text);
    m_highlightingSuspended = m_definition.isValid() && lines > m_highlightLineLimit;
    if (lines > m_backgroundLoadLineLimit) {
        m_loading = true;
        m_loadingText = text;
        m_loadingLines = lines;
        m_highlighter->setDocument(nullptr);
        setPlainText(QString()); // the placeholder ("Loading… n %") shows while it is empty
        // The vertical scroll bar the file will need is there from the start: appearing only
        // after the text, it would narrow the viewport and make the editor lay out every block
        // once more.
        if (!m_scrollBarHeld) {
            m_heldScrollBarPolicy = verticalScrollBarPolicy();
            m_scrollBarHeld = true;
        }
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        startBackgroundLoad();
        if (m_highlightingSuspended)
            Q_EMIT highlightingSuspended(lines);
        updateGutterWidth();
        updateExtraSelections();
        return;
    }
    setPlaceholderText(QString());
    releaseScrollBar();
    m_highlighter->setDocument(document());
    setPlainText(text);
    if (m_highlightingSuspended)
        Q_EMIT highlightingSuspended(lines);
    textShown();
}

QString CodeView::code() const
{
    return m_loading ? m_loadingText : toPlainText();
}

void CodeView::textShown()
{
    // The first chunk of highlighting runs here, so the top of the file is coloured before it is
    // first painted.
    m_highlighter->setDefinition(m_highlightingSuspended ? KSyntaxHighlighting::Definition()
                                                         : m_definition);
    if (!m_searchText.isEmpty())
        setSearchText(m_searchText, m_searchSensitivity);
    if (m_pendingLine > 0) {
        goToLine(m_pendingLine, m_pendingColumn);
        m_pendingLine = 0;
        m_pendingColumn = 1;
    }
    updateGutterWidth();
    updateExtraSelections();
    m_gutter->update();
    Q_EMIT loaded();
}

void CodeView::startBackgroundLoad()
{
    auto load = std::make_shared<BackgroundLoad>();
    load->text = m_loadingText;
    load->font = document()->defaultFont();
    load->option = document()->defaultTextOption();
    load->margin = document()->documentMargin();
    load->viewThread = thread();
    load->receiver = loaderPool();
    load->view = this;
    m_load = load;
    updateLoadingProgress();
    m_loadingProgress->start();
    loaderPool()->start([load] { BackgroundLoad::run(load); });
}

void CodeView::cancelBackgroundLoad()
{
    if (m_load) {
        m_load->cancelled.store(true);
        m_load.reset();
    }
    m_loadingProgress->stop();
}

void CodeView::releaseScrollBar()
{
    if (!m_scrollBarHeld)
        return;
    m_scrollBarHeld = false;
    setVerticalScrollBarPolicy(m_heldScrollBarPolicy);
}

void CodeView::pauseLoading()
{
    if (!m_load)
        return;
    cancelBackgroundLoad();
    setPlaceholderText(tr("Loading…"));
}

void CodeView::resumeLoading()
{
    if (m_loading && !m_load)
        startBackgroundLoad();
}

void CodeView::updateLoadingProgress()
{
    const qsizetype total = qMax<qsizetype>(1, m_loadingText.size());
    const qsizetype done = m_load ? m_load->inserted.load(std::memory_order_relaxed) : 0;
    setPlaceholderText(tr("Loading… %1%").arg(int(done * 100 / total)));
}

void CodeView::adoptDocument(QTextDocument *ready)
{
    cancelBackgroundLoad();
    QTextDocument *shown = document();
    // Settings changed while loading (font, word wrap) are carried over before the layout
    // exists, where they cost nothing.
    ready->setDefaultFont(shown->defaultFont());
    ready->setDefaultTextOption(shown->defaultTextOption());
    ready->setDocumentMargin(shown->documentMargin());
    ready->setParent(this);
    ready->setDocumentLayout(new QPlainTextDocumentLayout(ready));
    // The first document belongs to the editor, which deletes it when replaced; later ones
    // belong to the view.
    const bool ownsShown = shown->parent() == this;
    m_highlighter->setDocument(ready);
    setDocument(ready);
    releaseScrollBar();
    if (ownsShown)
        delete shown;
    m_loading = false;
    m_loadingText.clear();
    m_loadingLines = 0;
    setPlaceholderText(QString());
    textShown();
}

void CodeView::highlightAnyway()
{
    if (!m_highlightingSuspended)
        return;
    m_highlightingSuspended = false;
    m_highlighter->setDefinition(m_definition);
}

QString CodeView::definitionName() const
{
    return m_definition.isValid() ? m_definition.name() : QString();
}

int CodeView::lineCount() const
{
    return m_loading ? m_loadingLines : document()->blockCount();
}

int CodeView::setSearchText(const QString &text, Qt::CaseSensitivity sensitivity)
{
    m_searchText = text;
    m_searchSensitivity = sensitivity;
    m_matches.clear();
    m_currentMatch = -1;
    if (m_loading)
        return -1; // searched when the text is shown
    if (!text.isEmpty()) {
        // Searching the plain text directly is far faster than QTextDocument::find on big files.
        const QString plain = document()->toPlainText();
        for (qsizetype at = plain.indexOf(text, 0, sensitivity); at >= 0;
             at = plain.indexOf(text, at + text.size(), sensitivity))
            m_matches << int(at);
    }
    if (!m_matches.isEmpty()) {
        const int from = textCursor().selectionStart();
        const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from);
        selectMatch(it == m_matches.cend() ? 0 : int(it - m_matches.cbegin()));
    } else {
        QTextCursor c = textCursor();
        c.clearSelection();
        setTextCursor(c);
        updateExtraSelections();
        Q_EMIT searchResultChanged(-1, 0);
    }
    return int(m_matches.size());
}

bool CodeView::findNext()
{
    if (m_matches.isEmpty())
        return false;
    if (m_currentMatch < 0) {
        const auto it = std::upper_bound(m_matches.cbegin(), m_matches.cend(),
                                         textCursor().position());
        selectMatch(it == m_matches.cend() ? 0 : int(it - m_matches.cbegin()));
    } else {
        selectMatch((m_currentMatch + 1) % int(m_matches.size()));
    }
    return true;
}

bool CodeView::findPrevious()
{
    if (m_matches.isEmpty())
        return false;
    const int n = int(m_matches.size());
    selectMatch(m_currentMatch < 0 ? n - 1 : (m_currentMatch + n - 1) % n);
    return true;
}

void CodeView::selectMatch(int index)
{
    m_currentMatch = index;
    QTextCursor c(document());
    c.setPosition(m_matches[index]);
    c.setPosition(m_matches[index] + int(m_searchText.size()), QTextCursor::KeepAnchor);
    setTextCursor(c);
    centerCursor();
    updateExtraSelections();
    Q_EMIT searchResultChanged(m_currentMatch, int(m_matches.size()));
}

bool CodeView::goToLine(int line, int column)
{
    if (m_loading) {
        if (line < 1 || line > m_loadingLines)
            return false;
        m_pendingLine = line;
        m_pendingColumn = column;
        return true;
    }
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (line < 1 || !block.isValid())
        return false;
    QTextCursor c(block);
    c.setPosition(block.position() + qBound(0, column - 1, block.length() - 1));
    setTextCursor(c);
    centerCursor();
    return true;
}

int CodeView::currentLine() const
{
    if (m_loading)
        return qMax(1, m_pendingLine);
    return textCursor().blockNumber() + 1;
}

void CodeView::setWordWrap(bool wrap)
{
    setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
}

bool CodeView::wordWrap() const
{
    return lineWrapMode() != QPlainTextEdit::NoWrap;
}

void CodeView::setProblems(const ArtifactProblemList &problems)
{
    m_problems = problems;
    m_problemSeverity.clear();
    for (const ArtifactProblem &p : problems) {
        const int line = qMax(1, p.line);
        m_problemSeverity[line] = qMax(m_problemSeverity.value(line), severityRank(p.severity));
    }
    updateExtraSelections();
    m_gutter->update();
}

void CodeView::setLineNumberLabels(const QVector<int> &labels)
{
    m_lineLabels = labels;
    updateGutterWidth();
    m_gutter->update();
}

void CodeView::setLineBackgrounds(const QMap<int, QColor> &backgrounds)
{
    m_lineBackgrounds = backgrounds;
    updateExtraSelections();
}

int CodeView::gutterWidth() const
{
    int largest = qMax(1, lineCount());
    if (!m_lineLabels.isEmpty())
        largest = qMax(1, *std::max_element(m_lineLabels.cbegin(), m_lineLabels.cend()));
    int digits = 1;
    for (; largest >= 10; largest /= 10)
        ++digits;
    return MarkerWidth + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(3, digits) + 8;
}

void CodeView::updateGutterWidth()
{
    if (!m_gutter)
        return; // a font or resize event during construction
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterWidth();
}

void CodeView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (!m_highlighter)
        return; // still being constructed
    if (event->type() == QEvent::PaletteChange && !m_applyingTheme)
        applyTheme();
    else if (event->type() == QEvent::FontChange)
        updateGutterWidth();
}

bool CodeView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize && !m_matches.isEmpty())
        updateExtraSelections();
    return QPlainTextEdit::viewportEvent(event);
}

void CodeView::applyTheme()
{
    m_applyingTheme = true;
    m_theme = SyntaxRepository::themeFor(palette());
    m_highlighter->setTheme(m_theme);
    m_applyingTheme = false;
    updateExtraSelections();
    m_gutter->update();
}

QColor CodeView::blend(const QColor &color, int alpha) const
{
    QColor c = color;
    c.setAlpha(alpha);
    return c;
}

void CodeView::updateExtraSelections()
{
    using KSyntaxHighlighting::Theme;
    QList<QTextEdit::ExtraSelection> selections;
    // The current line first: diff colours and problem underlines drawn later stay visible.
    {
        QTextEdit::ExtraSelection s;
        QColor current = QColor::fromRgba(m_theme.editorColor(Theme::CurrentLine));
        if (!current.isValid() || current.alpha() == 0)
            current = blend(palette().color(QPalette::Highlight), 40);
        s.format.setBackground(current);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = textCursor();
        s.cursor.clearSelection();
        selections << s;
    }
    for (auto it = m_lineBackgrounds.cbegin(); it != m_lineBackgrounds.cend(); ++it) {
        const QTextBlock block = document()->findBlockByNumber(it.key() - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection s;
        s.format.setBackground(it.value());
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(block);
        selections << s;
    }
    for (auto it = m_problemSeverity.cbegin(); it != m_problemSeverity.cend(); ++it) {
        const QTextBlock block = document()->findBlockByNumber(it.key() - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection s;
        const QColor color = QColor::fromRgba(
                m_theme.editorColor(it.value() >= 3 ? Theme::MarkError : Theme::MarkWarning));
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(color.isValid() ? color : QColor(Qt::red));
        s.cursor = QTextCursor(block);
        s.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selections << s;
    }
    if (!m_matches.isEmpty()) {
        // Only the matches on screen: a common word may match tens of thousands of times.
        const int first = cursorForPosition(QPoint(0, 0)).block().position();
        const QTextBlock lastBlock = cursorForPosition(QPoint(0, viewport()->height())).block();
        const int last = lastBlock.position() + lastBlock.length();
        QColor match = QColor::fromRgba(m_theme.editorColor(Theme::SearchHighlight));
        if (!match.isValid() || match.alpha() == 0)
            match = QColor(255, 230, 0, 120);
        auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), first);
        for (int n = 0; it != m_matches.cend() && *it < last && n < MaxVisibleMatchSelections;
             ++it, ++n) {
            QTextEdit::ExtraSelection s;
            s.format.setBackground(match);
            s.cursor = QTextCursor(document());
            s.cursor.setPosition(*it);
            s.cursor.setPosition(*it + int(m_searchText.size()), QTextCursor::KeepAnchor);
            selections << s;
        }
    }
    setExtraSelections(selections);
}

void CodeView::paintGutter(QPaintEvent *event)
{
    using KSyntaxHighlighting::Theme;
    QPainter painter(m_gutter);
    const QColor border = QColor::fromRgba(m_theme.editorColor(Theme::IconBorder));
    painter.fillRect(event->rect(), border.isValid() ? border : palette().color(QPalette::Window));
    const QColor numberColor = QColor::fromRgba(m_theme.editorColor(Theme::LineNumbers));
    const QColor currentColor = QColor::fromRgba(m_theme.editorColor(Theme::CurrentLineNumber));
    const int current = textCursor().blockNumber();

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int n = block.blockNumber();
            const int label = m_lineLabels.isEmpty() ? n + 1 : m_lineLabels.value(n);
            if (label > 0) {
                painter.setPen(n == current ? currentColor : numberColor);
                painter.drawText(0, top, m_gutter->width() - MarkerWidth - 2, lineHeight,
                                 Qt::AlignRight | Qt::AlignVCenter, QString::number(label));
            }
            const int severity = m_problemSeverity.value(n + 1);
            if (severity > 0) {
                const QColor mark = QColor::fromRgba(
                        m_theme.editorColor(severity >= 3 ? Theme::MarkError : Theme::MarkWarning));
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(mark.isValid() ? mark : QColor(Qt::red));
                const int d = qMin(MarkerWidth - 4, lineHeight - 4);
                painter.drawEllipse(m_gutter->width() - MarkerWidth + 1, top + (lineHeight - d) / 2,
                                    d, d);
                painter.setRenderHint(QPainter::Antialiasing, false);
            }
        }
        block = block.next();
        top = bottom;
    }
}

void CodeView::gutterClicked(int y)
{
    const QTextBlock block = cursorForPosition(QPoint(0, y)).block();
    if (!block.isValid())
        return;
    QTextCursor c(block);
    c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    setTextCursor(c);
}

} // namespace kg
