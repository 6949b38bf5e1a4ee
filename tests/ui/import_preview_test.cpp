// The import preview: what was found is shown before anything changes, charts can be rendered
// again with other values, and an import that fails leaves nothing to take.
#include "dialogs/ImportPreviewDialog.h"

#include "TestSupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace kg;
using kg::test::s;

namespace {

QString data(const char *relative)
{
    return test::sourcePath(s("tests/data/import/") + QLatin1String(relative));
}

// Waits for the worker thread; the event loop must run for its result to arrive.
bool waitForReading(ui::ImportPreviewDialog &dialog)
{
    if (!dialog.isReading())
        return true;
    QSignalSpy finished(&dialog, &ui::ImportPreviewDialog::readingFinished);
    return finished.wait(120000);
}

QPushButton *importButton(ui::ImportPreviewDialog &dialog)
{
    return dialog.findChild<QPushButton *>(s("importButton"));
}

QStringList groups(ui::ImportPreviewDialog &dialog)
{
    QStringList out;
    auto *tree = dialog.findChild<QTreeWidget *>(s("importObjects"));
    for (int i = 0; tree && i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(0);
    return out;
}

} // namespace

TEST(ImportPreviewTest, ShowsWhatWasUnderstoodKeptAsYamlAndNotMapped)
{
    ui::ImportPreviewDialog dialog({data("realistic")});
    ASSERT_TRUE(waitForReading(dialog));
    ASSERT_TRUE(dialog.result());
    EXPECT_TRUE(importButton(dialog)->isEnabled());
    const QStringList g = groups(dialog);
    ASSERT_EQ(g.size(), 3) << g.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(g[0].startsWith(s("Understood by the graph"))) << g[0].toStdString();
    EXPECT_TRUE(g[1].contains(s("Kept as YAML (")) || g[1].startsWith(s("Kept as YAML")))
            << g[1].toStdString();
    EXPECT_TRUE(g[2].startsWith(s("Namespace frames"))) << g[2].toStdString();
    auto *warnings = dialog.findChild<QListWidget *>(s("importWarnings"));
    ASSERT_TRUE(warnings);
    EXPECT_EQ(warnings->count(), dialog.result()->warnings.size());
    EXPECT_GT(warnings->count(), 0); // the Secrets' values, the unknown kinds, …
    EXPECT_TRUE(dialog.findChild<QLabel *>(s("importSummary"))->text().contains(s("object")));
}

TEST(ImportPreviewTest, AChartCanBeRenderedAgainWithOtherValues)
{
    ui::ImportPreviewDialog dialog({data("helm/webapp")});
    ASSERT_TRUE(waitForReading(dialog));
    ASSERT_TRUE(dialog.result());
    EXPECT_EQ(dialog.result()->objectCount, 4); // the chart's own values: no Ingress
    dialog.findChild<QLineEdit *>(s("chartValues"))->setText(data("helm/production-values.yaml"));
    dialog.findChild<QLineEdit *>(s("chartRelease"))->setText(s("shop"));
    dialog.findChild<QPlainTextEdit *>(s("chartSets"))->setPlainText(s("worker.enabled=false\n"));
    dialog.findChild<QPushButton *>(s("chartRender"))->click();
    ASSERT_TRUE(waitForReading(dialog));
    ASSERT_TRUE(dialog.result());
    EXPECT_EQ(dialog.result()->objectCount, 4); // the Ingress is on, the worker off
    bool ingress = false, worker = false;
    for (const Node &n : dialog.result()->graph.nodes) {
        ingress = ingress || n.kind == QLatin1String("INGRESS");
        worker = worker || n.name.endsWith(QLatin1String("worker"));
    }
    EXPECT_TRUE(ingress);
    EXPECT_FALSE(worker);
    EXPECT_EQ(dialog.result()->graph.nodes.first().name.left(4), s("shop"));
}

TEST(ImportPreviewTest, AFailedImportOffersNothingToTake)
{
    ui::ImportPreviewDialog dialog({data("helm/broken")});
    ASSERT_TRUE(waitForReading(dialog));
    EXPECT_FALSE(dialog.result());
    EXPECT_FALSE(importButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog.findChild<QLabel *>(s("importSummary"))
                        ->text()
                        .contains(s("replicas is required")));
}

// With a graph open, the preview also offers to add the import to it; the choice is kept.
TEST(ImportPreviewTest, AnImportCanBeAddedToTheOpenGraph)
{
    ui::ImportPreviewDialog dialog({data("compose/shop")});
    dialog.offerAddToGraph();
    ASSERT_TRUE(waitForReading(dialog));
    auto *add = dialog.findChild<QPushButton *>(s("addToGraphButton"));
    ASSERT_NE(add, nullptr);
    EXPECT_TRUE(add->isEnabled());
    EXPECT_TRUE(importButton(dialog)->text().contains(s("New Graph")));
    EXPECT_FALSE(dialog.addToGraph());
    add->click();
    EXPECT_TRUE(dialog.addToGraph());
    EXPECT_EQ(dialog.QDialog::result(), int(QDialog::Accepted));
}
