#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The global /proc files describe the sandbox, not the host: uptime, boot
# time and process start times count from the sandbox's start (its time
# namespace), loadavg shows the sandbox's own load and tasks (a file the
# sentry refreshes); both read the same whichever way the path is spelled,
# stat agrees with what read returns, and writes are refused.
. "${srcdir:-.}/tests/integration/lib.sh"

host_up=$(cut -d. -f1 /proc/uptime)
up=$("$SBX" run -- /bin/cat /proc/uptime | cut -d. -f1)
if [ -n "$up" ] && [ "$up" -lt 30 ] && { [ "$host_up" -ge 60 ] || [ "$up" -le "$host_up" ]; }; then
	ok "/proc/uptime counts from the sandbox's start ($up s; host $host_up s)"
else
	not_ok "/proc/uptime is '$up' (host $host_up)"
fi
check_output "/proc/uptime has the kernel's format" '^[0-9]+\.[0-9]{2} [0-9]+\.[0-9]{2}$' "$SBX" run -- /bin/cat /proc/uptime
check_output "relative to /proc" '^[0-9]+\.[0-9]{2} ' "$SBX" run -w /proc -- /bin/cat uptime
check_output "relative to / with ./ and //" '^[0-9]+\.[0-9]{2} ' "$SBX" run -w / -- /bin/cat ./proc//uptime
check_output "through .." '^[0-9]+\.[0-9]{2} ' "$SBX" run -- /bin/cat /proc/../proc/uptime
check_output "python reads it" '^ok$' "$SBX" run -- python3 -c 'print("ok" if float(open("/proc/uptime").read().split()[0]) < 30 else "bad")'
check_output "sysinfo(2) agrees with /proc/uptime" '^ok$' "$SBX" run -- python3 -c '
import ctypes
buf = ctypes.create_string_buffer(128)
ctypes.CDLL(None).sysinfo(buf)
si = int.from_bytes(buf.raw[:8], "little")
up = float(open("/proc/uptime").read().split()[0])
print("ok" if abs(si - up) <= 2 else "sysinfo %d, uptime %.2f" % (si, up))'
check_output "/proc/stat's btime is the sandbox's start" '^ok$' "$SBX" run -- /bin/sh -c \
	'b=$(sed -n "s/^btime //p" /proc/stat); n=$(date +%s); [ $((n - b)) -ge 0 ] && [ $((n - b)) -lt 30 ] && echo ok || echo "btime $b now $n"'
check_output "ps shows process ages from the sandbox's start" '^ *[0-9] *$' "$SBX" run -- ps -o etimes= -p 1

la='[0-9]+\.[0-9]{2}'
check_output "/proc/loadavg has the kernel's format, from 0" "^0\.00 0\.00 0\.00 [0-9]+/[0-9]+ [0-9]+\$" "$SBX" run -- /bin/cat /proc/loadavg
check_output "relative to /proc, and through .." "^$la $la $la [0-9]+/[0-9]+ [0-9]+\$" "$SBX" run -w /proc -- /bin/cat ../proc/loadavg
# Busy for one 5 s sampling period: 1 runnable thread gives 1 - exp(-5/60) = 0.08.
out=$("$SBX" run -- /bin/sh -c 'while :; do :; done & sleep 6; cat /proc/loadavg; kill $!')
case "$out" in
0.0[7-9]\ 0.0[1-2]\ 0.0[0-1]\ [1-3]/[2-9]\ [2-9])
	ok "/proc/loadavg is the sandbox's load and tasks ($out; host: $(cat /proc/loadavg))" ;;
*)	not_ok "/proc/loadavg after 6 s of one busy loop: '$out'" ;;
esac
check_output "stat agrees with read" '^ok$' "$SBX" run -- /bin/sh -c \
	'[ "$(stat -c %s /proc/loadavg)" = "$(wc -c < /proc/loadavg)" ] && echo ok'
check_output "writing /proc/loadavg is refused" 'Read-only file system' "$SBX" run -- /bin/sh -c 'echo 1 > /proc/loadavg'
check_output "and leaves it intact" "^$la " "$SBX" run -- /bin/sh -c 'echo 1 > /proc/loadavg; cat /proc/loadavg'
check_output "writing /proc/uptime is refused" 'Permission denied' "$SBX" run -- /bin/sh -c 'echo 1 > /proc/uptime'
check_output "the sysctls servers check are readable" '^ok$' "$SBX" run -- /bin/sh -c \
	'for f in vm/max_map_count fs/file-max net/core/somaxconn kernel/pid_max kernel/osrelease; do v=$(cat /proc/sys/$f) && [ -n "$v" ] || exit 1; done; echo ok'
check_output "kernel/hostname is the sandbox's" '^sbx$' "$SBX" run -- /bin/cat /proc/sys/kernel/hostname
check_output "self and thread-self name sandbox pids" '^[0-9]+ [0-9]+/task/[0-9]+$' "$SBX" run -- /bin/sh -c 'echo $(readlink /proc/self /proc/thread-self)'
check_output "the environ of the caller's own process is readable" 'SBXPROBE=1' "$SBX" run -e SBXPROBE=1 -- /bin/sh -c 'tr "\0" "\n" < /proc/self/environ'
done_testing
