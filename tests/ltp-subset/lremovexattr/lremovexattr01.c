// SPDX-License-Identifier: Apache-2.0
/*
 * lremovexattr01 - lremovexattr(2).
 *
 * Checks:
 *  - on a regular file it removes the attribute;
 *  - on a symlink it does not follow: the target's attribute survives
 *    (the call fails with EPERM or ENODATA, user.* being invalid on links);
 *  - errors: ENODATA (missing name), ENOENT.
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
	long r;

	require_user_xattr();
	tst_write_file("f", "x");
	SAFE_SYMLINK("f", "link");
	if (setxattr("f", "user.a", "1", 1, 0) < 0 || setxattr("f", "user.b", "2", 1, 0) < 0)
		tst_brk(TBROK | TERRNO, "setxattr(f)");

	TST_EXP_PASS(lremovexattr("f", "user.a"), "lremovexattr(\"f\", \"user.a\")");
	TST_EXP_FAIL(getxattr("f", "user.a", buf, sizeof(buf)), ENODATA, "user.a is gone");
	r = lremovexattr("link", "user.b");
	TST_EXP_EXPR(r < 0 && (errno == EPERM || errno == ENODATA),
		     "lremovexattr(symlink, \"user.b\") fails (%s)", r < 0 ? tst_errno_name(errno) : "succeeded");
	TST_EXP_VAL(getxattr("f", "user.b", buf, sizeof(buf)), 1, "target's user.b survives");
	TST_EXP_FAIL(lremovexattr("f", "user.a"), ENODATA, "lremovexattr(missing name)");
	TST_EXP_FAIL(lremovexattr("missing", "user.a"), ENOENT, "lremovexattr(missing file)");
}

static struct tst_test test = { .test_all = run, .needs_tmpdir = 1 };
TST_MAIN(test)
