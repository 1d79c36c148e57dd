#!/bin/sh
# The review screen's documentation screenshots, in English and in Persian (mirrored), of a demo
# call with dead air and overtalk, half scored by keys with two comments:
#   scripts/review-screenshots.sh [BUILD_DIR] [OUT_DIR]
# Renders under Xvfb when xvfb-run is there, offscreen otherwise.
set -eu
build=${1:-build}
out=${2:-docs/screenshots}
callqa="$build/app/callqa"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$callqa" demo --db "$work/ws.db" --recordings "$work/rec" >/dev/null
CALLQA_PASSWORD=demo "$callqa" --db "$work/ws.db" --user sara analyze --all >/dev/null
# The longest call with both dead air and overtalk.
call=$(CALLQA_PASSWORD=demo "$callqa" --db "$work/ws.db" --user sara --json calls |
    python3 -c '
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT c.external_id FROM calls c JOIN call_analysis a ON a.call_id = c.id "
                  "WHERE a.dead_air_count > 0 AND a.overtalk_count > 0 "
                  "ORDER BY c.duration_ms DESC LIMIT 1").fetchall()
print(rows[0][0] if rows else "")' "$work/ws.db")
[ -n "$call" ] || { echo "no demo call with dead air and overtalk" >&2; exit 1; }
keys="1 Down 1 Down 1 Down 2 Down 1 L L L C 'Silence_before_the_answer:_say_what_you_are_doing Return Down 1 Down 1 L L L L C 'Talked_over_the_customer Return Down"
shoot() { # LANG_CODE FILE
    if command -v xvfb-run >/dev/null; then
        CALLQA_LANG=$1 CALLQA_PASSWORD=demo xvfb-run -a -s "-screen 0 1400x900x24" \
            "$callqa" --db "$work/ws.db" --user rita --open "$call" --keys "$keys" --screenshot "$2"
    else
        CALLQA_LANG=$1 CALLQA_PASSWORD=demo "$callqa" --offscreen --db "$work/ws.db" --user rita \
            --open "$call" --keys "$keys" --screenshot "$2"
    fi
    # Each run must begin afresh: the next one would find the first's draft.
    CALLQA_PASSWORD=demo "$callqa" --db "$work/ws.db" --user sara draft list >/dev/null
}
shoot en "$out/review-screen.png"
rm -f "$work/ws.db"*
"$callqa" demo --db "$work/ws.db" --recordings "$work/rec" >/dev/null
CALLQA_PASSWORD=demo "$callqa" --db "$work/ws.db" --user sara analyze --all >/dev/null
shoot fa "$out/review-screen-fa.png"
echo "wrote $out/review-screen.png and $out/review-screen-fa.png ($call)"
