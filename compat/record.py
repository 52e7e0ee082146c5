#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Record the applications' syscall profiles natively, from the workloads
sbx's own server tests run (tests/apps/servers.sh).

    compat/record.py [--out DIR] [--manifest syscalls.yaml] [--keep-logs DIR]

runs tests/apps/servers.sh with this script standing in for `sbx run`: each
workload then runs natively (in a private mount and network namespace, with
a fresh /tmp and loopback, as root or as --uid/--gid) under `strace -f`, and
its log becomes DIR/<app>.yaml: every syscall the workload made, with its
count, and the values it passed in the arguments the manifest validates
(ioctl requests, prctl options, clone flags...). codegen/readiness.py turns
the profiles into reports/readiness.md. Needs root, strace, unshare and ip.

As a stand-in for sbx (first argument "run") it takes sbx run's --uid, --gid
and -- PROG ARGS, and logs to $SBX_RECORD_DIR/<app>.<n>.strace.
"""
import argparse
import collections
import glob
import os
import re
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(TOP, "codegen"))
from report import write_file  # noqa: E402

# The application a workload belongs to: the first of these its command names.
APPS = [
    ("redis", "redis-server"),
    ("nginx", "nginx"),
    ("postgresql", "initdb"),
    ("mariadb", "mariadb"),
    ("openjdk", "java"),
]


def stand_in(argv):
    """Run one workload natively under strace, as `sbx run` would run it."""
    uid = gid = None
    i = 0
    while i < len(argv) and argv[i] != "--":
        if argv[i] in ("--uid", "--gid") and i + 1 < len(argv):
            if argv[i] == "--uid":
                uid = argv[i + 1]
            else:
                gid = argv[i + 1]
            i += 2
        else:
            print("record.py: unsupported sbx run option %s" % argv[i], file=sys.stderr)
            return 125
    prog = argv[i + 1:]
    if not prog:
        print("record.py: no program given", file=sys.stderr)
        return 125
    text = " ".join(prog)
    app = next((a for a, word in APPS if re.search(r"\b%s\b" % re.escape(word), text)), "other")
    logdir = os.environ["SBX_RECORD_DIR"]
    fd, log = tempfile.mkstemp(prefix=app + ".", suffix=".strace", dir=logdir)
    os.close(fd)
    os.chmod(log, 0o666)
    drop = []
    if uid is not None or gid is not None:
        drop = ["setpriv", "--reuid", uid or "0", "--regid", gid or "0", "--clear-groups", "--"]
    # A private /tmp and loopback, as in the sandbox; strace after the id
    # change, so that only the workload is traced.
    setup = 'mount -t tmpfs -o mode=1777 tmpfs /tmp && ip link set lo up && exec "$@"'
    cmd = ["unshare", "--mount", "--net", "--propagation", "private", "--",
           "/bin/sh", "-c", setup, "sh"] + drop + ["strace", "-f", "-qq", "-o", log, "--"] + prog
    return subprocess.call(cmd)


# One strace line: "PID name(args) = result", or the start of an unfinished call.
LINE = re.compile(r"^\d+\s+([a-z_0-9]+)\((.*)")


def split_args(text):
    """Split strace's argument text at its top-level commas, up to the closing ')'."""
    args, depth, cur, quote, esc = [], 0, [], False, False
    for ch in text:
        if quote:
            cur.append(ch)
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                quote = False
            continue
        if ch == '"':
            quote = True
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif ch == "," and depth == 0:
            args.append("".join(cur).strip())
            cur = []
            continue
        cur.append(ch)
    # A call another thread interrupted ends in " <unfinished ...>".
    last = re.sub(r"\s*<unfinished \.\.\.>.*$", "", "".join(cur)).strip()
    if last:
        args.append(last)
    return args


def validated_args(manifest):
    """{syscall: [(arg index, arg name)]} for every argument a validator constrains."""
    out = {}
    for name, e in manifest["syscalls"].items():
        val = e.get("validate") or {}
        names = [next(iter(a)) for a in e.get("args") or []]
        for arg in val:
            if arg in names:
                out.setdefault(name, []).append((names.index(arg), arg))
    return out


def arg_value(args, index, name):
    """The text of an argument, by name when strace prints it as name=value."""
    for a in args:
        if a.startswith(name + "="):
            return a[len(name) + 1:]
    # clone: strace names its arguments (child_stack=, flags=) in its own order.
    if args and re.match(r"^[a-z_]+=", args[0]):
        return None
    return args[index] if index < len(args) else None


def profile_of(logs, manifest):
    counts = collections.Counter()
    values = collections.defaultdict(set)
    checked = validated_args(manifest)
    for path in logs:
        with open(path, errors="replace") as f:
            for line in f:
                m = LINE.match(line)
                if not m:
                    continue  # "<... resumed>", signals, exits
                name = m.group(1)
                counts[name] += 1
                if name in checked:
                    args = split_args(m.group(2))
                    for index, arg in checked[name]:
                        v = arg_value(args, index, arg)
                        if v:
                            values["%s.%s" % (name, arg)].add(v)
    return counts, values


def write_profile(path, app, counts, values):
    known = {n for n in counts}
    doc = {
        "app": app,
        "recorded": "natively, strace -f of the workload in tests/apps/servers.sh",
        "proof": "tests/apps/servers.sh",
        "syscalls": {n: counts[n] for n in sorted(known)},
        "values": {k: sorted(values[k]) for k in sorted(values)},
    }
    write_file(path, "# Written by compat/record.py; re-record rather than edit.\n" +
               yaml.safe_dump(doc, sort_keys=False, default_flow_style=False, width=100))


def main(argv):
    if argv and argv[0] == "run":
        return stand_in(argv[1:])
    ap = argparse.ArgumentParser(prog="record.py", description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--manifest", default=os.path.join(TOP, "syscalls.yaml"))
    ap.add_argument("--keep-logs", help="leave the strace logs in this directory")
    ap.add_argument("--from-logs", help="make the profiles from the logs in this directory, "
                    "without running the workloads again")
    opts = ap.parse_args(argv)
    if os.geteuid() != 0 and not opts.from_logs:
        print("record.py: needs root (private namespaces, servers run as root)", file=sys.stderr)
        return 2
    with open(opts.manifest) as f:
        manifest = yaml.safe_load(f)
    logdir = opts.from_logs or opts.keep_logs or tempfile.mkdtemp(prefix="sbx-record.")
    r = 0
    if not opts.from_logs:
        os.makedirs(logdir, exist_ok=True)
        os.chmod(logdir, 0o1777)
        env = dict(os.environ, SBX=os.path.abspath(__file__), SBX_RECORD_DIR=logdir,
                   srcdir=TOP)
        r = subprocess.call(["/bin/sh", os.path.join(TOP, "tests/apps/servers.sh")], env=env)
    if r != 0:
        # Some checks expect what only sbx does: natively MariaDB uses
        # io_uring, so its "native AIO" check fails while its workload ran.
        print("record.py: some checks failed natively (see above); the workloads' "
              "profiles are written all the same", file=sys.stderr)
    for app, _ in APPS:
        logs = sorted(glob.glob(os.path.join(logdir, app + ".*.strace")))
        if not logs:
            print("record.py: %s did not run (not installed?); its profile is left as it is"
                  % app, file=sys.stderr)
            continue
        counts, values = profile_of(logs, manifest)
        write_profile(os.path.join(opts.out, app + ".yaml"), app, counts, values)
        print("record.py: %s: %d syscalls, %d calls" % (app, len(counts), sum(counts.values())))
    if not opts.keep_logs and not opts.from_logs:
        subprocess.call(["rm", "-rf", logdir])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
