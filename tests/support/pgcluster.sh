#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster for the tests and bench_team: made in a new temporary folder, listening on a Unix
# socket only (no TCP port), trusting its local users, and thrown away whole.
#   pgcluster.sh start STATE_DIR   writes STATE_DIR/socket (the socket folder) once the server accepts connections
#   pgcluster.sh stop STATE_DIR    stops the server and removes its folder
# Without the PostgreSQL binaries it says so and writes nothing: the tests on the server then skip.
set -euo pipefail
action=${1:?start or stop}
state=${2:?state folder}
bin=$(pg_config --bindir 2>/dev/null || true)
[[ -x $bin/initdb ]] || bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

# PostgreSQL refuses to run as root; as root the cluster belongs to the postgres user (or nobody).
as_owner() { "$@"; }
if [[ $(id -u) == 0 ]]; then
    owner=postgres
    id -u "$owner" >/dev/null 2>&1 || owner=nobody
    as_owner() { runuser -u "$owner" -- "$@"; }
fi

case $action in
start)
    rm -rf "$state"
    mkdir -p "$state"
    if [[ ! -x $bin/initdb || ! -x $bin/pg_ctl ]]; then
        echo "pgcluster: the PostgreSQL server binaries are missing (install postgresql-15); tests on the server skip"
        exit 0
    fi
    folder=$(mktemp -d /tmp/attache-pg.XXXXXX)
    chmod 755 "$folder"
    [[ $(id -u) != 0 ]] || chown "$owner" "$folder"
    as_owner "$bin/initdb" -D "$folder/data" -U attache --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
        || { cat "$folder/initdb.log" >&2; exit 1; }
    # Speed over durability: the cluster lives for one test run.
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$folder/server.log" >&2; exit 1; }
    echo "$folder" >"$state/folder"
    echo "$folder" >"$state/socket"
    echo "pgcluster: running in $folder"
    ;;
stop)
    [[ -f $state/folder ]] || exit 0
    folder=$(cat "$state/folder")
    as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$folder" "$state"
    ;;
*)
    echo "usage: pgcluster.sh start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
