// SPDX-License-Identifier: Apache-2.0
/*
 * gettimeofday01 - gettimeofday(2) through the raw syscall (bypassing the
 * vDSO).
 *
 * Checks:
 *  - returns 0, tv_usec in [0, 1e6);
 *  - agrees with clock_gettime(CLOCK_REALTIME) within 1 s;
 *  - does not go backwards over a short loop (no clock steps expected);
 *  - a NULL tv with a timezone pointer is allowed;
 *  - EFAULT for a bad tv pointer.
 */
#include "tst.h"
#include <sys/time.h>
#include <time.h>

static void run(void)
{
	struct timeval tv, prev;
	struct timezone tz;
	struct timespec ts;
	int mono = 1;

	TST_EXP_PASS(syscall(SYS_gettimeofday, &tv, NULL), "gettimeofday(&tv, NULL)");
	TST_EXP_EXPR(tv.tv_usec >= 0 && tv.tv_usec < 1000000, "tv_usec %ld", (long)tv.tv_usec);
	clock_gettime(CLOCK_REALTIME, &ts);
	TST_EXP_EXPR(labs(ts.tv_sec - tv.tv_sec) <= 1, "agrees with CLOCK_REALTIME (%ld vs %ld)",
		     (long)tv.tv_sec, (long)ts.tv_sec);
	prev = tv;
	for (int i = 0; i < 1000; i++) {
		syscall(SYS_gettimeofday, &tv, NULL);
		if (timercmp(&tv, &prev, <))
			mono = 0;
		prev = tv;
	}
	TST_EXP_EXPR(mono, "1000 successive reads never went backwards");
	TST_EXP_PASS(syscall(SYS_gettimeofday, NULL, &tz), "gettimeofday(NULL, &tz)");
	TST_EXP_FAIL(syscall(SYS_gettimeofday, tst_bad_addr(), NULL), EFAULT,
		     "gettimeofday(bad pointer)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
