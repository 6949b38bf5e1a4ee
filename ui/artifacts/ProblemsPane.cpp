#include "artifacts/ProblemsPane.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kg {

ProblemsPane::ProblemsPane(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("problemsPane"));
    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setAccessibleName(tr("Problems"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Severity"), tr("File"), tr("Line"), tr("Message")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    // Enter and double-click arrive as itemActivated; a single click jumps too, as in IDEs.
    connect(m_list, &QTreeWidget::itemActivated, this, &ProblemsPane::activate);
    connect(m_list, &QTreeWidget::itemClicked, this, &ProblemsPane::activate);
}

void ProblemsPane::setProblems(const ArtifactProblemList &problems)
{
    m_problems = problems;
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < problems.size(); ++i) {
        const ArtifactProblem &p = problems[i];
        auto *item = new QTreeWidgetItem;
        switch (p.severity) {
        case ArtifactProblem::Severity::Error:
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setText(0, tr("Error"));
            break;
        case ArtifactProblem::Severity::Warning:
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setText(0, tr("Warning"));
            break;
        case ArtifactProblem::Severity::Info:
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxInformation));
            item->setText(0, tr("Info"));
            break;
        }
        item->setText(1, p.path.isEmpty() ? tr("(generation)") : p.path);
        item->setText(2, p.line > 0 ? QString::number(p.line) : QString());
        item->setText(3, p.message);
        item->setToolTip(3, p.message);
        item->setData(0, Qt::UserRole, i);
        items << item;
    }
    m_list->addTopLevelItems(items);
}

QString ProblemsPane::summary() const
{
    int errors = 0;
    int warnings = 0;
    for (const ArtifactProblem &p : m_problems) {
        if (p.severity == ArtifactProblem::Severity::Error)
            ++errors;
        else if (p.severity == ArtifactProblem::Severity::Warning)
            ++warnings;
    }
    return tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
           + tr("%n warning(s)", nullptr, warnings);
}

void ProblemsPane::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(0, Qt::UserRole).toInt();
    if (index >= 0 && index < m_problems.size())
        Q_EMIT problemActivated(m_problems[index]);
}

} // namespace kg
