// SPDX-License-Identifier: Apache-2.0
/*
 * getcwd01 - getcwd(2), via the raw syscall (libc's getcwd() may allocate).
 *
 * Checks:
 *  - returns the length including the NUL and the absolute tmpdir path;
 *  - a buffer of exactly that length works; one byte less gives ERANGE;
 *    size 1 and size 0 give ERANGE;
 *  - after chdir() into a subdirectory the result follows;
 *  - EFAULT for a bad buffer;
 *  - ENOENT when the cwd has been removed.
 */
#include "tst.h"

static long sys_getcwd(char *buf, size_t size)
{
	return syscall(SYS_getcwd, buf, size);
}

static void run(void)
{
	const char *tmp = tst_tmpdir();
	long len = (long)strlen(tmp) + 1;
	char buf[4200], exp[4200];

	TST_EXP_VAL(sys_getcwd(buf, sizeof(buf)), len, "getcwd(buf, %zu)", sizeof(buf));
	TST_EXP_EXPR(!strcmp(buf, tmp), "getcwd() is \"%s\"", tmp);
	TST_EXP_VAL(sys_getcwd(buf, len), len, "getcwd(buf, exact length %ld)", len);
	TST_EXP_FAIL(sys_getcwd(buf, len - 1), ERANGE, "getcwd(buf, %ld)", len - 1);
	TST_EXP_FAIL(sys_getcwd(buf, 1), ERANGE, "getcwd(buf, 1)");
	TST_EXP_FAIL(sys_getcwd(buf, 0), ERANGE, "getcwd(buf, 0)");
	TST_EXP_FAIL(sys_getcwd(tst_bad_addr(), sizeof(buf)), EFAULT, "getcwd(bad buffer)");

	SAFE_MKDIR("sub", 0755);
	if (chdir("sub") < 0)
		tst_brk(TBROK | TERRNO, "chdir(sub)");
	snprintf(exp, sizeof(exp), "%s/sub", tmp);
	TST_EXP_VAL(sys_getcwd(buf, sizeof(buf)), (long)strlen(exp) + 1, "getcwd() in sub");
	TST_EXP_EXPR(!strcmp(buf, exp), "getcwd() is \"%s\"", exp);
	if (rmdir(exp) < 0)
		tst_brk(TBROK | TERRNO, "rmdir(sub)");
	TST_EXP_FAIL(sys_getcwd(buf, sizeof(buf)), ENOENT, "getcwd() of a removed directory");
	if (chdir(tmp) < 0)
		tst_brk(TBROK | TERRNO, "chdir(tmpdir)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
