#include "ImportPreviewDialog.h"

#include "io/ImportedNode.h"
#include "io/ManifestRenderer.h"
#include "model/NodeKindCatalog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kg::ui {

namespace {

QString namespaceOf(const GraphData &g, const Node &n)
{
    for (const Node &p : g.nodes) {
        if (p.id == n.parent)
            return p.name;
    }
    return {};
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QStringList &paths, QWidget *parent)
    : QDialog(parent)
    , m_paths(paths)
    , m_alive(std::make_shared<bool>(true))
{
    setObjectName(QStringLiteral("ImportPreviewDialog"));
    setWindowTitle(tr("Import"));
    m_chart = paths.size() == 1 && io::ManifestRenderer::isHelmChart(paths.constFirst());

    QStringList shown;
    for (const QString &p : paths)
        shown << QDir::toNativeSeparators(p);
    auto *source = new QLabel(tr("From: %1").arg(shown.join(QStringLiteral(", "))), this);
    source->setWordWrap(true);
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);

    // Chart options: what `helm template` is given.
    m_chartBox = new QWidget(this);
    auto *chartForm = new QFormLayout(m_chartBox);
    chartForm->setContentsMargins(0, 0, 0, 0);
    m_release = new QLineEdit(m_chartBox);
    m_release->setObjectName(QStringLiteral("chartRelease"));
    m_release->setPlaceholderText(tr("the chart's name"));
    m_namespace = new QLineEdit(m_chartBox);
    m_namespace->setObjectName(QStringLiteral("chartNamespace"));
    m_namespace->setPlaceholderText(tr("none"));
    m_values = new QLineEdit(m_chartBox);
    m_values->setObjectName(QStringLiteral("chartValues"));
    m_values->setPlaceholderText(tr("values files, separated by ;"));
    auto *browse = new QPushButton(tr("&Browse…"), m_chartBox);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
                this, tr("Values Files"), QFileInfo(m_paths.constFirst()).absolutePath(),
                tr("YAML files (*.yaml *.yml);;All files (*)"));
        if (!files.isEmpty())
            m_values->setText(files.join(QLatin1Char(';')));
    });
    auto *valuesRow = new QHBoxLayout;
    valuesRow->addWidget(m_values, 1);
    valuesRow->addWidget(browse);
    m_sets = new QPlainTextEdit(m_chartBox);
    m_sets->setObjectName(QStringLiteral("chartSets"));
    m_sets->setPlaceholderText(tr("KEY=VALUE, one per line"));
    m_sets->setMaximumHeight(m_sets->fontMetrics().lineSpacing() * 4);
    m_render = new QPushButton(tr("&Render Again"), m_chartBox);
    m_render->setObjectName(QStringLiteral("chartRender"));
    connect(m_render, &QPushButton::clicked, this, &ImportPreviewDialog::read);
    chartForm->addRow(tr("Release &name:"), m_release);
    chartForm->addRow(tr("Names&pace:"), m_namespace);
    auto *valuesLabel = new QLabel(tr("&Values files:"), m_chartBox);
    valuesLabel->setBuddy(m_values); // a row holding a layout gets no buddy of its own
    chartForm->addRow(valuesLabel, valuesRow);
    chartForm->addRow(tr("&Set:"), m_sets);
    chartForm->addRow(QString(), m_render);
    m_chartBox->setVisible(m_chart);

    m_objects = new QTreeWidget(this);
    m_objects->setObjectName(QStringLiteral("importObjects"));
    m_objects->setHeaderLabels({tr("Object"), tr("Namespace"), tr("From")});
    m_objects->setRootIsDecorated(true);
    m_objects->setUniformRowHeights(true);
    m_objects->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_objects->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_objects->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *warningsBox = new QWidget(this);
    auto *warningsLayout = new QVBoxLayout(warningsBox);
    warningsLayout->setContentsMargins(0, 0, 0, 0);
    m_warningsLabel = new QLabel(warningsBox);
    m_warnings = new QListWidget(warningsBox);
    m_warnings->setObjectName(QStringLiteral("importWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setAlternatingRowColors(true);
    warningsLayout->addWidget(m_warningsLabel);
    warningsLayout->addWidget(m_warnings);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_objects);
    split->addWidget(warningsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *take = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    take->setObjectName(QStringLiteral("importButton"));
    take->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(source);
    layout->addWidget(m_chartBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);
    resize(760, 560);
    read();
}

ImportPreviewDialog::~ImportPreviewDialog()
{
    *m_alive = false; // a reading still running delivers to nobody
}

void ImportPreviewDialog::offerAddToGraph()
{
    if (findChild<QPushButton *>(QStringLiteral("addToGraphButton")))
        return;
    QPushButton *add = m_buttons->addButton(tr("&Add to This Graph"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("addToGraphButton"));
    add->setEnabled(m_result && m_result->objectCount > 0);
    connect(add, &QPushButton::clicked, this, [this] { m_addToGraph = true; });
    if (auto *open = findChild<QPushButton *>(QStringLiteral("importButton")))
        open->setText(tr("&Open as New Graph"));
}

void ImportPreviewDialog::read()
{
    if (m_reading)
        return;
    m_reading = true;
    m_result.reset();
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(false);
    }
    m_render->setEnabled(false);
    m_busy->setVisible(true);
    m_summary->setText(tr("Reading…"));
    m_objects->clear();
    m_warnings->clear();
    m_warningsLabel->clear();

    const QStringList paths = m_paths;
    std::optional<io::HelmSource> chart;
    if (m_chart) {
        io::HelmSource c;
        c.chart = io::ManifestRenderer::chartPath(paths.constFirst());
        c.release = m_release->text().trimmed();
        c.ns = m_namespace->text().trimmed();
        for (const QString &f : m_values->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
            c.values << f.trimmed();
        for (const QString &line :
             m_sets->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.trimmed().isEmpty())
                c.sets << line.trimmed();
        }
        chart = c;
    }
    const QString name = paths.size() == 1 ? QFileInfo(paths.constFirst()).completeBaseName()
                                           : QString();
    auto out = std::make_shared<Result<io::ImportResult>>(Error(QString()));
    QThread *worker = QThread::create([paths, chart, name, out] {
        if (chart) {
            io::KubernetesYamlImporter importer;
            if (Status s = importer.addHelmChart(*chart); !s)
                *out = s.error();
            else
                *out = importer.finish(name);
        } else {
            *out = io::KubernetesYamlImporter::importPaths(paths, name);
        }
    });
    const std::shared_ptr<bool> alive = m_alive;
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, alive, out] {
        if (!*alive)
            return;
        m_reading = false;
        present(*out);
        Q_EMIT readingFinished();
    });
    worker->start();
}

void ImportPreviewDialog::present(const Result<io::ImportResult> &imported)
{
    m_busy->setVisible(false);
    m_render->setEnabled(true);
    if (!imported) {
        m_summary->setText(tr("<b>Nothing can be imported.</b> %1")
                                   .arg(imported.error().toString().toHtmlEscaped()));
        return;
    }
    m_result = *imported;
    const GraphData &g = m_result->graph;
    const NodeKindCatalog &catalog = NodeKindCatalog::instance();
    auto *understood = new QTreeWidgetItem(m_objects);
    auto *asYaml = new QTreeWidgetItem(m_objects);
    auto *frames = new QTreeWidgetItem(m_objects);
    int understoodCount = 0, yamlCount = 0, frameCount = 0;
    for (const Node &n : g.nodes) {
        const NodeKindInfo *kind = catalog.kind(n.kind);
        const bool frame = n.kind == QLatin1String("NAMESPACE")
                           && io::ImportedNode::manifest(n).isEmpty();
        QTreeWidgetItem *group = frame ? frames : kind ? understood : asYaml;
        auto *item = new QTreeWidgetItem(group);
        item->setText(0, QStringLiteral("%1 %2").arg(kind ? kind->displayName : n.kind, n.name));
        item->setText(1, namespaceOf(g, n));
        // The file's name and line; the whole path in the tooltip.
        const QString from = n.properties.value(io::ImportedNode::SourceKey).toString();
        item->setText(2, QFileInfo(from).fileName());
        item->setToolTip(2, QDir::toNativeSeparators(from));
        (frame ? frameCount : kind ? understoodCount : yamlCount) += 1;
    }
    understood->setText(0, tr("Understood by the graph (%1)").arg(understoodCount));
    asYaml->setText(0, tr("Kept as YAML, generated unchanged (%1)").arg(yamlCount));
    frames->setText(0, tr("Namespace frames, no Namespace object (%1)").arg(frameCount));
    for (QTreeWidgetItem *group : {understood, asYaml, frames}) {
        if (group->childCount() == 0)
            delete group;
    }
    if (m_objects->topLevelItemCount() > 0)
        m_objects->topLevelItem(0)->setExpanded(true);

    m_summary->setText(tr("%n object(s) from %1 file(s): %2 node(s) and %3 edge(s). Every object "
                          "keeps all its fields; the graph shows what it understands.",
                          nullptr, m_result->objectCount)
                               .arg(m_result->files.size())
                               .arg(g.nodes.size())
                               .arg(g.edges.size()));
    m_warningsLabel->setText(m_result->warnings.isEmpty()
                                     ? tr("Nothing was left unmapped.")
                                     : tr("Could not be mapped or needs a look (%1):")
                                               .arg(m_result->warnings.size()));
    constexpr int MaxShown = 2000;
    for (int i = 0; i < m_result->warnings.size() && i < MaxShown; ++i)
        m_warnings->addItem(m_result->warnings.at(i).toString());
    if (m_result->warnings.size() > MaxShown)
        m_warnings->addItem(tr("… and %n more", nullptr, int(m_result->warnings.size()) - MaxShown));
    m_warnings->setVisible(!m_result->warnings.isEmpty());
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole) {
            b->setEnabled(m_result->objectCount > 0);
            b->setFocus();
        }
    }
}

} // namespace kg::ui
