#pragma once

#include "codegen/Artifact.h"

#include <QString>
#include <QStringList>

/// The one place that decides whether a relative path may be written: every writer of files
/// (folder export, archive export, multi-document export, the export preview and the download of
/// a server job's artifacts) asks here, so a rule added once protects all of them.
namespace kg::pathsafety {

/// Why @p path is unsafe as a relative export path (contract §6.4), or an empty string when it
/// is safe. Splits on both '/' and '\\' and never URL-decodes.
QString unsafeReason(const QString &path);

/// Marks unsafe artifacts (sets unsafeReason) and renames case-/normalisation-insensitive
/// duplicates to name-2.ext, name-3.ext, … in list order. Returns the renames made.
QStringList sanitize(ArtifactList &artifacts);

/// "dir/name.ext" → "dir/name-N.ext": the name a de-duplicated or kept-both file gets (the
/// extension is everything after the first dot of the file name: "a.tar.gz" → "a-2.tar.gz").
/// A name that would grow past 255 bytes is shortened before the number, so it stays valid.
QString numberedPath(const QString &path, int n);

/// The folder an export to @p path really writes into: absolute, clean, and with symbolic
/// links resolved (a link to a folder is treated as that folder).
QString resolvedRoot(const QString &path);

/// True when any existing component of @p relative below @p root is a symbolic link: an
/// export never writes, reads or removes through one.
bool crossesSymlink(const QString &root, const QString &relative);

} // namespace kg::pathsafety
