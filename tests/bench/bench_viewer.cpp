// Opens and highlights generated YAML of 1k / 10k / 100k lines in the artifact code view and
// prints "viewer.<metric>_<size> <value> ms":
//   open             from the setCode() call until the whole text is in the view and painted
//                    (shown and scrollable)
//   open_stall       the longest event-loop stall meanwhile, wall clock
//   open_stall_cpu   the same in this thread's CPU time (without the time other processes took)
//   highlight        from the setCode() call until the highlighting is complete
//   longest_stall    the longest event-loop stall after the text was shown, until highlighted
//   longest_stall_cpu   the same in CPU time
// Stalls are measured by a 1 ms heartbeat that also scrolls the view, as a user paging through
// the file would; setCode() itself is called from the event loop, so its own time counts.
#include "TestSupport.h"
#include "artifacts/ChunkedHighlighter.h"
#include "artifacts/CodeView.h"
#include "artifacts/SyntaxRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QTimer>

#include <cstdio>
#include <ctime>

using kg::test::generatedYaml;
using kg::test::threadCpuMs;

namespace {

void print(const char *metric, const char *size, qint64 ms)
{
    std::printf("viewer.%s_%s %lld ms\n", metric, size, static_cast<long long>(ms));
    std::fflush(stdout);
}

/// Counts paint events of the view's viewport: the text is shown once a paint follows it.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

void run(int lines, const char *label)
{
    const QString text = generatedYaml(lines);
    const int expectedBlocks = int(text.count(QLatin1Char('\n'))) + 1;
    kg::CodeView view;
    view.resize(1000, 800);
    view.show();
    QApplication::processEvents();
    PaintCounter painted;
    view.viewport()->installEventFilter(&painted);

    QElapsedTimer clock;
    qint64 openMs = -1;
    qint64 highlightMs = -1;
    int paintsWhenComplete = -1; // paints counted when the whole text was first in the document
    bool shown = false;
    bool highlighted = false;
    qint64 last = 0;
    qint64 lastCpu = 0;
    qint64 openStall = 0;
    qint64 openStallCpu = 0;
    qint64 longest = 0;
    qint64 longestCpu = 0;
    QEventLoop loop;

    auto measure = [&] {
        const qint64 now = clock.elapsed();
        const qint64 cpu = threadCpuMs();
        if (!shown) {
            openStall = qMax(openStall, now - last);
            openStallCpu = qMax(openStallCpu, cpu - lastCpu);
        } else {
            longest = qMax(longest, now - last);
            longestCpu = qMax(longestCpu, cpu - lastCpu);
        }
        last = now;
        lastCpu = cpu;
        if (!shown) {
            if (paintsWhenComplete < 0 && view.document()->blockCount() >= expectedBlocks)
                paintsWhenComplete = painted.paints;
            if (paintsWhenComplete >= 0 && painted.paints > paintsWhenComplete) {
                shown = true;
                openMs = now;
            }
        }
        if (shown && !highlighted && view.highlighter()->isFinished()) {
            highlighted = true;
            highlightMs = now;
        }
        if (shown && highlighted)
            loop.quit();
    };
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        measure();
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(bar->value() + bar->pageStep());
    });
    QTimer::singleShot(0, &view, [&] {
        clock.start();
        last = 0;
        lastCpu = threadCpuMs();
        view.setCode(text, QStringLiteral("yaml"), QStringLiteral("bench.yaml"));
        heartbeat.start();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    heartbeat.stop();
    if (!shown || !highlighted)
        std::fprintf(stderr, "%s: not done within 120 s\n", label);
    print("open", label, openMs);
    print("open_stall", label, openStall);
    print("open_stall_cpu", label, openStallCpu);
    print("highlight", label, highlightMs);
    print("longest_stall", label, longest);
    print("longest_stall_cpu", label, longestCpu);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QElapsedTimer repository;
    repository.start();
    kg::SyntaxRepository::instance();
    print("repository", "load", repository.elapsed());
    run(1000, "1k");
    run(10000, "10k");
    run(100000, "100k");
    return 0;
}
