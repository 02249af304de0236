#!/usr/bin/env bash
# Builds the Debian packages from a build tree, unpacks them into a temporary root and checks
# what a user would get: the programs and that they run, the desktop integration, the service
# and its config, and the dependencies on the Qt 6 runtime. Validators run when installed.
#
# usage: test_packages.sh BUILD_DIR CPACK VERSION
# exit status: 0 all checks passed, 1 a check failed, 77 (skipped) without dpkg-deb.
# shellcheck disable=SC2317 # helpers run through check(), which shellcheck cannot follow
set -uo pipefail
# The checks read the programs' English output, whatever the caller's locale.
export LC_ALL=C.UTF-8
unset LANGUAGE

build_dir=${1:?usage: test_packages.sh BUILD_DIR CPACK VERSION}
cpack=${2:-cpack}
version=${3:-}

for tool in dpkg-deb dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (apt install dpkg-dev)"
        exit 77
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/firstcall-packaging.XXXXXX")
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root"

passed=0
failed=0
skipped=0
pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
skip() { echo "SKIP: $*"; skipped=$((skipped + 1)); }
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

summary() {
    echo
    echo "packaging: $passed passed, $failed failed, $skipped skipped"
    [ "$failed" -eq 0 ]
    exit $?
}

# --- build the packages ---------------------------------------------------------------------
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack -G DEB"
    summary
fi
pass "cpack -G DEB"

console_deb=$(find "$work/out" -maxdepth 1 -name 'firstcall_*.deb' | head -n 1)
server_deb=$(find "$work/out" -maxdepth 1 -name 'firstcall-feed_*.deb' | head -n 1)
if [ -z "$console_deb" ] || [ -z "$server_deb" ]; then
    ls -l "$work/out"
    fail "cpack made firstcall_*.deb and firstcall-feed_*.deb"
    summary
fi
pass "packages $(basename "$console_deb") and $(basename "$server_deb")"

for deb in "$console_deb" "$server_deb"; do
    check "unpack $(basename "$deb")" dpkg-deb -x "$deb" "$root"
done

# --- control data ---------------------------------------------------------------------------
has_version() { # has_version DEB UPSTREAM_VERSION
    [[ $(dpkg-deb -f "$1" Version) == "$2"-* ]]
}
is_script() { # is_script FILE
    [ -x "$1" ] && sh -n "$1"
}
png_is_square() { # png_is_square FILE SIZE
    # The IHDR chunk holds width and height as 32-bit big-endian numbers at bytes 16-23.
    [ "$(od -An -tx1 -j16 -N8 "$1" | tr -d ' \n')" = "$(printf '%08x%08x' "$2" "$2")" ]
}
no_runpath() { # no_runpath ELF
    ! readelf -d "$1" | grep -q -E 'RPATH|RUNPATH'
}
depends_has() { # depends_has DEB PACKAGE
    local names
    names=$(dpkg-deb -f "$1" Depends | tr ',' '\n' | sed 's/^ *//; s/ .*//')
    grep -qx "$2" <<<"$names"
}
for pkg in libqt6core6 libqt6network6 libqt6sql6 libqt6sql6-sqlite; do
    check "firstcall depends on $pkg" depends_has "$console_deb" "$pkg"
    check "firstcall-feed depends on $pkg" depends_has "$server_deb" "$pkg"
done
for pkg in libqt6gui6 libqt6widgets6; do
    check "firstcall depends on $pkg" depends_has "$console_deb" "$pkg"
done
check "firstcall-feed depends on adduser" depends_has "$server_deb" adduser
if depends_has "$server_deb" libqt6widgets6; then fail "firstcall-feed does not pull in widgets"; else pass "firstcall-feed does not pull in widgets"; fi
echo "      firstcall:      Depends: $(dpkg-deb -f "$console_deb" Depends)"
echo "      firstcall-feed: Depends: $(dpkg-deb -f "$server_deb" Depends)"
if [ -n "$version" ]; then
    for deb in "$console_deb" "$server_deb"; do
        check "$(basename "$deb") has version $version-*" has_version "$deb" "$version"
    done
fi

mkdir -p "$work/control"
dpkg-deb -e "$server_deb" "$work/control"
check "/etc/firstcall/feed.conf is a conffile" grep -qx /etc/firstcall/feed.conf "$work/control/conffiles"
for script in postinst prerm postrm; do
    check "firstcall-feed $script is an executable sh script" is_script "$work/control/$script"
done
check "postinst creates the firstcall user" grep -q "adduser --system" "$work/control/postinst"
check "postinst creates /var/lib/firstcall" grep -q "install -d -o firstcall" "$work/control/postinst"

# --- files ----------------------------------------------------------------------------------
expected=(
    usr/bin/firstcall
    usr/bin/firstcall-feed
    usr/bin/firstcall-score
    usr/share/applications/firstcall.desktop
    usr/share/metainfo/invalid.firstcall.firstcall.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/firstcall.svg
    usr/lib/systemd/system/firstcall-feed.service
    etc/firstcall/feed.conf
)
for size in 16 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/firstcall.png")
done
for file in "${expected[@]}"; do
    check "/$file" test -s "$root/$file"
done
for size in 16 32 48 64 128 256; do
    check "${size}x${size} icon is ${size}x${size}" \
        png_is_square "$root/usr/share/icons/hicolor/${size}x${size}/apps/firstcall.png" "$size"
done
qm_count=$(find "$root/usr/share/firstcall/translations" -name 'firstcall_*.qm' 2>/dev/null | wc -l)
check "translations in /usr/share/firstcall/translations ($qm_count .qm)" test "$qm_count" -ge 2
check "the programs are executable" test -x "$root/usr/bin/firstcall" -a -x "$root/usr/bin/firstcall-feed" -a -x "$root/usr/bin/firstcall-score"
if command -v readelf >/dev/null; then
    for program in firstcall firstcall-feed firstcall-score; do
        check "/usr/bin/$program has no RPATH or RUNPATH" no_runpath "$root/usr/bin/$program"
    done
fi
unit="$root/usr/lib/systemd/system/firstcall-feed.service"
for line in "User=firstcall" "StateDirectory=firstcall" "ConfigurationDirectory=firstcall" \
    "ExecStart=/usr/bin/firstcall-feed serve --config /etc/firstcall/feed.conf" \
    "ProtectSystem=strict" "NoNewPrivileges=yes" "CapabilityBoundingSet="; do
    check "unit has $line" grep -qx "$line" "$unit"
done

# --- the unpacked programs run (Qt comes from the system) --------------------------------------
check_output() { # check_output DESCRIPTION EXPECTED COMMAND...
    local what=$1 want=$2 out
    shift 2
    out=$("$@" 2>&1)
    if [[ $out == *"$want"* ]]; then
        pass "$what: $(grep -F -m 1 -- "$want" <<<"$out")"
    else
        echo "$out"
        fail "$what: want \"$want\""
    fi
}
check_output "firstcall-score --version" "firstcall-score $version" "$root/usr/bin/firstcall-score" --version
check_output "firstcall-feed --version" "firstcall-feed $version" "$root/usr/bin/firstcall-feed" --version
check_output "firstcall --version" "firstcall $version" env QT_QPA_PLATFORM=offscreen "$root/usr/bin/firstcall" --version

# The shipped config asks for a write key, and with one the server starts from it.
check_output "feed.conf as shipped refuses to start without a write key" "--write-key is required" \
    "$root/usr/bin/firstcall-feed" serve --config "$root/etc/firstcall/feed.conf"
sed -e 's|^write-key=.*|write-key=packaging-test|' -e "s|^db=.*|db=$work/feed.db|" \
    -e 's|^http-port=.*|http-port=0|' -e 's|^ws-port=.*|ws-port=0|' \
    "$root/etc/firstcall/feed.conf" >"$work/feed.conf"
: >"$work/serve.log" # before the server starts, so the loop below can read it at once
"$root/usr/bin/firstcall-feed" serve --config "$work/feed.conf" >>"$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 100); do
    grep -q "ingest on" "$work/serve.log" && break
    kill -0 "$serve_pid" 2>/dev/null || break
    sleep 0.1
done
kill "$serve_pid" 2>/dev/null
wait "$serve_pid" 2>/dev/null
check_output "firstcall-feed serves from feed.conf with a write key" "ingest on http://127.0.0.1:" cat "$work/serve.log"

# --- validators, when present -----------------------------------------------------------------
if command -v desktop-file-validate >/dev/null; then
    if out=$(desktop-file-validate "$root/usr/share/applications/firstcall.desktop" 2>&1) && [ -z "$out" ]; then
        pass "desktop-file-validate"
    else
        echo "$out"
        fail "desktop-file-validate"
    fi
else
    skip "desktop-file-validate is not installed (apt install desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null; then
    if out=$(appstreamcli validate --no-net "$root/usr/share/metainfo/invalid.firstcall.firstcall.metainfo.xml" 2>&1); then
        pass "appstreamcli validate --no-net: $(echo "$out" | tail -n 1)"
    else
        echo "$out"
        fail "appstreamcli validate --no-net"
    fi
else
    skip "appstreamcli is not installed (apt install appstream)"
fi
if command -v systemd-analyze >/dev/null; then
    # Verified as installed, but pointing at the unpacked program, which verify requires to exist.
    mkdir -p "$work/unit"
    sed "s|/usr/bin/firstcall-feed|$root/usr/bin/firstcall-feed|" "$unit" >"$work/unit/firstcall-feed.service"
    out=$(systemd-analyze verify --man=no "$work/unit/firstcall-feed.service" 2>&1)
    status=$?
    problems=$(echo "$out" | grep 'firstcall-feed\.service')
    if [ "$status" -eq 0 ] && [ -z "$problems" ]; then
        pass "systemd-analyze verify"
    else
        echo "$out"
        fail "systemd-analyze verify"
    fi
else
    skip "systemd-analyze is not installed"
fi

summary
