#include "artifacts/ChunkedHighlighter.h"
#include "artifacts/CodeView.h"
#include "artifacts/SyntaxRepository.h"

#include "TestSupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QThreadPool>
#include <QTimer>

#include <ctime>

using namespace kg;

using kg::test::generatedYaml;

namespace {

bool hasFormats(const QTextBlock &block)
{
    return !block.layout()->formats().isEmpty();
}

} // namespace

TEST(SyntaxRepository, DefinitionFromLanguageOrFileNameNeverFromContent)
{
    struct Case
    {
        const char *language;
        const char *file;
        const char *expected;
    };
    const Case cases[] = {
            {"yaml", "a.txt", "YAML"},
            {"json", "x", "JSON"},
            {"dockerfile", "", "Dockerfile"},
            {"bash", "run", "Bash"},
            {"hcl", "main", "Terraform"},
            {"markdown", "", "Markdown"},
            {"", "deploy.yml", "YAML"},
            {"", "Dockerfile", "Dockerfile"},
            {"", "Containerfile", "Dockerfile"},
            {"", "infra/main.tf", "Terraform"},
            {"", "vars.hcl", "Terraform"},
            {"", "install.sh", "Bash"},
            {"", "values.json", "JSON"},
            {"", "REPORT.md", "Markdown"},
            {"", "noextension", ""},
            {"unknown-language", "", ""},
    };
    for (const Case &c : cases) {
        const auto definition = SyntaxRepository::definitionFor(QLatin1String(c.language),
                                                                QLatin1String(c.file));
        EXPECT_EQ(definition.isValid() ? definition.name() : QString(), QLatin1String(c.expected))
                << c.language << " / " << c.file;
    }
    // Content that looks like a shell script does not change the choice.
    CodeView view;
    view.setCode(QStringLiteral("#!/bin/bash\necho hi\n"), QString(), QStringLiteral("notes"));
    EXPECT_EQ(view.definitionName(), QString());
}

TEST(CodeView, SmallFileIsHighlightedAtOnce)
{
    CodeView view;
    view.setCode(generatedYaml(200), QStringLiteral("yaml"), QStringLiteral("a.yaml"));
    EXPECT_EQ(view.definitionName(), QStringLiteral("YAML"));
    // The first chunk runs inside setCode(): the top of the file is coloured before any paint.
    EXPECT_TRUE(hasFormats(view.document()->findBlockByNumber(1))); // "apiVersion: apps/v1"
    QSignalSpy finished(view.highlighter(), &ChunkedHighlighter::finished);
    if (!view.highlighter()->isFinished()) {
        ASSERT_TRUE(finished.wait(2000)); // only on a heavily loaded machine
    }
    EXPECT_TRUE(hasFormats(view.document()->lastBlock().previous()));
    // Plain text gets no formats.
    view.setCode(QStringLiteral("kind: x\n"), QString(), QStringLiteral("notes"));
    EXPECT_FALSE(hasFormats(view.document()->firstBlock()));
}

TEST(CodeView, SearchCountsAndSteps)
{
    CodeView view;
    view.setCode(QStringLiteral("alpha\nbeta Alpha\ngamma\nALPHA alpha\n"), QStringLiteral("yaml"),
                 QStringLiteral("a.yaml"));
    QSignalSpy spy(&view, &CodeView::searchResultChanged);
    EXPECT_EQ(view.setSearchText(QStringLiteral("alpha")), 4);
    EXPECT_EQ(view.currentMatch(), 0);
    EXPECT_EQ(view.textCursor().selectedText(), QStringLiteral("alpha"));
    ASSERT_FALSE(spy.isEmpty());
    EXPECT_EQ(spy.last().at(1).toInt(), 4);
    EXPECT_TRUE(view.findNext());
    EXPECT_EQ(view.currentMatch(), 1);
    EXPECT_EQ(view.currentLine(), 2);
    EXPECT_TRUE(view.findNext());
    EXPECT_TRUE(view.findNext());
    EXPECT_EQ(view.currentMatch(), 3);
    EXPECT_TRUE(view.findNext()); // wraps
    EXPECT_EQ(view.currentMatch(), 0);
    EXPECT_TRUE(view.findPrevious()); // wraps back
    EXPECT_EQ(view.currentMatch(), 3);
    EXPECT_EQ(view.setSearchText(QStringLiteral("alpha"), Qt::CaseSensitive), 2);
    EXPECT_EQ(view.setSearchText(QStringLiteral("delta")), 0);
    EXPECT_FALSE(view.findNext());
    EXPECT_EQ(view.currentMatch(), -1);
    EXPECT_EQ(view.setSearchText(QString()), 0);
}

TEST(CodeView, GoToLine)
{
    CodeView view;
    view.resize(400, 200);
    view.setCode(generatedYaml(2000), QStringLiteral("yaml"), QStringLiteral("a.yaml"));
    EXPECT_TRUE(view.goToLine(1500, 3));
    EXPECT_EQ(view.currentLine(), 1500);
    EXPECT_EQ(view.textCursor().positionInBlock(), 2);
    EXPECT_TRUE(view.goToLine(view.lineCount()));
    EXPECT_FALSE(view.goToLine(0));
    EXPECT_FALSE(view.goToLine(view.lineCount() + 1));
    EXPECT_EQ(view.currentLine(), view.lineCount());
    // A column beyond the end of the line stops at the end.
    EXPECT_TRUE(view.goToLine(2, 999));
    EXPECT_EQ(view.textCursor().positionInBlock(),
              view.document()->findBlockByNumber(1).length() - 1);
}

TEST(CodeView, WordWrapAndProblemsAndGutter)
{
    CodeView view;
    view.setCode(QStringLiteral("a: 1\nb: 2\nc: 3\n"), QStringLiteral("yaml"), QStringLiteral("x"));
    EXPECT_FALSE(view.wordWrap());
    view.setWordWrap(true);
    EXPECT_TRUE(view.wordWrap());
    ArtifactProblem p;
    p.path = QStringLiteral("x");
    p.line = 2;
    p.message = QStringLiteral("bad");
    view.setProblems({p});
    bool underlined = false;
    for (const QTextEdit::ExtraSelection &s : view.extraSelections()) {
        if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            underlined = s.cursor.block().blockNumber() == 1;
    }
    EXPECT_TRUE(underlined);
    const int narrow = view.gutterWidth();
    view.setLineNumberLabels({1, 0, 100000});
    EXPECT_GT(view.gutterWidth(), narrow);
}

TEST(CodeView, FilesOverTheLimitWaitForHighlightAnyway)
{
    CodeView view;
    view.setHighlightLineLimit(100);
    QSignalSpy suspended(&view, &CodeView::highlightingSuspended);
    view.setCode(generatedYaml(500), QStringLiteral("yaml"), QStringLiteral("big.yaml"));
    EXPECT_TRUE(view.isHighlightingSuspended());
    EXPECT_EQ(suspended.size(), 1);
    EXPECT_FALSE(hasFormats(view.document()->findBlockByNumber(1)));
    view.highlightAnyway();
    QSignalSpy finished(view.highlighter(), &ChunkedHighlighter::finished);
    if (!view.highlighter()->isFinished()) {
        ASSERT_TRUE(finished.wait(5000));
    }
    EXPECT_FALSE(view.isHighlightingSuspended());
    EXPECT_TRUE(hasFormats(view.document()->findBlockByNumber(1)));
}

TEST(CodeView, ThemeFollowsThePalette)
{
    CodeView view;
    view.setCode(QStringLiteral("kind: Service\n"), QStringLiteral("yaml"), QStringLiteral("x"));
    const auto lightFormats = view.document()->firstBlock().layout()->formats();
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(220, 220, 220));
    dark.setColor(QPalette::Window, QColor(40, 40, 40));
    view.setPalette(dark);
    const auto darkFormats = view.document()->firstBlock().layout()->formats();
    ASSERT_FALSE(lightFormats.isEmpty());
    ASSERT_FALSE(darkFormats.isEmpty());
    EXPECT_NE(lightFormats.first().format.foreground().color(),
              darkFormats.first().format.foreground().color());
}

TEST(CodeView, ChunkedHighlightingKeepsTheEventLoopResponsive)
{
    const QString text = generatedYaml(100000);
    CodeView view;
    view.resize(900, 700);
    view.show();

    QElapsedTimer setTextTimer;
    setTextTimer.start();
    view.setCode(text, QStringLiteral("yaml"), QStringLiteral("big.yaml"));
    const qint64 setTextMs = setTextTimer.elapsed();
    ASSERT_GE(view.lineCount(), 100000);
    // The text is loaded in the background first (BigFileOpensWithoutStallingTheEventLoop
    // measures that); this test is about the highlighting that follows.
    if (view.isLoading()) {
        QSignalSpy loaded(&view, &CodeView::loaded);
        ASSERT_TRUE(loaded.wait(60000));
    }
    EXPECT_FALSE(view.highlighter()->isFinished()) << "100k lines cannot be done in one chunk";

    // The longest gap between event-loop turns while highlighting runs; scrolling every few
    // ticks stands in for a user paging through the file.
    test::StallMeter meter([&view](int tick) {
        if (tick % 10 == 0)
            view.goToLine((tick * 97) % view.lineCount() + 1);
    });
    QEventLoop loop;
    QObject::connect(view.highlighter(), &ChunkedHighlighter::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    meter.start();
    loop.exec();
    meter.stop();
    const qint64 totalMs = meter.elapsedMs();
    const qint64 longest = meter.longestMs(), longestCpu = meter.longestCpuMs();
    const int ticks = meter.ticks();

    EXPECT_TRUE(view.highlighter()->isFinished());
    EXPECT_EQ(view.highlighter()->highlightedLines(), view.lineCount());
    EXPECT_TRUE(hasFormats(view.document()->lastBlock().previous()));
    EXPECT_GT(ticks, 10);
    EXPECT_LT(longestCpu, 50) << "longest event-loop stall while highlighting: " << longestCpu
                              << " ms of CPU time (" << longest << " ms wall)";
    std::printf("100k lines: setCode %lld ms, highlighting %lld ms, longest stall %lld ms CPU / "
                "%lld ms wall, %d ticks\n",
                static_cast<long long>(setTextMs), static_cast<long long>(totalMs),
                static_cast<long long>(longestCpu), static_cast<long long>(longest), ticks);
}

namespace {

/// Waits until the threads that load big files are idle: a load that was not cancelled in time
/// has then posted its document, which the event loop has yet to deliver.
void waitForLoaderThreads()
{
    auto *pool = qApp->findChild<QThreadPool *>(QStringLiteral("codeViewLoader"));
    ASSERT_NE(pool, nullptr);
    ASSERT_TRUE(pool->waitForDone(30000));
}

/// Waits for the loader threads, then delivers whatever they posted: proves that a cancelled
/// load has nothing left to deliver.
void settleBackgroundLoads()
{
    waitForLoaderThreads();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

} // namespace

TEST(CodeView, BigFileOpensWithoutStallingTheEventLoop)
{
    const QString text = generatedYaml(100000);
    CodeView view;
    view.resize(900, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));

    // As in the highlighting test: a heartbeat records the longest gap between event-loop turns
    // in this thread's CPU time (asserted) and wall time (printed). setCode() is called from the
    // event loop, so its own time counts; the measure runs until the text has been shown and
    // painted, the first highlighting chunks included.
    int paints = 0;
    struct PaintCounter : QObject
    {
        int *paints;
        explicit PaintCounter(int *p)
            : paints(p)
        {}
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                ++*paints;
            return false;
        }
    } counter(&paints);
    view.viewport()->installEventFilter(&counter);

    int ticksWhileLoading = 0;
    bool loadingAfterSetCode = false;
    QString placeholderWhileLoading;
    int paintsWhenLoaded = -1;
    int ticksAfterPaint = 0;
    QEventLoop loop;
    test::StallMeter meter([&](int) {
        if (view.isLoading()) {
            ++ticksWhileLoading;
            placeholderWhileLoading = view.placeholderText();
        } else if (paintsWhenLoaded < 0) {
            paintsWhenLoaded = paints;
        } else if (paints > paintsWhenLoaded && ++ticksAfterPaint == 5) {
            loop.quit();
        }
    });
    QTimer::singleShot(0, &view, [&] {
        meter.start();
        view.setCode(text, QStringLiteral("yaml"), QStringLiteral("big.yaml"));
        loadingAfterSetCode = view.isLoading();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    meter.stop();
    const qint64 shownMs = meter.elapsedMs();
    const qint64 longest = meter.longestMs(), longestCpu = meter.longestCpuMs();

    EXPECT_TRUE(loadingAfterSetCode) << "a 100k-line file is loaded in the background";
    EXPECT_GT(ticksWhileLoading, 3) << "the event loop ran while the file was loading";
    EXPECT_TRUE(placeholderWhileLoading.startsWith(QStringLiteral("Loading")))
            << placeholderWhileLoading.toStdString();
    ASSERT_FALSE(view.isLoading());
    EXPECT_EQ(ticksAfterPaint, 5) << "the text was shown and painted";
    EXPECT_TRUE(view.placeholderText().isEmpty());
    EXPECT_EQ(view.lineCount(), int(text.count(QLatin1Char('\n'))) + 1);
    EXPECT_EQ(view.toPlainText(), text);
    EXPECT_TRUE(hasFormats(view.document()->findBlockByNumber(1))) << "coloured before painted";
    EXPECT_LT(longestCpu, 120) << "longest event-loop stall while opening: " << longestCpu
                               << " ms of CPU time (" << longest << " ms wall)";
    std::printf("100k lines: shown after %lld ms, longest stall %lld ms CPU / %lld ms wall, "
                "%d ticks while loading\n",
                static_cast<long long>(shownMs), static_cast<long long>(longestCpu),
                static_cast<long long>(longest), ticksWhileLoading);

    // It is a normal view from now on: the highlighting completes.
    QSignalSpy finished(view.highlighter(), &ChunkedHighlighter::finished);
    if (!view.highlighter()->isFinished()) {
        ASSERT_TRUE(finished.wait(60000));
    }
    EXPECT_EQ(view.highlighter()->highlightedLines(), view.lineCount());
}

TEST(CodeView, RequestsWhileLoadingAreAppliedWhenTheTextIsShown)
{
    const QString text = generatedYaml(3000);
    CodeView view;
    view.resize(500, 300);
    view.setBackgroundLoadLineLimit(1000);
    QSignalSpy loaded(&view, &CodeView::loaded);
    QSignalSpy results(&view, &CodeView::searchResultChanged);
    view.setCode(text, QStringLiteral("yaml"), QStringLiteral("big.yaml"));
    ASSERT_TRUE(view.isLoading());
    EXPECT_FALSE(view.isLoadingPaused());
    EXPECT_TRUE(loaded.isEmpty());
    EXPECT_TRUE(view.toPlainText().isEmpty());
    EXPECT_EQ(view.code(), text);
    const int lines = int(text.count(QLatin1Char('\n'))) + 1;
    EXPECT_EQ(view.lineCount(), lines);

    EXPECT_EQ(view.setSearchText(QStringLiteral("service-7\n")), -1) << "not known yet";
    EXPECT_FALSE(view.findNext());
    EXPECT_FALSE(view.goToLine(lines + 1));
    EXPECT_TRUE(view.goToLine(1500, 3));
    EXPECT_EQ(view.currentLine(), 1500);
    ArtifactProblem p;
    p.path = QStringLiteral("big.yaml");
    p.line = 1200;
    p.message = QStringLiteral("bad");
    view.setProblems({p});
    view.setLineBackgrounds({{1300, QColor(Qt::green)}});
    view.setWordWrap(true);

    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_EQ(loaded.size(), 1);
    EXPECT_FALSE(view.isLoading());
    EXPECT_EQ(view.lineCount(), lines);
    EXPECT_EQ(view.toPlainText(), text);
    EXPECT_EQ(view.code(), text);
    EXPECT_TRUE(view.wordWrap());
    EXPECT_EQ(view.document()->defaultTextOption().wrapMode(),
              QTextOption::WrapAtWordBoundaryOrAnywhere);
    // The go-to-line came last, so it wins over the first search match.
    EXPECT_EQ(view.currentLine(), 1500);
    EXPECT_EQ(view.textCursor().positionInBlock(), 2);
    // The search ran: "service-7" ends a line once (name) … only whole "service-7\n" counts.
    EXPECT_EQ(view.matchCount(), int(text.count(QStringLiteral("service-7\n"))));
    ASSERT_FALSE(results.isEmpty());
    EXPECT_EQ(results.last().at(1).toInt(), view.matchCount());
    bool underlined = false;
    bool background = false;
    for (const QTextEdit::ExtraSelection &s : view.extraSelections()) {
        if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            underlined = s.cursor.block().blockNumber() == 1199;
        if (s.format.background().color() == QColor(Qt::green))
            background = s.cursor.block().blockNumber() == 1299;
    }
    EXPECT_TRUE(underlined);
    EXPECT_TRUE(background);
    EXPECT_EQ(view.definitionName(), QStringLiteral("YAML"));
    // The document has the settings of one filled in at once.
    CodeView same;
    same.setWordWrap(true);
    same.setCode(text, QStringLiteral("yaml"), QStringLiteral("big.yaml"));
    ASSERT_FALSE(same.isLoading());
    EXPECT_EQ(view.document()->defaultFont(), same.document()->defaultFont());
    EXPECT_EQ(view.document()->documentMargin(), same.document()->documentMargin());
    EXPECT_EQ(view.document()->isUndoRedoEnabled(), same.document()->isUndoRedoEnabled());
    EXPECT_EQ(view.document()->documentLayout()->metaObject(),
              same.document()->documentLayout()->metaObject());
    QSignalSpy finished(view.highlighter(), &ChunkedHighlighter::finished);
    if (!view.highlighter()->isFinished()) {
        ASSERT_TRUE(finished.wait(30000));
    }
    EXPECT_TRUE(hasFormats(view.document()->findBlockByNumber(lines - 2)));
    // Small files still open at once, in the same view.
    view.setCode(QStringLiteral("a: 1\n"), QStringLiteral("yaml"), QStringLiteral("a.yaml"));
    EXPECT_FALSE(view.isLoading());
    EXPECT_EQ(view.toPlainText(), QStringLiteral("a: 1\n"));
    EXPECT_EQ(loaded.size(), 2);
}

TEST(CodeView, NewTextOrDestructionCancelsALoad)
{
    const QString first = generatedYaml(20000);
    const QString second = QStringLiteral("# second\n") + generatedYaml(20000);
    CodeView view;
    view.setBackgroundLoadLineLimit(1000);
    QSignalSpy loaded(&view, &CodeView::loaded);

    // A second big file replaces the first before it is shown: only the second appears, also
    // when the first is already built and on its way through the event loop.
    for (const bool firstBuilt : {false, true}) {
        loaded.clear();
        view.setCode(first, QStringLiteral("yaml"), QStringLiteral("first.yaml"));
        ASSERT_TRUE(view.isLoading());
        if (firstBuilt)
            waitForLoaderThreads();
        view.setCode(second, QStringLiteral("yaml"), QStringLiteral("second.yaml"));
        ASSERT_TRUE(loaded.wait(30000));
        settleBackgroundLoads();
        EXPECT_EQ(loaded.size(), 1);
        EXPECT_EQ(view.toPlainText(), second);
    }

    // A small file replaces a big one that is loading: it is shown at once and stays.
    for (const bool firstBuilt : {false, true}) {
        loaded.clear();
        view.setCode(first, QStringLiteral("yaml"), QStringLiteral("first.yaml"));
        ASSERT_TRUE(view.isLoading());
        if (firstBuilt)
            waitForLoaderThreads();
        view.setCode(QStringLiteral("small: true\n"), QStringLiteral("yaml"),
                     QStringLiteral("s.yaml"));
        EXPECT_FALSE(view.isLoading());
        EXPECT_EQ(loaded.size(), 1);
        settleBackgroundLoads();
        EXPECT_EQ(loaded.size(), 1);
        EXPECT_EQ(view.toPlainText(), QStringLiteral("small: true\n"));
        EXPECT_TRUE(view.placeholderText().isEmpty());
        EXPECT_EQ(view.verticalScrollBarPolicy(), Qt::ScrollBarAsNeeded);
    }

    // Paused, nothing arrives (built or not); resumed, it loads from the start.
    for (const bool firstBuilt : {false, true}) {
        loaded.clear();
        view.setCode(first, QStringLiteral("yaml"), QStringLiteral("first.yaml"));
        if (firstBuilt)
            waitForLoaderThreads();
        view.pauseLoading();
        EXPECT_TRUE(view.isLoading());
        EXPECT_TRUE(view.isLoadingPaused());
        settleBackgroundLoads();
        EXPECT_TRUE(view.isLoadingPaused());
        EXPECT_TRUE(loaded.isEmpty());
    }
    view.resumeLoading();
    EXPECT_FALSE(view.isLoadingPaused());
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_EQ(view.toPlainText(), first);

    // A view destroyed while loading leaves nothing behind that could reach it.
    // Destroyed at once, and after the worker has posted its document.
    for (const bool workerDone : {false, true}) {
        auto *doomed = new CodeView;
        doomed->setBackgroundLoadLineLimit(1000);
        doomed->setCode(first, QStringLiteral("yaml"), QStringLiteral("first.yaml"));
        ASSERT_TRUE(doomed->isLoading());
        if (workerDone)
            waitForLoaderThreads(); // its document is on its way through the event loop
        delete doomed;
        settleBackgroundLoads();
    }
    EXPECT_EQ(view.toPlainText(), first);
}
