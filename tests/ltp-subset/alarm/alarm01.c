// SPDX-License-Identifier: Apache-2.0
/*
 * alarm01 - alarm(2).
 *
 * Checks:
 *  - alarm(1) delivers SIGALRM after about one second (not before 0.9 s);
 *  - alarm() returns the seconds left on the previous alarm, and 0 when
 *    none was set;
 *  - alarm(0) cancels a pending alarm (no signal arrives);
 *  - the alarm is the ITIMER_REAL timer (getitimer shows it);
 *  - a forked child does not inherit the alarm.
 */
#include "tst.h"
#include <sys/time.h>
#include <time.h>

static volatile sig_atomic_t fired;

static void handler(int sig) { (void)sig; fired++; }

static void run(void)
{
	struct timespec t0, t1;
	struct itimerval it;
	pid_t pid;
	long ms;

	SAFE_SIGNAL(SIGALRM, handler);
	TST_EXP_VAL(alarm(100), 0, "alarm(100) with none pending");
	getitimer(ITIMER_REAL, &it);
	TST_EXP_EXPR(it.it_value.tv_sec >= 98 && it.it_value.tv_sec <= 100,
		     "ITIMER_REAL shows %ld s", (long)it.it_value.tv_sec);
	pid = SAFE_FORK();
	if (pid == 0)
		_exit(alarm(0) == 0 ? 0 : 1);
	tst_check_child_exit(pid, 0, "child has no alarm after fork");
	TST_EXP_EXPR(alarm(50) >= 99, "alarm(50) returns the ~100 s left");
	TST_EXP_EXPR(alarm(0) >= 49, "alarm(0) returns the ~50 s left");
	usleep(10000);
	TST_EXP_EQ(fired, 0);

	clock_gettime(CLOCK_MONOTONIC, &t0);
	alarm(1);
	while (!fired)
		pause();
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
	TST_EXP_EXPR(fired == 1 && ms >= 900 && ms < 1900, "alarm(1) fired after %ld ms", ms);
	TST_EXP_VAL(alarm(0), 0, "nothing pending after it fired");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
