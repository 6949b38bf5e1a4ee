// Renders the screenshots in docs/screenshots (canvas-light.png, canvas-dark.png) and a sheet of
// the kind icons at 16–96 px on light and dark backgrounds, for review. Usage:
//   xvfb-run -a build/tests/canvas_screenshots <output-folder>
#include "MainWindow.h"
#include "TestSupport.h"
#include "canvas/GraphEditor.h"
#include "canvas/GraphScene.h"
#include "canvas/GraphView.h"
#include "canvas/KindIcons.h"
#include "commands/ChangeNodes.h"
#include "model/GraphDocument.h"
#include "model/NodeKindCatalog.h"
#include "session/DocumentSession.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace kg;
using namespace kg::ui;

using kg::test::darkPalette;

namespace {

void buildSample(MainWindow *w)
{
    GraphEditor *e = w->editor();
    GraphScene *s = w->scene();
    GraphDocument *d = w->document();
    d->undoStack()->push(new ChangeGraphInfoCommand(d, QStringLiteral("shop"), {}));
    auto add = [&](const char *kind, const char *name, QPointF at) {
        const QString id = e->addNode(QString::fromLatin1(kind), at);
        d->undoStack()->push(new RenameNodeCommand(d, id, QString::fromLatin1(name)));
        return id;
    };
    const QString ns = add("NAMESPACE", "shop", {0, 0});
    const QString ing = add("INGRESS", "storefront", {0, 0});
    const QString fsvc = add("SERVICE", "web", {0, 0});
    const QString web = add("DEPLOYMENT", "web", {0, 0});
    const QString asvc = add("SERVICE", "api", {0, 0});
    const QString api = add("MICROSERVICE", "orders-api", {0, 0});
    const QString db = add("DATABASE", "orders-db", {0, 0});
    const QString cache = add("CACHE", "sessions", {0, 0});
    const QString cfg = add("CONFIGMAP", "api-config", {0, 0});
    const QString secret = add("SECRET", "db-credentials", {0, 0});
    const QString hpa = add("HORIZONTALPODAUTOSCALER", "api-autoscaler", {0, 0});
    const QString queue = add("MESSAGE_QUEUE", "events", {0, 0});
    d->undoStack()->push(new ReparentNodesCommand(
            d, {ing, fsvc, web, asvc, api, db, cache, cfg, secret, hpa, queue}, ns));
    s->connectNodes(ing, fsvc);
    s->connectNodes(fsvc, web);
    s->connectNodes(web, asvc);
    s->connectNodes(asvc, api);
    s->connectNodes(api, db);
    s->connectNodes(api, cache);
    s->connectNodes(api, queue);
    s->connectNodes(api, cfg);
    s->connectNodes(db, secret);
    s->connectNodes(hpa, api);
    // One warning badge, to show the markers.
    d->undoStack()->push(new ChangeNodePropertyCommand(d, {web}, QStringLiteral("replicas"),
                                                       QStringLiteral("two")));
    e->arrange();
    s->selectElements({api});
}

void shoot(const QString &file, const QPalette &palette)
{
    QApplication::setPalette(palette);
    QTemporaryDir dir;
    auto settings = std::make_shared<AppSettings>(dir.filePath(QStringLiteral("s.conf")));
    auto *w = new MainWindow(settings);
    w->session()->setAutosaveInterval(0);
    w->resize(1440, 860);
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        qWarning("window not exposed");
    buildSample(w);
    QTest::qWait(100);
    w->view()->fitAll();
    w->view()->setZoom(w->view()->zoom() * 0.97);
    QTest::qWait(300);
    w->grab().save(file);
    w->document()->setClean();
    delete w;
}

void iconSheet(const QString &file)
{
    const QList<NodeKindInfo> &kinds = NodeKindCatalog::instance().kinds();
    const int cell = 110;
    QImage sheet(cell * 8, int((kinds.size() + 7) / 8) * 2 * cell, QImage::Format_ARGB32);
    sheet.fill(Qt::white);
    QPainter p(&sheet);
    p.fillRect(QRect(0, sheet.height() / 2, sheet.width(), sheet.height() / 2),
               QColor(0x1f, 0x21, 0x24));
    for (int half = 0; half < 2; ++half) {
        for (int i = 0; i < kinds.size(); ++i) {
            const QPoint origin((i % 8) * cell, half * sheet.height() / 2 + (i / 8) * cell);
            int x = origin.x() + 4;
            for (int s : {16, 24}) {
                p.drawPixmap(x, origin.y() + 4, KindIcons::pixmap(kinds.at(i).id, s));
                x += s + 4;
            }
            p.drawPixmap(origin.x() + 4, origin.y() + 32, KindIcons::pixmap(kinds.at(i).id, 48));
            p.setPen(half ? Qt::white : Qt::black);
            QFont f = p.font();
            f.setPixelSize(9);
            p.setFont(f);
            p.drawText(QRect(origin.x() + 2, origin.y() + 84, cell - 4, 20), Qt::AlignLeft,
                       kinds.at(i).displayName);
        }
    }
    p.end();
    sheet.save(file);
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);
    const QPalette light = QApplication::style()->standardPalette();
    shoot(QDir(out).filePath(QStringLiteral("canvas-light.png")), light);
    shoot(QDir(out).filePath(QStringLiteral("canvas-dark.png")), darkPalette());
    iconSheet(QDir(out).filePath(QStringLiteral("kind-icons.png")));
    return 0;
}
