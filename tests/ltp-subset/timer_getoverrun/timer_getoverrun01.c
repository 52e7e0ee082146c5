// SPDX-License-Identifier: Apache-2.0
/*
 * timer_getoverrun01 - timer_getoverrun(2).
 *
 * Checks:
 *  - a timer that has not fired has overrun 0;
 *  - a 1 ms periodic timer whose signal stays blocked for ~50 ms reports a
 *    large overrun once the signal is accepted (sigwaitinfo), matching
 *    si_overrun;
 *  - errors: EINVAL (deleted or bogus timer id).
 */
#include "tst.h"
#include <time.h>

static void run(void)
{
	struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGRTMIN };
	struct itimerspec per = { { 0, 1000000 }, { 0, 1000000 } }, zero = { { 0, 0 }, { 0, 0 } };
	siginfo_t si;
	sigset_t set;
	timer_t t, gone;
	int ov;

	sigemptyset(&set);
	sigaddset(&set, SIGRTMIN);
	SAFE_SIGPROCMASK(SIG_BLOCK, &set, NULL);
	if (timer_create(CLOCK_MONOTONIC, &sev, &t))
		tst_brk(TBROK | TERRNO, "timer_create");
	TST_EXP_VAL(timer_getoverrun(t), 0, "timer_getoverrun(never fired)");
	timer_settime(t, 0, &per, NULL);
	usleep(50000);
	if (sigwaitinfo(&set, &si) != SIGRTMIN)
		tst_brk(TBROK | TERRNO, "sigwaitinfo");
	ov = timer_getoverrun(t);
	timer_settime(t, 0, &zero, NULL);
	TST_EXP_EXPR(ov >= 10, "overrun %d after ~50 blocked expirations", ov);
	TST_EXP_EXPR(si.si_overrun == ov, "si_overrun %d matches", si.si_overrun);
	timer_create(CLOCK_MONOTONIC, &sev, &gone);
	timer_delete(gone);
	TST_EXP_FAIL(timer_getoverrun(gone), EINVAL, "deleted timer");
	TST_EXP_FAIL(syscall(SYS_timer_getoverrun, 123456), EINVAL, "timer id 123456");
	timer_delete(t);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
