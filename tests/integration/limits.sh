#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Resource limits: the cgroup ones (--pids stops a fork loop, --memory stops
# an allocation and is what meminfo and sysinfo report, --cpus caps CPU time,
# the cgroup is gone afterwards), the default process limit (RLIMIT_NPROC)
# without any option, and clear errors for bad values or an unprivileged
# caller.
. "${srcdir:-.}/tests/integration/lib.sh"
if [ "$(id -u)" -ne 0 ]; then echo "1..0 # SKIP cgroup limits need root"; exit 77; fi
if ! "$SBX" run -q --pids 64 -- /bin/true 2>/dev/null; then
	echo "1..0 # SKIP no writable cgroup hierarchy here"; exit 77
fi

forks='n=0; for i in $(seq 40); do sleep 3 & n=$((n+1)); done; echo "started $n"; kill $(jobs -p) 2>/dev/null'
check_output "natively 40 background processes start (the check works)" '^started 40$' sh -c "$forks"
check_output "--pids 20 stops a fork loop" 'Cannot fork' "$SBX" run --pids 20 -- /bin/sh -c "$forks"

grab='import sys; b = b"x" * (200 << 20); print("allocated", len(b) >> 20)'
check_output "natively 200 MiB can be allocated (the check works)" '^allocated 200$' python3 -c "$grab"
check_status "--memory 64m: the allocation is killed (SIGKILL, 137)" 137 "$SBX" run --memory 64m -- python3 -c "$grab"
check_output "--memory 256m: the same allocation fits" '^allocated 200$' "$SBX" run --memory 256m -- python3 -c "$grab"

check_output "--memory 256m: /proc/meminfo's MemTotal is the limit" '^MemTotal: +262144 kB$' "$SBX" run --memory 256m -- /bin/sh -c 'head -1 /proc/meminfo'
check_output "and MemFree drops as the sandbox allocates" '^ok$' "$SBX" run --memory 256m -- python3 -c '
import time
free = lambda: int(open("/proc/meminfo").read().split("MemFree:")[1].split()[0])
before = free(); b = b"x" * (100 << 20); time.sleep(2.2); after = free()
print("ok" if before - after > 80 * 1024 else "MemFree %d -> %d kB" % (before, after))'
check_output "sysinfo(2) (sysconf's physical pages) is the limit too" '^256$' "$SBX" run --memory 256m -- python3 -c 'import os; print(os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") >> 20)'
check_output "free(1) shows the limit and no swap" '^256 0$' "$SBX" run --memory 256m -- /bin/sh -c "free -m | awk '/^Mem:/ {m=\$2} /^Swap:/ {s=\$2} END {print m, s}'"
host_total=$(sed -n 's/^MemTotal: *//p' /proc/meminfo)
check_output "without --memory /proc/meminfo is the host's" "^MemTotal: +$host_total\$" "$SBX" run -- /bin/sh -c 'head -1 /proc/meminfo'

# A 2 s busy loop at half a CPU gets about 1 s of CPU time (as sbx's children).
cpu=$(sh -c "time -p '$SBX' run --cpus 0.5 -- timeout 2 sh -c 'while :; do :; done'" 2>&1 | sed -n 's/^user //p')
case "$cpu" in
0.*|1.[0-3]*) ok "--cpus 0.5 caps a 2 s busy loop at about 1 s of CPU or less ($cpu s)" ;;
*) not_ok "--cpus 0.5: a 2 s busy loop used '$cpu' s of CPU" ;;
esac

cg=$("$SBX" run --pids 100 -- /bin/sh -c 'sed -n "s/^[0-9]*:pids:\(.*\)/\1/p; s/^0::\(.*\)/\1/p" /proc/self/cgroup' | head -1)
case "$cg" in
*/sbx-[0-9]*) ok "--pids puts the sandbox in a cgroup of its own ($cg)" ;;
*) not_ok "with --pids the sandbox's cgroup is '$cg'" ;;
esac
left=$(find /sys/fs/cgroup -maxdepth 6 -type d -name "$(basename "$cg")" 2>/dev/null)
[ -z "$left" ] && ok "its cgroup is removed afterwards" || not_ok "left behind: $left"

# Without --pids: RLIMIT_NPROC, per user of the sandbox (no cgroup, no cost).
nproc='import resource; print(*resource.getrlimit(resource.RLIMIT_NPROC))'
check_output "by default each user of the sandbox may have 4096 processes" '^4096 4096$' "$SBX" run -- python3 -c "$nproc"
check_output "and that holds for an unprivileged sbx too" '^4096 4096$' as_nobody "$(cd "$(dirname "$SBX")" && pwd)/$(basename "$SBX")" run -- python3 -c "$nproc"
check_no_output "--pids 0 lifts it" '^4096 ' "$SBX" run --pids 0 -- python3 -c "$nproc"
bomb='import os, signal
n, kids = 0, []
try:
    while n < 5000:
        pid = os.fork()
        if pid == 0:
            signal.pause()
            os._exit(0)
        kids.append(pid)
        n += 1
except OSError:
    pass
for k in kids:
    os.kill(k, 9)
    os.waitpid(k, 0)
print("forked", n)'
check_output "a fork loop stops at the default limit" '^forked 409[0-6]$' "$SBX" run -- python3 -c "$bomb"
check_output "--memory too small" 'expected 4m or more' "$SBX" run --memory 1k -- /bin/true
check_output "--cpus 0" 'expected a number of CPUs' "$SBX" run --cpus 0 -- /bin/true
check_output "--pids -1" 'expected a number' "$SBX" run --pids -1 -- /bin/true
abs=$(cd "$(dirname "$SBX")" && pwd)/$(basename "$SBX")
check_output "unprivileged: limits need root" 'need sbx to run as root' as_nobody "$abs" run --memory 64m -- /bin/true
done_testing
