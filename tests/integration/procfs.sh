#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Synthetic /proc files describe the sandbox, not the host, whichever way the
# path is spelled; writes are refused; the host's originals stay unreachable.
. "${srcdir:-.}/tests/integration/lib.sh"

host_up=$(cut -d. -f1 /proc/uptime)
up=$("$SBX" run -- /bin/cat /proc/uptime | cut -d. -f1)
if [ -n "$up" ] && [ "$up" -lt 30 ] && { [ "$host_up" -ge 60 ] || [ "$up" -le "$host_up" ]; }; then
	ok "/proc/uptime counts from the sandbox's start ($up s; host $host_up s)"
else
	not_ok "/proc/uptime is '$up' (host $host_up)"
fi
check_output "/proc/uptime has the kernel's format" '^[0-9]+\.[0-9]{2} [0-9]+\.[0-9]{2}$' "$SBX" run -- /bin/cat /proc/uptime
check_output "/proc/loadavg shows the sandbox's tasks" '^0\.00 0\.00 0\.00 [0-9]+/[1-9] [0-9]+$' "$SBX" run -- /bin/cat /proc/loadavg
check_output "relative to /proc" '^[0-9]+\.[0-9]{2} ' "$SBX" run -w /proc -- /bin/cat uptime
check_output "relative to / with ./ and //" '^[0-9]+\.[0-9]{2} ' "$SBX" run -w / -- /bin/cat ./proc//uptime
check_output "python reads it" '^ok$' "$SBX" run -- python3 -c 'print("ok" if float(open("/proc/uptime").read().split()[0]) < 30 else "bad")'
check_status "writing is refused" 2 "$SBX" run -- /bin/sh -c 'echo 1 > /proc/uptime' 
check_output "write open fails with EACCES" 'Permission denied' "$SBX" run -- /bin/sh -c 'echo 1 > /proc/loadavg'
check_output "an unrecognised spelling reaches only the mask" '^\[\]$' "$SBX" run -- /bin/sh -c 'echo "[$(cat /proc/../proc/uptime)]"'
check_output "the trace shows the injected fd" 'openat\(AT_FDCWD, "/proc/uptime", O_RDONLY(\|O_CLOEXEC)?, 0\) = [0-9]+' sh -c "'$SBX' trace -- /bin/cat /proc/uptime 2>&1 >/dev/null"
done_testing
