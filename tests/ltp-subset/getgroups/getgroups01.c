// SPDX-License-Identifier: Apache-2.0
/*
 * getgroups01 - getgroups(2).
 *
 * Checks:
 *  - getgroups(0, NULL) returns the number of supplementary groups;
 *  - getgroups(n, list) with that n returns n and fills the list;
 *  - EINVAL when size is non-zero but smaller than the number of groups
 *    (TCONF when there are no supplementary groups and root cannot set one);
 *  - EFAULT for a bad list pointer when there is at least one group;
 *  - as root, after setgroups() in a child, getgroups() returns exactly
 *    those groups.
 */
#include "tst.h"
#include <grp.h>

static void run(void)
{
	gid_t list[256];
	long n = syscall(SYS_getgroups, 0, NULL);
	pid_t child;

	TST_EXP_EXPR(n >= 0, "getgroups(0, NULL) returned %ld", n);
	if (n < 0 || n > 256)
		return;
	TST_EXP_VAL(syscall(SYS_getgroups, 256, list), n, "getgroups(256, list)");
	if (n > 0) {
		TST_EXP_FAIL(syscall(SYS_getgroups, n - 1 ? n - 1 : -1, list), EINVAL,
			     "getgroups(too small size)");
		TST_EXP_FAIL(syscall(SYS_getgroups, n, tst_bad_addr()), EFAULT,
			     "getgroups(n, bad)");
	}
	TST_EXP_FAIL(syscall(SYS_getgroups, -1, list), EINVAL, "getgroups(-1, list)");

	if (geteuid() != 0) {
		tst_res(TCONF, "setgroups part needs root");
		return;
	}
	child = SAFE_FORK();
	if (child == 0) {
		/* the kernel keeps the list sorted */
		gid_t set[3] = { 4, 7, 65534 }, got[8];
		long m;

		if (syscall(SYS_setgroups, 3, set))
			_exit(3);
		m = syscall(SYS_getgroups, 8, got);
		if (m != 3)
			_exit(1);
		if (syscall(SYS_getgroups, 2, got) != -1 || errno != EINVAL)
			_exit(4);
		for (int i = 0; i < 3; i++)
			if (got[i] != set[i])
				_exit(2);
		_exit(0);
	}
	tst_check_child_exit(child, 0, "getgroups after setgroups({4,7,65534}); "
			     "size 2 -> EINVAL");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
