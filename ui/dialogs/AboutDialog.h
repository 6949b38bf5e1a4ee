#pragma once

#include <QDialog>

namespace kg::ui {

/// Version, library versions, licence and credits.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The text shown, for tests and for copying into bug reports.
    static QString aboutText();
};

} // namespace kg::ui
