// The replay program of a harness: feeds every file of the folders (or the files) named on the
// command line to LLVMFuzzerTestOneInput, in sorted order, once each. Built in every
// configuration (no libFuzzer needed) and run by ctest (label fuzz-replay) on the committed
// corpus and crash reproducers, so a regression of a fixed finding fails the ordinary test run.
// A crash, an abort (a failed invariant) or a hang (the ctest timeout) fails the test.
#include "FuzzSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(arg);
        if (info.isDir()) {
            QStringList inDir;
            QDirIterator it(arg, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                inDir << it.next();
            inDir.sort();
            files << inDir;
        } else if (info.isFile()) {
            files << arg;
        } else {
            std::printf("replay: %s does not exist, skipped\n", argv[i]);
        }
    }
    QElapsedTimer total;
    total.start();
    qint64 slowest = 0;
    QString slowestFile;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray data = file.readAll();
        std::printf("replay: %s (%lld bytes)\n", qPrintable(path),
                    static_cast<long long>(data.size()));
        std::fflush(stdout);
        QElapsedTimer clock;
        clock.start();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                               static_cast<size_t>(data.size()));
        if (slowestFile.isEmpty() || clock.elapsed() > slowest) {
            slowest = clock.elapsed();
            slowestFile = path;
        }
    }
    std::printf("replay: %lld inputs in %lld ms; slowest %lld ms (%s)\n",
                static_cast<long long>(files.size()), static_cast<long long>(total.elapsed()),
                static_cast<long long>(slowest), qPrintable(slowestFile));
    return 0;
}
