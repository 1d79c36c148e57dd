// Calls recorded one direction per file, imported, re-imported, joined, moved, missing and
// analysed: real files by ffmpeg, both backends, and the command line.
#include "app/audioprober.h"
#include "app/callanalysis.h"
#include "review/calls/callanalysisstore.h"
#include "review/calls/callimporter.h"
#include "review/calls/callreference.h"
#include "review/storage/workspace.h"
#include "tests/app/clirunner.h"
#include "tests/support/mediafiles.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace callqa;
using namespace callqa::review;

namespace {

// One side of a 20 s call at 8 kHz: a tone of `hz` while `spans` (an aevalsrc condition).
void makeLeg(const QString& path, int hz, const QString& spans, int seconds = 20,
             const QStringList& codec = {QStringLiteral("-c:a"), QStringLiteral("pcm_mulaw")})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    testing::runTool(QStringLiteral("ffmpeg"),
                     QStringList{QStringLiteral("-v"), QStringLiteral("error"),
                                 QStringLiteral("-y"), QStringLiteral("-f"),
                                 QStringLiteral("lavfi"), QStringLiteral("-i"),
                                 QStringLiteral("aevalsrc=exprs='0.4*sin(2*PI*%1*t)*(%2)':s=8000:"
                                                "d=%3")
                                     .arg(hz)
                                     .arg(spans)
                                     .arg(seconds)} +
                         codec + QStringList{path});
}

ImportReport importFolder(Workspace& workspace, const QString& folder, const QString& manifest = {},
                          bool inLegIsCustomer = false)
{
    CallImporter importer(workspace, app::probeRecording);
    ImportOptions options;
    options.folder = folder;
    options.manifestPath = manifest;
    options.inLegIsCustomer = inLegIsCustomer;
    options.createAgents = true;
    options.actor = Actor::owner();
    return importer.run(options);
}

qint64 count(Workspace& workspace, const QString& sql, const QVariantList& binds = {})
{
    return workspace.db().scalar(sql, binds).toLongLong();
}

QString noteFor(const ImportReport& report, const QString& file)
{
    for (const ImportProblem& note : report.notes)
        if (note.file == file)
            return note.reason;
    return {};
}

// Agent 0.5-3 s and 12-14 s; customer 2.5-6 s.
const QString kAgentSpans = QStringLiteral("between(t,0.5,3)+between(t,12,14)");
const QString kCustomerSpans = QStringLiteral("between(t,2.5,6)");

} // namespace

TEST_CASE("import: two legs by name make one call, a lone leg joins its partner later",
          "[app][import][legs]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString calls = dir.filePath(QStringLiteral("calls"));
        const QString pairName = QStringLiteral("20260305-101500_a17_in_C-1");
        makeLeg(calls + QLatin1Char('/') + pairName + QStringLiteral("-in.wav"), 300, kAgentSpans);
        makeLeg(calls + QLatin1Char('/') + pairName + QStringLiteral("-out.mp3"), 500,
                kCustomerSpans, 20, {QStringLiteral("-c:a"), QStringLiteral("libmp3lame")});
        // Each leg its own tone: equal files would be one recording to the import.
        makeLeg(calls + QStringLiteral("/lone-t.wav"), 320, kAgentSpans);
        makeLeg(calls + QStringLiteral("/short-in.wav"), 340, kAgentSpans);
        makeLeg(calls + QStringLiteral("/short-out.wav"), 520, kCustomerSpans, 8);
        testing::makeRecording(calls + QStringLiteral("/plain.wav"), 1.0);
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);

        const ImportReport first = importFolder(*workspace, calls);
        INFO(first.problems.size() << " problems");
        CHECK(first.ok());
        CHECK(first.scanned == 4);
        CHECK(first.imported == 4);
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM calls")) == 4);
        QSqlQuery pair = workspace->db().exec(
            QStringLiteral("SELECT relative_path, second_leg_path, channels, agent_channel, "
                           "customer_channel, duration_ms, direction, sample_rate, codec "
                           "FROM calls WHERE external_id = ?"),
            {QStringLiteral("C-1")});
        REQUIRE(pair.next());
        CHECK(pair.value(0).toString() == pairName + QStringLiteral("-in.wav"));
        CHECK(pair.value(1).toString() == pairName + QStringLiteral("-out.mp3"));
        CHECK(pair.value(2).toInt() == 2);
        CHECK(pair.value(3).toInt() == 0);
        CHECK(pair.value(4).toInt() == 1);
        CHECK(pair.value(5).toLongLong() == Approx(20000).margin(200)); // MP3 pads
        CHECK(pair.value(6).toString() == QStringLiteral("inbound"));   // facts from the call name
        CHECK(pair.value(7).toInt() == 8000);
        CHECK(pair.value(8).toString() == QStringLiteral("pcm_mulaw+mp3float"));
        pair.finish();
        CHECK(count(*workspace,
                    QStringLiteral("SELECT count(*) FROM calls c JOIN agents a ON a.id = "
                                   "c.agent_id WHERE c.external_id = 'C-1' AND a.external_id = "
                                   "'a17'")) == 1);
        CHECK(noteFor(first, QStringLiteral("lone-t.wav")).contains(QStringLiteral("other leg")));
        CHECK(noteFor(first, QStringLiteral("short-in.wav"))
                  .contains(QStringLiteral("differ in length")));
        CHECK(count(*workspace,
                    QStringLiteral("SELECT count(*) FROM calls WHERE relative_path = ? AND "
                                   "second_leg_path IS NULL AND channels = 1"),
                    {QStringLiteral("lone-t.wav")}) == 1);

        INFO("again: nothing new");
        const ImportReport again = importFolder(*workspace, calls);
        CHECK(again.imported == 0);
        CHECK(again.duplicates == 4);

        INFO("the lone leg's partner arrives: the same call becomes the pair, analysed afresh");
        const qint64 lone = count(*workspace, QStringLiteral("SELECT id FROM calls WHERE "
                                                             "relative_path = 'lone-t.wav'"));
        REQUIRE(app::analyzeCall(*workspace, Actor::owner(), lone).ok());
        makeLeg(calls + QStringLiteral("/lone-r.wav"), 500, kCustomerSpans);
        const ImportReport joined = importFolder(*workspace, calls);
        CHECK(joined.legsJoined == 1);
        CHECK(joined.imported == 0);
        CHECK(noteFor(joined, QStringLiteral("lone-t.wav")).isEmpty());
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM calls")) == 4);
        CHECK(count(*workspace,
                    QStringLiteral("SELECT count(*) FROM calls WHERE id = ? AND "
                                   "second_leg_path = 'lone-r.wav' AND channels = 2"),
                    {lone}) == 1);
        CHECK(count(*workspace,
                    QStringLiteral("SELECT count(*) FROM call_analysis WHERE "
                                   "call_id = ?"),
                    {lone}) == 0);
        CHECK(count(*workspace,
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'call.legs_joined' AND entity_id = ?"),
                    {QString::number(lone)}) == 1);
        const auto analysed = app::analyzeCall(*workspace, Actor::owner(), lone);
        INFO(analysed.error().toStdString());
        REQUIRE(analysed.ok());
        CHECK(analysed->talk.sides == 2);
        CHECK(*analysed->talk.customerTalkMs ==
              Approx(3500 + 2 * audio::VadOptions{}.edgeMs).margin(150));
        CHECK(analysed->talk.overtalkCount == 1);

        INFO("the call's legs move: re-linked; a leg goes: the call is missing");
        REQUIRE(QDir().mkpath(calls + QStringLiteral("/archive")));
        for (const char* leg : {"-in.wav", "-out.mp3"})
            REQUIRE(
                QFile::rename(calls + QLatin1Char('/') + pairName + QLatin1String(leg),
                              calls + QStringLiteral("/archive/") + pairName + QLatin1String(leg)));
        REQUIRE(QFile::remove(calls + QStringLiteral("/short-out.wav")));
        const ImportReport moved = importFolder(*workspace, calls);
        CHECK(moved.relinked == 1);
        CHECK(count(*workspace,
                    QStringLiteral("SELECT count(*) FROM calls WHERE relative_path LIKE "
                                   "'archive/%' AND second_leg_path = ?"),
                    {QVariant(QStringLiteral("archive/") + pairName +
                              QStringLiteral("-out.mp3"))}) == 1);
        REQUIRE(moved.missing.size() == 1);
        CHECK(moved.missing.first() == QStringLiteral("short-out.wav"));
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM calls WHERE missing AND "
                                               "relative_path = 'short-in.wav'")) == 1);
        // The remaining leg alone is a new call of its own, with its note.
        CHECK(moved.imported == 1);
        CHECK(noteFor(moved, QStringLiteral("short-in.wav")).contains(QStringLiteral("other leg")));
    }
}

TEST_CASE("import: a manifest pairs legs by agent_file and customer_file; --in-leg swaps sides",
          "[app][import][legs]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString calls = dir.filePath(QStringLiteral("calls"));
        makeLeg(calls + QStringLiteral("/m/agent.wav"), 300, kAgentSpans);
        makeLeg(calls + QStringLiteral("/m/customer.wav"), 500, kCustomerSpans);
        makeLeg(calls + QStringLiteral("/solo/agent.wav"), 300, kAgentSpans);
        makeLeg(calls + QStringLiteral("/x-in.wav"), 500, kCustomerSpans); // the caller's side
        makeLeg(calls + QStringLiteral("/x-out.wav"), 300, kAgentSpans);
        const QString manifest = dir.filePath(QStringLiteral("calls.csv"));
        testing::writeBytes(manifest, "agent_file,customer_file,call_id,agent_id,agent_name\n"
                                      "m/agent.wav,m/customer.wav,M-1,a1,Ana\n"
                                      "solo/agent.wav,solo/customer.wav,M-2,a1,Ana\n");
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        const ImportReport report = importFolder(*workspace, calls, manifest, true);
        CHECK(report.ok());
        CHECK(report.imported == 3);
        CHECK(count(*workspace,
                    QStringLiteral("SELECT count(*) FROM calls WHERE external_id = 'M-1' AND "
                                   "relative_path = 'm/agent.wav' AND second_leg_path = "
                                   "'m/customer.wav'")) == 1);
        CHECK(noteFor(report, QStringLiteral("solo/agent.wav"))
                  .contains(QStringLiteral("solo/customer.wav")));
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM calls WHERE external_id = "
                                               "'M-2' AND second_leg_path IS NULL")) == 1);
        CHECK(count(*workspace, QStringLiteral("SELECT count(*) FROM calls WHERE relative_path = "
                                               "'x-out.wav' AND second_leg_path = "
                                               "'x-in.wav'")) == 1);
        const qint64 swapped = count(
            *workspace, QStringLiteral("SELECT id FROM calls WHERE relative_path = 'x-out.wav'"));
        const auto talk = app::analyzeCall(*workspace, Actor::owner(), swapped);
        REQUIRE(talk.ok());
        INFO("the agent's leg (x-out, 300 Hz) talks 0.5-3 s and 12-14 s");
        CHECK(*talk->talk.agentTalkMs == Approx(4500 + 4 * audio::VadOptions{}.edgeMs).margin(200));
    }
}

TEST_CASE("import on the command line: notes, joined legs and the customer's leg in --json",
          "[app][import][legs][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString calls = dir.filePath(QStringLiteral("calls"));
    makeLeg(calls + QStringLiteral("/a-in.wav"), 300, kAgentSpans, 5);
    makeLeg(calls + QStringLiteral("/b-t.wav"), 300, kAgentSpans, 5);
    const QString db = dir.filePath(QStringLiteral("w.callqa"));
    const QStringList base{QStringLiteral("--db"), db};
    REQUIRE(testing::runCallqa(base + QStringList{QStringLiteral("init")}).exitCode == 0);

    const testing::CliRun bad = testing::runCallqa(
        base + QStringList{QStringLiteral("import"), calls, QStringLiteral("--in-leg"),
                           QStringLiteral("caller")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--in-leg is agent or customer")));

    const testing::CliRun text =
        testing::runCallqa(base + QStringList{QStringLiteral("import"), calls});
    INFO(text.out.toStdString() << text.err.toStdString());
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("note: a-in.wav: the other leg of the call a.wav")));

    makeLeg(calls + QStringLiteral("/a-out.wav"), 500, kCustomerSpans, 5);
    const testing::CliRun json = testing::runCallqa(
        base + QStringList{QStringLiteral("import"), calls, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("legs_joined")).toInt() == 1);
    const QJsonArray notes = report.value(QStringLiteral("notes")).toArray();
    REQUIRE(notes.size() == 1);
    CHECK(notes.at(0).toObject().value(QStringLiteral("file")).toString() ==
          QStringLiteral("b-t.wav"));

    const testing::CliRun listed =
        testing::runCallqa(base + QStringList{QStringLiteral("calls"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(rows.size() == 2);
    int withLeg = 0;
    for (const QJsonValue& row : rows) {
        const QJsonObject call = row.toObject();
        if (call.value(QStringLiteral("recording")).toString() == QStringLiteral("a-in.wav")) {
            CHECK(call.value(QStringLiteral("customer_leg")).toString() ==
                  QStringLiteral("a-out.wav"));
            CHECK(call.value(QStringLiteral("channels")).toInt() == 2);
            ++withLeg;
        } else {
            CHECK(call.value(QStringLiteral("customer_leg")).isNull());
        }
    }
    CHECK(withLeg == 1);
    const testing::CliRun analysed =
        testing::runCallqa(base + QStringList{QStringLiteral("analyze"), QStringLiteral("--all")});
    INFO(analysed.out.toStdString() << analysed.err.toStdString());
    CHECK(analysed.exitCode == 0);
}
