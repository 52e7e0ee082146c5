// SPDX-License-Identifier: Apache-2.0
/*
 * nanosleep01 - nanosleep(2) through the raw syscall.
 *
 * Checks:
 *  - a 40 ms sleep lasts >= 40 ms (measured on CLOCK_MONOTONIC) and less
 *    than a generous bound; a zero sleep returns 0;
 *  - an interrupting signal gives EINTR with the remaining time written;
 *  - EINVAL for negative tv_sec, negative tv_nsec, tv_nsec >= 1e9;
 *    EFAULT for a bad request pointer.
 */
#include "tst.h"
#include <time.h>

static void handler(int s) { (void)s; }
static long long ns(struct timespec *t) { return t->tv_sec * 1000000000LL + t->tv_nsec; }

static const struct { long sec, nsec; } bad[] = { { -1, 0 }, { 0, -1 }, { 0, 1000000000 } };

static void run(void)
{
	struct timespec a, b, req = { 0, 40000000 }, rem = { 0, 0 };
	pid_t pid, me = getpid();

	clock_gettime(CLOCK_MONOTONIC, &a);
	TST_EXP_PASS(syscall(SYS_nanosleep, &req, NULL), "nanosleep(40 ms)");
	clock_gettime(CLOCK_MONOTONIC, &b);
	TST_EXP_EXPR(ns(&b) - ns(&a) >= 40000000 && ns(&b) - ns(&a) < 2000000000LL,
		     "slept %lld ns", ns(&b) - ns(&a));
	req.tv_nsec = 0;
	TST_EXP_PASS(syscall(SYS_nanosleep, &req, NULL), "nanosleep(0)");

	SAFE_SIGNAL(SIGUSR1, handler);
	pid = SAFE_FORK();
	if (pid == 0) {
		usleep(20000);
		kill(me, SIGUSR1);
		_exit(0);
	}
	req.tv_sec = 3;
	TST_EXP_FAIL(syscall(SYS_nanosleep, &req, &rem), EINTR, "nanosleep interrupted");
	TST_EXP_EXPR(ns(&rem) > 0 && ns(&rem) < 3000000000LL, "remaining %ld.%09ld",
		     (long)rem.tv_sec, rem.tv_nsec);
	SAFE_WAITPID(pid, NULL, 0);

	for (unsigned int i = 0; i < ARRAY_SIZE(bad); i++) {
		req.tv_sec = bad[i].sec;
		req.tv_nsec = bad[i].nsec;
		TST_EXP_FAIL(syscall(SYS_nanosleep, &req, NULL), EINVAL,
			     "nanosleep({%ld, %ld})", bad[i].sec, bad[i].nsec);
	}
	TST_EXP_FAIL(syscall(SYS_nanosleep, tst_bad_addr(), NULL), EFAULT,
		     "nanosleep(bad pointer)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
