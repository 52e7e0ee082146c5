// SPDX-License-Identifier: Apache-2.0
/*
 * clock_adjtime01 - clock_adjtime(2) through the raw syscall.  The clock is
 * never modified.
 *
 * Checks:
 *  - CLOCK_REALTIME with modes 0 returns a clock state >= 0 (TIME_OK ..
 *    TIME_ERROR) and agrees with adjtimex(modes 0) on the state;
 *  - the same works in a child switched to uid 65534, where a modifying
 *    call (ADJ_FREQUENCY with the current value) fails with EPERM (TCONF
 *    if the switch is not possible);
 *  - errors: EINVAL (clock id 100), EOPNOTSUPP (CLOCK_MONOTONIC cannot be
 *    adjusted), EFAULT (bad buffer).
 */
#include "tst.h"
#include <sys/timex.h>
#include <time.h>

static long cadj(clockid_t c, struct timex *t)
{
	return syscall(SYS_clock_adjtime, c, t);
}

static void run(void)
{
	struct timex t, a;
	pid_t pid;

	memset(&t, 0, sizeof(t));
	TST_EXP_POSITIVE(cadj(CLOCK_REALTIME, &t), "clock_adjtime(CLOCK_REALTIME, modes 0)");
	memset(&a, 0, sizeof(a));
	TST_EXP_EXPR(TST_RET >= TIME_OK && TST_RET <= TIME_ERROR &&
		     TST_RET == syscall(SYS_adjtimex, &a),
		     "state %ld, same as adjtimex", TST_RET);

	memset(&t, 0, sizeof(t));
	TST_EXP_FAIL(cadj(100, &t), EINVAL, "clock id 100");
	TST_EXP_FAIL(cadj(CLOCK_MONOTONIC, &t), EOPNOTSUPP, "CLOCK_MONOTONIC");
	TST_EXP_FAIL(cadj(CLOCK_REALTIME, tst_bad_addr()), EFAULT, "bad buffer");

	pid = SAFE_FORK();
	if (pid == 0) {
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534)) {
			tst_res(TCONF | TERRNO, "cannot switch to uid 65534");
			_exit(0);
		}
		memset(&t, 0, sizeof(t));
		TST_EXP_POSITIVE(cadj(CLOCK_REALTIME, &t), "uid 65534: modes 0");
		t.modes = ADJ_FREQUENCY;	/* same value: harmless even if allowed */
		TST_EXP_FAIL(cadj(CLOCK_REALTIME, &t), EPERM, "uid 65534: ADJ_FREQUENCY");
		_exit(0);
	}
	tst_check_child_exit(pid, 0, "unprivileged child");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
