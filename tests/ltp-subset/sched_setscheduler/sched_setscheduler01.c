// SPDX-License-Identifier: Apache-2.0
/*
 * sched_setscheduler01 - sched_setscheduler(2), in forked children only.
 *
 * Checks, one case per row:
 *  - SCHED_BATCH, SCHED_IDLE and SCHED_OTHER with priority 0 are set on
 *    self and read back with sched_getscheduler;
 *  - SCHED_BATCH | SCHED_RESET_ON_FORK is reported by sched_getscheduler;
 *    a grandchild keeps SCHED_BATCH (only RT/deadline policies are reset)
 *    but not the reset-on-fork flag;
 *  - SCHED_FIFO from a child that dropped to uid 65534 with RLIMIT_RTPRIO
 *    0 fails with EPERM (TCONF if the drop fails);
 *  - errors: EINVAL (policy 99; SCHED_OTHER with priority 1; NULL param;
 *    pid -1), ESRCH (reaped pid).
 */
#include "tst.h"
#include <grp.h>
#include <sched.h>
#include <sys/resource.h>

#ifndef SCHED_RESET_ON_FORK
#define SCHED_RESET_ON_FORK 0x40000000
#endif

static const struct tcase {
	const char *name;
	int policy, prio, exp_err;
} cases[] = {
	{ "SCHED_BATCH", SCHED_BATCH, 0, 0 },
	{ "SCHED_IDLE", SCHED_IDLE, 0, 0 },
	{ "SCHED_OTHER", SCHED_OTHER, 0, 0 },
	{ "policy 99", 99, 0, EINVAL },
	{ "SCHED_OTHER priority 1", SCHED_OTHER, 1, EINVAL },
};

static int child(const struct tcase *tc)
{
	struct sched_param sp = { .sched_priority = tc->prio };
	int r = sched_setscheduler(0, tc->policy, &sp);

	if (tc->exp_err)
		return r == -1 && errno == tc->exp_err ? 0 : 1;
	return r == 0 && sched_getscheduler(0) == tc->policy ? 0 : 1;
}

static void run_more(void)
{
	struct sched_param sp = { 0 };
	int status;
	pid_t pid;

	pid = SAFE_FORK();
	if (pid == 0) {
		pid_t gc;
		int st;

		if (sched_setscheduler(0, SCHED_BATCH | SCHED_RESET_ON_FORK, &sp) ||
		    sched_getscheduler(0) != (SCHED_BATCH | SCHED_RESET_ON_FORK))
			_exit(1);
		gc = fork();
		if (gc == 0)
			_exit(sched_getscheduler(0) == SCHED_BATCH ? 0 : 1);
		waitpid(gc, &st, 0);
		_exit(WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : 2);
	}
	tst_check_child_exit(pid, 0, "SCHED_RESET_ON_FORK reported, flag cleared in the grandchild");

	TST_EXP_FAIL(sched_setscheduler(0, SCHED_OTHER, NULL), EINVAL, "sched_setscheduler(NULL param)");
	TST_EXP_FAIL(sched_setscheduler(-1, SCHED_OTHER, &sp), EINVAL, "sched_setscheduler(pid -1)");
	TST_EXP_FAIL(sched_setscheduler(pid, SCHED_OTHER, &sp), ESRCH, "sched_setscheduler(reaped pid)");

	pid = SAFE_FORK();
	if (pid == 0) {
		struct rlimit rl = { 0, 0 };
		struct sched_param fp = { .sched_priority = 1 };

		setgroups(0, NULL);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
			_exit(32);
		setrlimit(RLIMIT_RTPRIO, &rl);
		_exit(sched_setscheduler(0, SCHED_FIFO, &fp) == -1 && errno == EPERM ? 0 : 1);
	}
	SAFE_WAITPID(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
		tst_res(TCONF, "cannot drop to uid 65534");
	else
		TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			     "unprivileged SCHED_FIFO -> EPERM (%s)", tst_strstatus(status));
}

static void run(unsigned int n)
{
	pid_t pid;
	int status;

	if (n == ARRAY_SIZE(cases)) {
		run_more();
		return;
	}
	pid = SAFE_FORK();
	if (pid == 0)
		_exit(child(&cases[n]));
	SAFE_WAITPID(pid, &status, 0);
	TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0, "sched_setscheduler(%s) %s (%s)",
		     cases[n].name, cases[n].exp_err ? tst_errno_name(cases[n].exp_err) : "reads back",
		     tst_strstatus(status));
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) + 1 };
TST_MAIN(test)
