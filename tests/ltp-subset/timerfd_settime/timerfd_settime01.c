// SPDX-License-Identifier: Apache-2.0
/*
 * timerfd_settime01 - timerfd_settime(2).
 *
 * Checks:
 *  - a 50 ms one-shot relative timer: read() blocks until expiry and
 *    returns 1 expiration (elapsed >= 45 ms);
 *  - a 10 ms periodic timer read after ~60 ms reports several
 *    expirations;
 *  - TFD_TIMER_ABSTIME with a time in the past expires at once;
 *  - old_value returns the previous setting; a zero it_value disarms;
 *  - errors: EINVAL (tv_nsec >= 1e9; unknown flag), EBADF (not an fd),
 *    EINVAL (fd that is not a timerfd), EFAULT (bad new_value).
 */
#include "tst.h"
#include <time.h>
#include <sys/timerfd.h>

static long ms_since(const struct timespec *a)
{
	struct timespec b;

	clock_gettime(CLOCK_MONOTONIC, &b);
	return (b.tv_sec - a->tv_sec) * 1000 + (b.tv_nsec - a->tv_nsec) / 1000000;
}

static void run(void)
{
	struct itimerspec one = { { 0, 0 }, { 0, 50000000 } }, per = { { 0, 10000000 }, { 0, 10000000 } };
	struct itimerspec old, zero = { { 0, 0 }, { 0, 0 } }, bad = { { 0, 0 }, { 0, 1000000000 } };
	struct itimerspec abs = { { 0, 0 }, { 1, 0 } };
	struct timespec t0;
	uint64_t ticks = 0;
	int fd = timerfd_create(CLOCK_MONOTONIC, 0), p[2];
	long ms;

	if (fd < 0)
		tst_brk(TBROK | TERRNO, "timerfd_create");
	clock_gettime(CLOCK_MONOTONIC, &t0);
	TST_EXP_PASS(timerfd_settime(fd, 0, &one, NULL), "timerfd_settime(50 ms one-shot)");
	TST_EXP_VAL(read(fd, &ticks, sizeof(ticks)), 8, "read() blocks until expiry");
	ms = ms_since(&t0);
	TST_EXP_EXPR(ticks == 1 && ms >= 45, "1 expiration after %ld ms (ticks %llu)", ms,
		     (unsigned long long)ticks);

	TST_EXP_PASS(timerfd_settime(fd, 0, &per, NULL), "timerfd_settime(10 ms periodic)");
	usleep(60000);
	read(fd, &ticks, sizeof(ticks));
	TST_EXP_EXPR(ticks >= 3, "periodic timer: %llu expirations after ~60 ms",
		     (unsigned long long)ticks);
	TST_EXP_PASS(timerfd_settime(fd, 0, &zero, &old), "disarm with old_value");
	TST_EXP_EXPR(old.it_interval.tv_nsec == 10000000, "old_value interval is 10 ms");
	timerfd_gettime(fd, &old);
	TST_EXP_EXPR(!old.it_value.tv_sec && !old.it_value.tv_nsec, "disarmed");

	TST_EXP_PASS(timerfd_settime(fd, TFD_TIMER_ABSTIME, &abs, NULL),
		     "TFD_TIMER_ABSTIME at monotonic time 1 s (in the past)");
	TST_EXP_VAL(read(fd, &ticks, sizeof(ticks)), 8, "past absolute time expires at once");

	TST_EXP_FAIL(timerfd_settime(fd, 0, &bad, NULL), EINVAL, "tv_nsec 1e9");
	TST_EXP_FAIL(timerfd_settime(fd, 0x40, &one, NULL), EINVAL, "unknown flag 0x40");
	TST_EXP_FAIL(timerfd_settime(fd, 0, tst_bad_addr(), NULL), EFAULT, "bad new_value");
	TST_EXP_FAIL(timerfd_settime(1000, 0, &one, NULL), EBADF, "fd 1000");
	SAFE_PIPE(p);
	TST_EXP_FAIL(timerfd_settime(p[0], 0, &one, NULL), EINVAL, "pipe fd");
	close(p[0]);
	close(p[1]);
	close(fd);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
