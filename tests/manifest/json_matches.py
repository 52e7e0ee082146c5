#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""`sbx syscalls --json` lists every syscall of syscalls.yaml with the same
fields (what the binary enforces is what the manifest says), and every
number the kernel headers define. Exit 77 when PyYAML is missing."""
import json
import os
import re
import subprocess
import sys

try:
    import yaml
except ImportError:
    print("SKIP: PyYAML not installed")
    sys.exit(77)

srcdir = os.environ.get("srcdir", ".")
sbx = os.environ.get("SBX", "./sbx")
manifest = yaml.safe_load(open(os.path.join(srcdir, "syscalls.yaml")))["syscalls"]
listed = json.loads(subprocess.run([sbx, "syscalls", "--json"], check=True,
                                   capture_output=True, text=True).stdout)
failures = []
by_name = {e["name"]: e for e in listed}
if len(listed) != len(manifest):
    failures.append("sbx lists %d syscalls, the manifest %d" % (len(listed), len(manifest)))
for name, e in manifest.items():
    j = by_name.get(name)
    if j is None:
        failures.append("%s: missing from sbx syscalls --json" % name)
        continue
    want = {
        "nr": e["nr"], "group": e["group"], "support": e["support"], "via": e["via"],
        "tests": e.get("tests") or [], "notes": e.get("notes") or "",
        "validate": e.get("validate") or {},
        "args": [{"name": str(k), "shape": v} for a in e["args"] for k, v in a.items()],
    }
    for k, v in want.items():
        if j.get(k) != v:
            failures.append("%s: %s is %r in sbx, %r in the manifest" % (name, k, j.get(k), v))
# Every number <asm/unistd_64.h> defines is listed.
cc = os.environ.get("CC", "cc")
hdr = subprocess.run([cc, "-E", "-dM", "-include", "asm/unistd_64.h", "-"], input="",
                     capture_output=True, text=True).stdout
nums = {int(m.group(2)): m.group(1) for m in re.finditer(r"^#define __NR_(\w+) (\d+)$", hdr, re.M)}
nrs = {e["nr"]: e["name"] for e in listed}
for nr, name in sorted(nums.items()):
    if nrs.get(nr) != name:
        failures.append("header number %d (%s) is %r in sbx" % (nr, name, nrs.get(nr)))
for f in failures[:40]:
    print("FAIL", f)
print("json_matches: %d syscalls, %d header numbers, %d problems" % (len(listed), len(nums), len(failures)))
sys.exit(1 if failures else 0)
