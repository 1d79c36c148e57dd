#!/usr/bin/env bash
# scripts/setup-server.sh against a throwaway cluster: creates the role and database, prints the
# workstation URL, is idempotent, and the role really logs in with its password (scram).
set -euo pipefail
src=${1:?source dir}
work=$(mktemp -d)
state=$work/cluster.state
cleanup() { "$src/scripts/pg-cluster.sh" stop "$state" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
"$src/scripts/pg-cluster.sh" start "$state" >/dev/null
sock=$(head -n 1 "$state")
admin=$(sed -n 2p "$state")
"$src/scripts/pg-cluster.sh" hba "$state" "local all qa_team scram-sha-256"

out1=$(CALLQA_DB_PASSWORD='Team-Pw-7' "$src/scripts/setup-server.sh" --admin-url "$admin" \
  --role qa_team --database qa_floor --host "$sock")
echo "$out1"
echo "$out1" | grep -q "postgresql://qa_team@" || { echo "FAIL: no workstation URL" >&2; exit 1; }
echo "$out1" | grep -q "Team-Pw-7" && { echo "FAIL: the password was printed" >&2; exit 1; }

# idempotent: a second run succeeds and changes nothing it should not
out2=$(CALLQA_DB_PASSWORD='Team-Pw-7' "$src/scripts/setup-server.sh" --admin-url "$admin" \
  --role qa_team --database qa_floor --host "$sock")
echo "$out2" | grep -q "already" || { echo "FAIL: second run did not say it found them" >&2; exit 1; }

owner=$(psql -h "$sock" -U callqa -d postgres -Atc "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'qa_floor'")
[ "$owner" = qa_team ] || { echo "FAIL: owner is '$owner'" >&2; exit 1; }
count=$(psql -h "$sock" -U callqa -d postgres -Atc "SELECT count(*) FROM pg_roles WHERE rolname = 'qa_team'")
[ "$count" = 1 ] || { echo "FAIL: $count roles" >&2; exit 1; }
# the role logs in with its password and can create the schema
PGPASSWORD='Team-Pw-7' psql -h "$sock" -U qa_team -d qa_floor -v ON_ERROR_STOP=1 -Atc "CREATE TABLE t (x int); DROP TABLE t" >/dev/null
if PGPASSWORD='wrong' psql -h "$sock" -U qa_team -d qa_floor -Atc "SELECT 1" >/dev/null 2>&1; then
  echo "FAIL: a wrong password was accepted" >&2; exit 1
fi
echo "setup-server: ok"
