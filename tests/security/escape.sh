#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Hostile programs: foreign ABIs are killed, dangerous calls and arguments are
# refused with the errno Linux would give, undefined calls get ENOSYS (never
# EPERM, never a kill), and masked checks cannot be bypassed with high bits.
. "${srcdir:-.}/tests/integration/lib.sh"
P=$abs_builddir/tests/security/probe
run() { "$SBX" run $SBX_BIND -- "$P" "$@" 2>&1; }

check_status "x32 syscall kills the process" 159 "$SBX" run $SBX_BIND -- "$P" x32
check_status "int 0x80 kills the process" 159 "$SBX" run $SBX_BIND -- "$P" int80
out=$(run tiocsti)
for w in "TIOCSTI: errno ENOTTY" "TIOCSTI|1<<32: errno ENOTTY" "TIOCLINUX: errno ENOTTY"; do
	printf '%s\n' "$out" | grep -qF "$w" && ok "$w" || { not_ok "$w"; diag "$out"; }
done
out=$(run newuser)
for w in "clone(CLONE_NEWUSER): errno EPERM" "unshare(CLONE_NEWNS): errno EPERM"; do
	printf '%s\n' "$out" | grep -qF "$w" && ok "$w" || { not_ok "$w"; diag "$out"; }
done
check_output "undefined syscall 500 is ENOSYS" 'syscall 500: errno ENOSYS' run unknown
check_output "undefined syscall 400 is ENOSYS" 'syscall 400: errno ENOSYS' run unknown
check_output "io_uring_setup is ENOSYS" 'io_uring_setup: errno ENOSYS' run io_uring
check_output "open_by_handle_at is EPERM" 'open_by_handle_at: errno EPERM' run handle
check_output "init_module is EPERM" 'init_module: errno EPERM' run module
check_output "kexec_load is EPERM" 'kexec_load: errno EPERM' run module
check_output "reboot is EPERM" 'reboot: errno EPERM' run module
check_output "ptrace is EPERM" 'ptrace attach: errno EPERM' run ptrace
check_output "AF_PACKET is EAFNOSUPPORT" 'AF_PACKET: errno EAFNOSUPPORT' run socket
check_output "AF_VSOCK is EAFNOSUPPORT" 'AF_VSOCK: errno EAFNOSUPPORT' run socket
check_output "high bits on an int argument do not change the verdict" 'AF_INET\|1<<32: ok' run socket
check_output "bpf is EPERM" 'bpf: errno EPERM' run bpf
check_output "MADV_HWPOISON is EINVAL" 'MADV_HWPOISON: errno EINVAL' run madvise
check_output "add_key is EACCES" 'add_key: errno EACCES' run keyctl
check_output "hostile arguments from 8 threads: the sentry answers and survives" '^garbage: 0 unexpected results; sentry alive$' run garbage
done_testing
