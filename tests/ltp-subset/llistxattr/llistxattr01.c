// SPDX-License-Identifier: Apache-2.0
/*
 * llistxattr01 - llistxattr(2).
 *
 * Checks:
 *  - on a regular file it lists the user.* names set on it;
 *  - on a symlink it lists the link's own names: the target's user.* name
 *    does not appear (listxattr() through the link shows it);
 *  - errors: ERANGE (small buffer), ENOENT.
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

static int has_name(const char *list, long n, const char *name)
{
	for (long off = 0; off < n; off += strlen(list + off) + 1)
		if (!strcmp(list + off, name))
			return 1;
	return 0;
}

static void run(void)
{
	char buf[1024];
	long n;

	require_user_xattr();
	tst_write_file("f", "x");
	SAFE_SYMLINK("f", "link");
	if (setxattr("f", "user.mine", "1", 1, 0) < 0)
		tst_brk(TBROK | TERRNO, "setxattr(f)");

	TST_EXP_POSITIVE(n = llistxattr("f", buf, sizeof(buf)), "llistxattr(\"f\")");
	TST_EXP_EXPR(n > 0 && has_name(buf, n, "user.mine"), "lists user.mine");
	TST_EXP_POSITIVE(n = llistxattr("link", buf, sizeof(buf)), "llistxattr(symlink)");
	TST_EXP_EXPR(n >= 0 && !has_name(buf, n, "user.mine"), "symlink's own list lacks user.mine");
	n = listxattr("link", buf, sizeof(buf));
	TST_EXP_EXPR(n > 0 && has_name(buf, n, "user.mine"), "listxattr(symlink) follows it");
	TST_EXP_FAIL(llistxattr("f", buf, 2), ERANGE, "llistxattr(2-byte buffer)");
	TST_EXP_FAIL(llistxattr("missing", buf, sizeof(buf)), ENOENT, "llistxattr(missing file)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
