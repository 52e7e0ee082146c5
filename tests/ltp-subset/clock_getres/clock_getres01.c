// SPDX-License-Identifier: Apache-2.0
/*
 * clock_getres01 - clock_getres(2) through the raw syscall.
 *
 * Checks (case table over clocks): returns 0 and a resolution in
 * (0, 1 s]; a NULL res pointer is allowed;
 * errors: EINVAL for an invalid clock id; EFAULT for a bad pointer.
 */
#include "tst.h"
#include <time.h>

static const struct { clockid_t id; const char *name; } cases[] = {
	{ CLOCK_REALTIME, "CLOCK_REALTIME" }, { CLOCK_MONOTONIC, "CLOCK_MONOTONIC" },
	{ CLOCK_MONOTONIC_RAW, "CLOCK_MONOTONIC_RAW" }, { CLOCK_BOOTTIME, "CLOCK_BOOTTIME" },
	{ CLOCK_PROCESS_CPUTIME_ID, "CLOCK_PROCESS_CPUTIME_ID" },
	{ CLOCK_THREAD_CPUTIME_ID, "CLOCK_THREAD_CPUTIME_ID" },
	{ CLOCK_MONOTONIC_COARSE, "CLOCK_MONOTONIC_COARSE" },
};

static void run(unsigned int n)
{
	struct timespec r = { -1, -1 };

	TST_EXP_PASS(syscall(SYS_clock_getres, cases[n].id, &r), "clock_getres(%s)",
		     cases[n].name);
	TST_EXP_EXPR((r.tv_sec == 0 && r.tv_nsec > 0) || (r.tv_sec == 1 && r.tv_nsec == 0),
		     "%s resolution %ld.%09ld in (0, 1 s]", cases[n].name,
		     (long)r.tv_sec, r.tv_nsec);
	TST_EXP_PASS(syscall(SYS_clock_getres, cases[n].id, NULL), "clock_getres(%s, NULL)",
		     cases[n].name);
	if (n == ARRAY_SIZE(cases) - 1) {
		TST_EXP_FAIL(syscall(SYS_clock_getres, 12345, &r), EINVAL,
			     "clock_getres(clock 12345)");
		TST_EXP_FAIL(syscall(SYS_clock_getres, CLOCK_REALTIME, tst_bad_addr()),
			     EFAULT, "clock_getres(bad pointer)");
	}
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
