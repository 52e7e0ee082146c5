// SPDX-License-Identifier: Apache-2.0
/*
 * sched_getparam01 - sched_getparam(2) through the raw syscall.
 *
 * Checks:
 *  - for a SCHED_OTHER process the priority is 0 (pid 0, getpid(), and a
 *    child);
 *  - EINVAL for a negative pid and a NULL param; ESRCH for a reaped pid;
 *  - as root (TCONF otherwise): after sched_setscheduler(SCHED_FIFO, 10)
 *    in a child, sched_getparam reports 10.
 */
#include "tst.h"
#include <sched.h>

static void run(void)
{
	struct sched_param p = { .sched_priority = 99 };
	pid_t pid;

	TST_EXP_PASS(syscall(SYS_sched_getparam, 0, &p), "sched_getparam(0)");
	TST_EXP_EQ(p.sched_priority, 0);
	p.sched_priority = 99;
	TST_EXP_PASS(syscall(SYS_sched_getparam, getpid(), &p), "sched_getparam(getpid())");
	TST_EXP_EQ(p.sched_priority, 0);
	pid = SAFE_FORK();
	if (pid == 0)
		_exit(0);
	SAFE_WAITPID(pid, NULL, 0);
	TST_EXP_FAIL(syscall(SYS_sched_getparam, pid, &p), ESRCH, "sched_getparam(reaped)");
	TST_EXP_FAIL(syscall(SYS_sched_getparam, -1, &p), EINVAL, "sched_getparam(-1)");
	TST_EXP_FAIL(syscall(SYS_sched_getparam, 0, NULL), EINVAL, "sched_getparam(0, NULL)");

	pid = SAFE_FORK();
	if (pid == 0) {
		struct sched_param q = { .sched_priority = 10 };

		if (sched_setscheduler(0, SCHED_FIFO, &q))
			_exit(errno == EPERM ? 32 : 2);
		q.sched_priority = 0;
		syscall(SYS_sched_getparam, 0, &q);
		_exit(q.sched_priority == 10 ? 0 : 1);
	}
	int st;
	SAFE_WAITPID(pid, &st, 0);
	if (WIFEXITED(st) && WEXITSTATUS(st) == 32)
		tst_res(TCONF, "SCHED_FIFO not permitted (EPERM)");
	else
		TST_EXP_EXPR(WIFEXITED(st) && WEXITSTATUS(st) == 0,
			     "SCHED_FIFO priority 10 reported: child %s", tst_strstatus(st));
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
