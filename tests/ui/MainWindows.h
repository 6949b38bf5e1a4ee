#pragma once

#include "MainWindow.h"
#include "model/GraphDocument.h"

#include <QApplication>
#include <QPointer>

namespace kg::test {

/// Closes every main window without asking to save (they are WA_DeleteOnClose), so none leaks
/// into the next test; pending deletions are carried out.
inline void deleteAllMainWindows()
{
    QList<QPointer<ui::MainWindow>> windows;
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (auto *mw = qobject_cast<ui::MainWindow *>(w))
            windows << mw;
    }
    // Guarded: deleting one window may delete another.
    for (const auto &mw : std::as_const(windows)) {
        if (mw) {
            mw->document()->setClean();
            delete mw.data();
        }
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace kg::test
