// SPDX-License-Identifier: Apache-2.0
/*
 * lgetxattr01 - lgetxattr(2).
 *
 * Checks:
 *  - on a regular file it returns the value like getxattr();
 *  - on a symlink it reads the link's own attributes: the target's user.*
 *    name is not seen (ENODATA), while getxattr() through the link sees it;
 *  - errors: ERANGE (small buffer), ENOENT, a dangling symlink is not an
 *    error of lookup (ENODATA).
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

static void run(void)
{
	char buf[16];

	require_user_xattr();
	tst_write_file("f", "x");
	SAFE_SYMLINK("f", "link");
	SAFE_SYMLINK("nowhere", "dangling");
	if (setxattr("f", "user.t", "target", 6, 0) < 0)
		tst_brk(TBROK | TERRNO, "setxattr(f)");

	TST_EXP_VAL(lgetxattr("f", "user.t", buf, sizeof(buf)), 6, "lgetxattr(\"f\", \"user.t\")");
	TST_EXP_EXPR(!memcmp(buf, "target", 6), "value is \"target\"");
	TST_EXP_FAIL(lgetxattr("link", "user.t", buf, sizeof(buf)), ENODATA, "lgetxattr(symlink) does not follow");
	TST_EXP_VAL(getxattr("link", "user.t", buf, sizeof(buf)), 6, "getxattr(symlink) does follow");
	TST_EXP_FAIL(lgetxattr("dangling", "user.t", buf, sizeof(buf)), ENODATA, "lgetxattr(dangling symlink)");
	TST_EXP_FAIL(lgetxattr("f", "user.t", buf, 2), ERANGE, "lgetxattr(2-byte buffer)");
	TST_EXP_FAIL(lgetxattr("missing", "user.t", buf, sizeof(buf)), ENOENT, "lgetxattr(missing file)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
