// SPDX-License-Identifier: Apache-2.0
/*
 * setsid01 - setsid(2).
 *
 * Checks:
 *  - a child that is not a group leader can create a session: setsid()
 *    returns its pid and it becomes session and process group leader;
 *  - the new session has no controlling terminal (open("/dev/tty") fails
 *    with ENXIO);
 *  - EPERM when the caller is already a process group leader.
 */
#include "tst.h"

static void run(void)
{
	pid_t child;
	int p[2];
	long r[4];

	SAFE_PIPE(p);
	child = SAFE_FORK();
	if (child == 0) {
		int fd;

		errno = 0;
		r[0] = setsid();
		r[1] = getsid(0);
		r[2] = getpgid(0);
		fd = open("/dev/tty", O_RDWR);
		r[3] = fd < 0 ? errno : 0;
		SAFE_WRITE(p[1], r, sizeof(r));
		_exit(0);
	}
	SAFE_READ_FULL(p[0], r, sizeof(r));
	SAFE_WAITPID(child, NULL, 0);
	TST_EXP_EXPR(r[0] == child, "setsid() in child returned %ld (pid %d)",
		     r[0], (int)child);
	TST_EXP_EXPR(r[1] == child, "getsid(0) == child pid after setsid (%ld)", r[1]);
	TST_EXP_EXPR(r[2] == child, "getpgid(0) == child pid after setsid (%ld)", r[2]);
	TST_EXP_EXPR(r[3] == ENXIO, "open(/dev/tty) in new session: %s",
		     tst_errno_name((int)r[3]));

	child = SAFE_FORK();
	if (child == 0) {
		setpgid(0, 0);
		_exit(setsid() == -1 && errno == EPERM ? 0 : 1);
	}
	tst_check_child_exit(child, 0, "setsid() as group leader -> EPERM");
	SAFE_CLOSE(p[0]);
	SAFE_CLOSE(p[1]);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
