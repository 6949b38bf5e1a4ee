#include "inspector/InspectorWidget.h"

#include "canvas/EdgeItem.h"
#include "canvas/KindIcons.h"
#include "commands/ChangeNodes.h"
#include "io/ImportedNode.h"
#include "io/ObjectProperties.h"
#include "io/YamlSupport.h"
#include "model/DocumentSelection.h"
#include "model/GraphDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kg::ui {

namespace {

const QString NameKey = QStringLiteral("name");
const QString TypeKey = QStringLiteral("connectionType");
const QString GraphNameKey = QStringLiteral("graphName");
const QString GraphDescriptionKey = QStringLiteral("graphDescription");

QString valueToText(const PropertySpec &spec, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    const QVariant v = NodeKindCatalog::coerce(spec, value);
    if (!v.isValid())
        return value.toString(); // shown as it is, flagged invalid
    switch (spec.type) {
    case PropertyType::StringList:
        return v.toStringList().join(QStringLiteral(", "));
    case PropertyType::IntList: {
        QStringList parts;
        const QVariantList items = v.toList();
        for (const QVariant &i : items)
            parts << QString::number(i.toLongLong());
        return parts.join(QStringLiteral(", "));
    }
    case PropertyType::StringMap: {
        QStringList lines;
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            lines << it.key() + QLatin1Char('=') + it.value().toString();
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return v.toString();
    }
}

} // namespace

struct InspectorWidget::Field
{
    enum class Target { Property, NodeName, EdgeType, GraphName, GraphDescription };
    Target target = Target::Property;
    QString key;
    PropertySpec spec;
    QWidget *editor = nullptr;
    QLabel *message = nullptr;
    QString help;
    bool invalid = false;
};

InspectorWidget::InspectorWidget(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("inspector"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll);
    rebuild();
}

InspectorWidget::~InspectorWidget()
{
    qDeleteAll(m_fields);
}

void InspectorWidget::setDocument(GraphDocument *document, DocumentSelection *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_selection = selection;
    if (document && selection) {
        connect(selection, &DocumentSelection::changed, this, &InspectorWidget::rebuild);
        connect(document, &GraphDocument::nodeChanged, this, [this](const QString &id) {
            if (m_nodeIds.contains(id))
                refreshValues();
        });
        connect(document, &GraphDocument::edgeChanged, this, [this](const QString &id) {
            if (id == m_edgeId)
                refreshValues();
        });
        connect(document, &GraphDocument::metadataChanged, this, &InspectorWidget::refreshValues);
        connect(document, &GraphDocument::documentReset, this, &InspectorWidget::rebuild);
    }
    rebuild();
}

QWidget *InspectorWidget::editor(const QString &key) const
{
    Field *f = field(key);
    return f ? f->editor : nullptr;
}

QString InspectorWidget::message(const QString &key) const
{
    Field *f = field(key);
    return f && f->message ? f->message->text() : QString();
}

bool InspectorWidget::isInvalid(const QString &key) const
{
    Field *f = field(key);
    return f && f->invalid;
}

InspectorWidget::Field *InspectorWidget::field(const QString &key) const
{
    for (Field *f : m_fields) {
        if (f->key == key)
            return f;
    }
    return nullptr;
}

void InspectorWidget::clearForm()
{
    // Destroying a focused editor emits editingFinished; m_loading keeps commit() out of it,
    // and the fields it refers to are deleted only afterwards.
    m_loading = true;
    delete m_scroll->takeWidget();
    qDeleteAll(m_fields);
    m_fields.clear();
    m_loading = false;
    m_form = new QWidget;
    m_layout = new QFormLayout(m_form);
    // Labels above their editors: the dock is narrow and labels are long.
    m_layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setContentsMargins(10, 8, 10, 10);
    m_scroll->setWidget(m_form);
}

void InspectorWidget::rebuild()
{
    QStringList nodes;
    QStringList edges;
    if (m_selection) {
        nodes = m_selection->nodes();
        edges = m_selection->edges();
    }
    clearForm();
    m_nodeIds.clear();
    m_edgeId.clear();
    if (!m_document) {
        m_layout->addRow(new QLabel(tr("No document."), m_form));
        return;
    }
    if (!nodes.isEmpty())
        buildNodeForm(nodes);
    else if (edges.size() == 1)
        buildEdgeForm(edges.first());
    else if (!edges.isEmpty())
        addHeader(QIcon(), tr("%n connection(s) selected", nullptr, int(edges.size())),
                  tr("Select a single connection to change its type."));
    else
        buildGraphForm();
    refreshValues();
}

void InspectorWidget::addHeader(const QIcon &icon, const QString &title, const QString &subtitle)
{
    auto *header = new QWidget(m_form);
    auto *h = new QHBoxLayout(header);
    h->setContentsMargins(0, 0, 0, 6);
    if (!icon.isNull()) {
        auto *i = new QLabel(header);
        i->setPixmap(icon.pixmap(QSize(40, 40)));
        h->addWidget(i, 0, Qt::AlignTop);
    }
    auto *texts = new QVBoxLayout;
    auto *t = new QLabel(title, header);
    QFont f = t->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    t->setFont(f);
    t->setObjectName(QStringLiteral("inspectorTitle"));
    texts->addWidget(t);
    if (!subtitle.isEmpty()) {
        auto *s = new QLabel(subtitle, header);
        s->setWordWrap(true);
        s->setForegroundRole(QPalette::PlaceholderText);
        texts->addWidget(s);
    }
    h->addLayout(texts, 1);
    m_layout->addRow(header);
}

QLabel *InspectorWidget::addMessageRow(QWidget *editor, const QString &labelText,
                                       const QString &help, const QString &key)
{
    auto *box = new QWidget(m_form);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    editor->setParent(box);
    editor->setObjectName(QStringLiteral("prop_") + key);
    editor->setToolTip(help);
    v->addWidget(editor);
    auto *message = new QLabel(help, box);
    message->setWordWrap(true);
    message->setForegroundRole(QPalette::PlaceholderText);
    QFont small = message->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    message->setFont(small);
    message->setVisible(!help.isEmpty());
    v->addWidget(message);
    m_layout->addRow(labelText, box);
    return message;
}

void InspectorWidget::buildGraphForm()
{
    addHeader(QIcon(), tr("Graph"), tr("Select a node or connection to edit it."));
    auto add = [this](Field::Target target, const QString &key, QWidget *editor,
                      const QString &label) {
        auto *f = new Field;
        f->target = target;
        f->key = key;
        f->editor = editor;
        f->message = addMessageRow(editor, label, QString(), key);
        m_fields.append(f);
        return f;
    };
    auto *name = new QLineEdit;
    name->setPlaceholderText(tr("Untitled"));
    Field *fn = add(Field::Target::GraphName, GraphNameKey, name, tr("Name"));
    connect(name, &QLineEdit::editingFinished, this, [this, fn] { commit(*fn); });
    auto *description = new QPlainTextEdit;
    description->setMaximumHeight(90);
    description->installEventFilter(this);
    add(Field::Target::GraphDescription, GraphDescriptionKey, description, tr("Description"));
    auto *stats = new QLabel(tr("%n node(s)", nullptr, m_document->nodeCount())
                                     + QStringLiteral(", ")
                                     + tr("%n connection(s)", nullptr, m_document->edgeCount()),
                             m_form);
    stats->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addRow(stats);
}

void InspectorWidget::buildEdgeForm(const QString &edgeId)
{
    const Edge *edge = m_document->edge(edgeId);
    if (!edge)
        return;
    m_edgeId = edgeId;
    const Node *s = m_document->node(edge->source);
    const Node *t = m_document->node(edge->target);
    const NodeKindCatalog &catalog = NodeKindCatalog::instance();
    const ConnectionRule *rule = s && t ? catalog.connectionRule(s->kind, t->kind) : nullptr;
    addHeader(QIcon(), tr("Connection"),
              tr("%1 → %2").arg(s ? s->name : edge->source, t ? t->name : edge->target));
    auto *combo = new QComboBox;
    const QString proposed = s && t ? catalog.proposeConnectionType(s->kind, t->kind) : QString();
    QStringList types = catalog.connectionTypes();
    if (!proposed.isEmpty()) {
        types.removeOne(proposed);
        types.prepend(proposed);
    }
    if (!edge->connectionType.isEmpty() && !types.contains(edge->connectionType))
        types.prepend(edge->connectionType);
    for (const QString &type : std::as_const(types)) {
        const QString label = type == proposed ? tr("%1 (proposed)").arg(EdgeItem::labelFor(type))
                                               : EdgeItem::labelFor(type);
        combo->addItem(label, type);
    }
    auto *f = new Field;
    f->target = Field::Target::EdgeType;
    f->key = TypeKey;
    f->editor = combo;
    f->help = rule ? tr("The generator reads this as %1.").arg(rule->description)
                   : tr("The generator does not understand connections between these kinds.");
    f->message = addMessageRow(combo, tr("Connection type"), f->help, TypeKey);
    m_fields.append(f);
    connect(combo, qOverload<int>(&QComboBox::activated), this, [this, f] { commit(*f); });
}

void InspectorWidget::buildNodeForm(const QStringList &nodeIds)
{
    m_nodeIds = nodeIds;
    const NodeKindCatalog &catalog = NodeKindCatalog::instance();
    const Node *first = m_document->node(nodeIds.first());
    const NodeKindInfo *kind = catalog.kind(first->kind);
    bool sameKind = true;
    for (const QString &id : nodeIds)
        sameKind = sameKind && m_document->node(id)->kind == first->kind;

    if (nodeIds.size() == 1) {
        addHeader(KindIcons::icon(first->kind), kind ? kind->displayName : first->kind,
                  kind ? kind->description
                  : io::ImportedNode::manifest(*first).isEmpty()
                          ? tr("Unknown kind; kept but not generated.")
                          : tr("A kind without a form: its YAML below is generated as "
                               "written."));
        auto *f = new Field;
        f->target = Field::Target::NodeName;
        f->key = NameKey;
        auto *edit = new QLineEdit;
        f->editor = edit;
        f->help = tr("Used for the generated objects (made DNS-safe when generating).");
        f->message = addMessageRow(edit, tr("Name"), f->help, NameKey);
        m_fields.append(f);
        connect(edit, &QLineEdit::textEdited, this, [this, f] {
            QString error;
            currentValue(*f, &error);
            showValidation(*f, error);
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, f] { commit(*f); });
    } else {
        addHeader(sameKind ? KindIcons::icon(first->kind) : QIcon(),
                  tr("%n node(s) selected", nullptr, int(nodeIds.size())),
                  sameKind ? (kind ? kind->displayName : first->kind)
                           : tr("Only the properties all of them have are shown."));
    }
    // An imported node's whole object, editable as YAML: every field the form does not show.
    const auto addObjectYaml = [&] {
        if (nodeIds.size() != 1 || io::ImportedNode::manifest(*first).isEmpty())
            return;
        PropertySpec spec;
        spec.key = io::ImportedNode::ManifestKey;
        spec.type = PropertyType::Text;
        spec.label = tr("Object YAML");
        spec.help = tr("The object as imported: it is generated as written here, with the "
                       "changes made above. Applied when the field loses focus.");
        addPropertyField(spec);
        if (Field *f = field(spec.key)) {
            auto *text = static_cast<QPlainTextEdit *>(f->editor);
            text->setObjectName(QStringLiteral("objectYaml"));
            text->setMaximumHeight(QWIDGETSIZE_MAX);
            text->setMinimumHeight(text->fontMetrics().lineSpacing() * 14);
            text->setLineWrapMode(QPlainTextEdit::NoWrap);
            text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        }
    };
    if (!kind) {
        addObjectYaml();
        return;
    }
    // The fix an imported workload's "may run as root" finding offers: one click, undoable.
    if (nodeIds.size() == 1 && io::ImportedNode::isImported(*first)
        && kind->hasRole(KindRole::Workload)) {
        PropertySpec spec;
        spec.key = io::ImportedNode::HardeningKey;
        spec.type = PropertyType::Bool;
        spec.defaultValue = false;
        spec.label = tr("Harden containers");
        spec.help = tr("Adds runAsNonRoot, no privilege escalation, dropped capabilities and the "
                       "runtime's seccomp profile where the object does not set them. Nothing "
                       "else of the object changes.");
        addPropertyField(spec);
    }
    // Properties every selected kind has, with the same type.
    for (const PropertySpec &spec : kind->properties) {
        bool common = true;
        for (const QString &id : nodeIds) {
            const NodeKindInfo *k = catalog.kind(m_document->node(id)->kind);
            const PropertySpec *other = k ? k->property(spec.key) : nullptr;
            common = common && other && other->type == spec.type;
        }
        if (common)
            addPropertyField(spec);
    }
    addObjectYaml();
}

void InspectorWidget::addPropertyField(const PropertySpec &spec)
{
    auto *f = new Field;
    f->key = spec.key;
    f->spec = spec;
    f->help = spec.help;
    QWidget *editor = nullptr;
    switch (spec.type) {
    case PropertyType::Bool: {
        auto *check = new QCheckBox(spec.label);
        editor = check;
        connect(check, &QCheckBox::clicked, this, [this, f] { commit(*f); });
        break;
    }
    case PropertyType::Enum: {
        auto *combo = new QComboBox;
        // Scrolling the inspector over a combo box must not change its value.
        combo->setFocusPolicy(Qt::StrongFocus);
        combo->installEventFilter(this);
        for (const QString &v : spec.allowedValues)
            combo->addItem(v == spec.defaultValue.toString() ? tr("%1 (default)").arg(v) : v, v);
        editor = combo;
        connect(combo, qOverload<int>(&QComboBox::activated), this, [this, f] { commit(*f); });
        break;
    }
    case PropertyType::Text:
    case PropertyType::StringMap: {
        auto *text = new QPlainTextEdit;
        text->setTabChangesFocus(true);
        text->setMaximumHeight(80);
        if (spec.type == PropertyType::StringMap)
            text->setPlaceholderText(tr("one name=value per line"));
        text->installEventFilter(this);
        connect(text, &QPlainTextEdit::textChanged, this, [this, f] {
            if (m_loading)
                return;
            QString error;
            currentValue(*f, &error);
            showValidation(*f, error);
        });
        editor = text;
        break;
    }
    default: {
        auto *edit = new QLineEdit;
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textEdited, this, [this, f] {
            QString error;
            currentValue(*f, &error);
            showValidation(*f, error);
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, f] { commit(*f); });
        editor = edit;
        break;
    }
    }
    f->editor = editor;
    f->message = addMessageRow(editor, spec.type == PropertyType::Bool ? QString() : spec.label,
                               spec.help, spec.key);
    m_fields.append(f);
}

bool InspectorWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *combo = qobject_cast<QComboBox *>(watched);
        if (combo && !combo->hasFocus()) {
            // The wheel scrolls the form, as over any other field, instead of changing the
            // value under the pointer.
            QCoreApplication::sendEvent(m_scroll->viewport(), event);
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut) {
        for (Field *f : std::as_const(m_fields)) {
            if (f->editor == watched) {
                commit(*f);
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QVariant InspectorWidget::currentValue(const Field &field, QString *error) const
{
    error->clear();
    if (field.target == Field::Target::NodeName) {
        const QString name = static_cast<QLineEdit *>(field.editor)->text().trimmed();
        if (name.isEmpty())
            *error = tr("A node needs a name.");
        return name;
    }
    if (field.target == Field::Target::EdgeType)
        return static_cast<QComboBox *>(field.editor)->currentData();
    if (field.target == Field::Target::GraphName)
        return static_cast<QLineEdit *>(field.editor)->text().trimmed();
    if (field.target == Field::Target::GraphDescription)
        return static_cast<QPlainTextEdit *>(field.editor)->toPlainText();

    const PropertySpec &spec = field.spec;
    switch (spec.type) {
    case PropertyType::Bool: {
        auto *check = static_cast<QCheckBox *>(field.editor);
        if (check->checkState() == Qt::PartiallyChecked)
            return {};
        return check->isChecked();
    }
    case PropertyType::Enum:
        return static_cast<QComboBox *>(field.editor)->currentData();
    case PropertyType::StringMap: {
        const QString text = static_cast<QPlainTextEdit *>(field.editor)->toPlainText();
        if (text.trimmed().isEmpty())
            return {};
        QVariantMap map;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.isEmpty())
                continue;
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                *error = tr("Line %1: expected name=value.").arg(i + 1);
                return {};
            }
            map.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
        }
        return map;
    }
    case PropertyType::Text: {
        const QString text = static_cast<QPlainTextEdit *>(field.editor)->toPlainText();
        if (field.key == io::ImportedNode::ManifestKey) {
            // The object YAML must stay objects: an edit that does not parse is not applied.
            int objects = 0;
            const Status parsed = io::forEachYamlDocument(
                    text.toUtf8(), tr("the object YAML"), {},
                    [&](YamlValue &&doc, int line, int, QByteArrayView) -> Status {
                        if (doc.isNull())
                            return {};
                        if (!doc.isMap() || !doc.find(QStringLiteral("kind")))
                            return Error(tr("line %1: not a Kubernetes object").arg(line));
                        ++objects;
                        return {};
                    });
            if (!parsed)
                *error = parsed.error().toString();
            else if (objects == 0)
                *error = tr("An imported node needs its object; delete the node instead.");
            if (!error->isEmpty())
                return {};
            return text;
        }
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    default: {
        const QString text = static_cast<QLineEdit *>(field.editor)->text().trimmed();
        if (text.isEmpty())
            return {}; // back to the default
        const QString message = NodeKindCatalog::validateValue(spec, text);
        if (!message.isEmpty()) {
            *error = message;
            return {};
        }
        return NodeKindCatalog::coerce(spec, text);
    }
    }
}

void InspectorWidget::showValidation(Field &field, const QString &error)
{
    field.invalid = !error.isEmpty();
    if (field.invalid) {
        field.message->setText(error);
        QPalette p = field.message->palette();
        p.setColor(QPalette::WindowText, palette().color(QPalette::Base).lightnessF() < 0.5
                                                 ? QColor(0xff, 0x6b, 0x6b)
                                                 : QColor(0xc6, 0x28, 0x28));
        field.message->setPalette(p);
        field.message->setForegroundRole(QPalette::WindowText);
        field.message->show();
        QPalette ep = field.editor->palette();
        const QColor base = palette().color(QPalette::Base);
        const QColor tint = base.lightnessF() < 0.5 ? QColor(0x5a, 0x22, 0x22)
                                                    : QColor(0xfd, 0xe8, 0xe8);
        ep.setColor(QPalette::Base, tint);
        field.editor->setPalette(ep);
    } else {
        field.message->setText(field.help);
        field.message->setPalette(QPalette());
        field.message->setForegroundRole(QPalette::PlaceholderText);
        field.message->setVisible(!field.help.isEmpty());
        field.editor->setPalette(QPalette());
    }
}

void InspectorWidget::commit(Field &field)
{
    if (m_loading || !m_document)
        return;
    QString error;
    const QVariant value = currentValue(field, &error);
    showValidation(field, error);
    if (!error.isEmpty())
        return;
    QUndoStack *stack = m_document->undoStack();
    switch (field.target) {
    case Field::Target::NodeName: {
        const Node *n = m_document->node(m_nodeIds.value(0));
        if (n && n->name != value.toString())
            stack->push(new RenameNodeCommand(m_document, n->id, value.toString()));
        return;
    }
    case Field::Target::EdgeType: {
        const Edge *e = m_document->edge(m_edgeId);
        if (e && e->connectionType != value.toString())
            stack->push(new ChangeEdgeCommand(m_document, m_edgeId, value.toString()));
        return;
    }
    case Field::Target::GraphName:
        if (value.toString() != m_document->name())
            stack->push(new ChangeGraphInfoCommand(m_document, value.toString(),
                                                   m_document->description()));
        return;
    case Field::Target::GraphDescription:
        if (value.toString() != m_document->description())
            stack->push(
                    new ChangeGraphInfoCommand(m_document, m_document->name(), value.toString()));
        return;
    case Field::Target::Property:
        break;
    }
    if (field.key == io::ImportedNode::ManifestKey && m_nodeIds.size() == 1) {
        // The object YAML and the properties it shows change together, in one undo step: what
        // the user left as imported follows the YAML, what they changed in the form stays.
        const Node *n = m_document->node(m_nodeIds.first());
        const QString old = n ? io::ImportedNode::manifest(*n) : QString();
        if (!n || old == value.toString())
            return;
        const NodeKindInfo *kind = NodeKindCatalog::instance().kind(n->kind);
        const QVariantMap next = io::ObjectProperties::rebase(old, value.toString(), kind,
                                                              n->properties);
        const QString id = n->id;
        QList<std::pair<QString, QVariant>> changes;
        if (kind) {
            for (const PropertySpec &spec : kind->properties) {
                const QVariant now = n->properties.value(spec.key);
                const QVariant then = next.value(spec.key);
                if (now != then)
                    changes.append({spec.key, then});
            }
        }
        stack->beginMacro(tr("Edit Object YAML"));
        stack->push(new ChangeNodePropertyCommand(m_document, {id}, field.key, value));
        for (const auto &[key, then] : changes)
            stack->push(new ChangeNodePropertyCommand(m_document, {id}, key, then));
        stack->endMacro();
        return;
    }
    bool changed = false;
    for (const QString &id : std::as_const(m_nodeIds)) {
        const Node *n = m_document->node(id);
        if (!n)
            continue;
        const bool has = n->properties.contains(field.key);
        if (value.isValid() ? (!has || n->properties.value(field.key) != value) : has)
            changed = true;
    }
    if (changed)
        stack->push(new ChangeNodePropertyCommand(m_document, m_nodeIds, field.key, value));
}

void InspectorWidget::loadValue(Field &field)
{
    switch (field.target) {
    case Field::Target::NodeName:
        if (const Node *n = m_document->node(m_nodeIds.value(0)))
            static_cast<QLineEdit *>(field.editor)->setText(n->name);
        return;
    case Field::Target::EdgeType:
        if (const Edge *e = m_document->edge(m_edgeId)) {
            auto *combo = static_cast<QComboBox *>(field.editor);
            combo->setCurrentIndex(combo->findData(e->connectionType));
        }
        return;
    case Field::Target::GraphName:
        static_cast<QLineEdit *>(field.editor)->setText(m_document->name());
        return;
    case Field::Target::GraphDescription:
        static_cast<QPlainTextEdit *>(field.editor)->setPlainText(m_document->description());
        return;
    case Field::Target::Property:
        break;
    }

    const PropertySpec &spec = field.spec;
    // The value shared by every selected node; "mixed" when they differ.
    bool mixed = false;
    QVariant raw;
    bool first = true;
    for (const QString &id : std::as_const(m_nodeIds)) {
        const Node *n = m_document->node(id);
        if (!n)
            continue;
        const QVariant v = n->properties.value(spec.key);
        if (first) {
            raw = v;
            first = false;
        } else if (v != raw) {
            mixed = true;
        }
    }
    const QString defaultText = valueToText(spec, spec.defaultValue);
    switch (spec.type) {
    case PropertyType::Bool: {
        auto *check = static_cast<QCheckBox *>(field.editor);
        check->setTristate(mixed);
        if (mixed)
            check->setCheckState(Qt::PartiallyChecked);
        else
            check->setChecked(
                    NodeKindCatalog::coerce(spec, raw.isValid() ? raw : spec.defaultValue).toBool());
        break;
    }
    case PropertyType::Enum: {
        auto *combo = static_cast<QComboBox *>(field.editor);
        const QString value = mixed ? QString()
                                    : (raw.isValid() ? raw.toString()
                                                     : spec.defaultValue.toString());
        int index = combo->findData(value);
        if (index < 0 && !mixed && !value.isEmpty()) {
            combo->addItem(value, value); // an unknown value from a file: shown, flagged
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        break;
    }
    case PropertyType::Text:
    case PropertyType::StringMap: {
        auto *text = static_cast<QPlainTextEdit *>(field.editor);
        text->setPlainText(mixed ? QString() : valueToText(spec, raw));
        if (mixed)
            text->setPlaceholderText(tr("(several values)"));
        break;
    }
    default: {
        auto *edit = static_cast<QLineEdit *>(field.editor);
        edit->setText(mixed ? QString() : valueToText(spec, raw));
        edit->setPlaceholderText(
                mixed ? tr("(several values)")
                      : (defaultText.isEmpty() ? QString() : tr("%1 (default)").arg(defaultText)));
        break;
    }
    }
    const QString error = mixed || !raw.isValid() ? QString()
                                                  : NodeKindCatalog::validateValue(spec, raw);
    showValidation(field, error);
}

void InspectorWidget::refreshValues()
{
    m_loading = true;
    for (Field *f : std::as_const(m_fields)) {
        // Never overwrite what the user is typing.
        if (f->editor->hasFocus() && f->invalid)
            continue;
        loadValue(*f);
    }
    m_loading = false;
}

} // namespace kg::ui
