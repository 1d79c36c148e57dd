#!/usr/bin/env bash
# scripts/setup-server.sh against a throwaway cluster: creates the role and database, prints the
# workstation URL, is idempotent, and the role really logs in with its password (scram). No
# password ever appears in what it prints, nor on any command line it runs (which `ps` shows to
# every user): every psql it starts is recorded by a shim in PATH, and with strace installed every
# program it starts at all.
set -euo pipefail
src=${1:?source dir}
work=$(mktemp -d)
state=$work/cluster.state
cleanup() { "$src/scripts/pg-cluster.sh" stop "$state" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
"$src/scripts/pg-cluster.sh" start "$state" >/dev/null
sock=$(head -n 1 "$state")
admin=$(sed -n 2p "$state")
"$src/scripts/pg-cluster.sh" hba "$state" "local all qa_team,qa_admin scram-sha-256"

sentinel="S3ntinel-Pw-91'q\\z"  # a quote and a backslash: psql's quoting is exercised too
admin_sentinel='Adm1n-S3ntinel'
fail() { echo "FAIL: $*" >&2; exit 1; }

# Every psql the script starts writes its arguments here first.
mkdir -p "$work/shim"
real_psql=$(command -v psql)
cat >"$work/shim/psql" <<SHIM
#!/usr/bin/env bash
printf '%s\n' "\$*" >>"$work/argv.log"
exec "$real_psql" "\$@"
SHIM
chmod +x "$work/shim/psql"
: >"$work/argv.log"

# Runs setup-server.sh with the shim (and under strace when there is one); output to $work/out.
setup() {
  local status=0
  if command -v strace >/dev/null; then
    PATH="$work/shim:$PATH" strace -f -qq -e trace=execve -s 4096 -o "$work/trace.$RANDOM" \
      "$src/scripts/setup-server.sh" "$@" >"$work/out" 2>&1 || status=$?
  else
    PATH="$work/shim:$PATH" "$src/scripts/setup-server.sh" "$@" >"$work/out" 2>&1 || status=$?
  fi
  cat "$work/out"
  grep -qF -- "$sentinel" "$work/out" && fail "the password was printed"
  grep -qF -- "$admin_sentinel" "$work/out" && fail "the admin password was printed"
  return $status
}

out1=$(CALLQA_DB_PASSWORD=$sentinel setup --admin-url "$admin" --role qa_team --database qa_floor --host "$sock")
echo "$out1"
echo "$out1" | grep -q "postgresql://qa_team@" || fail "no workstation URL"

# idempotent: a second run succeeds and changes nothing it should not
out2=$(CALLQA_DB_PASSWORD=$sentinel setup --admin-url "$admin" --role qa_team --database qa_floor --host "$sock")
echo "$out2" | grep -q "already" || fail "second run did not say it found them"

owner=$(psql -h "$sock" -U callqa -d postgres -Atc "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'qa_floor'")
[ "$owner" = qa_team ] || fail "owner is '$owner'"
count=$(psql -h "$sock" -U callqa -d postgres -Atc "SELECT count(*) FROM pg_roles WHERE rolname = 'qa_team'")
[ "$count" = 1 ] || fail "$count roles"
# the role logs in with its password and can create the schema
PGPASSWORD=$sentinel psql -h "$sock" -U qa_team -d qa_floor -v ON_ERROR_STOP=1 -Atc "CREATE TABLE t (x int); DROP TABLE t" >/dev/null
if PGPASSWORD='wrong' psql -h "$sock" -U qa_team -d qa_floor -Atc "SELECT 1" >/dev/null 2>&1; then
  fail "a wrong password was accepted"
fi

# an admin URL with a password: it goes to psql through the environment, not its arguments
psql -h "$sock" -U callqa -d postgres -qc "CREATE ROLE qa_admin SUPERUSER LOGIN PASSWORD '$admin_sentinel'"
admin_with_password="postgresql://qa_admin:$admin_sentinel@localhost:5432/postgres?host=$sock"
CALLQA_DB_PASSWORD=$sentinel setup --admin-url "$admin_with_password" --role qa_team --database qa_floor --host "$sock" >/dev/null \
  || fail "the admin URL with a password was not accepted"

# error paths: a refused admin password, a role PostgreSQL refuses to create with the password
if CALLQA_DB_PASSWORD=$sentinel setup --admin-url "postgresql://qa_admin:$sentinel@localhost:5432/postgres?host=$sock" \
     --role qa_other --database qa_other --host "$sock" >/dev/null; then
  fail "a wrong admin password was accepted"
fi
if CALLQA_DB_PASSWORD=$sentinel setup --admin-url "$admin" --role pg_reserved --database qa_other --host "$sock" >/dev/null; then
  fail "a reserved role name was accepted"
fi
grep -q "reserved" "$work/out" || fail "the server's reason for the reserved role was not shown"

grep -qF -- "S3ntinel-Pw-91" "$sock/server.log" && fail "the password is in the server's log"
grep -qF -- "$sentinel" "$work/argv.log" && fail "the password was on a psql command line"
grep -qF -- "$admin_sentinel" "$work/argv.log" && fail "the admin password was on a psql command line"
[ -s "$work/argv.log" ] || fail "the psql shim recorded nothing"
if command -v strace >/dev/null; then
  # every program started, except setup-server.sh itself (the caller chose to put the admin URL
  # on its command line; the script cannot take that back)
  started=$(cat "$work"/trace.* | grep 'execve(' | grep -v 'scripts/setup-server.sh"' || true)
  [ -n "$started" ] || fail "strace recorded nothing"
  echo "$started" | grep -qF -- "S3ntinel-Pw-91" && fail "the password was on a command line"
  echo "$started" | grep -qF -- "$admin_sentinel" && fail "the admin password was on a command line"
  echo "setup-server: checked $(echo "$started" | wc -l) started programs"
fi
echo "setup-server: ok"
