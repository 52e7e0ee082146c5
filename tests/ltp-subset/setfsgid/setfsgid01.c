// SPDX-License-Identifier: Apache-2.0
/*
 * setfsgid01 - setfsgid(2).
 *
 * Checks:
 *  - setfsgid(-1) changes nothing and returns the current fsgid, which
 *    equals the effective gid;
 *  - setfsgid(current) returns the current value;
 *  - as root (in a child): setfsgid(65534) returns the old value, a file
 *    created afterwards (in a 0777 directory) is owned by gid 65534, and
 *    the effective gid is unchanged;
 *  - unprivileged: setfsgid(0) (a value we do not hold) changes nothing:
 *    the next query still returns our gid.  setfsgid() reports no errors,
 *    so there are no error cases.
 */
#include "tst.h"
#include <sys/fsuid.h>

static void run(void)
{
	int cur = getegid();
	int status;
	pid_t pid;

	TST_EXP_VAL(setfsgid(-1), cur, "setfsgid(-1) returns the effective gid");
	TST_EXP_VAL(setfsgid(cur), cur, "setfsgid(%d) returns the current value", cur);
	SAFE_MKDIR("pub", 0777);
	SAFE_CHMOD("pub", 0777);
	pid = SAFE_FORK();
	if (pid == 0) {
		struct stat st;
		int fd;

		if (geteuid() != 0) {
			setfsgid(0);
			_exit(setfsgid(-1) == cur ? 10 : 11);
		}
		/* enter pub while we may still search the 0700 temp dir */
		if (chdir("pub") || setfsgid(65534) != cur || setfsgid(-1) != 65534)
			_exit(1);
		fd = open("f", O_CREAT | O_WRONLY, 0644);
		if (fd < 0 || fstat(fd, &st))
			_exit(2);
		if (st.st_gid != 65534)
			_exit(3);
		_exit(getegid() == (unsigned int)cur ? 0 : 4);
	}
	SAFE_WAITPID(pid, &status, 0);
	status = WIFEXITED(status) ? WEXITSTATUS(status) : 99;
	if (status == 10)
		tst_res(TPASS, "unprivileged setfsgid(0) has no effect");
	else
		TST_EXP_EXPR(status == 0, "setfsgid(65534): new files owned by 65534, egid "
			     "unchanged (code %d)", status);
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
