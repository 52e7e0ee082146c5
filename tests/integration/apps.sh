#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Real programs under sbx: shells, busybox applets, coreutils, python3 with
# json and threads, fork/exec chains, pipes and signals, 64 threads at once.
. "${srcdir:-.}/tests/integration/lib.sh"

check_output "bash fork/exec chain" '^3$' "$SBX" run $SBX_BIND -- /bin/bash -c 'bash -c "sh -c \"echo 1 | wc -l\"" >/dev/null; echo $((1+2))'
check_output "pipes" '^c b a$' "$SBX" run $SBX_BIND -- /bin/sh -c 'printf "a\nb\nc\n" | sort -r | tr "\n" " " | sed "s/ $//"'
check_output "coreutils in /tmp" '^ok$' "$SBX" run $SBX_BIND -- /bin/sh -c '
	set -e; cd /tmp; mkdir -p d/e; echo hi > d/e/f; cp d/e/f d/g; mv d/g d/h
	tar cf t.tar d; rm -r d; tar xf t.tar; find d -type f | sort | tr "\n" " " | grep -q "d/e/f d/h"
	sort -n <<X | head -1 | grep -q 1
3
1
X
	rm -rf d t.tar; echo ok'
if [ -x /bin/busybox ]; then
	check_output "busybox applets" '^ok$' "$SBX" run $SBX_BIND -- /bin/busybox sh -c 'busybox ls / >/dev/null && busybox echo hi | busybox wc -c | busybox grep -q 3 && echo ok'
else
	skip "busybox-static not installed"
fi
if command -v python3 >/dev/null; then
	check_output "python3 json and threading" '^\[0, 1, 4, 9\] 8$' "$SBX" run $SBX_BIND -- python3 -c '
import json, threading
out = [0] * 8
def work(i): out[i] = i * i
ts = [threading.Thread(target=work, args=(i,)) for i in range(8)]
[t.start() for t in ts]; [t.join() for t in ts]
print(json.dumps(out[:4]), len(out))'
	check_output "python3 subprocess" '^hello$' "$SBX" run $SBX_BIND -- python3 -c 'import subprocess; print(subprocess.check_output(["echo", "hello"]).decode().strip())'
else
	skip "python3 not installed"
fi
check_output "signals between sandboxed processes" '^caught$' "$SBX" run $SBX_BIND -- /bin/sh -c 'trap "echo caught" USR1; (sleep 0.2; kill -USR1 $$) & wait; wait'
if [ -x "$abs_builddir/tests/integration/threads64" ]; then
	check_output "64 threads doing syscalls at once" '^threads64: ok' "$SBX" run $SBX_BIND -- "$abs_builddir/tests/integration/threads64"
else
	not_ok "threads64 not built"
fi
done_testing
