#pragma once

#include <QString>
#include <QStringList>

class QApplication;

namespace kg::ui {

/// What the command line asked of the GUI.
struct GuiOptions
{
    QStringList files;
    QString language; ///< overrides the preference for this run when set
    bool resetLayout = false;
};

/// Sets up the application (identity, translations, icon, palette handling), shows the main
/// window and runs the event loop. Returns the exit code.
int runGui(QApplication &app, const GuiOptions &options);

} // namespace kg::ui
