/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The sentry's own confinement, installed once the sandbox is running: every
 * thread may make only the calls listed here (the notification loop, reaching
 * the caller's memory, reading /proc for the handlers, memory management for
 * malloc, and waiting for and signalling the sandbox's init). Anything else
 * fails with EPERM, so a compromised sentry cannot, for example, exec a
 * program, open sockets or load kernel modules. As gVisor does, this list is
 * kept by hand, apart from the generated guest rules.
 */
#include <errno.h>
#include <linux/capability.h>
#include <seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/util.h"
#include "sentry/sentry.h"

static const int allowed[] = {
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

/* Keep only the capabilities the handlers use. */
static int drop_capabilities(void)
{
	if (geteuid() != 0)
		return 0; /* an unprivileged sentry has none to drop */
	struct __user_cap_header_struct hdr = {_LINUX_CAPABILITY_VERSION_3, 0};
	struct __user_cap_data_struct data[2] = {{0}};
	/* CAP_SYS_PTRACE: reach callers of other uids; CAP_KILL: signal the init. */
	data[0].effective = data[0].permitted = (1U << CAP_SYS_PTRACE) | (1U << CAP_KILL);
	for (int cap = 0; cap <= CAP_LAST_CAP; cap++)
		if (cap != CAP_SYS_PTRACE && cap != CAP_KILL)
			(void)prctl(PR_CAPBSET_DROP, cap, 0, 0, 0);
	if (syscall(SYS_capset, &hdr, data) < 0)
		return -errno;
	return 0;
}

int sbx_host_filter_install(void)
{
	int r = drop_capabilities();
	if (r < 0)
		return r;
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ERRNO(EPERM));
	if (!ctx)
		return -ENOMEM;
	r = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_TSYNC, 1);
	if (!r)
		r = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
	for (size_t i = 0; !r && i < SBX_ARRAY_SIZE(allowed); i++)
		r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, allowed[i], 0);
	if (!r)
		r = seccomp_load(ctx);
	seccomp_release(ctx);
	return r;
}
