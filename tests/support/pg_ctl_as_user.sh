#!/usr/bin/env bash
# pg_ctl wrapper for the test suite. PostgreSQL's initdb, pg_ctl and postgres refuse to run as root,
# and CI runs as root, so when called as root this runs the real pg_ctl (TIMELINE_REAL_PG_CTL) as the
# `postgres` user (or `nobody`) through setpriv, after giving that user the folders it must write
# (the parents of the data directory and of the log file) and traverse permission on their ancestors
# and on the binaries' ancestors. As any other user it simply runs the real pg_ctl.
set -euo pipefail
real="${TIMELINE_REAL_PG_CTL:?TIMELINE_REAL_PG_CTL is not set}"
if [ "$(id -u)" != "0" ]; then exec "$real" "$@"; fi

user=postgres
id -u "$user" >/dev/null 2>&1 || user=nobody
group=$(id -gn "$user")

can_enter() { setpriv --reuid="$user" --regid="$group" --init-groups test -x "$1" 2>/dev/null; }
open_path() {  # add o+x to each ancestor of $1 that $user cannot enter
  local d
  d=$(dirname "$1")
  while [ "$d" != "/" ]; do
    can_enter "$d" || chmod o+x "$d"
    d=$(dirname "$d")
  done
}

prev=""
for arg in "$@"; do
  case "$prev" in
    --pgdata|-D|-l)
      parent=$(dirname "$arg")
      mkdir -p "$parent"
      chown "$user:$group" "$parent"
      open_path "$parent/x"
      ;;
  esac
  prev="$arg"
done
open_path "$real"
exec setpriv --reuid="$user" --regid="$group" --init-groups "$real" "$@"
