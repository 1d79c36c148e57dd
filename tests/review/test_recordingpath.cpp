#include "review/calls/recordingpath.h"

#include <catch2/catch.hpp>

using namespace callqa::review;

TEST_CASE("recording paths are stored relative to the recordings root", "[review][paths]")
{
    CHECK(storedRecordingPath(QStringLiteral("/mnt/calls"), QStringLiteral("/mnt/calls/a/1.wav")) ==
          QStringLiteral("a/1.wav"));
    CHECK(storedRecordingPath(QStringLiteral("/mnt/calls/"),
                              QStringLiteral("/mnt/calls/a/../b.wav")) == QStringLiteral("b.wav"));
    INFO("outside the root, or a sibling folder with the same prefix: absolute");
    CHECK(storedRecordingPath(QStringLiteral("/mnt/calls"), QStringLiteral("/mnt/callsX/1.wav")) ==
          QStringLiteral("/mnt/callsX/1.wav"));
    CHECK(storedRecordingPath(QString(), QStringLiteral("/x/1.wav")) == QStringLiteral("/x/1.wav"));

    CHECK(resolveRecordingPath(QStringLiteral("/Volumes/calls"), QStringLiteral("a/1.wav")) ==
          QStringLiteral("/Volumes/calls/a/1.wav"));
    CHECK(resolveRecordingPath(QStringLiteral("/Volumes/calls"), QStringLiteral("/x/1.wav")) ==
          QStringLiteral("/x/1.wav"));
}
