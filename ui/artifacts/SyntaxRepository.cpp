#include "artifacts/SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QHash>
#include <QPalette>

namespace kg {

KSyntaxHighlighting::Repository &SyntaxRepository::instance()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::Definition SyntaxRepository::definitionFor(const QString &language,
                                                                const QString &fileName)
{
    // Artifact languages (contract §6.2 and the local engine) → KSyntaxHighlighting names.
    static const QHash<QString, QString> byLanguage{
            {QStringLiteral("yaml"), QStringLiteral("YAML")},
            {QStringLiteral("yml"), QStringLiteral("YAML")},
            {QStringLiteral("json"), QStringLiteral("JSON")},
            {QStringLiteral("dockerfile"), QStringLiteral("Dockerfile")},
            {QStringLiteral("containerfile"), QStringLiteral("Dockerfile")},
            {QStringLiteral("bash"), QStringLiteral("Bash")},
            {QStringLiteral("sh"), QStringLiteral("Bash")},
            {QStringLiteral("shell"), QStringLiteral("Bash")},
            {QStringLiteral("zsh"), QStringLiteral("Zsh")},
            {QStringLiteral("hcl"), QStringLiteral("Terraform")},
            {QStringLiteral("terraform"), QStringLiteral("Terraform")},
            {QStringLiteral("tf"), QStringLiteral("Terraform")},
            {QStringLiteral("markdown"), QStringLiteral("Markdown")},
            {QStringLiteral("md"), QStringLiteral("Markdown")},
    };
    auto &repository = instance();
    const QString name = byLanguage.value(language.trimmed().toLower());
    if (!name.isEmpty()) {
        const auto definition = repository.definitionForName(name);
        if (definition.isValid())
            return definition;
    }
    const QString baseName = fileName.section(QLatin1Char('/'), -1);
    if (baseName.isEmpty())
        return {};
    if (baseName.endsWith(QLatin1String(".hcl"), Qt::CaseInsensitive))
        return repository.definitionForName(QStringLiteral("Terraform")); // no HCL definition
    return repository.definitionForFileName(baseName);
}

KSyntaxHighlighting::Theme SyntaxRepository::themeFor(const QPalette &palette)
{
    return instance().themeForPalette(palette);
}

} // namespace kg
