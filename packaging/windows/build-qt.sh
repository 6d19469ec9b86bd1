#!/usr/bin/env bash
# Builds a Qt for 64-bit Windows (MinGW-w64) once, into a cache outside the build tree, for
# cross-building ImageBridge on Debian. The version is the host's Qt (Qt's cross-build needs
# host tools of the same version): 6.4.2 on Debian 12.
#
#   packaging/windows/build-qt.sh        prints the Qt prefix on stdout when it is ready
#
# Sources: qtbase, qtimageformats and sqlite3 (for the SQLite amalgamation that Debian's
# "+dfsg" qtbase leaves out) are Debian source packages, fetched with a private apt list
# (the system's apt configuration is not touched). qtsvg is not served by the Debian
# registry: it is read from QT_SOURCES_DIR as
# <module>-everywhere-src-<version>.tar.xz (default: ../shared/vendor/qt-src beside the
# repository, where this project keeps them).
#
# Environment: IMAGEBRIDGE_CACHE (default ~/.cache/imagebridge), QT_SOURCES_DIR.
set -euo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
cache=${IMAGEBRIDGE_CACHE:-$HOME/.cache/imagebridge}
toolchain="$top/packaging/windows/mingw-w64-x86_64.cmake"
say() { printf '== qt-mingw: %s\n' "$*" >&2; }
fail() { printf 'build-qt: %s\n' "$*" >&2; exit 1; }

host_qt=$(qtpaths6 --qt-version 2>/dev/null || true)
[ -n "$host_qt" ] || fail "no host Qt 6 (qtpaths6) found: run ./build.sh deps first"
prefix="$cache/qt-$host_qt-mingw"
if [ -f "$prefix/.imagebridge-complete" ]; then
    echo "$prefix"
    exit 0
fi

sources_dir=${QT_SOURCES_DIR:-$top/../shared/vendor/qt-src}
work="$cache/qt-$host_qt-mingw-build"
mkdir -p "$work"
start=$SECONDS

fetch_debian_sources() {
    local apt="$work/apt"
    mkdir -p "$apt/lists/partial"
    local suite
    suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
    echo "deb-src http://deb.debian.org/debian $suite main" >"$apt/sources.list"
    local opts=(-o "Dir::Etc::SourceList=$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
                -o "Dir::State::Lists=$apt/lists" -o APT::Sandbox::User=root)
    apt-get "${opts[@]}" update -qq
    (cd "$work" && apt-get "${opts[@]}" source --download-only qt6-base qt6-imageformats sqlite3 >/dev/null)
}

unpack() { # tarball, directory it makes
    [ -d "$work/$2" ] || tar -C "$work" -xf "$1"
}

# The SQLite amalgamation, made from Debian's sqlite3 source (needs tclsh).
make_sqlite_amalgamation() {
    local qtbase=$1 dir
    [ -f "$qtbase/src/3rdparty/sqlite/sqlite3.c" ] && return
    dir=$(find "$work" -maxdepth 1 -type d -name 'sqlite3-*' | head -1)
    if [ -z "$dir" ]; then
        tar -C "$work" -xf "$(ls "$work"/sqlite3_*.orig.tar.xz)"
        dir=$(find "$work" -maxdepth 1 -type d -name 'sqlite3-*' | head -1)
    fi
    say "SQLite amalgamation from $(basename "$dir")"
    (cd "$dir" && { [ -f Makefile ] || ./configure >/dev/null; } && make sqlite3.c >/dev/null)
    mkdir -p "$qtbase/src/3rdparty/sqlite"
    cp "$dir/sqlite3.c" "$dir/sqlite3.h" "$qtbase/src/3rdparty/sqlite/"
}

# Debian's "+dfsg" qtbase also lacks Wacom's wintab headers; ImageBridge needs no tablet
# input, so the two Windows platform plugins are built without it.
drop_wintab() {
    local qtbase=$1 plugin
    for plugin in windows direct2d; do
        local dir="$qtbase/src/plugins/platforms/$plugin"
        # direct2d compiles the windows plugin's tablet sources: its CMakeLists has the
        # condition while its own sources have no QT_CONFIG(tabletevent) to edit.
        sed -i 's/CONDITION QT_FEATURE_tabletevent/CONDITION FALSE/' "$dir/CMakeLists.txt"
        # grep finds nothing once a tree has been edited: a rerun must go on, not stop.
        { grep -rl 'QT_CONFIG(tabletevent)' "$dir" || true; } \
            | xargs -r sed -i 's/QT_CONFIG(tabletevent)/0 \/* no wintab *\//'
    done
}

build_module() { # source dir, name
    local src=$1 name=$2 out="$work/build-$2"
    say "$name"
    mkdir -p "$out"
    (cd "$out" && "$prefix/bin/qt-configure-module" "$src" >"$out/configure.log" 2>&1) \
        || { tail -30 "$out/configure.log" >&2; fail "configuring $name failed"; }
    nice -n 10 cmake --build "$out" --parallel 2 >"$out/build.log" 2>&1 \
        || { tail -30 "$out/build.log" >&2; fail "building $name failed"; }
    cmake --install "$out" >/dev/null
}

for tool in x86_64-w64-mingw32-g++-posix tclsh ninja; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (./build.sh windows installs it)"
done
for module in qtsvg; do
    [ -f "$sources_dir/$module-everywhere-src-$host_qt.tar.xz" ] \
        || fail "QT_SOURCES_DIR ($sources_dir) has no $module-everywhere-src-$host_qt.tar.xz"
done

ls "$work"/qt6-base_*.orig.tar.xz >/dev/null 2>&1 || { say "Debian sources"; fetch_debian_sources; }
qtbase="$work/qtbase-everywhere-src-$host_qt"
unpack "$(ls "$work"/qt6-base_*.orig.tar.xz)" "qtbase-everywhere-src-$host_qt"
make_sqlite_amalgamation "$qtbase"
drop_wintab "$qtbase"

if [ ! -f "$prefix/bin/qt-configure-module" ]; then
    say "qtbase $host_qt for MinGW-w64 (the long step: about 30 minutes on 2 cores)"
    out="$work/build-qtbase"
    options=(-prefix "$prefix" -xplatform win32-g++ -qt-host-path /usr
        -release -nomake examples -nomake tests -no-opengl -no-dbus -no-icu
        -qt-zlib -qt-libpng -qt-libjpeg -qt-pcre -qt-harfbuzz -qt-freetype -qt-sqlite
        -sql-sqlite -no-sql-odbc -no-sql-psql -no-sql-mysql -schannel -no-openssl
        -no-feature-printsupport
        -- -DCMAKE_TOOLCHAIN_FILE="$cache/mingw-w64-x86_64.cmake"
        -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake)
    # An interrupted build with the same options goes on where it stopped.
    if [ "$(cat "$out/.imagebridge-options" 2>/dev/null)" != "${options[*]}" ]; then
        rm -rf "$out" && mkdir -p "$out"
        # Qt's build keeps the toolchain file's path: a copy outlives this checkout.
        cp "$toolchain" "$cache/mingw-w64-x86_64.cmake"
        (cd "$out" && "$qtbase/configure" "${options[@]}" >"$out/configure.log" 2>&1) \
            || { tail -40 "$out/configure.log" >&2; fail "configuring qtbase failed"; }
        echo "${options[*]}" >"$out/.imagebridge-options"
    fi
    nice -n 10 cmake --build "$out" --parallel 2 >"$out/build.log" 2>&1 \
        || { grep -B2 -A10 'error' "$out/build.log" | head -60 >&2; fail "building qtbase failed"; }
    cmake --install "$out" >/dev/null
fi

for module in qtsvg; do
    unpack "$sources_dir/$module-everywhere-src-$host_qt.tar.xz" "$module-everywhere-src-$host_qt"
    [ -f "$work/build-$module/.done" ] && continue
    build_module "$work/$module-everywhere-src-$host_qt" "$module"
    touch "$work/build-$module/.done"
done
unpack "$(ls "$work"/qt6-imageformats_*.orig.tar.xz)" "qtimageformats-everywhere-src-$host_qt"
[ -f "$work/build-qtimageformats/.done" ] || {
    build_module "$work/qtimageformats-everywhere-src-$host_qt" qtimageformats
    touch "$work/build-qtimageformats/.done"
}

for plugin in platforms/qwindows.dll sqldrivers/qsqlite.dll imageformats/qwebp.dll \
              imageformats/qsvg.dll tls/qschannelbackend.dll; do
    [ -f "$prefix/plugins/$plugin" ] || fail "the Qt build has no plugins/$plugin"
done
touch "$prefix/.imagebridge-complete"
say "Qt $host_qt for MinGW in $prefix ($((SECONDS - start)) s)"
echo "$prefix"
