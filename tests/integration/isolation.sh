#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# What the sandbox must not reach: other pids, host networks, host files it
# may not read, host paths it may not write; and the fds it must not inherit.
. "${srcdir:-.}/tests/integration/lib.sh"

pids=$("$SBX" run -- /bin/sh -c 'ls /proc | grep -E "^[0-9]+$" | wc -l')
if [ "$pids" -ge 2 ] && [ "$pids" -le 5 ]; then ok "only sandbox pids in /proc ($pids)"; else not_ok "sandbox sees $pids pids"; fi
check_output "the program is pid 2 under sbx's init" '^2 1$' "$SBX" run -- /bin/sh -c 'echo $$ $PPID'
check_output "--as-pid-1 makes the program pid 1" '^1$' "$SBX" run --as-pid-1 -- /bin/sh -c 'echo $$'
check_output "only lo in the network namespace" '^lo$' "$SBX" run -- /bin/sh -c "tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '"
check_output "/sys is the sandbox's: only lo in /sys/class/net" '^lo$' "$SBX" run -- /bin/ls /sys/class/net
check_status "/sys is read-only" 1 "$SBX" run -- /bin/sh -c 'touch /sys/x 2>/dev/null'
check_output "lo is up" 'UP' "$SBX" run -- /bin/sh -c 'cat /sys/class/net/lo/operstate; ip -o link show lo 2>/dev/null || echo UP-unknown'
check_output "--net=host sees the host interfaces" "$(tail -n +3 /proc/net/dev | wc -l)" "$SBX" run --net=host -- /bin/sh -c 'tail -n +3 /proc/net/dev | wc -l'
if [ "$(id -u)" -eq 0 ]; then
	check_status "/etc/shadow unreadable" 1 "$SBX" run -- /bin/sh -c 'cat /etc/shadow >/dev/null 2>&1'
else
	skip "/etc/shadow check needs sbx started as root"
fi
marker=/etc/sbx-test-$$
check_status "writing the root fails" 2 "$SBX" run -- /bin/sh -c "echo x > $marker 2>/dev/null"
[ ! -e "$marker" ] && ok "nothing reached the host root" || { not_ok "$marker reached the host"; rm -f "$marker"; }
check_output "/tmp is a writable 1777 tmpfs" '^1777 tmpfs ok$' "$SBX" run -- /bin/sh -c 'echo "$(stat -c %a /tmp) $(stat -f -c %T /tmp) $(touch /tmp/x && echo ok)"'
check_output "/run (with /run/lock) and /var/tmp are private scratch" '^755 1777 1777 ok$' "$SBX" run -- /bin/sh -c 'echo "$(stat -c %a /run) $(stat -c %a /run/lock) $(stat -c %a /var/tmp) $(touch /run/a /var/tmp/b && echo ok)"'
check_no_output "the host's /run sockets are hidden" 'dbus|systemd' "$SBX" run -- /bin/ls /run
tmpmark=sbx-tmp-$$
"$SBX" run -- /bin/sh -c "touch /tmp/$tmpmark"
[ ! -e "/tmp/$tmpmark" ] && ok "/tmp writes stay private" || { not_ok "/tmp write reached the host"; rm -f "/tmp/$tmpmark"; }
check_output "only fds 0 1 2 (and ls's own) are open" '^0 1 2 3 $' "$SBX" run -- /bin/sh -c 'ls /proc/self/fd | tr "\n" " "'
check_output "sbx's own fds do not leak" '^0 1 2 3 $' sh -c "exec 7</etc/hostname; '$SBX' run -- /bin/sh -c 'ls /proc/self/fd | tr \"\\n\" \" \"'"
check_output "no_new_privs is set" '^NoNewPrivs:[[:space:]]+1' "$SBX" run -- /bin/grep NoNewPrivs /proc/self/status
check_output "seccomp filter is active" '^Seccomp:[[:space:]]+2' "$SBX" run -- /bin/grep '^Seccomp:' /proc/self/status
if [ "$(id -u)" -eq 0 ]; then
	"$SBX" run -- /bin/sleep 2 &
	sbx_pid=$!
	# The sentry drops its privileges once the sandbox runs: wait for that.
	i=0
	while [ $i -lt 40 ]; do
		st=$(grep -E '^(Uid|CapEff|CapBnd):' "/proc/$sbx_pid/status" | tr -s '\t ' ' ' | tr '\n' ';')
		case $st in "Uid: 65534"*) break ;; esac
		sleep 0.05; i=$((i + 1))
	done
	wait "$sbx_pid"
	case $st in
	"Uid: 65534 65534 65534 65534;CapEff: 0000000000080020;CapBnd: 0000000000080020;") ok "the running sentry is nobody with CAP_KILL and CAP_SYS_PTRACE only" ;;
	*) not_ok "the sentry's credentials: $st" ;;
	esac
else
	skip "sentry privilege drop applies when sbx starts as root"
fi
done_testing
