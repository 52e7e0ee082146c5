// SPDX-License-Identifier: Apache-2.0
/*
 * setfsuid01 - setfsuid(2).
 *
 * Checks:
 *  - setfsuid(-1) changes nothing and returns the current fsuid, which
 *    equals the effective uid;
 *  - setfsuid(current) returns the current value;
 *  - as root (in a child): setfsuid(65534) returns the old value, a file
 *    created afterwards (in a 0777 directory) is owned by uid 65534, and
 *    the effective uid is unchanged;
 *  - unprivileged: setfsuid(0) (a value we do not hold) changes nothing:
 *    the next query still returns our uid.  setfsuid() reports no errors,
 *    so there are no error cases.
 */
#include "tst.h"
#include <sys/fsuid.h>

static void run(void)
{
	int cur = geteuid();
	int status;
	pid_t pid;

	TST_EXP_VAL(setfsuid(-1), cur, "setfsuid(-1) returns the effective uid");
	TST_EXP_VAL(setfsuid(cur), cur, "setfsuid(%d) returns the current value", cur);
	SAFE_MKDIR("pub", 0777);
	SAFE_CHMOD("pub", 0777);
	pid = SAFE_FORK();
	if (pid == 0) {
		struct stat st;
		int fd;

		if (geteuid() != 0) {
			setfsuid(0);
			_exit(setfsuid(-1) == cur ? 10 : 11);
		}
		/* enter pub while we may still search the 0700 temp dir */
		if (chdir("pub") || setfsuid(65534) != cur || setfsuid(-1) != 65534)
			_exit(1);
		fd = open("f", O_CREAT | O_WRONLY, 0644);
		if (fd < 0 || fstat(fd, &st))
			_exit(2);
		if (st.st_uid != 65534)
			_exit(3);
		_exit(geteuid() == (unsigned int)cur ? 0 : 4);
	}
	SAFE_WAITPID(pid, &status, 0);
	status = WIFEXITED(status) ? WEXITSTATUS(status) : 99;
	if (status == 10)
		tst_res(TPASS, "unprivileged setfsuid(0) has no effect");
	else
		TST_EXP_EXPR(status == 0, "setfsuid(65534): new files owned by 65534, euid "
			     "unchanged (code %d)", status);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
