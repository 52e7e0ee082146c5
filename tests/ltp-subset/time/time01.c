// SPDX-License-Identifier: Apache-2.0
/*
 * time01 - time(2) through the raw syscall (bypassing the vDSO).
 *
 * Checks:
 *  - time(NULL) returns the current time (agrees with CLOCK_REALTIME
 *    within 1 s, and is after 2020-01-01);
 *  - time(&t) returns the same value it stores in t;
 *  - EFAULT for a bad pointer (raw syscall).
 */
#include "tst.h"
#include <time.h>

static void run(void)
{
	long t1, t2 = 0;
	struct timespec ts;

	t1 = syscall(SYS_time, NULL);
	clock_gettime(CLOCK_REALTIME, &ts);
	TST_EXP_EXPR(labs(ts.tv_sec - t1) <= 1, "time(NULL) %ld agrees with CLOCK_REALTIME %ld",
		     t1, (long)ts.tv_sec);
	TST_EXP_EXPR(t1 > 1577836800L, "time is after 2020-01-01 (%ld)", t1);
	t1 = syscall(SYS_time, &t2);
	TST_EXP_EXPR(t1 == t2, "time(&t) returned %ld and stored %ld", t1, t2);
	TST_EXP_FAIL(syscall(SYS_time, tst_bad_addr()), EFAULT, "time(bad pointer)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
