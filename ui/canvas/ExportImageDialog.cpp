#include "canvas/ExportImageDialog.h"

#include "canvas/GraphScene.h"
#include "canvas/ImageExport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace kg::ui {

ExportImageDialog::ExportImageDialog(GraphScene *scene, const QString &suggestedPath,
                                     QWidget *parent)
    : QDialog(parent)
    , m_scene(scene)
    , m_path(new QLineEdit(this))
    , m_content(new QComboBox(this))
    , m_scale(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Export Image"));
    auto *form = new QFormLayout(this);
    auto *row = new QHBoxLayout;
    m_path->setText(suggestedPath);
    m_path->setMinimumWidth(320);
    row->addWidget(m_path);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    row->addWidget(browseButton);
    form->addRow(tr("File:"), row);
    m_content->addItem(tr("Whole graph"), false);
    m_content->addItem(tr("Selection"), true);
    m_content->setCurrentIndex(scene->selectedItems().isEmpty() ? 0 : 1);
    m_content->setItemData(1, scene->selectedItems().isEmpty() ? 0 : QVariant(), Qt::UserRole - 1);
    form->addRow(tr("Content:"), m_content);
    m_scale->setRange(0.25, 8.0);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(2.0);
    m_scale->setSuffix(QStringLiteral(" ×"));
    form->addRow(tr("PNG scale:"), m_scale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ExportImageDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportImageDialog::updateFormat);
    updateFormat();
}

QString ExportImageDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportImageDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

bool ExportImageDialog::selectionOnly() const
{
    return m_content->currentData().toBool();
}

qreal ExportImageDialog::scale() const
{
    return m_scale->value();
}

void ExportImageDialog::browse()
{
    QString selected;
    const QString p = QFileDialog::getSaveFileName(this, tr("Export Image"), path(),
                                                   tr("PNG image (*.png);;SVG image (*.svg)"),
                                                   &selected);
    if (!p.isEmpty())
        m_path->setText(p);
}

void ExportImageDialog::updateFormat()
{
    m_scale->setEnabled(!path().endsWith(QLatin1String(".svg"), Qt::CaseInsensitive));
}

bool ExportImageDialog::exportImage()
{
    QString file = path();
    if (file.isEmpty())
        return false;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".png");
    const bool svg = file.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    const Status status = svg ? ImageExport::writeSvg(m_scene, file, selectionOnly())
                              : ImageExport::writePng(m_scene, file, selectionOnly(), scale());
    if (!status) {
        QMessageBox::warning(this, tr("Export Failed"),
                             tr("The image was not written.\n\n%1").arg(status.error().toString()));
        return false;
    }
    return true;
}

void ExportImageDialog::accept()
{
    if (exportImage())
        QDialog::accept();
}

} // namespace kg::ui
