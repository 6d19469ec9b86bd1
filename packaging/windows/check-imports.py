#!/usr/bin/env python3
"""Checks a Windows package folder: every DLL that its programs and plugins import is either
shipped in it or part of Windows, and every shipped library is used by something.

Usage: check-imports.py FOLDER   (exit 1 and one line per problem otherwise)"""
import os
import re
import subprocess
import sys

# DLLs every Windows 10/11 has (and Wine provides).
SYSTEM = {
    "advapi32", "bcrypt", "comctl32", "comdlg32", "crypt32", "d3d11", "d3d12", "d3d9", "dwmapi",
    "dwrite", "dxgi", "gdi32", "imm32", "iphlpapi", "kernel32", "msvcrt", "mpr", "ncrypt",
    "netapi32", "ntdll", "ole32", "oleaut32", "secur32", "setupapi", "shell32", "shcore",
    "shlwapi", "user32", "userenv", "uxtheme", "version", "winmm", "wtsapi32", "ws2_32",
    "authz", "dnsapi", "winhttp", "wininet", "dbghelp", "opengl32", "rpcrt4", "normaliz",
    "usp10", "gdiplus", "propsys", "runtimeobject",
}


def imports(path):
    out = subprocess.run(["x86_64-w64-mingw32-objdump", "-p", path], capture_output=True,
                         text=True, check=True).stdout
    return {m.lower() for m in re.findall(r"DLL Name: (\S+)", out)}


def main(folder):
    files = []
    for root, _, names in os.walk(folder):
        files += [os.path.join(root, n) for n in names if n.lower().endswith((".exe", ".dll"))]
    shipped = {os.path.basename(f).lower(): f for f in files}
    # Programs and plugins are loaded by Windows or by Qt; libraries must be imported.
    roots = [f for f in files if f.lower().endswith(".exe") or
             os.path.dirname(f) != os.path.dirname(shipped.get("imagebridge.exe", f))]
    problems, used = [], set()
    for f in files:
        for dll in imports(f):
            base = dll[:-4] if dll.endswith(".dll") else dll
            if dll in shipped:
                used.add(dll)
            elif base not in SYSTEM and not base.startswith(("api-ms-win-", "ext-ms-")):
                problems.append(f"{os.path.relpath(f, folder)} imports {dll}, which is not shipped")
    for name, f in shipped.items():
        if f not in roots and name not in used and not name.startswith("uninstall"):
            problems.append(f"{os.path.relpath(f, folder)} is shipped but nothing imports it")
    for p in problems:
        print("check-imports:", p, file=sys.stderr)
    print(f"check-imports: {len(files)} programs and libraries, {len(used)} shipped DLLs in use, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
