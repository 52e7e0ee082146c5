#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The symlink-swap race from inside a --rootfs sandbox: while a thread swaps a
# path component between a directory and a symlink to /etc, opens through it
# must only ever reach files of the sandbox's view, never the host's /etc.
. "${srcdir:-.}/tests/integration/lib.sh"
bin=$abs_builddir/tests/security/swaprace
[ -x "$bin" ] || { not_ok "swaprace not built"; done_testing; }
root=$(mktemp -d /var/tmp/sbx-race.XXXXXX)
chmod 755 "$root"
mkdir -p "$root/bin" "$root/etc" "$root/work" "$root/proc" "$root/dev" "$root/tmp"
cp "$bin" "$root/bin/swaprace"
echo inside > "$root/etc/hostname"
# The test can fail: natively the symlink reaches the host's /etc/hostname.
work=$(mktemp -d /var/tmp/sbx-race-native.XXXXXX)
check_output "natively the race reaches the host's file (the check works)" 'foreign content' \
	"$bin" "$work" /etc 2
rm -rf "$work"
check_output "under sbx the race never reaches outside the view" '^swaprace: ok [1-9]' \
	"$SBX" run --rootfs "$root" --tmpfs /work -- /bin/swaprace /work /etc 3
if [ "$(id -u)" -eq 0 ]; then
	abs=$(cd "$(dirname "$SBX")" && pwd)/$(basename "$SBX")
	check_output "and the same with sbx run by an unprivileged user" '^swaprace: ok [1-9]' \
		as_nobody "$abs" run --rootfs "$root" --tmpfs /work -- /bin/swaprace /work /etc 3
else
	skip "needs root to become nobody"
fi
rm -rf "$root"
done_testing
