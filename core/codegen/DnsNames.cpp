#include "codegen/DnsNames.h"

namespace kg {

namespace DnsNames {

namespace {

bool isLowerAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9');
}

QString trimDashes(QString s)
{
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s;
}

} // namespace

QString toLabel(const QString &text, int maxLength, const QString &fallback)
{
    // Decompose accents (é → e + ´) and keep only the base letters.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    bool lastDash = true; // no leading dash
    for (const QChar c : decomposed) {
        if (isLowerAlnum(c)) {
            out.append(c);
            lastDash = false;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (!lastDash) {
            out.append(QLatin1Char('-'));
            lastDash = true;
        }
    }
    out = trimDashes(out);
    if (out.size() > maxLength)
        out = trimDashes(out.left(maxLength));
    if (out.isEmpty()) {
        if (fallback.isEmpty())
            return QStringLiteral("x");
        return toLabel(fallback, maxLength, QString());
    }
    return out;
}

bool isLabel(const QString &name)
{
    if (name.isEmpty() || name.size() > MaxLabelLength)
        return false;
    if (!isLowerAlnum(name.front()) || !isLowerAlnum(name.back()))
        return false;
    for (const QChar c : name) {
        if (!isLowerAlnum(c) && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

QString toEnvPrefix(const QString &name)
{
    QString out;
    out.reserve(name.size() + 4);
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
            out.append(c.toUpper());
        else
            out.append(QLatin1Char('_'));
    }
    if (out.isEmpty() || out.front().isDigit())
        out.prepend(QStringLiteral("SVC_"));
    return out;
}

QString toIdentifier(const QString &name)
{
    QString out;
    bool upper = false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
                           || (u >= '0' && u <= '9');
        if (!alnum) {
            upper = !out.isEmpty();
            continue;
        }
        out.append(upper ? c.toUpper() : c);
        upper = false;
    }
    if (out.isEmpty() || out.front().isDigit())
        out.prepend(QLatin1Char('n'));
    return out;
}

} // namespace DnsNames

bool NameRegistry::isTaken(const QString &scope, const QString &name) const
{
    const auto it = m_taken.constFind(scope);
    return it != m_taken.constEnd() && it->contains(name);
}

QString NameRegistry::claim(const QString &base, const QStringList &scopes,
                            const QStringList &suffixes)
{
    int longestSuffix = 0;
    for (const QString &s : suffixes)
        longestSuffix = std::max(longestSuffix, int(s.size()));
    auto fits = [&](const QString &candidate) {
        for (qsizetype i = 0; i < scopes.size(); ++i) {
            if (isTaken(scopes.at(i), candidate + suffixes.value(i)))
                return false;
        }
        return true;
    };
    const int room = DnsNames::MaxLabelLength - longestSuffix;
    QString candidate = base.size() > room ? DnsNames::toLabel(base, room) : base;
    const QString hintKey = base + QLatin1Char('|') + scopes.join(QLatin1Char(','));
    int n = m_nextSuffix.value(hintKey, 2);
    for (; !fits(candidate); ++n) {
        const QString tail = QLatin1Char('-') + QString::number(n);
        QString stem = base.left(room - int(tail.size()));
        while (stem.endsWith(QLatin1Char('-')))
            stem.chop(1);
        candidate = stem + tail;
    }
    if (candidate != base)
        m_nextSuffix.insert(hintKey, n);
    for (qsizetype i = 0; i < scopes.size(); ++i)
        m_taken[scopes.at(i)].insert(candidate + suffixes.value(i), true);
    return candidate;
}

} // namespace kg
