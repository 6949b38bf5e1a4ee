#pragma once

#include <QDialog>

class QComboBox;
class QCheckBox;
class QLineEdit;

namespace kg {
class AppSettings;
}

namespace kg::ui {

/// Application preferences: UI language, canvas grid, generation defaults (layout, and
/// the AI provider and model for server generations).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(AppSettings &settings, QWidget *parent = nullptr);

    /// Writes the chosen values to the settings (also done on OK).
    void apply();

private:
    AppSettings &m_settings;
    QComboBox *m_language;
    QCheckBox *m_showGrid;
    QCheckBox *m_snapToGrid;
    QComboBox *m_layout;
    QCheckBox *m_networkPolicies;
    QComboBox *m_llmProvider;
    QLineEdit *m_llmModel;
};

} // namespace kg::ui
