#!/usr/bin/env bash
# Proves ImageBridge on Debian 13 (Qt 6.8) from a Debian 12 machine: a trixie root made
# with debootstrap, this source tree copied into it, then inside it the same commands as
# CI on the host: `./build.sh test` (warnings as errors) and `./build.sh package-check`
# (the .deb built there, installed into that root and run against the fake upstream).
#
# The root is kept in IMAGEBRIDGE_DEBIAN13_ROOT (default /var/cache/imagebridge/debian13)
# and reused while it is complete; a missing or half-made one is made anew. Needs root.
# Usage: debian13-check.sh             make or reuse the root, then test and package-check
#        debian13-check.sh prepare     only make the root and its packages
#        debian13-check.sh exec CMD... run CMD in the root's copy of the tree (for developers)
set -euo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
root=${IMAGEBRIDGE_DEBIAN13_ROOT:-/var/cache/imagebridge/debian13}
mirror=${IMAGEBRIDGE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
stamp="$root/.imagebridge-root-complete"
say() { printf '== debian13: %s\n' "$*" >&2; }
fail() { printf 'debian13-check: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, chroot and mounts)"

mounts=(proc sys dev dev/pts dev/shm)
unmount_all() {
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        if mountpoint -q "$root/${mounts[i]}" 2>/dev/null; then
            umount -l "$root/${mounts[i]}" || true
        fi
    done
}
mount_all() {
    mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
    mountpoint -q "$root/sys" || mount -t sysfs sys "$root/sys"
    mountpoint -q "$root/dev" || mount --bind /dev "$root/dev"
    mountpoint -q "$root/dev/pts" || mount --bind /dev/pts "$root/dev/pts"
    mountpoint -q "$root/dev/shm" || mount -t tmpfs shm "$root/dev/shm"
}
trap unmount_all EXIT

in_root() {
    chroot "$root" env -i HOME=/root LANG=C.UTF-8 TERM=dumb CI="${CI:-}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive IMAGEBRIDGE_WERROR="${IMAGEBRIDGE_WERROR:-ON}" \
        IMAGEBRIDGE_WINDOWS_QT="${IMAGEBRIDGE_WINDOWS_QT:-}" "$@"
}

make_root() {
    command -v debootstrap >/dev/null 2>&1 || {
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
    }
    unmount_all
    # Never remove a tree that still has something mounted inside it.
    if grep -q " $root/" /proc/mounts; then fail "something is still mounted below $root"; fi
    rm -rf "$root"
    mkdir -p "$root"
    say "debootstrap trixie into $root"
    debootstrap --variant=minbase --include=ca-certificates,git trixie "$root" "$mirror" \
        >"$root.debootstrap.log" 2>&1 || { tail -20 "$root.debootstrap.log" >&2; fail "debootstrap failed"; }
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    # Build dependencies come from build.sh itself, so this also proves its Debian 13 list.
    mount_all
    mkdir -p "$root/src"
    copy_tree
    say "build dependencies (build.sh deps inside the root)"
    in_root bash -c 'cd /src/imagebridge && ./build.sh deps && ./build.sh deps-package' \
        || fail "installing the build dependencies inside the Debian 13 root failed"
    touch "$stamp"
}

copy_tree() { # [keep-build]
    if [ "${1:-}" = keep-build ]; then
        find "$root/src/imagebridge" -mindepth 1 -maxdepth 1 ! -name build ! -name build-windows \
            -exec rm -rf {} + 2>/dev/null || true
    else
        rm -rf "$root/src/imagebridge"
    fi
    mkdir -p "$root/src/imagebridge"
    # The tracked files (and untracked ones that are not ignored), never the host's build tree.
    (cd "$top" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) \
        | tar -C "$root/src/imagebridge" -xf -
    # The vendored Qt module sources, at the same place beside the tree (the Windows build
    # reads qtsvg there).
    if [ -d "$top/../shared/vendor/qt-src" ]; then
        mkdir -p "$root/src/shared/vendor/qt-src"
        cp -u "$top/../shared/vendor/qt-src"/*.tar.xz "$root/src/shared/vendor/qt-src/"
    fi
}

if [ ! -f "$stamp" ]; then
    make_root
else
    say "reusing the root at $root"
    mount_all
    if [ "${1:-}" = exec ]; then copy_tree keep-build; else copy_tree; fi
fi
[ "${1:-}" = prepare ] && exit 0
if [ "${1:-}" = exec ]; then
    shift
    in_root bash -c 'cd /src/imagebridge && "$@"' bash "$@"
    exit
fi

say "$(in_root sh -c '. /etc/os-release; echo "$PRETTY_NAME"'), Qt $(in_root sh -c 'qtpaths6 --qt-version 2>/dev/null || echo unknown')"
say "./build.sh test"
in_root bash -c 'cd /src/imagebridge && ./build.sh test'
say "./build.sh package-check"
in_root bash -c 'cd /src/imagebridge && ./build.sh package-check'
say "passed"
