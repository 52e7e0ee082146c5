// SPDX-License-Identifier: Apache-2.0
/*
 * timer_settime01 - timer_settime(2).
 *
 * Checks:
 *  - a 30 ms relative one-shot timer fires once (SIGUSR1 counted) and
 *    not before about 25 ms;
 *  - a 5 ms periodic timer fires repeatedly;
 *  - TIMER_ABSTIME with an absolute time in the past fires at once;
 *  - old_value returns the previous setting; a zero it_value disarms
 *    (no further signals);
 *  - errors: EINVAL (tv_nsec >= 1e9; negative tv_sec; deleted or bogus
 *    timer id), EFAULT (bad new_value).
 */
#include "tst.h"
#include <time.h>

static volatile sig_atomic_t fired;

static void handler(int sig) { (void)sig; fired++; }

static void run(void)
{
	struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1 };
	struct itimerspec one = { { 0, 0 }, { 0, 30000000 } }, per = { { 0, 5000000 }, { 0, 5000000 } };
	struct itimerspec zero = { { 0, 0 }, { 0, 0 } }, old, abs = { { 0, 0 }, { 1, 0 } };
	struct itimerspec badns = { { 0, 0 }, { 0, 1000000000 } }, negs = { { 0, 0 }, { -1, 0 } };
	struct timespec t0, t1;
	timer_t t, gone;
	long ms;
	int n;

	SAFE_SIGNAL(SIGUSR1, handler);
	if (timer_create(CLOCK_MONOTONIC, &sev, &t))
		tst_brk(TBROK | TERRNO, "timer_create");
	clock_gettime(CLOCK_MONOTONIC, &t0);
	TST_EXP_PASS(timer_settime(t, 0, &one, NULL), "timer_settime(30 ms one-shot)");
	while (!fired)
		pause();
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
	TST_EXP_EXPR(ms >= 25, "fired after %ld ms", ms);
	usleep(40000);
	TST_EXP_EQ(fired, 1);

	fired = 0;
	TST_EXP_PASS(timer_settime(t, 0, &per, NULL), "timer_settime(5 ms periodic)");
	for (int i = 0; i < 100 && fired < 3; i++)
		usleep(5000);
	TST_EXP_EXPR(fired >= 3, "periodic timer fired %d times", (int)fired);
	TST_EXP_PASS(timer_settime(t, 0, &zero, &old), "disarm, old_value");
	TST_EXP_EXPR(old.it_interval.tv_nsec == 5000000, "old interval is 5 ms");
	n = fired;
	usleep(30000);
	TST_EXP_EXPR(fired == n, "no signals after disarming");

	fired = 0;
	TST_EXP_PASS(timer_settime(t, TIMER_ABSTIME, &abs, NULL), "TIMER_ABSTIME at 1 s (past)");
	for (int i = 0; i < 100 && !fired; i++)
		usleep(2000);
	TST_EXP_EQ(fired, 1);

	TST_EXP_FAIL(timer_settime(t, 0, &badns, NULL), EINVAL, "tv_nsec 1e9");
	TST_EXP_FAIL(timer_settime(t, 0, &negs, NULL), EINVAL, "tv_sec -1");
	TST_EXP_FAIL(syscall(SYS_timer_settime, t, 0, tst_bad_addr(), NULL), EFAULT, "bad new_value");
	timer_create(CLOCK_MONOTONIC, &sev, &gone);
	timer_delete(gone);
	TST_EXP_FAIL(timer_settime(gone, 0, &one, NULL), EINVAL, "deleted timer");
	TST_EXP_FAIL(syscall(SYS_timer_settime, 123456, 0, &one, NULL), EINVAL, "timer id 123456");
	timer_delete(t);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
