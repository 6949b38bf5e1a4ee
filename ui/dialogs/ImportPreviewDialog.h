#pragma once

#include "io/KubernetesYamlImporter.h"

#include <QDialog>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QWidget;

namespace kg::ui {

/// File → Import: reads manifests, a kustomize root, a Helm chart or a Compose project on a
/// worker thread and shows what was found before anything changes: the objects the graph
/// understands (by kind), the ones kept as YAML, the namespace frames, and every detail that
/// could not be mapped. A chart gets its release name, namespace, values files and --set lines,
/// and can be rendered again. Import takes the result; Cancel leaves everything as it was.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportPreviewDialog(const QStringList &paths, QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    /// The import that was shown; set once reading has finished without an error.
    const std::optional<io::ImportResult> &result() const { return m_result; }
    /// Offers "Add to This Graph" beside "Open as New Graph" (when a graph is open that is not
    /// empty). addToGraph() tells which the user chose.
    void offerAddToGraph();
    bool addToGraph() const { return m_addToGraph; }
    /// True while the worker thread reads.
    bool isReading() const { return m_reading; }

Q_SIGNALS:
    /// Reading has finished (with a result or an error).
    void readingFinished();

private:
    void read();
    void present(const Result<io::ImportResult> &imported);

    QStringList m_paths;
    bool m_chart = false;
    bool m_reading = false;
    bool m_addToGraph = false;
    std::optional<io::ImportResult> m_result;
    std::shared_ptr<bool> m_alive;

    QLabel *m_summary = nullptr;
    QProgressBar *m_busy = nullptr;
    QWidget *m_chartBox = nullptr;
    QLineEdit *m_release = nullptr;
    QLineEdit *m_namespace = nullptr;
    QLineEdit *m_values = nullptr;
    QPlainTextEdit *m_sets = nullptr;
    QPushButton *m_render = nullptr;
    QTreeWidget *m_objects = nullptr;
    QListWidget *m_warnings = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kg::ui
