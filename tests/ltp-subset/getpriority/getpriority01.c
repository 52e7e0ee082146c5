// SPDX-License-Identifier: Apache-2.0
/*
 * getpriority01 - getpriority(2) (glibc returns the nice value; the raw
 * syscall returns 20 - nice).
 *
 * Checks, one case per "which":
 *  - PRIO_PROCESS, PRIO_PGRP and PRIO_USER with who 0 succeed and agree
 *    with our own nice value;
 *  - the raw syscall returns 20 - nice;
 *  - a child that raised its nice to 7 reads 7 (and the parent reads the
 *    child's 7 by pid);
 *  - errors: EINVAL (which 99), ESRCH (pid of a reaped child).
 */
#include "tst.h"
#include <sys/resource.h>

static void run(void)
{
	int me, go[2], rd[2];
	char c = 0;
	pid_t pid;

	errno = 0;
	me = getpriority(PRIO_PROCESS, 0);
	TST_EXP_EXPR(errno == 0 && me >= -20 && me <= 19, "getpriority(PRIO_PROCESS, 0) = %d", me);
	TST_EXP_VAL(syscall(SYS_getpriority, PRIO_PROCESS, 0), 20 - me, "raw syscall returns 20 - nice");
	errno = 0;
	TST_EXP_EXPR(getpriority(PRIO_PGRP, 0) <= me && errno == 0, "getpriority(PRIO_PGRP, 0)");
	errno = 0;
	TST_EXP_EXPR(getpriority(PRIO_USER, 0) <= me && errno == 0, "getpriority(PRIO_USER, 0)");

	SAFE_PIPE(go);
	SAFE_PIPE(rd);
	pid = SAFE_FORK();
	if (pid == 0) {
		int ok = setpriority(PRIO_PROCESS, 0, me < 7 ? 7 : me) == 0 &&
			 getpriority(PRIO_PROCESS, 0) == (me < 7 ? 7 : me);

		SAFE_WRITE(rd[1], &c, 1);
		SAFE_READ(go[0], &c, 1);
		_exit(ok ? 0 : 1);
	}
	SAFE_READ(rd[0], &c, 1);
	errno = 0;
	TST_EXP_VAL(getpriority(PRIO_PROCESS, pid), me < 7 ? 7 : me, "getpriority(child pid)");
	SAFE_WRITE(go[1], &c, 1);
	tst_check_child_exit(pid, 0, "child raised its nice value and read it back");
	TST_EXP_FAIL(getpriority(99, 0), EINVAL, "getpriority(which 99)");
	TST_EXP_FAIL(getpriority(PRIO_PROCESS, pid), ESRCH, "getpriority(reaped child)");
	close(go[0]);
	close(go[1]);
	close(rd[0]);
	close(rd[1]);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
