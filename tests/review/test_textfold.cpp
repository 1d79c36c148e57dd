#include "review/textfold.h"

#include <catch2/catch.hpp>

using callqa::review::foldForSearch;

TEST_CASE("textfold: folding matches across scripts", "[review][textfold]")
{
    struct Row {
        const char* a;
        const char* b;
    };
    const Row same[] = {
        {"ПРИВЕТ", "привет"}, {"İstanbul", "istanbul"}, {"STRASSE", "straße"}, {"Ärger", "ärger"},
        {"  Ayşe  ", "ayşe"}, {"ILIK", "ilik"},         {"مریم", "مریم"},
    };
    for (const Row& row : same) {
        INFO(row.a << " vs " << row.b);
        CHECK(foldForSearch(QString::fromUtf8(row.a)) == foldForSearch(QString::fromUtf8(row.b)));
    }
    CHECK(foldForSearch(QStringLiteral("Anna")) != foldForSearch(QStringLiteral("Anne")));
}
