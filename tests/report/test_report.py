#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Test of codegen/report.py on the fixture manifest and results.

Checks the summary counts, that claims whose tests fail under sbx, are
missing, are skipped or fail natively are reported unverified (and never
counted as verified) in the JSON, Markdown and HTML outputs, the history
CSV, --sbx as the manifest source, bad input (exit 2) and that
--check-regressions exits 1 naming a syscall that lost its verified status.
"""

import json
import os
import sys

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import testlib  # noqa: E402

t = testlib.Checker("test_report")
tmp = testlib.tempdir("sbx-report-test-")
manifest = os.path.join(testlib.FIXTURES, "manifest.json")
results = os.path.join(testlib.FIXTURES, "results.json")


def report(outdir, *extra, results_path=results, manifest_args=None):
    margs = manifest_args if manifest_args is not None else ["--manifest-json", manifest]
    return testlib.py(testlib.REPORT_PY, *margs, "--results", results_path,
                      "--outdir", outdir, "--commit", "fixture", "--date", "2000-01-01",
                      *extra)


try:
    out = os.path.join(tmp, "new")
    hist = os.path.join(tmp, "history.csv")
    r = report(out, "--history", hist)
    t.check(r.returncode == 0, "report exits 0", r.stderr)
    cov = json.load(open(os.path.join(out, "coverage.json")))
    want = {"verified_full": 2, "verified_partial": 2, "unverified": 6, "none": 1,
            "denied": 2, "total": 13, "host": 7, "host_validated": 2}
    t.check(cov["summary"] == want, "summary counts", cov["summary"])
    st = {e["name"]: e for e in cov["syscalls"]}
    t.check([e["nr"] for e in cov["syscalls"]] == sorted(e["nr"] for e in cov["syscalls"]),
            "syscalls sorted by nr")
    t.check(st["read"]["status"] == "verified-full" and st["read"]["verified"] is True,
            "read verified-full")
    t.check(st["openat"]["status"] == "verified-partial", "openat verified-partial")
    # A claim whose test fails under sbx is unverified, and not counted as verified.
    t.check(st["getpid"]["status"] == "unverified" and st["getpid"]["verified"] is False,
            "getpid (FAIL under sbx) unverified", st["getpid"])
    # A test failing natively marks the test broken and the syscall unverified.
    t.check(st["mmap"]["status"] == "unverified", "mmap (fails natively) unverified")
    t.check(st["mmap"]["tests"][0]["state"] == "broken", "mmap01 state broken",
            st["mmap"]["tests"])
    t.check(st["munmap"]["tests"][0]["state"] == "missing" and
            st["munmap"]["status"] == "unverified", "munmap (MISSING) unverified")
    t.check(st["kill"]["status"] == "unverified", "kill (CONF in both) unverified")
    t.check(st["clock_gettime"]["status"] == "unverified",
            "clock_gettime (CONF natively, PASS under sbx) unverified")
    t.check(st["nanosleep"]["status"] == "unverified", "nanosleep (BROK(SIGSEGV)) unverified")
    t.check(st["ptrace"]["status"] == "denied" and st["io_uring_setup"]["status"] == "none",
            "denied and none")
    t.check(st["getpid"]["tests"] == [{"name": "getpid01", "native": "PASS", "sbx": "FAIL",
                                       "state": "fail"}], "getpid tests list", st["getpid"])
    t.check(cov["commit"] == "fixture" and cov["date"] == "2000-01-01", "header fields")

    md = open(os.path.join(out, "coverage.md")).read()
    t.check("| claimed but unverified | 6 |" in md, "md summary row")
    getpid_line = [ln for ln in md.splitlines() if "| getpid |" in ln]
    t.check(getpid_line and "UNVERIFIED" in getpid_line[0], "md shows getpid UNVERIFIED",
            getpid_line)
    t.check(md.index("## Summary") < md.index("## fs"), "md summary before the groups")
    t.check("`fixture`" in md and "2000-01-01" in md, "md header")

    page = open(os.path.join(out, "coverage.html")).read()
    t.check('id="summary-verified-full">2<' in page, "html verified-full count")
    t.check('id="summary-unverified">6<' in page, "html unverified count")
    t.check('<tr class="unverified" data-status="unverified" data-group="process"' in page
            and "getpid" in page, "html marks getpid's row unverified")
    t.check("http://" not in page and "https://" not in page and "src=" not in page,
            "html has no external assets")

    # Deterministic apart from the header.
    out2 = os.path.join(tmp, "again")
    report(out2)
    t.check(open(os.path.join(out2, "coverage.json")).read() ==
            open(os.path.join(out, "coverage.json")).read(), "coverage.json deterministic")

    # History: header once, one line per run.
    report(os.path.join(tmp, "h2"), "--history", hist)
    lines = open(hist).read().splitlines()
    t.check(lines[0] == "date,commit,kernel,verified_full,verified_partial,unverified,"
            "none,denied,host,host_validated", "history header", lines[:1])
    t.check(len(lines) == 3 and lines[1].startswith("2000-01-01,fixture,")
            and lines[1].endswith(",2,2,6,1,2,7,2"), "history rows", lines)

    # --sbx PATH as the manifest source.
    fake = os.path.join(tmp, "sbx")
    testlib.write_fake_sbx(fake, manifest)
    r = report(os.path.join(tmp, "viasbx"), manifest_args=["--sbx", fake])
    cov3 = json.load(open(os.path.join(tmp, "viasbx", "coverage.json")))
    t.check(r.returncode == 0 and cov3["summary"] == want, "--sbx manifest source", r.stderr)

    # Bad input: exit 2 with one line.
    r = report(os.path.join(tmp, "bad"), results_path=os.path.join(tmp, "nonexistent.json"))
    t.check(r.returncode == 2 and r.stderr.count("\n") == 1 and "results" in r.stderr,
            "missing results file: exit 2, one line", (r.returncode, r.stderr))

    # Regressions: an older run where getpid passed under sbx too.
    old_results = json.load(open(results))
    old_results["tests"]["getpid01"]["sbx"] = {"verdict": "PASS", "exit": 0, "seconds": 0.0,
                                               "lines": []}
    old_res_path = os.path.join(tmp, "old-results.json")
    json.dump(old_results, open(old_res_path, "w"))
    old_out = os.path.join(tmp, "old")
    r = report(old_out, results_path=old_res_path)
    oldcov = json.load(open(os.path.join(old_out, "coverage.json")))
    t.check(oldcov["summary"]["verified_full"] == 3, "old run has getpid verified",
            oldcov["summary"])
    old_json = os.path.join(old_out, "coverage.json")
    r = report(os.path.join(tmp, "cmp"), "--check-regressions", old_json)
    t.check(r.returncode == 1, "--check-regressions exits 1 on a regression", r.returncode)
    t.check("REGRESSION: getpid was verified-full, now unverified" in r.stdout,
            "regression names getpid", r.stdout)
    t.check("verified full 2" in r.stdout, "summary printed with a regression")
    t.check(r.stdout.count("REGRESSION:") == 1, "only getpid regressed", r.stdout)
    r = report(os.path.join(tmp, "cmp2"), "--check-regressions",
               os.path.join(out, "coverage.json"))
    t.check(r.returncode == 0 and "no regressions" in r.stdout and "verified full 2" in r.stdout,
            "no regression against itself", (r.returncode, r.stdout))
    # The other direction is an improvement, not a regression.
    r = testlib.py(testlib.REPORT_PY, "--manifest-json", manifest, "--results", old_res_path,
                   "--outdir", os.path.join(tmp, "cmp3"), "--commit", "x", "--date", "2000-01-01",
                   "--check-regressions", os.path.join(out, "coverage.json"))
    t.check(r.returncode == 0, "improvement is not a regression", r.stdout)
finally:
    testlib.cleanup(tmp)
t.finish()
