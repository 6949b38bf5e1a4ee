#pragma once

#include "codegen/ArtifactProblem.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QMap>
#include <QPlainTextEdit>
#include <QVector>

#include <memory>

class QTimer;

namespace kg {

class ChunkedHighlighter;

/// A read-only code view: syntax highlighting in chunks (KSyntaxHighlighting), line numbers,
/// the current line highlighted, problem markers in the gutter, search with match count, go to
/// line, word-wrap, and colours that follow the light or dark palette.
///
/// Big files are loaded in the background: building the QTextDocument of 100,000 lines takes
/// a fifth of a second or more, so above backgroundLoadLineLimit() the document is built on a
/// worker thread while the view shows "Loading… n %", then handed over in one cheap step.
/// Meanwhile go-to-line, search, problems and line backgrounds are kept and applied once the
/// text is there; a new setCode(), pauseLoading() or the view's destruction cancels the work.
class CodeView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeView(QWidget *parent = nullptr);
    ~CodeView() override;

    /// Shows @p text highlighted as @p language (or by @p fileName when the language is unknown).
    /// Up to backgroundLoadLineLimit() lines the text appears at once, inside this call; bigger
    /// files are loaded in the background (isLoading(), loaded()). Files above
    /// highlightLineLimit() are left plain until highlightAnyway() is called.
    void setCode(const QString &text, const QString &language, const QString &fileName);
    /// The text given to setCode(), also while it is still loading.
    QString code() const;
    /// The chosen syntax definition's name ("YAML", …), or an empty string for plain text.
    QString definitionName() const;
    /// Lines of the text given to setCode(), also while it is still loading.
    int lineCount() const;

    /// Files with more lines than this are loaded in the background (default 10,000).
    void setBackgroundLoadLineLimit(int lines) { m_backgroundLoadLineLimit = lines; }
    int backgroundLoadLineLimit() const { return m_backgroundLoadLineLimit; }
    /// True from setCode() of a big file until its text is shown (loaded()), paused or not.
    bool isLoading() const { return m_loading; }
    /// Stops loading (the work done so far is dropped), e.g. while the view is not the one
    /// shown; resumeLoading() starts again. Nothing happens when the view is not loading.
    void pauseLoading();
    void resumeLoading();
    bool isLoadingPaused() const { return m_loading && !m_load; }

    void setHighlightLineLimit(int lines) { m_highlightLineLimit = lines; }
    int highlightLineLimit() const { return m_highlightLineLimit; }
    /// True when the file was too big to highlight automatically and is shown plain.
    bool isHighlightingSuspended() const { return m_highlightingSuspended; }
    /// Highlights a file that was over the limit.
    void highlightAnyway();
    ChunkedHighlighter *highlighter() const { return m_highlighter; }

    /// Searches for @p text (empty clears the search); returns the number of matches and selects
    /// the first one at or after the cursor. While loading it returns -1 (not known yet): the
    /// search runs when the text is there and searchResultChanged() tells the result.
    int setSearchText(const QString &text, Qt::CaseSensitivity sensitivity = Qt::CaseInsensitive);
    QString searchText() const { return m_searchText; }
    int matchCount() const { return int(m_matches.size()); }
    /// Index of the selected match (0-based), or -1.
    int currentMatch() const { return m_currentMatch; }
    /// Selects the next / previous match, wrapping around. False when there is none.
    bool findNext();
    bool findPrevious();

    /// Moves the cursor to @p line (1-based) and @p column (1-based) and centres it.
    /// False when the line does not exist. While loading, the move is made once the text is
    /// shown (the last request wins).
    bool goToLine(int line, int column = 1);
    /// 1-based line of the cursor (while loading, the line it will move to).
    int currentLine() const;

    void setWordWrap(bool wrap);
    bool wordWrap() const;

    /// Problems of this file, shown as gutter markers with a tooltip and an underline.
    void setProblems(const ArtifactProblemList &problems);
    const ArtifactProblemList &problems() const { return m_problems; }

    /// Numbers shown in the gutter instead of 1..n (0 = none), for diff panes with fillers.
    void setLineNumberLabels(const QVector<int> &labels);
    /// Background colours of whole lines (1-based), for changed lines in a diff.
    void setLineBackgrounds(const QMap<int, QColor> &backgrounds);

    /// Width of the gutter (line numbers and markers).
    int gutterWidth() const;

Q_SIGNALS:
    /// The text given to setCode() is shown: emitted inside setCode() for a small file, from
    /// the event loop when a big one has been loaded.
    void loaded();
    /// The search result changed: @p current is 0-based or -1.
    void searchResultChanged(int current, int count);
    /// Highlighting was skipped because the file is large (see highlightAnyway()).
    void highlightingSuspended(int lines);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    friend class CodeGutter;
    void paintGutter(QPaintEvent *event);
    void gutterClicked(int y);
    void updateGutterWidth();
    void updateExtraSelections();
    void selectMatch(int index);
    void applyTheme();
    QColor blend(const QColor &color, int alpha) const;
    /// After the text is in the document (either way): highlighting, search, selections.
    void textShown();
    void startBackgroundLoad();
    void cancelBackgroundLoad();
    void adoptDocument(QTextDocument *ready);
    void updateLoadingProgress();
    void releaseScrollBar();

    struct BackgroundLoad;

    QWidget *m_gutter = nullptr;
    ChunkedHighlighter *m_highlighter = nullptr;
    KSyntaxHighlighting::Definition m_definition;
    KSyntaxHighlighting::Theme m_theme;
    int m_highlightLineLimit = 250000;
    bool m_highlightingSuspended = false;
    bool m_applyingTheme = false;

    int m_backgroundLoadLineLimit = 10000;
    bool m_loading = false;
    QString m_loadingText; ///< the text being loaded (kept to start again after a pause)
    int m_loadingLines = 0;
    std::shared_ptr<BackgroundLoad> m_load; ///< the worker's job, while one runs
    QTimer *m_loadingProgress = nullptr;
    bool m_scrollBarHeld = false; ///< the vertical scroll bar is on while loading
    Qt::ScrollBarPolicy m_heldScrollBarPolicy = Qt::ScrollBarAsNeeded;
    int m_pendingLine = 0; ///< go-to-line requested while loading (0 = none)
    int m_pendingColumn = 1;

    QString m_searchText;
    Qt::CaseSensitivity m_searchSensitivity = Qt::CaseInsensitive;
    QVector<int> m_matches; ///< document positions of matches, ascending
    int m_currentMatch = -1;

    ArtifactProblemList m_problems;
    QMap<int, int> m_problemSeverity; ///< line → worst severity
    QVector<int> m_lineLabels;
    QMap<int, QColor> m_lineBackgrounds;
};

} // namespace kg
