// SPDX-License-Identifier: Apache-2.0
/*
 * times01 - times(2).
 *
 * Checks:
 *  - the return value (clock ticks since an arbitrary point) grows by
 *    about 10 ticks over 100 ms of sleep (sysconf(_SC_CLK_TCK) = 100);
 *  - tms_utime + tms_stime grow after ~100 ms of busy looping;
 *  - tms_cutime + tms_cstime include a reaped child's ~100 ms;
 *  - a NULL buffer is allowed (Linux);
 *  - errors: EFAULT (bad buffer, raw syscall).
 */
#include "tst.h"
#include <time.h>
#include <sys/times.h>

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

static void run(void)
{
	long hz = sysconf(_SC_CLK_TCK);
	struct tms a, b;
	clock_t t0, t1;
	pid_t pid;

	t0 = times(&a);
	TST_EXP_EXPR(t0 != (clock_t)-1, "times() = %ld", (long)t0);
	usleep(100000);
	t1 = times(&b);
	TST_EXP_EXPR(t1 - t0 >= hz / 10 - 1 && t1 - t0 < 2 * hz, "%ld ticks over 100 ms (hz %ld)",
		     (long)(t1 - t0), hz);
	spin(100);
	times(&b);
	TST_EXP_EXPR((b.tms_utime + b.tms_stime) - (a.tms_utime + a.tms_stime) >= hz / 20,
		     "own CPU ticks grew by %ld", (long)((b.tms_utime + b.tms_stime) -
							(a.tms_utime + a.tms_stime)));
	pid = SAFE_FORK();
	if (pid == 0) {
		spin(100);
		_exit(0);
	}
	SAFE_WAITPID(pid, NULL, 0);
	times(&b);
	TST_EXP_EXPR((b.tms_cutime + b.tms_cstime) - (a.tms_cutime + a.tms_cstime) >= hz / 20,
		     "children's CPU ticks grew by %ld", (long)((b.tms_cutime + b.tms_cstime) -
							      (a.tms_cutime + a.tms_cstime)));
	TST_EXP_EXPR(times(NULL) != (clock_t)-1, "times(NULL) allowed");
	TST_EXP_FAIL(syscall(SYS_times, tst_bad_addr()), EFAULT, "times(bad buffer)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
