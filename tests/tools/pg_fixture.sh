#!/usr/bin/env bash
# A private PostgreSQL server for one test run (the CTest fixture "postgres").
#
#   pg_fixture.sh start STATE_DIR   initdb into a new temporary directory, start postgres on a free
#                                   port (Unix socket in that directory, TCP on 127.0.0.1), wait
#                                   until it answers, and write its URI to STATE_DIR/uri
#   pg_fixture.sh stop STATE_DIR    stop it and remove its directory (also after a failed start)
#   pg_fixture.sh halt STATE_DIR    stop it at once (as if it crashed), keeping its data
#   pg_fixture.sh resume STATE_DIR  start a halted server again on the same port and socket
#
# As root the server runs as the postgres user (postgres refuses to run as root). Trust
# authentication, no fsync: a throwaway server that only this user's tests reach.
set -euo pipefail

command=${1:-}
state_dir=${2:-}
if [ -z "$command" ] || [ -z "$state_dir" ]; then
    echo "usage: $0 start|stop|halt|resume STATE_DIR" >&2
    exit 2
fi

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    [ -f "$state_dir/tmpdir" ] || return 0
    local tmp
    tmp=$(cat "$state_dir/tmpdir")
    local bin
    bin=$(cat "$state_dir/bindir" 2>/dev/null || true)
    if [ -n "$bin" ] && [ -f "$tmp/data/postmaster.pid" ]; then
        (cd "$tmp" && as_server_user "$bin/pg_ctl" -D "$tmp/data" -m immediate -w -t 30 stop >/dev/null 2>&1) || true
    fi
    rm -rf -- "$tmp"
    rm -f -- "$state_dir/tmpdir" "$state_dir/bindir" "$state_dir/uri" "$state_dir/port"
}

start() {
    mkdir -p "$state_dir"
    stop # a server left over by an interrupted run

    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "pg_fixture: no PostgreSQL server under /usr/lib/postgresql/*/bin; run packaging/install-deps.sh" >&2
        exit 1
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        echo "pg_fixture: running as root needs the postgres user (from the postgresql package)" >&2
        exit 1
    fi

    # Short, in /tmp: a Unix socket path must stay under 108 bytes.
    local tmp
    tmp=$(mktemp -d /tmp/firstcall-pg.XXXXXX)
    echo "$tmp" >"$state_dir/tmpdir"
    echo "$bin" >"$state_dir/bindir"
    trap 'echo "pg_fixture: start failed; log:" >&2; cat "$tmp/log" >&2 2>/dev/null || true; stop' ERR
    chmod 0755 "$tmp"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$tmp"
    fi
    cd "$tmp" # the server user may not be allowed into the caller's directory

    as_server_user "$bin/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log" >&2; false; }

    local port attempt
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 40000))
        # Taken if something answers on it.
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            continue
        fi
        if as_server_user "$bin/pg_ctl" -D "$tmp/data" -l "$tmp/log" -w -t 60 \
            -o "-k $tmp -p $port -h 127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
            start >/dev/null 2>&1; then
            break
        fi
        port=
        grep -q "could not bind\|Address already in use" "$tmp/log" 2>/dev/null || false
    done
    if [ -z "$port" ]; then
        echo "pg_fixture: no free port found" >&2
        false
    fi
    as_server_user "$bin/pg_isready" -q -h "$tmp" -p "$port" -t 30

    # The tests connect over the socket as postgres; the database named here is for
    # administration (each test creates its own).
    echo "postgresql:///postgres?host=$tmp&port=$port&user=postgres" >"$state_dir/uri"
    echo "$port" >"$state_dir/port"
    trap - ERR
    echo "pg_fixture: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $tmp port $port"
}

halt() {
    local tmp bin
    tmp=$(cat "$state_dir/tmpdir")
    bin=$(cat "$state_dir/bindir")
    (cd "$tmp" && as_server_user "$bin/pg_ctl" -D "$tmp/data" -m immediate -w -t 30 stop >/dev/null)
}

resume() {
    local tmp bin port
    tmp=$(cat "$state_dir/tmpdir")
    bin=$(cat "$state_dir/bindir")
    port=$(cat "$state_dir/port")
    (cd "$tmp" && as_server_user "$bin/pg_ctl" -D "$tmp/data" -l "$tmp/log" -w -t 60 \
        -o "-k $tmp -p $port -h 127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null)
}

case "$command" in
start) start ;;
halt) halt ;;
resume) resume ;;
stop)
    stop
    echo "pg_fixture: stopped"
    ;;
*)
    echo "usage: $0 start|stop|halt|resume STATE_DIR" >&2
    exit 2
    ;;
esac
