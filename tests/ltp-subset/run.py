#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Conformance runner for sbx.

Runs the LTP-style conformance tests (built as
$(builddir)/tests/ltp-subset/<syscall>/<test>) natively and/or under
`sbx run --`, in parallel, each in a fresh temporary directory with a
timeout, and writes one JSON file with a verdict per test and mode.  With
`--ltp LTPROOT --list FILE` it runs the binaries of a real Linux Test Project
install named by an LTP runtest file instead.  The manifest comes from
`sbx syscalls --json` (or `--manifest-json FILE`); the YAML is never read
here.  Standard library only, so it runs on any Python 3.8+.
"""

import argparse
import collections
import glob
import concurrent.futures
import datetime
import json
import os
import re
import shlex
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "codegen"))
from report import write_file  # noqa: E402

RESULTS_FORMAT = "sbx-results-1"

# LTP exit status bits (include/tst_res_flags.h).
TFAIL = 1
TBROK = 2
TWARN = 4
TCONF = 32
KNOWN_BITS = TFAIL | TBROK | TWARN | TCONF

SBX_SELF_FAILURE = 125

KNOWN_GROUPS = ("fs", "file", "mm", "process", "signal", "time", "ipc", "net",
                "identity", "security", "sched", "misc")

# Bounds on what is kept of a test's output.
MAX_MSG_LINES = 20
MAX_LINE_CHARS = 300
TAIL_LINES = 8
READ_CHUNK = 4096

MSG_RE = re.compile(r"\b(TFAIL|TBROK)\b")
ANSI_RE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
SHELL_CHARS = set("|&;<>()$`*?[]{}~\n")


class UsageError(Exception):
    """Bad input: reported as one line on stderr, exit status 2."""


_STDOUT_OK = [True]


def say(text=""):
    """print() that survives a closed stdout (`run.py | head`): the run and
    the results file matter more than the progress lines."""
    if not _STDOUT_OK[0]:
        return
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except (BrokenPipeError, OSError):
        _STDOUT_OK[0] = False
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        except OSError:
            pass


def die_usage(msg):
    sys.stderr.write("run.py: error: %s\n" % msg)
    sys.exit(2)


# --------------------------------------------------------------------------
# Verdicts


def signal_name(n):
    try:
        return signal.Signals(n).name
    except ValueError:
        if signal.SIGRTMIN <= n <= signal.SIGRTMAX:
            return "SIGRTMIN+%d" % (n - signal.SIGRTMIN)
        return "SIG%d" % n


def verdict_from_status(mode, code, shell_wrapped=False):
    """Map a shell-style exit status (128+N for signal N) to a verdict.

    Returns (verdict, signal-name-or-None)."""
    if mode == "sbx" and code == SBX_SELF_FAILURE:
        return "SBXFAIL", None
    if code > 128 and (mode == "sbx" or shell_wrapped or code > 255):
        sig = signal_name(code - 128)
        return "BROK(%s)" % sig, sig
    if code == 0:
        return "PASS", None
    if code & ~KNOWN_BITS:
        return "BROK", None
    if code & TFAIL:
        return "FAIL", None
    if code & TBROK:
        return "BROK", None
    if code & TWARN:
        return "WARN", None
    if code & TCONF:
        return "CONF", None
    return "BROK", None  # unreachable


def is_pass(verdict):
    return verdict == "PASS"


# --------------------------------------------------------------------------
# Running one command


class ActiveSet:
    """Process groups currently running, so an interrupt can kill them."""

    def __init__(self):
        self.lock = threading.Lock()
        self.pgids = set()
        self.stop = threading.Event()

    def add(self, pgid):
        with self.lock:
            self.pgids.add(pgid)

    def discard(self, pgid):
        with self.lock:
            self.pgids.discard(pgid)

    def kill_all(self):
        with self.lock:
            for pgid in list(self.pgids):
                kill_group(pgid)


ACTIVE = ActiveSet()


def kill_group(pgid):
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def clip(line):
    line = ANSI_RE.sub("", line.rstrip("\r\n"))
    if len(line) > MAX_LINE_CHARS:
        line = line[:MAX_LINE_CHARS - 3] + "..."
    return line


class OutputCollector(threading.Thread):
    """Reads a pipe to EOF keeping only TFAIL/TBROK lines and a short tail."""

    def __init__(self, pipe):
        super().__init__(daemon=True)
        self.pipe = pipe
        self.messages = []
        self.dropped = 0
        self.tail = collections.deque(maxlen=TAIL_LINES)

    def run(self):
        partial = b""
        try:
            while True:
                chunk = self.pipe.read1(READ_CHUNK) if hasattr(self.pipe, "read1") \
                    else os.read(self.pipe.fileno(), READ_CHUNK)
                if not chunk:
                    break
                partial += chunk
                *lines, partial = partial.split(b"\n")
                for raw in lines:
                    self.line(raw)
                if len(partial) > 4 * MAX_LINE_CHARS:
                    self.line(partial)
                    partial = b""
        except (OSError, ValueError):
            pass
        if partial:
            self.line(partial)

    def line(self, raw):
        text = clip(raw.decode("utf-8", "replace"))
        if not text.strip():
            return
        self.tail.append(text)
        if MSG_RE.search(text):
            if len(self.messages) < MAX_MSG_LINES:
                self.messages.append(text)
            else:
                self.dropped += 1


def rmtree_forcibly(path):
    def fix(func, p, _exc):
        try:
            os.chmod(os.path.dirname(p), 0o700)
            os.chmod(p, 0o700)
            func(p)
        except OSError:
            pass
    shutil.rmtree(path, onerror=fix)


def run_command(argv, mode, env, timeout, shell_wrapped=False):
    """Run argv in a fresh temporary directory; return a result dict."""
    workdir = tempfile.mkdtemp(prefix="sbx-ltp-", dir="/tmp")
    start = time.monotonic()
    result = {"verdict": None, "exit": None, "seconds": 0.0, "lines": []}
    try:
        try:
            proc = subprocess.Popen(argv, cwd=workdir, env=env,
                                    stdin=subprocess.DEVNULL,
                                    stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT,
                                    start_new_session=True, close_fds=True)
        except OSError as e:
            result["verdict"] = "SBXFAIL" if mode == "sbx" else "BROK"
            result["lines"] = ["cannot execute %s: %s" % (argv[0], e.strerror)]
            return result
        ACTIVE.add(proc.pid)
        collector = OutputCollector(proc.stdout)
        collector.start()
        timed_out = False
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            kill_group(proc.pid)
            proc.wait()
        result["seconds"] = round(time.monotonic() - start, 3)
        # Whatever the test left behind in its process group goes too.
        kill_group(proc.pid)
        ACTIVE.discard(proc.pid)
        collector.join(timeout=2)
        try:
            proc.stdout.close()
        except OSError:
            pass

        lines = list(collector.messages)
        if collector.dropped:
            lines.append("... %d more TFAIL/TBROK lines" % collector.dropped)
        if timed_out:
            result["verdict"] = "TIMEOUT"
            lines.append("timed out after %gs; process group killed" % timeout)
        else:
            rc = proc.returncode
            if rc < 0:
                code = 128 - rc
                sig = signal_name(-rc)
                result["verdict"] = "BROK(%s)" % sig
                result["signal"] = sig
            else:
                code = rc
                verdict, sig = verdict_from_status(mode, code, shell_wrapped)
                result["verdict"] = verdict
                if sig:
                    result["signal"] = sig
            result["exit"] = code
            if result["verdict"] == "BROK" and code & ~KNOWN_BITS:
                lines.append("unexpected exit status %d" % code)
        if not is_pass(result["verdict"]) and not collector.messages:
            # Nothing LTP-shaped was printed: keep the end of the output,
            # which is where sbx or a crashing test says what went wrong.
            lines = list(collector.tail)[-TAIL_LINES:] + lines
        result["lines"] = lines
        return result
    finally:
        if not result["seconds"]:
            result["seconds"] = round(time.monotonic() - start, 3)
        rmtree_forcibly(workdir)


# --------------------------------------------------------------------------
# Inputs


def load_manifest(args):
    """Return the manifest as a list of dicts, or None when none is given."""
    if args.manifest_json:
        try:
            with open(args.manifest_json, encoding="utf-8") as f:
                data = json.load(f)
        except OSError as e:
            raise UsageError("cannot read manifest %s: %s" % (args.manifest_json, e.strerror))
        except ValueError as e:
            raise UsageError("manifest %s is not JSON: %s" % (args.manifest_json, e))
        origin = args.manifest_json
    elif args.sbx:
        try:
            out = subprocess.run([args.sbx, "syscalls", "--json"], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, timeout=60, check=False)
        except OSError as e:
            raise UsageError("cannot run %s syscalls --json: %s" % (args.sbx, e.strerror))
        except subprocess.TimeoutExpired:
            raise UsageError("%s syscalls --json timed out" % args.sbx)
        if out.returncode != 0:
            msg = out.stderr.decode("utf-8", "replace").strip().splitlines()
            raise UsageError("%s syscalls --json failed (exit %d)%s" % (
                args.sbx, out.returncode, ": " + msg[-1] if msg else ""))
        try:
            data = json.loads(out.stdout.decode("utf-8", "replace"))
        except ValueError as e:
            raise UsageError("%s syscalls --json printed invalid JSON: %s" % (args.sbx, e))
        origin = "%s syscalls --json" % args.sbx
    else:
        return None
    if isinstance(data, dict) and isinstance(data.get("syscalls"), list):
        data = data["syscalls"]
    if not isinstance(data, list) or not all(isinstance(e, dict) and isinstance(e.get("name"), str)
                                             for e in data):
        raise UsageError("manifest from %s is not a JSON array of objects with a name" % origin)
    return data


class Test:
    def __init__(self, key, syscalls, group, argv, shell_wrapped=False, missing=False):
        self.key = key
        self.syscalls = syscalls
        self.group = group
        self.argv = argv
        self.shell_wrapped = shell_wrapped
        self.missing = missing


def sbx_argv(args, argv):
    """`sbx run -- TEST`. The sandbox has its own /tmp, /var/tmp and /run, so
    a test (or an LTPROOT) that lives under the host's is bound in read-only."""
    cmd = [args.sbx, "run"]
    for d in sorted({os.path.dirname(os.path.realpath(argv[0]))} |
                    ({os.path.realpath(args.ltp)} if getattr(args, "ltp", None) else set())):
        if any(d == p or d.startswith(p + "/") for p in ("/tmp", "/var/tmp", "/run")):
            cmd += ["--ro-bind", d]
    return cmd + ["--"] + list(argv)


def is_test_binary(path):
    name = os.path.basename(path)
    if name.startswith(".") or "." in name:
        return False
    try:
        st = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and bool(st.st_mode & 0o111)


def subset_tests(args, manifest):
    """All ltp-subset tests: those the manifest names plus those on disk."""
    testdir = args.testdir
    tests = collections.OrderedDict()
    by_syscall = collections.defaultdict(list)
    group_of = {}
    if manifest:
        entries = sorted(manifest, key=lambda e: (e.get("nr") if isinstance(e.get("nr"), int)
                                                  else 1 << 30, e["name"]))
        claims = collections.OrderedDict()  # test -> [syscalls]
        for e in entries:
            group_of[e["name"]] = e.get("group")
            for t in e.get("tests") or []:
                if isinstance(t, str) and t:
                    claims.setdefault(t, []).append(e["name"])
        for t, scs in claims.items():
            path = None
            for sc in scs:
                cand = os.path.join(testdir, sc, t)
                if is_test_binary(cand):
                    path = cand
                    break
            if path is None:
                # Tests live in the directory LTP names them by (pread/ for
                # pread64, getuid/ for geteuid...): look in every directory.
                found = sorted(glob.glob(os.path.join(glob.escape(testdir), "*", t)))
                found = [f for f in found if is_test_binary(f)]
                path = found[0] if found else os.path.join(testdir, scs[0], t)
            group = group_of.get(scs[0])
            tests[t] = Test(t, scs, group, [os.path.abspath(path)],
                            missing=not is_test_binary(path))
            for sc in scs:
                by_syscall[sc].append(t)
    # Tests built but not named by the manifest still run.
    known_paths = {tuple(t.argv) for t in tests.values()}
    if os.path.isdir(testdir):
        for sc in sorted(os.listdir(testdir)):
            d = os.path.join(testdir, sc)
            if (sc == "lib" and sc not in group_of) or not os.path.isdir(d):
                continue
            for name in sorted(os.listdir(d)):
                p = os.path.join(d, name)
                if not is_test_binary(p) or (os.path.abspath(p),) in known_paths:
                    continue
                key = name if name not in tests else "%s/%s" % (sc, name)
                tests[key] = Test(key, [sc], group_of.get(sc), [os.path.abspath(p)])
                by_syscall[sc].append(key)
    return tests, by_syscall, group_of


def parse_runtest(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except OSError as e:
        raise UsageError("cannot read list %s: %s" % (path, e.strerror or e))
    entries = []
    seen = {}
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(None, 1)
        if len(parts) < 2:
            raise UsageError("%s:%d: tag %r has no command" % (path, lineno, parts[0]))
        tag, cmd = parts
        if tag in seen:
            seen[tag] += 1
            newtag = "%s_%d" % (tag, seen[tag])
            sys.stderr.write("run.py: warning: %s:%d: duplicate tag %s recorded as %s\n"
                             % (path, lineno, tag, newtag))
            tag = newtag
        else:
            seen[tag] = 1
        entries.append((tag, cmd))
    return entries


def ltp_tests(args, manifest):
    root = os.path.abspath(args.ltp)
    bindir = os.path.join(root, "testcases", "bin")
    if not os.path.isdir(bindir):
        raise UsageError("LTPROOT %s has no testcases/bin directory" % args.ltp)
    entries = parse_runtest(args.list)
    claims = collections.defaultdict(list)
    group_of = {}
    for e in manifest or []:
        group_of[e["name"]] = e.get("group")
        for t in e.get("tests") or []:
            claims[t].append(e["name"])
    search = bindir + os.pathsep + os.environ.get("PATH", os.defpath)
    tests = collections.OrderedDict()
    by_syscall = collections.defaultdict(list)
    for tag, cmd in entries:
        scs = claims.get(tag, [])
        group = group_of.get(scs[0]) if scs else None
        first = cmd.split(None, 1)[0]
        shellish = any(c in SHELL_CHARS for c in cmd) or ("=" in first)
        argv = None
        if not shellish:
            try:
                argv = shlex.split(cmd)
            except ValueError:
                shellish = True
        if shellish:
            t = Test(tag, scs, group, ["/bin/sh", "-c", cmd], shell_wrapped=True)
        else:
            exe = argv[0]
            found = exe if "/" in exe and os.access(exe, os.X_OK) else \
                shutil.which(exe, path=search) if "/" not in exe else None
            if found:
                t = Test(tag, scs, group, [os.path.abspath(found)] + argv[1:])
            else:
                t = Test(tag, scs, group, [os.path.join(bindir, exe)] + argv[1:], missing=True)
        tests[tag] = t
        for sc in scs:
            by_syscall[sc].append(tag)
    return tests, by_syscall, group_of, root, bindir


def select(tests, by_syscall, group_of, args, have_manifest):
    wanted = []
    for name in args.test or []:
        if name in tests:
            wanted.append(name)
        else:
            raise UsageError("unknown test %r (not in the manifest, the list or %s)"
                             % (name, "the runtest file" if args.ltp else args.testdir))
    for sc in args.syscall or []:
        if sc not in by_syscall and sc not in group_of:
            raise UsageError("unknown syscall %r" % sc)
        wanted.extend(by_syscall.get(sc, []))
    for g in args.group or []:
        if not have_manifest:
            raise UsageError("--group needs a manifest (--manifest-json FILE or --sbx PATH)")
        members = [sc for sc, grp in group_of.items() if grp == g]
        if not members and g not in KNOWN_GROUPS:
            raise UsageError("unknown group %r (groups: %s)" % (g, " ".join(KNOWN_GROUPS)))
        for sc in members:
            wanted.extend(by_syscall.get(sc, []))
    if not (args.test or args.syscall or args.group):
        return list(tests.values())
    keep = set(wanted)
    chosen = [t for k, t in tests.items() if k in keep]
    if not chosen:
        raise UsageError("the selection names no tests")
    return chosen


# --------------------------------------------------------------------------
# Output


def write_atomically(path, data):
    write_file(path, json.dumps(data, indent=1, sort_keys=True) + "\n")


def fmt_mode(mode, r):
    return "%s %-14s %6.2fs" % (mode, r["verdict"], r["seconds"])


def now_iso():
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()


# --------------------------------------------------------------------------


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Run sbx conformance tests natively and under `sbx run`.")
    p.add_argument("--builddir", default=os.environ.get("builddir") or ".",
                   help="build directory (default: $builddir or .)")
    p.add_argument("--testdir", help="where the built tests are "
                   "(default: BUILDDIR/tests/ltp-subset)")
    p.add_argument("--sbx", help="the sbx binary (default: $SBX, else BUILDDIR/sbx if built)")
    p.add_argument("--manifest-json", metavar="FILE",
                   help="manifest JSON (default: output of `SBX syscalls --json`)")
    p.add_argument("--mode", choices=("native", "sbx", "both"), default="both")
    p.add_argument("--syscall", action="append", metavar="NAME", help="run this syscall's tests")
    p.add_argument("--group", action="append", metavar="G", help="run this group's tests")
    p.add_argument("--test", action="append", metavar="NAME", help="run this test (or LTP tag)")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, metavar="N")
    p.add_argument("--timeout", type=float, default=60.0, metavar="S",
                   help="seconds per test and mode (default 60)")
    p.add_argument("--results", metavar="FILE",
                   help="results JSON (default: BUILDDIR/coverage/results.json)")
    p.add_argument("--ltp", metavar="LTPROOT", help="run a real LTP install's tests")
    p.add_argument("--list", metavar="FILE", help="LTP runtest file (with --ltp)")
    p.add_argument("--dry-run", action="store_true", help="print the selection and exit")
    p.add_argument("-q", "--quiet", action="store_true", help="no per-test progress lines")
    p.add_argument("--fail-on-error", action="store_true",
                   help="exit 1 if any test did not PASS or CONF")
    args = p.parse_args(argv)
    if args.jobs < 1:
        raise UsageError("-j needs a positive number")
    if args.timeout <= 0:
        raise UsageError("--timeout needs a positive number of seconds")
    if bool(args.ltp) != bool(args.list):
        raise UsageError("--ltp LTPROOT and --list FILE go together")
    if args.testdir is None:
        args.testdir = os.path.join(args.builddir, "tests", "ltp-subset")
    if args.results is None:
        args.results = os.path.join(args.builddir, "coverage", "results.json")
    if args.sbx is None:
        env_sbx = os.environ.get("SBX")
        built = os.path.join(args.builddir, "sbx")
        if env_sbx:
            args.sbx = env_sbx
        elif is_test_binary(built):
            args.sbx = built
    if args.sbx:
        if os.sep not in args.sbx:
            args.sbx = shutil.which(args.sbx) or args.sbx
        args.sbx = os.path.abspath(args.sbx)
        if not os.access(args.sbx, os.X_OK) or os.path.isdir(args.sbx):
            raise UsageError("sbx binary %s is not executable" % args.sbx)
    if args.mode in ("sbx", "both") and not args.sbx:
        raise UsageError("--mode %s needs the sandbox: give --sbx PATH (or --mode native)"
                         % args.mode)
    return args


def main(argv=None):
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
        manifest = load_manifest(args)
        if args.ltp:
            tests, by_syscall, group_of, ltproot, bindir = ltp_tests(args, manifest)
        else:
            tests, by_syscall, group_of = subset_tests(args, manifest)
            ltproot = bindir = None
        chosen = select(tests, by_syscall, group_of, args, manifest is not None)
    except UsageError as e:
        die_usage(str(e))

    modes = ["native", "sbx"] if args.mode == "both" else [args.mode]
    if args.dry_run:
        for t in chosen:
            say("%s %s%s" % (t.key, " ".join(shlex.quote(a) for a in t.argv),
                               " (MISSING)" if t.missing else ""))
        return 0

    env = dict(os.environ)
    env["TMPDIR"] = "/tmp"
    env["LTP_COLORIZE_OUTPUT"] = "0"
    if ltproot:
        env["LTPROOT"] = ltproot
        env["PATH"] = bindir + os.pathsep + env.get("PATH", os.defpath)

    results = collections.OrderedDict()
    for t in chosen:
        entry = {"syscalls": t.syscalls, "group": t.group, "command": t.argv}
        results[t.key] = entry

    def job(t, mode):
        if ACTIVE.stop.is_set():
            return t, mode, None
        if t.missing:
            return t, mode, {"verdict": "MISSING", "exit": None, "seconds": 0.0,
                             "lines": ["not built: %s" % t.argv[0]]}
        argv = t.argv if mode == "native" else sbx_argv(args, t.argv)
        r = run_command(argv, mode, env, args.timeout, t.shell_wrapped)
        if t.shell_wrapped and r["exit"] == 127:
            r["verdict"] = "MISSING"  # the shell's "command not found"
        if ACTIVE.stop.is_set():
            return t, mode, None
        return t, mode, r

    def on_signal(signum, _frame):
        ACTIVE.stop.set()
        ACTIVE.kill_all()

    old = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    started = now_iso()
    t0 = time.monotonic()
    total = len(chosen)
    done_tests = 0
    pending_modes = {t.key: len(modes) for t in chosen}
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            futures = [pool.submit(job, t, m) for t in chosen for m in modes]
            for fut in concurrent.futures.as_completed(futures):
                t, mode, r = fut.result()
                pending_modes[t.key] -= 1
                if r is not None:
                    results[t.key][mode] = r
                if pending_modes[t.key] == 0:
                    done_tests += 1
                    if not args.quiet and not ACTIVE.stop.is_set():
                        parts = [fmt_mode(m, results[t.key][m]) for m in modes
                                 if m in results[t.key]]
                        say("[%*d/%d] %-24s %s" % (len(str(total)), done_tests, total,
                                                   t.key, " | ".join(parts)))
    finally:
        for s, h in old.items():
            signal.signal(s, h)

    interrupted = ACTIVE.stop.is_set()
    summary = {m: collections.Counter() for m in modes}
    not_ok = []
    for key, entry in results.items():
        bad = False
        for m in modes:
            if m in entry:
                v = entry[m]["verdict"]
                summary[m][v] += 1
                bad |= v not in ("PASS", "CONF")
        if bad:
            not_ok.append(key)
    doc = {
        "format": RESULTS_FORMAT,
        "kind": "ltp" if args.ltp else "ltp-subset",
        "started": started,
        "finished": now_iso(),
        "kernel": os.uname().release,
        "modes": modes,
        "sbx": args.sbx,
        "testdir": None if args.ltp else os.path.abspath(args.testdir),
        "ltproot": ltproot,
        "list": os.path.abspath(args.list) if args.list else None,
        "timeout": args.timeout,
        "jobs": args.jobs,
        "interrupted": interrupted,
        "summary": {m: dict(sorted(c.items())) for m, c in summary.items()},
        "tests": results,
    }
    write_atomically(args.results, doc)

    elapsed = time.monotonic() - t0
    say()
    say("%d tests, %s in %.1fs%s" % (total, " x ".join(modes), elapsed,
                                      " (INTERRUPTED)" if interrupted else ""))
    for m in modes:
        counts = ", ".join("%s %d" % kv for kv in sorted(summary[m].items())) or "nothing run"
        say("  %-6s %s" % (m, counts))
    if not_ok:
        shown = not_ok[:30]
        say("  not passing: %s%s" % (" ".join(shown),
                                       " ... (%d more)" % (len(not_ok) - 30)
                                       if len(not_ok) > 30 else ""))
    say("results: %s" % args.results)
    if interrupted:
        return 130
    if args.fail_on_error and not_ok:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
