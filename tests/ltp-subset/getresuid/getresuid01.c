// SPDX-License-Identifier: Apache-2.0
/*
 * getresuid01 - getresuid(2).
 *
 * Checks:
 *  - returns 0 and ruid/euid agree with getuid()/geteuid();
 *  - without privilege changes, the saved uid equals the effective uid;
 *  - EFAULT for a bad pointer in each argument position;
 *  - as root (TCONF otherwise): after setresuid(-1, 65534, -1) in a child,
 *    getresuid reports (0, 65534, 0).
 */
#include "tst.h"

static void run(void)
{
	uid_t r = 12345, e = 12345, s = 12345;
	void *bad = tst_bad_addr();
	pid_t child;

	TST_EXP_PASS(syscall(SYS_getresuid, &r, &e, &s), "getresuid(&r, &e, &s)");
	TST_EXP_EQ(r, getuid());
	TST_EXP_EQ(e, geteuid());
	TST_EXP_EQ(s, e);
	TST_EXP_FAIL(syscall(SYS_getresuid, bad, &e, &s), EFAULT, "getresuid(bad, &e, &s)");
	TST_EXP_FAIL(syscall(SYS_getresuid, &r, bad, &s), EFAULT, "getresuid(&r, bad, &s)");
	TST_EXP_FAIL(syscall(SYS_getresuid, &r, &e, bad), EFAULT, "getresuid(&r, &e, bad)");

	if (geteuid() != 0 || getuid() != 0) {
		tst_res(TCONF, "setresuid part needs uid 0");
		return;
	}
	child = SAFE_FORK();
	if (child == 0) {
		if (syscall(SYS_setresuid, -1, 65534, -1))
			_exit(2);
		syscall(SYS_getresuid, &r, &e, &s);
		_exit(r == 0 && e == 65534 && s == 0 ? 0 : 1);
	}
	tst_check_child_exit(child, 0, "getresuid after setresuid(-1, 65534, -1)");
}

static struct tst_test test = { .test_all = run };
TST_MAIN(test)
