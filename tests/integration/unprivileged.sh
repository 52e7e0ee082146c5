#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The basic tests again with sbx started by an unprivileged user (nobody):
# sandbox root is then that user.
. "${srcdir:-.}/tests/integration/lib.sh"
if [ "$(id -u)" -ne 0 ]; then echo "1..0 # SKIP needs root to become nobody"; exit 77; fi
abs=$(cd "$(dirname "$SBX")" && pwd)/$(basename "$SBX")
cd /tmp || exit 1
check_output "unprivileged: shell example" '^hello$' as_nobody "$abs" run -- /bin/sh -c 'echo hello; ls / >/dev/null'
check_output "unprivileged: uid 0 inside" '^0$' as_nobody "$abs" run -- /usr/bin/id -u
check_output "unprivileged: sandbox root is the caller outside" '65534' as_nobody "$abs" run -- /bin/cat /proc/self/uid_map
check_status "unprivileged: exit status" 7 as_nobody "$abs" run -- /bin/sh -c 'exit 7'
check_output "unprivileged: pid isolation" '^2 1$' as_nobody "$abs" run -- /bin/sh -c 'echo $$ $PPID'
check_output "unprivileged: only lo" '^lo$' as_nobody "$abs" run -- /bin/sh -c "tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '"
check_output "unprivileged: sysinfo from the sentry" 'procs=[1-9]' as_nobody "$abs" run -- python3 -c 'import ctypes,os; b=ctypes.create_string_buffer(128); ctypes.CDLL(None).sysinfo(b); print("procs=%d" % int.from_bytes(b[80:82],"little"))'
check_status "unprivileged: --uid 1000 refused" 125 as_nobody "$abs" run --uid 1000 -- /bin/true
if [ -x /bin/busybox ]; then
	# A root the caller prepared: copy-on-write, its files are sandbox root's.
	root=$(mktemp -d /var/tmp/sbx-urootfs.XXXXXX)
	mkdir -p "$root/bin" "$root/etc"
	cp /bin/busybox "$root/bin/"
	for a in sh cat echo; do ln -s busybox "$root/bin/$a"; done
	echo inside > "$root/etc/hostname.txt"
	chown -R 65534:65534 "$root"
	check_output "unprivileged: --rootfs is copy-on-write" '^inside more$' as_nobody "$abs" run --rootfs "$root" -- /bin/sh -c 'echo more >> /etc/hostname.txt && echo $(cat /etc/hostname.txt)'
	check_output "unprivileged: --rootfs DIR is never written" '^inside$' cat "$root/etc/hostname.txt"
	as_nobody "$abs" run --rootfs "$root" --persist "$root.keep" -- /bin/sh -c 'echo kept > /etc/kept'
	check_output "unprivileged: --persist keeps the writes" '^kept$' as_nobody "$abs" run --rootfs "$root" --persist "$root.keep" -- /bin/cat /etc/kept
	rm -rf "$root" "$root.keep"
else
	skip "busybox-static not installed"
fi
done_testing
