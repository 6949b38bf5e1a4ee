#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace kg {

/// The record an export leaves in its folder (".kubegram-export.json"): which files it wrote,
/// with their SHA-256, and for which graph. It is what lets a later export of the same graph
/// remove the files that are no longer generated, and only those: a file the record does not
/// list, or one changed since it was written, is never deleted.
struct ExportManifest
{
    Q_DECLARE_TR_FUNCTIONS(kg::ExportManifest)

public:
    static QString fileName(); ///< ".kubegram-export.json"

    QString source;                ///< the graph the files came from (its name); may be empty
    QHash<QString, QString> files; ///< relative path → SHA-256 (hex) of what was written

    /// The manifest in folder @p root; nothing when there is none. A manifest that cannot be
    /// read is an error (nothing is then removed on its account).
    static Result<std::optional<ExportManifest>> read(const QString &root);
    QByteArray toJson() const;

    static QString hashOf(const QByteArray &content);

    /// Whether the file at @p relative in folder @p root is one this record lists and it is
    /// unchanged since (same SHA-256): only such a file may be replaced without asking.
    bool listsUnchanged(const QString &root, const QString &relative) const;
};

/// Why the file at @p relative in @p root may not be replaced by @p content when updating the
/// export that @p manifest (if any, of the same graph) records; empty when it may: the record
/// lists it unchanged, or it already holds exactly @p content.
QString replaceRefusal(const QString &root, const QString &relative, const QByteArray &content,
                       const ExportManifest *manifest);

/// A file an earlier export wrote that the new export does not generate.
struct StaleFile
{
    QString path;       ///< relative to the export folder
    QString keptReason; ///< empty: it will be removed; else why it stays
};

/// The files the earlier export recorded in @p manifest (of folder @p root) that are not among
/// @p generated and still exist. Each is removable only when it is unchanged since it was written,
/// is a regular file (not a symbolic link), and no part of its path is hidden (".git", …); the
/// others carry the reason they are kept. Nothing is read outside @p root. Sorted by path.
QList<StaleFile> staleFiles(const QString &root, const ExportManifest &manifest,
                            const QSet<QString> &generated);

} // namespace kg
