// SPDX-License-Identifier: Apache-2.0
/*
 * getitimer01 - getitimer(2).
 *
 * Checks, one case per timer:
 *  - a disarmed timer reads 0;
 *  - an armed timer (10 s value, 2 s interval) reads back its interval
 *    and a value in (0, 10 s];
 *  - ITIMER_REAL counts down in wall time;
 *  - a forked child starts with its timers disarmed;
 *  - errors: EINVAL (which = 99), EFAULT (bad curr_value).
 */
#include "tst.h"
#include <sys/time.h>

static const struct tcase {
	const char *name;
	int which;
} cases[] = {
	{ "ITIMER_REAL", ITIMER_REAL },
	{ "ITIMER_VIRTUAL", ITIMER_VIRTUAL },
	{ "ITIMER_PROF", ITIMER_PROF },
};

static void run(unsigned int n)
{
	const struct tcase *tc = &cases[n];
	struct itimerval it = { { 2, 0 }, { 10, 0 } }, cur, cur2, zero = { { 0, 0 }, { 0, 0 } };
	pid_t pid;

	TST_EXP_PASS(getitimer(tc->which, &cur), "getitimer(%s)", tc->name);
	TST_EXP_EXPR(!cur.it_value.tv_sec && !cur.it_value.tv_usec, "%s disarmed at start", tc->name);
	setitimer(tc->which, &it, NULL);
	getitimer(tc->which, &cur);
	TST_EXP_EXPR(cur.it_interval.tv_sec == 2 && cur.it_value.tv_sec <= 10 &&
		     (cur.it_value.tv_sec > 0 || cur.it_value.tv_usec > 0),
		     "%s: interval %ld s, value %ld.%06ld s", tc->name, (long)cur.it_interval.tv_sec,
		     (long)cur.it_value.tv_sec, (long)cur.it_value.tv_usec);
	if (tc->which == ITIMER_REAL) {
		usleep(20000);
		getitimer(tc->which, &cur2);
		TST_EXP_EXPR(cur2.it_value.tv_sec * 1000000L + cur2.it_value.tv_usec <
			     cur.it_value.tv_sec * 1000000L + cur.it_value.tv_usec,
			     "ITIMER_REAL counts down");
	}
	pid = SAFE_FORK();
	if (pid == 0) {
		getitimer(tc->which, &cur);
		_exit(!cur.it_value.tv_sec && !cur.it_value.tv_usec ? 0 : 1);
	}
	tst_check_child_exit(pid, 0, "child's timer is disarmed after fork");
	setitimer(tc->which, &zero, NULL);
	TST_EXP_FAIL(getitimer(tc->which, tst_bad_addr()), EFAULT, "getitimer(%s, bad)", tc->name);
	if (n == 0)
		TST_EXP_FAIL(getitimer(99, &cur), EINVAL, "getitimer(which 99)");
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
