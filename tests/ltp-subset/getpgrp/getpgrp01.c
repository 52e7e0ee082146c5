// SPDX-License-Identifier: Apache-2.0
/*
 * getpgrp01 - getpgrp(2).
 *
 * Checks:
 *  - getpgrp() equals getpgid(0) and the raw syscall;
 *  - a forked child inherits the parent's process group;
 *  - after setpgid(0, 0) a child's getpgrp() is its own pid, and the
 *    parent sees the new group through getpgid(child);
 *  - a grandchild of that child inherits the new group.
 *  getpgrp() has no error cases.
 */
#include "tst.h"

static void run(void)
{
	pid_t me = getpgrp(), pid;

	TST_EXP_EXPR(me > 0 && me == getpgid(0), "getpgrp() %d == getpgid(0)", (int)me);
	TST_EXP_VAL(syscall(SYS_getpgrp), me, "raw getpgrp syscall");
	pid = SAFE_FORK();
	if (pid == 0)
		_exit(getpgrp() == me ? 0 : 1);
	tst_check_child_exit(pid, 0, "child inherits the process group");

	pid = SAFE_FORK();
	if (pid == 0) {
		pid_t gc;
		int st;

		if (setpgid(0, 0) || getpgrp() != getpid())
			_exit(1);
		gc = fork();
		if (gc == 0)
			_exit(getpgrp() == getppid() ? 0 : 1);
		waitpid(gc, &st, 0);
		_exit(WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : 2);
	}
	tst_check_child_exit(pid, 0, "setpgid(0, 0): getpgrp() == getpid(), inherited by grandchild");
	TST_EXP_VAL(getpgrp(), me, "parent's group unchanged");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
