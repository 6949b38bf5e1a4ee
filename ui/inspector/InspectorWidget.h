#pragma once

#include "model/NodeKindCatalog.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace kg {
class DocumentSelection;
class GraphDocument;
} // namespace kg

namespace kg::ui {

/// The property inspector dock content. Generated from the catalog's property schema for the
/// selected nodes: a typed editor per property (defaults as placeholders, help text below,
/// validation while typing), common properties for a multi-selection, the connection type of a
/// selected edge, the graph's name and description when nothing is selected. Every change is
/// an undo command.
class InspectorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorWidget(QWidget *parent = nullptr);
    ~InspectorWidget() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public:
    /// Shows and edits what @p selection holds in @p document (null: nothing).
    void setDocument(GraphDocument *document, DocumentSelection *selection);

    /// The editor of @p key ("name" for the node name, "connectionType" for an edge), for tests.
    QWidget *editor(const QString &key) const;
    /// The message shown under the editor of @p key: a validation error or the help text.
    QString message(const QString &key) const;
    /// True when the editor of @p key currently holds an invalid value.
    bool isInvalid(const QString &key) const;

private:
    struct Field;

    void rebuild();
    void refreshValues();
    void clearForm();
    void buildGraphForm();
    void buildEdgeForm(const QString &edgeId);
    void buildNodeForm(const QStringList &nodeIds);
    void addPropertyField(const PropertySpec &spec);
    void addHeader(const QIcon &icon, const QString &title, const QString &subtitle);
    QLabel *addMessageRow(QWidget *editor, const QString &labelText, const QString &help,
                          const QString &key);
    void showValidation(Field &field, const QString &error);
    void commit(Field &field);
    void loadValue(Field &field);
    QVariant currentValue(const Field &field, QString *error) const;
    Field *field(const QString &key) const;

    QPointer<DocumentSelection> m_selection;
    GraphDocument *m_document = nullptr;
    QScrollArea *m_scroll;
    QWidget *m_form = nullptr;
    QFormLayout *m_layout = nullptr;
    QStringList m_nodeIds;
    QString m_edgeId;
    QList<Field *> m_fields;
    bool m_loading = false;
    bool m_rebuildPending = false;
};

} // namespace kg::ui
