/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The sentry's own confinement, installed once the sandbox is running: drop
 * every capability but the two the handlers use, then load the allowlist of
 * host_allowlist.c (precompiled into gen/bpf.gen.c) on every thread.
 */
#include <errno.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/util.h"
#include "launcher/seccomp_load.h"
#include "sentry/sentry.h"


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
