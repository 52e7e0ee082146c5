# SPDX-License-Identifier: Apache-2.0
"""Helpers shared by the tests of the conformance runner and coverage report.

Locates the source tree from $srcdir (as Automake sets it; default .), the
build tree from $builddir, runs the tools with the current interpreter and
gives a tiny check() that records failures so each test reports all of them
and exits 0 (pass), 1 (fail) or 77 (skip) for Automake's test driver.
"""

import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


def _top_srcdir():
    cands = [os.environ.get("top_srcdir"), os.environ.get("srcdir"),
             os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")]
    for c in cands:
        if not c:
            continue
        for up in (".", "..", os.path.join("..", "..")):
            d = os.path.abspath(os.path.join(c, up))
            if os.path.isfile(os.path.join(d, "codegen", "report.py")):
                return d
    return os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


SRCDIR = _top_srcdir()
BUILDDIR = os.path.abspath(os.environ.get("builddir") or ".")
RUN_PY = os.path.join(SRCDIR, "tests", "ltp-subset", "run.py")
REPORT_PY = os.path.join(SRCDIR, "codegen", "report.py")
FIXTURES = os.path.join(SRCDIR, "tests", "report", "fixtures")


class Checker:
    def __init__(self, name):
        self.name = name
        self.failures = 0
        self.checks = 0

    def check(self, cond, what, detail=""):
        self.checks += 1
        if cond:
            print("ok   %s" % what)
        else:
            self.failures += 1
            print("FAIL %s%s" % (what, (": " + str(detail)) if detail != "" else ""))
        return cond

    def finish(self):
        print("%s: %d checks, %d failed" % (self.name, self.checks, self.failures))
        sys.exit(1 if self.failures else 0)


def run(argv, **kw):
    """Run argv, returning CompletedProcess with text stdout/stderr."""
    kw.setdefault("stdout", subprocess.PIPE)
    kw.setdefault("stderr", subprocess.PIPE)
    kw.setdefault("universal_newlines", True)
    kw.setdefault("timeout", 300)
    return subprocess.run(argv, check=False, **kw)


def py(script, *args, **kw):
    return run([sys.executable, script] + list(args), **kw)


def tempdir(prefix):
    d = tempfile.mkdtemp(prefix=prefix)
    return d


def cleanup(d):
    if os.environ.get("KEEP_TMP"):
        print("kept %s" % d)
    else:
        shutil.rmtree(d, ignore_errors=True)


def compile_c(cc, src_text, out):
    os.makedirs(os.path.dirname(out), exist_ok=True)
    src = out + ".src.c"
    with open(src, "w") as f:
        f.write(src_text)
    r = run([cc, "-O0", "-o", out, src])
    os.unlink(src)
    if r.returncode != 0:
        raise RuntimeError("cc failed for %s: %s" % (out, r.stderr))


def find_cc():
    for c in (os.environ.get("CC"), "cc", "gcc", "clang"):
        if c and shutil.which(c.split()[0]):
            return c
    return None


FAKE_SBX = r"""#!/bin/sh
# Stand-in for sbx: prints the manifest and runs programs unsandboxed,
# mapping a signal death to 128+N as the real one does.
case "$1" in
syscalls) cat "$FAKE_SBX_MANIFEST"; exit $? ;;
run) shift
     while [ "$1" != "--" ]; do case "$1" in --ro-bind) shift 2 ;; *) shift ;; esac; done
     shift
     case "$1" in */sbxfail*) echo "sbx: cannot set up the sandbox" >&2; exit 125 ;; esac
     "$@"; exit $? ;;
*) echo "fake sbx: unknown command $1" >&2; exit 125 ;;
esac
"""


def write_fake_sbx(path, manifest_path):
    with open(path, "w") as f:
        f.write(FAKE_SBX)
    os.chmod(path, 0o755)
    os.environ["FAKE_SBX_MANIFEST"] = manifest_path
