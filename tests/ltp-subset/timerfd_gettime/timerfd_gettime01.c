// SPDX-License-Identifier: Apache-2.0
/*
 * timerfd_gettime01 - timerfd_gettime(2).
 *
 * Checks:
 *  - an armed 10 s timer reports a remaining it_value in (9 s, 10 s] and
 *    the interval that was set;
 *  - the remaining time decreases;
 *  - an expired one-shot timer reports 0;
 *  - errors: EBADF (not an fd), EINVAL (not a timerfd), EFAULT (bad
 *    curr_value).
 */
#include "tst.h"
#include <time.h>
#include <sys/timerfd.h>

static void run(void)
{
	struct itimerspec its = { { 2, 500 }, { 10, 0 } }, cur, cur2, shot = { { 0, 0 }, { 0, 1000000 } };
	int fd = timerfd_create(CLOCK_MONOTONIC, 0), p[2];
	uint64_t t;

	if (fd < 0)
		tst_brk(TBROK | TERRNO, "timerfd_create");
	timerfd_settime(fd, 0, &its, NULL);
	TST_EXP_PASS(timerfd_gettime(fd, &cur), "timerfd_gettime(armed)");
	TST_EXP_EXPR(cur.it_value.tv_sec == 9 || (cur.it_value.tv_sec == 10 && !cur.it_value.tv_nsec),
		     "remaining %ld.%09ld s", (long)cur.it_value.tv_sec, cur.it_value.tv_nsec);
	TST_EXP_EXPR(cur.it_interval.tv_sec == 2 && cur.it_interval.tv_nsec == 500,
		     "interval 2.000000500 s");
	usleep(20000);
	timerfd_gettime(fd, &cur2);
	TST_EXP_EXPR(cur2.it_value.tv_sec < cur.it_value.tv_sec ||
		     (cur2.it_value.tv_sec == cur.it_value.tv_sec &&
		      cur2.it_value.tv_nsec < cur.it_value.tv_nsec), "remaining time decreases");
	timerfd_settime(fd, 0, &shot, NULL);
	read(fd, &t, sizeof(t));
	timerfd_gettime(fd, &cur);
	TST_EXP_EXPR(!cur.it_value.tv_sec && !cur.it_value.tv_nsec, "expired one-shot reports 0");
	TST_EXP_FAIL(timerfd_gettime(fd, tst_bad_addr()), EFAULT, "bad curr_value");
	TST_EXP_FAIL(timerfd_gettime(1000, &cur), EBADF, "fd 1000");
	SAFE_PIPE(p);
	TST_EXP_FAIL(timerfd_gettime(p[0], &cur), EINVAL, "pipe fd");
	close(p[0]);
	close(p[1]);
	close(fd);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
