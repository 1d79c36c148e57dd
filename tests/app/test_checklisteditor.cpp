#include "app/gui/checklisteditor/checklistdocument.h"
#include "app/gui/checklisteditor/checklisteditor.h"
#include "app/gui/checklisteditor/checklisteditorwindow.h"
#include "app/gui/checklisteditor/checklistpicker.h"
#include "app/gui/checklisteditor/checklisttreemodel.h"
#include "app/gui/checklisteditor/diffdescription.h"
#include "app/gui/checklisteditor/draftsession.h"
#include "app/gui/checklisteditor/previewwidget.h"
#include "app/gui/mainwindow.h"
#include "checklists/defaultchecklist.h"
#include "checklists/validation.h"
#include "review/checklists/checkliststore.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace callqa;
using app::ChecklistDocument;
using app::ChecklistEditor;
using app::NodeRef;

namespace {

template <typename T> T* child(QWidget* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(found);
    return found;
}

QStringList listTexts(QListWidget* list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

// QTest::keyClicks() takes Latin-1 only; this types any text, one key event per character.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

bool waitUntil(const std::function<bool()>& condition, int milliseconds = 5000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

// The editing surface on the default checklist, shown offscreen.
struct EditorFixture {
    ChecklistDocument document{checklists::defaultChecklist()};
    ChecklistEditor editor{document};
    app::ChecklistTreeModel* model = nullptr;

    EditorFixture()
    {
        editor.resize(1400, 800);
        editor.show();
        auto* tree = editor.findChild<QTreeView*>(QStringLiteral("checklistTree"));
        REQUIRE(tree);
        model = qobject_cast<app::ChecklistTreeModel*>(tree->model());
        REQUIRE(model);
    }
    QWidget* page(const char* name) { return child<QWidget>(&editor, QString::fromLatin1(name)); }
};

} // namespace

TEST_CASE("checklist editor: renaming an item in the property panel updates the tree",
          "[app][gui][checklisteditor]")
{
    EditorFixture f;
    f.editor.selectNode(NodeRef::ofItem(0, 0));
    auto* prompt = child<QLineEdit>(f.page("itemPage"), QStringLiteral("field:prompt"));
    CHECK(prompt->text() == QStringLiteral("Greeted the customer"));
    prompt->setFocus();
    prompt->selectAll();
    typeText(prompt, QString::fromUtf8("Müşteriyi selamladı"));

    const QModelIndex index = f.model->indexOf(NodeRef::ofItem(0, 0));
    CHECK(index.data().toString() == QString::fromUtf8("Müşteriyi selamladı"));
    CHECK(f.document.checklist().sections.at(0).items.at(0).prompt ==
          QString::fromUtf8("Müşteriyi selamladı"));
    INFO("typing into one field is one undo step");
    REQUIRE(f.document.undoStack()->count() == 1);
    CHECK(f.document.undoStack()->undoText() == QStringLiteral("Rename item"));
    f.editor.undoAction()->trigger();
    CHECK(f.document.checklist() == checklists::defaultChecklist());
    CHECK(f.model->indexOf(NodeRef::ofItem(0, 0)).data().toString() ==
          QStringLiteral("Greeted the customer"));
    CHECK(prompt->text() == QStringLiteral("Greeted the customer"));
}

TEST_CASE("checklist editor: zero points shows the error inline, in the list and on the node",
          "[app][gui][checklisteditor]")
{
    EditorFixture f;
    f.editor.selectNode(NodeRef::ofItem(1, 0));
    QWidget* itemPage = f.page("itemPage");
    auto* points = child<QDoubleSpinBox>(itemPage, QStringLiteral("field:points"));
    auto* inline_ = child<QLabel>(itemPage, QStringLiteral("fieldError:points"));
    auto* errors = child<QListWidget>(&f.editor, QStringLiteral("errorList"));
    CHECK(inline_->isHidden());
    REQUIRE(errors->count() == 1);
    CHECK(errors->item(0)->flags() == Qt::ItemIsEnabled); // the "no problems" line

    points->setValue(0);
    CHECK_FALSE(inline_->isHidden());
    CHECK(inline_->text().contains(QStringLiteral("greater than 0")));
    REQUIRE(errors->count() == 1);
    CHECK(errors->item(0)->text().contains(QStringLiteral("points")));
    CHECK(errors->item(0)->text().contains(QStringLiteral("greater than 0")));
    const QModelIndex node = f.model->indexOf(NodeRef::ofItem(1, 0));
    CHECK(node.data(Qt::ToolTipRole).toString().contains(QStringLiteral("greater than 0")));
    CHECK_FALSE(node.data(Qt::DecorationRole).isNull());

    INFO("clicking the error selects its node");
    f.editor.selectNode(NodeRef::checklist());
    CHECK(f.editor.currentNode() == NodeRef::checklist());
    QTest::mouseClick(errors->viewport(), Qt::LeftButton, {},
                      errors->visualItemRect(errors->item(0)).center());
    CHECK(f.editor.currentNode() == NodeRef::ofItem(1, 0));

    points->setValue(2);
    CHECK(inline_->isHidden());
    CHECK(f.document.errors().isEmpty());
    REQUIRE(errors->count() == 1);
    CHECK_FALSE(errors->item(0)->text().contains(QStringLiteral("points")));
    CHECK(f.model->indexOf(NodeRef::ofItem(1, 0)).data(Qt::DecorationRole).isNull());
}

TEST_CASE("checklist editor: add, duplicate and remove undo and redo to the exact value",
          "[app][gui][checklisteditor]")
{
    EditorFixture f;
    const checklists::Checklist original = f.document.checklist();
    QList<checklists::Checklist> states{original};
    const auto step = [&](NodeRef node, QAction* action) {
        f.editor.selectNode(node);
        action->trigger();
        REQUIRE(f.document.checklist() != states.last());
        states << f.document.checklist();
    };
    step(NodeRef::ofItem(2, 1), f.editor.addItemAction());
    CHECK(f.document.checklist().sections.at(2).items.size() ==
          original.sections.at(2).items.size() + 1);
    step(NodeRef::ofSection(2), f.editor.duplicateAction());
    CHECK(f.document.checklist().sections.size() == original.sections.size() + 1);
    INFO("a duplicate gets new unique keys, so the checklist stays valid");
    CHECK(checklists::validate(f.document.checklist()).isEmpty());
    CHECK(f.document.checklist().sections.at(3).key == QStringLiteral("listening-copy"));
    step(NodeRef::ofItem(0, 0), f.editor.duplicateAction());
    CHECK(f.document.checklist().sections.at(0).items.at(1).key ==
          QStringLiteral("greeted-customer-copy"));
    step(NodeRef::ofSection(1), f.editor.removeAction());
    step(NodeRef::checklist(), f.editor.addSectionAction());
    CHECK(f.editor.currentNode() == NodeRef::ofSection(int(states.last().sections.size()) - 1));

    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        f.editor.undoAction()->trigger();
        CHECK(f.document.checklist() == states.at(i));
    }
    CHECK(f.document.checklist() == original);
    for (qsizetype i = 1; i < states.size(); ++i) {
        f.editor.redoAction()->trigger();
        CHECK(f.document.checklist() == states.at(i));
    }
}

TEST_CASE("checklist editor: dragging an item to another section moves it, undoably",
          "[app][gui][checklisteditor]")
{
    EditorFixture f;
    const checklists::Checklist original = f.document.checklist();
    const QString key = original.sections.at(0).items.at(1).key;
    const QModelIndex dragged = f.model->indexOf(NodeRef::ofItem(0, 1));
    std::unique_ptr<QMimeData> data(f.model->mimeData({dragged}));
    REQUIRE(data);
    const QModelIndex target = f.model->indexOf(NodeRef::ofSection(2));
    INFO("items drop on sections, not on the checklist");
    CHECK_FALSE(f.model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0,
                                         f.model->indexOf(NodeRef::checklist())));
    REQUIRE(f.model->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, target));
    REQUIRE(f.model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, target));

    const checklists::Checklist& moved = f.document.checklist();
    CHECK(moved.sections.at(0).items.size() == original.sections.at(0).items.size() - 1);
    CHECK(moved.sections.at(2).items.at(1).key == key);
    CHECK(f.model->rowCount(f.model->indexOf(NodeRef::ofSection(2))) ==
          original.sections.at(2).items.size() + 1);
    CHECK(f.editor.currentNode() == NodeRef::ofItem(2, 1));
    CHECK(f.document.undoStack()->undoText() == QStringLiteral("Move item"));

    INFO("sections move among sections");
    std::unique_ptr<QMimeData> section(
        f.model->mimeData({f.model->indexOf(NodeRef::ofSection(0))}));
    const QModelIndex root = f.model->indexOf(NodeRef::checklist());
    REQUIRE(f.model->dropMimeData(section.get(), Qt::MoveAction, -1, 0, root));
    CHECK(f.document.checklist().sections.last().key == original.sections.at(0).key);

    f.document.undoStack()->undo();
    f.document.undoStack()->undo();
    CHECK(f.document.checklist() == original);
}

TEST_CASE("checklist editor: the preview re-scores when an answer or a weight changes",
          "[app][gui][checklisteditor]")
{
    EditorFixture f;
    auto* preview = child<app::PreviewWidget>(&f.editor, QStringLiteral("preview"));
    auto* overall = child<QLabel>(preview, QStringLiteral("previewOverall"));
    REQUIRE(preview->result().scored());
    const double before = *preview->result().overall;
    const QString shownBefore = overall->text();

    auto* greeted = child<QComboBox>(preview, QStringLiteral("answer:greeted-customer"));
    CHECK(greeted->currentData().toString() == QStringLiteral("yes"));
    greeted->setCurrentIndex(greeted->findData(QStringLiteral("no")));
    REQUIRE(preview->result().scored());
    const double afterAnswer = *preview->result().overall;
    CHECK(afterAnswer < before);
    CHECK(overall->text() != shownBefore);
    CHECK(child<QLabel>(preview, QStringLiteral("sectionScore:opening"))
              ->text()
              .contains(QLocale().toString(50.0, 'f', 1)));

    f.editor.selectNode(NodeRef::ofSection(0));
    auto* weight = child<QDoubleSpinBox>(f.page("sectionPage"), QStringLiteral("field:weight"));
    weight->setValue(10);
    REQUIRE(preview->result().scored());
    CHECK(*preview->result().overall < afterAnswer);
    INFO("the answer picked survives the re-built form");
    CHECK(child<QComboBox>(preview, QStringLiteral("answer:greeted-customer"))
              ->currentData()
              .toString() == QStringLiteral("no"));
}

TEST_CASE("checklist editor window: save, diff, publish as the next version",
          "[app][gui][checklisteditor]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    review::ChecklistStore store(*workspace, review::Actor::owner());
    REQUIRE(store.saveDraft(checklists::defaultChecklist()));
    REQUIRE(store.publish(QStringLiteral("support-call")));

    app::ChecklistEditorWindow window(*workspace, review::Actor::owner(),
                                      QStringLiteral("support-call"));
    window.setAutosaveInterval(60000);
    window.show();
    REQUIRE(window.document().checklist() == checklists::defaultChecklist());
    window.editor()->selectNode(NodeRef::ofItem(0, 0));
    auto* prompt = child<QLineEdit>(&window, QStringLiteral("field:prompt"));
    prompt->selectAll();
    QTest::keyClicks(prompt, QStringLiteral("Greeted the customer warmly"));

    auto* diff = child<QListWidget>(&window, QStringLiteral("diffList"));
    const QStringList lines = listTexts(diff);
    INFO(lines.join(u'\n').toStdString());
    REQUIRE(lines.size() == 1);
    CHECK(lines.at(0).contains(QStringLiteral("prompt")));
    CHECK(lines.at(0).contains(QString::fromUtf8("“Greeted the customer” → "
                                                 "“Greeted the customer warmly”")));

    REQUIRE(window.needsSave());
    REQUIRE(window.saveDraft());
    CHECK_FALSE(window.needsSave());
    const auto saved = store.draft(QStringLiteral("support-call"));
    REQUIRE(saved);
    CHECK(saved->checklist.sections.at(0).items.at(0).prompt ==
          QStringLiteral("Greeted the customer warmly"));

    QString asked;
    window.setConfirm([&](QWidget*, const QString& question) {
        asked = question;
        return true;
    });
    REQUIRE(window.publish());
    CHECK(asked == QString::fromUtf8("Publish “Support call” as version 2?"));
    const auto latest = store.version(QStringLiteral("support-call"));
    REQUIRE(latest);
    CHECK(latest->version == 2);
    CHECK(latest->checklist.sections.at(0).items.at(0).prompt ==
          QStringLiteral("Greeted the customer warmly"));
    const auto listed = store.list();
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK_FALSE(listed->at(0).hasDraft);
    CHECK(listed->at(0).latestVersion == 2);

    INFO("the editor goes on with a fresh draft of version 2");
    CHECK(window.document().undoStack()->count() == 0);
    CHECK(window.document().checklist() == latest->checklist);
    CHECK(window.session().publishedVersion() == 2);
    CHECK(diff->count() == 0);
    CHECK(window.publishQuestion() == QString::fromUtf8("Publish “Support call” as version 3?"));
}

TEST_CASE("checklist editor window: a save over someone else's save is refused and shown",
          "[app][gui][checklisteditor]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    review::ChecklistStore store(*workspace, review::Actor::owner());
    REQUIRE(store.saveDraft(checklists::defaultChecklist()));

    app::ChecklistEditorWindow window(*workspace, review::Actor::owner(),
                                      QStringLiteral("support-call"));
    window.setAutosaveInterval(60000);
    window.show();
    checklists::Checklist theirs = checklists::defaultChecklist();
    theirs.name = QStringLiteral("Support call (theirs)");
    REQUIRE(store.saveDraft(theirs, store.draft(QStringLiteral("support-call"))->revision));

    checklists::Checklist mine = window.document().checklist();
    mine.description = QStringLiteral("mine");
    window.document().edit(mine, QStringLiteral("Edit description"), NodeRef::checklist());
    CHECK_FALSE(window.saveDraft());
    auto* banner = child<QLabel>(&window, QStringLiteral("problemBanner"));
    CHECK_FALSE(banner->isHidden());
    CHECK(banner->text().contains(QStringLiteral("after you opened it")));
    CHECK(window.needsSave());
    CHECK(store.draft(QStringLiteral("support-call"))->checklist == theirs);

    INFO("an invalid checklist is not offered for publishing");
    bool asked = false;
    window.setConfirm([&](QWidget*, const QString&) { return asked = true; });
    mine.sections[0].items[0].points = 0;
    window.document().edit(mine, QStringLiteral("Change points"), NodeRef::ofItem(0, 0));
    CHECK_FALSE(window.publish());
    CHECK_FALSE(asked);
    CHECK(banner->text().contains(QStringLiteral("cannot be published")));
}

TEST_CASE("checklist editor window: a new checklist is autosaved shortly after an edit",
          "[app][gui][checklisteditor]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    review::ChecklistStore store(*workspace, review::Actor::owner());

    app::ChecklistEditorWindow window(*workspace, review::Actor::owner(), QString());
    window.setAutosaveInterval(100);
    window.show();
    const QString key = window.session().key();
    CHECK_FALSE(key.isEmpty());
    checklists::Checklist edited = window.document().checklist();
    edited.name = QString::fromUtf8("تماس پشتیبانی");
    window.document().edit(edited, QStringLiteral("Rename checklist"), NodeRef::checklist());
    REQUIRE(waitUntil([&] {
        const auto draft = store.draft(key);
        return draft && draft->checklist.name == QString::fromUtf8("تماس پشتیبانی");
    }));
    CHECK_FALSE(window.needsSave());
}

TEST_CASE("checklist editor: the changes name what was added, removed, moved and changed",
          "[app][checklisteditor]")
{
    const checklists::Checklist published = checklists::defaultChecklist();
    checklists::Checklist draft = published;
    draft.passMark = 85;
    draft.sections[0].items.move(1, 0);
    const checklists::Item thanked = draft.sections[6].items.takeAt(0);
    draft.sections[0].items.append(thanked);
    draft.sections[1].items.removeAt(0);
    draft.sections[1].items.append(draft.sections[2].items.at(0));
    draft.sections[1].items.last().key = QStringLiteral("new-item");
    QStringList lines;
    for (const app::DiffLine& line : app::DiffDescription::describe(published, draft))
        lines << line.text;
    INFO(lines.join(u'\n').toStdString());
    const auto has = [&](const char* text) {
        return lines.filter(QString::fromUtf8(text)).size() == 1;
    };
    CHECK(has("Checklist: pass_mark: 80 → 85"));
    CHECK(has("Section “Opening”: the items are in a new order"));
    CHECK(has("Item “Thanked the customer”: moved from section “Closing” to “Opening”"));
    CHECK(has("Removed item “Verified the customer's identity” from section “Verification”"));
    CHECK(has("Added item “Listened without interrupting” in section “Verification”"));
    CHECK(app::DiffDescription::describe(published, published).isEmpty());
}

TEST_CASE("main window: the Checklists action opens the picker, and the editor from it",
          "[app][gui][checklisteditor]")
{
    testing::TestLocation location(review::Backend::Sqlite);
    {
        review::Actor reviewer;
        reviewer.userId = 7;
        reviewer.login = QStringLiteral("rev");
        reviewer.roles = {review::Role::Reviewer};
        app::MainWindow window(testing::openWorkspace(location), reviewer);
        CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("checklistsAction")));
    }
    auto workspace = testing::openWorkspace(location);
    REQUIRE(review::ChecklistStore(*workspace, review::Actor::owner())
                .saveDraft(checklists::defaultChecklist()));
    app::MainWindow window(std::move(workspace), review::Actor::owner());
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("checklistsAction"));
    REQUIRE(action);
    action->trigger();
    auto* picker = window.findChild<app::ChecklistPicker*>(QStringLiteral("checklistPicker"));
    REQUIRE(picker);
    auto* list = child<QListWidget>(picker, QStringLiteral("checklistList"));
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("Support call")));
    picker->openEditor(list->item(0)->data(Qt::UserRole).toString());
    auto* editor =
        window.findChild<app::ChecklistEditorWindow*>(QStringLiteral("checklistEditorWindow"));
    REQUIRE(editor);
    CHECK(editor->isWindow());
    CHECK(editor->document().checklist() == checklists::defaultChecklist());
    editor->close(); // deletes itself
}

// Renders the documentation screenshots (README, "Checklist editor"); hidden, run on purpose:
// CALLQA_SCREENSHOT_DIR=docs/screenshots tests_app "[screenshot]" (offscreen, like every GUI test)
TEST_CASE("checklist editor: documentation screenshots", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("CALLQA_SCREENSHOT_DIR");
    INFO("set CALLQA_SCREENSHOT_DIR to the folder the screenshots go to");
    REQUIRE_FALSE(folder.isEmpty());
    const auto render = [&](const QString& file, const QString& name, Qt::LayoutDirection dir) {
        QApplication::setLayoutDirection(dir);
        testing::TestLocation location(review::Backend::Sqlite);
        auto workspace = testing::openWorkspace(location);
        review::ChecklistStore store(*workspace, review::Actor::owner());
        checklists::Checklist published = checklists::defaultChecklist();
        published.name = name;
        REQUIRE(store.saveDraft(published));
        REQUIRE(store.publish(published.key));

        app::ChecklistEditorWindow window(*workspace, review::Actor::owner(), published.key);
        window.setAutosaveInterval(600000);
        window.resize(1400, 900);
        window.show();
        checklists::Checklist draft = window.document().checklist();
        draft.sections[2].items[2].prompt = QStringLiteral("Showed empathy and patience");
        draft.sections[1].items[0].points = 0;
        window.document().edit(draft, QStringLiteral("Change points"), NodeRef::ofItem(1, 0));
        QTest::qWait(200);
        REQUIRE(window.grab().save(folder + u'/' + file, "PNG"));
        child<QTabWidget>(&window, QStringLiteral("editorTabs"))->setCurrentIndex(1);
        QTest::qWait(100);
        REQUIRE(window.grab().save(
            folder + u'/' +
                QString(file).replace(QStringLiteral(".png"), QStringLiteral("-changes.png")),
            "PNG"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    };
    render(QStringLiteral("checklist-editor.png"), QStringLiteral("Support call"), Qt::LeftToRight);
    render(QStringLiteral("checklist-editor-fa.png"), QString::fromUtf8("تماس پشتیبانی"),
           Qt::RightToLeft);
}
