// SPDX-License-Identifier: Apache-2.0
/*
 * setresuid01 - setresuid(2).
 *
 * Checks:
 *  - setresuid(-1, -1, -1) and setresuid(r, e, s) with the current ids
 *    succeed and change nothing;
 *  - as root (in a child): setresuid(65534, 0, 65534) sets exactly those
 *    (getresuid); setresuid(-1, 65534, -1) then leaves no id equal to 0,
 *    so the process lost CAP_SETUID and setresuid(-1, 0, -1) fails with
 *    EPERM (TCONF when 65534 is unusable);
 *  - unprivileged: setresuid(0, -1, -1) fails with EPERM unless 0 is one
 *    of our ids;
 *  (-1 means "unchanged" and every other id is valid in the initial user
 *  namespace, so there is no portable EINVAL case.)
 */
#include "tst.h"

static int child(void)
{
	uid_t r, e, s;

	if (geteuid() != 0) {
		getresuid(&r, &e, &s);
		if (r == 0 || s == 0)
			return 11;
		return setresuid(0, -1, -1) == -1 && errno == EPERM ? 10 : 11;
	}
	if (setresuid(65534, 0, 65534))
		return 32;
	getresuid(&r, &e, &s);
	if (r != 65534 || e != 0 || s != 65534)
		return 1;
	if (setresuid(-1, 65534, -1))
		return 2;
	getresuid(&r, &e, &s);
	if (e != 65534)
		return 3;
	return setresuid(-1, 0, -1) == -1 && errno == EPERM ? 0 : 4;
}

static void run(void)
{
	uid_t r, e, s;
	int status;
	pid_t pid;

	getresuid(&r, &e, &s);
	TST_EXP_PASS(setresuid(-1, -1, -1), "setresuid(-1, -1, -1)");
	TST_EXP_PASS(setresuid(r, e, s), "setresuid(%d, %d, %d) (current ids)", (int)r, (int)e, (int)s);
	pid = SAFE_FORK();
	if (pid == 0)
		_exit(child());
	SAFE_WAITPID(pid, &status, 0);
	status = WIFEXITED(status) ? WEXITSTATUS(status) : 99;
	if (status == 32)
		tst_res(TCONF, "cannot use uid 65534");
	else if (status == 11)
		tst_res(TCONF, "unprivileged but 0 is one of our uids");
	else if (status == 10)
		tst_res(TPASS, "unprivileged setresuid(0, -1, -1) -> EPERM");
	else
		TST_EXP_EXPR(status == 0, "setresuid sets each id; euid 0 cannot come back once "
			     "no id is 0 (code %d)", status);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
