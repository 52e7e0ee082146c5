// SPDX-License-Identifier: Apache-2.0
/*
 * sched_getscheduler01 - sched_getscheduler(2) through the raw syscall.
 *
 * Checks:
 *  - a normal process reports SCHED_OTHER (pid 0 and getpid());
 *  - after sched_setscheduler(SCHED_BATCH) / SCHED_IDLE in a child (allowed
 *    unprivileged), the policy is reported back;
 *  - SCHED_RESET_ON_FORK is reported in the return value when set;
 *  - EINVAL for a negative pid; ESRCH for a reaped pid.
 */
#include "tst.h"
#include <sched.h>

static void run(void)
{
	pid_t pid;
	int st;

	TST_EXP_VAL(syscall(SYS_sched_getscheduler, 0), SCHED_OTHER, "sched_getscheduler(0)");
	TST_EXP_VAL(syscall(SYS_sched_getscheduler, getpid()), SCHED_OTHER,
		    "sched_getscheduler(getpid())");
	pid = SAFE_FORK();
	if (pid == 0) {
		struct sched_param q = { 0 };

		if (sched_setscheduler(0, SCHED_BATCH, &q))
			_exit(1);
		if (syscall(SYS_sched_getscheduler, 0) != SCHED_BATCH)
			_exit(2);
		if (sched_setscheduler(0, SCHED_IDLE | SCHED_RESET_ON_FORK, &q))
			_exit(3);
		_exit(syscall(SYS_sched_getscheduler, 0) ==
		      (SCHED_IDLE | SCHED_RESET_ON_FORK) ? 0 : 4);
	}
	SAFE_WAITPID(pid, &st, 0);
	TST_EXP_EXPR(WIFEXITED(st) && WEXITSTATUS(st) == 0,
		     "SCHED_BATCH, then SCHED_IDLE|SCHED_RESET_ON_FORK reported: %s",
		     tst_strstatus(st));
	TST_EXP_FAIL(syscall(SYS_sched_getscheduler, pid), ESRCH,
		     "sched_getscheduler(reaped)");
	TST_EXP_FAIL(syscall(SYS_sched_getscheduler, -1), EINVAL, "sched_getscheduler(-1)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
