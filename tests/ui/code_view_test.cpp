#include "artifacts/ChunkedHighlighter.h"
#include "artifacts/CodeView.h"
#include "artifacts/SyntaxRepository.h"

#include "TestSupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTimer>

#include <ctime>

using namespace kg;

using kg::test::generatedYaml;
using kg::test::threadCpuMs;

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
    EXPECT_FALSE(view.highlighter()->isFinished()) << "100k lines cannot be done in one chunk";

    // A heartbeat measures the longest gap between event-loop turns while highlighting runs;
    // scrolling every few ticks stands in for a user paging through the file.
    // Two clocks: wall time (what a user sees, but it also counts the time the machine gave to
    // other processes) and this thread's CPU time (the work done without returning to the
    // event loop, which is what the chunking controls). The assertion uses the CPU time so a
    // busy build machine cannot fail it; both are printed.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    qint64 lastCpu = threadCpuMs();
    qint64 longestCpu = 0;
    int ticks = 0;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longest = qMax(longest, now - last);
        last = now;
        const qint64 cpu = threadCpuMs();
        longestCpu = qMax(longestCpu, cpu - lastCpu);
        lastCpu = cpu;
        if (++ticks % 10 == 0)
            view.goToLine((ticks * 97) % view.lineCount() + 1);
    });
    QEventLoop loop;
    QObject::connect(view.highlighter(), &ChunkedHighlighter::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    heartbeat.start();
    loop.exec();
    heartbeat.stop();
    const qint64 totalMs = clock.elapsed();

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
