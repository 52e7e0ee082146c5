// SPDX-License-Identifier: Apache-2.0
/*
 * setpgid01 - setpgid(2).
 *
 * Checks:
 *  - a child can make itself a process group leader: setpgid(0, 0), after
 *    which getpgid(0) == getpid();
 *  - the parent can move its child into a new group: setpgid(child, child);
 *  - EINVAL for a negative pgid;
 *  - ESRCH for a pid that is neither the caller nor its child;
 *  - EPERM when moving into a group in another session (the child did
 *    setsid(), so setpgid(child, ...) from the parent fails with EPERM,
 *    and a session leader cannot change its own group).
 */
#include "tst.h"

static void run(void)
{
	pid_t child;
	int go[2], back[2];
	char c = 0;

	child = SAFE_FORK();
	if (child == 0) {
		if (setpgid(0, 0) < 0)
			_exit(1);
		_exit(getpgid(0) == getpid() ? 0 : 2);
	}
	tst_check_child_exit(child, 0, "setpgid(0, 0) makes caller a leader");

	SAFE_PIPE(go);
	child = SAFE_FORK();
	if (child == 0) {
		SAFE_CLOSE(go[1]);
		SAFE_READ(go[0], &c, 1);
		_exit(getpgid(0) == getpid() ? 0 : 1);
	}
	TST_EXP_PASS(setpgid(child, child), "setpgid(child, child)");
	TST_EXP_VAL(getpgid(child), child, "getpgid(child) after move");
	TST_EXP_FAIL(setpgid(0, -1), EINVAL, "setpgid(0, -1)");
	SAFE_WRITE(go[1], &c, 1);
	SAFE_CLOSE(go[1]);
	SAFE_CLOSE(go[0]);
	tst_check_child_exit(child, 0, "child sees itself as group leader");
	TST_EXP_FAIL(setpgid(child, 0), ESRCH, "setpgid(reaped child, 0)");

	SAFE_PIPE(go);
	SAFE_PIPE(back);
	child = SAFE_FORK();
	if (child == 0) {
		int ok = setsid() > 0;

		SAFE_WRITE(back[1], &c, 1);
		/* a session leader may not change its process group */
		ok = ok && setpgid(0, 0) == -1 && errno == EPERM;
		SAFE_READ(go[0], &c, 1);
		_exit(ok ? 0 : 1);
	}
	SAFE_READ(back[0], &c, 1);
	TST_EXP_FAIL(setpgid(child, child), EPERM,
		     "setpgid(child in another session, child)");
	SAFE_WRITE(go[1], &c, 1);
	SAFE_CLOSE(go[0]);
	SAFE_CLOSE(go[1]);
	SAFE_CLOSE(back[0]);
	SAFE_CLOSE(back[1]);
	tst_check_child_exit(child, 0, "setpgid(0, 0) by session leader -> EPERM");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
