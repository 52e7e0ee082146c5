#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# --ltp mode on a stand-in LTP install made from the project's own tests:
# LTPROOT/testcases/bin holds the built binaries and LTPROOT/runtest/syscalls
# is our runtest list, so the runner meets the layout of a real install.
srcdir=${srcdir:-.}
builddir=${builddir:-.}
SBX=${SBX:-$builddir/sbx}
root=$(mktemp -d /var/tmp/sbx-ltproot.XXXXXX) || exit 99
trap '[ -n "$KEEP" ] || rm -rf "$root"' EXIT
# The sandbox reaches host files with "other" permissions, as an LTP install allows.
chmod 755 "$root"
mkdir -p "$root/testcases/bin" "$root/runtest"
for t in getpid01 uname01 read01 mmap01 pipe01 kill01 open01 socket01 sysinfo01 clone01; do
	bin=$(find "$builddir/tests/ltp-subset" -type f -name "$t" | head -1)
	[ -n "$bin" ] || { echo "ltproot: $t is not built"; exit 99; }
	cp "$bin" "$root/testcases/bin/"
	echo "$t $t" >> "$root/runtest/syscalls"
done
python3 "$srcdir/tests/ltp-subset/run.py" -q --ltp "$root" --list "$root/runtest/syscalls" \
	--sbx "$SBX" --results "$root/results.json" || exit 1
python3 - "$root/results.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
tests = r["tests"]
bad = [(n, m, t[m]["verdict"]) for n, t in tests.items() for m in ("native", "sbx")
       if t[m]["verdict"] != "PASS"]
print("ltproot: %d tests, both modes; not passing: %s" % (len(tests), bad or "none"))
sys.exit(1 if bad or len(tests) != 10 else 0)
PY
