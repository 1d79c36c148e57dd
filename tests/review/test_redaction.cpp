#include "review/storage/redaction.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

TEST_CASE("redaction: an address is shown without any password it carries", "[review][location]")
{
    struct Row {
        const char* address;
        const char* shown;
    };
    const Row rows[] = {
        // nothing to hide
        {"/srv/qa/workspace.db", "/srv/qa/workspace.db"},
        {"qa@backup:/srv/x.db", "qa@backup:/srv/x.db"},
        {"postgresql://qa@db/floor", "postgresql://qa@db/floor"},
        {"postgresql://db:5432/floor", "postgresql://db:5432/floor"},
        {"postgresql://qa@db:5432/floor?host=/run/pg",
         "postgresql://qa@db:5432/floor?host=/run/pg"},
        {"postgresql://qa:@db/floor", "postgresql://qa:@db/floor"},
        // well-formed and malformed URLs
        {"postgresql://qa:S3ntinel-Pw-91@db:5432/floor", "postgresql://qa:****@db:5432/floor"},
        {"postgres://qa:S3ntinel-Pw-91@db/floor", "postgres://qa:****@db/floor"},
        {"postgresql://qa:S3ntinel-Pw-91@db:54x2/floor", "postgresql://qa:****@db:54x2/floor"},
        {"postgresql://qa:S3ntinel/Pw@91@db/floor", "postgresql://qa:****@db/floor"},
        {"postgresql://qa:S3nt:inel?Pw#91@db/floor", "postgresql://qa:****@db/floor"},
        {"postgresql://qa:S3ntinel Pw 91@db/floor", "postgresql://qa:****@db/floor"},
        {"postgresql://qa:s%C3%A9cretS3ntinel@db/floor", "postgresql://qa:****@db/floor"},
        {"postgresql://qa:S3ntinel-Pw-91@[db/floor", "postgresql://qa:****@[db/floor"},
        {"  postgresql://qa:S3ntinel-Pw-91@db/", "  postgresql://qa:****@db/"},
        {"postgresql:/qa:S3ntinel-Pw-91@db/floor", "postgresql:/qa:****@db/floor"},
        {"postgresql:qa:S3ntinel-Pw-91@db/floor", "postgresql:qa:****@db/floor"},
        {"mysql://qa:S3ntinel-Pw-91@db/floor", "mysql://qa:****@db/floor"},
        // password parameters, in a URL or a libpq keyword/value string
        {"postgresql://qa@db/floor?password=S3ntinel-Pw-91&host=/run",
         "postgresql://qa@db/floor?password=****&host=/run"},
        {"postgresql://qa@db/floor?PASSWORD=S3ntinel-Pw-91",
         "postgresql://qa@db/floor?PASSWORD=****"},
        {"host=db password=S3ntinel-Pw-91 dbname=floor", "host=db password=**** dbname=floor"},
        {"host=db password = 'S3ntinel Pw 91' dbname=floor",
         "host=db password = **** dbname=floor"},
        {"postgresql://qa:S3ntinel@db/floor?password=S3ntinel",
         "postgresql://qa:****@db/floor?password=****"},
    };
    for (const Row& row : rows) {
        INFO(row.address);
        const QString shown = redactedAddress(QString::fromUtf8(row.address));
        CHECK(shown == QString::fromUtf8(row.shown));
        CHECK_FALSE(shown.contains(QStringLiteral("S3ntinel")));
    }
}
