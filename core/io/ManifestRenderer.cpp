#include "io/ManifestRenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace kg::io {

namespace {

QString found(const QString &configured, const QString &name)
{
    if (!configured.isEmpty())
        return QFileInfo(configured).isExecutable() ? configured : QString();
    return QStandardPaths::findExecutable(name);
}

// The first lines of a tool's error output: enough to name the cause, never a wall of text.
QString firstLines(const QByteArray &text, int lines = 6)
{
    QStringList out;
    const QList<QByteArray> all = text.trimmed().split('\n');
    for (const QByteArray &line : all) {
        if (line.trimmed().isEmpty() || line.startsWith("Use --debug flag"))
            continue; // helm's hint about its own debugging
        if (out.size() == lines) {
            out << QStringLiteral("…");
            break;
        }
        out << QString::fromUtf8(line).trimmed();
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

RenderTools RenderTools::fromEnvironment()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    RenderTools t;
    t.kustomize = env.value(QStringLiteral("KG_KUSTOMIZE"));
    t.kubectl = env.value(QStringLiteral("KG_KUBECTL"));
    t.helm = env.value(QStringLiteral("KG_HELM"));
    return t;
}

QVariantMap HelmSource::toMap() const
{
    return QVariantMap{{QStringLiteral("type"), QStringLiteral("helm")},
                       {QStringLiteral("chart"), chart},
                       {QStringLiteral("values"), values},
                       {QStringLiteral("set"), sets},
                       {QStringLiteral("release"), release},
                       {QStringLiteral("namespace"), ns}};
}

QString ManifestRenderer::kustomizationFile(const QString &dir)
{
    for (const char *name : {"kustomization.yaml", "kustomization.yml", "Kustomization"}) {
        const QString file = QDir(dir).filePath(QLatin1String(name));
        if (QFileInfo(file).isFile())
            return file;
    }
    return {};
}

bool ManifestRenderer::isHelmChart(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QFileInfo(QDir(path).filePath(QStringLiteral("Chart.yaml"))).isFile();
    return info.isFile()
           && (path.endsWith(QLatin1String(".tgz"), Qt::CaseInsensitive)
               || info.fileName() == QLatin1String("Chart.yaml"));
}

QString ManifestRenderer::chartPath(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.fileName() == QLatin1String("Chart.yaml")
                   ? info.absolutePath()
                   : info.absoluteFilePath();
}

Result<QByteArray> ManifestRenderer::run(const QString &program, const QStringList &args,
                                         const QString &what, const RenderTools &tools)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.start(QIODevice::ReadOnly);
    if (!p.waitForStarted(10000))
        return Error(tr("%1: cannot start %2: %3").arg(what, program, p.errorString()));
    QByteArray out;
    QByteArray err;
    QElapsedTimer clock;
    clock.start();
    while (p.state() != QProcess::NotRunning) {
        const qint64 left = tools.timeoutMs - clock.elapsed();
        if (left <= 0) {
            p.kill();
            p.waitForFinished(5000);
            return Error(tr("%1: %2 did not finish within %3 s; nothing was imported")
                                 .arg(what, QFileInfo(program).fileName())
                                 .arg(tools.timeoutMs / 1000));
        }
        p.waitForReadyRead(int(std::min<qint64>(left, 1000)));
        out += p.readAllStandardOutput();
        err += p.readAllStandardError();
        if (out.size() > tools.maxOutputBytes) {
            p.kill();
            p.waitForFinished(5000);
            return Error(tr("%1: the rendered manifests are larger than %2 MiB")
                                 .arg(what)
                                 .arg(tools.maxOutputBytes / (1024 * 1024)));
        }
    }
    out += p.readAllStandardOutput();
    err += p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error(tr("%1: %2 failed: %3")
                             .arg(what, QFileInfo(program).fileName(),
                                  err.trimmed().isEmpty() ? tr("exit code %1").arg(p.exitCode())
                                                          : firstLines(err)));
    return out;
}

Result<QByteArray> ManifestRenderer::kustomize(const QString &dir, const RenderTools &tools)
{
    const QString what = tr("kustomize root %1").arg(QDir::toNativeSeparators(dir));
    if (const QString kustomize = found(tools.kustomize, QStringLiteral("kustomize"));
        !kustomize.isEmpty())
        return run(kustomize, {QStringLiteral("build"), dir}, what, tools);
    if (const QString kubectl = found(tools.kubectl, QStringLiteral("kubectl")); !kubectl.isEmpty())
        return run(kubectl, {QStringLiteral("kustomize"), dir}, what, tools);
    return Error(tr("%1 needs kustomize to be rendered: install kubectl (it includes kustomize) "
                    "or kustomize, or set KG_KUBECTL or KG_KUSTOMIZE to one; nothing was imported")
                         .arg(what));
}

Result<QByteArray> ManifestRenderer::helmTemplate(const HelmSource &source, const RenderTools &tools)
{
    const QString what = tr("Helm chart %1").arg(QDir::toNativeSeparators(source.chart));
    const QString helm = found(tools.helm, QStringLiteral("helm"));
    if (helm.isEmpty())
        return Error(tr("%1 needs helm to be rendered: install helm 3 or later, or set KG_HELM "
                        "to one; nothing was imported")
                             .arg(what));
    QString release = source.release;
    if (release.isEmpty()) {
        release = QFileInfo(source.chart).completeBaseName().toLower();
        release.replace(QLatin1Char('_'), QLatin1Char('-'));
        if (release.isEmpty())
            release = QStringLiteral("release");
    }
    QStringList args{QStringLiteral("template"), release, source.chart};
    if (!source.ns.isEmpty())
        args << QStringLiteral("--namespace") << source.ns;
    for (const QString &file : source.values)
        args << QStringLiteral("--values") << file;
    for (const QString &set : source.sets)
        args << QStringLiteral("--set") << set;
    return run(helm, args, what, tools);
}

} // namespace kg::io
