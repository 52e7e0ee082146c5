// SPDX-License-Identifier: Apache-2.0
/*
 * clock_settime01 - clock_settime(2), error paths only.
 *
 * The test never sets a clock successfully: that would change the host's
 * time.  Checks:
 *  - EINVAL for an unknown clock id, for CLOCK_MONOTONIC (not settable)
 *    and for tv_nsec >= 1e9 on CLOCK_REALTIME (EINVAL is checked before
 *    privilege, so this holds for root too);
 *  - EFAULT for a bad tp pointer (or EPERM: the order of the privilege
 *    and copy checks is not documented; both accepted);
 *  - EPERM for CLOCK_REALTIME from a child that dropped to uid 65534
 *    (TCONF if the drop fails); the value passed is the current time, so
 *    even a wrongly permitted call would not move the clock.
 */
#include "tst.h"
#include <grp.h>
#include <time.h>

static void run(void)
{
	struct timespec now, bad = { 0, 1000000000 };
	int status;
	pid_t pid;

	clock_gettime(CLOCK_REALTIME, &now);
	TST_EXP_FAIL(clock_settime(9999, &now), EINVAL, "clock_settime(clock 9999)");
	TST_EXP_FAIL(clock_settime(CLOCK_MONOTONIC, &now), EINVAL, "clock_settime(CLOCK_MONOTONIC)");
	TST_EXP_FAIL(clock_settime(CLOCK_REALTIME, &bad), EINVAL, "clock_settime(tv_nsec 1e9)");
	errno = 0;
	TST_EXP_EXPR(syscall(SYS_clock_settime, CLOCK_REALTIME, tst_bad_addr()) == -1 &&
		     (errno == EFAULT || errno == EPERM),
		     "clock_settime(bad tp) -> %s", tst_errno_name(errno));

	pid = SAFE_FORK();
	if (pid == 0) {
		setgroups(0, NULL);
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
			_exit(32);
		clock_gettime(CLOCK_REALTIME, &now);
		_exit(clock_settime(CLOCK_REALTIME, &now) == -1 && errno == EPERM ? 0 : 1);
	}
	SAFE_WAITPID(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 32)
		tst_res(TCONF, "cannot drop to uid 65534");
	else
		TST_EXP_EXPR(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			     "unprivileged clock_settime(CLOCK_REALTIME) -> EPERM (%s)",
			     tst_strstatus(status));
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
