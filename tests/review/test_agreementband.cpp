#include "review/calibration/agreementband.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

TEST_CASE("Agreement bands follow Landis & Koch", "[calibration]")
{
    struct Row {
        double value;
        const char* band;
    };
    const Row rows[] = {{-0.1, "poor"},         {0.0, "slight"},       {0.2, "slight"},
                        {0.21, "fair"},         {0.40, "fair"},        {0.43, "moderate"},
                        {0.61, "substantial"},  {0.80, "substantial"}, {0.81, "almost perfect"},
                        {1.0, "almost perfect"}};
    for (const Row& row : rows) {
        INFO(row.value);
        CHECK(agreementBand(row.value) == QString::fromLatin1(row.band));
    }
}
