#include "export/MultiDocument.h"

#include "export/PathSafety.h"

#include <QCoreApplication>

namespace kg {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kg::MultiDocumentBundle)
};

bool isYaml(const Artifact &a)
{
    if (!a.language.isEmpty())
        return a.language.compare(QLatin1String("yaml"), Qt::CaseInsensitive) == 0;
    return a.path.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive)
           || a.path.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive);
}

} // namespace

MultiDocumentBundle combineYamlDocuments(const ArtifactList &artifacts, const QString &fileName)
{
    MultiDocumentBundle bundle;
    bundle.artifact.path = fileName;
    bundle.artifact.language = QStringLiteral("yaml");
    QByteArray out;
    for (const Artifact &a : artifacts) {
        const QString unsafe = a.unsafeReason.isEmpty() ? pathsafety::unsafeReason(a.path)
                                                        : a.unsafeReason;
        if (!unsafe.isEmpty()) {
            bundle.skipped << QStringLiteral("%1: %2").arg(a.path, unsafe);
            continue;
        }
        if (a.type != Artifact::Type::File) {
            if (a.type == Artifact::Type::Metadata)
                bundle.skipped << QStringLiteral("%1: %2").arg(a.path, Tr::tr("metadata"));
            continue;
        }
        if (!isYaml(a)) {
            bundle.skipped << QStringLiteral("%1: %2").arg(a.path, Tr::tr("not a YAML file"));
            continue;
        }
        QByteArray body = a.content;
        // A leading document marker would produce an empty document after ours.
        if (body.startsWith("---\n"))
            body.remove(0, 4);
        else if (body == "---")
            body.clear();
        while (body.endsWith('\n'))
            body.chop(1);
        out += "---\n# Source: " + a.path.toUtf8() + '\n';
        if (!body.isEmpty())
            out += body + '\n';
    }
    bundle.artifact.content = out;
    return bundle;
}

} // namespace kg
