#include "codegen/GenerationBackend.h"

namespace kg {

bool GenerationReport::hasErrors() const
{
    return count(ReportItem::Severity::Error) > 0;
}

int GenerationReport::count(ReportItem::Severity severity) const
{
    int n = 0;
    for (const ReportItem &item : items)
        n += item.severity == severity ? 1 : 0;
    return n;
}

} // namespace kg
