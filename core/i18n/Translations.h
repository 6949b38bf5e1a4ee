#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace kg::i18n {

/// Languages the application ships a translation for, as BCP-47 names, always including "en"
/// (the source language).
QStringList availableLanguages();

/// The language to use: @p override when it is set and available, otherwise the first of the
/// system's UI languages that is available, otherwise "en".
QString resolveLanguage(const QString &override, const QLocale &system = QLocale::system());

/// Installs the application's and Qt's translators for @p language on @p app (replacing any
/// installed earlier by this function). Returns false when no application translation was loaded,
/// which is normal for English.
bool install(QCoreApplication &app, const QString &language);

} // namespace kg::i18n
