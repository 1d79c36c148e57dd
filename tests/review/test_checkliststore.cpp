#include "checklists/checklistjson.h"
#include "checklists/defaultchecklist.h"
#include "review/checklists/checkliststore.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

namespace {

int count(Workspace& workspace, const QString& sql)
{
    return workspace.db().scalar(sql).toInt();
}

Actor reviewerActor()
{
    Actor actor;
    actor.userId = 7;
    actor.login = QStringLiteral("rev");
    actor.roles = {Role::Reviewer};
    return actor;
}

} // namespace

TEST_CASE("checklist store: import, publish, and a fresh draft from the latest version",
          "[review][checklists]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        ChecklistStore store(*workspace, Actor::owner());

        const auto revision = store.importDraft(checklists::toJson(checklists::defaultChecklist()));
        REQUIRE(revision.ok());
        CHECK(revision.value() == 1);
        auto listed = store.list();
        REQUIRE(listed.ok());
        REQUIRE(listed->size() == 1);
        CHECK(listed->first().key == QStringLiteral("support-call"));
        CHECK(listed->first().latestVersion == 0);
        CHECK(listed->first().hasDraft);

        const auto v1 = store.publish(QStringLiteral("support-call"), revision.value());
        REQUIRE(v1.ok());
        CHECK(v1->version == 1);
        CHECK(v1->checklist == checklists::defaultChecklist());
        listed = store.list();
        CHECK(listed->first().latestVersion == 1);
        CHECK_FALSE(listed->first().hasDraft);

        const auto draft = store.draft(QStringLiteral("support-call"));
        REQUIRE(draft.ok());
        CHECK(draft->basedOnVersion == 1);
        CHECK(draft->checklist == checklists::defaultChecklist());

        INFO("publishing again without a draft says so");
        const auto again = store.publish(QStringLiteral("support-call"));
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().contains(QStringLiteral("1")));

        INFO("each write left an audit row");
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM audit_log WHERE action "
                                               "LIKE 'checklist.%'")) == 2);
    }
}

TEST_CASE("checklist store: publishing v2 freezes v1 and keeps item keys", "[review][checklists]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        ChecklistStore store(*workspace, Actor::owner());
        REQUIRE(store.saveDraft(checklists::defaultChecklist()).ok());
        const auto v1 = store.publish(QStringLiteral("support-call"));
        REQUIRE(v1.ok());

        auto draft = store.draft(QStringLiteral("support-call")).value();
        draft.checklist.name = QStringLiteral("Destek çağrısı");
        draft.checklist.sections[0].items[0].prompt = QStringLiteral("Müşteriyi selamladı mı?");
        draft.checklist.sections[0].weight = 4;
        REQUIRE(store.saveDraft(draft.checklist, draft.revision).ok());
        const auto v2 = store.publish(QStringLiteral("support-call"));
        REQUIRE(v2.ok());
        CHECK(v2->version == 2);

        const auto reread1 = store.version(QStringLiteral("support-call"), 1);
        REQUIRE(reread1.ok());
        CHECK(reread1->checklist == checklists::defaultChecklist());
        CHECK(reread1->id == v1->id);
        const auto latest = store.version(QStringLiteral("support-call"));
        REQUIRE(latest.ok());
        CHECK(latest->version == 2);
        CHECK(latest->checklist.name == QStringLiteral("Destek çağrısı"));
        CHECK(latest->checklist.sections[0].items[0].key ==
              reread1->checklist.sections[0].items[0].key);
        CHECK(store.versionById(v2->id)->checklist == latest->checklist);
        CHECK_FALSE(store.version(QStringLiteral("support-call"), 3).ok());
    }
}

TEST_CASE("checklist store: an invalid import names the place and rule and imports nothing",
          "[review][checklists]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        ChecklistStore store(*workspace, Actor::owner());
        checklists::Checklist broken = checklists::defaultChecklist();
        broken.sections[2].items[0].points = 0;
        const auto imported = store.importDraft(checklists::toJson(broken));
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().contains(QStringLiteral("sections[2].items[0].points")));
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM checklists")) == 0);
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM audit_log")) == 0);

        const auto garbage = store.importDraft("{\"schema\": ");
        REQUIRE_FALSE(garbage.ok());
        CHECK_FALSE(garbage.error().isEmpty());
    }
}

TEST_CASE("checklist store: an invalid draft saves but does not publish", "[review][checklists]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        ChecklistStore store(*workspace, Actor::owner());
        checklists::Checklist draft = checklists::defaultChecklist();
        draft.sections[1].weight = 0;
        const auto saved = store.saveDraft(draft);
        REQUIRE(saved.ok());
        CHECK(store.draft(draft.key)->checklist == draft);

        const auto published = store.publish(draft.key);
        REQUIRE_FALSE(published.ok());
        CHECK(published.error().contains(QStringLiteral("sections[1].weight")));
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM checklist_versions")) == 0);
        CHECK(store.list()->first().hasDraft);
    }
}

TEST_CASE("checklist store: a save over someone else's newer save is refused",
          "[review][checklists]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        Actor anna;
        anna.userId = 1;
        anna.login = QStringLiteral("anna");
        anna.roles = {Role::Supervisor};
        Actor ozan = anna;
        ozan.userId = 2;
        ozan.login = QStringLiteral("ozan");
        ChecklistStore annas(*workspace, anna);
        ChecklistStore ozans(*workspace, ozan);

        const qint64 first = annas.saveDraft(checklists::defaultChecklist()).value();
        auto draft = ozans.draft(QStringLiteral("support-call")).value();
        draft.checklist.passMark = 85;
        REQUIRE(ozans.saveDraft(draft.checklist, draft.revision).ok());

        checklists::Checklist annasEdit = checklists::defaultChecklist();
        annasEdit.passMark = 70;
        const auto stale = annas.saveDraft(annasEdit, first);
        REQUIRE_FALSE(stale.ok());
        CHECK(stale.error().contains(QStringLiteral("ozan")));
        CHECK(annas.draft(QStringLiteral("support-call"))->checklist.passMark == 85);

        const auto stalePublish = annas.publish(QStringLiteral("support-call"), first);
        REQUIRE_FALSE(stalePublish.ok());
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM checklist_versions")) == 0);
    }
}

TEST_CASE("checklist store: archiving hides a checklist and keeps its history",
          "[review][checklists]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        ChecklistStore store(*workspace, Actor::owner());
        REQUIRE(store.saveDraft(checklists::defaultChecklist()).ok());
        REQUIRE(store.publish(QStringLiteral("support-call")).ok());

        REQUIRE(store.setArchived(QStringLiteral("support-call"), true).ok());
        CHECK(store.list()->isEmpty());
        REQUIRE(store.list(true)->size() == 1);
        CHECK(store.list(true)->first().archived);
        CHECK(store.version(QStringLiteral("support-call"), 1).ok());

        REQUIRE(store.setArchived(QStringLiteral("support-call"), false).ok());
        CHECK(store.list()->size() == 1);
        CHECK_FALSE(store.setArchived(QStringLiteral("no-such-form"), true).ok());
    }
}

TEST_CASE("checklist store: only those who manage checklists may change them",
          "[review][checklists]")
{
    testing::TestLocation location(Backend::Sqlite);
    auto workspace = testing::openWorkspace(location);
    REQUIRE(
        ChecklistStore(*workspace, Actor::owner()).saveDraft(checklists::defaultChecklist()).ok());
    ChecklistStore store(*workspace, reviewerActor());
    const auto publish = store.publish(QStringLiteral("support-call"));
    REQUIRE_FALSE(publish.ok());
    CHECK(publish.error().contains(QStringLiteral("reviewer")));
    CHECK(publish.error().contains(QStringLiteral("manage checklists")));
    CHECK_FALSE(store.saveDraft(checklists::defaultChecklist()).ok());
    CHECK_FALSE(store.setArchived(QStringLiteral("support-call"), true).ok());
    INFO("reading is allowed");
    CHECK(store.list().ok());
}
