#!/usr/bin/env bash
# ImageBridge developer entry point.
#   ./build.sh run [ARGS...]   install what is missing, build, start ImageBridge
#   ./build.sh test            install what is missing, build, run every test (CTest)
#   ./build.sh build           install what is missing, build only
#   ./build.sh package         build the Linux packages (.deb, .rpm, .tar.gz) into build/
#   ./build.sh package-check   build them, then lint, install and run the .deb (root or sudo)
#   ./build.sh fuzz [SECONDS]  build the libFuzzer targets (clang) and run each for SECONDS
#   ./build.sh sanitize        build into build-asan/ with ASan+UBSan and run every test
#   ./build.sh windows         cross-build for Windows, make the installer, prove it under Wine
#   ./build.sh deps | deps-package   only install what building (or packaging) needs
# Builds into ./build. Set IMAGEBRIDGE_WERROR=ON (CI does) to treat warnings as errors.
set -euo pipefail

cd "$(dirname "$0")"
command=${1:-run}
shift || true

# Debian 12 and 13, Ubuntu 24.04 and later. "a|b" takes the first name the system knows
# (Debian 13 and Ubuntu 24.04 renamed some libraries for 64-bit time_t: t64).
packages=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools
    libqt6sql6-sqlite qt6-image-formats-plugins qt6-qpa-plugins libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools "libqt6svg6|libqt6svg6t64"
    qtkeychain-qt6-dev libssl-dev
    qt6-translations-l10n
)

# Independent readers for the tests: exiftool (metadata) and unzip (exported archives).
test_tools=(libimage-exiftool-perl unzip)
package_tools=(rpm lintian appstream desktop-file-utils curl dpkg-dev file)
# clang with libFuzzer's runtime (Debian 12: clang 14; Debian 13: the default clang).
fuzz_tools=(clang "libclang-rt-14-dev|libclang-rt-dev")

say() { printf '%s\n' "$*" >&2; }
usage="usage: ./build.sh run [ARGS...] | test | build | package | package-check | fuzz [SECONDS] | sanitize | windows | deps | deps-package"

case "$command" in
    run | test | build | package | package-check | fuzz | sanitize | windows | deps | deps-package) ;;
    *) say "$usage"; exit 2 ;; # before installing or building anything
esac

# For each "a|b" entry none of whose names is installed: the first name apt knows.
missing_packages() {
    local entry name names installed picked
    for entry in "$@"; do
        IFS='|' read -r -a names <<<"$entry"
        installed=0
        for name in "${names[@]}"; do
            if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed'; then
                installed=1; break
            fi
        done
        [ $installed -eq 1 ] && continue
        picked=${names[0]}
        if [ ${#names[@]} -gt 1 ]; then
            for name in "${names[@]}"; do
                if apt-cache show "$name" >/dev/null 2>&1; then picked=$name; break; fi
            done
        fi
        echo "$picked"
    done
}

install_missing() {
    local wanted=("$@")
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        if command -v cmake >/dev/null 2>&1 && { command -v qtpaths6 >/dev/null 2>&1 || command -v qmake6 >/dev/null 2>&1; }; then
            say "build.sh: not a Debian/Ubuntu system; using the Qt and CMake found on PATH."
            return
        fi
        say "build.sh: this script installs dependencies on Debian/Ubuntu only. On this system install:"
        say "  CMake 3.25+, Ninja, a C++17 compiler (GCC 10+ or Clang 12+), and Qt 6.4 or later with the"
        say "  modules Core, Gui, Widgets, Network, Sql (+ SQLite driver), Concurrent, Svg,"
        say "  LinguistTools and the image-format plugins (WebP)."
        say "  Fedora: sudo dnf install cmake ninja-build gcc-c++ qt6-qtbase-devel qt6-qtsvg \\"
        say "          qt6-qtimageformats qt6-qttools-devel"
        say "  Arch:   sudo pacman -S cmake ninja qt6-base qt6-svg qt6-imageformats qt6-tools"
        say "then run it again."
        exit 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 && sudo=(sudo)
    fi
    local missing
    mapfile -t missing < <(missing_packages "${wanted[@]}")
    [ ${#missing[@]} -eq 0 ] && return
    if [ "$(id -u)" -ne 0 ] && [ ${#sudo[@]} -eq 0 ]; then
        say "build.sh: these packages are missing and you are not root: ${missing[*]}"; exit 1
    fi
    say "build.sh: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    # With a fresh package list the alternatives may resolve to other names.
    mapfile -t missing < <(missing_packages "${wanted[@]}")
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
    fuzz)
        install_missing "${packages[@]}" "${fuzz_tools[@]}"
        exec ./tests/fuzz/run-fuzzers.sh "$@"
        ;;
    sanitize)
        install_missing "${packages[@]}" "${test_tools[@]}"
        generator=()
        command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
        [ -f build-asan/CMakeCache.txt ] || cmake -S . -B build-asan "${generator[@]}" \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIMAGEBRIDGE_SANITIZE=ON >/dev/null
        cmake -S . -B build-asan -DIMAGEBRIDGE_WERROR="${IMAGEBRIDGE_WERROR:-OFF}" >/dev/null
        cmake --build build-asan --parallel 2
        # intercept_tls_get_addr=0: GCC 12's runtime takes a dynamic TLS block that malloc
        # happened to place 16 bytes past a page boundary for a pre-2.25 glibc one and reads
        # the two words before it as the block's bounds; the leak check then scans that
        # made-up range and its tracer dies at exit ("Tracer caught signal 11", in
        # ScanRangeForPointers). The more threads, the likelier: about one tst_studio run in
        # ten under load. Dynamic TLS is then not scanned for pointers; nothing here keeps
        # heap memory only there.
        export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:intercept_tls_get_addr=0
        export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizer-suppressions.txt
        export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
        exec ctest --test-dir build-asan --output-on-failure --parallel 2 --timeout 600
        ;;
    windows)
        install_missing "${packages[@]}"
        exec ./packaging/windows/windows-check.sh
        ;;
    deps) install_missing "${packages[@]}"; exit 0 ;;
    deps-package) install_missing "${packages[@]}" "${package_tools[@]}"; exit 0 ;;
    package | package-check) install_missing "${packages[@]}" "${package_tools[@]}" ;;
    test) install_missing "${packages[@]}" "${test_tools[@]}" ;;
    *) install_missing "${packages[@]}" ;;
esac
configure_and_build

case "$command" in
    run)
        # No arguments: the desktop studio (with its server). --serve etc. pass through.
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
esac
