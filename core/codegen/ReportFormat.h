#pragma once

#include "codegen/GenerationBackend.h"

#include <QByteArray>

namespace kg {

/// Renders a GenerationReport for people (Markdown, REPORT.md) and for tools (JSON,
/// report.json). Both are deterministic: the same report gives the same bytes.
namespace ReportFormat {

/// The report as Markdown: summary, generated objects per node, warnings, what could not be
/// mapped, assumptions and defaults.
QByteArray toMarkdown(const GenerationReport &report);
/// The report as indented JSON: {backend, graph, layout, summary, objects[], items[]}.
QByteArray toJson(const GenerationReport &report);

} // namespace ReportFormat
} // namespace kg
