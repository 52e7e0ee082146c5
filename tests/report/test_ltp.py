#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Test of run.py's --ltp mode on a stand-in LTP install made at test time.

Builds LTPROOT/testcases/bin with a passing program (which also checks that
LTPROOT is set and that testcases/bin is on PATH) and a failing one, writes a
runtest file with comments, arguments, a shell command line and a tag whose
command does not exist, and checks the verdicts keyed by tag, natively and
under a stand-in sbx.  Also checks the errors (exit 2, one line): LTPROOT
without testcases/bin, an unreadable list, an unknown tag.  Skips (77)
without a C compiler.
"""

import json
import os
import sys

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import testlib  # noqa: E402

cc = testlib.find_cc()
if not cc:
    print("SKIP: no C compiler")
    sys.exit(testlib.SKIP)

t = testlib.Checker("test_ltp")
tmp = testlib.tempdir("sbx-ltp-test-")

LTPPASS = r'''
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
    const char *root = getenv("LTPROOT"), *path = getenv("PATH");
    if (!root || !path || !strstr(path, "/testcases/bin")) {
        printf("ltppass.c:7: TBROK: LTPROOT=%s PATH=%s\n", root ? root : "-", path ? path : "-");
        return 2;
    }
    if (argc > 1 && strcmp(argv[1], "-i") == 0 && (argc < 3 || strcmp(argv[2], "2"))) {
        printf("ltppass.c:11: TFAIL: bad arguments\n");
        return 1;
    }
    printf("ltppass.c:14: TPASS: ok\n");
    return 0;
}
'''

LTPFAIL = r'''
#include <stdio.h>
int main(void) {
    printf("ltpfail.c:3: TFAIL: expected 1, got 2\n");
    printf("ltpfail.c:4: TBROK: and then it broke\n");
    return 3;
}
'''

RUNTEST = """\
# a stand-in runtest file
#comment without a space

pass01 ltppass
pass_args ltppass -i 2
fail01 ltpfail
shell01 ltppass -i 2 && echo done
gone01 nosuchltptest -x
"""

try:
    root = os.path.join(tmp, "ltp")
    bindir = os.path.join(root, "testcases", "bin")
    testlib.compile_c(cc, LTPPASS, os.path.join(bindir, "ltppass"))
    testlib.compile_c(cc, LTPFAIL, os.path.join(bindir, "ltpfail"))
    lst = os.path.join(tmp, "syscalls.runtest")
    with open(lst, "w") as f:
        f.write(RUNTEST)
    manifest = os.path.join(tmp, "manifest.json")
    json.dump([{"name": "getpid", "nr": 39, "group": "process", "support": "full",
                "via": "host", "tests": ["pass01"]}], open(manifest, "w"))
    fake = os.path.join(tmp, "sbx")
    testlib.write_fake_sbx(fake, manifest)
    results = os.path.join(tmp, "out", "results.json")

    def runner(*args):
        return testlib.py(testlib.RUN_PY, "--sbx", fake, "--results", results, "--timeout", "20",
                          *args)

    r = runner("--ltp", root, "--list", lst)
    print(r.stdout, r.stderr)
    t.check(r.returncode == 0, "--ltp run exits 0", r.stderr)
    doc = json.load(open(results))
    t.check(doc["kind"] == "ltp" and doc["ltproot"] == os.path.abspath(root), "kind and ltproot")
    tests = doc["tests"]
    t.check(sorted(tests) == ["fail01", "gone01", "pass01", "pass_args", "shell01"],
            "results keyed by tag", sorted(tests))
    want = {"pass01": "PASS", "pass_args": "PASS", "fail01": "FAIL", "shell01": "PASS",
            "gone01": "MISSING"}
    for tag, v in want.items():
        got = (tests.get(tag, {}).get("native", {}).get("verdict"),
               tests.get(tag, {}).get("sbx", {}).get("verdict"))
        t.check(got == (v, v), "%s is %s in both modes" % (tag, v), got)
    t.check(tests["fail01"]["native"]["lines"] == ["ltpfail.c:3: TFAIL: expected 1, got 2",
                                                    "ltpfail.c:4: TBROK: and then it broke"],
            "TFAIL/TBROK lines kept", tests["fail01"]["native"])
    t.check(tests["pass01"]["syscalls"] == ["getpid"] and tests["pass01"]["group"] == "process",
            "tags named by the manifest carry their syscall", tests["pass01"])
    t.check(tests["pass_args"]["command"] == [os.path.join(os.path.abspath(bindir), "ltppass"),
                                              "-i", "2"], "command resolved in testcases/bin",
            tests["pass_args"]["command"])

    r = runner("--ltp", root, "--list", lst, "--test", "fail01", "--mode", "native")
    doc = json.load(open(results))
    t.check(r.returncode == 0 and sorted(doc["tests"]) == ["fail01"], "--test selects a tag")

    os.unlink(results)
    for args, word in ((["--ltp", tmp, "--list", lst], "testcases/bin"),
                       (["--ltp", root, "--list", os.path.join(tmp, "nolist")], "nolist"),
                       (["--ltp", root, "--list", lst, "--test", "nosuchtag"], "nosuchtag"),
                       (["--ltp", root], "--list")):
        r = runner(*args)
        lines = r.stderr.strip().splitlines()
        t.check(r.returncode == 2 and len(lines) == 1 and word in lines[0] and not r.stdout
                and not os.path.exists(results),
                "error %s: exit 2, one line" % word, (r.returncode, r.stderr))
finally:
    testlib.cleanup(tmp)
t.finish()
