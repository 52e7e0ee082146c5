// SPDX-License-Identifier: Apache-2.0
/*
 * clock_gettime01 - clock_gettime(2) through the raw syscall (bypassing the
 * vDSO), compared with the vDSO path.
 *
 * Checks (case table over clocks): the call succeeds, tv_nsec is in
 * [0, 1e9), and two successive reads do not go backwards (for the
 * monotonic clocks); REALTIME agrees with the vDSO/libc value within 1 s;
 * PROCESS_CPUTIME advances with CPU work;
 * errors: EINVAL for an invalid clock id; EFAULT for a bad pointer.
 */
#include "tst.h"
#include <time.h>

static const struct { clockid_t id; const char *name; int mono; } cases[] = {
	{ CLOCK_REALTIME, "CLOCK_REALTIME", 0 },
	{ CLOCK_MONOTONIC, "CLOCK_MONOTONIC", 1 },
	{ CLOCK_MONOTONIC_RAW, "CLOCK_MONOTONIC_RAW", 1 },
	{ CLOCK_BOOTTIME, "CLOCK_BOOTTIME", 1 },
	{ CLOCK_REALTIME_COARSE, "CLOCK_REALTIME_COARSE", 0 },
	{ CLOCK_MONOTONIC_COARSE, "CLOCK_MONOTONIC_COARSE", 1 },
	{ CLOCK_PROCESS_CPUTIME_ID, "CLOCK_PROCESS_CPUTIME_ID", 1 },
	{ CLOCK_THREAD_CPUTIME_ID, "CLOCK_THREAD_CPUTIME_ID", 1 },
};

static long long ns(struct timespec *t) { return t->tv_sec * 1000000000LL + t->tv_nsec; }

static void run(unsigned int n)
{
	struct timespec a, b;

	TST_EXP_PASS(syscall(SYS_clock_gettime, cases[n].id, &a), "clock_gettime(%s)",
		     cases[n].name);
	if (!TST_PASS)
		return;
	syscall(SYS_clock_gettime, cases[n].id, &b);
	TST_EXP_EXPR(a.tv_nsec >= 0 && a.tv_nsec < 1000000000, "%s tv_nsec %ld in range",
		     cases[n].name, a.tv_nsec);
	if (cases[n].mono)
		TST_EXP_EXPR(ns(&b) >= ns(&a), "%s does not go backwards", cases[n].name);
	if (cases[n].id == CLOCK_REALTIME) {
		clock_gettime(CLOCK_REALTIME, &b);
		TST_EXP_EXPR(llabs(ns(&b) - ns(&a)) < 1000000000LL,
			     "raw and vDSO CLOCK_REALTIME agree within 1 s");
	}
	if (cases[n].id == CLOCK_PROCESS_CPUTIME_ID) {
		volatile unsigned long x = 0;
		for (unsigned long i = 0; i < 20000000; i++)
			x += i;
		syscall(SYS_clock_gettime, cases[n].id, &b);
		TST_EXP_EXPR(ns(&b) > ns(&a), "CPU time advanced by %lld ns", ns(&b) - ns(&a));
	}
	if (n == ARRAY_SIZE(cases) - 1) {
		TST_EXP_FAIL(syscall(SYS_clock_gettime, 12345, &a), EINVAL,
			     "clock_gettime(clock 12345)");
		TST_EXP_FAIL(syscall(SYS_clock_gettime, CLOCK_REALTIME, tst_bad_addr()),
			     EFAULT, "clock_gettime(bad pointer)");
	}
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
