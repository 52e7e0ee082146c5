// SPDX-License-Identifier: Apache-2.0
/*
 * getpgid01 - getpgid(2).
 *
 * Checks:
 *  - getpgid(0) == getpgid(getpid()) == getpgrp();
 *  - a forked child inherits the parent's process group;
 *  - getpgid(child) seen from the parent matches;
 *  - ESRCH for a pid that does not exist (a reaped child).
 */
#include "tst.h"

static void run(void)
{
	long pg0 = syscall(SYS_getpgid, 0);
	pid_t child;
	int status;

	TST_EXP_EXPR(pg0 > 0, "getpgid(0) returned %ld", pg0);
	TST_EXP_VAL(syscall(SYS_getpgid, getpid()), pg0, "getpgid(getpid())");
	TST_EXP_VAL(getpgrp(), pg0, "getpgrp()");

	child = SAFE_FORK();
	if (child == 0) {
		long pg = syscall(SYS_getpgid, 0);
		_exit(pg == pg0 ? 0 : 1);
	}
	TST_EXP_VAL(syscall(SYS_getpgid, child), pg0, "getpgid(child)");
	SAFE_WAITPID(child, &status, 0);
	TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
		     "child inherited process group (%s)", tst_strstatus(status));
	TST_EXP_FAIL(syscall(SYS_getpgid, child), ESRCH, "getpgid(reaped child)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
