#pragma once

#include <QIcon>
#include <QPixmap>
#include <QString>

namespace kg::ui {

/// The artwork of the node kinds (resources/icons/kinds/<iconId>.svg), rendered once per size
/// and device pixel ratio and cached: painting a thousand nodes draws cached pixmaps only.
namespace KindIcons {

/// Resource path of the icon of @p kindId (any spelling the catalog accepts); a generic icon
/// when the kind is unknown or has no artwork.
QString resourcePath(const QString &kindId);
/// The icon of @p kindId for lists and menus.
QIcon icon(const QString &kindId);
/// The icon rendered at @p logicalSize × @p logicalSize device-independent pixels for a screen
/// with @p devicePixelRatio. Sizes are rounded up to a few steps so the cache stays small.
QPixmap pixmap(const QString &kindId, int logicalSize, qreal devicePixelRatio = 1.0);

} // namespace KindIcons
} // namespace kg::ui
