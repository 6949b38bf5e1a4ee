#include "canvas/CanvasTheme.h"

#include <QPalette>

namespace kg::ui {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t),
                            float(a.alphaF() * (1 - t) + b.alphaF() * t));
}

} // namespace

CanvasTheme CanvasTheme::fromPalette(const QPalette &palette, const QFont &font)
{
    CanvasTheme t;
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::Text);
    t.dark = base.lightnessF() < 0.5;
    // The canvas sits between the window and the base colour so that white node cards stand out
    // in light mode and dark cards in dark mode.
    t.background = t.dark ? mix(base, window, 0.5) : mix(base, window, 0.55);
    t.gridMinor = mix(t.background, text, t.dark ? 0.07 : 0.06);
    t.gridMajor = mix(t.background, text, t.dark ? 0.13 : 0.12);
    t.nodeFill = t.dark ? mix(base, text, 0.08) : base;
    t.nodeBorder = mix(t.nodeFill, text, t.dark ? 0.28 : 0.22);
    t.text = text;
    t.mutedText = mix(text, t.nodeFill, 0.45);
    t.selection = palette.color(QPalette::Highlight);
    t.edge = mix(t.background, text, t.dark ? 0.55 : 0.5);
    t.error = t.dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd3, 0x2f, 0x2f);
    t.warning = t.dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0xe0, 0x8a, 0x00);
    t.valid = t.dark ? QColor(0x5f, 0xd0, 0x7a) : QColor(0x2e, 0x9d, 0x4e);

    t.nodePen = QPen(t.nodeBorder, 1.0);
    t.selectedPen = QPen(t.selection, 2.5);
    t.edgePen = QPen(t.edge, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    t.edgeSelectedPen = QPen(t.selection, 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QColor frame = mix(t.background, text, 0.35);
    t.framePen = QPen(frame, 1.4, Qt::DashLine);
    t.handlePen = QPen(t.selection, 1.5);
    t.nodeBrush = QBrush(t.nodeFill);
    QColor frameFill = mix(t.background, QColor(0x32, 0x6c, 0xe5), t.dark ? 0.08 : 0.05);
    t.frameBrush = QBrush(frameFill);
    t.frameHeaderBrush = QBrush(mix(frameFill, QColor(0x32, 0x6c, 0xe5), t.dark ? 0.25 : 0.16));
    QColor label = t.background;
    label.setAlphaF(0.92f);
    t.labelBrush = QBrush(label);

    t.nameFont = font;
    t.nameFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() : 10.0);
    t.nameFont.setBold(true);
    t.kindFont = font;
    t.kindFont.setPointSizeF(t.nameFont.pointSizeF() * 0.85);
    t.labelFont = t.kindFont;
    t.labelFont.setPointSizeF(t.nameFont.pointSizeF() * 0.8);
    return t;
}

QColor CanvasTheme::categoryColor(KindCategory category) const
{
    // Same families as the kind icons (resources/icons/kinds); a little lighter on dark themes.
    QColor c;
    switch (category) {
    case KindCategory::Workloads:
        c = QColor(0x32, 0x6c, 0xe5);
        break;
    case KindCategory::Networking:
        c = QColor(0x0b, 0x94, 0x8a);
        break;
    case KindCategory::ConfigAndStorage:
        c = QColor(0x3d, 0x8b, 0x3d);
        break;
    case KindCategory::DataServices:
        c = QColor(0xe0, 0x6c, 0x2b);
        break;
    case KindCategory::AccessControl:
        c = QColor(0x7a, 0x4f, 0xd6);
        break;
    case KindCategory::Policy:
        c = QColor(0xc2, 0x3f, 0x8a);
        break;
    case KindCategory::Cluster:
        c = QColor(0x34, 0x59, 0x9e);
        break;
    case KindCategory::External:
        c = QColor(0x6b, 0x72, 0x80);
        break;
    }
    return dark ? c.lighter(125) : c;
}

} // namespace kg::ui
