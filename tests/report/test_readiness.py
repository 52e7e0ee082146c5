#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Test of codegen/readiness.py against the real manifest and coverage report.

A made-up profile whose calls and values sbx refuses must be "at risk" with
each refusal named (a denied call with its errno, TIOCSTI, CLONE_NEWUSER,
PR_SET_MM, AF_PACKET, an unknown call), ENOSYS-only refusals give "ready
with fallbacks", a clean profile is "ready"; a malformed profile exits 2
naming the field; --check exits 1 on a stale page and 0 on a fresh one; and
the committed reports/readiness.md is current.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import testlib  # noqa: E402

READINESS = os.path.join(testlib.SRCDIR, "codegen", "readiness.py")
t = testlib.Checker("test_readiness")
tmp = testlib.tempdir("sbx-readiness-test-")


def run(*args):
    return testlib.py(READINESS, *args)


try:
    out = os.path.join(tmp, "r.md")
    r = run("--compat", os.path.join(testlib.FIXTURES, "compat"), "--out", out)
    t.check(r.returncode == 0, "readiness exits 0 on the fixtures", r.stderr)
    text = open(out).read() if os.path.exists(out) else ""
    t.check("## hostile: at risk" in text, "the hostile profile is at risk", text[:400])
    t.check("## plain: ready\n" in text, "the plain profile is ready", text[:400])
    for needle in ("`ptrace` (1 calls): EPERM", "request=TIOCSTI is not in the allowlist (ENOTTY)",
                   "flags bits CLONE_NEWUSER are refused (EPERM)",
                   "option=PR_SET_MM is not in the allowlist", "domain=AF_PACKET",
                   "`no_such_call` (2 calls)", "`io_uring_setup` (1 calls)"):
        t.check(needle in text, "names the refusal %s" % needle)
    for allowed in ("TCGETS is not", "0x5401", "CLONE_THREAD", "PR_SET_NAME", "AF_INET "):
        t.check(allowed not in text, "does not refuse %s" % allowed)

    bad = os.path.join(tmp, "bad")
    os.makedirs(bad)
    with open(os.path.join(bad, "x.yaml"), "w") as f:
        f.write("app: x\nproof: none\nsyscalls: {read: -1}\nvalues: {}\n")
    r = run("--compat", bad, "--out", os.path.join(tmp, "bad.md"))
    t.check(r.returncode == 2 and "syscalls.read" in r.stderr,
            "a bad count exits 2 naming it", r.stderr)
    with open(os.path.join(bad, "x.yaml"), "w") as f:
        f.write("app: [unclosed\n")
    r = run("--compat", bad, "--out", os.path.join(tmp, "bad.md"))
    t.check(r.returncode == 2 and "x.yaml" in r.stderr, "bad YAML exits 2 naming the file",
            r.stderr)

    r = run("--compat", os.path.join(testlib.FIXTURES, "compat"), "--out", out, "--check")
    t.check(r.returncode == 0, "--check on a fresh page exits 0", r.stderr)
    with open(out, "a") as f:
        f.write("edited\n")
    r = run("--compat", os.path.join(testlib.FIXTURES, "compat"), "--out", out, "--check")
    t.check(r.returncode == 1 and "stale" in r.stderr, "--check on a stale page exits 1",
            r.stderr)

    r = run("--check")
    t.check(r.returncode == 0, "the committed reports/readiness.md is current", r.stderr)
finally:
    testlib.cleanup(tmp)
t.finish()
