#pragma once

#include "settings/SettingValue.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace kg {

/// Every persistent preference of the application, typed. Stored as an INI file in the
/// per-user configuration folder (QStandardPaths::AppConfigLocation), so tests can redirect it
/// with QStandardPaths::setTestModeEnabled().
class AppSettings
{
public:
    /// Opens the settings file of the current user.
    AppSettings();
    /// Opens (or creates) the settings file at @p filePath; used by tests.
    explicit AppSettings(const QString &filePath);
    ~AppSettings();

    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    /// Path of the file behind these settings.
    QString fileName() const;
    /// Writes pending changes to disk.
    void sync();

    /// Adds @p path to the front of the recent-files list (deduplicated, capped).
    void addRecentFile(const QString &path);
    /// Removes @p path from the recent-files list (e.g. it no longer exists).
    void removeRecentFile(const QString &path);

    static constexpr int MaxRecentFiles = 10;

private:
    std::unique_ptr<QSettings> m_settings;

public:
    SettingValue<QByteArray> windowGeometry;
    SettingValue<QByteArray> windowState;
    SettingValue<QStringList> recentFiles;
    /// UI language as a BCP-47 name ("de", "en"); empty = follow the system locale.
    SettingValue<QString> language;
    SettingValue<QString> lastDirectory;
    SettingValue<bool> showGrid;
    SettingValue<bool> snapToGrid;
    /// Output layout used by Generate: files, single, kustomize or helm.
    SettingValue<QString> outputLayout;
    SettingValue<bool> networkPolicies;
    /// Origin of the configured Kubegram server ("https://kubegram.example.com"); empty = none.
    /// The credential never goes here: it lives in the OS keychain.
    SettingValue<QString> serverOrigin;
    /// SHA-256 (hex) of the certificate the user chose to trust for serverOrigin when the system
    /// does not ("Trust this certificate", like SSH's known hosts: a fingerprint, not a secret);
    /// empty = the system's trust only. Cleared when the server changes.
    SettingValue<QString> serverCertificate;
    /// LLM provider for server generations (CLAUDE, OPENAI, …); empty = the server's default.
    SettingValue<QString> llmProvider;
    /// Advisory model name for server generations; empty = the provider's default.
    SettingValue<QString> llmModel;
};

} // namespace kg
