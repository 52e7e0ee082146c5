// SPDX-License-Identifier: Apache-2.0
/*
 * setregid01 - setregid(2).
 *
 * Checks:
 *  - setregid(-1, -1) and setregid(rgid, egid) with the current ids
 *    succeed;
 *  - as root (in a child): setregid(65534, -1) sets rgid 65534 and the
 *    saved gid to the effective gid; setregid(65534, 65534) sets all
 *    three; after dropping the uid too, setregid(0, -1) fails with EPERM
 *    (TCONF when the gid is unusable);
 *  - unprivileged: setregid() to a gid we do not hold fails with EPERM;
 *  (-1 means "unchanged" and every other id is valid in the initial user
 *  namespace, so there is no portable EINVAL case.)
 */
#include "tst.h"

static int child(void)
{
	gid_t r, e, s, g0 = getegid();

	if (geteuid() != 0)
		return setregid(getgid() == 0 ? 1 : 0, -1) == -1 && errno == EPERM ? 10 : 11;
	if (setregid(65534, -1))
		return 32;
	getresgid(&r, &e, &s);
	if (r != 65534 || e != g0 || s != g0)
		return 1;
	if (setregid(65534, 65534))
		return 2;
	getresgid(&r, &e, &s);
	if (r != 65534 || e != 65534 || s != 65534)
		return 3;
	if (setuid(65534))
		return 32;
	return setregid(0, -1) == -1 && errno == EPERM ? 0 : 4;
}

static void run(void)
{
	int status;
	pid_t pid;

	TST_EXP_PASS(setregid(-1, -1), "setregid(-1, -1)");
	TST_EXP_PASS(setregid(getgid(), getegid()), "setregid(rgid, egid)");
	pid = SAFE_FORK();
	if (pid == 0)
		_exit(child());
	SAFE_WAITPID(pid, &status, 0);
	status = WIFEXITED(status) ? WEXITSTATUS(status) : 99;
	if (status == 32)
		tst_res(TCONF, "cannot use id 65534");
	else if (status == 10)
		tst_res(TPASS, "unprivileged setregid(other gid, -1) -> EPERM");
	else
		TST_EXP_EXPR(status == 0, "setregid rules as root (code %d)", status);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
