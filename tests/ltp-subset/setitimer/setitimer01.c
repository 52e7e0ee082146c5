// SPDX-License-Identifier: Apache-2.0
/*
 * setitimer01 - setitimer(2).
 *
 * Checks, one case per timer (ITIMER_REAL -> SIGALRM, ITIMER_VIRTUAL ->
 * SIGVTALRM, ITIMER_PROF -> SIGPROF; the CPU timers are driven by a busy
 * loop):
 *  - a 20 ms one-shot timer delivers its signal once;
 *  - old_value returns the previous setting; setting zero disarms;
 *  - errors: EINVAL (which = 99; tv_usec >= 1000000), EFAULT (bad
 *    new_value).
 */
#include "tst.h"
#include <sys/time.h>
#include <time.h>

static volatile sig_atomic_t fired;

static void handler(int sig) { (void)sig; fired++; }

static const struct tcase {
	const char *name;
	int which, sig;
} cases[] = {
	{ "ITIMER_REAL", ITIMER_REAL, SIGALRM },
	{ "ITIMER_VIRTUAL", ITIMER_VIRTUAL, SIGVTALRM },
	{ "ITIMER_PROF", ITIMER_PROF, SIGPROF },
};

static void run(unsigned int n)
{
	const struct tcase *tc = &cases[n];
	struct itimerval it = { { 0, 0 }, { 0, 20000 } }, old, zero = { { 0, 0 }, { 0, 0 } };
	struct itimerval badu = { { 0, 0 }, { 0, 1000000 } }, big = { { 0, 0 }, { 100, 0 } };
	struct timespec t0, t1;

	fired = 0;
	SAFE_SIGNAL(tc->sig, handler);
	TST_EXP_PASS(setitimer(tc->which, &it, NULL), "setitimer(%s, 20 ms)", tc->name);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	do {
		for (volatile int i = 0; i < 100000; i++)
			;
		clock_gettime(CLOCK_MONOTONIC, &t1);
	} while (!fired && t1.tv_sec - t0.tv_sec < 3);
	TST_EXP_EXPR(fired == 1, "%s delivered %s once", tc->name, tst_sig_name(tc->sig));

	TST_EXP_PASS(setitimer(tc->which, &big, NULL), "setitimer(%s, 100 s)", tc->name);
	TST_EXP_PASS(setitimer(tc->which, &zero, &old), "disarm %s with old_value", tc->name);
	TST_EXP_EXPR(old.it_value.tv_sec > 90 && old.it_value.tv_sec <= 100,
		     "old_value had %ld s remaining", (long)old.it_value.tv_sec);
	getitimer(tc->which, &old);
	TST_EXP_EXPR(!old.it_value.tv_sec && !old.it_value.tv_usec, "%s disarmed", tc->name);
	TST_EXP_FAIL(setitimer(tc->which, &badu, NULL), EINVAL, "%s tv_usec 1000000", tc->name);
	TST_EXP_FAIL(setitimer(tc->which, tst_bad_addr(), NULL), EFAULT, "%s bad new_value", tc->name);
	if (n == 0)
		TST_EXP_FAIL(setitimer(99, &it, NULL), EINVAL, "setitimer(which 99)");
	SAFE_SIGNAL(tc->sig, SIG_DFL);
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
