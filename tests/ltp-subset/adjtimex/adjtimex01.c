// SPDX-License-Identifier: Apache-2.0
/*
 * adjtimex01 - adjtimex(2) through the raw syscall.  The clock is never
 * modified: every call is either read-only or one the kernel must refuse
 * before changing anything.
 *
 * Checks:
 *  - modes 0 (read-only) returns a clock state TIME_OK..TIME_ERROR (0..5)
 *    and a plausible tick; ADJ_OFFSET_SS_READ is read-only too and returns
 *    a state as well;
 *  - the same read-only calls work in a child switched to uid 65534;
 *  - errors: EINVAL (ADJ_ADJTIME without ADJ_OFFSET_SINGLESHOT: checked
 *    before privileges), EFAULT (bad buffer), EPERM (ADJ_FREQUENCY with the
 *    current frequency from the uid 65534 child; TCONF if the switch is not
 *    possible).
 */
#include "tst.h"
#include <sys/timex.h>

#define ADJTIME_ONLY 0x8000	/* ADJ_ADJTIME without the offset bit */

static long adj(struct timex *t)
{
	return syscall(SYS_adjtimex, t);
}

static void read_only(const char *who)
{
	struct timex t;

	memset(&t, 0, sizeof(t));
	TST_EXP_POSITIVE(adj(&t), "%s: adjtimex(modes 0)", who);
	TST_EXP_EXPR(TST_RET >= TIME_OK && TST_RET <= TIME_ERROR && t.tick > 0,
		     "%s: state %ld tick %ld", who, TST_RET, (long)t.tick);
	memset(&t, 0, sizeof(t));
	t.modes = ADJ_OFFSET_SS_READ;
	TST_EXP_POSITIVE(adj(&t), "%s: adjtimex(ADJ_OFFSET_SS_READ)", who);
}

static void run(void)
{
	struct timex t;
	pid_t pid;

	read_only("caller");
	memset(&t, 0, sizeof(t));
	t.modes = ADJTIME_ONLY;
	TST_EXP_FAIL(adj(&t), EINVAL, "ADJ_ADJTIME without ADJ_OFFSET_SINGLESHOT");
	TST_EXP_FAIL(adj(tst_bad_addr()), EFAULT, "adjtimex(bad pointer)");

	pid = SAFE_FORK();
	if (pid == 0) {
		if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534)) {
			tst_res(TCONF | TERRNO, "cannot switch to uid 65534");
			_exit(0);
		}
		read_only("uid 65534");
		memset(&t, 0, sizeof(t));
		adj(&t);
		t.modes = ADJ_FREQUENCY;	/* same value: harmless even if allowed */
		TST_EXP_FAIL(adj(&t), EPERM, "uid 65534: ADJ_FREQUENCY");
		_exit(0);
	}
	tst_check_child_exit(pid, 0, "unprivileged child");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
