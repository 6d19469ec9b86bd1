#!/usr/bin/env bash
# Builds the Linux packages and proves them: lintian and AppStream checks, the .rpm's
# file list and requirements, then the .deb installed on this machine with apt and run as
# a user would (--version, and a headless server making one image against the fake
# upstream). Needs root (or sudo) for the install. Usage: check-packages.sh [build-dir]
set -euo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$top/build}" && pwd)
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
say() { printf '\n== %s\n' "$*"; }
fail() { printf 'check-packages: %s\n' "$*" >&2; exit 1; }

say "packages"
cd "$build"
rm -f imagebridge_*.deb imagebridge-*.rpm imagebridge-*.tar.gz
cpack -G "DEB;RPM;TGZ" >/dev/null
deb=$(ls imagebridge_*.deb)
rpm=$(ls imagebridge-*.rpm)
tgz=$(ls imagebridge-*.tar.gz)
ls -l "$deb" "$rpm" "$tgz"

say "lintian $deb"
lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1 | grep -v 'root privileges' || true
lintian --fail-on error "$deb" >/dev/null 2>&1 || fail "lintian found errors"

say "desktop entry and AppStream metadata"
desktop-file-validate "$top/packaging/linux/io.github.imagebridge.ImageBridge.desktop"
appstreamcli validate --no-net "$build/packaging/io.github.imagebridge.ImageBridge.metainfo.xml"

say "rpm -qpl / -qpR $rpm"
rpm -qpl "$rpm"
rpm -qpR "$rpm"
rpm -qpl "$rpm" | grep -x /usr/bin/imagebridge >/dev/null || fail "the rpm has no /usr/bin/imagebridge"

say "tar.gz contents"
tar -tzf "$tgz" | grep -E 'bin/imagebridge$|\.desktop$|metainfo.xml$'

say "install $deb"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
dpkg -s imagebridge | grep -E '^(Status|Version|Depends):'
for f in /usr/bin/imagebridge /usr/share/applications/io.github.imagebridge.ImageBridge.desktop \
         /usr/share/metainfo/io.github.imagebridge.ImageBridge.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.imagebridge.ImageBridge.svg \
         /usr/share/icons/hicolor/256x256/apps/io.github.imagebridge.ImageBridge.png \
         /usr/share/man/man1/imagebridge.1.gz /usr/share/doc/imagebridge/copyright; do
    [ -f "$f" ] || fail "missing after install: $f"
done

# A clean environment: no build tree on PATH, a fresh home.
home=$(mktemp -d)
run() { env -i HOME="$home" PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
cleanup() {
    [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null || true
    [ -n "${fake_pid:-}" ] && kill "$fake_pid" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT

say "imagebridge --version (installed)"
[ "$(run sh -c "command -v imagebridge")" = /usr/bin/imagebridge ] || fail "imagebridge is not /usr/bin/imagebridge"
run imagebridge --version

say "headless smoke test"
"$build/tests/fakeupstream/imagebridge-fake-upstream" --port 0 --delay 100 --image-size 256 >"$home/fake.log" 2>&1 &
fake_pid=$!
for _ in $(seq 50); do grep -q 'Fake upstream at' "$home/fake.log" && break; sleep 0.1; done
upstream=$(grep -o 'http://[^ ]*' "$home/fake.log" | head -1)
[ -n "$upstream" ] || fail "the fake upstream did not start"
key=smoke-test-key-$$
# env execs imagebridge, so $! is the server itself and gets the SIGTERM below.
env -i HOME="$home" PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    imagebridge --serve --port 0 --key "$key" --upstream "$upstream" >"$home/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do grep -q 'Press Ctrl+C' "$home/serve.log" && break; sleep 0.1; done
base=$(grep -o 'http://127.0.0.1:[0-9]*/v1' "$home/serve.log" | head -1)
[ -n "$base" ] || { cat "$home/serve.log"; fail "the installed server did not start"; }
echo "server at $base"
curl -sS --max-time 30 "$base/../healthz"; echo
answer=$(curl -sS --fail-with-body --max-time 60 -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    -d '{"prompt":"a lighthouse at dawn","model":"vertex/imagen-3.0-fast"}' "$base/images/generations")
b64=$(printf '%s' "$answer" | grep -o '"b64_json":"[^"]*"' | head -1 | cut -d'"' -f4)
[ -n "$b64" ] || fail "no image in the answer: ${answer:0:300}"
printf '%s' "$b64" | base64 -d >"$home/image.png" || fail "the image is not valid base64"
magic=$(od -An -tx1 -N4 "$home/image.png" | tr -d ' \n')
[ "$magic" = 89504e47 ] || fail "the image is not a PNG (magic $magic)"
echo "one image generated through /v1/images/generations: PNG, $(wc -c <"$home/image.png") bytes"
kill -TERM "$server_pid"
wait "$server_pid" && echo "server stopped cleanly on SIGTERM" || fail "the server did not exit cleanly"
server_pid=
grep 'POST /v1/images/generations 200' "$home/serve.log" || fail "the request log line is missing"

say "remove"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq imagebridge >/dev/null
[ ! -e /usr/bin/imagebridge ] || fail "/usr/bin/imagebridge is still there after removal"
echo "package check passed"
