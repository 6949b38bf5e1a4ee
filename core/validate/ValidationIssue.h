#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace kg {

/// How bad a finding is: errors stop a generation, warnings go into its report.
enum class Severity { Error, Warning };

/// One finding of a validator: severity, message and where (file:line:column, JSON pointer,
/// node id — whatever is known).
struct ValidationIssue
{
    Severity severity = Severity::Error;
    QString message;
    Location location;

    /// "file:line:col: error|warning: message [node]", the format compilers use, so editors
    /// and CI logs can jump to it.
    QString toString() const;
};

/// True when @p issues holds at least one error.
bool hasErrors(const QList<ValidationIssue> &issues);

} // namespace kg
