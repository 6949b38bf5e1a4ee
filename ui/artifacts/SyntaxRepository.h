#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QString>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace kg {

/// The one KSyntaxHighlighting repository of the process (building it costs tens of
/// milliseconds), and the rules that pick a syntax definition for an artifact.
class SyntaxRepository
{
public:
    /// The shared repository, created on first use (GUI thread only).
    static KSyntaxHighlighting::Repository &instance();

    /// The definition for an artifact: from its declared @p language ("yaml", "json",
    /// "dockerfile", "bash", "hcl", "markdown", …) when known, else from @p fileName (e.g.
    /// "Dockerfile", "main.tf"). Never guessed from the content; invalid means plain text.
    static KSyntaxHighlighting::Definition definitionFor(const QString &language,
                                                         const QString &fileName);

    /// The theme that suits @p palette (a dark theme on a dark base colour).
    static KSyntaxHighlighting::Theme themeFor(const QPalette &palette);
};

} // namespace kg
