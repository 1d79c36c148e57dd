#!/usr/bin/env bash
# Starts or stops a throwaway user-level PulseAudio daemon with one null sink, for the playback
# tests and benchmarks (no sound card needed; works as root).
#   pulse-session.sh start STATEFILE   -> writes the folder, daemon pid, server address, sink and
#                                         the path of its command socket, one a line
#   pulse-session.sh stop STATEFILE    -> stops the daemon and removes its folder
# Clients use PULSE_SERVER=<server line of STATEFILE>; record what plays from <sink>.monitor. The
# command socket (module-cli-protocol-unix) takes pacmd-style commands, one a line: the playback
# tests use it to keep the server sending events to its clients.
set -euo pipefail
cmd=${1:?start|stop}
state=${2:?state file}
sink=callqa_null

case "$cmd" in
start)
  command -v pulseaudio >/dev/null || { echo "pulse-session: pulseaudio not installed (scripts/install-deps.sh)" >&2; exit 1; }
  if [ -f "$state" ]; then "$0" stop "$state" || true; fi
  dir=$(mktemp -d /tmp/callqa-pulse.XXXXXX)
  chmod 700 "$dir"
  cat >"$dir/session.pa" <<PA
load-module module-null-sink sink_name=$sink rate=48000 channels=2
load-module module-native-protocol-unix auth-anonymous=1 socket=$dir/native
load-module module-cli-protocol-unix socket=$dir/cli
set-default-sink $sink
PA
  # Own HOME and runtime folder: nothing is read from or written to the user's PulseAudio state.
  # Detached with setsid and no inherited pipes, so ctest does not wait for the daemon.
  HOME=$dir XDG_RUNTIME_DIR=$dir XDG_CONFIG_HOME=$dir/config XDG_STATE_HOME=$dir/state \
    setsid pulseaudio -n -F "$dir/session.pa" --daemonize=no --exit-idle-time=-1 \
    --disallow-exit --use-pid-file=no --log-target=stderr \
    </dev/null >"$dir/daemon.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 200); do
    if PULSE_SERVER="unix:$dir/native" pactl info >/dev/null 2>&1; then
      printf '%s\n%s\nunix:%s/native\n%s\n%s/cli\n' "$dir" "$pid" "$dir" "$sink" "$dir" >"$state"
      echo "pulse-session: started in $dir (pid $pid)"
      exit 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  cat "$dir/daemon.log" >&2
  kill "$pid" 2>/dev/null || true
  rm -rf "$dir"
  echo "pulse-session: the daemon did not come up" >&2
  exit 1
  ;;
stop)
  [ -f "$state" ] || exit 0
  dir=$(sed -n 1p "$state")
  pid=$(sed -n 2p "$state")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  case "$dir" in /tmp/callqa-pulse.*) rm -rf "$dir" ;; esac
  rm -f "$state"
  echo "pulse-session: stopped"
  ;;
*) echo "usage: $0 start|stop STATEFILE" >&2; exit 2 ;;
esac
