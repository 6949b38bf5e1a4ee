#pragma once

#include "export/ArtifactExporter.h"
#include "export/ExportPreview.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimer;
class QTreeWidget;

namespace kg {

/// Exports a job's artifacts: a folder or a zip archive, a layout (the engine's layouts for a
/// local job; the artifacts' own paths or one multi-document file for a server job), an
/// overwrite policy, and a live preview of what will be written, renamed or rejected before
/// anything touches the disk. Afterwards it offers to open the folder.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    using Policy = ArtifactExporter::OverwritePolicy;
    /// Re-renders the artifacts in a layout (see ArtifactViewer::LayoutRenderer).
    using LayoutRenderer = std::function<Result<ArtifactList>(const QString &layout)>;
    /// Asked when the folder is not empty and the policy is "ask": returns the policy to use,
    /// or nothing to cancel. Replaceable so the question can be answered without a message box.
    using PolicyPrompt = std::function<std::optional<Policy>(const ExportPlan &plan)>;

    enum class Target { Folder, Archive };

    explicit ExportDialog(const ArtifactList &artifacts, QWidget *parent = nullptr);

    /// Offers the engine's @p layouts (files, single, kustomize, helm) instead of the
    /// remote-artifact choices.
    void setLayoutRenderer(const QStringList &layouts, LayoutRenderer renderer);
    void setTargetPath(const QString &path);
    QString targetPath() const;
    void setTarget(Target target);
    Target target() const;
    /// "own" (the artifacts' paths), "multi" (one multi-document file) or an engine layout.
    void setLayoutId(const QString &layout);
    QString layoutId() const;
    /// The policy when the target exists; "ask" is RefuseNonEmpty plus a question on export.
    void setPolicy(Policy policy, bool ask = false);
    void setIncludeMetadata(bool include);
    /// The graph the artifacts came from (its name): recorded with the export, so that a later
    /// export of the same graph can remove the files it no longer generates.
    void setSource(const QString &source);
    void setPolicyPrompt(PolicyPrompt prompt) { m_prompt = std::move(prompt); }

    /// The artifacts as they will be exported in the chosen layout, or the renderer's error.
    Result<ArtifactList> artifactsToExport() const;
    /// The current preview (recomputed).
    ExportPlan plan() const;
    /// The preview tree (action, path, note per artifact).
    QTreeWidget *previewTree() const { return m_preview; }
    QString statusText() const;

    /// Exports now; false (with the reason in statusText()) on failure or cancel.
    bool exportNow();
    /// The folder or archive written by the last successful export.
    QString exportedPath() const { return m_exportedPath; }

Q_SIGNALS:
    void exported(const QString &path);

private:
    void refreshPreview();
    void browse();
    ArtifactExporter::Options options() const;
    std::optional<Policy> askPolicy(const ExportPlan &plan);

    ArtifactList m_artifacts;
    LayoutRenderer m_renderer;
    PolicyPrompt m_prompt;
    QString m_source;
    QString m_exportedPath;

    QLineEdit *m_path;
    QPushButton *m_browse;
    QRadioButton *m_folder;
    QRadioButton *m_archive;
    QComboBox *m_layout;
    QComboBox *m_policy;
    QCheckBox *m_metadata;
    QTreeWidget *m_preview;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_openFolder;
    QTimer *m_refresh;
};

} // namespace kg
