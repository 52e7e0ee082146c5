// SPDX-License-Identifier: Apache-2.0
/*
 * sched_rr_get_interval01 - sched_rr_get_interval(2).
 *
 * Checks:
 *  - for our SCHED_OTHER task (pid 0 and getpid()) it succeeds with a
 *    normalized timespec (tv_sec >= 0, 0 <= tv_nsec < 1e9); CFS reports a
 *    slice or 0;
 *  - for a SCHED_RR child it reports a positive quantum (TCONF when
 *    SCHED_RR is not permitted);
 *  - errors: EINVAL (pid -1), ESRCH (reaped pid), EFAULT (bad tp).
 */
#include "tst.h"
#include <sched.h>
#include <time.h>

static void run(void)
{
	struct timespec ts = { -1, -1 };
	int status;
	pid_t pid;

	TST_EXP_PASS(sched_rr_get_interval(0, &ts), "sched_rr_get_interval(0)");
	TST_EXP_EXPR(ts.tv_sec >= 0 && ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000,
		     "SCHED_OTHER interval %ld.%09ld", (long)ts.tv_sec, ts.tv_nsec);
	TST_EXP_PASS(sched_rr_get_interval(getpid(), &ts), "sched_rr_get_interval(getpid())");

	pid = SAFE_FORK();
	if (pid == 0) {
		struct sched_param sp = { .sched_priority = 1 };
		struct timespec t = { 0, 0 };

		if (sched_setscheduler(0, SCHED_RR, &sp))
			_exit(32);
		_exit(sched_rr_get_interval(0, &t) == 0 && (t.tv_sec > 0 || t.tv_nsec > 0) ? 0 : 1);
	}
	SAFE_WAITPID(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
		tst_res(TCONF, "SCHED_RR not permitted here");
	else
		TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			     "SCHED_RR child has a positive quantum (%s)", tst_strstatus(status));
	TST_EXP_FAIL(sched_rr_get_interval(-1, &ts), EINVAL, "sched_rr_get_interval(-1)");
	TST_EXP_FAIL(sched_rr_get_interval(pid, &ts), ESRCH, "sched_rr_get_interval(reaped pid)");
	TST_EXP_FAIL(syscall(SYS_sched_rr_get_interval, 0, tst_bad_addr()), EFAULT,
		     "sched_rr_get_interval(bad tp)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
