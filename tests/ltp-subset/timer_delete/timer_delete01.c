// SPDX-License-Identifier: Apache-2.0
/*
 * timer_delete01 - timer_delete(2).
 *
 * Checks:
 *  - deleting an armed timer stops it: no signal arrives after its
 *    expiry time;
 *  - the id is invalid afterwards (timer_gettime EINVAL) and a second
 *    delete fails with EINVAL;
 *  - deleting many timers in a row works (ids are reusable);
 *  - errors: EINVAL (bogus timer id).
 */
#include "tst.h"
#include <time.h>

static volatile sig_atomic_t fired;

static void handler(int sig) { (void)sig; fired++; }

static void run(void)
{
	struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1 };
	struct itimerspec one = { { 0, 0 }, { 0, 20000000 } }, cur;
	timer_t t;
	int ok = 1;

	SAFE_SIGNAL(SIGUSR1, handler);
	if (timer_create(CLOCK_MONOTONIC, &sev, &t))
		tst_brk(TBROK | TERRNO, "timer_create");
	timer_settime(t, 0, &one, NULL);
	TST_EXP_PASS(timer_delete(t), "timer_delete(armed timer)");
	usleep(50000);
	TST_EXP_EQ(fired, 0);
	TST_EXP_FAIL(timer_gettime(t, &cur), EINVAL, "timer_gettime(deleted)");
	TST_EXP_FAIL(timer_delete(t), EINVAL, "timer_delete(deleted)");
	for (int i = 0; i < 100; i++) {
		sev.sigev_notify = SIGEV_NONE;
		ok = ok && timer_create(CLOCK_REALTIME, &sev, &t) == 0 && timer_delete(t) == 0;
	}
	TST_EXP_EXPR(ok, "100 create/delete cycles");
	TST_EXP_FAIL(syscall(SYS_timer_delete, 123456), EINVAL, "timer id 123456");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
