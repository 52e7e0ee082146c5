// SPDX-License-Identifier: Apache-2.0
/*
 * getrusage01 - getrusage(2).
 *
 * Checks, one case per "who":
 *  - RUSAGE_SELF, RUSAGE_THREAD and RUSAGE_CHILDREN succeed with
 *    normalized timevals;
 *  - user CPU time of RUSAGE_SELF grows after ~50 ms of busy looping, and
 *    ru_maxrss > 0;
 *  - RUSAGE_CHILDREN grows after reaping a child that spun ~50 ms, and
 *    does not count a child that has not been waited for;
 *  - errors: EINVAL (who 99), EFAULT (bad usage pointer).
 */
#include "tst.h"
#include <time.h>
#include <sys/resource.h>

static long us(const struct timeval *tv) { return tv->tv_sec * 1000000L + tv->tv_usec; }

static void spin(long ms)
{
	struct timespec t0, t1;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	do {
		for (volatile int i = 0; i < 10000; i++)
			;
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	} while ((t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000 < ms);
}

static const struct tcase {
	const char *name;
	int who;
} cases[] = {
	{ "RUSAGE_SELF", RUSAGE_SELF },
	{ "RUSAGE_THREAD", RUSAGE_THREAD },
	{ "RUSAGE_CHILDREN", RUSAGE_CHILDREN },
};

static void run(unsigned int n)
{
	const struct tcase *tc = &cases[n];
	struct rusage a, b;
	pid_t pid;

	TST_EXP_PASS(getrusage(tc->who, &a), "getrusage(%s)", tc->name);
	TST_EXP_EXPR(a.ru_utime.tv_usec >= 0 && a.ru_utime.tv_usec < 1000000 &&
		     a.ru_stime.tv_usec >= 0 && a.ru_stime.tv_usec < 1000000,
		     "%s timevals normalized", tc->name);
	if (tc->who != RUSAGE_CHILDREN) {
		spin(50);
		getrusage(tc->who, &b);
		TST_EXP_EXPR(us(&b.ru_utime) + us(&b.ru_stime) >= us(&a.ru_utime) + us(&a.ru_stime) + 30000,
			     "%s CPU time grew by %ld us", tc->name,
			     us(&b.ru_utime) + us(&b.ru_stime) - us(&a.ru_utime) - us(&a.ru_stime));
		TST_EXP_EXPR(b.ru_maxrss > 0, "%s ru_maxrss %ld KiB", tc->name, b.ru_maxrss);
		return;
	}
	pid = SAFE_FORK();
	if (pid == 0) {
		spin(50);
		_exit(0);
	}
	{
		siginfo_t si;

		waitid(P_PID, pid, &si, WEXITED | WNOWAIT);
	}
	getrusage(RUSAGE_CHILDREN, &b);
	TST_EXP_EXPR(us(&b.ru_utime) + us(&b.ru_stime) == us(&a.ru_utime) + us(&a.ru_stime),
		     "unwaited child not counted yet");
	SAFE_WAITPID(pid, NULL, 0);
	getrusage(RUSAGE_CHILDREN, &b);
	TST_EXP_EXPR(us(&b.ru_utime) + us(&b.ru_stime) >= us(&a.ru_utime) + us(&a.ru_stime) + 30000,
		     "reaped child's CPU time counted (+%ld us)",
		     us(&b.ru_utime) + us(&b.ru_stime) - us(&a.ru_utime) - us(&a.ru_stime));
	TST_EXP_FAIL(getrusage(99, &a), EINVAL, "getrusage(99)");
	TST_EXP_FAIL(getrusage(RUSAGE_SELF, tst_bad_addr()), EFAULT, "getrusage(bad pointer)");
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
