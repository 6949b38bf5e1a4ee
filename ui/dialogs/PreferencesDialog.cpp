#include "PreferencesDialog.h"

#include "codegen/LocalEngine.h"
#include "i18n/Translations.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace kg::ui {

PreferencesDialog::PreferencesDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("PreferencesDialog"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    const QStringList langs = i18n::availableLanguages();
    for (const QString &lang : langs) {
        const QLocale locale(lang);
        QString name = locale.nativeLanguageName();
        if (name.isEmpty())
            name = lang;
        name[0] = name[0].toUpper();
        m_language->addItem(name, lang);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language.get())));

    m_showGrid = new QCheckBox(tr("Show grid"), this);
    m_showGrid->setChecked(settings.showGrid);
    m_snapToGrid = new QCheckBox(tr("Snap to grid"), this);
    m_snapToGrid->setChecked(settings.snapToGrid);

    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("outputLayout"));
    for (const QString &layout : LocalEngine::layouts())
        m_layout->addItem(LocalEngine::layoutDisplayName(layout), layout);
    m_layout->setCurrentIndex(std::max(0, m_layout->findData(settings.outputLayout.get())));
    m_networkPolicies = new QCheckBox(tr("Generate NetworkPolicies for the drawn flows"), this);
    m_networkPolicies->setChecked(settings.networkPolicies);

    m_llmProvider = new QComboBox(this);
    m_llmProvider->setObjectName(QStringLiteral("llmProvider"));
    m_llmProvider->addItem(tr("Server default"), QString());
    for (const char *provider : {"CLAUDE", "OPENAI", "GOOGLE", "DEEPSEEK", "GEMMA"})
        m_llmProvider->addItem(QString::fromLatin1(provider), QString::fromLatin1(provider));
    m_llmProvider->setCurrentIndex(std::max(0, m_llmProvider->findData(settings.llmProvider.get())));
    m_llmModel = new QLineEdit(settings.llmModel.get(), this);
    m_llmModel->setObjectName(QStringLiteral("llmModel"));
    m_llmModel->setPlaceholderText(tr("Provider default"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *restartHint = new QLabel(tr("A new language applies fully after a restart."), this);
    restartHint->setEnabled(false);
    form->addRow(QString(), restartHint);
    form->addRow(tr("Canvas:"), m_showGrid);
    form->addRow(QString(), m_snapToGrid);
    form->addRow(tr("Output &layout:"), m_layout);
    form->addRow(QString(), m_networkPolicies);
    form->addRow(tr("Server &AI provider:"), m_llmProvider);
    form->addRow(tr("Server AI &model:"), m_llmModel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::apply()
{
    const QString language = m_language->currentData().toString();
    if (language != m_settings.language.get()) {
        m_settings.language.set(language);
        i18n::install(*QCoreApplication::instance(), i18n::resolveLanguage(language));
    }
    m_settings.showGrid.set(m_showGrid->isChecked());
    m_settings.snapToGrid.set(m_snapToGrid->isChecked());
    m_settings.outputLayout.set(m_layout->currentData().toString());
    m_settings.networkPolicies.set(m_networkPolicies->isChecked());
    m_settings.llmProvider.set(m_llmProvider->currentData().toString());
    m_settings.llmModel.set(m_llmModel->text().trimmed());
    m_settings.sync();
}

} // namespace kg::ui
