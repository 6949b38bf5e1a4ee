#pragma once

#include <QString>
#include <QStringList>

class QApplication;

namespace kg::session {
class RecoveryStore;
}

namespace kg::ui {

class MainWindow;

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

/// Asks whether to recover the documents a crashed session left in @p store and opens the
/// ones the user wants, starting in @p window. Returns how many were recovered.
int offerRecovery(MainWindow *window, const session::RecoveryStore &store);

} // namespace kg::ui
