#!/usr/bin/env python3
"""Fails when a process this checkout's test run started is still running.

    Tests/leftovers.py CHECKOUT

A process counts as the test run's when its command line names the checkout's folder (the test
binary, the erfaring binary, Ralph from .venv-lrs, the tmux servers and shells whose commands
run that binary) or when its environment has ERFARING_TEST_RUN=CHECKOUT, which `make test` sets
for everything the tests start (a pane's `sleep`, a shell that has replaced itself). Other
checkouts on the machine have other folders, so their test runs are never counted; a compiler
or build tool working in this checkout (swift, clang, ld, make, git) counts only by the mark. This script
and the processes it runs under (make, the recipe's shell) are left out. What is found is listed,
killed by its process id, and the exit status is 1; a few seconds' grace is given first.
"""
import os
import signal
import sys
import time


# A build in the same checkout (another terminal) is not the test run's.
BUILD_TOOLS = (b"swift", b"clang", b"ld", b"make", b"git")


def ancestors():
    pids, pid = set(), os.getpid()
    while pid > 1:
        pids.add(pid)
        try:
            with open(f"/proc/{pid}/stat") as stat:
                pid = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            break
    return pids


def leftovers(checkout, mine):
    marker = f"ERFARING_TEST_RUN={checkout}".encode()
    folder = (checkout.rstrip("/") + "/").encode()
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) in mine:
            continue
        try:
            with open(f"/proc/{name}/stat") as stat:
                if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                    continue
            with open(f"/proc/{name}/cmdline", "rb") as file:
                command = file.read()
            with open(f"/proc/{name}/environ", "rb") as file:
                environment = file.read().split(b"\0")
        except OSError:
            continue
        program = os.path.basename(command.split(b"\0", 1)[0])
        if marker in environment or (folder in command and not program.startswith(BUILD_TOOLS)):
            shown = command.replace(b"\0", b" ").decode("utf-8", "replace").strip()
            found.append((int(name), "".join(c if c.isprintable() else "?" for c in shown)[:200]))
    return found


def main():
    if len(sys.argv) != 2:
        print("usage: Tests/leftovers.py CHECKOUT", file=sys.stderr)
        return 64
    checkout = os.path.realpath(sys.argv[1])
    mine = ancestors()
    deadline = time.monotonic() + 5
    found = leftovers(checkout, mine)
    while found and time.monotonic() < deadline:
        time.sleep(0.2)
        found = leftovers(checkout, mine)
    if not found:
        print("ok: no process of the test run is left")
        return 0
    print(f"FAILED: {len(found)} process(es) the tests started are still running; killing them:", file=sys.stderr)
    for pid, command in found:
        print(f"  {pid}  {command}", file=sys.stderr)
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return 1


if __name__ == "__main__":
    sys.exit(main())
