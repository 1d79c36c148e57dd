#include "app/gui/checklisteditor/itempage.h"

#include "app/gui/checklisteditor/checklistdocument.h"
#include "app/gui/checklisteditor/errorlocation.h"
#include "app/gui/checklisteditor/fieldform.h"
#include "app/gui/checklisteditor/optionseditor.h"
#include "app/gui/checklisteditor/widgetvalues.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace callqa::app {

using checklists::Critical;
using checklists::Item;
using checklists::ItemType;

ItemPage::ItemPage(ChecklistDocument& document, QWidget* parent)
    : PropertyPage(document, parent), m_key(new QLineEdit(this)), m_prompt(new QLineEdit(this)),
      m_guidance(new QPlainTextEdit(this)), m_type(new QComboBox(this)),
      m_points(new QDoubleSpinBox(this)),
      m_allowNa(new QCheckBox(tr("Reviewers may answer N/A"), this)),
      m_critical(new QComboBox(this)), m_scaleMin(new QSpinBox(this)),
      m_scaleMax(new QSpinBox(this)), m_options(new OptionsEditor(this))
{
    m_guidance->setTabChangesFocus(true);
    m_guidance->setMaximumHeight(100);
    m_type->addItem(tr("Yes / no"), int(ItemType::YesNo));
    m_type->addItem(tr("Scale"), int(ItemType::Scale));
    m_type->addItem(tr("Choice"), int(ItemType::Choice));
    m_type->addItem(tr("Text (not scored)"), int(ItemType::Text));
    m_points->setRange(0, 1000);
    m_points->setDecimals(2);
    m_critical->addItem(tr("Not critical"), int(Critical::None));
    m_critical->addItem(tr("Fails its section"), int(Critical::Section));
    m_critical->addItem(tr("Fails the whole evaluation"), int(Critical::Evaluation));
    m_scaleMin->setRange(-100, 100);
    m_scaleMax->setRange(-100, 100);
    m_scaleMin->setObjectName(QStringLiteral("scaleMin"));
    m_scaleMax->setObjectName(QStringLiteral("scaleMax"));
    auto* scale = new QWidget(this);
    auto* scaleLayout = new QHBoxLayout(scale);
    scaleLayout->setContentsMargins(0, 0, 0, 0);
    scaleLayout->addWidget(new QLabel(tr("from"), scale));
    scaleLayout->addWidget(m_scaleMin);
    scaleLayout->addWidget(new QLabel(tr("to"), scale));
    scaleLayout->addWidget(m_scaleMax);
    scaleLayout->addStretch();

    m_form->addField(QStringLiteral("key"), tr("&Key"), m_key);
    m_form->addField(QStringLiteral("prompt"), tr("&Prompt"), m_prompt);
    m_form->addField(QStringLiteral("guidance"), tr("&Guidance"), m_guidance);
    m_form->addField(QStringLiteral("type"), tr("T&ype"), m_type);
    m_form->addField(QStringLiteral("points"), tr("P&oints"), m_points);
    m_form->addField(QStringLiteral("allow_na"), tr("N/A"), m_allowNa);
    m_form->addField(QStringLiteral("critical"), tr("&Critical"), m_critical);
    m_form->addField(QStringLiteral("scale"), tr("&Scale"), scale);
    m_form->addField(QStringLiteral("options"), tr("&Options"), m_options);

    connect(m_key, &QLineEdit::textEdited, this, [this](const QString& text) {
        editItem(tr("Change item key"), QStringLiteral("key"),
                 [&](Item& item) { item.key = text; });
    });
    connect(m_prompt, &QLineEdit::textEdited, this, [this](const QString& text) {
        editItem(tr("Rename item"), QStringLiteral("prompt"),
                 [&](Item& item) { item.prompt = text; });
    });
    connect(m_guidance, &QPlainTextEdit::textChanged, this, [this] {
        editItem(tr("Edit guidance"), QStringLiteral("guidance"),
                 [&](Item& item) { item.guidance = m_guidance->toPlainText(); });
    });
    connect(m_type, &QComboBox::activated, this,
            [this] { changeType(m_type->currentData().toInt()); });
    connect(m_points, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editItem(tr("Change points"), QStringLiteral("points"),
                 [&](Item& item) { item.points = value; });
    });
    connect(m_allowNa, &QCheckBox::toggled, this, [this](bool checked) {
        editItem(tr("Change N/A rule"), QStringLiteral("allow_na"),
                 [&](Item& item) { item.allowNa = checked; });
    });
    connect(m_critical, &QComboBox::activated, this, [this] {
        const auto critical = Critical(m_critical->currentData().toInt());
        editItem(tr("Change critical"), QStringLiteral("critical"),
                 [&](Item& item) { item.critical = critical; });
    });
    connect(m_scaleMin, &QSpinBox::valueChanged, this, [this](int value) {
        editItem(tr("Change scale"), QStringLiteral("scale_min"),
                 [&](Item& item) { item.scaleMin = value; });
    });
    connect(m_scaleMax, &QSpinBox::valueChanged, this, [this](int value) {
        editItem(tr("Change scale"), QStringLiteral("scale_max"),
                 [&](Item& item) { item.scaleMax = value; });
    });
    connect(m_options, &OptionsEditor::edited, this,
            [this](const QList<checklists::Option>& options, const QString& text) {
                editItem(text, QString(), [&](Item& item) { item.options = options; });
            });
}

template <typename Change>
void ItemPage::editItem(const QString& text, const QString& field, Change change)
{
    checklists::Checklist after = m_document.checklist();
    if (!m_node.isItem() || m_node.section >= after.sections.size() ||
        m_node.item >= after.sections.at(m_node.section).items.size())
        return;
    change(after.sections[m_node.section].items[m_node.item]);
    if (field.isEmpty())
        m_document.edit(after, text, m_node);
    else
        commit(after, text, field);
}

void ItemPage::changeType(int type)
{
    editItem(tr("Change item type"), QString(), [&](Item& item) {
        item.type = ItemType(type);
        // Keep the item valid for its new type: options only on choice, no critical on text.
        if (item.type != ItemType::Choice)
            item.options.clear();
        else if (item.options.isEmpty())
            item.options = {{QStringLiteral("fully"), tr("Fully"), 1.0, false},
                            {QStringLiteral("partly"), tr("Partly"), 0.5, false},
                            {QStringLiteral("not-at-all"), tr("Not at all"), 0.0, false}};
        if (item.type == ItemType::Text)
            item.critical = Critical::None;
    });
}

void ItemPage::refresh()
{
    const checklists::Checklist& checklist = m_document.checklist();
    if (!m_node.isItem() || m_node.section >= checklist.sections.size() ||
        m_node.item >= checklist.sections.at(m_node.section).items.size())
        return;
    const Item& item = checklist.sections.at(m_node.section).items.at(m_node.item);
    showText(m_key, item.key);
    showText(m_prompt, item.prompt);
    showText(m_guidance, item.guidance);
    showData(m_type, int(item.type));
    showValue(m_points, item.points);
    showChecked(m_allowNa, item.allowNa);
    showData(m_critical, int(item.critical));
    showValue(m_scaleMin, item.scaleMin);
    showValue(m_scaleMax, item.scaleMax);
    m_options->setOptions(item.options);

    m_form->setFieldVisible(QStringLiteral("points"), item.isScored());
    m_form->setFieldVisible(QStringLiteral("critical"), item.isScored());
    m_form->setFieldVisible(QStringLiteral("scale"), item.type == ItemType::Scale);
    m_form->setFieldVisible(QStringLiteral("options"), item.type == ItemType::Choice);

    m_form->showErrors(errorsByField());
    QList<int> invalidOptions;
    for (const checklists::ValidationError& error : m_document.errors()) {
        const ErrorLocation location = locateError(error.path);
        if (location.node == m_node && location.option >= 0)
            invalidOptions.append(location.option);
    }
    m_options->markInvalidRows(invalidOptions);
}

} // namespace callqa::app
