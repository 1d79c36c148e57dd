#!/usr/bin/env bash
# Runs the playback tests many times in a row, in the plain and the sanitized build, while CPU
# burners compete for the cores, and counts passes and failures. Run by hand (not part of CI):
# it shows whether the playback suite is deterministic under load.
#   scripts/stress-playback.sh [RUNS] [BUILD_DIR...]     defaults: 30 build build-asan
# Environment:
#   STRESS_BURNERS  busy-loop processes beside the tests (default 2, one per core here)
#   STRESS_FILTER   extended regex: only the test cases whose names match (default: all)
#   STRESS_LOGS     folder for the output of failed test processes (default: a temp folder)
# Like ctest, every test case is its own process, against one throwaway PulseAudio session
# (scripts/pulse-session.sh). A failed process is counted as an exit crash when its tests had all
# passed (the teardown race this script was written for), else as a failed check.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-30}
shift || true
builds=("$@")
[ ${#builds[@]} -gt 0 ] || builds=(build build-asan)
burners=${STRESS_BURNERS:-2}
filter=${STRESS_FILTER:-.}
work=$(mktemp -d /tmp/callqa-stress.XXXXXX)
logs=${STRESS_LOGS:-$work/logs}
mkdir -p "$logs"
state=$work/pulse.state
burner_pids=()

cleanup() {
  for pid in "${burner_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  "$here/scripts/pulse-session.sh" stop "$state" >/dev/null 2>&1 || true
  [ -n "${STRESS_LOGS:-}" ] || [ -n "$(ls -A "$logs")" ] || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The environment of callqa.sh's sanitized suite (harmless for the plain build).
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS=suppressions=$here/scripts/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

for build in "${builds[@]}"; do
  [ -x "$here/$build/tests/audio/tests_playback" ] ||
    { echo "stress-playback: $build/tests/audio/tests_playback is not built" >&2; exit 2; }
done
"$here/scripts/pulse-session.sh" start "$state" >/dev/null
export CALLQA_TEST_PULSE_STATE=$state

for _ in $(seq 1 "$burners"); do
  (while :; do :; done) &
  burner_pids+=($!)
done

summary=()
for build in "${builds[@]}"; do
  exe=$here/$build/tests/audio/tests_playback
  mapfile -t names < <("$exe" --list-test-names-only | grep -E -- "$filter" | grep -v '^$')
  run_pass=0 run_fail=0 case_pass=0 case_fail=0 exit_crashes=0
  for run in $(seq 1 "$runs"); do
    failed=0
    for name in "${names[@]}"; do
      # A Catch test spec: ',' separates names and '[' starts a tag, so both are escaped.
      spec=${name//,/\\,}
      spec=${spec//[/\\[}
      log=$logs/$build-run$run-$(printf '%s' "$name" | tr -c 'A-Za-z0-9' '_' | cut -c1-40).log
      if (cd "$here/$build/tests/audio" && "$exe" "$spec") >"$log" 2>&1; then
        case_pass=$((case_pass + 1))
        rm -f "$log"
      else
        case_fail=$((case_fail + 1))
        failed=1
        kind="failed check"
        if grep -q "All tests passed" "$log"; then
          kind="exit crash"
          exit_crashes=$((exit_crashes + 1))
        fi
        echo "  $build run $run FAILED ($kind): $name (log: $log)"
        grep -m3 -E "Assertion|ERROR: |FAILED|runtime error" "$log" | sed 's/^/    /' || true
      fi
    done
    if [ $failed -eq 0 ]; then run_pass=$((run_pass + 1)); else run_fail=$((run_fail + 1)); fi
    echo "$build: run $run of $runs done ($run_pass passed, $run_fail failed)"
  done
  summary+=("$build: $run_pass of $runs runs passed, $run_fail failed; test processes: $case_pass passed, $case_fail failed, of which $exit_crashes crashed at exit after their tests passed (${#names[@]} cases a run, $burners CPU burners)")
done

echo "== stress-playback summary"
printf '%s\n' "${summary[@]}"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
for line in "${summary[@]}"; do
  case "$line" in *", 0 failed;"*) ;; *) exit 1 ;; esac
done
