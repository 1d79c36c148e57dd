#!/usr/bin/env bash
# Prepares an existing PostgreSQL server for a callqa team workspace: a login role with a password
# and a database owned by it. Safe to run again: what exists is kept (a given password is set).
#
#   sudo scripts/setup-server.sh [--role callqa] [--database callqa] [--host HOST] [--port 5432]
#   scripts/setup-server.sh --admin-url postgresql://postgres@dbhost/postgres [...]
#
# Without --admin-url it runs psql as the `postgres` system user (run it as root or with sudo).
# The password comes from $CALLQA_DB_PASSWORD; without it a new role gets a generated one, printed
# once. The password is handed to psql on its standard input, never on a command line (where
# `ps` would show it); a password in --admin-url is moved to PGPASSWORD for the same reason.
# Prints the URL workstations use with `callqa --db URL` (the password is not part of it: put it
# in ~/.pgpass).
set -euo pipefail
role=callqa database=callqa host=$(hostname -f 2>/dev/null || hostname) port=5432 admin_url=
while [ $# -gt 0 ]; do
  case "$1" in
    --role) role=${2:?}; shift 2 ;;
    --database) database=${2:?}; shift 2 ;;
    --host) host=${2:?}; shift 2 ;;
    --port) port=${2:?}; shift 2 ;;
    --admin-url) admin_url=${2:?}; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "setup-server: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ $role =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "setup-server: role names are lowercase letters, digits and _" >&2; exit 2; }
[[ $database =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "setup-server: database names are lowercase letters, digits and _" >&2; exit 2; }

# A password in --admin-url goes to psql through PGPASSWORD (the environment, readable only by this
# user), never on psql's command line, where `ps` shows it to everyone.
if [[ $admin_url =~ ^(postgres(ql)?://[^:/@]*):([^@]*)@(.*)$ ]]; then
  printf -v PGPASSWORD '%b' "${BASH_REMATCH[3]//%/\\x}" # percent-decoded
  export PGPASSWORD
  admin_url="${BASH_REMATCH[1]}@${BASH_REMATCH[4]}"
fi

admin_psql() {
  if [ -n "$admin_url" ]; then
    psql "$admin_url" -X -q -v ON_ERROR_STOP=1 "$@"
  elif [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@"
  else
    sudo -u postgres psql -X -q -v ON_ERROR_STOP=1 "$@"
  fi
}

password=${CALLQA_DB_PASSWORD:-}
role_exists=$(admin_psql -At -v r="$role" <<<"SELECT count(*) FROM pg_roles WHERE rolname = :'r'")
db_exists=$(admin_psql -At -v d="$database" <<<"SELECT count(*) FROM pg_database WHERE datname = :'d'")
generated=
if [ "$role_exists" = 0 ] && [ -z "$password" ]; then
  password=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
  generated=1
fi

# The password reaches psql on its standard input only (a \set line, then the statement), never in
# its arguments; what psql reports on failure is shown with the password masked. A superuser
# session also keeps the statement out of the server's log (log_statement, and the statement the
# server logs with an error).
psql_literal() { local s=${1//\\/\\\\}; printf "'%s'" "${s//\'/\'\'}"; }
set_password() { # VERB: CREATE or ALTER
  local report
  if ! report=$({ echo "SELECT set_config('log_statement', 'none', false), set_config('log_min_error_statement', 'panic', false) FROM pg_roles WHERE rolname = current_user AND rolsuper;"
                  printf '\\set p %s\n' "$(psql_literal "$password")"
                  printf '%s ROLE :"r" LOGIN PASSWORD :%s\n' "$1" "'p'"; } \
                | admin_psql -v r="$role" 2>&1); then
    printf '%s\n' "${report//"$password"/****}" >&2
    echo "setup-server: could not set the password of role $role" >&2
    exit 1
  fi
}
if [ "$role_exists" = 0 ]; then
  set_password CREATE
  echo "setup-server: created role $role"
else
  echo "setup-server: role $role already exists"
  if [ -n "$password" ]; then
    set_password ALTER
  fi
fi
if [ "$db_exists" = 0 ]; then
  admin_psql -v r="$role" -v d="$database" <<<"CREATE DATABASE :\"d\" OWNER :\"r\" ENCODING 'UTF8' TEMPLATE template0"
  echo "setup-server: created database $database owned by $role"
else
  echo "setup-server: database $database already exists"
  admin_psql -v r="$role" -v d="$database" <<<"ALTER DATABASE :\"d\" OWNER TO :\"r\""
fi
# PostgreSQL 15 no longer lets every role create in the public schema: give it to the owner.
if [ -n "$admin_url" ]; then
  db_url=$(printf '%s' "$admin_url" | sed -E "s#(://[^/]*/)[^?]*#\1$database#")
  psql "$db_url" -X -q -v ON_ERROR_STOP=1 -v r="$role" <<<"ALTER SCHEMA public OWNER TO :\"r\""
else
  admin_psql -d "$database" -v r="$role" <<<"ALTER SCHEMA public OWNER TO :\"r\""
fi

url_host=$host
case "$host" in /*) url="postgresql://$role@localhost:$port/$database?host=$host" ;;
  *) url="postgresql://$role@$url_host:$port/$database" ;; esac
echo
echo "Workstation URL: $url"
echo "  callqa --db '$url' init"
echo "  ~/.pgpass line (chmod 600): $host:$port:$database:$role:PASSWORD"
if [ -n "$generated" ]; then
  echo "Generated password for $role (shown once): $password"
fi
