#include "review/metrics/metricrollup.h"
#include "review/metrics/metricsettings.h"
#include "review/storage/workspace.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch.hpp>

using namespace callqa;
using namespace callqa::review;

TEST_CASE("metrics settings: what each one accepts", "[review][metrics]")
{
    struct Row {
        const char* key;
        const char* value;
        const char* stored; // nullptr: refused
    };
    const Row rows[] = {
        {"metrics.service_level_s", "20", "20"},
        {"metrics.service_level_s", " 12.5 ", "12.5"},
        {"metrics.service_level_s", "0", nullptr},
        {"metrics.service_level_s", "-3", nullptr},
        {"metrics.service_level_s", "x", nullptr},
        {"metrics.service_level_s", "90000", nullptr},
        {"metrics.repeat_contact_days", "7", "7"},
        {"metrics.repeat_contact_days", "365", "365"},
        {"metrics.repeat_contact_days", "0", nullptr},
        {"metrics.repeat_contact_days", "2.5", nullptr},
        {"metrics.minimum_n", "5", nullptr},
    };
    for (const Row& row : rows) {
        INFO(row.key << " = " << row.value);
        const auto checked =
            checkMetricSetting(QString::fromLatin1(row.key), QString::fromLatin1(row.value));
        if (row.stored) {
            REQUIRE(checked.ok());
            CHECK(*checked == QString::fromLatin1(row.stored));
        } else {
            CHECK_FALSE(checked.ok());
            CHECK(checked.error().contains(QString::fromLatin1(row.key)));
        }
    }
}

TEST_CASE("metrics settings: set with an audit row, only by those who manage goals",
          "[review][metrics]")
{
    const Backend backend = GENERATE(from_range(testing::kAllBackends));
    SECTION(testing::backendName(backend).toStdString())
    {
        testing::TestLocation location(backend);
        auto workspace = testing::openWorkspace(location);
        QList<MetricSetting> settings = metricSettings(*workspace);
        REQUIRE(settings.size() == 2);
        CHECK(settings.at(0).key == QString::fromLatin1(kServiceLevelSetting));
        CHECK(settings.at(0).value == QStringLiteral("20"));
        CHECK(settings.at(1).value == QStringLiteral("7"));

        REQUIRE(setMetricSetting(*workspace, Actor::owner(),
                                 QString::fromLatin1(kRepeatContactSetting), QStringLiteral("14"))
                    .ok());
        CHECK(metricSettings(*workspace).at(1).value == QStringLiteral("14"));
        CHECK(workspace->db()
                  .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'metrics.setting' AND entity_id = ?"),
                          {QString::fromLatin1(kRepeatContactSetting)})
                  .toInt() == 1);
        INFO("a bad value and a reviewer change nothing");
        CHECK_FALSE(setMetricSetting(*workspace, Actor::owner(),
                                     QString::fromLatin1(kRepeatContactSetting),
                                     QStringLiteral("0"))
                        .ok());
        testing::addReviewer(*workspace, QStringLiteral("rita")); // the first user: also admin
        CHECK_FALSE(
            setMetricSetting(*workspace, testing::addReviewer(*workspace, QStringLiteral("ali")),
                             QString::fromLatin1(kServiceLevelSetting), QStringLiteral("30"))
                .ok());
        CHECK(metricSettings(*workspace).at(0).value == QStringLiteral("20"));
        CHECK(metricSettings(*workspace).at(1).value == QStringLiteral("14"));
    }
}
