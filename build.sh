#!/usr/bin/env bash
# ImageBridge developer entry point.
#   ./build.sh run [ARGS...]   install what is missing, build, start ImageBridge
#   ./build.sh test            install what is missing, build, run every test (CTest)
#   ./build.sh build           install what is missing, build only
#   ./build.sh package         build the Linux packages (.deb, .rpm, .tar.gz) into build/
#   ./build.sh package-check   build them, then lint, install and run the .deb (root or sudo)
# Builds into ./build. Set IMAGEBRIDGE_WERROR=ON (CI does) to treat warnings as errors.
set -euo pipefail

cd "$(dirname "$0")"
command=${1:-run}
shift || true

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    libqt6sql6-sqlite qt6-image-formats-plugins qt6-qpa-plugins libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6
)

package_tools=(rpm lintian appstream desktop-file-utils curl dpkg-dev file)

say() { printf '%s\n' "$*" >&2; }

install_missing() {
    local packages=("$@")
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        if command -v cmake >/dev/null 2>&1 && command -v qmake6 >/dev/null 2>&1; then
            say "build.sh: not a Debian system; assuming Qt 6.4+ (Core, Network, Sql, Gui, Concurrent, HttpServer) and CMake 3.25+ are installed."
            return
        fi
        say "build.sh: this script installs dependencies on Debian/Ubuntu only."
        say "Install CMake 3.25+, a C++17 compiler and Qt 6.4+ (Core, Network, Sql + SQLite driver, Gui, Concurrent, HttpServer, WebSockets, image formats), then run it again."
        exit 1
    fi
    local missing=()
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
            say "build.sh: these packages are missing and you are not root: ${missing[*]}"; exit 1
        fi
    fi
    say "build.sh: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure_and_build() {
    local generator=()
    command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
    if [ ! -f build/CMakeCache.txt ]; then
        cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DIMAGEBRIDGE_WERROR="${IMAGEBRIDGE_WERROR:-OFF}" >/dev/null
    else
        cmake -S . -B build -DIMAGEBRIDGE_WERROR="${IMAGEBRIDGE_WERROR:-OFF}" >/dev/null
    fi
    cmake --build build --parallel 2
}

case "$command" in
    package | package-check) install_missing "${packages[@]}" "${package_tools[@]}" ;;
    *) install_missing "${packages[@]}" ;;
esac
configure_and_build

case "$command" in
    run)
        # Until the desktop studio lands, the application is the headless server.
        if [ $# -eq 0 ]; then set -- --serve; fi
        exec ./build/src/app/imagebridge "$@"
        ;;
    test)
        exec ctest --test-dir build --output-on-failure --parallel 2 --timeout 300
        ;;
    build)
        ;;
    package)
        cd build && exec cpack -G "DEB;RPM;TGZ"
        ;;
    package-check)
        exec ./packaging/linux/check-packages.sh build
        ;;
    *)
        say "usage: ./build.sh run [ARGS...] | test | build | package | package-check"
        exit 2
        ;;
esac
