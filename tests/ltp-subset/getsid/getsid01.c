// SPDX-License-Identifier: Apache-2.0
/*
 * getsid01 - getsid(2).
 *
 * Checks:
 *  - getsid(0) == getsid(getpid()) > 0;
 *  - a forked child is in the parent's session;
 *  - after the child calls setsid(), getsid(child) == child;
 *  - ESRCH for a pid that does not exist.
 */
#include "tst.h"

static void run(void)
{
	long sid = syscall(SYS_getsid, 0);
	int p[2], q[2];
	pid_t child;
	char c = 0;

	TST_EXP_EXPR(sid > 0, "getsid(0) returned %ld", sid);
	TST_EXP_VAL(syscall(SYS_getsid, getpid()), sid, "getsid(getpid())");

	SAFE_PIPE(p);
	SAFE_PIPE(q);
	child = SAFE_FORK();
	if (child == 0) {
		SAFE_READ(p[0], &c, 1);
		c = setsid() == getpid();
		SAFE_WRITE(q[1], &c, 1);
		SAFE_READ(p[0], &c, 1);
		_exit(0);
	}
	TST_EXP_VAL(syscall(SYS_getsid, child), sid, "getsid(child) before setsid");
	SAFE_WRITE(p[1], &c, 1);
	SAFE_READ(q[0], &c, 1);
	if (!c)
		tst_res(TBROK, "child setsid() failed");
	TST_EXP_VAL(syscall(SYS_getsid, child), child, "getsid(child) after setsid");
	SAFE_WRITE(p[1], &c, 1);
	SAFE_WAITPID(child, NULL, 0);
	TST_EXP_FAIL(syscall(SYS_getsid, child), ESRCH, "getsid(reaped child)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
