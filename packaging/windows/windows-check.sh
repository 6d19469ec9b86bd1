#!/usr/bin/env bash
# The Windows build, made and proven on Debian (./build.sh windows):
#   1. what it needs from apt (MinGW-w64 posix, NSIS, Wine, Xvfb, ...)
#   2. a Qt for Windows, built once into ~/.cache/imagebridge (packaging/windows/build-qt.sh)
#   3. ImageBridge and its tests cross-built into build-windows/ (warnings as errors)
#   4. the NSIS installer and zip from CPack, and a check that every DLL the installed files
#      import is shipped or part of Windows
#   5. the installer run silently (/S) under Wine in a fresh WINEPREFIX, then the installed
#      imagebridge.exe: --version, --serve --port 0 against the Linux fake upstream with one
#      generation checked and a clean stop, and the studio window under Xvfb, photographed
#   6. the test suite's Windows executables run under Wine through CTest
# and one summary line at the end; a non-zero exit when anything failed.
#
# IMAGEBRIDGE_WINDOWS_QT=6.8.2 asks for the Qt the release ships. Qt's cross-build needs host
# tools of the same version, so when this machine's Qt is another one, the whole check runs
# inside the Debian 13 root (packaging/linux/debian13-check.sh, Qt 6.8.2) and its installer
# and screenshot are copied out to build-windows-<version>/.
set -uo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
wanted_qt=${IMAGEBRIDGE_WINDOWS_QT:-}
host_qt=$(qtpaths6 --qt-version 2>/dev/null || true)
if [ -n "$wanted_qt" ] && [ "$wanted_qt" != "$host_qt" ]; then
    root=${IMAGEBRIDGE_DEBIAN13_ROOT:-/var/cache/imagebridge/debian13}
    printf '== windows: Qt %s wanted, the host has %s: running in the Debian 13 root\n' \
        "$wanted_qt" "${host_qt:-none}" >&2
    out="$top/build-windows-$wanted_qt"
    mkdir -p "$out"
    "$top/packaging/linux/debian13-check.sh" exec ./packaging/windows/windows-check.sh \
        | tee "$out/windows-check.log"
    status=${PIPESTATUS[0]}
    cp "$root"/src/imagebridge/build-windows/imagebridge-*-windows-x64.exe \
        "$root/src/imagebridge/build-windows/windows-studio.png" "$out/" 2>/dev/null
    exit "$status"
fi
build="$top/build-windows"
cache=${IMAGEBRIDGE_CACHE:-$HOME/.cache/imagebridge}
say() { printf '== windows: %s\n' "$*" >&2; }
fail() { printf 'windows-check: %s\n' "$*" >&2; exit 1; }
start=$SECONDS
tmp=$(mktemp -d)
cleanup() {
    [ -n "${server_pid:-}" ] && kill -- "-$server_pid" 2>/dev/null
    [ -n "${fake_pid:-}" ] && kill "$fake_pid" 2>/dev/null
    [ -n "${WINEPREFIX:-}" ] && wineserver -k 2>/dev/null
    [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT

# 1. Tools.
packages=(g++-mingw-w64-x86-64-posix mingw-w64-tools binutils-mingw-w64-x86-64 nsis wine64 wine
          tcl xvfb xauth x11-utils imagemagick curl python3 xz-utils dpkg-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    say "installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null || fail "apt-get could not install ${missing[*]}"
fi

# 2. Qt for Windows (cached).
qt=$("$top/packaging/windows/build-qt.sh") || fail "building Qt for Windows failed"
qt_version=$(basename "$qt" | sed -E 's/^qt-([0-9.]+)-mingw$/\1/')
say "Qt $qt_version for MinGW at $qt"

# 3. Cross-build.
mingw_runtime=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-file-name=libstdc++-6.dll)")
if [ ! -f "$build/CMakeCache.txt" ]; then
    mkdir -p "$build"
    "$qt/bin/qt-cmake" -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DQT_CHAINLOAD_TOOLCHAIN_FILE="$top/packaging/windows/mingw-w64-x86_64.cmake" \
        -DIMAGEBRIDGE_WERROR=ON >"$build/configure.log" 2>&1 \
        || { tail -30 "$build/configure.log" >&2; fail "configuring the Windows build failed"; }
fi
cmake --build "$build" --parallel 2 || fail "the Windows build failed"

# 4. Installer.
say "installer (CPack NSIS and ZIP)"
rm -f "$build"/imagebridge-*-windows-x64.exe "$build"/imagebridge-*-windows-x64.zip
(cd "$build" && cpack -G "NSIS;ZIP" >"$build/cpack.log" 2>&1) || { tail -30 "$build/cpack.log" >&2; fail "cpack failed"; }
installer=$(ls "$build"/imagebridge-*-windows-x64.exe)
installer_bytes=$(stat -c %s "$installer")
say "$(basename "$installer"): $installer_bytes bytes"

# Every imported DLL must be shipped or be a Windows system DLL.
staging="$build/_CPack_Packages/win64/ZIP/$(basename "$installer" .exe)"
[ -d "$staging" ] || fail "no CPack staging folder at $staging"
python3 "$top/packaging/windows/check-imports.py" "$staging" || fail "the package misses DLLs"

# Wine's windows (and the studio's screenshot) need a display: one Xvfb for everything, as
# large as a common desktop (Windows clamps windows to the screen; the studio tests use 1700 px).
Xvfb :57 -screen 0 1920x1200x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=:57
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

# 5. Install under Wine and run the installed copy.
export LC_ALL=C.UTF-8 # Wine reads the command line and file names as UTF-8
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export WINEPREFIX="$build/wineprefix"
rm -rf "$WINEPREFIX"
say "wineboot (a fresh WINEPREFIX)"
wineboot --init >/dev/null 2>&1 || fail "wineboot failed"
say "silent install"
wine "$installer" /S >/dev/null 2>&1
wineserver -w
installed_exe="$WINEPREFIX/drive_c/Program Files/ImageBridge/bin/imagebridge.exe"
[ -f "$installed_exe" ] || fail "the installer did not put imagebridge.exe in Program Files\\ImageBridge\\bin"
[ -f "$WINEPREFIX/drive_c/Program Files/ImageBridge/Uninstall.exe" ] || fail "no uninstaller installed"
[ -f "$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/ImageBridge/ImageBridge.lnk" ] \
    || fail "no Start-menu entry Programs\\ImageBridge\\ImageBridge.lnk"

version=$(wine "$installed_exe" --version 2>/dev/null | tr -d '\r')
say "installed imagebridge.exe --version: $version"
[ "$version" = "ImageBridge $(sed -nE 's/^ +VERSION ([0-9.]+)$/\1/p' "$top/CMakeLists.txt" | head -1)" ] \
    || fail "--version printed '$version'"

serve=FAILED
fake="$top/build/tests/fakeupstream/imagebridge-fake-upstream"
if [ ! -x "$fake" ]; then
    say "building the Linux fake upstream"
    "$top/build.sh" build >/dev/null || fail "the Linux build (for the fake upstream) failed"
fi
"$fake" --port 0 --delay 50 --image-size 256 >"$tmp/fake.log" 2>&1 &
fake_pid=$!
for _ in $(seq 100); do grep -q 'Fake upstream at' "$tmp/fake.log" && break; sleep 0.1; done
upstream=$(grep -o 'http://[^ ]*' "$tmp/fake.log" | head -1)
[ -n "$upstream" ] || fail "the fake upstream did not start"
key=windows-check-$$
# A Windows path with backslashes and non-ASCII letters, as a user named Jürgen or 李明 has.
data_windows='C:\users\Public\Bilder-Jürgen-李明'
data_unix="$WINEPREFIX/drive_c/users/Public/Bilder-Jürgen-李明"
# Started from cmd as a user would, in a process group of its own: Ctrl+C in a terminal is
# SIGINT to the group, which Wine turns into the console's CTRL_C_EVENT.
setsid wine cmd /c 'C:\Program Files\ImageBridge\bin\imagebridge.exe' --serve --port 0 \
    --key "$key" --upstream "$upstream" --data-dir "$data_windows" \
    --settings 'C:\users\Public\imagebridge-check.ini' >"$tmp/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 300); do grep -q 'Press Ctrl+C' "$tmp/serve.log" && break; sleep 0.1; done
base=$(grep -o 'http://127.0.0.1:[0-9]*/v1' "$tmp/serve.log" | head -1)
if [ -n "$base" ]; then
    curl -sS --max-time 60 "$base/images/generations" -H "Authorization: Bearer $key" \
        -H 'Content-Type: application/json' \
        -d '{"prompt":"a lighthouse at dawn","model":"vertex/imagen-3.0-fast","n":1}' \
        -o "$tmp/answer.json"
    if python3 - "$tmp/answer.json" "$tmp/image.png" <<'EOF'
import base64, json, sys
data = json.load(open(sys.argv[1]))["data"][0]["b64_json"]
open(sys.argv[2], "wb").write(base64.b64decode(data))
EOF
    then
        identify "$tmp/image.png" >&2 && serve=ok
        # The gallery kept it under the non-ASCII Windows path.
        if [ ! -f "$data_unix/index.sqlite" ] || [ -z "$(find "$data_unix" -name '*.png' -print -quit)" ]; then
            say "no gallery file under $data_windows"
            serve=FAILED
        fi
    fi
    # A clean stop on Ctrl+C: the server says so and the whole group ends.
    kill -INT -- "-$server_pid" 2>/dev/null
    for _ in $(seq 150); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$server_pid" 2>/dev/null || ! grep -q 'shutting down' "$tmp/serve.log"; then
        say "the server did not stop on Ctrl+C"
        cat "$tmp/serve.log" >&2
        serve=FAILED
        kill -- "-$server_pid" 2>/dev/null
    fi
    server_pid=
else
    cat "$tmp/serve.log" >&2
fi
say "serve: $serve"

# The studio window under Xvfb.
shot="$build/windows-studio.png"
rm -f "$shot"
IMAGEBRIDGE_DATA_DIR="$data_windows" IMAGEBRIDGE_SETTINGS_FILE='C:\users\Public\imagebridge-check.ini' \
    wine "$installed_exe" --upstream "$upstream" >"$tmp/gui.log" 2>&1 &
gui_pid=$!
# The first start in a fresh prefix builds font caches: wait until the window has painted.
for _ in $(seq 90); do
    sleep 1
    xwininfo -root -tree 2>/dev/null | grep '"ImageBridge":' >/dev/null || continue
    import -window root "$shot" 2>/dev/null || continue
    [ "$(convert "$shot" -format '%[fx:standard_deviation > 0.05]' info: 2>/dev/null)" = 1 ] && break
done
kill "$gui_pid" 2>/dev/null
wineserver -k 2>/dev/null
if [ -f "$shot" ] && [ "$(convert "$shot" -format '%[fx:standard_deviation > 0.05]' info:)" = 1 ]; then
    say "screenshot $shot"
else
    say "the studio window did not paint"
    shot=none
fi

# 6. The test suite under Wine.
say "test suite under Wine"
export WINEPATH="$qt/bin;$mingw_runtime;/usr/x86_64-w64-mingw32/lib"
# Wine 10 (Debian 13) keeps the host's QT_* variables out of Windows programs, so the
# tests' own (ctest's ENVIRONMENT) go in through the prefix's registry; Qt finds its plugins
# beside its DLLs.
for setting in QT_QPA_PLATFORM=offscreen 'QT_LOGGING_RULES=imagebridge.*.info=false'; do
    wine reg add 'HKCU\Environment' /v "${setting%%=*}" /t REG_SZ /d "${setting#*=}" /f \
        >/dev/null 2>&1 || fail "could not set ${setting%%=*} in the Wine prefix"
done
ctest --test-dir "$build" --output-on-failure --timeout 300 2>&1 | tee "$tmp/ctest.log"
summary=$(grep -Eo '[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$tmp/ctest.log" | tail -1)
total=$(echo "$summary" | awk '{print $NF}')
failed=$(echo "$summary" | awk '{print $4}')
passed=$((${total:-0} - ${failed:-0}))
wineserver -k 2>/dev/null

say "took $((SECONDS - start)) s"
echo "windows: Qt $qt_version MinGW; installer $(basename "$installer") $installer_bytes B; installed under Wine; tests $passed passed, ${failed:-?} failed; serve $serve; screenshot $shot"
[ "$serve" = ok ] && [ "$shot" != none ] && [ "${failed:-1}" = 0 ] && [ "${total:-0}" -gt 0 ]
