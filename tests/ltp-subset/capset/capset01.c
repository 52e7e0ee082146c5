// SPDX-License-Identifier: Apache-2.0
/*
 * capset01 - capset(2) through the raw syscall (_LINUX_CAPABILITY_VERSION_3).
 *
 * Checks (all in a forked child, so the test process keeps its sets):
 *  - a header with an unknown version fails with EINVAL and the kernel
 *    writes _LINUX_CAPABILITY_VERSION_3 into it (any user);
 *  - setting the sets just read back unchanged succeeds;
 *  - dropping one capability (CAP_SYS_NICE if permitted, else the lowest
 *    permitted one) from the effective set succeeds; capget shows it gone
 *    from effective and still in permitted; raising it again succeeds;
 *  - after dropping it from permitted (and effective), adding it back to
 *    permitted fails with EPERM, and so does putting it in effective only;
 *  - a pid other than our own (our parent) gives EPERM.
 * TCONF when the process has no permitted capabilities (unprivileged run).
 */
#include "tst.h"
#include <linux/capability.h>

static struct __user_cap_header_struct hdr;
static struct __user_cap_data_struct d[2];

static long capget_(void)
{
	hdr.version = _LINUX_CAPABILITY_VERSION_3;
	hdr.pid = 0;
	return syscall(SYS_capget, &hdr, d);
}

static long capset_(void)
{
	hdr.version = _LINUX_CAPABILITY_VERSION_3;
	hdr.pid = 0;
	return syscall(SYS_capset, &hdr, d);
}

static int has(__u32 v0, __u32 v1, int cap)
{
	return ((cap < 32 ? v0 : v1) >> (cap % 32)) & 1;
}

#define EFF(c) has(d[0].effective, d[1].effective, (c))
#define PRM(c) has(d[0].permitted, d[1].permitted, (c))
#define CLR(f, c) (d[(c) / 32].f &= ~(1u << ((c) % 32)))
#define SET(f, c) (d[(c) / 32].f |= 1u << ((c) % 32))

static void child(void)
{
	int cap = -1;

	hdr.version = 0x12345678;
	hdr.pid = 0;
	TST_EXP_FAIL(syscall(SYS_capset, &hdr, d), EINVAL, "capset(version 0x12345678)");
	TST_EXP_EQ(hdr.version, _LINUX_CAPABILITY_VERSION_3);

	if (capget_())
		tst_brk(TBROK | TERRNO, "capget");
	if (PRM(CAP_SYS_NICE)) {
		cap = CAP_SYS_NICE;
	} else {
		for (int c = 0; c < 64 && cap < 0; c++)
			if (PRM(c))
				cap = c;
	}
	if (cap < 0) {
		tst_res(TCONF, "no permitted capabilities (unprivileged run)");
		_exit(0);
	}
	tst_res(TINFO, "using capability %d", cap);
	TST_EXP_PASS(capset_(), "capset(unchanged sets)");

	CLR(effective, cap);
	TST_EXP_PASS(capset_(), "capset(drop cap %d from effective)", cap);
	memset(d, 0, sizeof(d));
	capget_();
	TST_EXP_EXPR(!EFF(cap) && PRM(cap), "cap %d: effective %d permitted %d", cap,
		     EFF(cap), PRM(cap));
	SET(effective, cap);
	TST_EXP_PASS(capset_(), "capset(raise cap %d again)", cap);

	CLR(effective, cap);
	CLR(permitted, cap);
	CLR(inheritable, cap);
	TST_EXP_PASS(capset_(), "capset(drop cap %d from permitted)", cap);
	memset(d, 0, sizeof(d));
	capget_();
	TST_EXP_EXPR(!EFF(cap) && !PRM(cap), "cap %d gone from effective and permitted", cap);
	SET(permitted, cap);
	TST_EXP_FAIL(capset_(), EPERM, "capset(add cap %d back to permitted)", cap);
	CLR(permitted, cap);
	SET(effective, cap);
	TST_EXP_FAIL(capset_(), EPERM, "capset(cap %d in effective, not permitted)", cap);
	CLR(effective, cap);

	hdr.version = _LINUX_CAPABILITY_VERSION_3;
	hdr.pid = getppid();
	TST_EXP_FAIL(syscall(SYS_capset, &hdr, d), EPERM, "capset(pid of parent)");
	_exit(0);
}

static void run(void)
{
	pid_t pid = SAFE_FORK();

	if (pid == 0)
		child();
	tst_check_child_exit(pid, 0, "capset child");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
