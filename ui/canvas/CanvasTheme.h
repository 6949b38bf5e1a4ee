#pragma once

#include "model/NodeKindCatalog.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPen>

class QPalette;

namespace kg::ui {

/// Colours, pens, brushes and fonts of the canvas, derived from the widget palette so the canvas
/// follows light and dark system themes. Built once per palette change and shared by every item,
/// so painting never constructs pens or brushes.
struct CanvasTheme
{
    bool dark = false;
    QColor background;
    QColor gridMinor;
    QColor gridMajor;
    QColor nodeFill;
    QColor nodeBorder;
    QColor text;
    QColor mutedText;
    QColor selection;
    QColor edge;
    QColor error;
    QColor warning;
    QColor valid;

    QPen nodePen;
    QPen selectedPen;
    QPen edgePen;
    QPen edgeSelectedPen;
    QPen framePen;
    QPen handlePen;
    QBrush nodeBrush;
    QBrush frameBrush;
    QBrush frameHeaderBrush;
    QBrush labelBrush;
    QFont nameFont;
    QFont kindFont;
    QFont labelFont;

    /// The theme for @p palette and the application font @p font.
    static CanvasTheme fromPalette(const QPalette &palette, const QFont &font);
    /// The colour family of a category (accent of the node cards and the palette icons).
    QColor categoryColor(KindCategory category) const;
};

} // namespace kg::ui
