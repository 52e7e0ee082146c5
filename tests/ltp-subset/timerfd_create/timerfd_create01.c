// SPDX-License-Identifier: Apache-2.0
/*
 * timerfd_create01 - timerfd_create(2).
 *
 * Checks, one case per row:
 *  - CLOCK_REALTIME, CLOCK_MONOTONIC and CLOCK_BOOTTIME give an fd whose
 *    timer is disarmed (timerfd_gettime 0) and whose read with
 *    TFD_NONBLOCK fails with EAGAIN;
 *  - TFD_CLOEXEC / TFD_NONBLOCK set FD_CLOEXEC / O_NONBLOCK;
 *  - errors: EINVAL (unknown clock id; CPU-time clock; unknown flag bit).
 *    CLOCK_REALTIME_ALARM is not checked: it depends on CAP_WAKE_ALARM and
 *    on RTC hardware.
 */
#include "tst.h"
#include <time.h>
#include <sys/timerfd.h>

static const struct tcase {
	const char *name;
	int clock, flags, exp_err;
} cases[] = {
	{ "CLOCK_REALTIME", CLOCK_REALTIME, TFD_NONBLOCK, 0 },
	{ "CLOCK_MONOTONIC", CLOCK_MONOTONIC, TFD_NONBLOCK, 0 },
	{ "CLOCK_BOOTTIME", CLOCK_BOOTTIME, TFD_NONBLOCK, 0 },
	{ "CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK", CLOCK_MONOTONIC,
	  TFD_CLOEXEC | TFD_NONBLOCK, 0 },
	{ "clock 9999", 9999, 0, EINVAL },
	{ "CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID, 0, EINVAL },
	{ "unknown flag", CLOCK_MONOTONIC, 0x1, EINVAL },
};

static void run(unsigned int n)
{
	const struct tcase *tc = &cases[n];
	struct itimerspec its;
	uint64_t ticks;
	int fd;

	if (tc->exp_err) {
		TST_EXP_FAIL(timerfd_create(tc->clock, tc->flags), tc->exp_err, "timerfd_create(%s)",
			     tc->name);
		return;
	}
	TST_EXP_FD(timerfd_create(tc->clock, tc->flags), "timerfd_create(%s)", tc->name);
	fd = TST_RET;
	if (fd < 0)
		return;
	TST_EXP_EXPR(timerfd_gettime(fd, &its) == 0 && !its.it_value.tv_sec && !its.it_value.tv_nsec,
		     "%s: new timer is disarmed", tc->name);
	TST_EXP_FAIL(read(fd, &ticks, sizeof(ticks)), EAGAIN, "%s: read before expiry", tc->name);
	TST_EXP_VAL(fcntl(fd, F_GETFD), (tc->flags & TFD_CLOEXEC) ? FD_CLOEXEC : 0,
		    "%s: FD_CLOEXEC matches TFD_CLOEXEC", tc->name);
	SAFE_CLOSE(fd);
}

static struct tst_test test = { .test = run, .tcnt = ARRAY_SIZE(cases) };
TST_MAIN(test)
