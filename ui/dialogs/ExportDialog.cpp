#include "dialogs/ExportDialog.h"

#include "codegen/LocalEngine.h"

#include "export/MultiDocument.h"
#include "export/ZipArchiveWriter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace kg {

namespace {

const QString OwnLayout = QStringLiteral("own");
const QString MultiLayout = QStringLiteral("multi");
constexpr int AskPolicy = -1;

QString actionLabel(ExportPlanEntry::Action action)
{
    switch (action) {
    case ExportPlanEntry::Action::Create:
        return ExportDialog::tr("write");
    case ExportPlanEntry::Action::Overwrite:
        return ExportDialog::tr("overwrite");
    case ExportPlanEntry::Action::Rename:
        return ExportDialog::tr("rename");
    case ExportPlanEntry::Action::Reject:
        return ExportDialog::tr("reject");
    case ExportPlanEntry::Action::Skip:
        return ExportDialog::tr("skip");
    case ExportPlanEntry::Action::Remove:
        return ExportDialog::tr("remove");
    case ExportPlanEntry::Action::KeepStale:
        return ExportDialog::tr("keep");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(const ArtifactList &artifacts, QWidget *parent)
    : QDialog(parent)
    , m_artifacts(artifacts)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_folder(new QRadioButton(tr("F&older"), this))
    , m_archive(new QRadioButton(tr("&Zip archive"), this))
    , m_layout(new QComboBox(this))
    , m_policy(new QComboBox(this))
    , m_metadata(new QCheckBox(tr("Include &metadata files"), this))
    , m_preview(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_openFolder(new QPushButton(tr("&Open Folder"), this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Artifacts"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("Export to"));
    m_folder->setObjectName(QStringLiteral("exportToFolder"));
    m_archive->setObjectName(QStringLiteral("exportToArchive"));
    m_folder->setChecked(true);
    m_layout->setObjectName(QStringLiteral("exportLayout"));
    m_layout->setAccessibleName(tr("Layout"));
    m_layout->addItem(tr("Their own paths"), OwnLayout);
    m_layout->addItem(tr("One multi-document file (manifests.yaml)"), MultiLayout);
    m_policy->setObjectName(QStringLiteral("exportPolicy"));
    m_policy->setAccessibleName(tr("When files exist"));
    m_policy->addItem(tr("Ask"), AskPolicy);
    m_policy->addItem(tr("Overwrite existing files"), int(Policy::Overwrite));
    m_policy->addItem(tr("Keep both (number the new files)"), int(Policy::KeepBoth));
    m_policy->addItem(tr("Update the earlier export (remove files no longer generated)"),
                      int(Policy::ReplacePrevious));
    m_metadata->setObjectName(QStringLiteral("exportMetadata"));
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setAccessibleName(tr("Export preview"));
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setHeaderLabels({tr("Action"), tr("File"), tr("Note")});
    m_preview->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_folder);
    targetRow->addWidget(m_archive);
    targetRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Export &as:"), targetRow);
    form->addRow(tr("&To:"), pathRow);
    form->addRow(tr("&Layout:"), m_layout);
    form->addRow(tr("&When files exist:"), m_policy);
    form->addRow(QString(), m_metadata);
    // Buddies make the "&" mnemonics move the focus into the fields.
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(
                form->itemAt(row, QFormLayout::LabelRole)
                        ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                        : nullptr);
        if (label && row == 1)
            label->setBuddy(m_path);
        else if (label && row == 2)
            label->setBuddy(m_layout);
        else if (label && row == 3)
            label->setBuddy(m_policy);
        else if (label && row == 0)
            label->setBuddy(m_folder);
    }
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_openFolder->hide(); // after addButton(), which shows it; offered once something is written

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 480);

    // The preview stats the disk; coalesce bursts of typing into one refresh.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    auto later = [this] {
        m_refresh->start();
    };
    connect(m_path, &QLineEdit::textChanged, this, later);
    connect(m_folder, &QRadioButton::toggled, this, later);
    connect(m_layout, &QComboBox::currentIndexChanged, this, later);
    connect(m_policy, &QComboBox::currentIndexChanged, this, later);
    connect(m_metadata, &QCheckBox::toggled, this, later);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        const QFileInfo info(m_exportedPath);
        QDesktopServices::openUrl(
                QUrl::fromLocalFile(info.isDir() ? info.absoluteFilePath() : info.absolutePath()));
    });
    refreshPreview();
}

void ExportDialog::setLayoutRenderer(const QStringList &layouts, LayoutRenderer renderer)
{
    m_renderer = std::move(renderer);
    const QSignalBlocker blocker(m_layout);
    m_layout->clear();
    for (const QString &id : layouts)
        m_layout->addItem(LocalEngine::layoutDisplayName(id), id);
    refreshPreview();
}

void ExportDialog::setTargetPath(const QString &path)
{
    m_path->setText(path);
    refreshPreview();
}

QString ExportDialog::targetPath() const
{
    QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return {};
    if (target() == Target::Archive && !path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".zip");
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

void ExportDialog::setTarget(Target t)
{
    (t == Target::Folder ? m_folder : m_archive)->setChecked(true);
    refreshPreview();
}

ExportDialog::Target ExportDialog::target() const
{
    return m_archive->isChecked() ? Target::Archive : Target::Folder;
}

void ExportDialog::setLayoutId(const QString &layout)
{
    const int index = m_layout->findData(layout);
    if (index >= 0)
        m_layout->setCurrentIndex(index);
    refreshPreview();
}

QString ExportDialog::layoutId() const
{
    return m_layout->currentData().toString();
}

void ExportDialog::setPolicy(Policy policy, bool ask)
{
    m_policy->setCurrentIndex(ask ? 0 : qMax(0, m_policy->findData(int(policy))));
    refreshPreview();
}

void ExportDialog::setSource(const QString &source)
{
    m_source = source;
    refreshPreview();
}

void ExportDialog::setIncludeMetadata(bool include)
{
    m_metadata->setChecked(include);
    refreshPreview();
}

ArtifactExporter::Options ExportDialog::options() const
{
    ArtifactExporter::Options o;
    const int policy = m_policy->currentData().toInt();
    o.policy = policy == AskPolicy ? Policy::RefuseNonEmpty : Policy(policy);
    o.includeMetadata = m_metadata->isChecked();
    o.source = m_source;
    return o;
}

Result<ArtifactList> ExportDialog::artifactsToExport() const
{
    const QString layout = layoutId();
    if (layout == OwnLayout || layout.isEmpty())
        return m_artifacts;
    if (layout == MultiLayout) {
        const MultiDocumentBundle bundle = combineYamlDocuments(m_artifacts);
        ArtifactList out{bundle.artifact};
        // Non-YAML files (a README, a Dockerfile) still travel beside the bundle.
        for (const Artifact &a : m_artifacts) {
            if (a.type == Artifact::Type::File && a.unsafeReason.isEmpty()
                && a.language.compare(QLatin1String("yaml"), Qt::CaseInsensitive) != 0)
                out << a;
            else if (!a.unsafeReason.isEmpty() || a.type == Artifact::Type::Metadata)
                out << a; // shown as rejected / skipped in the preview
        }
        return out;
    }
    if (!m_renderer)
        return Error(tr("this layout needs the local engine"));
    return m_renderer(layout);
}

ExportPlan ExportDialog::plan() const
{
    ExportPlan plan;
    const Result<ArtifactList> artifacts = artifactsToExport();
    if (!artifacts) {
        plan.blockingProblem = artifacts.error().toString();
        return plan;
    }
    const QString path = targetPath();
    if (path.isEmpty()) {
        plan = ExportPreview::forArchive(*artifacts, QString(), options());
        plan.blockingProblem = tr("choose where to export");
        return plan;
    }
    return target() == Target::Archive ? ExportPreview::forArchive(*artifacts, path, options())
                                       : ExportPreview::forFolder(*artifacts, path, options());
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::refreshPreview()
{
    m_refresh->stop();
    const ExportPlan p = plan();
    m_preview->clear();
    QList<QTreeWidgetItem *> items;
    for (const ExportPlanEntry &e : p.entries) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, actionLabel(e.action));
        item->setText(1, e.targetPath.isEmpty() ? e.sourcePath : e.targetPath);
        QString note = e.reason;
        if (e.action == ExportPlanEntry::Action::Rename)
            note = tr("from %1: %2").arg(e.sourcePath, e.reason);
        item->setText(2, note);
        item->setToolTip(2, note);
        // An icon rather than a colour: it reads the same on light and dark palettes.
        if (e.action == ExportPlanEntry::Action::Reject)
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        else if (e.action == ExportPlanEntry::Action::Remove)
            item->setIcon(0, style()->standardIcon(QStyle::SP_TrashIcon));
        items << item;
    }
    m_preview->addTopLevelItems(items);

    const bool ask = m_policy->currentData().toInt() == AskPolicy;
    const bool nonEmpty = p.existingEntries > 0 && target() == Target::Folder;
    QString status;
    if (!p.canExport() && !(ask && nonEmpty && p.blockingProblem.contains(tr("not empty"))))
        status = p.blockingProblem;
    else
        status = tr("%1 to write, %2 renamed, %3 rejected, %4 skipped")
                         .arg(p.count(ExportPlanEntry::Action::Create)
                              + p.count(ExportPlanEntry::Action::Overwrite))
                         .arg(p.count(ExportPlanEntry::Action::Rename))
                         .arg(p.count(ExportPlanEntry::Action::Reject))
                         .arg(p.count(ExportPlanEntry::Action::Skip));
    const int removals = p.count(ExportPlanEntry::Action::Remove);
    if (p.canExport() && removals > 0)
        status += QStringLiteral(", ") + tr("%n stale file(s) to remove", nullptr, removals);
    if (p.canExport() && p.count(ExportPlanEntry::Action::KeepStale) > 0)
        status += QStringLiteral(", ")
                  + tr("%n stale file(s) kept", nullptr,
                       p.count(ExportPlanEntry::Action::KeepStale));
    // The button says what it will delete, so nothing is removed by surprise.
    m_export->setText(removals > 0 ? tr("Export and &Remove %n Stale File(s)", nullptr, removals)
                                   : tr("&Export"));
    if (ask && nonEmpty)
        status += QLatin1Char(' ') + tr("(the folder is not empty: you will be asked)");
    m_status->setText(status);
    m_export->setEnabled(!targetPath().isEmpty()
                         && (p.canExport() || (ask && (nonEmpty || p.targetExists))));
}

void ExportDialog::browse()
{
    QString chosen;
    if (target() == Target::Archive)
        chosen = QFileDialog::getSaveFileName(this, tr("Export to Zip Archive"), m_path->text(),
                                              tr("Zip archives (*.zip)"));
    else
        chosen = QFileDialog::getExistingDirectory(this, tr("Export to Folder"), m_path->text());
    if (!chosen.isEmpty())
        setTargetPath(chosen);
}

std::optional<ExportDialog::Policy> ExportDialog::askPolicy(const ExportPlan &plan)
{
    if (m_prompt)
        return m_prompt(plan);
    QMessageBox box(QMessageBox::Question, tr("Export"),
                    target() == Target::Archive ? tr("The archive already exists.")
                                                : tr("The folder already holds %n item(s).",
                                                     nullptr, plan.existingEntries),
                    QMessageBox::Cancel, this);
    QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("&Keep Both"), QMessageBox::AcceptRole);
    QPushButton *update = nullptr;
    if (target() == Target::Folder) {
        // Offered only when an earlier export of this graph is here and nothing else is in the
        // way; the button counts what it deletes and the list names every file.
        ArtifactExporter::Options o = options();
        o.policy = Policy::ReplacePrevious;
        const Result<ArtifactList> artifacts = artifactsToExport();
        const ExportPlan updatePlan = artifacts ? ExportPreview::forFolder(*artifacts, targetPath(),
                                                                           o)
                                                : ExportPlan();
        if (artifacts && updatePlan.canExport() && updatePlan.hasExportRecord
            && updatePlan.recordSource == m_source) {
            const int removals = updatePlan.count(ExportPlanEntry::Action::Remove);
            update = box.addButton(removals > 0 ? tr("&Remove %n Stale File(s)", nullptr, removals)
                                                : tr("&Update Export"),
                                   removals > 0 ? QMessageBox::DestructiveRole
                                                : QMessageBox::AcceptRole);
            QStringList removed;
            for (const ExportPlanEntry &e : updatePlan.entries) {
                if (e.action == ExportPlanEntry::Action::Remove)
                    removed << e.targetPath;
            }
            box.setInformativeText(
                    removals > 0 ? tr("An earlier export of this graph is here. Updating it "
                                      "overwrites its files and removes the %n it wrote that "
                                      "are no longer generated (see the details); nothing "
                                      "else in the folder is touched.",
                                      nullptr, removals)
                                 : tr("An earlier export of this graph is here. Updating it "
                                      "overwrites its files; nothing else in the folder is "
                                      "touched."));
            if (!removed.isEmpty())
                box.setDetailedText(tr("Files that will be removed:") + QLatin1Char('\n')
                                    + removed.join(QLatin1Char('\n')));
        }
    }
    // The safe choice is the default: updating when it removes nothing (it then replaces only
    // files the earlier export wrote and nobody changed), else keeping both.
    box.setDefaultButton(update && box.buttonRole(update) == QMessageBox::AcceptRole ? update
                                                                                     : keep);
    box.exec();
    if (box.clickedButton() == overwrite)
        return Policy::Overwrite;
    if (box.clickedButton() == keep)
        return Policy::KeepBoth;
    if (update && box.clickedButton() == update)
        return Policy::ReplacePrevious;
    return std::nullopt;
}

bool ExportDialog::exportNow()
{
    const QString path = targetPath();
    const Result<ArtifactList> artifacts = artifactsToExport();
    if (path.isEmpty() || !artifacts) {
        m_status->setText(path.isEmpty() ? tr("Choose where to export.")
                                         : artifacts.error().toString());
        return false;
    }
    ArtifactExporter::Options o = options();
    ExportPlan p = plan();
    if (m_policy->currentData().toInt() == AskPolicy
        && (p.existingEntries > 0 || (target() == Target::Archive && p.targetExists))) {
        const std::optional<Policy> answer = askPolicy(p);
        if (!answer) {
            m_status->setText(tr("Export cancelled."));
            return false;
        }
        o.policy = *answer;
    }
    QString writtenTo = path;
    ArtifactExporter::Report report;
    if (target() == Target::Archive) {
        const auto result = ZipArchiveWriter::write(*artifacts, path, o);
        if (!result) {
            m_status->setText(tr("Export failed: %1").arg(result.error().toString()));
            return false;
        }
        writtenTo = result->archivePath;
        report = result->report;
    } else {
        const auto result = ArtifactExporter::write(*artifacts, path, o);
        if (!result) {
            m_status->setText(tr("Export failed: %1").arg(result.error().toString()));
            return false;
        }
        report = *result;
    }
    m_exportedPath = writtenTo;
    QString status = tr("Exported %n file(s) to %1.", nullptr, int(report.written.size()))
                             .arg(QDir::toNativeSeparators(writtenTo));
    if (!report.renamed.isEmpty())
        status += QLatin1Char(' ') + tr("%n renamed.", nullptr, int(report.renamed.size()));
    if (!report.rejected.isEmpty())
        status += QLatin1Char(' ')
                  + tr("%n rejected (unsafe paths).", nullptr, int(report.rejected.size()));
    if (!report.removed.isEmpty())
        status += QLatin1Char(' ')
                  + tr("%n stale file(s) removed.", nullptr, int(report.removed.size()));
    if (!report.kept.isEmpty())
        status += QLatin1Char(' ')
                  + tr("%n stale file(s) kept: %1", nullptr, int(report.kept.size()))
                            .arg(report.kept.join(QStringLiteral("; ")));
    m_status->setText(status);
    m_openFolder->show();
    m_openFolder->setFocus();
    Q_EMIT exported(writtenTo);
    return true;
}

} // namespace kg
