#!/bin/sh
# The goals screen's documentation screenshot of the demo workspace (the first goal chosen):
#   scripts/goals-screenshot.sh [BUILD_DIR] [OUT_FILE]
# Renders under Xvfb when xvfb-run is there, offscreen otherwise.
set -eu
build=${1:-build}
out=${2:-docs/screenshots/goals.png}
callqa="$build/app/callqa"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$callqa" demo --db "$work/ws.db" --recordings "$work/rec" >/dev/null
if command -v xvfb-run >/dev/null; then
    CALLQA_PASSWORD=demo xvfb-run -a -s "-screen 0 1400x900x24" \
        "$callqa" --db "$work/ws.db" --user sara --goals --screenshot "$out"
else
    CALLQA_PASSWORD=demo "$callqa" --offscreen --db "$work/ws.db" --user sara --goals \
        --screenshot "$out"
fi
echo "wrote $out"
