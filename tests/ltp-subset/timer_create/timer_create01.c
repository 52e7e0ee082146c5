// SPDX-License-Identifier: Apache-2.0
/*
 * timer_create01 - timer_create(2).
 *
 * Checks, one case per clock / notification row:
 *  - CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME,
 *    CLOCK_PROCESS_CPUTIME_ID and CLOCK_THREAD_CPUTIME_ID timers can be
 *    created, start disarmed, and are deleted;
 *  - a NULL sevp means SIGEV_SIGNAL with SIGALRM: a 20 ms timer delivers
 *    SIGALRM with si_code SI_TIMER;
 *  - SIGEV_SIGNAL with SIGUSR1 and a sigev_value delivers that value;
 *  - SIGEV_NONE creates a timer that delivers nothing but counts down;
 *  - errors: EINVAL (unknown clock; bad sigev_notify; signal 0 / 999),
 *    EFAULT (bad timerid pointer).
 */
#include "tst.h"
#include <time.h>

static volatile sig_atomic_t got_sig, got_code, got_val;

static void handler(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	got_sig = sig;
	got_code = si->si_code;
	got_val = si->si_value.sival_int;
}

static const struct tcase {
	const char *name;
	clockid_t clock;
} clocks[] = {
	{ "CLOCK_REALTIME", CLOCK_REALTIME },
	{ "CLOCK_MONOTONIC", CLOCK_MONOTONIC },
	{ "CLOCK_BOOTTIME", CLOCK_BOOTTIME },
	{ "CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID },
	{ "CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID },
};

static int wait_sig(void)
{
	for (int i = 0; i < 200 && !got_sig; i++)
		usleep(5000);
	return got_sig;
}

static void run_signals(void)
{
	struct sigaction sa = { .sa_sigaction = handler, .sa_flags = SA_SIGINFO };
	struct itimerspec its = { { 0, 0 }, { 0, 20000000 } }, cur;
	struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1 };
	timer_t t;

	SAFE_SIGACTION(SIGALRM, &sa, NULL);
	SAFE_SIGACTION(SIGUSR1, &sa, NULL);
	TST_EXP_PASS(timer_create(CLOCK_MONOTONIC, NULL, &t), "timer_create(NULL sevp)");
	got_sig = 0;
	timer_settime(t, 0, &its, NULL);
	TST_EXP_EXPR(wait_sig() == SIGALRM && got_code == SI_TIMER,
		     "default notification is SIGALRM, SI_TIMER (sig %d code %d)", (int)got_sig,
		     (int)got_code);
	timer_delete(t);

	sev.sigev_value.sival_int = 777;
	TST_EXP_PASS(timer_create(CLOCK_MONOTONIC, &sev, &t), "timer_create(SIGEV_SIGNAL SIGUSR1)");
	got_sig = 0;
	timer_settime(t, 0, &its, NULL);
	TST_EXP_EXPR(wait_sig() == SIGUSR1 && got_val == 777, "SIGUSR1 with value %d",
		     (int)got_val);
	timer_delete(t);

	sev.sigev_notify = SIGEV_NONE;
	TST_EXP_PASS(timer_create(CLOCK_MONOTONIC, &sev, &t), "timer_create(SIGEV_NONE)");
	its.it_value.tv_sec = 5;
	got_sig = 0;
	timer_settime(t, 0, &its, NULL);
	timer_gettime(t, &cur);
	TST_EXP_EXPR(cur.it_value.tv_sec >= 4 && got_sig == 0, "SIGEV_NONE timer counts down silently");
	timer_delete(t);
}

static void run_errors(void)
{
	struct sigevent sev = { .sigev_notify = 12345 };
	timer_t t;

	TST_EXP_FAIL(timer_create(9999, NULL, &t), EINVAL, "timer_create(clock 9999)");
	TST_EXP_FAIL(timer_create(CLOCK_MONOTONIC, &sev, &t), EINVAL, "timer_create(sigev_notify 12345)");
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = 0;
	TST_EXP_FAIL(timer_create(CLOCK_MONOTONIC, &sev, &t), EINVAL, "timer_create(signal 0)");
	sev.sigev_signo = 999;
	TST_EXP_FAIL(timer_create(CLOCK_MONOTONIC, &sev, &t), EINVAL, "timer_create(signal 999)");
	TST_EXP_FAIL(syscall(SYS_timer_create, CLOCK_MONOTONIC, NULL, tst_bad_addr()), EFAULT,
		     "timer_create(bad timerid)");
}

static void run(unsigned int n)
{
	struct itimerspec cur;
	timer_t t;

	if (n == ARRAY_SIZE(clocks)) {
		run_signals();
		return;
	}
	if (n == ARRAY_SIZE(clocks) + 1) {
		run_errors();
		return;
	}
	{
		struct sigevent sev = { .sigev_notify = SIGEV_NONE };

		TST_EXP_PASS(timer_create(clocks[n].clock, &sev, &t), "timer_create(%s)", clocks[n].name);
	}
	if (!TST_PASS)
		return;
	TST_EXP_EXPR(timer_gettime(t, &cur) == 0 && !cur.it_value.tv_sec && !cur.it_value.tv_nsec,
		     "%s: new timer is disarmed", clocks[n].name);
	TST_EXP_PASS(timer_delete(t), "timer_delete(%s timer)", clocks[n].name);
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(clocks) + 2 };
TST_MAIN(test)
