// SPDX-License-Identifier: Apache-2.0
/*
 * setuid01 - setuid(2).
 *
 * Checks:
 *  - setuid(getuid()) always succeeds and changes nothing;
 *  - as root (in a child): setuid(65534) sets real, effective and saved
 *    uid to 65534 (getresuid), after which setuid(0) fails with EPERM;
 *    TCONF when not root or the drop fails;
 *  - unprivileged (in a child that dropped, or when started as a normal
 *    user): setuid(0) fails with EPERM;
 *  - errors: EINVAL (uid -1, raw syscall).
 */
#include "tst.h"

static void run(void)
{
	uid_t r, e, s, r2, e2, s2;
	int status;
	pid_t pid;

	getresuid(&r, &e, &s);
	TST_EXP_PASS(setuid(getuid()), "setuid(getuid() = %d)", (int)r);
	getresuid(&r2, &e2, &s2);
	TST_EXP_EXPR(r == r2 && (e == 0 || e == e2), "ids unchanged (%d %d %d)", (int)r2, (int)e2,
		     (int)s2);
	TST_EXP_FAIL(syscall(SYS_setuid, -1), EINVAL, "setuid(-1)");

	pid = SAFE_FORK();
	if (pid == 0) {
		if (geteuid() != 0)
			_exit(setuid(0) == -1 && errno == EPERM ? 10 : 11);
		if (setuid(65534))
			_exit(32);
		getresuid(&r, &e, &s);
		if (r != 65534 || e != 65534 || s != 65534)
			_exit(1);
		_exit(setuid(0) == -1 && errno == EPERM ? 0 : 2);
	}
	SAFE_WAITPID(pid, &status, 0);
	status = WIFEXITED(status) ? WEXITSTATUS(status) : 99;
	if (status == 32)
		tst_res(TCONF, "cannot setuid(65534)");
	else if (status == 10)
		tst_res(TPASS, "unprivileged setuid(0) -> EPERM");
	else
		TST_EXP_EXPR(status == 0, "root setuid(65534) sets all three, then setuid(0) -> "
			     "EPERM (code %d)", status);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
