// Build-time tool: renders the application's SVG icon to a PNG of the given size for the
// hicolor icon theme.  Usage: kg-render-icon <in.svg> <size> <out.png>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: kg-render-icon <in.svg> <size> <out.png>\n");
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "kg-render-icon: cannot read %s\n", argv[1]);
        return 1;
    }
    const int size = QByteArray(argv[2]).toInt();
    if (size <= 0 || size > 4096) {
        std::fprintf(stderr, "kg-render-icon: bad size %s\n", argv[2]);
        return 2;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(QString::fromLocal8Bit(argv[3]))) {
        std::fprintf(stderr, "kg-render-icon: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}
