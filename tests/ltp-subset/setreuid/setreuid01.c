// SPDX-License-Identifier: Apache-2.0
/*
 * setreuid01 - setreuid(2).
 *
 * Checks:
 *  - setreuid(-1, -1) and setreuid(ruid, euid) with the current ids
 *    succeed and change nothing;
 *  - as root (in a child): setreuid(65534, -1) sets ruid 65534 and the
 *    saved uid to the effective uid 0; setreuid(-1, 65534) then leaves the
 *    saved uid 0 (euid equals the old ruid), so setreuid(-1, 0) is allowed
 *    back; setreuid(65534, 65534) finally drops all and setreuid(0, -1)
 *    fails with EPERM (TCONF when not root or the uid is unusable);
 *  - unprivileged: setreuid(0, -1) fails with EPERM;
 *  (-1 means "unchanged" and every other id is valid in the initial user
 *  namespace, so there is no portable EINVAL case.)
 */
#include "tst.h"

static int child(void)
{
	uid_t r, e, s;

	if (geteuid() != 0)
		return setreuid(0, -1) == -1 && errno == EPERM ? 10 : 11;
	if (setreuid(65534, -1))
		return 32;
	getresuid(&r, &e, &s);
	if (r != 65534 || e != 0 || s != 0)
		return 1;
	if (setreuid(-1, 65534))
		return 2;
	getresuid(&r, &e, &s);
	if (e != 65534 || s != 0)
		return 3;
	if (setreuid(-1, 0))
		return 4;
	if (setreuid(65534, 65534))
		return 5;
	getresuid(&r, &e, &s);
	if (r != 65534 || e != 65534 || s != 65534)
		return 6;
	return setreuid(0, -1) == -1 && errno == EPERM ? 0 : 7;
}

static void run(void)
{
	int status;
	pid_t pid;

	TST_EXP_PASS(setreuid(-1, -1), "setreuid(-1, -1)");
	TST_EXP_PASS(setreuid(getuid(), geteuid()), "setreuid(ruid, euid)");
	pid = SAFE_FORK();
	if (pid == 0)
		_exit(child());
	SAFE_WAITPID(pid, &status, 0);
	status = WIFEXITED(status) ? WEXITSTATUS(status) : 99;
	if (status == 32)
		tst_res(TCONF, "cannot use uid 65534");
	else if (status == 10)
		tst_res(TPASS, "unprivileged setreuid(0, -1) -> EPERM");
	else
		TST_EXP_EXPR(status == 0, "saved-uid rules of setreuid as root (code %d)", status);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
