#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace kg::ui {

class GraphScene;

/// Asks where and how to export the canvas as an image (PNG with a scale, or SVG; the whole
/// graph or the selection) and writes it.
class ExportImageDialog : public QDialog
{
    Q_OBJECT

public:
    ExportImageDialog(GraphScene *scene, const QString &suggestedPath, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    bool selectionOnly() const;
    qreal scale() const;
    /// Writes the image; shows an error and returns false on failure.
    bool exportImage();

    void accept() override;

private:
    void browse();
    void updateFormat();

    GraphScene *m_scene;
    QLineEdit *m_path;
    QComboBox *m_content;
    QDoubleSpinBox *m_scale;
};

} // namespace kg::ui
