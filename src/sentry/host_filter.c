/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The sentry's own confinement, once the sandbox is running: a root-started
 * sentry becomes nobody with the two capabilities the handlers use, then
 * every thread gets the allowlist of host_allowlist.c (precompiled into
 * gen/bpf.gen.c).
 */
#include <errno.h>
#include <grp.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/util.h"
#include "launcher/seccomp_load.h"
#include "sentry/sentry.h"


/* The unprivileged identity a root-started sentry takes once the sandbox runs. */
#define SENTRY_UID 65534
#define SENTRY_GID 65534

int sbx_sentry_drop_privileges(void)
{
	if (geteuid() != 0)
		return 0; /* an unprivileged sentry has nothing to drop */
	/*
	 * Become nobody, keeping only CAP_SYS_PTRACE (to reach callers of other
	 * uids through process_vm_readv and /proc/<tid>) and CAP_KILL (to signal
	 * the sandbox's init). Without this, uid 0 would still own every
	 * root-owned host file even with no capability at all.
	 */
	for (int cap = 0; cap <= CAP_LAST_CAP; cap++)
		if (cap != CAP_SYS_PTRACE && cap != CAP_KILL)
			(void)prctl(PR_CAPBSET_DROP, cap, 0, 0, 0);
	if (setgroups(0, NULL) < 0 || setresgid(SENTRY_GID, SENTRY_GID, SENTRY_GID) < 0)
		return -errno;
	if (prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) < 0 ||
	    setresuid(SENTRY_UID, SENTRY_UID, SENTRY_UID) < 0)
		return -errno;
	struct __user_cap_header_struct hdr = {_LINUX_CAPABILITY_VERSION_3, 0};
	struct __user_cap_data_struct data[2] = {{0}};
	data[0].effective = data[0].permitted = (1U << CAP_SYS_PTRACE) | (1U << CAP_KILL);
	/* capset acts on this thread only: call this before any worker starts. */
	if (syscall(SYS_capset, &hdr, data) < 0)
		return -errno;
	return 0;
}

int sbx_host_filter_install(void)
{
	/* Without CAP_SYS_ADMIN a filter needs no_new_privs (seccomp(2)). */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return -errno;
	struct sock_fprog prog = {
		.len = (unsigned short)sbx_gen_bpf_host_len,
		.filter = (struct sock_filter *)sbx_gen_bpf_host,
	};
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC, &prog) != 0)
		return errno ? -errno : -ESRCH; /* a positive result names a thread that refused */
	return 0;
}
