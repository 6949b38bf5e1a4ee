// Opens and highlights generated YAML of 1k / 10k / 100k lines in the artifact code view and
// prints "viewer.<metric> <value> ms": the time until the text is shown, the time until the
// highlighting is complete, and the longest event-loop stall meanwhile (measured by a 1 ms
// heartbeat that also scrolls the view, as a user paging through the file would).
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

void run(int lines, const char *label)
{
    const QString text = generatedYaml(lines);
    kg::CodeView view;
    view.resize(1000, 800);
    view.show();
    QApplication::processEvents();

    QElapsedTimer clock;
    clock.start();
    view.setCode(text, QStringLiteral("yaml"), QStringLiteral("bench.yaml"));
    QApplication::processEvents(); // the first paint
    const qint64 openMs = clock.elapsed();

    qint64 last = clock.elapsed();
    qint64 longest = 0;
    qint64 lastCpu = threadCpuMs();
    qint64 longestCpu = 0;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longest = qMax(longest, now - last);
        last = now;
        const qint64 cpu = threadCpuMs();
        longestCpu = qMax(longestCpu, cpu - lastCpu);
        lastCpu = cpu;
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(bar->value() + bar->pageStep());
    });
    QEventLoop loop;
    QObject::connect(view.highlighter(), &kg::ChunkedHighlighter::finished, &loop,
                     &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (!view.highlighter()->isFinished()) {
        heartbeat.start();
        loop.exec();
        heartbeat.stop();
    }
    const qint64 highlightMs = clock.elapsed();
    print("open", label, openMs);
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
