// SPDX-License-Identifier: Apache-2.0
/*
 * listxattr01 - listxattr(2).
 *
 * Checks:
 *  - the NUL-separated list contains each user.* name set, once;
 *  - size 0 returns the size needed, at least the total of those names;
 *  - errors: ERANGE (buffer too small), ENOENT, EFAULT (bad buffer).
 * TCONF when the tmpdir's filesystem has no user xattrs.
 */
#include "tst.h"
#include <sys/xattr.h>

/* TCONF unless the tmpdir's filesystem takes user.* xattrs. */
static void require_user_xattr(void)
{
	tst_write_file("probe", "x");
	if (setxattr("probe", "user.probe", "1", 1, 0) < 0) {
		if (errno == EOPNOTSUPP || errno == EPERM)
			tst_brk(TCONF | TERRNO, "user.* xattrs not supported in the tmpdir");
		tst_brk(TBROK | TERRNO, "setxattr(probe)");
	}
}

/* How many times name occurs in a NUL-separated list of n bytes. */
static int count_name(const char *list, long n, const char *name)
{
	int c = 0;

	for (long off = 0; off < n; off += strlen(list + off) + 1)
		c += !strcmp(list + off, name);
	return c;
}

static void run(void)
{
	char buf[1024];
	long need, n;

	require_user_xattr();
	tst_write_file("f", "x");
	if (setxattr("f", "user.one", "1", 1, 0) < 0 || setxattr("f", "user.two", "2", 1, 0) < 0)
		tst_brk(TBROK | TERRNO, "setxattr(f)");

	TST_EXP_POSITIVE(need = listxattr("f", NULL, 0), "listxattr(\"f\", NULL, 0)");
	TST_EXP_EXPR(need >= 18, "size %ld >= 18 (\"user.one\\0user.two\\0\")", need);
	TST_EXP_VAL(n = listxattr("f", buf, sizeof(buf)), need, "listxattr(\"f\", buf)");
	TST_EXP_EXPR(n > 0 && count_name(buf, n, "user.one") == 1 && count_name(buf, n, "user.two") == 1,
		     "list has user.one and user.two once each");
	TST_EXP_FAIL(listxattr("f", buf, 3), ERANGE, "listxattr(3-byte buffer)");
	TST_EXP_FAIL(listxattr("missing", buf, sizeof(buf)), ENOENT, "listxattr(missing file)");
	TST_EXP_FAIL(listxattr("f", tst_bad_addr(), sizeof(buf)), EFAULT, "listxattr(bad buffer)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
