#include "jobs/JobPanelDock.h"

#include "jobs/JobTableModel.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QPainter>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace kg::ui {

using store::JobStatus;

namespace {

/// Paints the progress column as a progress bar in the platform style.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const int status = index.data(JobTableModel::StatusRole).toInt();
        const int progress = index.data(JobTableModel::ProgressRole).toInt();
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        // A bar only where it means something: a running job, or a completed one (full).
        // Failed, cancelled and interrupted jobs say why in the error column instead.
        if (status != int(JobStatus::Running) && status != int(JobStatus::Completed))
            return;

        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = progress < 0 ? 0 : 100; // 0..0 = busy indicator
        bar.progress = qMax(0, progress);
        bar.textVisible = progress >= 0;
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.state = option.state | QStyle::State_Horizontal;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

JobPanelDock::JobPanelDock(std::shared_ptr<store::Database> database, QWidget *parent)
    : QDockWidget(parent)
    , m_db(std::move(database))
    , m_model(new JobTableModel(m_db, this))
    , m_view(new QTableView)
    , m_statusFilter(new QComboBox)
    , m_errorLabel(new QLabel)
    , m_cancel(new QAction(this))
    , m_rerun(new QAction(this))
    , m_openArtifacts(new QAction(this))
    , m_reveal(new QAction(this))
    , m_openFolder([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("jobPanelDock"));
    m_cancel->setObjectName(QStringLiteral("actionCancelJob"));
    m_rerun->setObjectName(QStringLiteral("actionRerunJob"));
    m_openArtifacts->setObjectName(QStringLiteral("actionOpenArtifacts"));
    m_reveal->setObjectName(QStringLiteral("actionRevealExport"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_rerun->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_openArtifacts->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_reveal->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));

    auto *toolBar = new QToolBar;
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addWidget(m_statusFilter);
    toolBar->addSeparator();
    toolBar->addAction(m_cancel);
    toolBar->addAction(m_rerun);
    toolBar->addAction(m_openArtifacts);
    toolBar->addAction(m_reveal);

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(JobTableModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows, so scrolling stays instant.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(JobTableModel::StatusColumn, 110);
    header->resizeSection(JobTableModel::ProjectColumn, 130);
    header->resizeSection(JobTableModel::BackendColumn, 100);
    header->resizeSection(JobTableModel::StepColumn, 110);
    header->resizeSection(JobTableModel::ProgressColumn, 110);
    header->resizeSection(JobTableModel::ElapsedColumn, 75);
    header->resizeSection(JobTableModel::FilesColumn, 50);

    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobPanelDock::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobPanelDock::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobPanelDock::updateActions);
    auto selectPending = [this] {
        if (m_pendingSelection != 0 && m_model->rowOfJob(m_pendingSelection) >= 0)
            selectJob(m_pendingSelection);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, selectPending);
    connect(m_model, &QAbstractItemModel::modelReset, this, selectPending);
    connect(m_model, &JobTableModel::jobFinished, this, &JobPanelDock::onJobFinished);
    connect(m_model, &JobTableModel::errorOccurred, this, [this](const QString &message) {
        m_errorLabel->setText(message);
        m_errorLabel->show();
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const store::JobRecord j = m_model->job(index.row());
        if (j.fileCount > 0)
            Q_EMIT openArtifactsRequested(j.id);
    });
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (const qint64 id = currentJobId())
            Q_EMIT cancelRequested(id);
    });
    connect(m_rerun, &QAction::triggered, this, [this] {
        if (const qint64 id = currentJobId())
            Q_EMIT rerunRequested(id);
    });
    connect(m_openArtifacts, &QAction::triggered, this, [this] {
        if (const qint64 id = currentJobId())
            Q_EMIT openArtifactsRequested(id);
    });
    connect(m_reveal, &QAction::triggered, this, &JobPanelDock::revealExport);
    connect(m_statusFilter, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        store::JobFilter filter = m_model->filter();
        const QVariant data = m_statusFilter->currentData();
        filter.status = data.isValid() ? std::optional<JobStatus>(JobStatus(data.toInt()))
                                       : std::nullopt;
        m_model->setFilter(filter);
    });

    retranslate();
    updateActions();
}

JobPanelDock::~JobPanelDock() = default;

void JobPanelDock::retranslate()
{
    setWindowTitle(tr("Jobs"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the selected job"));
    m_rerun->setText(tr("Re-run"));
    m_rerun->setToolTip(tr("Generate again from the same graph revision and options"));
    m_openArtifacts->setText(tr("Open"));
    m_openArtifacts->setToolTip(tr("Show the generated files in the viewer"));
    m_reveal->setText(tr("Reveal"));
    m_reveal->setToolTip(tr("Open the folder the files were exported to"));
    const QSignalBlocker blocker(m_statusFilter);
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All jobs"));
    const QList<JobStatus> statuses = store::allJobStatuses();
    for (JobStatus s : statuses)
        m_statusFilter->addItem(store::jobStatusDisplayName(s), int(s));
}

QAction *JobPanelDock::action(const QString &objectName) const
{
    for (QAction *a : {m_cancel, m_rerun, m_openArtifacts, m_reveal}) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void JobPanelDock::setFolderOpener(std::function<bool(const QUrl &)> opener)
{
    m_openFolder = std::move(opener);
}

qint64 JobPanelDock::currentJobId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->jobId(current.row()) : 0;
}

void JobPanelDock::selectJob(qint64 id)
{
    int row = m_model->rowOfJob(id);
    if (row < 0) {
        // The job was just written: look now instead of waiting for the next refresh.
        m_model->refresh();
        row = m_model->rowOfJob(id);
    }
    if (row < 0) {
        // Not visible yet (a refresh is queued, or a filter hides it): select it when it shows.
        m_pendingSelection = id;
        return;
    }
    m_pendingSelection = 0;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    updateActions();
}

void JobPanelDock::updateActions()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const store::JobRecord j = current.isValid() ? m_model->job(current.row()) : store::JobRecord();
    const bool has = j.id != 0;
    m_cancel->setEnabled(has && !store::isTerminal(j.status));
    m_rerun->setEnabled(has && store::isTerminal(j.status) && j.revisionId > 0);
    m_openArtifacts->setEnabled(has && j.fileCount > 0);
    m_reveal->setEnabled(has && !j.exportedPath.isEmpty());
}

void JobPanelDock::revealExport()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QString path = m_model->job(current.row()).exportedPath;
    if (path.isEmpty())
        return;
    if (!QDir(path).exists()) {
        m_errorLabel->setText(
                tr("The export folder %1 no longer exists.").arg(QDir::toNativeSeparators(path)));
        m_errorLabel->show();
        return;
    }
    m_openFolder(QUrl::fromLocalFile(path));
}

void JobPanelDock::onJobFinished(qint64 jobId, JobStatus status)
{
    updateActions();
    if (window()->isActiveWindow())
        return;
    const store::JobRecord j = m_model->job(m_model->rowOfJob(jobId));
    const QString project = j.projectName.isEmpty() ? tr("a graph") : j.projectName;
    QString message;
    switch (status) {
    case JobStatus::Completed:
        message = tr("Generation for %1 completed: %n file(s).", nullptr, j.fileCount).arg(project);
        break;
    case JobStatus::Failed:
        message = tr("Generation for %1 failed: %2").arg(project, j.error);
        break;
    default:
        message = tr("Generation for %1: %2")
                          .arg(project, store::jobStatusDisplayName(status).toLower());
        break;
    }
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
        }
        m_tray->show();
        m_tray->showMessage(tr("Kubegram Desktop"), message,
                            status == JobStatus::Completed ? QSystemTrayIcon::Information
                                                           : QSystemTrayIcon::Warning);
    } else if (auto *mainWindow = qobject_cast<QMainWindow *>(window())) {
        mainWindow->statusBar()->showMessage(message, 15000);
    }
    Q_EMIT jobFinishedInBackground(jobId, message);
}

} // namespace kg::ui
