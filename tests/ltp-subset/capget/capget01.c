// SPDX-License-Identifier: Apache-2.0
/*
 * capget01 - capget(2).
 *
 * Checks:
 *  - with _LINUX_CAPABILITY_VERSION_3 and pid 0 it reads our effective,
 *    permitted and inheritable sets, which match CapEff / CapPrm / CapInh
 *    in /proc/self/status;
 *  - effective is a subset of permitted;
 *  - pid of our own child gives the same sets as the child sees;
 *  - a NULL data pointer with a valid version just succeeds (probe);
 *  - version 0 fails with EINVAL and the kernel writes its preferred
 *    version (_LINUX_CAPABILITY_VERSION_3) into the header;
 *  - a child that dropped to uid 65534 has empty effective and permitted
 *    sets (TCONF if the drop fails);
 *  - errors: ESRCH (reaped pid), EINVAL (negative pid), EFAULT (bad
 *    header).
 */
#include "tst.h"
#include <grp.h>
#include <linux/capability.h>

static long capget_(struct __user_cap_header_struct *h, struct __user_cap_data_struct *d)
{
	return syscall(SYS_capget, h, d);
}

static unsigned long long proc_cap(const char *key)
{
	char line[256];
	unsigned long long v = ~0ULL;
	FILE *f = fopen("/proc/self/status", "r");

	if (!f)
		return v;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, key, strlen(key)))
			v = strtoull(line + strlen(key), NULL, 16);
	fclose(f);
	return v;
}

static unsigned long long join(const struct __user_cap_data_struct *d, int which)
{
	const __u32 *lo = which == 0 ? &d[0].effective : which == 1 ? &d[0].permitted :
			  &d[0].inheritable;
	const __u32 *hi = which == 0 ? &d[1].effective : which == 1 ? &d[1].permitted :
			  &d[1].inheritable;

	return ((unsigned long long)*hi << 32) | *lo;
}

static void run(void)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];
	unsigned long long eff, prm;
	int status;
	pid_t pid;

	TST_EXP_PASS(capget_(&h, d), "capget(v3, pid 0)");
	eff = join(d, 0);
	prm = join(d, 1);
	TST_EXP_EXPR(eff == proc_cap("CapEff:") && prm == proc_cap("CapPrm:") &&
		     join(d, 2) == proc_cap("CapInh:"),
		     "sets match /proc/self/status (eff %llx prm %llx)", eff, prm);
	TST_EXP_EXPR((eff & ~prm) == 0, "effective is a subset of permitted");
	TST_EXP_PASS(capget_(&h, NULL), "capget(v3, NULL data) probe");

	pid = SAFE_FORK();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	h.pid = pid;
	memset(d, 0, sizeof(d));
	TST_EXP_PASS(capget_(&h, d), "capget(child pid)");
	TST_EXP_EXPR(join(d, 0) == eff && join(d, 1) == prm, "child has our sets");
	kill(pid, SIGKILL);
	SAFE_WAITPID(pid, NULL, 0);
	TST_EXP_FAIL(capget_(&h, d), ESRCH, "capget(reaped pid)");
	h.pid = -5;
	TST_EXP_FAIL(capget_(&h, d), EINVAL, "capget(pid -5)");
	h.pid = 0;
	h.version = 0;
	TST_EXP_FAIL(capget_(&h, d), EINVAL, "capget(version 0)");
	TST_EXP_EQ(h.version, _LINUX_CAPABILITY_VERSION_3);
	TST_EXP_FAIL(capget_(tst_bad_addr(), d), EFAULT, "capget(bad header)");

	pid = SAFE_FORK();
	if (pid == 0) {
		struct __user_cap_header_struct hh = { _LINUX_CAPABILITY_VERSION_3, 0 };
		struct __user_cap_data_struct dd[2];

		setgroups(0, NULL);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
			_exit(32);
		if (capget_(&hh, dd))
			_exit(2);
		_exit(join(dd, 0) == 0 && join(dd, 1) == 0 ? 0 : 1);
	}
	SAFE_WAITPID(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
		tst_res(TCONF, "cannot drop to uid 65534");
	else
		TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			     "uid 65534 has empty effective and permitted sets (%s)",
			     tst_strstatus(status));
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
