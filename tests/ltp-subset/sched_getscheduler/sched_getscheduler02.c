// SPDX-License-Identifier: Apache-2.0
/*
 * sched_getscheduler02 - sched_getscheduler(2) seen from another process.
 *
 * Checks:
 *  - our own policy (pid 0 and getpid()) is a known policy, normally
 *    SCHED_OTHER;
 *  - a child that switched to SCHED_BATCH (then SCHED_IDLE) is read back
 *    by pid from the parent;
 *  - a forked child inherits the policy;
 *  - errors: EINVAL (pid -1), ESRCH (reaped pid).
 */
#include "tst.h"
#include <sched.h>

static void run(void)
{
	struct sched_param sp = { 0 };
	int me = sched_getscheduler(0), go[2], rd[2];
	char c = 0;
	pid_t pid;

	TST_EXP_EXPR(me == SCHED_OTHER || me == SCHED_BATCH || me == SCHED_IDLE ||
		     me == SCHED_FIFO || me == SCHED_RR, "sched_getscheduler(0) = %d", me);
	TST_EXP_VAL(sched_getscheduler(getpid()), me, "sched_getscheduler(getpid())");
	SAFE_PIPE(go);
	SAFE_PIPE(rd);
	pid = SAFE_FORK();
	if (pid == 0) {
		pid_t gc;
		int st;

		sched_setscheduler(0, SCHED_BATCH, &sp);
		SAFE_WRITE(rd[1], &c, 1);
		SAFE_READ(go[0], &c, 1);
		sched_setscheduler(0, SCHED_IDLE, &sp);
		gc = fork();
		if (gc == 0)
			_exit(sched_getscheduler(0) == SCHED_IDLE ? 0 : 1);
		waitpid(gc, &st, 0);
		SAFE_WRITE(rd[1], &c, 1);
		SAFE_READ(go[0], &c, 1);
		_exit(WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : 1);
	}
	SAFE_READ(rd[0], &c, 1);
	TST_EXP_VAL(sched_getscheduler(pid), SCHED_BATCH, "child reads as SCHED_BATCH");
	SAFE_WRITE(go[1], &c, 1);
	SAFE_READ(rd[0], &c, 1);
	TST_EXP_VAL(sched_getscheduler(pid), SCHED_IDLE, "child reads as SCHED_IDLE");
	SAFE_WRITE(go[1], &c, 1);
	tst_check_child_exit(pid, 0, "grandchild inherited SCHED_IDLE");
	TST_EXP_FAIL(sched_getscheduler(-1), EINVAL, "sched_getscheduler(-1)");
	TST_EXP_FAIL(sched_getscheduler(pid), ESRCH, "sched_getscheduler(reaped pid)");
	close(go[0]);
	close(go[1]);
	close(rd[0]);
	close(rd[1]);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
