/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The sentry's own allowlist: every call its threads may make once the
 * sandbox is running (the notification loop, reaching the caller's memory,
 * reading /proc for the handlers, memory management for malloc, the sync
 * socket, and waiting for and signalling the sandbox's init). Anything else
 * fails with EPERM, so a compromised sentry cannot, for example, exec a
 * program, open sockets or load kernel modules. As in gVisor this list is
 * kept by hand, apart from the generated guest rules; it is compiled into BPF
 * at build time (src/tools/bpfgen.c).
 */
#include <seccomp.h>
#include <stddef.h>

#include "sentry/sentry.h"

const int sbx_host_allowlist[] = {
	/* the notification loop and replies */
	SCMP_SYS(ioctl), SCMP_SYS(read), SCMP_SYS(write), SCMP_SYS(writev), SCMP_SYS(close),
	SCMP_SYS(close_range), SCMP_SYS(poll), SCMP_SYS(ppoll),
	/* the launcher's sync socket with the sandbox */
	SCMP_SYS(sendto), SCMP_SYS(recvfrom), SCMP_SYS(sendmsg), SCMP_SYS(recvmsg),
	/* the caller's memory and files */
	SCMP_SYS(process_vm_readv), SCMP_SYS(process_vm_writev), SCMP_SYS(pidfd_open),
	SCMP_SYS(pidfd_getfd), SCMP_SYS(openat), SCMP_SYS(openat2), SCMP_SYS(newfstatat),
	SCMP_SYS(fstat), SCMP_SYS(statx), SCMP_SYS(getdents64), SCMP_SYS(lseek), SCMP_SYS(pread64),
	SCMP_SYS(readlinkat), SCMP_SYS(fcntl), SCMP_SYS(dup), SCMP_SYS(dup3),
	SCMP_SYS(pwrite64), SCMP_SYS(ftruncate), /* refreshing /proc/loadavg */
	/* memory, threads, time */
	SCMP_SYS(mmap), SCMP_SYS(munmap), SCMP_SYS(mprotect), SCMP_SYS(madvise), SCMP_SYS(brk),
	SCMP_SYS(mremap), SCMP_SYS(futex), SCMP_SYS(set_robust_list), SCMP_SYS(rseq),
	SCMP_SYS(sched_yield), SCMP_SYS(sched_getaffinity), SCMP_SYS(getpid), SCMP_SYS(gettid),
	SCMP_SYS(clock_gettime), SCMP_SYS(clock_nanosleep), SCMP_SYS(nanosleep),
	SCMP_SYS(getrandom), SCMP_SYS(sysinfo), SCMP_SYS(uname), SCMP_SYS(exit),
	SCMP_SYS(exit_group), SCMP_SYS(restart_syscall),
	/* signals and the sandbox's init */
	SCMP_SYS(rt_sigaction), SCMP_SYS(rt_sigprocmask), SCMP_SYS(rt_sigreturn),
	SCMP_SYS(sigaltstack), SCMP_SYS(wait4), SCMP_SYS(waitid), SCMP_SYS(kill), SCMP_SYS(tgkill),
	SCMP_SYS(pidfd_send_signal), SCMP_SYS(getppid), SCMP_SYS(getpgrp),
	SCMP_SYS(getuid), SCMP_SYS(geteuid), SCMP_SYS(getgid), SCMP_SYS(getegid),
};
const size_t sbx_host_allowlist_len = sizeof(sbx_host_allowlist) / sizeof(sbx_host_allowlist[0]);
