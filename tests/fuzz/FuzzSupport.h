#pragma once

// Shared helpers of the libFuzzer harnesses in tests/fuzz (README.md there). Each harness is one
// .cpp file defining LLVMFuzzerTestOneInput; it is linked either with libFuzzer (KG_FUZZ=ON,
// clang) or with replay_main.cpp (every build), which feeds it the committed inputs.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace kg::fuzz {

/// The fuzzer's bytes as a QByteArray (a copy, so the product sees what a file read gives it).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// The one application object of the process: some code paths (event loops, the network, the
/// translator) need one. Created on first use and never destroyed.
inline void ensureApp()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "kg-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app)
}

/// True when the invariant check @p id is listed in the environment variable KG_FUZZ_IGNORE
/// (comma-separated). Lets a fuzzing run look past a known, not yet fixed finding; the replay
/// test never sets it.
inline bool ignored(const char *id)
{
    static const QStringList list = QString::fromLocal8Bit(qgetenv("KG_FUZZ_IGNORE"))
                                            .split(QLatin1Char(','), Qt::SkipEmptyParts);
    return list.contains(QLatin1String(id));
}

/// Aborts (a crash the fuzzer reports with the input) when @p ok is false, unless the check
/// @p id is ignored.
inline void check(bool ok, const char *id, const QString &detail = {})
{
    if (ok || ignored(id))
        return;
    std::fprintf(stderr, "kg-fuzz: invariant '%s' failed: %s\n", id,
                 detail.toLocal8Bit().constData());
    std::fflush(stderr);
    std::abort();
}

/// A fixed "now", so that an input always takes the same path.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC);
}

} // namespace kg::fuzz
