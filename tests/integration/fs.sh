#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Filesystem work under sbx: python3 building, renaming and deleting a tree in
# /tmp, tar and find over /usr, a C program built with gcc and make, /proc
# and ps showing only the sandbox, and host files outside the view unreachable.
. "${srcdir:-.}/tests/integration/lib.sh"

check_output "python3 creates, renames and deletes a tree in /tmp" '^ok 50$' "$SBX" run -- python3 -c '
import os, shutil, tempfile
d = tempfile.mkdtemp()
for i in range(50):
    os.makedirs(os.path.join(d, "a", str(i)))
    with open(os.path.join(d, "a", str(i), "f"), "w") as f: f.write("x" * i)
os.rename(os.path.join(d, "a"), os.path.join(d, "b"))
n = sum(len(fs) for _, _, fs in os.walk(os.path.join(d, "b")))
shutil.rmtree(d)
print("ok", n) if not os.path.exists(d) else print("left")'
n_native=$(find /usr/include -name '*.h' | wc -l)
check_output "find over /usr sees what the host sees" "^$n_native\$" "$SBX" run -- /bin/sh -c "find /usr/include -name '*.h' | wc -l"
check_output "tar over /usr/include" '^ok$' "$SBX" run -- /bin/sh -c 'tar cf - /usr/include 2>/dev/null | tar tf - | grep -q stdio.h && echo ok'
if command -v gcc >/dev/null && command -v make >/dev/null; then
	check_output "gcc and make build a program in /tmp" '^hello from a sandboxed build$' "$SBX" run -- /bin/sh -c '
		set -e; mkdir -p /tmp/p && cd /tmp/p
		printf "#include <stdio.h>\nint main(void){puts(\"hello from a sandboxed build\");return 0;}\n" > hello.c
		printf "hello: hello.o\n\t\$(CC) -o \$@ hello.o\n" > Makefile
		make -s CC=gcc >/dev/null && ./hello'
else
	skip "gcc/make not installed"
fi
check_output "ls -l /proc/self/fd" '0 -> ' "$SBX" run -- /bin/ls -l /proc/self/fd
check_output "cpuinfo, meminfo and status are readable" '^ok$' "$SBX" run -- /bin/sh -c 'grep -q processor /proc/cpuinfo && grep -q MemTotal /proc/meminfo && grep -q "^Pid:" /proc/self/status && echo ok'
if command -v ps >/dev/null; then
	check_output "ps shows only the sandbox's processes" '^[2-4]$' "$SBX" run -- /bin/sh -c 'ps -e --no-headers | wc -l'
else
	skip "procps not installed"
fi
if command -v script >/dev/null; then
	# script(1) gives the run a pseudo-terminal, as an interactive shell has.
	check_output "a terminal gets a name inside (/dev/console)" '^/dev/console' script -qec "'$SBX' run -- /usr/bin/tty" /dev/null
	check_output "without one there is no /dev/console" 'No such file' "$SBX" run -- /bin/ls /dev/console </dev/null
else
	skip "script (bsdutils) not installed"
fi
check_no_output "kallsyms is masked" '[0-9a-f]{16} [tT] ' "$SBX" run -- /bin/sh -c 'head -3 /proc/kallsyms 2>&1'

# A busybox root made here: the view holds only it; escapes stay inside.
if [ -x /bin/busybox ]; then
	root=$(mktemp -d /var/tmp/sbx-rootfs.XXXXXX)
	chmod 755 "$root"
	mkdir -p "$root/bin" "$root/etc" "$root/data/sub"
	cp /bin/busybox "$root/bin/"
	for a in sh cat ls readlink echo; do ln -s busybox "$root/bin/$a"; done
	echo inside > "$root/etc/hostname.txt"
	ln -s / "$root/data/toroot"
	ln -s ../../../../../../etc "$root/data/sub/up"
	ln -s /etc/shadow "$root/data/abs"
	check_output "--rootfs: the program sees the prepared root" '^inside$' "$SBX" run --rootfs "$root" -- /bin/cat /etc/hostname.txt
	check_output "--rootfs: the host's files are not there" 'No such file' "$SBX" run --rootfs "$root" -- /bin/cat /etc/os-release
	check_output "--rootfs: .. stops at the root" '^inside$' "$SBX" run --rootfs "$root" -w /data/sub -- /bin/cat ../../../../../etc/hostname.txt
	check_output "--rootfs: a relative symlink climbing out stays inside" '^inside$' "$SBX" run --rootfs "$root" -- /bin/cat /data/sub/up/hostname.txt
	check_output "--rootfs: an absolute symlink resolves inside" 'No such file' "$SBX" run --rootfs "$root" -- /bin/cat /data/abs
	check_output "--rootfs: a symlink to / is the sandbox's /" 'hostname.txt' "$SBX" run --rootfs "$root" -- /bin/ls /data/toroot/etc
	check_output "--rootfs: /proc/1/root is the sandbox's root" '(hostname.txt|Permission denied)' "$SBX" run --rootfs "$root" -- /bin/ls /proc/1/root/etc
	check_output "--rootfs: /proc/self/root/.. is still the sandbox" '^inside$' "$SBX" run --rootfs "$root" -- /bin/cat /proc/self/root/../../etc/hostname.txt

	# Copy-on-write: the sandbox's root owns the prepared root's files (they
	# are host root's here), writes and deletions land in a layer of its own.
	echo secret > "$root/etc/shadow"
	chmod 600 "$root/etc/shadow"
	for a in rm mkdir; do ln -s busybox "$root/bin/$a"; done
	check_output "--rootfs: sandbox root owns the prepared root's files" '^secret$' "$SBX" run --rootfs "$root" -- /bin/cat /etc/shadow
	check_output "--rootfs: writes, deletions and new directories work" '^inside more new$' "$SBX" run --rootfs "$root" -- /bin/sh -c \
		'echo more >> /etc/hostname.txt && rm /etc/shadow && mkdir /new && echo new > /new/f && echo $(cat /etc/hostname.txt /new/f) && ls /etc/shadow 2>/dev/null'
	check_output "--rootfs: DIR is never written" '^inside secret ok$' sh -c \
		"echo \$(cat '$root/etc/hostname.txt' '$root/etc/shadow') \$([ ! -e '$root/new' ] && [ ! -e '$root/proc' ] && echo ok)"
	check_output "--rootfs: the writes are gone in the next run" '^inside$' "$SBX" run --rootfs "$root" -- /bin/sh -c 'cat /etc/hostname.txt; ls /new 2>/dev/null'
	keep=$(mktemp -d /var/tmp/sbx-persist.XXXXXX)
	"$SBX" run --rootfs "$root" --persist "$keep/st" -- /bin/sh -c 'echo kept > /etc/kept; rm /etc/shadow'
	check_output "--persist: the next run sees the writes and deletions" '^kept hostname.txt kept$' "$SBX" run --rootfs "$root" --persist "$keep/st" -- /bin/sh -c 'echo $(cat /etc/kept; ls /etc)'
	check_output "--persist: a run without it does not" '^hostname.txt shadow$' "$SBX" run --rootfs "$root" -- /bin/sh -c 'echo $(ls /etc)'
	check_output "--persist: the layer is kept in DIR, not in the rootfs" '^ok$' sh -c "[ -f '$keep/st/upper/etc/kept' ] && [ ! -e '$root/etc/kept' ] && echo ok"
	check_output "--persist: the layer belongs to sandbox root, not host root" '^100000 700$' stat -c '%u %a' "$keep/st"
	check_output "--persist needs --rootfs" 'needs --rootfs' "$SBX" run --persist "$keep/st" -- /bin/true
	check_output "--persist on a file is refused" 'not a directory' "$SBX" run --rootfs "$root" --persist "$root/etc/hostname.txt" -- /bin/true
	check_output "--persist on a directory with other files is refused" 'not kept by sbx' "$SBX" run --rootfs "$root" --persist "$root/etc" -- /bin/true
	check_output "and it is left alone" '^0$' stat -c %u "$root/etc"
	rm -rf "$root" "$keep"
	if [ -f /etc/shadow ]; then
		check_output "--rootfs /: the host's root-only files stay unreadable" 'Permission denied' "$SBX" run -q --rootfs / -- /bin/cat /etc/shadow
	else
		skip "no /etc/shadow"
	fi
else
	skip "busybox-static not installed"
fi
done_testing
