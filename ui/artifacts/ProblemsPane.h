#pragma once

#include "codegen/ArtifactProblem.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace kg {

/// The list of problems of a job (manifest validation and generation report): severity, file,
/// line, message. Activating a row (click, Enter) asks the viewer to jump there.
class ProblemsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPane(QWidget *parent = nullptr);

    void setProblems(const ArtifactProblemList &problems);
    const ArtifactProblemList &problems() const { return m_problems; }
    QTreeWidget *list() const { return m_list; }
    /// "2 errors, 3 warnings", for a dock or tab title.
    QString summary() const;

Q_SIGNALS:
    void problemActivated(const kg::ArtifactProblem &problem);

private:
    void activate(QTreeWidgetItem *item);

    QTreeWidget *m_list;
    ArtifactProblemList m_problems;
};

} // namespace kg
