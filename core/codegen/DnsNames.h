#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace kg {

/// Kubernetes object names: DNS-1123 labels (lowercase letters, digits and '-', starting and
/// ending with an alphanumeric character, at most 63 characters).
namespace DnsNames {

/// The longest DNS-1123 label.
constexpr int MaxLabelLength = 63;

/// Turns any text into a DNS-1123 label of at most @p maxLength characters: lower-cased,
/// accents and separators mapped to '-', runs of '-' collapsed, trimmed. Returns @p fallback
/// (itself sanitised) when nothing usable is left.
QString toLabel(const QString &text, int maxLength = MaxLabelLength,
                const QString &fallback = QStringLiteral("unnamed"));
/// True when @p name is already a valid DNS-1123 label.
bool isLabel(const QString &name);
/// An environment variable prefix for @p name: upper case, '-' and '.' as '_', never starting
/// with a digit ("orders-db" → "ORDERS_DB").
QString toEnvPrefix(const QString &name);
/// A lowerCamelCase identifier usable as a Helm values key ("orders-db" → "ordersDb").
QString toIdentifier(const QString &name);

} // namespace DnsNames

/// Hands out unique names inside scopes (a scope is, e.g., "namespace/Service"), resolving
/// collisions deterministically: the first claimant keeps the name, later ones get "-2", "-3", …
/// (shortened so the result still fits in 63 characters). Claim in a stable order to get stable
/// names. Lookups are hashed, so claiming n names is linear.
class NameRegistry
{
public:
    /// Claims @p base plus each of @p suffixes in every scope of @p scopes (one entry per object
    /// a node makes: scope i takes base + suffixes[i]). Returns the base actually granted; it
    /// differs from @p base when some name was taken.
    QString claim(const QString &base, const QStringList &scopes, const QStringList &suffixes);
    /// True when @p name is taken in @p scope.
    bool isTaken(const QString &scope, const QString &name) const;

private:
    QHash<QString, QHash<QString, bool>> m_taken;
    QHash<QString, int> m_nextSuffix; ///< per base: where to resume counting (keeps it linear)
};

} // namespace kg
