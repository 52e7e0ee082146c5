#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Test of tests/ltp-subset/run.py with tiny fixture programs.

Builds, with cc in a temporary directory, a test tree of small programs
(passing, TFAIL, TCONF, hanging with a child, SIGSEGV, SIGKILL, one that
checks its cwd and TMPDIR, one the fake sbx refuses with 125) plus a
manifest naming one test that is never built, and runs them natively and
under a stand-in sbx script.  Checks each verdict, that a hang is killed
with its whole process group within the 2 s timeout, that bad names exit 2
with one line and no results file, and that the results file is complete.
Skips (77) when no C compiler is available.
"""

import json
import os
import signal
import sys
import time

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import testlib  # noqa: E402

cc = testlib.find_cc()
if not cc:
    print("SKIP: no C compiler")
    sys.exit(testlib.SKIP)

t = testlib.Checker("test_runner")
tmp = testlib.tempdir("sbx-runner-test-")

PROGRAMS = {
    ("getpid", "getpid01"): r'''
#include <stdio.h>
int main(void) { printf("getpid01.c:5: TPASS: fine\n"); return 0; }
''',
    ("getppid", "getppid01"): r'''
#include <stdio.h>
int main(void) {
    printf("getppid01.c:3: TINFO: chatter\n");
    fprintf(stderr, "getppid01.c:4: TFAIL: getppid() returned 0\n");
    return 1;
}
''',
    ("kill", "kill01"): r'''
#include <stdio.h>
int main(void) { printf("kill01.c:2: TCONF: not here\n"); return 32; }
''',
    ("nanosleep", "hang01"): r'''
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(void) {
    const char *pf = getenv("HANG_PIDFILE");
    pid_t child = fork();
    if (child == 0) { for (;;) pause(); }
    if (pf) {
        char path[4096];
        snprintf(path, sizeof path, "%s.%d", pf, (int)getpid());
        FILE *f = fopen(path, "w");
        if (f) { fprintf(f, "%d %d\n", (int)getpid(), (int)child); fclose(f); }
    }
    for (;;) pause();
}
''',
    ("mmap", "segv01"): r'''
#include <signal.h>
int main(void) { raise(SIGSEGV); return 0; }
''',
    ("munmap", "killself01"): r'''
#include <signal.h>
#include <unistd.h>
int main(void) { kill(getpid(), SIGKILL); return 0; }
''',
    ("openat", "env01"): r'''
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
    const char *t = getenv("TMPDIR");
    int n = 0;
    DIR *d = opendir(".");
    struct dirent *e;
    if (!t || strcmp(t, "/tmp")) { printf("env01.c:9: TFAIL: TMPDIR=%s\n", t ? t : "(unset)"); return 1; }
    while (d && (e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) n++;
    if (n) { printf("env01.c:12: TFAIL: cwd not empty\n"); return 1; }
    if (fopen("scratch", "w") == NULL) { printf("env01.c:13: TBROK: cwd not writable\n"); return 2; }
    return 0;
}
''',
    ("read", "sbxfail01"): r'''
int main(void) { return 0; }
''',
}

MANIFEST = [
    {"name": "read", "nr": 0, "group": "fs", "support": "full", "via": "host", "tests": ["sbxfail01"]},
    {"name": "mmap", "nr": 9, "group": "mm", "support": "full", "via": "host", "tests": ["segv01"]},
    {"name": "munmap", "nr": 11, "group": "mm", "support": "full", "via": "host",
     "tests": ["killself01", "missing01"]},
    {"name": "nanosleep", "nr": 35, "group": "time", "support": "full", "via": "sentry",
     "tests": ["hang01"]},
    {"name": "getpid", "nr": 39, "group": "process", "support": "full", "via": "host",
     "tests": ["getpid01"]},
    {"name": "kill", "nr": 62, "group": "signal", "support": "full", "via": "sentry",
     "tests": ["kill01"]},
    {"name": "ptrace", "nr": 101, "group": "process", "support": "denied", "via": "errno",
     "tests": []},
    {"name": "getppid", "nr": 110, "group": "process", "support": "full", "via": "host",
     "tests": ["getppid01"]},
    {"name": "openat", "nr": 257, "group": "fs", "support": "full", "via": "sentry",
     "tests": ["env01"]},
]


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie is dead for our purposes.
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


try:
    testdir = os.path.join(tmp, "build", "tests", "ltp-subset")
    for (sc, name), src in PROGRAMS.items():
        testlib.compile_c(cc, src, os.path.join(testdir, sc, name))
    manifest = os.path.join(tmp, "manifest.json")
    json.dump(MANIFEST, open(manifest, "w"))
    fake = os.path.join(tmp, "sbx")
    testlib.write_fake_sbx(fake, manifest)
    resdir = os.path.join(tmp, "out")
    results = os.path.join(resdir, "results.json")
    pidfile = os.path.join(tmp, "hang.pids")
    env = dict(os.environ, HANG_PIDFILE=pidfile)

    def runner(*args, res=results):
        return testlib.py(testlib.RUN_PY, "--testdir", testdir, "--sbx", fake,
                          "--results", res, *args, env=env)

    # Bad input: one clear line on stderr, exit 2, nothing run or written.
    for args, word in ((["--test", "nosuch01"], "nosuch01"),
                       (["--syscall", "nosuchcall"], "nosuchcall"),
                       (["--group", "nosuchgroup"], "nosuchgroup"),
                       (["--manifest-json", os.path.join(tmp, "absent.json")], "absent.json"),
                       (["--manifest-json", manifest, "--ltp", tmp], "--list")):
        r = runner(*args)
        lines = r.stderr.strip().splitlines()
        t.check(r.returncode == 2 and len(lines) == 1 and word in lines[0]
                and not r.stdout and not os.path.exists(results),
                "bad input %s: exit 2, one line" % " ".join(args), (r.returncode, r.stderr))
    r = testlib.py(testlib.RUN_PY, "--testdir", testdir, "--manifest-json", manifest,
                   "--results", results, "--mode", "sbx",
                   "--builddir", os.path.join(tmp, "out"), env=dict(env, SBX=""))
    t.check(r.returncode == 2 and "--sbx" in r.stderr, "--mode sbx without sbx: exit 2",
            r.stderr)

    # The whole run: natively and under the fake sbx, 2 s timeout.
    start = time.monotonic()
    r = runner("--manifest-json", manifest, "--timeout", "2", "-j", "4")
    elapsed = time.monotonic() - start
    print(r.stdout)
    t.check(r.returncode == 0, "run completes with exit 0 despite failures", r.stderr)
    t.check(elapsed < 30, "hangs are cut short (%.1fs)" % elapsed)
    doc = json.load(open(results))
    leftovers = [f for f in os.listdir(resdir) if f != "results.json"]
    t.check(not leftovers, "results written atomically (no temp files left)", leftovers)
    tests = doc["tests"]
    want = {
        "getpid01": ("PASS", "PASS"),
        "getppid01": ("FAIL", "FAIL"),
        "kill01": ("CONF", "CONF"),
        "hang01": ("TIMEOUT", "TIMEOUT"),
        "segv01": ("BROK(SIGSEGV)", "BROK(SIGSEGV)"),
        "killself01": ("BROK(SIGKILL)", "BROK(SIGKILL)"),
        "env01": ("PASS", "PASS"),
        "sbxfail01": ("PASS", "SBXFAIL"),
        "missing01": ("MISSING", "MISSING"),
    }
    t.check(sorted(tests) == sorted(want), "every test has an entry", sorted(tests))
    for name, (nat, sbx) in want.items():
        e = tests.get(name, {})
        got = (e.get("native", {}).get("verdict"), e.get("sbx", {}).get("verdict"))
        t.check(got == (nat, sbx), "%s verdicts %s/%s" % (name, nat, sbx), got)
    e = tests["getppid01"]["native"]
    t.check(e["exit"] == 1 and e["lines"] == ["getppid01.c:4: TFAIL: getppid() returned 0"],
            "TFAIL line kept, other lines dropped", e)
    t.check(tests["segv01"]["sbx"]["exit"] == 128 + signal.SIGSEGV and
            tests["segv01"]["native"]["exit"] == 128 + signal.SIGSEGV, "signal exit codes",
            tests["segv01"])
    t.check(tests["hang01"]["native"]["exit"] is None and
            1.5 <= tests["hang01"]["native"]["seconds"] < 10, "TIMEOUT after about 2 s",
            tests["hang01"]["native"])
    t.check(tests["sbxfail01"]["sbx"]["exit"] == 125 and
            any("cannot set up" in ln for ln in tests["sbxfail01"]["sbx"]["lines"]),
            "SBXFAIL keeps sbx's message", tests["sbxfail01"]["sbx"])
    t.check(tests["munmap01" if "munmap01" in tests else "missing01"]["syscalls"] == ["munmap"],
            "syscall recorded")
    t.check(doc["modes"] == ["native", "sbx"] and doc["summary"]["native"]["PASS"] == 3,
            "summary in results", doc.get("summary"))
    t.check("getpid01" in r.stdout and "native PASS" in r.stdout and "results:" in r.stdout,
            "progress lines and summary printed")

    # The hanging test and its child were killed with the process group.
    time.sleep(0.5)
    pids = []
    for f in os.listdir(tmp):
        if f.startswith("hang.pids."):
            pids += [int(x) for x in open(os.path.join(tmp, f)).read().split()]
    t.check(len(pids) == 4, "hang01 recorded its pids in both modes", pids)
    t.check(not [p for p in pids if alive(p)], "no process of hang01 survives",
            [p for p in pids if alive(p)])

    # Subsets and a single mode.
    res2 = os.path.join(tmp, "out2", "r.json")
    r = runner("--manifest-json", manifest, "--mode", "native", "--syscall", "getpid",
               "--group", "signal", "--test", "env01", res=res2)
    doc2 = json.load(open(res2))
    t.check(r.returncode == 0 and sorted(doc2["tests"]) == ["env01", "getpid01", "kill01"]
            and all("sbx" not in e for e in doc2["tests"].values()),
            "--syscall/--group/--test select a union, --mode native", sorted(doc2["tests"]))

    # Manifest from `sbx syscalls --json` when no --manifest-json is given.
    res3 = os.path.join(tmp, "out3", "r.json")
    r = runner("--mode", "sbx", "--test", "getpid01", res=res3)
    doc3 = json.load(open(res3))
    t.check(r.returncode == 0 and doc3["tests"]["getpid01"]["sbx"]["verdict"] == "PASS"
            and doc3["tests"]["getpid01"]["group"] == "process",
            "--sbx supplies the manifest", r.stderr)
finally:
    testlib.cleanup(tmp)
t.finish()
