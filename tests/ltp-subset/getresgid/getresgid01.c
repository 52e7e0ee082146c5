// SPDX-License-Identifier: Apache-2.0
/*
 * getresgid01 - getresgid(2).
 *
 * Checks:
 *  - returns 0 and rgid/egid agree with getgid()/getegid();
 *  - without privilege changes the saved gid equals the effective gid;
 *  - EFAULT for a bad pointer in each argument position;
 *  - as root (TCONF otherwise): after setresgid(-1, 65534, -1) in a child,
 *    getresgid reports (old, 65534, old).
 */
#include "tst.h"

static void run(void)
{
	gid_t r = 12345, e = 12345, s = 12345, g0 = getgid();
	void *bad = tst_bad_addr();
	pid_t child;

	TST_EXP_PASS(syscall(SYS_getresgid, &r, &e, &s), "getresgid(&r, &e, &s)");
	TST_EXP_EQ(r, getgid());
	TST_EXP_EQ(e, getegid());
	TST_EXP_EQ(s, e);
	TST_EXP_FAIL(syscall(SYS_getresgid, bad, &e, &s), EFAULT, "getresgid(bad, &e, &s)");
	TST_EXP_FAIL(syscall(SYS_getresgid, &r, bad, &s), EFAULT, "getresgid(&r, bad, &s)");
	TST_EXP_FAIL(syscall(SYS_getresgid, &r, &e, bad), EFAULT, "getresgid(&r, &e, bad)");

	if (geteuid() != 0) {
		tst_res(TCONF, "setresgid part needs root");
		return;
	}
	child = SAFE_FORK();
	if (child == 0) {
		if (syscall(SYS_setresgid, -1, 65534, -1))
			_exit(2);
		syscall(SYS_getresgid, &r, &e, &s);
		_exit(r == g0 && e == 65534 && s == g0 ? 0 : 1);
	}
	tst_check_child_exit(child, 0, "getresgid after setresgid(-1, 65534, -1)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
