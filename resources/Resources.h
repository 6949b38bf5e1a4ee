#pragma once

#include <QStringList>

namespace kg::resources {

/// Resource paths (":/samples/…") of the bundled sample graphs, sorted by file name.
QStringList sampleGraphs();

} // namespace kg::resources
