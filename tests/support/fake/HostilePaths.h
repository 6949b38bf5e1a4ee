#pragma once

#include <QStringList>

namespace kg::test {

/// Artifact paths the Kubegram contract (§6.4, §11) says must be rejected: traversal, absolute,
/// drive letters, UNC, empty and dot segments, NUL, over-long names and paths, excessive depth,
/// Windows device names, trailing dots and spaces, colons.
inline QStringList rejectedArtifactPaths()
{
    return {QStringLiteral("../../etc/passwd"),
            QStringLiteral("/etc/x"),
            QStringLiteral("C:\\Windows\\x"),
            QStringLiteral("c:rel"),
            QStringLiteral("\\\\srv\\share\\x"),
            QStringLiteral("a/../../b"),
            QStringLiteral("a\\..\\b"),
            QStringLiteral("./a"),
            QStringLiteral("a//b"),
            QStringLiteral("nul") + QChar(0) + QStringLiteral("x.yaml"),
            QString(300, QLatin1Char('s')),
            QString(2000, QLatin1Char('p')),
            QStringLiteral("d/").repeated(40) + QStringLiteral("x.yaml"),
            QStringLiteral("CON.yaml"),
            QStringLiteral("nul"),
            QStringLiteral("x."),
            QStringLiteral("x "),
            QStringLiteral("a:b")};
}

/// Paths that are safe but tricky: kept literally (never URL-decoded) or de-duplicated
/// (case-folded, NFC/NFD).
inline QStringList trickyArtifactPaths()
{
    return {QStringLiteral("%2e%2e/x"), QStringLiteral("A.yaml"), QStringLiteral("a.yaml"),
            QStringLiteral("caf\u00e9.yaml"), QStringLiteral("cafe\u0301.yaml")};
}

} // namespace kg::test
