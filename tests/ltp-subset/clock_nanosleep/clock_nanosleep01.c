// SPDX-License-Identifier: Apache-2.0
/*
 * clock_nanosleep01 - clock_nanosleep(2) through the raw syscall (which,
 * unlike the libc wrapper, reports errors as -1/errno).
 *
 * Checks:
 *  - a relative 30 ms sleep on CLOCK_MONOTONIC lasts >= 30 ms;
 *  - TIMER_ABSTIME with a deadline 30 ms ahead returns at/after it;
 *  - an absolute deadline in the past returns immediately;
 *  - a signal interrupts a sleep with EINTR and the remaining time is
 *    written back (less than requested);
 *  - EINVAL for tv_nsec >= 1e9 and a bad clock id; EOPNOTSUPP for a clock
 *    that cannot be slept on (CLOCK_THREAD_CPUTIME_ID, ENOTSUP in the man
 *    page); EFAULT for a bad request pointer.
 */
#include "tst.h"
#include <time.h>

static void handler(int s) { (void)s; }
static long long ns(struct timespec *t) { return t->tv_sec * 1000000000LL + t->tv_nsec; }

static void run(void)
{
	struct timespec a, b, req = { 0, 30000000 }, rem;
	pid_t pid, me = getpid();

	clock_gettime(CLOCK_MONOTONIC, &a);
	TST_EXP_PASS(syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &req, NULL),
		     "relative 30 ms sleep");
	clock_gettime(CLOCK_MONOTONIC, &b);
	TST_EXP_EXPR(ns(&b) - ns(&a) >= 30000000, "slept %lld ns", ns(&b) - ns(&a));

	clock_gettime(CLOCK_MONOTONIC, &a);
	req = a;
	req.tv_nsec += 30000000;
	if (req.tv_nsec >= 1000000000) {
		req.tv_sec++;
		req.tv_nsec -= 1000000000;
	}
	TST_EXP_PASS(syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, &req, NULL),
		     "TIMER_ABSTIME sleep");
	clock_gettime(CLOCK_MONOTONIC, &b);
	TST_EXP_EXPR(ns(&b) >= ns(&req), "woke at/after the deadline");
	req = a;
	TST_EXP_PASS(syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, &req, NULL),
		     "absolute deadline in the past returns at once");

	SAFE_SIGNAL(SIGUSR1, handler);
	pid = SAFE_FORK();
	if (pid == 0) {
		usleep(20000);
		kill(me, SIGUSR1);
		_exit(0);
	}
	req.tv_sec = 3;
	req.tv_nsec = 0;
	TST_EXP_FAIL(syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &req, &rem), EINTR,
		     "sleep interrupted by a signal");
	TST_EXP_EXPR(rem.tv_sec <= 3 && ns(&rem) < ns(&req) && ns(&rem) > 0,
		     "remaining %ld.%09ld < requested", (long)rem.tv_sec, rem.tv_nsec);
	SAFE_WAITPID(pid, NULL, 0);

	req.tv_sec = 0;
	req.tv_nsec = 1000000000;
	TST_EXP_FAIL(syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &req, NULL), EINVAL,
		     "tv_nsec 1e9");
	req.tv_nsec = 1000;
	TST_EXP_FAIL(syscall(SYS_clock_nanosleep, CLOCK_THREAD_CPUTIME_ID, 0, &req, NULL),
		     EOPNOTSUPP, "CLOCK_THREAD_CPUTIME_ID");
	TST_EXP_FAIL(syscall(SYS_clock_nanosleep, 12345, 0, &req, NULL), EINVAL,
		     "clock 12345");
	TST_EXP_FAIL(syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, tst_bad_addr(), NULL),
		     EFAULT, "bad request pointer");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
