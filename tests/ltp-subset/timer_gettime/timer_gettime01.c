// SPDX-License-Identifier: Apache-2.0
/*
 * timer_gettime01 - timer_gettime(2).
 *
 * Checks:
 *  - a disarmed timer reports zero;
 *  - an armed 10 s timer reports remaining time in (9 s, 10 s] and the
 *    interval; the remaining time decreases;
 *  - an absolute setting is reported as relative remaining time;
 *  - errors: EINVAL (deleted or bogus timer id), EFAULT (bad curr_value).
 */
#include "tst.h"
#include <time.h>

static void run(void)
{
	struct sigevent sev = { .sigev_notify = SIGEV_NONE };
	struct itimerspec its = { { 1, 250 }, { 10, 0 } }, cur, cur2, abs = { { 0, 0 }, { 0, 0 } };
	struct timespec now;
	timer_t t, gone;

	if (timer_create(CLOCK_MONOTONIC, &sev, &t))
		tst_brk(TBROK | TERRNO, "timer_create");
	TST_EXP_PASS(timer_gettime(t, &cur), "timer_gettime(disarmed)");
	TST_EXP_EXPR(!cur.it_value.tv_sec && !cur.it_value.tv_nsec, "disarmed timer reports 0");
	timer_settime(t, 0, &its, NULL);
	timer_gettime(t, &cur);
	TST_EXP_EXPR(cur.it_value.tv_sec == 9 || (cur.it_value.tv_sec == 10 && !cur.it_value.tv_nsec),
		     "remaining %ld.%09ld s", (long)cur.it_value.tv_sec, cur.it_value.tv_nsec);
	TST_EXP_EXPR(cur.it_interval.tv_sec == 1 && cur.it_interval.tv_nsec == 250, "interval 1.000000250");
	usleep(10000);
	timer_gettime(t, &cur2);
	TST_EXP_EXPR(cur2.it_value.tv_sec * 1000000000LL + cur2.it_value.tv_nsec <
		     cur.it_value.tv_sec * 1000000000LL + cur.it_value.tv_nsec, "remaining time decreases");
	clock_gettime(CLOCK_MONOTONIC, &now);
	abs.it_value.tv_sec = now.tv_sec + 5;
	abs.it_value.tv_nsec = now.tv_nsec;
	timer_settime(t, TIMER_ABSTIME, &abs, NULL);
	timer_gettime(t, &cur);
	TST_EXP_EXPR(cur.it_value.tv_sec == 4 || cur.it_value.tv_sec == 5,
		     "absolute setting reported as %ld s remaining", (long)cur.it_value.tv_sec);
	TST_EXP_FAIL(syscall(SYS_timer_gettime, t, tst_bad_addr()), EFAULT, "bad curr_value");
	timer_create(CLOCK_MONOTONIC, &sev, &gone);
	timer_delete(gone);
	TST_EXP_FAIL(timer_gettime(gone, &cur), EINVAL, "deleted timer");
	TST_EXP_FAIL(syscall(SYS_timer_gettime, 123456, &cur), EINVAL, "timer id 123456");
	timer_delete(t);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
