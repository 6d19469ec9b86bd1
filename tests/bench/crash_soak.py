#!/usr/bin/env python3
"""Kill -9 under load, then count what the gallery kept of what the API answered.

Starts the fake upstream and `imagebridge --serve` on one data folder; each round has N
clients generate for a few seconds, kills the server with SIGKILL, and starts it again on
the same folder (its start-up recovery runs). At the end it prints, over all rounds:

  crash soak: R rounds, A images answered, L lost, O orphan files, T temporary files

An image is lost when the API answered it (200, its URL names its id) and the index has no
row for it or its file is gone; an orphan is a file under images/ that no row names.
Exits 1 when anything was lost or left over.

  ./build.sh build && tests/bench/crash_soak.py [--rounds 10] [--workers 24] [--seconds 6]
"""
import argparse
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

KEY = "crash-soak-key-0123"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STORED = re.compile(r"^([0-9a-f]{32})\.[a-z]{3,4}$")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(port, deadline_s=30):
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def start_server(binary, port, upstream, data, settings):
    env = dict(os.environ, IMAGEBRIDGE_SETTINGS_FILE=settings, QT_QPA_PLATFORM="offscreen")
    server = subprocess.Popen(
        [binary, "--serve", "--port", str(port), "--key", KEY, "--upstream", upstream,
         "--data-dir", data],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    if not wait_healthy(port):
        server.kill()
        sys.exit("crash_soak: the server did not start")
    return server


def worker(port, stop, answered, lock):
    body = json.dumps({"prompt": "a lighthouse in a storm", "model": "dall-e-3",
                       "response_format": "url"}).encode()
    while not stop.is_set():
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/v1/images/generations", data=body,
            headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as reply:
                data = json.load(reply)["data"]
            with lock:
                for item in data:
                    answered.add(item["url"].rsplit("/", 1)[1].split(".")[0])
        except (OSError, ValueError, KeyError):
            if not stop.is_set():
                time.sleep(0.05)  # the server is gone or restarting


def audit(data, answered):
    with sqlite3.connect(os.path.join(data, "index.sqlite")) as db:
        rows = dict(db.execute("SELECT id, path FROM images").fetchall())
    lost = [i for i in answered if i not in rows or not os.path.exists(rows[i])]
    orphans = temporaries = 0
    for folder, _, files in os.walk(os.path.join(data, "images")):
        for name in files:
            match = STORED.match(name)
            if not match:
                temporaries += 1
            elif match.group(1) not in rows:
                orphans += 1
    return lost, orphans, temporaries


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=24)
    parser.add_argument("--seconds", type=float, default=6)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    args = parser.parse_args()
    binary = os.path.join(args.build, "src/app/imagebridge")
    fake_binary = os.path.join(args.build, "tests/fakeupstream/imagebridge-fake-upstream")

    work = tempfile.mkdtemp(prefix="crash-soak-")
    data, settings = os.path.join(work, "data"), os.path.join(work, "settings.ini")
    fake_port = free_port()
    fake = subprocess.Popen([fake_binary, "--port", str(fake_port), "--delay", "300"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    upstream = f"http://127.0.0.1:{fake_port}/api/generate-images"
    answered, lock = set(), threading.Lock()
    port = free_port()
    try:
        for _ in range(args.rounds):
            server = start_server(binary, port, upstream, data, settings)
            stop = threading.Event()
            threads = [threading.Thread(target=worker, args=(port, stop, answered, lock))
                       for _ in range(args.workers)]
            for t in threads:
                t.start()
            time.sleep(args.seconds)  # the load's length, not a wait for an event
            server.send_signal(signal.SIGKILL)
            server.wait()
            stop.set()
            for t in threads:
                t.join(timeout=35)
        # A last start runs the recovery for the last kill; then a clean stop.
        server = start_server(binary, port, upstream, data, settings)
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    finally:
        fake.kill()
    lost, orphans, temporaries = audit(data, answered)
    print(f"crash soak: {args.rounds} rounds, {len(answered)} images answered, {len(lost)} lost, "
          f"{orphans} orphan files, {temporaries} temporary files")
    return 1 if lost or orphans or temporaries else 0


if __name__ == "__main__":
    sys.exit(main())
