// SPDX-License-Identifier: Apache-2.0
/*
 * sched_setparam01 - sched_setparam(2) through the raw syscall.
 *
 * Checks:
 *  - under SCHED_OTHER, priority 0 for ourselves (pid 0 and our own pid)
 *    succeeds and sched_getparam still reports 0, policy unchanged;
 *  - priority 0 for our own child succeeds;
 *  - errors: EINVAL (priority 1 and -1 under SCHED_OTHER), EINVAL (NULL
 *    param), EINVAL (negative pid), ESRCH (pid of a reaped child).
 */
#include "tst.h"
#include <sched.h>

static long ssp(pid_t pid, const struct sched_param *p)
{
	return syscall(SYS_sched_setparam, pid, p);
}

static void run(void)
{
	struct sched_param p = { .sched_priority = 0 }, g = { .sched_priority = -5 };
	pid_t pid;

	if (sched_getscheduler(0) != SCHED_OTHER)
		tst_brk(TCONF, "not running under SCHED_OTHER");
	TST_EXP_PASS(ssp(0, &p), "sched_setparam(0, prio 0)");
	TST_EXP_PASS(ssp(getpid(), &p), "sched_setparam(getpid(), prio 0)");
	TST_EXP_PASS(sched_getparam(0, &g), "sched_getparam");
	TST_EXP_EQ(g.sched_priority, 0);
	TST_EXP_VAL(sched_getscheduler(0), SCHED_OTHER, "policy still SCHED_OTHER");

	pid = SAFE_FORK();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	TST_EXP_PASS(ssp(pid, &p), "sched_setparam(child, prio 0)");
	SAFE_KILL(pid, SIGKILL);
	SAFE_WAITPID(pid, NULL, 0);

	p.sched_priority = 1;
	TST_EXP_FAIL(ssp(0, &p), EINVAL, "priority 1 under SCHED_OTHER");
	p.sched_priority = -1;
	TST_EXP_FAIL(ssp(0, &p), EINVAL, "priority -1 under SCHED_OTHER");
	p.sched_priority = 0;
	TST_EXP_FAIL(ssp(0, NULL), EINVAL, "NULL param");
	TST_EXP_FAIL(ssp(-1, &p), EINVAL, "pid -1");
	TST_EXP_FAIL(ssp(pid, &p), ESRCH, "pid of a reaped child");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
