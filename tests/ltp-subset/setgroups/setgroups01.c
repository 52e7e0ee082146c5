// SPDX-License-Identifier: Apache-2.0
/*
 * setgroups01 - setgroups(2).
 *
 * Checks:
 *  - setgroups() with our current list (getgroups) succeeds when we have
 *    CAP_SETGID; without it (unprivileged) it fails with EPERM;
 *  - as root (in a child): setgroups(2, {65534, 65533}) is read back by
 *    getgroups (in any order: the kernel sorts the list); setgroups(0, NULL) empties the list; EINVAL for a size
 *    above NGROUPS_MAX; EFAULT for a bad list; after dropping to uid 65534
 *    it fails with EPERM (TCONF if root cannot call setgroups at all, e.g.
 *    a user namespace with setgroups denied, or the drop fails).
 */
#include "tst.h"
#include <grp.h>
#include <limits.h>

static int child(void)
{
	gid_t want[2] = { 65534, 65533 }, got[8];
	int n;

	if (setgroups(2, want))
		return errno == EPERM ? 33 : 32;
	n = getgroups(8, got);
	if (n != 2 || got[0] + got[1] != 65534 + 65533 || (got[0] != 65534 && got[0] != 65533))
		return 1;
	if (setgroups(0, NULL) || getgroups(0, NULL) != 0)
		return 2;
	if (setgroups(NGROUPS_MAX + 1, want) != -1 || errno != EINVAL)
		return 3;
	if (setgroups(2, tst_bad_addr()) != -1 || errno != EFAULT)
		return 4;
	if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534))
		return 32;
	return setgroups(0, NULL) == -1 && errno == EPERM ? 0 : 5;
}

static void run(void)
{
	gid_t list[NGROUPS_MAX];
	int n = getgroups(NGROUPS_MAX, list), status;
	pid_t pid;

	TST_EXP_EXPR(n >= 0, "getgroups() = %d", n);
	pid = SAFE_FORK();
	if (pid == 0) {
		int r = setgroups(n, list);

		if (geteuid() != 0)
			_exit(r == -1 && errno == EPERM ? 10 : 11);
		if (r)
			_exit(33);
		_exit(child());
	}
	SAFE_WAITPID(pid, &status, 0);
	status = WIFEXITED(status) ? WEXITSTATUS(status) : 99;
	if (status == 10)
		tst_res(TPASS, "unprivileged setgroups(current list) -> EPERM");
	else if (status == 33)
		tst_res(TCONF, "setgroups denied to root here (user namespace?)");
	else if (status == 32)
		tst_res(TCONF, "cannot use gid/uid 65534");
	else
		TST_EXP_EXPR(status == 0, "setgroups as root: set, read back, empty, EINVAL, "
			     "EFAULT, EPERM after dropping (code %d)", status);
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
