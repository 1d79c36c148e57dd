#!/bin/sh
# The agents' side in the documentation: My evaluations and the read-only player as the demo agent
# jonas, and the dispute inbox as the demo supervisor sara:
#   scripts/agent-screenshots.sh [BUILD_DIR] [OUT_DIR]
# Renders under Xvfb when xvfb-run is there, offscreen otherwise.
set -eu
build=${1:-build}
out=${2:-docs/screenshots}
callqa="$build/app/callqa"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$callqa" demo --db "$work/ws.db" --recordings "$work/rec" >/dev/null
CALLQA_PASSWORD=demo "$callqa" --db "$work/ws.db" --user sara analyze --all >/dev/null
shoot() { # USER FILE [--tool NAME]
    user=$1
    file=$2
    shift 2
    if command -v xvfb-run >/dev/null; then
        CALLQA_PASSWORD=demo xvfb-run -a -s "-screen 0 1400x900x24" \
            "$callqa" --db "$work/ws.db" --user "$user" "$@" --screenshot "$file"
    else
        CALLQA_PASSWORD=demo "$callqa" --offscreen --db "$work/ws.db" --user "$user" "$@" \
            --screenshot "$file"
    fi
}
shoot jonas "$out/my-evaluations.png"
shoot jonas "$out/agent-player.png" --tool playCallButton
shoot sara "$out/dispute-inbox.png" --tool disputeInboxAction
echo "wrote $out/my-evaluations.png, agent-player.png and dispute-inbox.png"
