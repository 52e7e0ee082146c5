#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# sbx trace / --trace: one strace-like line per call the sentry handles or refuses.
. "${srcdir:-.}/tests/integration/lib.sh"
P=$abs_builddir/tests/security/probe
check_output "trace shows refused calls with their errno" 'syscall 500: errno ENOSYS' "$SBX" run $SBX_BIND --trace=/dev/null -- "$P" unknown
t=$(mktemp)
"$SBX" run $SBX_BIND --trace="$t" -- "$P" io_uring >/dev/null 2>&1
grep -Eq '^io_uring_setup\(8, 0x[0-9a-f]+\) = -1 ENOSYS' "$t" && ok "--trace=FILE shows a refused io_uring_setup" || { not_ok "io_uring_setup not traced"; diag "$(cat "$t")"; }
"$SBX" run $SBX_BIND --trace="$t" -- "$P" unknown >/dev/null 2>&1
grep -Eq '^syscall_500\(' "$t" && ok "an undefined number is traced by number" || { not_ok "syscall 500 not traced"; diag "$(cat "$t")"; }
rm -f "$t"
check_status "--trace to an unwritable file is 125" 125 "$SBX" run $SBX_BIND --trace=/no/such/dir/x -- /bin/true
check_output "sbx trace prints handled calls on stderr" '^sysinfo\(0x[0-9a-f]+\) = 0$' sh -c "'$SBX' trace $SBX_BIND -- '$P' sysinfo 2>&1 >/dev/null"
check_output "the traced program's output is untouched" '^sysinfo: ok 0$' sh -c "'$SBX' trace $SBX_BIND -- '$P' sysinfo 2>/dev/null"
t=$(mktemp)
{ "$SBX" trace $SBX_BIND -- /bin/sh -c "for i in 1 2 3 4 5 6 7 8; do '$P' sysinfo; done >/dev/null" 2>&1 >/dev/null; echo "rc=$?" > "$t"; } | head -c 1 >/dev/null
grep -q '^rc=0$' "$t" && ok "a trace reader that goes away does not kill the sandbox" || { not_ok "sbx died with its trace reader"; diag "$(cat "$t")"; }
rm -f "$t"
done_testing
