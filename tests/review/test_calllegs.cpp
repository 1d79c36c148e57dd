#include "review/calls/calllegs.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

TEST_CASE("call legs: which file names are legs, and whose", "[review][legs]")
{
    struct Row {
        const char* file;
        bool inLegIsCustomer;
        const char* callName; // nullptr: not a leg
        const char* pairKey;
        LegSide side;
    };
    const Row rows[] = {
        {"q1/20260305-101500_a017-in.wav", false, "q1/20260305-101500_a017.wav",
         "q1/20260305-101500_a017", LegSide::Agent},
        {"q1/20260305-101500_a017-out.mp3", false, "q1/20260305-101500_a017.mp3",
         "q1/20260305-101500_a017", LegSide::Customer},
        {"call-IN.WAV", false, "call.WAV", "call", LegSide::Agent},
        {"call-t.wav", false, "call.wav", "call", LegSide::Agent},
        {"call-r.wav", false, "call.wav", "call", LegSide::Customer},
        {"call-in.wav", true, "call.wav", "call", LegSide::Customer},
        {"call-r.wav", true, "call.wav", "call", LegSide::Agent},
        {"C-88231-in", false, "C-88231", "C-88231", LegSide::Agent}, // no extension
        {"a.b-out.wav", false, "a.b.wav", "a.b", LegSide::Customer},
        // not legs: the direction in the file-name pattern, other suffixes, a bare suffix
        {"20260305-101500_a017_in_C-1.wav", false, nullptr, nullptr, LegSide::Agent},
        {"call-inbound.wav", false, nullptr, nullptr, LegSide::Agent},
        {"call_in.wav", false, nullptr, nullptr, LegSide::Agent},
        {"-in.wav", false, nullptr, nullptr, LegSide::Agent},
        {"in.wav", false, nullptr, nullptr, LegSide::Agent},
    };
    for (const Row& row : rows) {
        INFO(row.file << (row.inLegIsCustomer ? " (-in is the customer)" : ""));
        const auto leg = legOfFile(QString::fromUtf8(row.file), row.inLegIsCustomer);
        if (!row.callName) {
            CHECK_FALSE(leg);
            continue;
        }
        REQUIRE(leg);
        CHECK(leg->callName == QString::fromUtf8(row.callName));
        CHECK(leg->pairKey == QString::fromUtf8(row.pairKey));
        CHECK(leg->side == row.side);
    }
}

TEST_CASE("call legs: a folder's files grouped into calls", "[review][legs]")
{
    const QStringList files = {
        QStringLiteral("a/x-in.wav"),  QStringLiteral("a/x-out.mp3"), // a pair, any formats
        QStringLiteral("b/x-out.wav"),                                // other folder: alone
        QStringLiteral("plain.wav"),                                  // not a leg
        QStringLiteral("y-t.wav"),     QStringLiteral("y-r.wav"),     // MixMonitor's names
        QStringLiteral("z-in.wav"),    QStringLiteral("z-in.mp3"),
        QStringLiteral("z-out.wav"), // two agent legs: none pairs
    };
    const QList<ImportUnit> units = groupLegs(files, false);
    REQUIRE(units.size() == 7);
    const auto find = [&](const char* file) -> const ImportUnit* {
        for (const ImportUnit& unit : units)
            if (unit.file == QString::fromUtf8(file))
                return &unit;
        return nullptr;
    };
    const ImportUnit* pair = find("a/x-in.wav");
    REQUIRE(pair);
    CHECK(pair->customerFile == QStringLiteral("a/x-out.mp3"));
    CHECK(pair->factsName == QStringLiteral("a/x.wav"));
    CHECK(pair->note.isEmpty());
    const ImportUnit* lone = find("b/x-out.wav");
    REQUIRE(lone);
    CHECK(lone->customerFile.isEmpty());
    CHECK(lone->note.contains(QStringLiteral("the other leg of the call b/x.wav")));
    const ImportUnit* plain = find("plain.wav");
    REQUIRE(plain);
    CHECK(plain->customerFile.isEmpty());
    CHECK(plain->note.isEmpty());
    const ImportUnit* mix = find("y-t.wav");
    REQUIRE(mix);
    CHECK(mix->customerFile == QStringLiteral("y-r.wav"));
    for (const char* crowded : {"z-in.wav", "z-in.mp3", "z-out.wav"}) {
        const ImportUnit* unit = find(crowded);
        REQUIRE(unit);
        CHECK(unit->customerFile.isEmpty());
        CHECK(unit->note.contains(QStringLiteral("more than one leg")));
    }
    CHECK(std::is_sorted(units.begin(), units.end(),
                         [](const ImportUnit& a, const ImportUnit& b) { return a.file < b.file; }));

    INFO("the customer's leg first in the list, and -in as the customer's");
    const QList<ImportUnit> swapped =
        groupLegs({QStringLiteral("x-out.wav"), QStringLiteral("x-in.wav")}, true);
    REQUIRE(swapped.size() == 1);
    CHECK(swapped.front().file == QStringLiteral("x-out.wav"));
    CHECK(swapped.front().customerFile == QStringLiteral("x-in.wav"));
}

TEST_CASE("call legs: the content hash of a pair", "[review][legs]")
{
    const QString a(64, QLatin1Char('a'));
    const QString b(64, QLatin1Char('b'));
    const QString pair = legsContentSha256(a, b);
    CHECK(pair.size() == 64);
    CHECK(pair == legsContentSha256(a, b));
    CHECK(pair != legsContentSha256(b, a));
    CHECK(pair != a);
    CHECK(pair != b);
    // sha256("callqa.legs/1\n" + 64 x 'a' + "\n" + 64 x 'b'), computed with sha256sum
    CHECK(pair ==
          QStringLiteral("caa9a766b8df47c69b925db9179eaf917d3ca35f4c99b081d87df31bf15a9ea7"));
}
