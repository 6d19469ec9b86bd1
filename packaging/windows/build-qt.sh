#!/usr/bin/env bash
# Builds a Qt for 64-bit Windows (MinGW-w64) once, into a cache outside the build tree, for
# cross-building ImageBridge on Debian. The version is the host's Qt (Qt's cross-build needs
# host tools of the same version): 6.4.2 on Debian 12, 6.8.2 on Debian 13 (windows-check.sh
# runs this inside the Debian 13 root for IMAGEBRIDGE_WINDOWS_QT=6.8.2).
#
#   packaging/windows/build-qt.sh        prints the Qt prefix on stdout when it is ready
#
# Sources: qtbase and sqlite3 (for the SQLite amalgamation that Debian's "+dfsg" qtbase leaves
# out) are Debian source packages, fetched with a private apt list (the system's apt
# configuration is not touched). qtimageformats and qtsvg are taken from Debian too when the
# registry serves their tarballs (bookworm does for qtimageformats; trixie answers 404 for
# both); otherwise a tarball <module>-everywhere-src-<version>.tar.xz is read from
# QT_SOURCES_DIR (default: ../shared/vendor/qt-src beside the repository) or from
# $IMAGEBRIDGE_CACHE/qt-src, of the host's version or else the newest of the same minor line
# (a module of 6.8.0 builds against qtbase 6.8.2). Such a tarball can be made from Qt's public
# mirror: git archive --prefix=qtimageformats-everywhere-src-6.8.0/ v6.8.0 | xz.
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
    (cd "$work" && apt-get "${opts[@]}" source --download-only qt6-base sqlite3 >/dev/null)
    # The registry lists these but answers 404 for some of their tarballs.
    local package
    for package in qt6-imageformats qt6-svg qtkeychain; do
        (cd "$work" && apt-get "${opts[@]}" source --download-only "$package" >/dev/null 2>&1) \
            || say "Debian's $package tarball is not served: looking in $sources_dir and $cache/qt-src"
    done
}

# A module's tarball: Debian's, else one of this version or of the same minor line.
module_tarball() { # Debian source package, Qt module
    local debian dir
    debian=$(ls "$work/$1"_*.orig.tar.xz 2>/dev/null | head -1)
    if [ -n "$debian" ]; then echo "$debian"; return; fi
    for dir in "$sources_dir" "$cache/qt-src"; do
        if [ -f "$dir/$2-everywhere-src-$host_qt.tar.xz" ]; then
            echo "$dir/$2-everywhere-src-$host_qt.tar.xz"
            return
        fi
    done
    # ls fails when one of the two folders has none: not an error under pipefail.
    { ls "$sources_dir/$2-everywhere-src-${host_qt%.*}".*.tar.xz \
        "$cache/qt-src/$2-everywhere-src-${host_qt%.*}".*.tar.xz 2>/dev/null || true; } |
        sort -V | tail -1
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

# Qt 6.8's configure reads each bundled library's attribution (for its SBOM); the "+dfsg"
# tarball removed SQLite's along with its sources.
write_sqlite_attribution() {
    local qtbase=$1 file="$1/src/3rdparty/sqlite/qt_attribution.json" version
    [ -f "$file" ] && return
    version=$(sed -nE 's/^#define SQLITE_VERSION +"([0-9.]+)".*/\1/p' "$qtbase/src/3rdparty/sqlite/sqlite3.h")
    cat >"$file" <<EOF
{
    "Id": "sqlite",
    "Name": "SQLite",
    "QDocModule": "qtsql",
    "QtUsage": "Used in the Qt SQL SQLite plugin (the amalgamation made from Debian's sqlite3 source).",
    "Homepage": "https://www.sqlite.org/",
    "Version": "$version",
    "License": "Public Domain",
    "LicenseId": "blessing",
    "Copyright": "The authors disclaim copyright to the source code."
}
EOF
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
ls "$work"/qt6-base_*.orig.tar.xz >/dev/null 2>&1 || { say "Debian sources"; fetch_debian_sources; }
for module in qtimageformats qtsvg; do
    [ -n "$(module_tarball "qt6-${module#qt}" "$module")" ] \
        || fail "no $module source: not from Debian, nor $module-everywhere-src-${host_qt%.*}.*.tar.xz in $sources_dir or $cache/qt-src"
done
qtbase="$work/qtbase-everywhere-src-$host_qt"
unpack "$(ls "$work"/qt6-base_*.orig.tar.xz)" "qtbase-everywhere-src-$host_qt"
make_sqlite_amalgamation "$qtbase"
write_sqlite_attribution "$qtbase"
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

for module in qtsvg qtimageformats; do
    tarball=$(module_tarball "qt6-${module#qt}" "$module")
    dir=$(tar -tf "$tarball" | sed -n "1s|/.*||p") # reads it all: no SIGPIPE under pipefail
    unpack "$tarball" "$dir"
    [ -f "$work/build-$module/.done" ] && continue
    build_module "$work/$dir" "$module"
    touch "$work/build-$module/.done"
done

# QtKeychain (the provider keys' home on Windows: Credential Manager), from Debian's tarball.
# Debian's, else one in the sources folders (the registry lists some tarballs it does not
# serve: bookworm's 0.13.2 among them). "|| true": no match is not an error under pipefail.
find_keychain_tarball() {
    { ls "$work"/qtkeychain_*.orig.tar.* "$sources_dir"/qtkeychain[_-]*.tar.* \
        "$cache"/qt-src/qtkeychain[_-]*.tar.* 2>/dev/null || true; } | head -1
}
keychain_tarball=$(find_keychain_tarball)
if [ -z "$keychain_tarball" ]; then
    fetch_debian_sources
    keychain_tarball=$(find_keychain_tarball)
fi
[ -n "$keychain_tarball" ] ||
    fail "no QtKeychain source: Debian's tarball is not served; put qtkeychain_<version>.orig.tar.gz in $sources_dir or $cache/qt-src"
if [ ! -f "$work/build-qtkeychain/.done" ]; then
    dir=$(tar -tf "$keychain_tarball" | sed -n "1s|/.*||p")
    unpack "$keychain_tarball" "$dir"
    # QtKeychain 0.15 passes MSVC's /utf-8 to every Windows compiler; GCC reads UTF-8 anyway.
    sed -i 's|add_definitions( /utf-8 -DUNICODE )|add_definitions( -DUNICODE )|' \
        "$work/$dir/qtkeychain/CMakeLists.txt"
    say "qtkeychain ($dir)"
    out="$work/build-qtkeychain"
    mkdir -p "$out"
    "$prefix/bin/qt-cmake" -S "$work/$dir" -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF \
        -DBUILD_TEST_APPLICATION=OFF -DQT_CHAINLOAD_TOOLCHAIN_FILE="$cache/mingw-w64-x86_64.cmake" \
        >"$out/configure.log" 2>&1 || { tail -30 "$out/configure.log" >&2; fail "configuring qtkeychain failed"; }
    nice -n 10 cmake --build "$out" --parallel 2 >"$out/build.log" 2>&1 \
        || { tail -30 "$out/build.log" >&2; fail "building qtkeychain failed"; }
    cmake --install "$out" >/dev/null
    touch "$out/.done"
fi
[ -f "$prefix/lib/cmake/Qt6Keychain/Qt6KeychainConfig.cmake" ] || fail "the Qt build has no QtKeychain"

for plugin in platforms/qwindows.dll sqldrivers/qsqlite.dll imageformats/qwebp.dll \
              imageformats/qsvg.dll tls/qschannelbackend.dll; do
    [ -f "$prefix/plugins/$plugin" ] || fail "the Qt build has no plugins/$plugin"
done
touch "$prefix/.imagebridge-complete"
say "Qt $host_qt for MinGW in $prefix ($((SECONDS - start)) s)"
echo "$prefix"
