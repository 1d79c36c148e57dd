#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 cluster for the tests and benchmarks.
#   pg-cluster.sh start STATEFILE   -> writes the cluster folder and URL to STATEFILE
#   pg-cluster.sh stop STATEFILE    -> stops the cluster and removes its folder
#   pg-cluster.sh halt STATEFILE    -> stops the server, keeps its data (a server that went away)
#   pg-cluster.sh resume STATEFILE  -> starts a halted server again
#   pg-cluster.sh hba STATEFILE LINE -> puts LINE first in pg_hba.conf and reloads
# Each state file is its own cluster (own folder and socket), so a test may start a second one
# beside the suite's shared cluster and stop it at will.
# The cluster listens only on a Unix socket in its own folder under /tmp (short path, reachable
# by the postgres user even when the checkout sits under /root).
set -euo pipefail
cmd=${1:?start|stop}
state=${2:?state file}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/initdb" ] || { echo "pg-cluster: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  if [ -f "$state" ]; then "$0" stop "$state" || true; fi
  dir=$(mktemp -d /tmp/callqa-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  chmod 700 "$dir"
  as_owner "$bindir/initdb" -D "$dir/data" -U callqa --auth=trust -E UTF8 --locale=C.UTF-8 -N >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  printf '%s\n' "-k $dir -p 5432 -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >"$dir/options"
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "$(cat "$dir/options")" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  printf '%s\npostgresql://callqa@localhost:5432/postgres?host=%s\n' "$dir" "$dir" >"$state"
  echo "pg-cluster: started in $dir"
  ;;
stop)
  [ -f "$state" ] || exit 0
  dir=$(head -n 1 "$state")
  if [ -d "$dir/data" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  case "$dir" in /tmp/callqa-pg.*) rm -rf "$dir" ;; esac
  rm -f "$state"
  echo "pg-cluster: stopped"
  ;;
halt)
  dir=$(head -n 1 "$state")
  as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null
  echo "pg-cluster: halted"
  ;;
resume)
  dir=$(head -n 1 "$state")
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "$(cat "$dir/options")" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "pg-cluster: resumed"
  ;;
hba)
  line=${3:?pg_hba.conf line}
  dir=$(head -n 1 "$state")
  { printf '%s\n' "$line"; cat "$dir/data/pg_hba.conf"; } >"$dir/pg_hba.new"
  chown --reference="$dir/data/pg_hba.conf" "$dir/pg_hba.new" 2>/dev/null || true
  mv "$dir/pg_hba.new" "$dir/data/pg_hba.conf"
  as_owner "$bindir/pg_ctl" -D "$dir/data" reload >/dev/null
  sleep 0.3
  ;;
*) echo "usage: $0 start|stop|halt|resume STATEFILE | hba STATEFILE LINE" >&2; exit 2 ;;
esac
