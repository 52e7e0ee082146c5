// SPDX-License-Identifier: Apache-2.0
/*
 * setresgid01 - setresgid(2).
 *
 * Checks:
 *  - setresgid(-1, -1, -1) and setresgid(r, e, s) with the current ids
 *    succeed;
 *  - as root (in a child): setresgid(65534, 0, 65534) sets exactly those;
 *    after dropping the uid (no CAP_SETGID), setresgid(-1, 65534, -1) is
 *    allowed (65534 is our rgid) and setresgid(-1, 0, -1) is then EPERM
 *    (TCONF when 65534 is unusable);
 *  - unprivileged: a gid we do not hold gives EPERM;
 *  (-1 means "unchanged" and every other id is valid in the initial user
 *  namespace, so there is no portable EINVAL case.)
 */
#include "tst.h"

static int child(void)
{
	gid_t r, e, s;

	if (geteuid() != 0) {
		getresgid(&r, &e, &s);
		if (r == 0 || e == 0 || s == 0)
			return 11;
		return setresgid(0, -1, -1) == -1 && errno == EPERM ? 10 : 11;
	}
	if (setresgid(65534, 0, 65534))
		return 32;
	getresgid(&r, &e, &s);
	if (r != 65534 || e != 0 || s != 65534)
		return 1;
	if (setresuid(65534, 65534, 65534))
		return 32;
	if (setresgid(-1, 65534, -1))
		return 2;
	return setresgid(-1, 0, -1) == -1 && errno == EPERM ? 0 : 3;
}

static void run(void)
{
	gid_t r, e, s;
	int status;
	pid_t pid;

	getresgid(&r, &e, &s);
	TST_EXP_PASS(setresgid(-1, -1, -1), "setresgid(-1, -1, -1)");
	TST_EXP_PASS(setresgid(r, e, s), "setresgid(%d, %d, %d) (current ids)", (int)r, (int)e, (int)s);
	pid = SAFE_FORK();
	if (pid == 0)
		_exit(child());
	SAFE_WAITPID(pid, &status, 0);
	status = WIFEXITED(status) ? WEXITSTATUS(status) : 99;
	if (status == 32)
		tst_res(TCONF, "cannot use id 65534");
	else if (status == 11)
		tst_res(TCONF, "unprivileged but gid 0 is one of our gids");
	else if (status == 10)
		tst_res(TPASS, "unprivileged setresgid(0, -1, -1) -> EPERM");
	else
		TST_EXP_EXPR(status == 0, "setresgid sets each id; gid 0 refused once "
			     "unprivileged (code %d)", status);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
