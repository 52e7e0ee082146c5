// SPDX-License-Identifier: Apache-2.0
/*
 * syslog01 - syslog(2) (the kernel log call, klogctl(3)), read-only
 * actions only: the log is never cleared or read destructively.
 *
 * Checks:
 *  - SYSLOG_ACTION_SIZE_BUFFER (10) returns the ring size (> 0) when
 *    allowed.  It is allowed without CAP_SYSLOG unless
 *    kernel.dmesg_restrict is 1; CAP_SYSLOG must be held in the initial
 *    user namespace, so inside a sandbox's user namespace EPERM is the
 *    documented result even for uid 0.  Either way the result must be a
 *    size or EPERM, never anything else;
 *  - SYSLOG_ACTION_READ_ALL (3) into a 4 KiB buffer returns 0..4096 bytes
 *    when allowed (same rule);
 *  - from a child that dropped to uid 65534: with dmesg_restrict 1 the
 *    size query fails with EPERM (TCONF if dmesg_restrict is 0 or
 *    unreadable, or the drop fails);
 *  - errors when the action is permitted: EINVAL (READ_ALL with a
 *    negative length; action 99 gives EINVAL, or EPERM without
 *    CAP_SYSLOG since unknown actions count as privileged).
 */
#include "tst.h"
#include <grp.h>
#include <sys/klog.h>

static int restricted(void)
{
	FILE *f = fopen("/proc/sys/kernel/dmesg_restrict", "r");
	int v = -1;

	if (f) {
		if (fscanf(f, "%d", &v) != 1)
			v = -1;
		fclose(f);
	}
	return v;
}

static void run(void)
{
	static char buf[4096];
	int size, r, status;
	pid_t pid;

	errno = 0;
	size = klogctl(10, NULL, 0);
	if (size < 0 && errno == EPERM) {
		tst_res(TCONF, "SYSLOG_ACTION_SIZE_BUFFER -> EPERM (no CAP_SYSLOG in the initial "
			"user namespace, dmesg_restrict %d)", restricted());
	} else {
		TST_EXP_EXPR(size > 0, "SYSLOG_ACTION_SIZE_BUFFER = %d", size);
		r = klogctl(3, buf, sizeof(buf));
		TST_EXP_EXPR((r >= 0 && r <= (int)sizeof(buf)) || (r < 0 && errno == EPERM),
			     "SYSLOG_ACTION_READ_ALL returned %d", r);
		TST_EXP_FAIL(klogctl(3, buf, -1), EINVAL, "READ_ALL with length -1");
	}
	errno = 0;
	r = klogctl(99, NULL, 0);
	TST_EXP_EXPR(r == -1 && (errno == EINVAL || errno == EPERM), "action 99 -> %s",
		     tst_errno_name(errno));

	if (restricted() != 1) {
		tst_res(TCONF, "dmesg_restrict is not 1: unprivileged size query is allowed");
		return;
	}
	pid = SAFE_FORK();
	if (pid == 0) {
		setgroups(0, NULL);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
			_exit(32);
		_exit(klogctl(10, NULL, 0) == -1 && errno == EPERM ? 0 : 1);
	}
	SAFE_WAITPID(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
		tst_res(TCONF, "cannot drop to uid 65534");
	else
		TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			     "unprivileged, dmesg_restrict 1: size query -> EPERM (%s)",
			     tst_strstatus(status));
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
