// SPDX-License-Identifier: Apache-2.0
/*
 * setgid01 - setgid(2).
 *
 * Checks:
 *  - setgid(getgid()) always succeeds and keeps the real gid;
 *  - as root (in a child): setgid(65534) sets real, effective and saved
 *    gid to 65534 (getresgid); after also dropping the uid, setgid(0)
 *    fails with EPERM; TCONF when the drop fails;
 *  - unprivileged: setgid() to a gid we do not hold fails with EPERM;
 *  - errors: EINVAL (gid -1, raw syscall).
 */
#include "tst.h"

static void run(void)
{
	gid_t r, e, s;
	int status;
	pid_t pid;

	TST_EXP_PASS(setgid(getgid()), "setgid(getgid() = %d)", (int)getgid());
	TST_EXP_FAIL(syscall(SYS_setgid, -1), EINVAL, "setgid(-1)");
	pid = SAFE_FORK();
	if (pid == 0) {
		if (geteuid() != 0)
			_exit(setgid(getgid() == 0 ? 1 : 0) == -1 && errno == EPERM ? 10 : 11);
		if (setgid(65534))
			_exit(32);
		getresgid(&r, &e, &s);
		if (r != 65534 || e != 65534 || s != 65534)
			_exit(1);
		if (setuid(65534))
			_exit(32);
		_exit(setgid(0) == -1 && errno == EPERM ? 0 : 2);
	}
	SAFE_WAITPID(pid, &status, 0);
	status = WIFEXITED(status) ? WEXITSTATUS(status) : 99;
	if (status == 32)
		tst_res(TCONF, "cannot drop to 65534");
	else if (status == 10)
		tst_res(TPASS, "unprivileged setgid(other gid) -> EPERM");
	else
		TST_EXP_EXPR(status == 0, "root setgid(65534) sets all three; unprivileged "
			     "setgid(0) -> EPERM (code %d)", status);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
