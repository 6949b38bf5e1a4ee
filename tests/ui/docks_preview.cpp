// Shows the project browser and the job panel with sample data and saves a screenshot:
//   xvfb-run -a build/tests/kg_docks_preview out.png
// A look at the docks as a user sees them, for reviews of the layout.
#include "browser/ProjectBrowserDock.h"
#include "jobs/JobPanelDock.h"
#include "jobs/JobTableModel.h"
#include "store/Database.h"
#include "store/JobRecorder.h"
#include "store/ProjectRepository.h"
#include "store/ServerRepository.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace kg;
using namespace kg::store;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docks.png");
    QTemporaryDir dir;
    auto db = *Database::open(dir.filePath(QStringLiteral("preview.sqlite")));

    ProjectRepository projects(*db);
    const qint64 shop = projects.createLocal(QStringLiteral("Shop"),
                                             QStringLiteral("/home/me/shop.kgraph"))
                                ->id;
    const qint64 blog = projects.createLocal(QStringLiteral("Blog"))->id;
    ServerRepository servers(*db);
    const qint64 server = *servers.upsertServer(QStringLiteral("https://kubegram.example"),
                                                QStringLiteral("Kubegram Cloud"));
    const qint64 team = *servers.upsertTeam(server, QStringLiteral("7"), QStringLiteral("Platform"));
    const qint64 payments = *projects.upsertRemote(team, QStringLiteral("42"),
                                                   QStringLiteral("Payments"));
    projects.upsertRemote(team, QStringLiteral("43"), QStringLiteral("Search"));
    servers.setReachable(server, false);

    JobRecorder recorder(db);
    const auto job = [&](qint64 project, qint64 srv) {
        JobStart s;
        s.backend = srv ? QStringLiteral("remote") : QStringLiteral("local");
        s.projectId = project;
        s.serverId = srv;
        s.graph.name = QStringLiteral("g");
        return *recorder.begin(s);
    };
    GenerationResult result;
    for (int i = 0; i < 7; ++i) {
        Artifact a;
        a.path = QStringLiteral("f%1.yaml").arg(i);
        a.content = "a: " + QByteArray::number(i);
        result.artifacts << a;
    }
    recorder.complete(job(shop, 0), result);
    recorder.fail(job(blog, 0), Error(QStringLiteral("Node 'db' has no image: cannot map it")));
    recorder.cancel(job(payments, server));
    const qint64 remote = job(payments, server);
    recorder.attachRemoteJob(remote, QStringLiteral("uuid"));
    recorder.updateRemoteStatus(remote, JobStatus::Running, QStringLiteral("llmCall"));
    const qint64 local = job(shop, 0);
    recorder.progress(local, 62, QStringLiteral("render manifests"));

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Kubegram Desktop — docks preview"));
    auto *centre = new QLabel(QStringLiteral("canvas"));
    centre->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(centre);
    auto *browser = new ui::ProjectBrowserDock(db, &window);
    auto *jobs = new ui::JobPanelDock(db, &window);
    window.addDockWidget(Qt::LeftDockWidgetArea, browser);
    window.addDockWidget(Qt::BottomDockWidgetArea, jobs);
    browser->view()->expandAll();
    jobs->selectJob(local);
    window.resize(1200, 720);
    window.show();
    QTimer::singleShot(500, &app, [&] {
        window.grab().save(out);
        app.quit();
    });
    return app.exec();
}
